/**
 * Golden CLI outputs: `npm run calc -- <model>` for each model in test/fixtures/models must
 * print exactly the stored document (exit 0); each invalid file in test/fixtures/invalid must
 * exit 2 with exactly the stored error lines on stderr and nothing on stdout. The stored
 * documents are snapshots that guard the CLI contract (spec §9) against unnoticed change; the
 * figures themselves are checked by the hand-computed cases (test/engine/worked.test.ts) and
 * the differential test against the independent reference (test/reference). After a reviewed,
 * intended change, `UPDATE_GOLDEN=1 npx vitest run test/golden` rewrites them.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const models = 'test/fixtures/models';
const invalid = 'test/fixtures/invalid';
const isUpdating = process.env.UPDATE_GOLDEN === '1';

function calc(file: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/calc.ts', file], { encoding: 'utf8' });
}

describe('npm run calc (golden outputs)', () => {
  const valid = readdirSync(models).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));
  it('has golden models to check', () => expect(valid.length).toBeGreaterThanOrEqual(3));
  for (const f of valid) {
    it(`evaluates ${f}`, () => {
      const r = calc(join(models, f));
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const expectedFile = join(models, f.replace(/\.json$/, '.expected.json'));
      if (isUpdating) writeFileSync(expectedFile, r.stdout);
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    }, 30_000);
  }

  const bad = existsSync(invalid) ? readdirSync(invalid).filter((f) => f.endsWith('.json')) : [];
  for (const f of bad) {
    it(`refuses ${f} with exit 2 and the JSON paths`, () => {
      const r = calc(join(invalid, f));
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/\n\s+at /);
      const expectedFile = join(invalid, f.replace(/\.json$/, '.expected.txt'));
      if (isUpdating && !existsSync(expectedFile)) writeFileSync(expectedFile, r.stderr);
      expect(r.stderr.trim()).toBe(readFileSync(expectedFile, 'utf8').trim());
    }, 30_000);
  }
});
