/**
 * Browser measurements at national scale (issue 19), written to bench-results/browser-national.json.
 * A measuring script, not a test: nothing here asserts a time.
 *
 *   npx tsx test/bench/browser-national.mjs [--runs 3] [--edits 15] [--no-build]
 *
 * It builds the app (vite build into dist-bench/, skipped with --no-build when that folder
 * exists), serves it as the browser tests do (test/e2e/support/static-server.ts, under /app/),
 * and drives Debian's Chromium (/usr/bin/chromium, or $CHROME_PATH) with playwright-core:
 *
 * - pasteToFirstResultMs: from filling the "Model uit tabel" text area with a 342-row table
 *   (what a paste does) until the results screen shows the scenarios' key figures — parsing,
 *   the preview, creating the model, its evaluation and the first render. Median of `runs`
 *   fresh pages (first start each time).
 * - keystrokeToFrameMs: in the 342-party model, typing a new number of inhabitants into the
 *   Inwoners grid (Modelopzet) and committing it with Enter, `edits` times; per key, the time
 *   from the keydown event's timestamp to a task queued right after the next animation frame
 *   (the frame that shows the key's effect). p50/p95 over all keys; the Enter keys (commit:
 *   model update, autosave, evaluation) are also reported on their own.
 */
/* global window, document, requestAnimationFrame -- evaluated in the page */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { serveStatic } from '../e2e/support/static-server.ts';
import {
  buildApp,
  findChromium,
  launchChromium,
  modelFromPastedTable,
  numberArg,
  openInhabitantsGrid,
} from './browser-support.ts';

const arg = numberArg;
const RUNS = arg('--runs', 3);
// 15 edits: 105 keys, so that the p95 is the 6th-slowest key rather than the 2nd of 35.
const EDITS = arg('--edits', 15);
const OUT_DIR = 'dist-bench';
const COUNT = 342;

const executablePath = findChromium();
if (executablePath === undefined) {
  mkdirSync('bench-results', { recursive: true });
  const skipped = { date: new Date().toISOString(), skipped: 'no Chromium found' };
  writeFileSync('bench-results/browser-national.json', `${JSON.stringify(skipped, null, 2)}\n`);
  console.error('browser-national: no Chromium found; skipped');
  process.exit(0);
}

if (!process.argv.includes('--no-build') || !existsSync(OUT_DIR)) buildApp(OUT_DIR);

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return null;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return Math.round(s[i] * 10) / 10;
};

const served = await serveStatic(OUT_DIR);
const browser = await launchChromium(executablePath);

/** A fresh first start, the table pasted and the model created; returns the page and the time to the first result. */
async function pasteTable() {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  const { pasteAt, resultAt } = await modelFromPastedTable(page, served.url, COUNT);
  return { context, page, ms: resultAt - pasteAt };
}

async function keystrokeLatencies(page) {
  const grid = await openInhabitantsGrid(page);
  await page.evaluate(() => {
    window.keyLatencies = [];
    document.addEventListener(
      'keydown',
      (e) => {
        const key = e.key;
        requestAnimationFrame(() =>
          setTimeout(() => window.keyLatencies.push({ key, ms: performance.now() - e.timeStamp }), 0),
        );
      },
      { capture: true },
    );
  });
  for (let i = 0; i < EDITS; i += 1) {
    await grid.locator(`[data-pos="${i}:0"]`).click();
    for (const ch of String(100000 + i * 1111)) {
      await page.keyboard.press(ch);
      await page.waitForTimeout(30);
    }
    await page.keyboard.press('Enter');
    await page.waitForTimeout(400);
  }
  await page.waitForTimeout(500);
  return page.evaluate(() => window.keyLatencies);
}

const pasteMs = [];
let keys = [];
for (let r = 0; r < RUNS; r += 1) {
  const { context, page, ms } = await pasteTable();
  pasteMs.push(ms);
  if (r === RUNS - 1) keys = await keystrokeLatencies(page);
  await context.close();
}
const all = keys.map((k) => k.ms);
const enter = keys.filter((k) => k.key === 'Enter').map((k) => k.ms);
const typing = keys.filter((k) => k.key !== 'Enter').map((k) => k.ms);
const result = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model ?? '',
    loadavg: loadavg().map((x) => Math.round(x * 100) / 100),
  },
  chromium: browser.version(),
  model: `${COUNT} municipalities in 4 regions (4 centres, 5 scenarios), 10 years, from a pasted table`,
  pasteToFirstResultMs: { median: quantile(pasteMs, 0.5), runs: pasteMs.map((x) => Math.round(x)) },
  keystrokeToFrameMs: {
    goalP95: 50,
    p50: quantile(all, 0.5),
    p95: quantile(all, 0.95),
    samples: all.length,
    typing: { p50: quantile(typing, 0.5), p95: quantile(typing, 0.95), samples: typing.length },
    commit: { p50: quantile(enter, 0.5), p95: quantile(enter, 0.95), samples: enter.length },
  },
};
await browser.close();
await served.close();
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/browser-national.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
