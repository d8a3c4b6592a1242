import { IntegratesError } from '@integrates/errors';
import { InvalidVectorError } from './invalid-vector-error';
import { formatVector, normalizeVector, parseVector } from './vector';

const V31 = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H';
const V40 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';

const errorOf = (vector: unknown): InvalidVectorError => {
  try {
    parseVector(vector);
  } catch (error) {
    if (error instanceof InvalidVectorError) {
      return error;
    }
    throw error;
  }
  throw new Error(`expected ${String(vector)} to be refused`);
};

describe('parseVector', () => {
  it('reads a 3.1 vector, every optional metric Not Defined', () => {
    const parsed = parseVector(V31);
    expect(parsed.version).toBe('3.1');
    expect(parsed.metrics).toMatchObject({ AV: 'N', S: 'U', A: 'H', E: 'X', RL: 'X', CR: 'X', MS: 'X', MA: 'X' });
  });

  it('reads a 4.0 vector with every group, including Safety in MSI/MSA and the U values', () => {
    const parsed = parseVector(`${V40}/E:P/CR:H/MSI:S/MSA:S/S:P/AU:Y/R:I/V:C/RE:H/U:Amber`);
    expect(parsed.version).toBe('4.0');
    expect(parsed.metrics).toMatchObject({ E: 'P', CR: 'H', IR: 'X', MSI: 'S', MSA: 'S', S: 'P', U: 'Amber' });
  });

  it('accepts metrics in any order and prints them back in canonical order without Not Defined ones', () => {
    expect(normalizeVector('CVSS:3.1/S:C/C:H/I:H/A:N/AV:P/AC:H/PR:H/UI:R/E:H/RL:O/RC:R/CR:H/IR:X/AR:X/MAC:H/MC:L')).toBe(
      'CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:C/C:H/I:H/A:N/E:H/RL:O/RC:R/CR:H/MAC:H/MC:L',
    );
    expect(normalizeVector('CVSS:4.0/U:Red/E:A/SA:N/SI:N/SC:N/VA:H/VI:H/VC:H/UI:N/PR:N/AT:N/AC:L/AV:N/MAV:X')).toBe(
      `${V40}/E:A/U:Red`,
    );
  });

  it('formats a parsed vector back to the same canonical string', () => {
    expect(formatVector(parseVector(V31))).toBe(V31);
    expect(formatVector(parseVector(V40))).toBe(V40);
  });
});

describe('parseVector refuses bad vectors with a message naming the problem', () => {
  it.each([
    [`${V31.replace('AV:N', 'AV:Q')}`, 'metric AV has value Q; allowed: N, A, L, P', 'invalid-value'],
    [`${V31}/E:Z`, 'metric E has value Z; allowed: X, H, F, P, U', 'invalid-value'],
    [`${V31}/MS:X/MPR:S`, 'metric MPR has value S; allowed: X, N, L, H', 'invalid-value'],
    [`${V40.replace('SI:N', 'SI:S')}`, 'metric SI has value S; allowed: H, L, N', 'invalid-value'],
    [`${V40}/U:clear`, 'metric U has value clear; allowed: X, Clear, Green, Amber, Red', 'invalid-value'],
    [`${V40}/E:F`, 'metric E has value F; allowed: X, A, P, U', 'invalid-value'],
    [`${V31}/AT:N`, 'unknown metric AT; allowed: AV, AC, PR, UI, S, C, I, A, E, RL, RC, CR, IR, AR, MAV, MAC, MPR, MUI, MS, MC, MI, MA', 'unknown-metric'],
    [`${V40}/MS:U`, 'unknown metric MS; allowed: AV, AC, AT, PR, UI, VC, VI, VA, SC, SI, SA, E, CR, IR, AR, MAV, MAC, MAT, MPR, MUI, MVC, MVI, MVA, MSC, MSI, MSA, S, AU, R, V, RE, U', 'unknown-metric'],
    [`${V31.replace('UI:N', 'ui:N')}`, 'unknown metric ui; allowed: AV, AC', 'unknown-metric'],
    [`${V31}/AV:N`, 'metric AV appears more than once', 'duplicate-metric'],
    [`${V40}/E:A/E:X`, 'metric E appears more than once', 'duplicate-metric'],
    ['CVSS:3.1/AV:N/AC:L/UI:N/S:U/C:H/I:H/A:H', 'base metric PR is missing; allowed: N, L, H', 'missing-metric'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H', 'base metric S is missing; allowed: U, C', 'missing-metric'],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:L/SC:N/SI:N/SA:N', 'base metric VA is missing; allowed: H, L, N', 'missing-metric'],
    [`${V31}/`, 'component "" is not of the form METRIC:VALUE', 'malformed-component'],
    [V31.replace('/AC:L', '//AC:L'), 'component "" is not of the form METRIC:VALUE', 'malformed-component'],
    [`${V31}/MCL`, 'component "MCL" is not of the form METRIC:VALUE', 'malformed-component'],
    [`${V31}/MC:`, 'component "MC:" is not of the form METRIC:VALUE', 'malformed-component'],
    [`${V31}/:L`, 'component ":L" is not of the form METRIC:VALUE', 'malformed-component'],
    [`${V31}/MC:L:H`, 'component "MC:L:H" is not of the form METRIC:VALUE', 'malformed-component'],
    ['CVSS:3.1/', 'component "" is not of the form METRIC:VALUE', 'malformed-component'],
    ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'unsupported version prefix "CVSS:3.0"; allowed: CVSS:3.1/, CVSS:4.0/', 'unsupported-version'],
    ['AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'unsupported version prefix "AV:N"; allowed: CVSS:3.1/, CVSS:4.0/', 'unsupported-version'],
    ['CVSS:3.1', 'unsupported version prefix "CVSS:3.1"; allowed: CVSS:3.1/, CVSS:4.0/', 'unsupported-version'],
    ['', 'unsupported version prefix ""; allowed: CVSS:3.1/, CVSS:4.0/', 'unsupported-version'],
  ])('%s', (vector, problem, reason) => {
    const error = errorOf(vector);
    expect(error.message).toContain(`Exception - Invalid CVSS vector: ${problem}`);
    expect(error.details.reason).toBe(reason);
    expect(error.details.vector).toBe(vector);
  });

  it('names the exact message of the brief for an invalid value', () => {
    expect(errorOf(V31.replace('AV:N', 'AV:Q')).message).toBe(
      'Exception - Invalid CVSS vector: metric AV has value Q; allowed: N, A, L, P',
    );
  });

  it('refuses what is not a string', () => {
    const error = errorOf(42);
    expect(error.message).toBe('Exception - Invalid CVSS vector: expected a string starting with CVSS:3.1/ or CVSS:4.0/');
    expect(error.details.reason).toBe('not-a-string');
  });

  it('is an expected error with a stable code and structured details', () => {
    const error = errorOf(V31.replace('AV:N', 'AV:Q'));
    expect(error).toBeInstanceOf(IntegratesError);
    expect(error.code).toBe('INVALID_CVSS_VECTOR');
    expect(error.name).toBe('InvalidVectorError');
    expect(error.details).toEqual({
      reason: 'invalid-value',
      vector: V31.replace('AV:N', 'AV:Q'),
      metric: 'AV',
      value: 'Q',
      allowed: ['N', 'A', 'L', 'P'],
    });
  });
});
