// Types for prng.mjs (plain JS, shared with bench/generate.mjs).
export function mulberry32(seed: number): () => number;
