// @vitest-environment node
// Pseudonyms at organisation scale (20,000 member keys): the signatures run a chunk at a time, against the one
// HMAC after another they replaced. Prints both times; asserts only that the pseudonyms are the same and each
// key has its own (machines vary too much for a time limit).
import { describe, expect, test } from 'vitest';
import { pseudonymsFor, pseudonymsFromDigests } from './pseudonymise';

const KEYS = Array.from({ length: 20_000 }, (_, i) => `i:t${String(i).padStart(6, '0')}`);
const SECRET = 'a long secret';

/** The former way: one sign awaited after another. */
async function oneAfterAnother(keys: readonly string[]): Promise<Map<string, string>> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(SECRET),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const digests = new Map<string, string>();
  for (const k of keys) {
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(k)));
    digests.set(k, Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join(''));
  }
  return pseudonymsFromDigests(digests);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

describe('pseudonyms at scale', () => {
  test('20,000 member keys: batched, the same pseudonyms as one after another', async () => {
    const before: number[] = [];
    const after: number[] = [];
    let expected = new Map<string, string>();
    let result: Awaited<ReturnType<typeof pseudonymsFor>> | null = null;
    for (let run = 0; run < 3; run++) {
      let t = performance.now();
      expected = await oneAfterAnother(KEYS);
      before.push(performance.now() - t);
      t = performance.now();
      result = await pseudonymsFor(crypto.subtle, SECRET, KEYS);
      after.push(performance.now() - t);
    }
    console.log(
      `pseudonyms for 20,000 keys: one after another median ${median(before).toFixed(0)} ms ` +
        `(${before.map((t) => t.toFixed(0)).join(', ')}), batched median ${median(after).toFixed(0)} ms ` +
        `(${after.map((t) => t.toFixed(0)).join(', ')})`,
    );
    if (!result?.ok) throw new Error('refused');
    expect(result.pseudonyms).toEqual(expected);
    expect(new Set(result.pseudonyms.values()).size).toBe(KEYS.length);
  });
});
