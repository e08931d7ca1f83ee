/** The bundle manifest's SHA-256 against Node's own, on every length around a block boundary and a large input. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '@/core/export/sha256.ts';

const nodeSha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('sha256Hex', () => {
  it('matches the known vectors', () => {
    expect(sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('matches Node for every length up to three blocks and for a megabyte', () => {
    const bytes = new Uint8Array(1 << 20);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    for (let n = 0; n <= 200; n++)
      expect(sha256Hex(bytes.subarray(0, n)), `length ${n}`).toBe(nodeSha(bytes.subarray(0, n)));
    expect(sha256Hex(bytes)).toBe(nodeSha(bytes));
  });
});
