import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built app (dist/, built by test/e2e/run.mjs) for the browser tests. */
export default async function setup(project: TestProject) {
  const served = await serveStatic(process.env.E2E_OUT_DIR || 'dist');
  project.provide('baseUrl', served.url);
  return async () => served.close();
}
