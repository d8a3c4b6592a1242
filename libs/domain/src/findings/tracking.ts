import { isZeroRisk, type Finding, type Vulnerability, type VulnerabilityState, type VulnerabilityTreatment } from '@integrates/db-model';
import { collect } from '@integrates/multitasking';
import type { DomainContext } from '../context/context';

/** One day of the finding's timeline: how many vulnerabilities were open and closed at its end. */
export interface TrackingEntry {
  readonly cycle: number;
  readonly date: string;
  readonly open: number;
  readonly closed: number;
  /** Treatments changed that day to temporary or permanent acceptance. */
  readonly accepted: number;
  readonly acceptedUndefined: number;
  readonly inProgress: number;
}

interface Histories {
  readonly states: readonly VulnerabilityState[];
  readonly treatments: readonly VulnerabilityTreatment[];
}

const day = (date: string): string => date.slice(0, 10);
type Status = 'open' | 'closed' | 'none';
const statusOf = (state: VulnerabilityState): Status => (state.status === 'VULNERABLE' ? 'open' : state.status === 'SAFE' ? 'closed' : 'none');

const countBy = <T>(items: readonly T[], key: (item: T) => string): ReadonlyMap<string, readonly T[]> =>
  items.reduce((groups, item) => groups.set(key(item), [...(groups.get(key(item)) ?? []), item]), new Map<string, T[]>());

/**
 * The timeline from the vulnerabilities' histories (pure): one entry per day on which the number of
 * open or closed vulnerabilities changed, or a treatment was set; counts are those at the end of the day.
 */
export const buildTracking = (histories: readonly Histories[]): readonly TrackingEntry[] => {
  const moves = histories
    .flatMap(({ states }) =>
      states.map((state, index) => ({
        date: day(state.modifiedDate),
        from: index === 0 ? 'none' : statusOf(states[index - 1] as VulnerabilityState),
        to: statusOf(state),
      })),
    )
    .filter((move) => move.from !== move.to);
  const treatments = histories.flatMap(({ treatments: entries }) =>
    entries.filter((entry) => entry.status !== 'UNTREATED').map((entry) => ({ date: day(entry.modifiedDate), status: entry.status })),
  );
  const movesByDay = countBy(moves, (move) => move.date);
  const treatmentsByDay = countBy(treatments, (entry) => entry.date);
  const days = [...new Set([...movesByDay.keys(), ...treatmentsByDay.keys()])].sort();
  let open = 0;
  let closed = 0;
  return days.map((date, cycle) => {
    for (const move of movesByDay.get(date) ?? []) {
      open += (move.to === 'open' ? 1 : 0) - (move.from === 'open' ? 1 : 0);
      closed += (move.to === 'closed' ? 1 : 0) - (move.from === 'closed' ? 1 : 0);
    }
    const ofDay = treatmentsByDay.get(date) ?? [];
    const count = (status: string) => ofDay.filter((entry) => entry.status === status).length;
    return { cycle, date, open, closed, accepted: count('ACCEPTED'), acceptedUndefined: count('ACCEPTED_UNDEFINED'), inProgress: count('IN_PROGRESS') };
  });
};

/** The finding's timeline, from the state and treatment histories of its released, non-zero-risk vulnerabilities. */
export const findingTracking = async (context: DomainContext, finding: Finding): Promise<readonly TrackingEntry[]> => {
  const vulnerabilities = (await context.loaders.findingVulnerabilitiesAll.load(finding.id)).filter(
    (vulnerability: Vulnerability) => !isZeroRisk(vulnerability) && vulnerability.state.status !== 'SUBMITTED' && vulnerability.state.status !== 'REJECTED',
  );
  const histories = await collect(
    vulnerabilities.map((vulnerability) => async (): Promise<Histories> => {
      const [states, treatments] = await Promise.all([
        context.loaders.vulnerabilityHistoricState.load(vulnerability),
        context.loaders.vulnerabilityHistoricTreatment.load(vulnerability),
      ]);
      return { states, treatments };
    }),
    { workers: 16 },
  );
  return buildTracking(histories);
};
