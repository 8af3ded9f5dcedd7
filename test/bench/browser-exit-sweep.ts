/**
 * The exit-year sweep of the example in the browser (issue 15, goal ≤ 1 s): the built app in
 * Chromium (playwright-core, /usr/bin/chromium or $CHROME_PATH), the Uittreden screen with the
 * example's exit question (Haarlemmermeer leaves 2.0 in 2019, tapered), timed in the page from
 * the click on "Bereken voor elk uittredejaar" to the sweep's table shown with every year (the
 * frame after it is in the document). Each round loads the page afresh:
 *   - cold: the first sweep of the page, so it includes starting the engine worker and loading
 *     the engine into it (the pool starts workers on first use);
 *   - warm: a second question on the same page (the booking switched to "as paid": the same
 *     years, a new key), so the worker is running.
 * Writes bench-results/browser-exit-sweep.json (medians of `--runs`, default 5). Not part of
 * `npm test`; `npm run bench` runs it after the engine cases, `npm run bench:browser` alone.
 *
 *   tsx test/bench/browser-exit-sweep.ts [--dist <built app folder>] [--runs <n>]
 *
 * Without `--dist` it builds the app into a temporary folder first.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { exitSweep, type ExitQuestion } from '../../src/engine';
import { haarlemHaarlemmermeer, haarlemExitQuestion } from '../../src/examples';
import { serveStatic } from '../e2e/support/static-server';
import { buildApp, findChromium, launchChromium } from './browser-support';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const runs = Number(arg('--runs') ?? 5);
const OUT = 'bench-results/browser-exit-sweep.json';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const round = (x: number) => Math.round(x * 10) / 10;

const question: ExitQuestion = haarlemExitQuestion;
const years = exitSweep(haarlemHaarlemmermeer, question).length;

/**
 * Clicks the sweep button in the page and resolves with the ms until the table holds `rows` rows
 * and a frame has passed. Plain JavaScript in a string: tsx's helpers do not exist in the page.
 */
const TIME_SWEEP = `async (rows) => {
  const table = () =>
    [...document.querySelectorAll('table')].find((t) =>
      /Uittreedsom en resultaat per uittredejaar/.test(t.querySelector('caption')?.textContent ?? ''),
    );
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Bereken voor elk uittredejaar');
  if (!button) throw new Error('no sweep button');
  const t0 = performance.now();
  button.click();
  await new Promise((resolve) => {
    const isShown = () => (table()?.querySelectorAll('tbody tr').length ?? 0) === rows;
    if (isShown()) return resolve();
    const observer = new MutationObserver(() => {
      if (!isShown()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now() - t0;
}`;

const timeSweep = (page: Page, rows: number): Promise<number> =>
  page.evaluate(`(${TIME_SWEEP})(${rows})`) as Promise<number>;

async function main() {
  const executablePath = findChromium();
  mkdirSync('bench-results', { recursive: true });
  if (!executablePath) {
    writeFileSync(
      OUT,
      `${JSON.stringify({ date: new Date().toISOString(), skipped: 'no Chromium found' }, null, 2)}\n`,
    );
    console.error('browser-exit-sweep: no Chromium found; skipped');
    return;
  }
  let dist = arg('--dist');
  let built: string | null = null;
  if (dist === undefined) {
    built = mkdtempSync(join(tmpdir(), 'kantelpunt-bench-'));
    dist = built;
    buildApp(dist);
  }
  const served = await serveStatic(dist);
  const browser = await launchChromium(executablePath);

  const cold: number[] = [];
  const warm: number[] = [];
  let version = '';
  try {
    version = browser.version();
    for (let i = 0; i < runs; i += 1) {
      // A fresh context each round: new storage, a new store and a new engine worker.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
      const page = await context.newPage();
      await page.goto(`${served.url}#/exit`);
      await page.getByRole('heading', { level: 1, name: 'Uittreden' }).waitFor();
      await page.getByRole('button', { name: 'Voorbeeld: Haarlemmermeer treedt in 2019 uit 2.0 (aflopend)' }).click();
      await page.getByTestId('exit-sentence').waitFor();
      cold.push(await timeSweep(page, years));
      await page.getByLabel('Boeken', { exact: true }).selectOption('asPaid');
      await page.getByTestId('exit-sentence').waitFor();
      warm.push(await timeSweep(page, years));
      await context.close();
    }
  } finally {
    await browser.close();
    await served.close();
    if (built) rmSync(built, { recursive: true, force: true });
  }
  const result = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      parallelism: availableParallelism(),
      node: process.version,
      loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
      browser: version,
    },
    case: 'haarlem-haarlemmermeer: Haarlemmermeer leaves 2.0 in 2019, tapered; sweep over every year of leaving',
    years,
    measured: 'from the click on the sweep button to its table shown with every year (in the page, next frame)',
    coldMs: cold.map(round),
    warmMs: warm.map(round),
    coldMedianMs: round(median(cold)),
    warmMedianMs: round(median(warm)),
    goals: { sweepExampleInBrowserAtMost1000Ms: median(cold) <= 1000 },
  };
  writeFileSync(OUT, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
