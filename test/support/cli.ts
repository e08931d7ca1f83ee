/** Run the CLI as users do (`node --import tsx src/cli/main.ts …`) and keep its exit code and output. */
import { spawnSync } from 'node:child_process';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI with `args`; a generous timeout, as the test machines are shared and slow. */
export function tthc(...args: string[]): CliRun {
  return tthcWith({}, ...args);
}

/** The same with a longer timeout or a larger output buffer (huge models). */
export function tthcWith(options: { timeout?: number; maxBuffer?: number }, ...args: string[]): CliRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    cwd: process.cwd(),
    timeout: options.timeout ?? 120_000,
    ...(options.maxBuffer ? { maxBuffer: options.maxBuffer } : {}),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
