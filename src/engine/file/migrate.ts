/**
 * Upgrades model files written by older versions of Kantelpunt, one version step at a time.
 * Each step is addressed by the version it upgrades from; the chain must have no gaps (a test
 * checks this against CURRENT_VERSION). Steps get plain JSON and return plain JSON; they run
 * before validation, so a step may rely only on the shape of its own version.
 *
 * Version 2 only adds optional sections (benchmark, uncertainty, workshop; docs/model-v2.md),
 * so a version-1 file is also a valid version-2 file: its step changes nothing and the file
 * keeps `version: 1` — opening and saving a v1 file gives the same v1 file back. Version 3
 * (spec model-v3) likewise only adds optional fields and values.
 */
export const CURRENT_VERSION = 3;

import type { ModelFile } from '../model';
import { version3Paths } from './validate-v3';

type Json = Record<string, unknown>;
export type Migration = { from: number; describe: string; up: (data: Json) => Json };

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    describe: 'v1 → v2: optional benchmark, uncertainty and workshop sections; no change to v1 content',
    up: (data) => data,
  },
  {
    from: 2,
    describe: 'v2 → v3: optional projection, BBV, cash-view and decision sections (model-v3); no change to v2 content',
    up: (data) => data,
  },
];

export type MigrationResult = { ok: true; data: Json; applied: string[] } | { ok: false; message: string };

/** Runs every step from the file's version up to CURRENT_VERSION. */
export function migrateModel(data: Json): MigrationResult {
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: true, data, applied: [] };
  if (version > CURRENT_VERSION) {
    return {
      ok: false,
      message: `this file has version ${version}, written by a newer Kantelpunt; this version reads files up to version ${CURRENT_VERSION}`,
    };
  }
  let current = data;
  const applied: string[] = [];
  for (let v = version; v < CURRENT_VERSION; v += 1) {
    const step = MIGRATIONS.find((m) => m.from === v);
    if (!step) return { ok: false, message: `no upgrade from version ${v} (internal error)` };
    try {
      current = step.up(current);
    } catch (e) {
      return {
        ok: false,
        message: `upgrading from version ${v} failed: ${e instanceof Error ? e.message : String(e)}`,
      };
    }
    applied.push(step.describe);
  }
  return { ok: true, data: current, applied };
}

/** The lowest version that can hold this model: 3 once it uses a version-3 field, 2 once it has a version-2 section. */
export function requiredVersion(model: ModelFile): number {
  if (version3Paths(model).length > 0) return 3;
  return model.benchmark !== undefined || model.uncertainty !== undefined || model.workshop !== undefined ? 2 : 1;
}
