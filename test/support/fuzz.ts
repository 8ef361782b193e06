/**
 * Run settings for property tests. `npm test` runs a bounded sample with a fixed seed, so a CI run
 * is repeatable; `npm run fuzz` sets FUZZ_RUNS for a long run from a fresh random seed (fast-check
 * prints the seed and path of any failure). FUZZ_SEED replays one seed.
 */
export function fuzzParams(defaultRuns: number): { numRuns: number; seed?: number; endOnFailure: true } {
  const runs = Number(process.env.FUZZ_RUNS) || defaultRuns;
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? undefined : 20261125;
  return seed === undefined ? { numRuns: runs, endOnFailure: true } : { numRuns: runs, seed, endOnFailure: true };
}
