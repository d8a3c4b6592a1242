import {
  addFinding,
  removeFinding,
  updateFindingDescription,
  updateFindingSeverity,
  FINDING_REMOVAL_JUSTIFICATIONS,
  type AddFindingInput,
  type FindingDescriptionInput,
} from '@integrates/domain';
import type { Finding } from '@integrates/db-model';
import { builder } from '../builder/builder';
import { guarded, INHERITED } from '../builder/authz';
import { SimplePayloadType, SUCCESS } from '../common/simple-payload';
import { byFindingId } from '../vulnerability/targets';
import { FindingType } from './finding-type';

const RemoveFindingJustificationEnum = builder.enumType('RemoveFindingJustification', {
  description: 'Why a finding is removed.',
  values: FINDING_REMOVAL_JUSTIFICATIONS,
});

const SimpleFindingPayloadType = builder.objectRef<{ readonly success: boolean; readonly finding: Finding }>('SimpleFindingPayload').implement({
  description: 'The outcome of a mutation on a finding, with the finding as it now is.',
  extensions: INHERITED,
  fields: (t) => ({ success: t.exposeBoolean('success'), finding: t.field({ type: FindingType, resolve: (payload) => payload.finding }) }),
});

const TEXTS = '1 to 5000 characters.';

builder.mutationField('addFinding', (t) =>
  t.field({
    type: SimpleFindingPayloadType,
    description:
      'Reports a finding: the title is `NNN. Title` of the weakness catalogue, the requirements a non-empty subset of the type\'s, the CVSS vectors valid and scoring above 0, and the group may report vulnerabilities and has no other finding of the type.',
    args: {
      groupName: t.arg.string({ required: true }),
      title: t.arg.string({ required: true }),
      description: t.arg.string({ required: true, description: TEXTS }),
      threat: t.arg.string({ required: true, description: TEXTS }),
      recommendation: t.arg.string({ required: true, description: TEXTS }),
      attackVectorDescription: t.arg.string({ required: true, description: TEXTS }),
      unfulfilledRequirements: t.arg.stringList({ required: true, description: 'Requirement ids of the weakness.' }),
      minTimeToRemediate: t.arg.int({ required: false, description: 'Minutes, 1 to 525600.' }),
      cvssVector: t.arg.string({ required: true, description: 'A CVSS 3.1 vector.' }),
      cvss4Vector: t.arg.string({ required: false, description: 'A CVSS 4.0 vector.' }),
    },
    ...guarded(
      { level: 'group', action: 'group.finding.add' },
      async (_root, args: AddFindingInput, context) => ({ success: true, finding: await addFinding(context, args) }),
      (_root, args: AddFindingInput) => ({ groupName: args.groupName.toLowerCase() }),
    ),
  }),
);

builder.mutationField('updateDescription', (t) =>
  t.field({
    type: SimpleFindingPayloadType,
    description: 'Changes a finding\'s texts, unfulfilled requirements and time to remediate.',
    args: {
      findingId: t.arg.string({ required: true }),
      description: t.arg.string({ required: true, description: TEXTS }),
      threat: t.arg.string({ required: true, description: TEXTS }),
      recommendation: t.arg.string({ required: true, description: TEXTS }),
      attackVectorDescription: t.arg.string({ required: true, description: TEXTS }),
      unfulfilledRequirements: t.arg.stringList({ required: true }),
      minTimeToRemediate: t.arg.int({ required: false }),
    },
    ...guarded(
      { level: 'group', action: 'group.finding.update_description' },
      async (_root, args: FindingDescriptionInput & { findingId: string }, context) => ({
        success: true,
        finding: await updateFindingDescription(context, args.findingId, args),
      }),
      byFindingId,
    ),
  }),
);

builder.mutationField('updateSeverity', (t) =>
  t.field({
    type: SimpleFindingPayloadType,
    description: 'Changes a finding\'s CVSS vectors; indicators follow the new score.',
    args: {
      findingId: t.arg.string({ required: true }),
      cvssVector: t.arg.string({ required: true, description: 'A CVSS 3.1 vector.' }),
      cvss4Vector: t.arg.string({ required: false, description: 'A CVSS 4.0 vector.' }),
    },
    ...guarded(
      { level: 'group', action: 'group.finding.update_severity' },
      async (_root, args: { findingId: string; cvssVector: string; cvss4Vector?: string | null }, context) => ({
        success: true,
        finding: await updateFindingSeverity(context, args.findingId, args.cvssVector, args.cvss4Vector),
      }),
      byFindingId,
    ),
  }),
);

builder.mutationField('removeFinding', (t) =>
  t.field({
    type: SimplePayloadType,
    description: 'Removes a finding and its vulnerabilities.',
    args: { findingId: t.arg.string({ required: true }), justification: t.arg({ type: RemoveFindingJustificationEnum, required: true }) },
    ...guarded(
      { level: 'group', action: 'group.finding.remove' },
      async (_root, args: { findingId: string; justification: string }, context) => {
        await removeFinding(context, args.findingId, args.justification);
        return SUCCESS;
      },
      byFindingId,
    ),
  }),
);
