import { cpuMsOf, cpuPerRequest } from './cpu-time';

const burn = (ms: number): void => {
  const end = Date.now() + ms;
  while (Date.now() < end) Math.sqrt(Math.random());
};

describe('cpu-time', () => {
  it('reads a process\'s CPU time, which grows while it works', () => {
    const before = cpuMsOf(process.pid);
    expect(before).toBeGreaterThanOrEqual(0);
    burn(200);
    expect((cpuMsOf(process.pid) ?? 0) - (before ?? 0)).toBeGreaterThanOrEqual(100);
  });

  it('knows nothing of a process that does not exist', () => {
    expect(cpuMsOf(2 ** 30)).toBeUndefined();
    expect(cpuMsOf(undefined)).toBeUndefined();
  });

  it('divides the CPU a process used by the requests made', async () => {
    const { cpuMsPerRequest } = await cpuPerRequest({ self: process.pid, gone: 2 ** 30 }, async () => {
      burn(300);
      return { requests: 3 };
    });
    expect(cpuMsPerRequest['self']).toBeGreaterThanOrEqual(50);
    expect(cpuMsPerRequest['gone']).toBeUndefined();
  });
});
