// @vitest-environment jsdom
/**
 * Redeploys never blank the page (issue 21): a screen whose code chunk fails to load shows
 * "this version has been updated — reload" inside the app frame; another screen error shows
 * its message and a way to try again.
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, Suspense, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isChunkLoadError, ScreenBoundary } from '../../src/app/screen-boundary';

afterEach(cleanup);

describe('the screen error boundary', () => {
  it('shows "Deze versie is bijgewerkt" with a reload button when a screen chunk fails to load', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Missing = lazy(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: https://x/assets/results-abc.js')),
    );
    render(
      <main>
        <p>frame</p>
        <ScreenBoundary>
          <Suspense fallback={<p>laden</p>}>
            <Missing />
          </Suspense>
        </ScreenBoundary>
      </main>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Deze versie is bijgewerkt');
    expect(screen.getByRole('button', { name: 'Herladen' })).toBeTruthy();
    // The rest of the page stays.
    expect(screen.getByText('frame')).toBeTruthy();
  });

  it('shows another error with its message and tries again on request', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let shouldFail = true;
    function Flaky() {
      const [n] = useState(0);
      if (shouldFail) throw new Error('kapot');
      return <p>scherm {n}</p>;
    }
    render(
      <ScreenBoundary>
        <Flaky />
      </ScreenBoundary>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('Er ging iets mis: kapot');
    shouldFail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(screen.getByText('scherm 0')).toBeTruthy();
  });

  it('recognises the chunk errors of Chromium, Firefox and Safari', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: x'))).toBe(true);
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module: x'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('kapot'))).toBe(false);
  });
});
