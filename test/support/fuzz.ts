/**
 * Run settings for property tests. `npm test` runs a bounded sample with a fixed seed, so a CI run
 * is repeatable; `npm run fuzz` sets FUZZ_RUNS for a long run from a fresh random seed (fast-check
 * prints the seed and path of any failure). FUZZ_SEED (with FUZZ_PATH) replays a failure.
 */
export function fuzzParams(defaultRuns: number): { numRuns: number; seed?: number; path?: string; endOnFailure: true } {
  const runs = Number(process.env.FUZZ_RUNS) || defaultRuns;
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? undefined : 20261125;
  const params: { numRuns: number; seed?: number; path?: string; endOnFailure: true } = { numRuns: runs, endOnFailure: true };
  if (seed !== undefined) params.seed = seed;
  if (process.env.FUZZ_PATH) params.path = process.env.FUZZ_PATH;
  return params;
}
