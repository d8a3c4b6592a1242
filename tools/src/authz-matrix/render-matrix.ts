import {
  ACTIONS_BY_LEVEL,
  GRANT_REFUSALS,
  GRANTS_BY_LEVEL,
  GROUP_ROLE_TAGS,
  LEVELS,
  ROLES_BY_LEVEL,
  SERVICE_POLICIES,
  type ActionEntry,
  type Level,
} from '@integrates/authz';

/** Where the matrix lives, relative to the workspace root. */
export const MATRIX_PATH = 'docs/authz-matrix.md';

const LEVEL_TITLES: Readonly<Record<Level, string>> = {
  user: 'User level',
  organization: 'Organization level',
  group: 'Group level',
};

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (text: string): string => `\`${text}\``;
const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
const list = (items: readonly string[]): string => (items.length === 0 ? '—' : items.map(code).join(', '));

const actionTable = (level: Level): readonly string[] => {
  const roles: readonly string[] = ROLES_BY_LEVEL[level];
  const entries: readonly ActionEntry[] = ACTIONS_BY_LEVEL[level];
  const withRequires = level === 'group';
  const header = ['action', ...(withRequires ? ['requires'] : []), ...roles.map(code), 'description'];
  const align = ['---', ...(withRequires ? ['---'] : []), ...roles.map(() => ':-:'), '---'];
  const body = entries.map((entry) =>
    row([
      code(entry.id),
      ...(withRequires ? [list(entry.requires)] : []),
      ...roles.map((role) => ((entry.roles as readonly string[]).includes(role) ? '✓' : '')),
      cell(entry.description),
    ]),
  );
  const totals = row([
    '**actions held**',
    ...(withRequires ? [''] : []),
    ...roles.map((role) => String(entries.filter((entry) => (entry.roles as readonly string[]).includes(role)).length)),
    `${entries.length} actions`,
  ]);
  return [`## ${LEVEL_TITLES[level]}`, '', row(header), row(align), ...body, totals, ''];
};

const grantTable = (level: Level): readonly string[] => {
  const table = GRANTS_BY_LEVEL[level] as Readonly<Partial<Record<string, readonly string[]>>>;
  const granters = (ROLES_BY_LEVEL[level] as readonly string[]).filter((role) => table[role] !== undefined);
  return [
    `### ${LEVEL_TITLES[level]} roles`,
    '',
    row(['granter', 'may grant']),
    row(['---', '---']),
    ...granters.map((granter) => row([code(granter), list(table[granter] ?? [])])),
    '',
  ];
};

/** The whole document. Deterministic: it depends on the registry alone. */
export const renderAuthzMatrix = (): string => {
  const lines: readonly string[] = [
    '# Authorization matrix',
    '',
    '<!-- Generated from libs/authz by `npx nx run tools:authz-matrix`. Do not edit: `npm test` fails when it is stale. -->',
    '',
    'Who may do what, from the action registry in `libs/authz`. ✓ means the role holds the action.',
    'A user-level `admin` with no role in an organization or group acts as its `admin` (the admin fallback);',
    'in a group where they also hold an explicit role they may do what either role may.',
    'Group actions may also require service attributes of the group (column "requires"), whatever the role.',
    '',
    ...LEVELS.flatMap(actionTable),
    '## Grant rules',
    '',
    'Who may grant which role at the same level. Roles not listed grant nothing.',
    'Group `admin` and `service_forces` are never granted: `admin` comes from the user-level fallback,',
    '`service_forces` belongs to the CI agent. Organization `admin` likewise comes only from the fallback.',
    '',
    ...(['group', 'organization', 'user'] as const).flatMap(grantTable),
    '### Validations on every grant',
    '',
    `- In groups with ${code('must_only_have_fluidattacks_hackers')}, the drills roles (${list(GROUP_ROLE_TAGS.drills)}) go only to @fluidattacks.com emails: "${GRANT_REFUSALS.UNEXPECTED_USER_ROLE}".`,
    `- ${code('customer_manager')} (group or organization) goes only to @fluidattacks.com emails: "${GRANT_REFUSALS.INVALID_USER_PROVIDED}".`,
    `- A grant beyond the granter's rules is refused as "${GRANT_REFUSALS.ACCESS_DENIED}".`,
    `- Setting the user-level role ${code('user')} for an @fluidattacks.com email stores ${code('hacker')}.`,
    `- A stakeholder with no user-level role who receives a group or organization role gets ${code('hacker')} (@fluidattacks.com) or ${code('user')}.`,
    '',
    '## Role tags',
    '',
    row(['tag', 'group roles']),
    row(['---', '---']),
    ...Object.entries(GROUP_ROLE_TAGS).map(([tag, roles]) => row([code(tag), list(roles)])),
    '',
    '## Group service attributes',
    '',
    'Computed from the group\'s state; `has_asm` means the group status is ACTIVE.',
    '',
    row(['policy', 'condition', 'attributes']),
    row(['---', '---', '---']),
    ...SERVICE_POLICIES.map((policy) => row([code(policy.name), cell(policy.condition), list(policy.grants)])),
    '',
  ];
  return lines.join('\n');
};
