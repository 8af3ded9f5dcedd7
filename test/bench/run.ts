/**
 * `npm run bench`: engine benchmarks on this machine, written to bench-results/engine.json.
 * Each case checks its result (totals add up, the same figures on every run) before it is
 * timed; timings are medians of repeated runs after a warm-up. Goals (issue 2): the large model
 * ≤ 10 ms median, and 4× the work ≤ 5× the time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { availableParallelism, cpus } from 'node:os';
import { createEvaluationCache, evaluateModel, runMonteCarlo, writeInput, type Evaluation, type ModelFile } from '../../src/engine';
import { haarlemHaarlemmermeer } from '../../src/examples';
import { generateModel } from '../support/model-generator';
import { monteCarloParallel } from '../../src/cli/monte-carlo-parallel';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function time(runs: number, f: () => unknown): { medianMs: number; p90Ms: number; runs: number } {
  for (let i = 0; i < Math.min(10, runs); i += 1) f();
  const xs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    f();
    xs.push(performance.now() - t0);
  }
  const sorted = [...xs].sort((a, b) => a - b);
  return { medianMs: round(median(xs)), p90Ms: round(sorted[Math.floor(runs * 0.9)] as number), runs };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const cents = (m: string) => Number(m.replace('.', ''));

/** The result check: every horizon year's views add up to its total. */
function checkTotals(e: Evaluation): void {
  for (const s of e.scenarios) {
    for (const y of s.years.filter((x) => !x.isExtrapolated)) {
      const total = cents(y.total);
      const sums = [y.byParty, y.byOwner, y.byCategory].map((m) => Object.values(m).reduce((a, v) => a + cents(v), 0));
      if (sums.some((x) => x !== total)) throw new Error(`bench check failed: ${s.id} ${y.year} views do not add up to ${y.total}`);
    }
  }
}

function countLines(m: ModelFile): number {
  return m.scenarios.reduce((n, s) => n + (s.lines?.length ?? 0) + (s.staff?.length ?? 0) + (s.changes?.length ?? 0), 0);
}

function modelCase(name: string, model: ModelFile, runs: number) {
  const first = evaluateModel(model);
  checkTotals(first);
  const again = evaluateModel(model);
  if (JSON.stringify(first) !== JSON.stringify(again)) throw new Error(`bench check failed: ${name} is not deterministic`);
  return { name, entries: countLines(model), scenarios: model.scenarios.length, parties: model.parties.length, years: first.years.length, ...time(runs, () => evaluateModel(model)) };
}

async function main() {
  const small = generateModel(11, { municipalities: 3, sharedParties: 1, years: 8, scenarios: 3, linesPerMunicipality: 8 });
  const large = generateModel(12, { municipalities: 12, sharedParties: 1, years: 20, scenarios: 5, linesPerMunicipality: 25 });
  const large4 = generateModel(12, { municipalities: 12, sharedParties: 1, years: 20, scenarios: 5, linesPerMunicipality: 100 });
  const cases = [
    modelCase('small', small, 200),
    modelCase('large', large, 60),
    modelCase('large×4 lines', large4, 20),
    modelCase('haarlem-haarlemmermeer', haarlemHaarlemmermeer, 200),
  ];
  const largeCase = cases[1] as { medianMs: number; entries: number };
  const large4Case = cases[2] as { medianMs: number; entries: number };

  // Workshop-style re-evaluation: one input changed, a cache kept between evaluations.
  const cache = createEvaluationCache();
  const scale = haarlemHaarlemmermeer.uncertainty?.inputs[0]?.path;
  let flip = false;
  const live = time(200, () => {
    flip = !flip;
    const model = scale ? writeInput(haarlemHaarlemmermeer, scale, flip ? '0.3' : '0.31') : haarlemHaarlemmermeer;
    return evaluateModel(model, { cache });
  });

  const mc = { samples: 10000, seed: 7 };
  const t0 = performance.now();
  await monteCarloParallel(haarlemHaarlemmermeer, mc.samples, mc.seed);
  const parallelMs = round(performance.now() - t0);
  const t1 = performance.now();
  runMonteCarlo(haarlemHaarlemmermeer, { samples: 2000, seed: mc.seed });
  const singleMsPer10k = round((performance.now() - t1) * 5);

  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', parallelism: availableParallelism(), node: process.version },
    evaluate: cases,
    scaling: { workRatio: round(large4Case.entries / largeCase.entries), timeRatio: round(large4Case.medianMs / largeCase.medianMs) },
    haarlemLiveEdit: live,
    monteCarlo: { ...mc, parallelMs, singleThreadMsPer10k: singleMsPer10k },
    goals: {
      largeMedianMsAtMost10: largeCase.medianMs <= 10,
      // "4× the work costs ≤ 5× the time", with the work ratio as measured in entries.
      fourTimesWorkAtMostFiveTimesTime: large4Case.medianMs / largeCase.medianMs <= 1.25 * (large4Case.entries / largeCase.entries),
    },
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/engine.json', `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

void main();
