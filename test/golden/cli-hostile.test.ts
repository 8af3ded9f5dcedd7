/**
 * Hostile inputs to `npm run calc` (issue 21): each is refused with exit 2 and a message, never
 * read without end, never altered silently, never an engine error (exit 1).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'kantelpunt-hostile-'));
const model = readFileSync('test/fixtures/models/two-municipalities.json', 'utf8');

function calc(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/calc.ts', ...args], {
    encoding: 'utf8',
    timeout: 20_000,
  });
}

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('npm run calc on hostile inputs', () => {
  it('reading /dev/zero stops at the size limit: exit 2, "too large"', () => {
    const r = calc('/dev/zero');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/too large/);
  }, 30_000);

  it('--monte-carlo beyond the file format cap of 1,000,000 samples is refused', () => {
    const r = calc(file('m.json', model), '--monte-carlo', '1e15');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/at most 1,000,000 samples/);
  }, 30_000);

  it('a UTF-16 file is refused as UTF-16, not as "not JSON"', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(model, 'utf16le')]);
    const r = calc(file('utf16.json', utf16));
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('(file): the file is UTF-16 text; save it as UTF-8 (a model file is UTF-8 JSON)');
  }, 30_000);

  it('a file with two byte-order marks is refused', () => {
    const r = calc(file('two-boms.json', `\uFEFF\uFEFF${model}`));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/two byte-order marks/);
  }, 30_000);

  it('one byte-order mark is allowed', () => {
    const r = calc(file('one-bom.json', `\uFEFF${model}`));
    expect(r.status).toBe(0);
  }, 30_000);

  it('invalid UTF-8 bytes are refused, not replaced by U+FFFD and accepted', () => {
    const at = model.indexOf('Twee gemeenten');
    const bytes = Buffer.concat([
      Buffer.from(model.slice(0, at)),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(model.slice(at)),
    ]);
    const r = calc(file('bad-utf8.json', bytes));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not valid UTF-8 text \(first bad byte at offset \d+\)/);
  }, 30_000);
});
