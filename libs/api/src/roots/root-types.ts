import { rootHistory, ROOT_DEACTIVATION_REASONS } from '@integrates/domain';
import type { Root, RootState } from '@integrates/db-model';
import { builder } from '../builder/builder';
import { INHERITED } from '../builder/authz';

export const ResourceStateEnum = builder.enumType('ResourceState', {
  description: 'Whether a root is in scope (ACTIVE) or not (INACTIVE).',
  values: ['ACTIVE', 'INACTIVE'] as const,
});

export const RootDeactivationReasonEnum = builder.enumType('RootDeactivationReason', {
  description: 'Why a root is taken out of scope.',
  values: ROOT_DEACTIVATION_REASONS,
});

export const UrlProtocolEnum = builder.enumType('URLProtocol', {
  values: ['HTTP', 'HTTPS'] as const,
});

export const RootStateChangeType = builder.objectRef<RootState>('RootStateChange').implement({
  description: 'A state of a root at one time.',
  extensions: INHERITED,
  fields: (t) => ({
    state: t.field({ type: ResourceStateEnum, resolve: (state) => state.status }),
    nickname: t.exposeString('nickname'),
    reason: t.string({ nullable: true, resolve: (state) => state.reason ?? null }),
    other: t.string({ nullable: true, resolve: (state) => state.other ?? null }),
    url: t.string({ nullable: true, resolve: (state) => state.url ?? null }),
    branch: t.string({ nullable: true, resolve: (state) => state.branch ?? null }),
    modifiedBy: t.exposeString('modifiedBy'),
    modifiedDate: t.exposeString('modifiedDate'),
  }),
});

export const RootInterface = builder.interfaceRef<Root>('Root').implement({
  description: 'What the security team tests in a group: a git repository, an IP address or a URL.',
  extensions: INHERITED,
  resolveType: (root) => (root.type === 'Git' ? 'GitRoot' : root.type === 'IP' ? 'IPRoot' : 'URLRoot'),
  fields: (t) => ({
    id: t.exposeID('id'),
    nickname: t.string({ description: 'Unique within the group.', resolve: (root) => root.state.nickname }),
    state: t.field({ type: ResourceStateEnum, resolve: (root) => root.state.status }),
    groupName: t.exposeString('groupName'),
    createdBy: t.exposeString('createdBy'),
    createdAt: t.exposeString('createdDate'),
    reason: t.string({ nullable: true, description: 'Why it was last deactivated.', resolve: (root) => root.state.reason ?? null }),
    other: t.string({ nullable: true, resolve: (root) => root.state.other ?? null }),
    historicState: t.field({
      type: [RootStateChangeType],
      description: 'The root\'s states over time, oldest first, ending with the current one.',
      resolve: (root, _args, context) => rootHistory(context, root),
    }),
  }),
});

export const GitRootType = builder.objectRef<Root>('GitRoot').implement({
  extensions: INHERITED,
  interfaces: [RootInterface],
  isTypeOf: (root) => (root as Root).type === 'Git',
  fields: (t) => ({
    url: t.string({ resolve: (root) => root.state.url ?? '' }),
    branch: t.string({ resolve: (root) => root.state.branch ?? '' }),
    environment: t.string({ resolve: (root) => root.state.environment ?? '' }),
    gitignore: t.stringList({ description: 'Paths excluded from testing.', resolve: (root) => root.state.gitignore ?? [] }),
    includesHealthCheck: t.boolean({ resolve: (root) => root.state.includesHealthCheck ?? false }),
    useVpn: t.boolean({ resolve: (root) => root.state.useVpn ?? false }),
  }),
});

export const IpRootType = builder.objectRef<Root>('IPRoot').implement({
  extensions: INHERITED,
  interfaces: [RootInterface],
  isTypeOf: (root) => (root as Root).type === 'IP',
  fields: (t) => ({
    address: t.string({ resolve: (root) => root.state.address ?? '' }),
  }),
});

export const UrlRootType = builder.objectRef<Root>('URLRoot').implement({
  extensions: INHERITED,
  interfaces: [RootInterface],
  isTypeOf: (root) => (root as Root).type === 'URL',
  fields: (t) => ({
    host: t.string({ resolve: (root) => root.state.host ?? '' }),
    path: t.string({ resolve: (root) => root.state.path ?? '/' }),
    port: t.int({ resolve: (root) => root.state.port ?? 0 }),
    protocol: t.field({ type: UrlProtocolEnum, resolve: (root) => (root.state.protocol === 'HTTP' ? 'HTTP' : 'HTTPS') }),
    query: t.string({ nullable: true, resolve: (root) => root.state.query ?? null }),
  }),
});
