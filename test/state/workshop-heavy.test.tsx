// @vitest-environment jsdom
/**
 * The workshop's sliders on a heavy model (issue 19): the what-if layer is evaluated in the
 * engine worker (in-process here), not on the page; until it answers the figures stay the
 * model's own; the model's own results are not touched by the layer's.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluateModel, readInput, type ModelFile } from '../../src/engine';
import { ports } from '../support/engine-worker-mock';
import { heavyChainModel } from '../support/heavy-chain';
import fixture from './fixtures/two-municipalities.json';

vi.mock('../../src/worker/create-worker', async () =>
  (await import('../support/engine-worker-mock')).inProcessWorkers(1),
);

const { appStore, disposeEnginePool, setWhatIf, useWorkshop } = await import('../../src/state');
const { cancelEvaluation, evaluationView } = await import('../../src/state/evaluation-runs');
const { knownEvaluation } = await import('../../src/state/evaluation');

const evaluated = () =>
  ports.flatMap((p) => p.requests.filter((r) => r.method === 'evaluate')).map((r) => r.params as { model: ModelFile });

afterEach(() => {
  cancelEvaluation();
  disposeEnginePool();
  ports.length = 0;
});

describe('the workshop on a heavy model', { timeout: 60_000 }, () => {
  it('evaluates the what-if layer in the worker, showing the model’s own figures until it answers', async () => {
    const model = heavyChainModel(50, 30, 2042);
    const path = 'scenarios.baseline.lines.r0.amount';
    expect(readInput(model, path)).not.toBeNull();
    const id = appStore.getState().addModel(model);
    const { result } = renderHook(() => useWorkshop());
    await waitFor(() => expect(result.current.evaluation.evaluation).not.toBeNull(), { timeout: 30_000 });
    const own = result.current.evaluation;
    expect(own.evaluation).toEqual(evaluateModel(model));

    act(() => setWhatIf(id, path, '5000'));
    const whatIf = result.current.whatIf!;
    expect(whatIf).not.toBe(model);
    // Not evaluated on the page: the figures stay the model's own while the worker computes.
    expect(knownEvaluation(whatIf)).toBeUndefined();
    expect(result.current.evaluation).toBe(own);

    await waitFor(() => expect(result.current.evaluation).not.toBe(own), { timeout: 30_000 });
    expect(result.current.evaluation.evaluation).toEqual(evaluateModel(whatIf));
    expect(result.current.evaluation.evaluation).not.toEqual(own.evaluation);
    expect(evaluated().some((p) => Number(readInput(p.model, path)) === 5000)).toBe(true);
    // The model's own results are still its own, current.
    const s = appStore.getState();
    const view = evaluationView(id, s.models[id]!.model, s.evaluationRun);
    expect(view.status).toBe('current');
    expect(view.evaluation).toBe(own.evaluation);
  });

  it('evaluates a light model’s layer on the page at once, as before', () => {
    const model = structuredClone(fixture as ModelFile);
    const id = appStore.getState().addModel(model);
    const { result } = renderHook(() => useWorkshop());
    const path = model.uncertainty?.inputs[0]?.path ?? 'parties.haarlem.interestRate';
    expect(readInput(model, path)).not.toBeNull();
    act(() => setWhatIf(id, path, '0.07'));
    expect(result.current.evaluation.evaluation).toEqual(evaluateModel(result.current.whatIf!));
    expect(evaluated()).toHaveLength(0);
  });
});
