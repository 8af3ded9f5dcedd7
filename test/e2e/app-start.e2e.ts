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

describe('first start', () => {
  it('opens the Haarlem–Haarlemmermeer example with its three scenarios', async () => {
    const w = await openPage(browser);
    await w.page.goto(baseUrl());
    const table = w.page
      .getByRole('table')
      .filter({ has: w.page.getByRole('columnheader', { name: 'Terugverdiend in' }) });
    await table.getByRole('rowheader').first().waitFor();
    const names = await table.getByRole('rowheader').allTextContents();
    expect(names).toHaveLength(3);
    expect(names[0]).toMatch(/^Baseline/);
    expect(names[1]).toMatch(/^Samenwerking 2\.0/);
    expect(names[2]).toMatch(/^Samenwerking 3\.0/);
    // The collaboration scenarios have results: a break-even year or "not before …".
    const breakEven = await table.getByRole('row').nth(2).getByRole('cell').nth(1).textContent();
    expect(breakEven).toMatch(/^(\d{4}|niet vóór \d{4})/);
    expect(await axeViolations(w.page)).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });
});
