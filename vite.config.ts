import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin, type PluginOption } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';

/**
 * Two builds (docs/deploy.md):
 *  - `vite build`: dist/ for any static folder (relative base), with a service worker that
 *    precaches everything (app, lazy screens, workers) so it works offline after one visit;
 *  - `vite build --mode single`: dist-single/kantelpunt.html, one self-contained file that
 *    works when opened from disk (file://): everything inlined, workers as classic blob workers.
 */
export default defineConfig(({ mode }) => {
  const isSingle = mode === 'single';
  return {
    // A relative base: dist/ works from any folder of any static host.
    base: './',
    plugins: [
      react(),
      withoutCspInDev(),
      ...(isSingle ? singleFilePlugins() : [preloadFirstScreen(), offlinePlugin()]),
    ],
    build: {
      target: 'es2022',
      sourcemap: false,
      outDir: isSingle ? 'dist-single' : 'dist',
      // Every supported browser has <link rel="modulepreload">; the polyfill only costs bytes.
      modulePreload: { polyfill: false },
    },
    // A module worker from a blob URL fails silently under file://; a classic (iife) one works.
    // The single file needs that; the hosted build keeps module workers (code-split, cached).
    worker: isSingle ? { format: 'iife', rolldownOptions: { output: { codeSplitting: false } } } : { format: 'es' },
  };
});

/** The PWA: generateSW precaches every built file; registration is ours (src/pwa), never inline. */
function offlinePlugin() {
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'prompt',
    injectRegister: false,
    // The icon is in the glob below already; listing it twice would precache it twice.
    includeManifestIcons: false,
    manifest: {
      name: 'Kantelpunt — business case voor ICT-samenwerking',
      short_name: 'Kantelpunt',
      description: 'Business case voor ICT-samenwerking tussen gemeenten',
      lang: 'nl',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b5394',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      // Everything the app can ever load: entry, lazy screens, worker chunks, styles, icons
      // (the web manifest is added by the plugin itself).
      globPatterns: ['**/*.{js,css,html,svg,png,ico,json,woff2}'],
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // A new version waits until the user accepts it (src/pwa): never forced on open tabs.
      skipWaiting: false,
      clientsClaim: false,
      // One sw.js, no separate workbox runtime file.
      inlineWorkboxRuntime: true,
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    },
  });
}

/**
 * The start screen is lazy like every screen, but it is what a first visit shows: preloading it
 * beside the entry saves a round trip before the first meaningful paint (docs/performance.md).
 */
function preloadFirstScreen(entry = '/src/features/start/index.ts'): Plugin {
  return {
    name: 'kantelpunt:preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const screen = chunks.find((c) => c.facadeModuleId?.endsWith(entry));
        if (!screen) return html;
        const files = [screen.fileName, ...screen.imports].filter((f) => !html.includes(f));
        return files.map((f) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/** The CSP meta of index.html would block Vite's dev server (inline preamble, websocket). */
function withoutCspInDev(): Plugin {
  return {
    name: 'kantelpunt:csp-dev',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(cspMeta, ''),
  };
}

function singleFilePlugins(): PluginOption[] {
  return [inlineWorkers(), viteSingleFile({ removeViteModuleLoader: true }), singleFileOutput()];
}

const hasWorkerQuery = /[?&](?:shared)?worker(?:&|$)/;
const workerFromUrl =
  /new\s+Worker\s*\(\s*new\s+URL\s*\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url\s*\)\s*(?:,\s*(\{[^{}]*\}))?\s*\)/g;

/**
 * In the single file a worker cannot be a separate file: turn `import W from './x?worker'` and
 * `new Worker(new URL('./x', import.meta.url), opts)` into Vite's inline worker (a blob URL).
 */
function inlineWorkers(): Plugin {
  return {
    name: 'kantelpunt:inline-workers',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!hasWorkerQuery.test(source) || /[?&]inline(?:&|$)/.test(source)) return null;
      return this.resolve(`${source}&inline`, importer, { ...options, skipSelf: true });
    },
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.[cm]?[jt]sx?$/.test(id.split('?')[0] ?? '')) return null;
      const imports: string[] = [];
      const out = code.replace(workerFromUrl, (_m, _q: string, path: string, opts?: string) => {
        const name = `__kantelpuntInlineWorker${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(`${path}?worker&inline`)};`);
        return `new ${name}(${opts ?? ''})`;
      });
      return imports.length === 0 ? null : { code: `${imports.join('\n')}\n${out}`, map: null };
    },
  };
}

const cspMeta = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/;
const cspComment = /<!-- Strict CSP[\s\S]*?-->/;
const CSP_PLACEHOLDER = '<!-- kantelpunt:csp -->';

/**
 * Names the single file kantelpunt.html, inlines the icon, and replaces the hosted CSP by one
 * that allows exactly the inlined script and style (by hash) and blob workers.
 */
function singleFileOutput(): Plugin {
  let outDir = '';
  return {
    name: 'kantelpunt:single-file-output',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // Set the hosted policy aside until the inlined code is final (see writeBundle).
    transformIndexHtml: (html) => html.replace(cspMeta, CSP_PLACEHOLDER),
    async writeBundle() {
      const from = join(outDir, 'index.html');
      let html = await readFile(from, 'utf8');
      const icon = await readFile(resolve(outDir, 'favicon.svg')).catch(() => null);
      if (icon)
        html = html.replace(/href="[^"]*favicon\.svg"/, `href="data:image/svg+xml;base64,${icon.toString('base64')}"`);
      html = html.replace(cspComment, '<!-- Hash-based CSP of the single file, see docs/deploy.md. -->');
      html = html.replace(
        CSP_PLACEHOLDER,
        `<meta http-equiv="Content-Security-Policy" content="${singleFileCsp(html)}" />`,
      );
      await writeFile(join(outDir, 'kantelpunt.html'), html);
      await rm(from);
      await rm(resolve(outDir, 'favicon.svg'), { force: true });
    },
  };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function singleFileCsp(html: string): string {
  const bodies = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => sha256(m[1] ?? ''));
  return [
    "default-src 'none'",
    `script-src ${bodies('script').join(' ')}`,
    `style-src ${bodies('style').join(' ')}`,
    'img-src data:',
    'worker-src blob:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
