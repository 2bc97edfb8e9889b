import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { PROJECT_ROOT } from '../../src/paths';

/** The commit of the checkout, and whether tracked files differ from it. */
export function gitCommit(): { id: string; dirty: boolean } {
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    return { id: git('rev-parse', 'HEAD'), dirty: git('status', '--porcelain', '--untracked-files=no') !== '' };
  } catch {
    return { id: 'unknown', dirty: false };
  }
}

/** The 1-minute load average: other work on the machine skews every figure of a run. */
export const loadAverage = (): number => Math.round((os.loadavg()[0] ?? 0) * 100) / 100;

/** The machine a run ran on, without the load average (taken at the start and the end). */
export function machine(): { cpus: number; cpuModel: string; memoryGiB: number; node: string; os: string } {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}
