/**
 * Model files, and how a share link is recognised. A share link carries the whole model,
 * compressed (deflate) and base64url-encoded in the URL hash, versioned: `#m1=<data>`; the hash
 * never reaches a server. Making and reading one is in share-link.ts, loaded only when a link
 * is made or opened (the deflate library stays off the first page).
 */
import type { ModelFile } from '../engine';
import { admitModel, serializeModel, type LoadResult } from '../engine';

export const SHARE_PREFIX = 'm1=';
/** Above this many characters some mail programs and chat tools cut links off. */
export const SHARE_WARN_LENGTH = 8000;

/** Whether a URL hash is a share link (of any version this app knows or not). */
export function isShareHash(hash: string): boolean {
  return /^#m\d+=/.test(hash);
}

/**
 * The engine's verdict on a model from outside (admit.ts): the same as the CLI's, evaluation
 * included; the evaluation itself is not kept (the store evaluates the model it shows).
 */
export function admitted(input: Uint8Array | string | unknown): LoadResult {
  const a = admitModel(input);
  return a.ok ? { ok: true, model: a.model, warnings: a.warnings } : a;
}

export async function readModelFile(file: Blob): Promise<LoadResult> {
  return admitted(await bytesOf(file));
}

/** A file's bytes (FileReader where Blob.arrayBuffer is missing, as in older browsers and jsdom). */
async function bytesOf(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsArrayBuffer(file);
  });
}

export function modelFileText(model: ModelFile): string {
  return serializeModel(model);
}

/** A file name from the model's title: `ict-samenwerking-haarlem.json`. */
export function modelFileName(model: ModelFile): string {
  const base = (model.meta?.title ?? 'model')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'model'}.json`;
}
