import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, baseUrl, launch, openPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the built app', () => {
  it('loads from a sub-folder, without errors, requests elsewhere or axe violations', async () => {
    const w = await openPage(browser);
    await w.page.goto(baseUrl());
    await expect(w.page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Kantelpunt');
    expect(await axeViolations(w.page)).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });
});
