import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's times (USER_HZ): 100 on every Linux this runs on. */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system) a process has used so far, in ms, read from /proc; undefined where there is
 * no /proc or the process is gone. Fields 14 and 15 of stat, counted after the command's closing
 * parenthesis because the command itself may hold spaces.
 */
export const cpuMsOf = (pid: number | undefined): number | undefined => {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const user = Number(fields[11]);
    const system = Number(fields[12]);
    return Number.isFinite(user) && Number.isFinite(system) ? ((user + system) * 1000) / TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
};

/** CPU ms each named process used per request while `run` ran. */
export const cpuPerRequest = async <T extends { readonly requests: number }>(
  pids: Readonly<Record<string, number | undefined>>,
  run: () => Promise<T>,
): Promise<{ readonly result: T; readonly cpuMsPerRequest: Readonly<Record<string, number>> }> => {
  const before = Object.entries(pids).map(([name, pid]) => [name, pid, cpuMsOf(pid)] as const);
  const result = await run();
  const perRequest = before.flatMap(([name, pid, start]) => {
    const end = cpuMsOf(pid);
    if (start === undefined || end === undefined || result.requests === 0) return [];
    return [[name, Math.round(((end - start) / result.requests) * 100) / 100] as const];
  });
  return { result, cpuMsPerRequest: Object.fromEntries(perRequest) };
};
