/**
 * One loading path, one verdict (issue 21): a model file opened in the app, imported from a
 * share link or restored from storage gets exactly the CLI's verdict (`admitModel`) with the
 * same messages — a file whose allocation weights are all 0 in a year with cost, a decimal with
 * spaces around it, amounts beyond the exact range, UTF-16, two byte-order marks and invalid
 * UTF-8 are each refused everywhere, and a valid file is admitted everywhere.
 */
import { describe, expect, it } from 'vitest';
import { deflateSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { admitModel, type LoadResult } from '../../src/engine';
import { decodeShareHash, readModelFile } from '../../src/model';
import { parseModelRecord } from '../../src/state/persistence/records';

const read = (name: string) => readFileSync(name);
const valid = read('test/fixtures/models/two-municipalities.json');
const text = valid.toString('utf8');

function shareHashOf(bytes: Uint8Array): string {
  const deflated = deflateSync(bytes);
  let bin = '';
  for (const b of deflated) bin += String.fromCharCode(b);
  return `#m1=${btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** A shared party splitting by inhabitants that no municipality has before 2020: cost in 2014 cannot be split. */
function zeroWeightsInAYear() {
  const m = JSON.parse(text);
  m.parties[0].inhabitants = { 2020: 155000 };
  m.parties[1].inhabitants = { 2020: 144000 };
  delete m.parties[2].allocation;
  return m;
}

const verdict = (r: LoadResult) => (r.ok ? 'ok' : r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));

const cases: Record<string, Uint8Array> = {
  'allocation weights all 0 in a year with cost': read('test/fixtures/invalid/all-zero-weights.json'),
  'weights all 0 before the first year of the inhabitants': Buffer.from(JSON.stringify(zeroWeightsInAYear())),
  'a decimal string with spaces around it': read('test/fixtures/invalid/whitespace-decimal.json'),
  'amounts beyond the exact range': read('test/fixtures/invalid/sum-out-of-range.json'),
  'an index factor beyond the exact range': read('test/fixtures/invalid/index-factor-out-of-range.json'),
  'UTF-16': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
  'two byte-order marks': Buffer.from(`\uFEFF\uFEFF${text}`),
  'invalid UTF-8': Buffer.concat([Buffer.from(text.slice(0, 100)), Buffer.from([0xff]), Buffer.from(text.slice(100))]),
};

describe('the app gives the CLI verdict', () => {
  it('admits the valid file through the file picker, a share link and storage', async () => {
    expect((await readModelFile(new Blob([valid]))).ok).toBe(true);
    expect(decodeShareHash(shareHashOf(valid)).ok).toBe(true);
    const stored = parseModelRecord(JSON.stringify({ schema: 1, id: 'a', revision: 1, model: JSON.parse(text) }));
    expect(stored.ok).toBe(true);
  });

  for (const [name, bytes] of Object.entries(cases)) {
    it(`refuses ${name} through the file picker and a share link, with the CLI's messages`, async () => {
      const cli = admitModel(bytes);
      expect(cli.ok).toBe(false);
      expect(verdict(await readModelFile(new Blob([Uint8Array.from(bytes)])))).toBe(verdict(cli));
      expect(verdict(decodeShareHash(shareHashOf(bytes)))).toBe(verdict(cli));
    });
  }

  it('refuses to restore from storage a model whose weights are 0 in a year with cost (evaluation finds it)', () => {
    const model = JSON.parse(
      Buffer.from(cases['weights all 0 before the first year of the inhabitants'] as Uint8Array).toString(),
    );
    expect(admitModel(model).ok).toBe(false);
    const stored = parseModelRecord(JSON.stringify({ schema: 1, id: 'z', revision: 1, model }));
    expect(stored.ok ? 'restored' : stored.reason).toMatch(/all allocation weights are 0/);
  });

  it('refuses to restore from storage a decimal with spaces around it', () => {
    const model = JSON.parse(text);
    model.scenarios[0].lines[0].amount = ' 2500000 ';
    const stored = parseModelRecord(JSON.stringify({ schema: 1, id: 'w', revision: 1, model }));
    expect(stored.ok ? 'restored' : stored.reason).toMatch(/amount: must be a number without spaces/);
  });
});

describe('share links within time and memory (issue 21)', () => {
  it('stops a deflate-bomb link at the size limit with a message saying so, not "damaged"', () => {
    const bomb = new Uint8Array(60_000_000); // 60 MB of zeros deflates to some 60 kB
    const r = decodeShareHash(shareHashOf(bomb));
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.errors[0]?.message).toMatch(/too large \(more than 20,000,000 bytes unpacked\)/);
  });
});
