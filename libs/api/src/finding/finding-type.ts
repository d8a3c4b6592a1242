import {
  findingIndicators,
  findingTracking,
  findingVulnerabilities,
  findingZeroRiskVulnerabilities,
  requirementById,
  type Requirement,
  type VulnerabilityListFilters,
} from '@integrates/domain';
import type { Finding, ZeroRiskStatus } from '@integrates/db-model';
import { builder } from '../builder/builder';
import { guarded, INHERITED } from '../builder/authz';
import { pageOf, VulnerabilitiesConnectionType, type PageArgs } from '../vulnerability/connection';
import { ownGroup } from '../vulnerability/targets';
import { TreatmentStatusEnum, VerificationStatusEnum, VulnerabilityStateEnum, ZeroRiskStatusEnum } from '../vulnerability/vulnerability-enums';
import { SeverityType, severityV3, severityV4 } from './severity-type';
import { TrackingType, TreatmentSummaryType, VerificationSummaryType } from './summaries';

const DAY_MS = 86_400_000;

export const FindingStatusEnum = builder.enumType('FindingStatus', {
  description: 'DRAFT: nothing released yet (zero risk aside); VULNERABLE: something open; SAFE: everything closed.',
  values: ['DRAFT', 'VULNERABLE', 'SAFE'] as const,
});

const RequirementType = builder.objectRef<Requirement>('Requirement').implement({
  description: 'A security requirement of the catalogue.',
  extensions: INHERITED,
  fields: (t) => ({ id: t.exposeString('id'), title: t.exposeString('title') }),
});

const indicator = <K extends keyof Awaited<ReturnType<typeof findingIndicators>>>(key: K) =>
  async (finding: Finding, _args: unknown, context: Parameters<typeof findingIndicators>[0]) => (await findingIndicators(context, finding))[key];

const SEE_DRAFTS = { level: 'group', action: 'group.finding.see_drafts' } as const;
const READ_VULNERABILITIES = { level: 'group', action: 'group.vulnerabilities.read' } as const;

type ConnectionArgs = PageArgs & {
  readonly state?: VulnerabilityListFilters['state'];
  readonly treatment?: VulnerabilityListFilters['treatment'];
  readonly verification?: VulnerabilityListFilters['verification'];
  readonly zeroRisk?: boolean | null;
  readonly where?: string | null;
};

export const FindingType = builder.objectRef<Finding>('Finding').implement({
  description: 'A type of weakness found in a group, with the locations (vulnerabilities) where it was found.',
  extensions: INHERITED,
  fields: (t) => ({
    id: t.exposeID('id'),
    groupName: t.exposeString('groupName'),
    title: t.exposeString('title', { description: '`NNN. Title` of the weakness catalogue.' }),
    description: t.exposeString('description'),
    threat: t.exposeString('threat'),
    recommendation: t.exposeString('recommendation'),
    attackVectorDescription: t.exposeString('attackVectorDescription'),
    unfulfilledRequirements: t.field({
      type: [RequirementType],
      resolve: (finding) => finding.unfulfilledRequirements.map((id) => requirementById(id) ?? { id, title: id }),
    }),
    minTimeToRemediate: t.int({ nullable: true, description: 'Minutes a fix is expected to take.', resolve: (finding) => finding.minTimeToRemediate ?? null }),
    hacker: t.string({ ...guarded({ level: 'group', action: 'group.hacker.read' }, (finding: Finding) => finding.hackerEmail, ownGroup) }),
    severity: t.field({ type: SeverityType, description: 'CVSS 3.1.', resolve: (finding) => severityV3(finding.severityScore) }),
    severityV4: t.field({ type: SeverityType, nullable: true, description: 'CVSS 4.0, when given.', resolve: (finding) => severityV4(finding.severityScore) }),
    severityScore: t.float({ description: 'The CVSS 3.1 temporal score.', resolve: (finding) => finding.severityScore.temporalScore }),
    severityVector: t.string({ resolve: (finding) => finding.severityScore.cvssV3 }),
    cvssVersion: t.string({ resolve: () => '3.1' }),
    currentState: t.string({ description: 'CREATED (DELETED and MASKED findings are not shown).', resolve: (finding) => finding.state.status }),
    releaseDate: t.string({ nullable: true, description: 'When its first vulnerability was released.', resolve: async (f, a, c) => (await indicator('oldestReportDate')(f, a, c)) ?? null }),
    status: t.field({ type: FindingStatusEnum, resolve: indicator('status') }),
    openVulnerabilities: t.int({ resolve: indicator('openVulnerabilities') }),
    closedVulnerabilities: t.int({ resolve: indicator('closedVulnerabilities') }),
    submittedVulnerabilities: t.int({ ...guarded(SEE_DRAFTS, indicator('submittedVulnerabilities'), ownGroup) }),
    rejectedVulnerabilities: t.int({ ...guarded(SEE_DRAFTS, indicator('rejectedVulnerabilities'), ownGroup) }),
    maxOpenSeverityScore: t.float({ resolve: indicator('maxOpenSeverityScore') }),
    totalOpenCVSSF: t.float({ resolve: indicator('totalOpenCvssf') }),
    treatmentSummary: t.field({ type: TreatmentSummaryType, resolve: indicator('treatmentSummary') }),
    verificationSummary: t.field({ type: VerificationSummaryType, resolve: indicator('verificationSummary') }),
    where: t.string({ description: 'Locations of open vulnerabilities (the first 20, then how many more).', resolve: indicator('where') }),
    reportDate: t.string({ nullable: true, description: 'When the oldest released vulnerability was reported.', resolve: async (f, a, c) => (await indicator('oldestReportDate')(f, a, c)) ?? null }),
    lastVulnerabilityDate: t.string({ nullable: true, description: 'When the newest one was.', resolve: async (f, a, c) => (await indicator('newestReportDate')(f, a, c)) ?? null }),
    lastVulnerability: t.int({
      nullable: true,
      description: 'Days since the newest released vulnerability was reported.',
      resolve: async (f, a, c) => {
        const newest = await indicator('newestReportDate')(f, a, c);
        return newest ? Math.max(0, Math.floor((Date.now() - Date.parse(newest)) / DAY_MS)) : null;
      },
    }),
    lastClosingDate: t.string({ nullable: true, resolve: async (f, a, c) => (await indicator('lastClosingDate')(f, a, c)) ?? null }),
    vulnerabilitiesConnection: t.field({
      type: VulnerabilitiesConnectionType,
      description: 'The finding\'s vulnerabilities, filtered and paged (first: 1 to 1000, 100 by default). zeroRisk: true lists only zero-risk ones.',
      args: {
        state: t.arg({ type: VulnerabilityStateEnum, required: false }),
        treatment: t.arg({ type: TreatmentStatusEnum, required: false }),
        verification: t.arg({ type: VerificationStatusEnum, required: false }),
        zeroRisk: t.arg.boolean({ required: false }),
        where: t.arg.string({ required: false }),
        first: t.arg.int({ required: false }),
        after: t.arg.string({ required: false }),
      },
      ...guarded(
        READ_VULNERABILITIES,
        (finding: Finding, args: ConnectionArgs, context) =>
          findingVulnerabilities(
            context,
            finding,
            { state: args.state ?? null, treatment: args.treatment ?? null, verification: args.verification ?? null, zeroRisk: args.zeroRisk ?? null, where: args.where ?? null },
            pageOf(args),
          ),
        ownGroup,
      ),
    }),
    zeroRiskConnection: t.field({
      type: VulnerabilitiesConnectionType,
      description: 'Vulnerabilities with zero risk requested or confirmed (or only those in `state`), for review.',
      args: { state: t.arg({ type: ZeroRiskStatusEnum, required: false }), first: t.arg.int({ required: false }), after: t.arg.string({ required: false }) },
      ...guarded(
        { level: 'group', action: 'group.zero_risk.read' },
        (finding: Finding, args: PageArgs & { state?: ZeroRiskStatus | null }, context) =>
          findingZeroRiskVulnerabilities(context, finding, args.state, pageOf(args)),
        ownGroup,
      ),
    }),
    tracking: t.field({
      type: [TrackingType],
      description: 'The timeline built from the vulnerabilities\' state and treatment histories.',
      ...guarded({ level: 'group', action: 'group.vulnerabilities.history.read' }, (finding: Finding, _args, context) => findingTracking(context, finding), ownGroup),
    }),
  }),
});
