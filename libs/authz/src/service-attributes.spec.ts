import { missingAttributes, serviceAttributes, SERVICE_ATTRIBUTES, type GroupServiceState, type ServiceAttribute } from './service-attributes';

const state = (overrides: Partial<GroupServiceState>): GroupServiceState => ({
  status: 'ACTIVE',
  type: 'CONTINUOUS',
  hasSquad: false,
  hasMachine: false,
  ...overrides,
});

const FLUID_SERVICE = ['is_fluidattacks_customer', 'must_only_have_fluidattacks_hackers'] as const;

describe('serviceAttributes, condition by condition', () => {
  it.each<[string, GroupServiceState, readonly ServiceAttribute[]]>([
    ['a deleted group keeps only is_continuous', state({ status: 'DELETED', hasSquad: true, hasMachine: true, service: 'WHITE' }), ['is_continuous']],
    ['a deleted one-shot group has nothing', state({ status: 'DELETED', type: 'ONESHOT', hasSquad: true, service: 'BLACK' }), []],
    [
      'continuous without squad or machine: ASM and forces, but no reporting or zero risk',
      state({}),
      ['has_asm', 'has_forces', 'is_continuous', ...FLUID_SERVICE],
    ],
    [
      'continuous with machine: reporting and zero risk',
      state({ hasMachine: true }),
      ['can_report_vulnerabilities', 'can_request_zero_risk', 'has_asm', 'has_forces', 'is_continuous', ...FLUID_SERVICE],
    ],
    [
      'continuous with squad: squad, reporting and zero risk',
      state({ hasSquad: true }),
      ['can_report_vulnerabilities', 'can_request_zero_risk', 'has_asm', 'has_forces', 'has_squad', 'is_continuous', ...FLUID_SERVICE],
    ],
    ['one-shot without squad or machine: reporting, no forces, no zero risk', state({ type: 'ONESHOT' }), ['can_report_vulnerabilities', 'has_asm']],
    [
      'one-shot with squad: squad and zero risk',
      state({ type: 'ONESHOT', hasSquad: true }),
      ['can_report_vulnerabilities', 'can_request_zero_risk', 'has_asm', 'has_squad'],
    ],
    [
      'one-shot with machine only: zero risk, no squad',
      state({ type: 'ONESHOT', hasMachine: true }),
      ['can_report_vulnerabilities', 'can_request_zero_risk', 'has_asm'],
    ],
    [
      'one-shot black service: a Fluid Attacks customer',
      state({ type: 'ONESHOT', service: 'BLACK' }),
      ['can_report_vulnerabilities', 'has_asm', 'has_service_black', ...FLUID_SERVICE],
    ],
    [
      'one-shot white service: a Fluid Attacks customer',
      state({ type: 'ONESHOT', service: 'WHITE' }),
      ['can_report_vulnerabilities', 'has_asm', 'has_service_white', ...FLUID_SERVICE],
    ],
  ])('%s', (_name, input, expected) => {
    expect(serviceAttributes(input)).toEqual([...expected].sort());
  });
});

describe('serviceAttributes over every state', () => {
  // The same table written the other way round, attribute by attribute, checked on all 48 states.
  const expectedHas = (s: GroupServiceState): Readonly<Record<ServiceAttribute, boolean>> => {
    const asm = s.status === 'ACTIVE';
    const continuous = s.type === 'CONTINUOUS';
    const squadOrMachine = s.hasSquad || s.hasMachine;
    const fluidService = asm && (continuous || s.service !== undefined);
    return {
      has_asm: asm,
      is_continuous: continuous,
      can_report_vulnerabilities: asm && (!continuous || squadOrMachine),
      can_request_zero_risk: asm && squadOrMachine,
      has_forces: asm && continuous,
      has_squad: asm && s.hasSquad,
      has_service_black: asm && s.service === 'BLACK',
      has_service_white: asm && s.service === 'WHITE',
      is_fluidattacks_customer: fluidService,
      must_only_have_fluidattacks_hackers: fluidService,
    };
  };
  const states = (['ACTIVE', 'DELETED'] as const).flatMap((status) =>
    (['CONTINUOUS', 'ONESHOT'] as const).flatMap((type) =>
      [false, true].flatMap((hasSquad) =>
        [false, true].flatMap((hasMachine) =>
          ([undefined, 'BLACK', 'WHITE'] as const).map((service) => ({
            status,
            type,
            hasSquad,
            hasMachine,
            ...(service === undefined ? {} : { service }),
          })),
        ),
      ),
    ),
  );

  it.each(states.map((s) => [JSON.stringify(s), s] as const))('%s', (_name, s) => {
    const expected = expectedHas(s);
    expect(serviceAttributes(s)).toEqual(SERVICE_ATTRIBUTES.filter((attribute) => expected[attribute]));
  });
});

describe('missingAttributes', () => {
  it('lists what is required and absent', () => {
    expect(missingAttributes(['has_asm', 'can_request_zero_risk'], ['has_asm'])).toEqual(['can_request_zero_risk']);
    expect(missingAttributes(['has_asm'], ['has_asm', 'is_continuous'])).toEqual([]);
    expect(missingAttributes([], [])).toEqual([]);
  });
});
