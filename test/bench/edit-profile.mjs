/**
 * Where the main thread's time goes when an edit of the 342-party model is committed, and when
 * it is undone (issue 19):
 * a measuring script, not a test; it writes bench-results/edit-profile.json.
 *
 *   npx tsx test/bench/edit-profile.mjs [--edits 8] [--after 2000] [--no-build]
 *
 * It builds the app without minifying (so that functions keep their names) into
 * dist-profile/, opens the 342-row table as browser-national.mjs does, types a number of
 * inhabitants into the Inwoners grid, and records a CPU profile (Chrome DevTools Protocol,
 * sampled every 100 µs) in two parts: from just before each Enter until the page has drawn the
 * frame after it (`toFrame`, what keystroke-to-frame measures), and from then for `--after`
 * ms (`after`: the evaluation's answer and what follows). The samples are summed per function: self
 * time (the function itself) and total time (with what it calls), averaged over the commits.
 * Then the edits are undone one by one with Ctrl+Z, profiled the same way. Each digit typed
 * before an Enter is profiled until its frame too (`typing`, per digit). Also: the main
 * thread's long tasks (PerformanceObserver), the time from each key to the next frame, and per
 * key the app's own parts (the model edit, undo, autosave, the evaluation's request and answer,
 * React's render) summed from the profile.
 */
/* global window, document, requestAnimationFrame -- evaluated in the page */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { addProfile, buildApp, newProfileSums, numberArg, openNationalGrid } from './browser-support.ts';

const arg = numberArg;
const EDITS = arg('--edits', 8);
/** How long after the frame the second part of a key's profile lasts (the evaluation's answer in it). */
const AFTER_MS = arg('--after', 2000);
const OUT_DIR = 'dist-profile';
const COUNT = 342;

if (!process.argv.includes('--no-build') || !existsSync(OUT_DIR)) buildApp(OUT_DIR, ['--minify', 'false']);

const { served, browser, context, page, grid } = await openNationalGrid(OUT_DIR, COUNT);
await page.evaluate(() => {
  window.commits = [];
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: false });
  document.addEventListener(
    'keydown',
    (e) => {
      const kind =
        e.key === 'Enter' ? 'commit' : e.ctrlKey && e.key === 'z' ? 'undo' : /^[0-9]$/.test(e.key) ? 'typing' : null;
      if (!kind) return;
      const at = e.timeStamp;
      requestAnimationFrame(() =>
        setTimeout(() => window.commits.push({ kind, at, frameMs: performance.now() - at }), 0),
      );
    },
    { capture: true },
  );
});

const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
/**
 * Per action (an Enter that commits a number; a Ctrl+Z that undoes one) and phase (until the
 * frame after the key; the `--after` ms after it): time per function.
 */
const newPhase = newProfileSums;
const phases = {
  commit: { toFrame: newPhase(), after: newPhase() },
  undo: { toFrame: newPhase(), after: newPhase() },
  typing: { toFrame: newPhase() },
};
let keys = 0;
async function profileKey(key, phase) {
  await cdp.send('Profiler.start');
  await page.keyboard.press(key);
  await page.waitForFunction((n) => window.commits.length > n, keys, { polling: 5 });
  keys += 1;
  addProfile(phase.toFrame, (await cdp.send('Profiler.stop')).profile);
  if (phase.after === undefined) return;
  await cdp.send('Profiler.start');
  await page.waitForTimeout(AFTER_MS);
  addProfile(phase.after, (await cdp.send('Profiler.stop')).profile);
}
for (let i = 0; i < EDITS; i += 1) {
  await grid.locator(`[data-pos="${i}:0"]`).click();
  for (const ch of String(200000 + i * 1111)) {
    await profileKey(ch, phases.typing);
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(300);
  await profileKey('Enter', phases.commit);
}
// Undo the edits one by one (the focus is on a grid cell, where Ctrl+Z is the app's undo).
for (let i = 0; i < EDITS; i += 1) {
  await page.waitForTimeout(300);
  await profileKey('Control+z', phases.undo);
}
const page_ = await page.evaluate(() => ({ commits: window.commits, longTasks: window.longTasks }));
/** Keys per edit of each action: one Enter, one Ctrl+Z, six digits typed. */
const KEYS = { commit: 1, undo: 1, typing: 6 };
const perEdit = (m, action) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 80)
    .map(([fn, ms]) => ({ fn, ms: Math.round((ms / EDITS / KEYS[action]) * 100) / 100 }));
/** The app's own parts of an edit, summed (inclusive ms per key; names as in the unminified build). */
const PARTS = {
  modelEdit: ['updateModel', 'remapInputPaths'],
  undo: ['undo'],
  autosave: ['saveModel', 'flushOnce', 'serializeModelRecord'],
  evaluationRequest: ['requestEvaluation'],
  evaluationAnswer: ['worker.onmessage'],
  render: ['performWorkOnRoot'],
  garbageCollector: ['(garbage collector)'],
};
const partsOf = (p, action) =>
  Object.fromEntries(
    Object.entries(PARTS).map(([part, names]) => {
      const ms = Math.max(
        0,
        ...[...p.total]
          .filter(([fn]) => names.some((n) => fn.startsWith(`${n} `)))
          .map(([, v]) => v / EDITS / KEYS[action]),
      );
      return [part, Math.round(ms * 100) / 100];
    }),
  );
const frames = (kind) => page_.commits.filter((c) => c.kind === kind).map((c) => Math.round(c.frameMs * 10) / 10);
const result = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, loadavg: loadavg().map((x) => Math.round(x * 100) / 100) },
  chromium: browser.version(),
  edits: EDITS,
  afterMs: AFTER_MS,
  keyToFrameMs: { commit: frames('commit'), undo: frames('undo'), typing: frames('typing') },
  longTasksMs: page_.longTasks.map((t) => Math.round(t.ms)),
  ...Object.fromEntries(
    Object.entries(phases).map(([action, byPhase]) => [
      action,
      Object.fromEntries(
        Object.entries(byPhase).map(([key, p]) => [
          key,
          {
            busyMsPerKey: Math.round((p.ms / EDITS / KEYS[action]) * 10) / 10,
            parts: partsOf(p, action),
            selfMs: perEdit(p.self, action),
            totalMs: perEdit(p.total, action),
          },
        ]),
      ),
    ]),
  ),
};
await browser.close();
await served.close();
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/edit-profile.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
