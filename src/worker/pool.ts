/**
 * Engine workers by lane: Monte Carlo runs on its own workers so that a tornado never waits
 * behind a long run, and cancelling a run stops only that lane's workers; a heavy model's
 * evaluation has a lane of its own, whose worker keeps its evaluation cache between edits. Workers are started
 * on first use and kept for the next call.
 */
import { createEngineClient, type EngineClient } from './client';
import { createEngineWorker, type EnginePort } from './create-worker';

/** `exit`: the Uittreden screen's sweep and methods (and the report's sweep), cancelled on their own. */
export type Lane = 'monteCarlo' | 'sensitivity' | 'exit' | 'evaluation' | 'admission';

export type EnginePool = {
  /** `count` live clients of a lane (started as needed). */
  clients: (lane: Lane, count: number) => EngineClient[];
  /** Stops the lane's workers; their pending calls reject with a cancellation. */
  cancel: (lane: Lane) => void;
  dispose: () => void;
};

export function createEnginePool(createPort: () => EnginePort = createEngineWorker): EnginePool {
  const lanes = new Map<Lane, EngineClient[]>();
  const cancel = (lane: Lane) => {
    for (const c of lanes.get(lane) ?? []) c.terminate();
    lanes.delete(lane);
  };
  return {
    clients: (lane, count) => {
      const live = (lanes.get(lane) ?? []).filter((c) => c.isAlive());
      while (live.length < count) live.push(createEngineClient(createPort()));
      lanes.set(lane, live);
      return live.slice(0, count);
    },
    cancel,
    dispose: () => {
      for (const lane of [...lanes.keys()]) cancel(lane);
    },
  };
}
