/**
 * Model files and share links. A share link carries the whole model, compressed (deflate) and
 * base64url-encoded in the URL hash, versioned: `#m1=<data>`. The hash never reaches a server.
 */
import { deflateSync, Inflate, strToU8 } from 'fflate';
import type { ModelFile } from '../engine';
import { admitModel, MAX_MODEL_BYTES, serializeModel, type LoadResult } from '../engine';

export const SHARE_PREFIX = 'm1=';
/** Above this many characters some mail programs and chat tools cut links off. */
export const SHARE_WARN_LENGTH = 8000;

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i += 1) out[i] = bin.charCodeAt(i);
  return out;
}

export function encodeShareHash(model: ModelFile): string {
  return `#${SHARE_PREFIX}${toBase64Url(deflateSync(strToU8(JSON.stringify(model)), { level: 9 }))}`;
}

export function shareLink(model: ModelFile, pageUrl: string): string {
  return `${pageUrl.split('#')[0]}${encodeShareHash(model)}`;
}

/** Whether a URL hash is a share link (of any version this app knows or not). */
export function isShareHash(hash: string): boolean {
  return /^#m\d+=/.test(hash);
}

/** Reads a model from a share-link hash, with the same validation as a file. */
export function decodeShareHash(hash: string): LoadResult {
  if (!hash.startsWith(`#${SHARE_PREFIX}`)) {
    return { ok: false, errors: [{ path: '', message: 'this link was made by a newer version of Kantelpunt' }] };
  }
  let bytes: Uint8Array | null;
  try {
    bytes = inflateCapped(fromBase64Url(hash.slice(1 + SHARE_PREFIX.length)), MAX_MODEL_BYTES);
  } catch {
    return { ok: false, errors: [{ path: '', message: 'the link is damaged or incomplete' }] };
  }
  if (bytes === null)
    return {
      ok: false,
      errors: [
        {
          path: '',
          message: `the model in this link is too large (more than ${MAX_MODEL_BYTES.toLocaleString('en-US')} bytes unpacked)`,
        },
      ],
    };
  return admitted(bytes);
}

/**
 * Inflates at most `max` bytes, feeding the compressed data in small pieces so that a
 * deflate bomb is stopped as soon as it passes the limit (null), not after unpacking it all.
 */
function inflateCapped(data: Uint8Array, max: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let isTooLarge = false;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > max) isTooLarge = true;
    else chunks.push(chunk);
  });
  const step = 1024;
  for (let i = 0; i < data.length && !isTooLarge; i += step)
    inflate.push(data.subarray(i, i + step), i + step >= data.length);
  if (data.length === 0) inflate.push(data, true);
  if (isTooLarge) return null;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
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
