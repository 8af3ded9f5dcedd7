/**
 * Model files and share links. A share link carries the whole model, compressed (deflate) and
 * base64url-encoded in the URL hash, versioned: `#m1=<data>`. The hash never reaches a server.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { ModelFile } from '../engine';
import { loadModel, serializeModel, type LoadResult } from '../engine';

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
  let text: string;
  try {
    text = strFromU8(inflateSync(fromBase64Url(hash.slice(1 + SHARE_PREFIX.length))));
  } catch {
    return { ok: false, errors: [{ path: '', message: 'the link is damaged or incomplete' }] };
  }
  return loadModel(text);
}

export async function readModelFile(file: Blob): Promise<LoadResult> {
  return loadModel(await file.text());
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
