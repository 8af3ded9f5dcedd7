/**
 * The active model's results as the screens see them (state/evaluation-runs.ts): a light model
 * is evaluated on the page at once, a heavy one in the engine worker (in-process here, its
 * messages copied by structuredClone as postMessage copies them), with the last results of the
 * model shown as not current meanwhile, the same results and the same validation messages as
 * on the page, and Cancel leaving the model as it is.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  evaluateModel,
  formatValidationError,
  staffByMunicipality,
  validateModel,
  type ModelFile,
} from '../../src/engine';
import { evaluationWork, isHeavyModel, WORKER_WORK } from '../../src/model/evaluation-work';
import { ports } from '../support/engine-worker-mock';
import { heavyChainModel } from '../support/heavy-chain';
import { benchModel } from '../bench/models';
import fixture from './fixtures/two-municipalities.json';
import example from '../../src/examples/haarlem-haarlemmermeer.json';

vi.mock('../../src/worker/create-worker', async () =>
  (await import('../support/engine-worker-mock')).inProcessWorkers(1),
);

const { appStore, disposeEnginePool } = await import('../../src/state');
const { evaluationView, requestEvaluation, cancelEvaluation, retryEvaluation } =
  await import('../../src/state/evaluation-runs');
const { derivedOf } = await import('../../src/state/derived-runs');
const { readModelFileOffPage } = await import('../../src/state/model-files');
const { admitted } = await import('../../src/model/model-io');

/** Above the threshold and quick to evaluate: 50 lines, a chain of 30, 30 years. */
const heavy = () => heavyChainModel(50, 30, 2042);
const evaluateRequests = () => ports.flatMap((p) => p.requests.filter((r) => r.method === 'evaluate'));

function open(model: ModelFile): string {
  return appStore.getState().addModel(model);
}
const viewNow = (id: string) => {
  const s = appStore.getState();
  return evaluationView(id, s.models[id]?.model as ModelFile, s.evaluationRun);
};
const settledBy = async (id: string, status: 'current' | 'cancelled' = 'current') => {
  for (let i = 0; i < 400 && viewNow(id).status !== status; i += 1) await new Promise((r) => setTimeout(r, 10));
  return viewNow(id);
};

afterEach(() => {
  cancelEvaluation();
  disposeEnginePool();
  ports.length = 0;
});

describe('where a model is evaluated', () => {
  it('keeps the example and the small fixture on the page, and the heavy chain and the national model in the worker', () => {
    expect(isHeavyModel(example as unknown as ModelFile)).toBe(false);
    expect(isHeavyModel(fixture as ModelFile)).toBe(false);
    expect(isHeavyModel(heavyChainModel())).toBe(true);
    expect(isHeavyModel(heavy())).toBe(true);
    expect(isHeavyModel(benchModel('national'))).toBe(true);
    // The work estimate grows with the chain's depth, its lines and its years.
    expect(evaluationWork(heavyChainModel(50, 60, 2042))).toBeGreaterThan(evaluationWork(heavy()));
    expect(evaluationWork(heavyChainModel(100, 30, 2042))).toBeGreaterThan(evaluationWork(heavy()));
    expect(evaluationWork(heavyChainModel(50, 30, 2060))).toBeGreaterThan(evaluationWork(heavy()));
    expect(WORKER_WORK).toBeGreaterThan(evaluationWork(example as unknown as ModelFile));
  });

  it('evaluates a light model on the page at once, without a worker', () => {
    const id = open(fixture as ModelFile);
    const view = viewNow(id);
    expect(view.status).toBe('current');
    expect(view.evaluation).not.toBeNull();
    expect(ports).toHaveLength(0);
  });
});

describe('a heavy model in the worker', { timeout: 60_000 }, () => {
  it('is pending until the worker answers, then shows the same results as the page would', async () => {
    const model = heavy();
    const id = open(model);
    expect(viewNow(id)).toMatchObject({ status: 'pending', evaluation: null, errors: [] });
    requestEvaluation({ id, model });
    expect(appStore.getState().evaluationRun.running).toBe(model);
    const view = await settledBy(id);
    expect(evaluateRequests()).toHaveLength(1);
    expect(view.errors).toEqual([]);
    expect(view.evaluation).toEqual(evaluateModel(model));
  });

  it('receives a large result in parts, put together as the page would compute it', async () => {
    const model = heavyChainModel(8, 99);
    const id = open(model);
    requestEvaluation({ id, model });
    const view = await settledBy(id);
    const parts = ports.flatMap((p) => p.requests.filter((r) => r.method === 'evaluationPart'));
    expect(parts.length).toBeGreaterThan(2);
    expect(JSON.stringify(view.evaluation)).toBe(JSON.stringify(evaluateModel(model)));
  });

  it('shows the last results, not current, while an edit is computed; the edit then gets its own', async () => {
    const model = heavy();
    const id = open(model);
    requestEvaluation({ id, model });
    const first = await settledBy(id);
    appStore.getState().updateModel(id, (m) => {
      m.meta = { ...m.meta, title: 'heavy, edited' };
      const line = m.scenarios[0]?.lines?.[0];
      if (line && line.type === 'recurringInvestment') line.amount = '5000';
    });
    const edited = appStore.getState().models[id]?.model as ModelFile;
    const during = viewNow(id);
    expect(during.status).toBe('pending');
    expect(during.evaluation).toBe(first.evaluation);
    requestEvaluation({ id, model: edited });
    const after = await settledBy(id);
    expect(after.evaluation).toEqual(evaluateModel(edited));
    expect(after.evaluation).not.toEqual(first.evaluation);
  });

  it('shows the light version’s results, not current, while an edit that makes the model heavy is computed', () => {
    const light = heavyChainModel(40, 20, 2020);
    expect(isHeavyModel(light)).toBe(false);
    const id = open(light);
    const before = viewNow(id);
    expect(before.status).toBe('current');
    appStore.getState().updateModel(id, (m) => {
      m.horizon.endYear = 2072;
      for (const line of m.scenarios[0]?.lines ?? []) if (line.type === 'recurringInvestment') line.to = 2072;
    });
    const heavier = appStore.getState().models[id]?.model as ModelFile;
    expect(isHeavyModel(heavier)).toBe(true);
    expect(viewNow(id)).toMatchObject({ status: 'pending', evaluation: before.evaluation, errors: [] });
  });

  it('gives the validation messages of the page for an invalid heavy model', async () => {
    const model = heavy();
    const id = open(model);
    appStore.getState().updateModel(id, (m) => {
      m.horizon.endYear = 1990;
    });
    const invalid = appStore.getState().models[id]?.model as ModelFile;
    requestEvaluation({ id, model: invalid });
    const view = await settledBy(id);
    expect(view.evaluation).toBeNull();
    expect(view.errors.length).toBeGreaterThan(0);
    expect(view.errors).toEqual(validateModel(invalid).map(formatValidationError));
  });

  it('on Cancel stops the worker and keeps the model, its results not current until asked again', async () => {
    const model = heavy();
    const id = open(model);
    requestEvaluation({ id, model });
    cancelEvaluation();
    expect(ports[0]?.isTerminated()).toBe(true);
    expect(appStore.getState().models[id]?.model).toBe(model);
    expect(viewNow(id)).toMatchObject({ status: 'cancelled', evaluation: null });
    // Asking again for the same version does nothing until the user retries.
    requestEvaluation({ id, model });
    expect(evaluateRequests()).toHaveLength(1);
    retryEvaluation({ id, model });
    expect((await settledBy(id)).evaluation).not.toBeNull();
    expect(evaluateRequests()).toHaveLength(2);
  });
});

describe("a heavy model's derived figures", { timeout: 60_000 }, () => {
  it('come from the worker, not yet there at first, then equal to the page’s; a light model’s at once', async () => {
    const model = heavy();
    const onPage = () => ({ value: 'on the page', error: null });
    expect(derivedOf(model, 'staff', { kind: 'staff', model }, onPage)).toEqual({ value: null, error: null });
    for (let i = 0; i < 400 && derivedOf(model, 'staff', { kind: 'staff', model }, onPage).value === null; i += 1)
      await new Promise((r) => setTimeout(r, 10));
    expect(derivedOf(model, 'staff', { kind: 'staff', model }, onPage)).toEqual({
      value: staffByMunicipality(model),
      error: null,
    });
    expect(ports.flatMap((p) => p.requests.filter((r) => r.method === 'derived'))).toHaveLength(1);
    const light = fixture as ModelFile;
    expect(derivedOf(light, 'staff', { kind: 'staff', model: light }, onPage)).toEqual(onPage());
  });
});

describe('opening a model file', { timeout: 60_000 }, () => {
  it('gets the verdict from the worker, the same as on the page, for a heavy file, a broken one and a refused one', async () => {
    vi.stubGlobal('Worker', class {});
    try {
      const heavyText = JSON.stringify(heavyChainModel());
      const refused = JSON.stringify({ ...heavyChainModel(), horizon: { startYear: 2013, endYear: 2010 } });
      for (const text of [heavyText, '{ "format": ', refused]) {
        const fromWorker = await readModelFileOffPage(new Blob([text]));
        expect(fromWorker).toEqual(admitted(new TextEncoder().encode(text)));
      }
      expect(ports.flatMap((p) => p.requests.filter((r) => r.method === 'admit'))).toHaveLength(3);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('an evaluation copied as postMessage copies it', () => {
  it('survives structuredClone whole, its lazily built records included', () => {
    const model = benchModel('large');
    const evaluation = evaluateModel(model);
    const copy = structuredClone(evaluation);
    expect(copy).toEqual(evaluateModel(model));
    expect(JSON.stringify(copy)).toBe(JSON.stringify(evaluation));
  });
});
