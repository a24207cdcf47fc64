/**
 * A small seeded pseudo-random generator (mulberry32: 32-bit state, period 2^32), so a random pick
 * can be repeated from its seed. Not for anything secret.
 */
import { invalidNumber } from '../errors';

/** A seed: a whole number from 0 to 2^32 − 1. #NUM! otherwise. */
export function checkSeed(seed: number): number {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw invalidNumber(`seed: expected a whole number from 0 to ${0xffffffff}, got ${seed}`);
  }
  return seed;
}

/** A new seed for a pick that has none yet (record it with the pick to repeat it). */
export function randomSeed(): number {
  return Math.floor(Math.random() * 0x100000000);
}

/** The generator: each call gives the next number in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = checkSeed(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x100000000;
  };
}

/** A shuffled copy (Fisher–Yates), drawing from `random`. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
