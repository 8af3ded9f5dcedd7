// End-to-end tests in a real Chromium (Debian's /usr/bin/chromium or $CHROME_PATH), driven by
// playwright-core. No browser is ever downloaded. Without a browser this says loudly that it
// skipped; with CI=true a missing browser is a failure.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const browser = candidates.find((p) => existsSync(p));
const isCi = process.env.CI === 'true' || process.env.CI === '1';

if (!browser) {
  const banner = '!'.repeat(78);
  console.error(
    `\n${banner}\n!! END-TO-END TESTS SKIPPED: no Chromium found (looked at ${candidates.join(', ') || '/usr/bin/chromium'}).\n!! Install Debian's chromium (apt-get install -y chromium) or set CHROME_PATH.\n${banner}\n`,
  );
  process.exit(isCi ? 1 : 0);
}

const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

// E2E_OUT_DIR lets several checkouts or sessions build side by side without clobbering dist/.
const outDir = process.env.E2E_OUT_DIR || 'dist';
// The single file (npm run build:single) goes beside it, for the file:// tests.
const singleDir = `${outDir}-single`;
run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir']);
run('npx', ['vite', 'build', '--mode', 'single', '--logLevel', 'warn', '--outDir', singleDir, '--emptyOutDir']);
run('npx', ['vitest', 'run', '--config', 'test/e2e/vitest.e2e.config.ts', ...process.argv.slice(2)], {
  CHROME_PATH: browser,
  E2E_OUT_DIR: outDir,
  E2E_SINGLE_DIR: singleDir,
});
