/**
 * How much work evaluating a model is, estimated from its shape without evaluating it: the
 * entries each scenario resolves to (its parent's, plus its own lines, staff and added entries)
 * and the parties whose ledgers it books, times the years computed. The engine's cost grows
 * linearly in this number (test/engine/chain-cost.test.ts); the app evaluates a model whose
 * work is above `WORKER_WORK` in the engine worker instead of on the page (state/evaluation.ts).
 */
import type { ModelFile, Scenario } from '../engine';

/**
 * Above this the page hands evaluation to the worker. Calibrated with `npm run bench`'s models
 * on this machine class (2 CPUs): the example (≈ 3,700) takes a few ms, the bench's large model
 * (≈ 35,500) ≈ 10 ms, its renewal model (≈ 57,000) ≈ 20 ms, the national model (≈ 775,000)
 * ≈ 290 ms and the hostile chain of issue 21 (≈ 900,000) ≈ 300–400 ms. So 50,000 is about one
 * 60 Hz frame of engine work: below it the page evaluates at once, as it always did.
 */
export const WORKER_WORK = 50_000;

export function evaluationWork(model: ModelFile): number {
  const scenarios = Array.isArray(model.scenarios) ? model.scenarios : [];
  const byId = new Map<string, Scenario>(scenarios.map((s) => [s.id, s]));
  const entries = new Map<string, number>();
  const entriesOf = (s: Scenario, depth: number): number => {
    const known = entries.get(s.id);
    if (known !== undefined) return known;
    const parent = s.basedOn === null ? undefined : byId.get(s.basedOn);
    // A cycle or a chain longer than the list is invalid; validation will say so.
    const inherited = parent !== undefined && depth < scenarios.length ? entriesOf(parent, depth + 1) : 0;
    const added = (s.changes ?? []).filter((c) => c.op === 'addLine' || c.op === 'addStaff').length;
    const own = (s.lines?.length ?? 0) + (s.staff?.length ?? 0) + added + (s.changes?.length ?? 0);
    const n = inherited + own;
    entries.set(s.id, n);
    return n;
  };
  const parties = Array.isArray(model.parties) ? model.parties.length : 0;
  const horizon = model.horizon ?? { startYear: 0, endYear: 0 };
  const years = Math.max(1, (horizon.extrapolateTo ?? horizon.endYear) - horizon.startYear + 1);
  let work = 0;
  for (const s of scenarios) work += entriesOf(s, 0) + parties;
  return work * years;
}

/** Whether the app evaluates this model in the worker rather than on the page. */
export const isHeavyModel = (model: ModelFile): boolean => evaluationWork(model) > WORKER_WORK;
