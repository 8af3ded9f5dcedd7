/**
 * The app's engine workers, started on first use. Kept beside the store like the evaluation
 * cache: one pool per page.
 */
import { createEnginePool, type EnginePool } from '../worker/pool';

let pool: EnginePool | null = null;

export function enginePool(): EnginePool {
  pool ??= createEnginePool();
  return pool;
}

/** Stops every worker (tests, page unload); the next call starts fresh ones. */
export function disposeEnginePool(): void {
  pool?.dispose();
  pool = null;
}
