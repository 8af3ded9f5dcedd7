/**
 * The Results screen of the 342-municipality model (issue 19): a measuring script, not a test;
 * it prints, nothing is asserted or written.
 *
 *   npx tsx test/bench/results-tabs.mjs [dist-bench] [--profile]
 *
 * It serves a built app (default dist-bench/, as browser-national.mjs builds it), pastes the
 * 342-row table and creates the model, then opens each tab of the Results screen (or the tabs
 * named in `TABS`, comma-separated) and waits 2.5 s. It prints the time from the click on
 * "Model maken" to the first key figure (parsing and the preview, which browser-national.mjs's
 * paste time includes, are before the click), and per tab the main thread's long tasks
 * (PerformanceObserver, ms). With `--profile`, also a CPU profile per tab (inclusive ms per
 * function; an unminified build, `npm run build -- --outDir dist-profile --minify false`,
 * keeps the names).
 */
/* global window */
import { serveStatic } from '../e2e/support/static-server.ts';
import { addProfile, launchChromium, modelFromPastedTable, newProfileSums } from './browser-support.ts';

const OUT_DIR = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'dist-bench';
const PROFILE = process.argv.includes('--profile');
const COUNT = 342;

const served = await serveStatic(OUT_DIR);
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
await context.addInitScript(() => {
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, ms: Math.round(e.duration) });
  }).observe({ type: 'longtask', buffered: true });
});
const page = await context.newPage();
/** The long tasks that started from `since` on (ms), forgotten once taken. */
const takeLongTasks = (since = 0) =>
  page.evaluate(
    (from) =>
      window.longTasks
        .splice(0)
        .filter((t) => t.start >= from)
        .map((t) => t.ms),
    since,
  );
const { clickAt, resultAt } = await modelFromPastedTable(page, served.url, COUNT);
const lines = [
  `click → first key figure: ${Math.round(resultAt - clickAt)} ms; long tasks ${JSON.stringify(await takeLongTasks(clickAt))}`,
];

const cdp = PROFILE ? await context.newCDPSession(page) : null;
if (cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
}
/** Inclusive ms per function of a CPU profile, the largest first (idle time and the browser's own work left out). */
function inclusive(profile) {
  const sums = newProfileSums();
  addProfile(sums, profile);
  return [...sums.total]
    .filter(([label]) => !label.startsWith('(root)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40)
    .map(([label, ms]) => `    ${ms.toFixed(1)} ${label}`);
}

const tabs = process.env.TABS ? process.env.TABS.split(',') : await page.getByRole('tab').allTextContents();
for (const name of tabs) {
  if (cdp) await cdp.send('Profiler.start');
  await page.getByRole('tab', { name, exact: true }).click();
  await page.waitForTimeout(2500);
  lines.push(`${name}: long tasks ${JSON.stringify(await takeLongTasks())}`);
  if (cdp) lines.push(...inclusive((await cdp.send('Profiler.stop')).profile));
}
console.log(lines.join('\n'));
await browser.close();
await served.close();
