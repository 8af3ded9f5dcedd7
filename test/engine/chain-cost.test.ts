/**
 * Issue 21 item 2, "no small file takes minutes": in one evaluation of a model with a long
 * chain of scenarios, every scenario is resolved once (a child starts from its parent's
 * resolution, never from the chain again), and the only contributions computed are the
 * baseline's lines and, per child, the lines its own change touched — so the work grows
 * linearly with lines × years × chain depth. Counted, not timed.
 */
import { describe, expect, it } from 'vitest';
import { createEvaluationCache, evaluateModel } from '../../src/engine';
import type { ResolveMemo } from '../../src/engine/resolve';
import { heavyChainModel, linesScaledBy } from '../support/heavy-chain';

type EvaluationCache = ReturnType<typeof createEvaluationCache>;

/** A cache whose resolve memo counts look-ups per scenario id and whose contribution table counts computations. */
function countingCache(): { cache: EvaluationCache; resolvedPerScenario: Map<string, number>; computed: () => number } {
  const cache = createEvaluationCache();
  const resolvedPerScenario = new Map<string, number>();
  const inner = cache.resolved;
  const counting: ResolveMemo = {
    get: (scenario) => {
      resolvedPerScenario.set(scenario.id, (resolvedPerScenario.get(scenario.id) ?? 0) + 1);
      return inner.get(scenario);
    },
    set: (scenario, entry) => inner.set(scenario, entry),
  };
  // A Map in place of the WeakMap, so the computed contributions can be counted afterwards.
  const contributions = new Map<object, unknown[]>();
  return {
    cache: {
      ...cache,
      resolved: counting,
      contributions: contributions as unknown as EvaluationCache['contributions'],
    },
    resolvedPerScenario,
    computed: () => [...contributions.values()].reduce((n, list) => n + list.length, 0),
  };
}

describe('cost of a chain of scenarios', () => {
  it('resolves each scenario of a 40-deep chain once per evaluation', () => {
    const model = heavyChainModel(16, 40, 2030);
    const { cache, resolvedPerScenario } = countingCache();
    evaluateModel(model, { cache });
    expect(resolvedPerScenario.size).toBe(41);
    expect([...resolvedPerScenario.values()].every((n) => n === 1)).toBe(true);
  });

  it('computes the baseline lines once and per child only the lines its change touched', () => {
    const lines = 16;
    const depth = 40;
    const { cache, computed } = countingCache();
    evaluateModel(heavyChainModel(lines, depth, 2030), { cache });
    let touched = 0;
    for (let k = 0; k < depth; k += 1) touched += linesScaledBy(lines, k);
    expect(computed()).toBe(lines + touched);
  });

  it('grows the computed work linearly with the chain: twice the depth, twice the touched lines', () => {
    const count = (depth: number) => {
      const { cache, computed } = countingCache();
      evaluateModel(heavyChainModel(16, depth, 2030), { cache });
      return computed() - 16;
    };
    expect(count(48)).toBe(2 * count(24));
  });

  it('evaluates the full hostile chain (100 lines, 99 scenarios, 60 years) to a result per scenario', () => {
    const evaluation = evaluateModel(heavyChainModel());
    expect(evaluation.scenarios).toHaveLength(100);
    expect(evaluation.years).toHaveLength(60);
  });
});
