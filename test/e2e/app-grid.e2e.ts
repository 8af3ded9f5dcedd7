import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, nav, openPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A block as Excel puts it on the clipboard: tabs, CRLF, a trailing newline, Dutch decimals. */
const block = ['10\t11\t12\t13\t14', '2,5\t2,5\t3\t3\t3', '1.234\t4\t4\t4\t4,75'].join('\r\n') + '\r\n';

describe('the spreadsheet grid in the browser', () => {
  it('takes a 3×5 block pasted from a spreadsheet with Ctrl+V as one undoable edit', async () => {
    const w = await openPage(browser);
    const { page, context } = w;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(baseUrl());
    await nav(page, 'Baseline');
    // The example's Haarlem staff table starts with these three function groups (its first rows).
    const grid = page.getByRole('grid', { name: 'Personeel (fte) — Haarlem' });
    await grid.getByRole('rowheader').first().waitFor();
    expect((await grid.getByRole('rowheader').allTextContents()).slice(0, 3)).toEqual([
      'Technisch beheer',
      'Management',
      'Bedrijfsbureau',
    ]);
    await page.evaluate((text) => navigator.clipboard.writeText(text), block);
    await grid.getByRole('row').nth(1).getByRole('gridcell').nth(1).click();
    await page.keyboard.press('Control+v');
    await page.getByText('15 waarde(n) geplakt.').waitFor();
    const row = async (r: number) =>
      (
        await grid
          .getByRole('row')
          .nth(r + 1)
          .getByRole('gridcell')
          .allTextContents()
      ).slice(1, 6);
    expect(await row(0)).toEqual(['10', '11', '12', '13', '14']);
    expect(await row(1)).toEqual(['2,5', '2,5', '3', '3', '3']);
    expect(await row(2)).toEqual(['1.234', '4', '4', '4', '4,75']);

    // One paste is one undo step.
    await page.keyboard.press('Control+z');
    expect(await row(0)).toEqual(['30', '30', '30', '30', '30']);
    await page.keyboard.press('Control+y');
    expect(await row(2)).toEqual(['1.234', '4', '4', '4', '4,75']);

    // Keyboard: arrows move, typing edits, an invalid value stays visible with its message.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.type('veel');
    await page.keyboard.press('Enter');
    const cell = grid.getByRole('row').nth(2).getByRole('gridcell').nth(1);
    await expect(cell.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(cell.textContent()).resolves.toContain('veel');
    await expect(page.getByRole('alert').filter({ hasText: 'Ongeldige invoer' }).textContent()).resolves.toContain(
      'Management, 2013: “veel”',
    );
    await expect(
      cell.getAttribute('aria-describedby').then((id) => page.locator(`[id="${id}"]`).textContent()),
    ).resolves.toBe('Geen getal. Gebruik bijvoorbeeld 1.234,56 of 1234.56.');
    expect((await row(1)).slice(1)).toEqual(['2,5', '3', '3', '3']);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});
