/**
 * What the browser measuring scripts share (browser-exit-sweep.ts, browser-national.mjs,
 * edit-profile.mjs, typing-trace.mjs, results-tabs.mjs): their numeric flags, a build of the
 * app into a folder, Debian's Chromium started as the browser tests start it, and the model
 * made from a pasted table of 342 municipalities.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { serveStatic } from '../e2e/support/static-server';

/** The number after `flag` on the command line, else `fallback`. */
export function numberArg(flag: string, fallback: number): number {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Builds the app into `outDir` (emptied first); `extra` are more `vite build` flags. Throws when the build fails. */
export function buildApp(outDir: string, extra: string[] = []): void {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', ...extra, '--outDir', outDir, '--emptyOutDir'], {
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('the build failed');
}

/** Debian's Chromium, or $CHROME_PATH: the first that exists, else undefined. */
export const findChromium = (): string | undefined =>
  [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p): p is string => p !== undefined && existsSync(p),
  );

/** Chromium (headless, no sandbox, no GPU, no network of its own) from `executablePath`. */
export function launchChromium(executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-dev-shm-usage',
    ],
  });
}

/** The name `municipalityTable` gives its i-th municipality (from 1). */
export const municipalityName = (i: number): string => `Plaats ${String(i).padStart(3, '0')}`;

/** A tab-separated table of `count` municipalities in four regions, as a user pastes it into "Model uit tabel". */
export function municipalityTable(count: number): string {
  const name = municipalityName;
  return [
    'Gemeente\tInwoners\tWerkplekken\tMedewerkers\tRegio',
    ...Array.from({ length: count }, (_, k) => {
      const inhabitants = 5000 + ((k * 7919) % 200) * 1000;
      return `${name(k + 1)}\t${inhabitants}\t${Math.round(inhabitants / 110)}\t${Math.round(inhabitants / 100)}\tRegio ${(k % 4) + 1}`;
    }),
  ].join('\n');
}

/**
 * On a fresh page: opens the app at `url`, pastes a table of `count` municipalities into
 * "Model uit tabel", creates the model and waits for its first result (a break-even cell of a
 * centre scenario's key figures). Returns the page's clock (`performance.now()`) before the
 * paste, at the click on "Model maken" and at the first result.
 */
export async function modelFromPastedTable(
  page: Page,
  url: string,
  count: number,
): Promise<{ pasteAt: number; clickAt: number; resultAt: number }> {
  const now = () => page.evaluate(() => performance.now());
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Welkom bij Kantelpunt' }).waitFor();
  await page.getByRole('button', { name: 'Tabel plakken of inlezen' }).click();
  const area = page.getByLabel(/^Tabel van gemeenten/);
  const table = municipalityTable(count);
  const pasteAt = await now();
  await area.fill(table);
  const clickAt = await now();
  await page.getByRole('button', { name: `Model maken (${count} gemeenten)` }).click();
  await page.locator('[data-figure="breakEven"]').nth(1).waitFor({ timeout: 120_000 });
  return { pasteAt, clickAt, resultAt: await now() };
}

/** Opens Modelopzet → Partijen and waits for its Inwoners grid, which it returns. */
export async function openInhabitantsGrid(page: Page): Promise<Locator> {
  await page
    .getByRole('navigation', { name: 'Onderdelen' })
    .getByRole('button', { name: 'Modelopzet', exact: true })
    .click();
  await page.getByRole('tab', { name: 'Partijen' }).click();
  const grid = page.getByRole('grid', { name: 'Inwoners' });
  await grid.waitFor();
  return grid;
}

/** A CPU profile as the Chrome DevTools Protocol's `Profiler.stop` gives it. */
type CpuProfile = {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
};

/** Busy ms per function, summed over profiles: self (the function itself) and total (with what it calls). */
export type ProfileSums = { self: Map<string, number>; total: Map<string, number>; ms: number };

export const newProfileSums = (): ProfileSums => ({ self: new Map(), total: new Map(), ms: 0 });

const frameLabel = (f: CpuProfile['nodes'][number]['callFrame']): string =>
  `${f.functionName || '(anonymous)'} ${f.url ? f.url.split('/').pop() : ''}:${f.lineNumber + 1}`;

/** Adds a profile's samples to `sums`, leaving out idle time and the browser's own work ("(program)"). */
export function addProfile(sums: ProfileSums, profile: CpuProfile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  profile.samples.forEach((id, k) => {
    const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    if (node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') return;
    sums.ms += dt;
    const top = frameLabel(node.callFrame);
    sums.self.set(top, (sums.self.get(top) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: typeof node | undefined = node; n; n = byId.get(parent.get(n.id) ?? -1)) {
      const label = frameLabel(n.callFrame);
      if (seen.has(label)) continue;
      seen.add(label);
      sums.total.set(label, (sums.total.get(label) ?? 0) + dt);
    }
  });
}

/**
 * The built app in `outDir` served and opened in Chromium (1366×900, Dutch), a model of
 * `count` municipalities made from a pasted table, and its Inwoners grid open, 1.5 s after it
 * appeared: where edit-profile.mjs and typing-trace.mjs type.
 */
export async function openNationalGrid(
  outDir: string,
  count: number,
): Promise<{
  served: { url: string; close: () => Promise<void> };
  browser: Browser;
  context: BrowserContext;
  page: Page;
  grid: Locator;
}> {
  const served = await serveStatic(outDir);
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await modelFromPastedTable(page, served.url, count);
  const grid = await openInhabitantsGrid(page);
  await page.waitForTimeout(1500);
  return { served, browser, context, page, grid };
}
