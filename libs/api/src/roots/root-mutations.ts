import {
  activateRoot,
  addGitRoot,
  addIpRoot,
  addUrlRoot,
  deactivateRoot,
  updateGitRoot,
  type GitRootInput,
  type RootDeactivationReason,
} from '@integrates/domain';
import { builder } from '../builder/builder';
import { guarded, INHERITED } from '../builder/authz';
import { SimplePayloadType, SUCCESS } from '../common/simple-payload';
import { byGroupName } from '../group/group-target';
import { RootDeactivationReasonEnum } from './root-types';

const AddRootPayloadType = builder.objectRef<{ readonly success: boolean; readonly rootId: string }>('AddRootPayload').implement({
  extensions: INHERITED,
  fields: (t) => ({
    success: t.exposeBoolean('success'),
    rootId: t.exposeID('rootId'),
  }),
});

const ADD = { level: 'group', action: 'group.roots.add' } as const;

/** GraphQL gives null for an omitted optional argument; the domain takes undefined. */
type GitRootArgs = Omit<GitRootInput, 'nickname' | 'useVpn'> & { readonly nickname?: string | null; readonly useVpn?: boolean | null };

const gitRootInput = (args: GitRootArgs) => ({ ...args, nickname: args.nickname ?? undefined, useVpn: args.useVpn ?? undefined });

builder.mutationField('addGitRoot', (t) =>
  t.field({
    type: AddRootPayloadType,
    description: 'Adds a git repository (https, http or ssh URL, and a branch) to the group\'s scope.',
    args: {
      branch: t.arg.string({ required: true }),
      environment: t.arg.string({ required: true, description: 'What it is: production, QA ...' }),
      gitignore: t.arg.stringList({ required: true, description: 'Paths to exclude, relative to the repository.' }),
      groupName: t.arg.string({ required: true }),
      includesHealthCheck: t.arg.boolean({ required: true, description: 'Test the existing code too (needs Squad).' }),
      nickname: t.arg.string({ description: 'Unique in the group; the repository\'s name when omitted.' }),
      url: t.arg.string({ required: true }),
      useVpn: t.arg.boolean(),
    },
    ...guarded(
      ADD,
      async (_root, args: GitRootArgs, context) => ({ success: true, rootId: await addGitRoot(context, gitRootInput(args)) }),
      byGroupName,
    ),
  }),
);

builder.mutationField('updateGitRoot', (t) =>
  t.field({
    type: SimplePayloadType,
    description: 'Changes an active git root; its URL cannot change once vulnerabilities were reported on it.',
    args: {
      branch: t.arg.string({ required: true }),
      environment: t.arg.string({ required: true }),
      gitignore: t.arg.stringList({ required: true }),
      groupName: t.arg.string({ required: true }),
      id: t.arg.id({ required: true }),
      includesHealthCheck: t.arg.boolean({ required: true }),
      nickname: t.arg.string(),
      url: t.arg.string({ required: true }),
      useVpn: t.arg.boolean(),
    },
    ...guarded(
      { level: 'group', action: 'group.roots.update' },
      async (_root, args: GitRootArgs & { readonly id: string | number }, context) => {
        await updateGitRoot(context, { ...gitRootInput(args), id: String(args.id) });
        return SUCCESS;
      },
      byGroupName,
    ),
  }),
);

builder.mutationField('addIpRoot', (t) =>
  t.field({
    type: AddRootPayloadType,
    description: 'Adds an IP address (v4 or v6) to the group\'s scope.',
    args: {
      address: t.arg.string({ required: true }),
      groupName: t.arg.string({ required: true }),
      nickname: t.arg.string({ required: true }),
    },
    ...guarded(
      ADD,
      async (_root, args: { groupName: string; address: string; nickname: string }, context) => ({ success: true, rootId: await addIpRoot(context, args) }),
      byGroupName,
    ),
  }),
);

builder.mutationField('addUrlRoot', (t) =>
  t.field({
    type: AddRootPayloadType,
    description: 'Adds a web address (http or https) to the group\'s scope.',
    args: {
      groupName: t.arg.string({ required: true }),
      nickname: t.arg.string({ required: true }),
      url: t.arg.string({ required: true }),
    },
    ...guarded(
      ADD,
      async (_root, args: { groupName: string; url: string; nickname: string }, context) => ({ success: true, rootId: await addUrlRoot(context, args) }),
      byGroupName,
    ),
  }),
);

builder.mutationField('activateRoot', (t) =>
  t.field({
    type: SimplePayloadType,
    description: 'Puts an inactive root back in scope, unless another active root covers the same location.',
    args: { groupName: t.arg.string({ required: true }), id: t.arg.id({ required: true }) },
    ...guarded(
      { level: 'group', action: 'group.roots.activate' },
      async (_root, args: { groupName: string; id: string | number }, context) => {
        await activateRoot(context, args.groupName, String(args.id));
        return SUCCESS;
      },
      byGroupName,
    ),
  }),
);

builder.mutationField('deactivateRoot', (t) =>
  t.field({
    type: SimplePayloadType,
    description: 'Takes a root out of scope; its open vulnerabilities are closed (SAFE, reason EXCLUSION).',
    args: {
      groupName: t.arg.string({ required: true }),
      id: t.arg.id({ required: true }),
      other: t.arg.string({ description: 'The reason in words, when the reason is OTHER.' }),
      reason: t.arg({ type: RootDeactivationReasonEnum, required: true }),
    },
    ...guarded(
      { level: 'group', action: 'group.roots.deactivate' },
      async (_root, args: { groupName: string; id: string | number; reason: RootDeactivationReason; other?: string | null }, context) => {
        await deactivateRoot(context, { groupName: args.groupName, id: String(args.id), reason: args.reason, other: args.other ?? undefined });
        return SUCCESS;
      },
      byGroupName,
    ),
  }),
);
