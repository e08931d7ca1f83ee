/**
 * Ids and checksums that work in every context: `crypto.subtle` and `crypto.randomUUID` exist only in
 * secure contexts (https, localhost), and the built app may be served over plain http on an intranet.
 */
import { sha256Hex as coreSha256Hex } from '@/core/export/sha256.ts';

/** SHA-256 of bytes (or of a string's UTF-8 encoding) as lower-case hex; `crypto.subtle` when present, else pure JS. */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    const digest = await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
    return toHex(new Uint8Array(digest));
  }
  return sha256HexSync(bytes);
}

/** Pure-JS SHA-256 (FIPS 180-4), the fallback of `sha256Hex`: the core's implementation. */
export const sha256HexSync: (bytes: Uint8Array) => string = coreSha256Hex;

/** A random RFC 4122 version-4 id (`crypto.randomUUID` needs a secure context, `getRandomValues` does not). */
export function newId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const b = new Uint8Array(16);
  c.getRandomValues(b);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = toHex(b);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// helpers //////////////////////

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}
