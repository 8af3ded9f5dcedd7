import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, inject } from 'vitest';

const require = createRequire(import.meta.url);

export const baseUrl = (): string => inject('baseUrl');

/** Chromium flags that keep it off the network (this machine has none) and quiet. */
const flags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launch(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  return chromium.launch({ executablePath, headless: true, args: flags });
}

export type Watched = {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and failed requests seen so far. */
  errors: string[];
  /** Every request to another origin than the app's. */
  foreignRequests: string[];
};

/** A fresh context and page that record errors and requests leaving the app's origin. */
export async function openPage(
  browser: Browser,
  opts: { viewport?: { width: number; height: number } } = {},
): Promise<Watched> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1366, height: 900 },
    locale: 'nl-NL',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(baseUrl()).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('file:')) return;
    if (new URL(url).origin !== origin) foreignRequests.push(url);
  });
  return { page, context, errors, foreignRequests };
}

/** A fresh page on the app's first start: the welcome screen with the built-in example. */
/** Opens a screen by its name in the app's navigation ('Onderdelen'). */
export const nav = (page: Page, name: string): Promise<void> =>
  page.getByRole('navigation', { name: 'Onderdelen' }).getByRole('button', { name, exact: true }).click();

export async function openApp(browser: Browser): Promise<Watched> {
  const w = await openPage(browser);
  await w.page.goto(baseUrl());
  await w.page.getByRole('heading', { level: 1, name: 'Welkom bij Kantelpunt' }).waitFor();
  return w;
}

/** Checks that the page logged no error and asked nothing of another origin, then closes it. */
export async function closeClean(w: Watched): Promise<void> {
  expect(w.errors).toEqual([]);
  expect(w.foreignRequests).toEqual([]);
  await w.context.close();
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: string[] };

/** Runs axe (WCAG 2.0/2.1 A and AA rules) on the page and returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the app's CSP refuses inline <script> tags.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}
