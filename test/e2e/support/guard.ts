import type { BrowserContext } from 'playwright-core';

export type Guard = {
  /** Content-Security-Policy violations: `securitypolicyviolation` events and console reports. */
  violations: string[];
  /** Requests (from pages and service workers) that leave the app: another origin, or the network at all for file:// pages. */
  foreignRequests: string[];
};

const LOCAL_SCHEMES = ['data:', 'blob:', 'file:', 'chrome-extension:', 'about:'];

/**
 * Watches every page and service worker of a context. `origin` is the app's origin; `null`
 * for the single file on file://, where any http(s) request is foreign.
 */
export async function guardContext(context: BrowserContext, origin: string | null): Promise<Guard> {
  const guard: Guard = { violations: [], foreignRequests: [] };
  await context.exposeBinding('__kantelpuntCspViolation', (_source, text: string) => {
    guard.violations.push(text);
  });
  await context.addInitScript(() => {
    const report = (window as unknown as { __kantelpuntCspViolation: (text: string) => void }).__kantelpuntCspViolation;
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        report(`${e.effectiveDirective}: ${e.blockedURI || 'inline'} ${e.sample}`.trim());
      },
      true,
    );
  });
  context.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) guard.violations.push(`console: ${msg.text()}`);
  });
  context.on('request', (req) => {
    const url = req.url();
    if (LOCAL_SCHEMES.some((s) => url.startsWith(s))) return;
    if (origin === null || new URL(url).origin !== origin) guard.foreignRequests.push(url);
  });
  return guard;
}
