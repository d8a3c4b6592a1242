/**
 * How many CVSS vectors per second @integrates/severity validates and scores, per version.
 * Run: npx nx run tools:bench-severity   (SEVERITY_BENCH_ROUNDS to change the work, default 50)
 * Each round scores the same fixed set of 2,000 generated vectors, so the run is bounded and repeatable.
 */
import { CVSS31_METRICS, CVSS40_METRICS, parseVector, score } from '@integrates/severity';

type MetricTable = Readonly<Record<string, { readonly group: string; readonly values: readonly string[] }>>;

const VECTORS_PER_VERSION = 2000;
const ROUNDS = Number(process.env['SEVERITY_BENCH_ROUNDS'] ?? 50);

/** A small deterministic generator, so every run measures the same vectors. */
const lcg = (seed: number) => {
  let state = seed >>> 0;
  return (bound: number): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % bound;
  };
};

const generate = (prefix: string, table: MetricTable, seed: number): readonly string[] => {
  const next = lcg(seed);
  return Array.from({ length: VECTORS_PER_VERSION }, () => {
    const parts = Object.entries(table).flatMap(([metric, { group, values }]) =>
      group === 'base' || next(3) === 0 ? [`${metric}:${values[next(values.length)]}`] : [],
    );
    return `${prefix}/${parts.join('/')}`;
  });
};

const measure = (label: string, work: () => void, vectorsPerRound: number): void => {
  work(); // warm-up round: let the JIT compile before timing
  const started = process.hrtime.bigint();
  for (let round = 0; round < ROUNDS; round += 1) {
    work();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const perSecond = Math.round((ROUNDS * vectorsPerRound) / seconds);
  console.log(`${label.padEnd(34)} ${perSecond.toLocaleString('en-US').padStart(12)} vectors/s  (${ROUNDS * vectorsPerRound} in ${seconds.toFixed(2)} s)`);
};

const main = (): void => {
  if (!Number.isInteger(ROUNDS) || ROUNDS < 1) {
    throw new Error(`SEVERITY_BENCH_ROUNDS must be a positive integer, got ${process.env['SEVERITY_BENCH_ROUNDS']}`);
  }
  console.log(`node ${process.version}, ${VECTORS_PER_VERSION} vectors per version, ${ROUNDS} rounds`);
  for (const [version, prefix, table, seed] of [
    ['3.1', 'CVSS:3.1', CVSS31_METRICS, 31],
    ['4.0', 'CVSS:4.0', CVSS40_METRICS, 40],
  ] as const) {
    const vectors = generate(prefix, table, seed);
    const parsed = vectors.map(parseVector);
    let checksum = 0;
    measure(`CVSS ${version} parse + score`, () => {
      for (const vector of vectors) {
        checksum += score(vector).severityScore;
      }
    }, vectors.length);
    measure(`CVSS ${version} score (already parsed)`, () => {
      for (const vector of parsed) {
        checksum += score(vector).severityScore;
      }
    }, vectors.length);
    // Printing the sum keeps the work observable, so no engine can skip it.
    console.log(`  checksum ${checksum.toFixed(1)}`);
  }
};

main();
