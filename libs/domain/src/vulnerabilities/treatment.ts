import { isReleased, type TreatmentStatus, type Vulnerability, type VulnerabilityTreatment } from '@integrates/db-model';
import { AccessDeniedError } from '@integrates/errors';
import { audit } from '@integrates/logging';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { validJustification } from '../findings/fields';
import { effectiveSeverity, severityScoreOf } from '../findings/severity';
import { loadActiveFinding } from '../findings/visibility';
import { withIndicators } from '../indicators/vulnerability-indicators';
import { acceptancePolicies, type AcceptancePolicies } from './acceptance-policies';
import { validAssignee } from './assignee';
import { applySingle, refreshIndicatorsAfter, stamp } from './bulk';
import {
  InvalidAcceptanceDateError,
  AcceptanceDaysOutOfPolicyError,
  AcceptanceSeverityOutOfPolicyError,
  AcceptancesExceededError,
  SameTreatmentValuesError,
  VulnerabilityAlreadyClosedError,
  VulnerabilityNotReleasedError,
} from './errors';

export const TREATMENTS_TO_SET = ['IN_PROGRESS', 'ACCEPTED', 'ACCEPTED_UNDEFINED'] as const;
export type TreatmentToSet = (typeof TREATMENTS_TO_SET)[number];

const DAY_MS = 86_400_000;

export interface TreatmentInput {
  readonly treatment: TreatmentToSet;
  readonly justification: string;
  readonly assigned?: string | null;
  /** ACCEPTED only: until when, `YYYY-MM-DD` (at the current time of day) or an ISO date-time; stored as UTC. */
  readonly acceptanceDate?: string | null;
}

/** The end of a temporary acceptance: a date gets the current time of day, as in the original. */
export const acceptedUntil = (acceptanceDate: string | null | undefined, now: number): string => {
  if (!acceptanceDate) throw new InvalidAcceptanceDateError();
  const value = acceptanceDate.trim();
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const parsed = dateOnly ? Date.parse(`${value}T${new Date(now).toISOString().slice(11)}`) : Date.parse(value);
  if (Number.isNaN(parsed) || !(dateOnly || /^\d{4}-\d{2}-\d{2}T/.test(value))) throw new InvalidAcceptanceDateError({ acceptanceDate });
  return new Date(parsed).toISOString();
};

/** The released, open vulnerability whose treatment may change. */
export const requireOpenReleased = (vulnerability: Vulnerability): void => {
  if (vulnerability.state.status === 'SAFE') throw new VulnerabilityAlreadyClosedError({ id: vulnerability.id });
  if (!isReleased(vulnerability.state.status)) throw new VulnerabilityNotReleasedError({ id: vulnerability.id });
};

const checkAcceptance = (
  treatment: TreatmentStatus,
  until: string | undefined,
  score: number,
  pastAcceptances: number,
  policies: AcceptancePolicies,
  now: number,
): void => {
  if (treatment === 'ACCEPTED' && until !== undefined) {
    const days = (Date.parse(until) - now) / DAY_MS;
    if (days <= 0 || (policies.maxAcceptanceDays !== undefined && days > policies.maxAcceptanceDays)) throw new AcceptanceDaysOutOfPolicyError();
  }
  if (treatment === 'ACCEPTED' || treatment === 'ACCEPTED_UNDEFINED') {
    if (score < policies.minAcceptanceSeverity || score > policies.maxAcceptanceSeverity) throw new AcceptanceSeverityOutOfPolicyError();
  }
  if (treatment === 'ACCEPTED' && policies.maxNumberAcceptances !== undefined && pastAcceptances + 1 > policies.maxNumberAcceptances) {
    throw new AcceptancesExceededError();
  }
};

/** Distinct temporary acceptances in a treatment history (consecutive entries of one acceptance count once). */
export const countAcceptances = (history: readonly VulnerabilityTreatment[]): number =>
  history.filter((entry, index) => entry.status === 'ACCEPTED' && history[index - 1]?.status !== 'ACCEPTED').length;

/**
 * Changes one vulnerability's treatment with the original's checks: released and not SAFE, not the same
 * values again, the assignee by role, and for acceptances the group's (else the organization's)
 * policies: days ahead, severity range, number of temporary acceptances. ACCEPTED_UNDEFINED waits for
 * approval (acceptance SUBMITTED).
 */
export const updateVulnerabilitiesTreatment = async (
  context: DomainContext,
  findingId: string,
  vulnerabilityId: string,
  input: TreatmentInput,
  now: number = Date.now(),
): Promise<Vulnerability> => {
  const viewer = requireViewer(context);
  const finding = await loadActiveFinding(context, findingId);
  const group = await context.loaders.group.load(finding.groupName);
  if (!group) throw new AccessDeniedError({ findingId });
  const justification = validJustification(input.justification);
  const until = input.treatment === 'ACCEPTED' ? acceptedUntil(input.acceptanceDate, now) : undefined;
  const [assigned, policies] = await Promise.all([validAssignee(context, group.name, input.assigned), acceptancePolicies(context, group)]);

  const updated = await applySingle(context, finding, vulnerabilityId, async (vulnerability) => {
    requireOpenReleased(vulnerability);
    const current = vulnerability.treatment;
    if (
      current?.status === input.treatment &&
      current.justification === justification &&
      current.assigned === assigned &&
      current.acceptedUntil === until
    ) {
      throw new SameTreatmentValuesError({ id: vulnerability.id });
    }
    const history = input.treatment === 'ACCEPTED' ? await context.loaders.vulnerabilityHistoricTreatment.load(vulnerability) : [];
    checkAcceptance(input.treatment, until, severityScoreOf(effectiveSeverity(vulnerability, finding)), countAcceptances(history), policies, now);
    const treatment: VulnerabilityTreatment = {
      status: input.treatment,
      justification,
      assigned,
      ...(until ? { acceptedUntil: until } : {}),
      ...(input.treatment === 'ACCEPTED_UNDEFINED' ? { acceptanceStatus: 'SUBMITTED' as const } : {}),
      ...stamp(viewer.email, current, now),
    };
    return {
      changes: { treatment },
      indicators: withIndicators(vulnerability, (indicators) => ({ treatmentChanges: indicators.treatmentChanges + 1 })),
    };
  });
  context.loaders.vulnerabilityHistoricTreatment.clear(updated);
  context.loaders.assignedVulnerabilities.clearAll();
  await refreshIndicatorsAfter(context, finding, [updated]);
  audit({
    action: 'vulnerability.treatment.update',
    object: `VULN#${updated.id}`,
    outcome: 'allowed',
    details: { findingId: finding.id, treatment: input.treatment, assigned, ...(until ? { acceptedUntil: until } : {}) },
  });
  return updated;
};
