import { BenchOptionsError, includes, parseBenchOptions } from './options';

describe('parseBenchOptions', () => {
  it('has the issue\'s defaults: 10 groups, 500 findings, 50,000 vulnerabilities, 16 connections, 10 s', () => {
    expect(parseBenchOptions([])).toEqual({
      organizations: 1,
      groups: 10,
      findings: 500,
      vulnerabilities: 50_000,
      connections: 16,
      duration: 10,
      importSize: 30_000,
      uploads: 5,
      onDisk: false,
      skipBuild: false,
      cpuProf: false,
    });
  });

  it('reads every option, in both spellings nx may forward', () => {
    expect(
      parseBenchOptions(['--vulnerabilities', '1_000_000', '--groups=2', '--findings', '40', '--connections', '32', '--duration=5', '--import', '0', '--uploads', '2', '--skip-build', '--cpu-prof']),
    ).toMatchObject({ vulnerabilities: 1_000_000, groups: 2, findings: 40, connections: 32, duration: 5, importSize: 0, uploads: 2, onDisk: true, skipBuild: true, cpuProf: true });
    expect(parseBenchOptions(['--on-disk']).onDisk).toBe(true);
  });

  it('selects parts of the run with --only, and runs everything without it', () => {
    const options = parseBenchOptions(['--only', 'me, import']);
    expect(options.only).toEqual(['me', 'import']);
    expect(includes(options, 'me')).toBe(true);
    expect(includes(options, 'baselines')).toBe(false);
    expect(includes(parseBenchOptions([]), 'baselines')).toBe(true);
  });

  it.each([
    [['--vulnerabilities', 'lots'], '--vulnerabilities must be a whole number from 500 to 2000000 (got "lots")'],
    [['--vulnerabilities', '100'], '--vulnerabilities must be a whole number from 500 to 2000000 (got "100")'],
    [['--connections', '0'], '--connections must be a whole number from 1 to 256 (got "0")'],
    [['--duration', '1.5'], '--duration must be a whole number from 1 to 120 (got "1.5")'],
    [['--findings', '5', '--groups', '10'], '--findings must be a whole number from 10 to 10000 (got "5")'],
    [['--speed', '3'], "Unknown option '--speed'"],
    [['--only', 'me,everything'], '--only takes a comma-separated list of baselines, typename, me,'],
    [['--only', ','], '--only takes a comma-separated list'],
  ])('refuses %j naming the option', (argv, message) => {
    expect(() => parseBenchOptions(argv)).toThrow(BenchOptionsError);
    expect(() => parseBenchOptions(argv)).toThrow(message);
  });
});
