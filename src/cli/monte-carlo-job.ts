/**
 * What the CLI's thread and its Monte Carlo worker threads share: the job a worker thread is
 * given when it starts, the words of its shared control buffer, and reading the model file. No
 * engine code at run time here: the CLI starts the threads before it loads the engine.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { ModelFile } from '../engine';

/** The job's control words (`Int32Array` over `Job.control`). */
export const NEXT = 0; // the next sample no thread has taken yet
export const GO = 1; // WAITING, then RUN once the run may start
export const LENGTH = 2; // with a file: the length of the bytes the CLI admitted…
export const HASH = 3; // …and their fingerprint
export const CONTROL_WORDS = 4;
export const WAITING = 0;
export const RUN = 1;

export type Job = {
  /** The model, or its file, which the thread reads and loads itself (the CLI's thread admits it meanwhile). */
  source: { model: ModelFile } | { file: string };
  samples: number;
  seed: number;
  /** Samples per range (`takeRange`), and how many threads take ranges. */
  chunk: number;
  threads: number;
  /** `CONTROL_WORDS` Int32 words. */
  control: SharedArrayBuffer;
  /** At most this many warm-up samples while the run may not start yet. */
  warmUp: number;
};

/**
 * The next range of samples for a thread, or null when all are taken: `chunk` samples, fewer
 * towards the end (a quarter of what is left per thread, at least 25), so that the threads
 * finish close together — a thread that took a whole range last would leave the others idle.
 */
export function takeRange(
  control: Int32Array,
  job: Pick<Job, 'samples' | 'chunk' | 'threads'>,
): [number, number] | null {
  for (;;) {
    const from = Atomics.load(control, NEXT);
    if (from >= job.samples) return null;
    const size = Math.max(25, Math.min(job.chunk, Math.ceil((job.samples - from) / (2 * job.threads))));
    const to = Math.min(job.samples, from + size);
    if (Atomics.compareExchange(control, NEXT, from, to) === from) return [from, to];
  }
}

/**
 * At most `max` + 1 bytes of a file: a device or pipe without end (`/dev/zero`) is read no
 * further than that, whatever size it reports.
 */
export function readCapped(file: string, max: number): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const buffer = new Uint8Array(max + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** FNV-1a of the bytes (as an Int32): a thread checks that it read the file the CLI admitted. */
export function fingerprint(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i += 1) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  return h | 0;
}
