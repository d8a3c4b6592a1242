import { parseArgs } from 'node:util';

export interface BenchOptions {
  readonly organizations: 1;
  readonly groups: number;
  readonly findings: number;
  readonly vulnerabilities: number;
  /** Concurrent connections of the load generator. */
  readonly connections: number;
  /** Seconds of load per operation. */
  readonly duration: number;
  /** Vulnerabilities imported into one finding through the API for the import-speed figure (0 skips it). */
  readonly importSize: number;
  /** Uploads of 1,000 vulnerabilities, one after the other (operation 6). */
  readonly uploads: number;
  /** Keep the engine's data on disk (in a temporary directory) instead of in memory. */
  readonly onDisk: boolean;
  /** Use the existing production build in dist/ instead of building it. */
  readonly skipBuild: boolean;
  /** Write V8 CPU profiles of the API process (one per run) into the run's output directory. */
  readonly cpuProf: boolean;
  /** Only these parts of the run (ids of SELECTABLE), for profiling one operation; undefined runs everything. */
  readonly only?: readonly string[];
}

/** What `--only` may name: the baselines, the API's `{ __typename }`, each operation, and the import. */
export const SELECTABLE = ['baselines', 'typename', 'me', 'group-overview', 'finding-vulnerabilities', 'group-vulnerabilities-deep', 'update-treatment', 'upload', 'import'] as const;

/** Whether the run includes `part` (everything when --only was not given). */
export const includes = (options: Pick<BenchOptions, 'only'>, part: string): boolean => options.only === undefined || options.only.includes(part);

const selection = (text: string | undefined): readonly string[] | undefined => {
  if (text === undefined) return undefined;
  const parts = text.split(',').map((part) => part.trim()).filter(Boolean);
  const unknown = parts.filter((part) => !(SELECTABLE as readonly string[]).includes(part));
  if (parts.length === 0 || unknown.length > 0) {
    throw new BenchOptionsError(`--only takes a comma-separated list of ${SELECTABLE.join(', ')} (got "${text}")`);
  }
  return parts;
};

/** Past these, a run would not finish in reasonable time on the kind of machine this targets. */
export const LIMITS = {
  vulnerabilities: 2_000_000,
  groups: 100,
  findings: 10_000,
  connections: 256,
  duration: 120,
  importSize: 100_000,
  uploads: 50,
} as const;

export const USAGE = `npx nx run tools:bench [--vulnerabilities N] [--groups N] [--findings N] [--connections 16] [--duration 10]
                     [--import 30000] [--uploads 5] [--on-disk] [--skip-build] [--cpu-prof] [--only PARTS]
  --vulnerabilities  vulnerabilities generated (default 50000; at least one per finding, at most ${LIMITS.vulnerabilities})
  --groups           groups of the organization (default 10)
  --findings         findings, spread over the groups (default 500)
  --connections      concurrent connections of the load generator (default 16)
  --duration         seconds of load per operation (default 10)
  --import           vulnerabilities imported into one finding through the API, end to end (default 30000; 0 skips)
  --uploads          uploads of 1,000 vulnerabilities for operation 6 (default 5)
  --on-disk          keep the engine's data on disk in a temporary directory (default for more than 200000 vulnerabilities)
  --skip-build       reuse dist/apps/integrates-api instead of building it
  --cpu-prof         write a CPU profile of the API process (node --cpu-prof) next to the results
  --only             run only these parts, comma-separated: ${SELECTABLE.join(', ')}`;

export class BenchOptionsError extends Error {
  constructor(message: string) {
    super(`${message}\n\n${USAGE}`);
    this.name = 'BenchOptionsError';
  }
}

const wholeNumber = (name: string, text: string | undefined, fallback: number, min: number, max: number): number => {
  if (text === undefined) return fallback;
  const value = Number(text.replace(/_/g, ''));
  if (!/^\d[\d_]*$/.test(text) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new BenchOptionsError(`--${name} must be a whole number from ${min} to ${max} (got "${text}")`);
  }
  return value;
};

export const parseBenchOptions = (argv: readonly string[]): BenchOptions => {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new BenchOptionsError((error as Error).message);
  }
  const { values } = parsed;
  const groups = wholeNumber('groups', values.groups, 10, 1, LIMITS.groups);
  const findings = wholeNumber('findings', values.findings, 500, groups, LIMITS.findings);
  const vulnerabilities = wholeNumber('vulnerabilities', values.vulnerabilities, 50_000, findings, LIMITS.vulnerabilities);
  return {
    organizations: 1,
    groups,
    findings,
    vulnerabilities,
    connections: wholeNumber('connections', values.connections, 16, 1, LIMITS.connections),
    duration: wholeNumber('duration', values.duration, 10, 1, LIMITS.duration),
    importSize: wholeNumber('import', values.import, 30_000, 0, LIMITS.importSize),
    uploads: wholeNumber('uploads', values.uploads, 5, 1, LIMITS.uploads),
    onDisk: values['on-disk'] === true || vulnerabilities > 200_000,
    skipBuild: values['skip-build'] === true,
    cpuProf: values['cpu-prof'] === true,
    ...(values.only === undefined ? {} : { only: selection(values.only) }),
  };
};

const parse = (argv: readonly string[]) =>
  parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      vulnerabilities: { type: 'string' },
      groups: { type: 'string' },
      findings: { type: 'string' },
      connections: { type: 'string' },
      duration: { type: 'string' },
      import: { type: 'string' },
      uploads: { type: 'string' },
      'on-disk': { type: 'boolean' },
      'skip-build': { type: 'boolean' },
      'cpu-prof': { type: 'boolean' },
      only: { type: 'string' },
    },
  });
