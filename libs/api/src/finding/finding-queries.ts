import { groupFindings, groupIndicators, viewFinding, type GroupIndicators } from '@integrates/domain';
import type { Group, Vulnerability } from '@integrates/db-model';
import { builder } from '../builder/builder';
import { guarded } from '../builder/authz';
import type { GraphQLContext } from '../builder/context';
import { GroupType } from '../group/group-type';
import { byFindingId, ownGroup, theGroup } from '../vulnerability/targets';
import { VulnerabilityType } from '../vulnerability/vulnerability-type';
import { FindingType } from './finding-type';
import { TreatmentSummaryType } from './summaries';

builder.queryField('finding', (t) =>
  t.field({
    type: FindingType,
    description: 'A finding by id. A missing or removed one, or a draft for who may not see drafts, answers "Access denied".',
    args: { identifier: t.arg.string({ required: true }) },
    ...guarded(
      { level: 'group', action: 'group.findings.read' },
      (_root, args: { identifier: string }, context) => viewFinding(context, args.identifier.trim()),
      (root, args: { identifier: string }, context) => byFindingId(root, { findingId: args.identifier }, context),
    ),
  }),
);

builder.objectField(VulnerabilityType, 'finding', (t) =>
  t.field({
    type: FindingType,
    ...guarded({ level: 'group', action: 'group.findings.read' }, (vulnerability: Vulnerability, _args, context) => viewFinding(context, vulnerability.findingId), ownGroup),
  }),
);

const READ_FINDINGS = { level: 'group', action: 'group.findings.read' } as const;
const READ_INDICATORS = { level: 'group', action: 'group.indicators.read' } as const;

builder.objectField(GroupType, 'findings', (t) =>
  t.field({
    type: [FindingType],
    description: 'The group\'s findings (drafts only for who may see them).',
    ...guarded(READ_FINDINGS, (group: Group, _args, context) => groupFindings(context, group.name), theGroup),
  }),
);

/** One computation per group and request, however many indicator fields the query selects. */
const computed = new WeakMap<object, Map<string, Promise<GroupIndicators>>>();
const indicatorsOf = (group: Group, context: GraphQLContext): Promise<GroupIndicators> => {
  const perRequest = computed.get(context.loaders) ?? new Map<string, Promise<GroupIndicators>>();
  computed.set(context.loaders, perRequest);
  const cached = perRequest.get(group.name) ?? groupIndicators(context, group.name);
  perRequest.set(group.name, cached);
  return cached;
};

const numberField = (key: 'openVulnerabilities' | 'closedVulnerabilities' | 'openFindings' | 'meanRemediate' | 'meanRemediateCriticalSeverity' | 'meanRemediateHighSeverity' | 'meanRemediateMediumSeverity' | 'meanRemediateLowSeverity', description: string) =>
  builder.objectField(GroupType, key, (t) =>
    t.int({ description, ...guarded(READ_INDICATORS, async (group: Group, _args, context) => (await indicatorsOf(group, context))[key], theGroup) }),
  );

numberField('openVulnerabilities', 'Open vulnerabilities (released, zero risk aside).');
numberField('closedVulnerabilities', 'Closed vulnerabilities (released, zero risk aside).');
numberField('openFindings', 'Findings with at least one open vulnerability.');
numberField('meanRemediate', 'Mean days from report to closing (open ones counted until today), rounded up.');
numberField('meanRemediateCriticalSeverity', 'meanRemediate over vulnerabilities of severity 9.0 to 10.0.');
numberField('meanRemediateHighSeverity', 'meanRemediate over vulnerabilities of severity 7.0 to 8.9.');
numberField('meanRemediateMediumSeverity', 'meanRemediate over vulnerabilities of severity 4.0 to 6.9.');
numberField('meanRemediateLowSeverity', 'meanRemediate over vulnerabilities of severity 0.1 to 3.9.');

builder.objectFields(GroupType, (t) => ({
  maxOpenSeverity: t.float({
    description: 'The highest severity among open vulnerabilities (0 when none is open).',
    ...guarded(READ_INDICATORS, async (group: Group, _args, context) => (await indicatorsOf(group, context)).maxOpenSeverity, theGroup),
  }),
  maxOpenSeverityFinding: t.field({
    type: FindingType,
    nullable: true,
    ...guarded(
      READ_INDICATORS,
      async (group: Group, _args, context) => {
        const id = (await indicatorsOf(group, context)).maxOpenSeverityFindingId;
        return id ? ((await context.loaders.finding.load(id)) ?? null) : null;
      },
      theGroup,
    ),
  }),
  lastClosedVulnerability: t.int({
    nullable: true,
    description: 'Days since a vulnerability was last closed (null when none ever was).',
    ...guarded(READ_INDICATORS, async (group: Group, _args, context) => (await indicatorsOf(group, context)).lastClosedVulnerabilityDays ?? null, theGroup),
  }),
  lastClosedVulnerabilityFinding: t.field({
    type: FindingType,
    nullable: true,
    ...guarded(
      READ_INDICATORS,
      async (group: Group, _args, context) => {
        const id = (await indicatorsOf(group, context)).lastClosedVulnerabilityFindingId;
        return id ? ((await context.loaders.finding.load(id)) ?? null) : null;
      },
      theGroup,
    ),
  }),
  treatmentSummary: t.field({
    type: TreatmentSummaryType,
    description: 'Open vulnerabilities by treatment.',
    ...guarded(READ_INDICATORS, async (group: Group, _args, context) => (await indicatorsOf(group, context)).treatmentSummary, theGroup),
  }),
}));
