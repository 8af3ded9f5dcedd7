/**
 * Making and reading share links (`#m1=<deflated, base64url-encoded model>`), with the same
 * verdict as a file (model-io.ts `admitted`). Kept apart from model-io.ts so that the deflate
 * library loads only when a link is made or opened.
 */
import { deflateSync, Inflate, strToU8 } from 'fflate';
import type { ModelFile } from '../engine';
import { MAX_MODEL_BYTES, type LoadResult } from '../engine';
import { admitted, SHARE_PREFIX } from './model-io';

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

/** Reads a model from a share-link hash, with the same validation as a file. */
export function decodeShareHash(hash: string): LoadResult {
  const bytes = shareHashBytes(hash);
  return bytes instanceof Uint8Array ? admitted(bytes) : bytes;
}

/**
 * The model file a share-link hash carries, as bytes (unpacked within MAX_MODEL_BYTES), or why
 * it cannot be read; `admitted` (or the worker's admission) gives the verdict on the bytes.
 */
export function shareHashBytes(hash: string): Uint8Array | Extract<LoadResult, { ok: false }> {
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
  return bytes;
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
