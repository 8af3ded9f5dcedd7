/**
 * What the renderer does per key typed into the 342-party model's Inwoners grid (issue 19): a
 * measuring script, not a test; it prints, nothing is asserted or written.
 *
 *   npx tsx test/bench/typing-trace.mjs [dist-bench] [--edits 4]
 *
 * It serves a built app (default dist-bench/, as browser-national.mjs builds it), pastes the
 * 342-row table, opens Modelopzet → Partijen and records a Chromium trace (devtools.timeline)
 * while typing `--edits` numbers into the grid (six digits 60 ms apart, Enter, 800 ms). It
 * prints the main thread's total time per kind of work (script, style, layout, paint, layerize,
 * commit to the compositor, the worker's answers) and the keystroke-to-frame latency (p50, p90,
 * max) as browser-national.mjs measures it. `CSS='selector{…}'` adds rules to the page's first
 * style sheet before typing (the page's CSP forbids inline styles; CSSOM rules are allowed):
 * how paint containment on the grid was tried (docs/performance.md, session 10).
 */
/* global window, document, requestAnimationFrame -- evaluated in the page */
import { numberArg, openNationalGrid } from './browser-support.ts';

const OUT_DIR = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'dist-bench';
const EDITS = numberArg('--edits', 4);
const COUNT = 342;
const KINDS = [
  'EventDispatch',
  'FunctionCall',
  'HandlePostMessage',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'HitTest',
  'MinorGC',
  'MajorGC',
];

const { served, browser, context, page, grid } = await openNationalGrid(OUT_DIR, COUNT);
if (process.env.CSS) {
  await page.evaluate((css) => {
    const sheet = document.styleSheets[0];
    for (const rule of css.split('}').filter((r) => r.trim())) sheet.insertRule(`${rule}}`, sheet.cssRules.length);
  }, process.env.CSS);
}
await page.evaluate(() => {
  window.latencies = [];
  document.addEventListener(
    'keydown',
    (e) => requestAnimationFrame(() => setTimeout(() => window.latencies.push(performance.now() - e.timeStamp), 0)),
    { capture: true },
  );
});
const elements = await page.evaluate(() => document.querySelectorAll('*').length);

const cdp = await context.newCDPSession(page);
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
await cdp.send('Tracing.start', {
  categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
  transferMode: 'ReportEvents',
});
for (let i = 0; i < EDITS; i += 1) {
  await grid.locator(`[data-pos="${i}:0"]`).click();
  for (const ch of String(300000 + i * 1111)) {
    await page.keyboard.press(ch);
    await page.waitForTimeout(60);
  }
  await page.keyboard.press('Enter');
  await page.waitForTimeout(800);
}
const latencies = (await page.evaluate(() => window.latencies)).sort((a, b) => a - b);
await cdp.send('Tracing.end');
await complete;

// The renderer's main thread: the thread that dispatched the key events.
const spans = events.filter((e) => e.ph === 'X' && e.dur);
const dispatches = new Map();
for (const e of spans) if (e.name === 'EventDispatch') dispatches.set(e.tid, (dispatches.get(e.tid) ?? 0) + 1);
const main = [...dispatches].sort((a, b) => b[1] - a[1])[0]?.[0];
const ms = new Map(KINDS.map((k) => [k, 0]));
for (const e of spans) if (e.tid === main && ms.has(e.name)) ms.set(e.name, ms.get(e.name) + e.dur / 1000);
const at = (q) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] * 10) / 10;
console.log(
  JSON.stringify(
    {
      date: new Date().toISOString(),
      css: process.env.CSS ?? null,
      elements,
      keys: latencies.length,
      keystrokeToFrameMs: { p50: at(0.5), p90: at(0.9), max: at(1) },
      mainThreadMs: Object.fromEntries([...ms].map(([k, v]) => [k, Math.round(v * 10) / 10])),
    },
    null,
    2,
  ),
);
await browser.close();
await served.close();
