/** A small seeded generator (mulberry32), so generated data and simulated record keys are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Record keys as the databases make them: 32 random bits each. */
export const recordKeys = (random: () => number, count: number): number[] =>
  Array.from({ length: count }, () => Math.floor(random() * 2 ** 32));
