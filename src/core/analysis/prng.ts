/** Seeded pseudo-random numbers for reproducible simulations (the same seed gives the same runs everywhere). */

/** mulberry32: a 32-bit-state generator, uniform in [0, 1); fast and good enough for Monte Carlo sampling. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from a number or a text (FNV-1a), so `--seed 42` and `--seed abc` both work. */
export function seedFrom(value: number | string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.trunc(value) >>> 0;
  const text = String(value);
  if (/^-?\d+$/.test(text.trim())) return Number(text.trim()) >>> 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Inverse CDF of the triangular distribution (min a, mode c, max b) at u ∈ [0, 1). */
export function triangular(u: number, a: number, c: number, b: number): number {
  if (b <= a) return c;
  const fc = (c - a) / (b - a);
  return u < fc ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
}

/** Mean of the triangular distribution: (a + c + b) / 3. */
export function triangularMean(a: number, c: number, b: number): number {
  return (a + c + b) / 3;
}

/** The branch a uniform draw `u` in [0, 1) takes among branches with these shares (the last if they sum below u). */
export function pickByShare(shares: readonly number[], u: number): number {
  let acc = 0;
  for (let i = 0; i < shares.length; i++) {
    acc += shares[i] as number;
    if (u < acc) return i;
  }
  return shares.length - 1;
}
