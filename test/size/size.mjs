// The load budget (docs/performance.md): what the first page loads — the JS and CSS that
// index.html references plus everything those scripts import statically — gzipped, at most
// 170 kB. Lazily imported chunks (screens, workers, spreadsheet export, report) do not count.
//
//   npm run size                  builds into dist-size/ and measures it
//   npm run size -- --dir dist    measures an existing build instead
//   SIZE_BUDGET_KB=170            the budget (kB = 1000 bytes)
//
// Exits 1 past the budget or when the build cannot be measured.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = Number(process.env.SIZE_BUDGET_KB ?? 170);
const args = process.argv.slice(2);
const dirArg = args.indexOf('--dir');
const dir = resolve(dirArg >= 0 ? (args[dirArg + 1] ?? '') : 'dist-size');

if (dirArg < 0) {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', dir, '--emptyOutDir'], {
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const indexFile = join(dir, 'index.html');
if (!existsSync(indexFile)) {
  console.error(`size: ${relative(process.cwd(), indexFile)} not found; build first or drop --dir.`);
  process.exit(1);
}

const html = readFileSync(indexFile, 'utf8');
/** Local files that an HTML attribute points to (scripts, module preloads, stylesheets). */
const refs = (re) =>
  [...html.matchAll(re)].map((m) => m[1]).filter((u) => !/^(?:[a-z]+:)?\/\//i.test(u) && !u.startsWith('data:'));
const scripts = refs(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g);
const preloads = refs(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"[^>]*>/g);
const styles = refs(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g);
const fromHtml = (u) => normalize(join(dir, u.replace(/^\.?\//, '').split(/[?#]/)[0]));

// Static imports of built ES modules: `import{a as b}from"./x.js"`, `import"./x.js"`,
// `export{a}from"./x.js"`. A dynamic `import("./x.js")` has a parenthesis and is not matched.
const staticImport = /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g;
const files = new Map();
const visit = (file) => {
  if (files.has(file)) return;
  if (!existsSync(file)) {
    console.error(`size: missing ${relative(dir, file)}`);
    process.exit(1);
  }
  const body = readFileSync(file);
  files.set(file, body);
  if (!file.endsWith('.js') && !file.endsWith('.mjs')) return;
  for (const m of body.toString('utf8').matchAll(staticImport)) {
    if (m[1].startsWith('.')) visit(normalize(join(dirname(file), m[1])));
  }
};
for (const u of [...scripts, ...preloads, ...styles]) visit(fromHtml(u));
if (scripts.length === 0) {
  console.error('size: index.html references no script');
  process.exit(1);
}

const kb = (bytes) => (bytes / 1000).toFixed(1).padStart(7);
let raw = 0;
let gz = 0;
const rows = [...files]
  .map(([file, body]) => {
    const g = gzipSync(body).length;
    raw += body.length;
    gz += g;
    return { name: relative(dir, file), raw: body.length, gz: g };
  })
  .sort((a, b) => b.gz - a.gz);

console.log(
  `First-page load of ${relative(process.cwd(), dir) || '.'} (JS + CSS from index.html and their static imports):`,
);
for (const r of rows) console.log(`  ${kb(r.raw)} kB  ${kb(r.gz)} kB gzip  ${r.name}`);
console.log(`  ${kb(raw)} kB  ${kb(gz)} kB gzip  total (budget ${BUDGET_KB} kB gzip)`);
if (gz > BUDGET_KB * 1000) {
  console.error(
    `size: over budget by ${((gz - BUDGET_KB * 1000) / 1000).toFixed(1)} kB gzip. Load heavy features lazily (docs/performance.md).`,
  );
  process.exit(1);
}
console.log('size: within budget');
