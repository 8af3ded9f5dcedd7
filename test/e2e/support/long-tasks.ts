/**
 * Long tasks of the page's main thread (PerformanceObserver 'longtask'), measured around an
 * action of the test.
 *
 * A test's own probes can be long tasks of the page too. Playwright's `waitFor` (and an action
 * waiting for its element) polls inside the page, in animation-frame callbacks; a role locator
 * (`getByRole`, `getByLabel`, `getByText`) computes the role and the visibility of every element
 * of the page, which on the Results screen of 100 scenarios is a task of 140–200 ms of the test,
 * not of the app (CI failed on one of 205 ms). Inside a measured window a test therefore finds
 * elements by CSS only (`page.locator('main canvas')`); role locators come before or after it.
 * (A `page.evaluate` runs through the DevTools protocol and is not reported as a task.)
 */
import type { Locator, Page } from 'playwright-core';

type LongTask = { start: number; duration: number };
type Recorded = { __longTasks: LongTask[] };

/** An init script: records every long task of each document from its first script on. */
export const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: Math.round(e.duration) });
  }).observe({ type: 'longtask', buffered: true });
`;

/** The durations (ms) of the long tasks recorded so far, or from `since` (the page's clock) on. */
export const longTasks = (page: Page, since = 0): Promise<number[]> =>
  page.evaluate(
    (from) => (window as unknown as Recorded).__longTasks.filter((t) => t.start >= from).map((t) => t.duration),
    since,
  );

/** Forgets the long tasks so far (the page's own start, parsing its code), before the action measured. */
export const forgetLongTasks = (page: Page): Promise<void> =>
  page.evaluate(() => {
    (window as unknown as Recorded).__longTasks.length = 0;
  });

/** The page's clock (performance.now()). */
export const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/**
 * Runs `action`, waits until `ready` (CSS locators only), then `quietMs` more for the work that
 * follows it (charts created one per task); returns the long tasks that started meanwhile.
 */
export async function longTasksOf(
  page: Page,
  action: () => Promise<void>,
  ready: () => Promise<void>,
  quietMs = 1000,
): Promise<number[]> {
  const since = await pageNow(page);
  await action();
  await ready();
  await page.waitForTimeout(quietMs);
  return longTasks(page, since);
}

/** A button of the main navigation, found by CSS (see the module's note). */
export const navButton = (page: Page, name: string): Locator =>
  page.locator('#site-nav button').filter({ hasText: new RegExp(`^${name}$`) });

/** A tab of a tab list, found by CSS (see the module's note). */
export const tabButton = (page: Page, name: string): Locator =>
  page.locator('[role="tab"]').filter({ hasText: new RegExp(`^${name}$`) });

/** The progress notice "Bezig met rekenen…" while the engine computes, found by CSS. */
export const calculatingNotice = (page: Page): Locator => page.locator('.evaluation-status .notice-info');
