/**
 * The Results screen of the heavy chain model (100 scenarios, as heavy-model.e2e.ts opens it): a
 * measuring script, not a test; it prints, nothing is asserted or written.
 *
 *   npx tsx test/bench/heavy-results.mjs [dist-bench] [--runs N] [--profile]
 *
 * Per run it opens the model from a file in a ready app, waits until its results are computed,
 * then navigates to Results and waits until the three overview charts exist and 2 s more. It
 * prints the main thread's long tasks (PerformanceObserver, ms) of that navigation. With
 * `--profile`, also a CPU profile of it (inclusive ms per function; an unminified build,
 * `npm run build -- --outDir dist-profile --minify false`, keeps the names).
 */
/* global window */
import { serveStatic } from '../e2e/support/static-server.ts';
import { heavyChainModel } from '../support/heavy-chain.ts';
import { addProfile, launchChromium, newProfileSums, numberArg } from './browser-support.ts';

const OUT_DIR = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'dist-bench';
const PROFILE = process.argv.includes('--profile');
const RUNS = numberArg('--runs', 3);

/**
 * The profile's busy spans over 50 ms (consecutive samples outside idle), each with the
 * functions that take most of it (inclusive ms): which work makes a long task.
 */
function busySpans(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const spans = [];
  let span = null;
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    const name = byId.get(id).callFrame.functionName;
    const isIdle = name === '(idle)' || name === '(program)';
    if (isIdle) {
      if (span && t - span.end > 4000) {
        spans.push(span);
        span = null;
      }
      return;
    }
    if (!span) span = { start: t, end: t, stacks: new Map() };
    span.end = t;
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at).callFrame;
      const label = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      if (seen.has(label)) continue;
      seen.add(label);
      span.stacks.set(label, (span.stacks.get(label) ?? 0) + profile.timeDeltas[i] / 1000);
    }
  });
  if (span) spans.push(span);
  return spans
    .filter((s) => (s.end - s.start) / 1000 > 50)
    .flatMap((s) => [
      `  busy ${Math.round((s.end - s.start) / 1000)} ms:`,
      ...[...s.stacks]
        .filter(([l]) => !l.startsWith('(root)'))
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([l, ms]) => `      ${ms.toFixed(1)} ${l}`),
    ]);
}

const served = await serveStatic(OUT_DIR);
const browser = await launchChromium();
const file = {
  name: 'zwaar.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(heavyChainModel())),
};
const sums = newProfileSums();
const lines = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'nl-NL' });
  await context.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(served.url);
  await page.getByRole('status').filter({ hasText: 'Alles opgeslagen' }).waitFor();
  await page.getByLabel('Bestand kiezen…').setInputFiles(file);
  const table = page.getByRole('table', { name: 'Scenario’s van dit model' });
  while (
    (await table.locator('tbody tr').count()) !== 100 ||
    (await table.locator('td', { hasText: /^…$/ }).count()) > 0
  )
    await page.waitForTimeout(100);
  while ((await page.getByRole('status').filter({ hasText: 'Bezig met rekenen…' }).count()) > 0)
    await page.waitForTimeout(100);
  await page.waitForTimeout(1000);
  await page.evaluate(() => (window.longTasks.length = 0));
  const cdp = PROFILE ? await context.newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page
    .getByRole('navigation', { name: 'Onderdelen' })
    .getByRole('button', { name: 'Resultaten', exact: true })
    .click();
  while ((await page.locator('main canvas').count()) < 3) await page.waitForTimeout(50);
  // What the browser test reads next: the money table's rows and their heights.
  const rows = page
    .getByRole('table', { name: /^Totale kosten per scenario per jaar/ })
    .locator('tbody tr:not([aria-hidden])');
  await rows.evaluateAll((all) => all.map((r) => r.getBoundingClientRect().height));
  await page.waitForTimeout(2000);
  lines.push(`run ${run + 1}: long tasks ${JSON.stringify(await page.evaluate(() => window.longTasks))}`);
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    addProfile(sums, profile);
    lines.push(...busySpans(profile));
  }
  await context.close();
}
if (PROFILE)
  lines.push(
    ...[...sums.total]
      .filter(([label]) => !label.startsWith('(root)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 50)
      .map(([label, ms]) => `    ${(ms / RUNS).toFixed(1)} ${label}`),
  );
console.log(lines.join('\n'));
await browser.close();
await served.close();
