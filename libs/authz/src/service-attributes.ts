export const SERVICE_ATTRIBUTES = [
  'can_report_vulnerabilities',
  'can_request_zero_risk',
  'has_asm',
  'has_forces',
  'has_service_black',
  'has_service_white',
  'has_squad',
  'is_continuous',
  'is_fluidattacks_customer',
  'must_only_have_fluidattacks_hackers',
] as const;
export type ServiceAttribute = (typeof SERVICE_ATTRIBUTES)[number];

/** What the attributes are computed from: the group's current state. */
export interface GroupServiceState {
  /** `ACTIVE` means the group has ASM; any other status (e.g. `DELETED`) has none. */
  readonly status: string;
  readonly type: 'CONTINUOUS' | 'ONESHOT';
  readonly hasSquad: boolean;
  readonly hasMachine: boolean;
  readonly service?: 'BLACK' | 'WHITE';
}

export interface ServicePolicy {
  readonly name: string;
  /** The condition in words, for the matrix document. */
  readonly condition: string;
  readonly applies: (state: GroupServiceState) => boolean;
  readonly grants: readonly ServiceAttribute[];
}

const hasAsm = (state: GroupServiceState): boolean => state.status === 'ACTIVE';
const hasSquadOrMachine = (state: GroupServiceState): boolean => state.hasSquad || state.hasMachine;

/** The original's service policies (authz/policy.py), one row each: a condition and what it grants. */
export const SERVICE_POLICIES: readonly ServicePolicy[] = [
  {
    name: 'asm',
    condition: 'status ACTIVE (has_asm)',
    applies: hasAsm,
    grants: ['has_asm'],
  },
  {
    name: 'continuous',
    condition: 'type CONTINUOUS',
    applies: (state) => state.type === 'CONTINUOUS',
    grants: ['is_continuous'],
  },
  {
    name: 'report_vulnerabilities',
    condition: '(CONTINUOUS and has_asm and (has_squad or has_machine)) or (ONESHOT and has_asm)',
    applies: (state) =>
      hasAsm(state) && (state.type === 'ONESHOT' || (state.type === 'CONTINUOUS' && hasSquadOrMachine(state))),
    grants: ['can_report_vulnerabilities'],
  },
  {
    name: 'request_zero_risk',
    condition: 'has_asm and (has_squad or has_machine)',
    applies: (state) => hasAsm(state) && hasSquadOrMachine(state),
    grants: ['can_request_zero_risk'],
  },
  {
    name: 'forces',
    condition: 'CONTINUOUS and has_asm',
    applies: (state) => state.type === 'CONTINUOUS' && hasAsm(state),
    grants: ['has_forces', 'is_fluidattacks_customer', 'must_only_have_fluidattacks_hackers'],
  },
  {
    name: 'squad',
    condition: 'has_asm and has_squad (CONTINUOUS or ONESHOT)',
    applies: (state) => hasAsm(state) && state.hasSquad,
    grants: ['has_squad'],
  },
  {
    name: 'service_black',
    condition: 'service BLACK and has_asm',
    applies: (state) => state.service === 'BLACK' && hasAsm(state),
    grants: ['has_service_black', 'is_fluidattacks_customer', 'must_only_have_fluidattacks_hackers'],
  },
  {
    name: 'service_white',
    condition: 'service WHITE and has_asm',
    applies: (state) => state.service === 'WHITE' && hasAsm(state),
    grants: ['has_service_white', 'is_fluidattacks_customer', 'must_only_have_fluidattacks_hackers'],
  },
];

/** The group's service attributes, sorted and without repeats. */
export const serviceAttributes = (state: GroupServiceState): readonly ServiceAttribute[] => {
  const granted = new Set(SERVICE_POLICIES.filter((policy) => policy.applies(state)).flatMap((policy) => policy.grants));
  return SERVICE_ATTRIBUTES.filter((attribute) => granted.has(attribute));
};

export const isServiceAttribute = (value: unknown): value is ServiceAttribute =>
  typeof value === 'string' && (SERVICE_ATTRIBUTES as readonly string[]).includes(value);

/** The attributes in `required` that `present` lacks (empty when all are there). */
export const missingAttributes = (
  required: readonly ServiceAttribute[],
  present: readonly ServiceAttribute[],
): readonly ServiceAttribute[] => required.filter((attribute) => !present.includes(attribute));
