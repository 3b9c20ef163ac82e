// Runs a command as a child process and measures it: wall seconds and the child's peak resident memory.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
  readonly status: number | null;
  readonly seconds: number;
  /** Peak resident set size of the child, in MB (null when it could not be measured). */
  readonly peakRssMb: number | null;
  /** CPU seconds (user + system) of the child: steadier than wall time on a shared machine. */
  readonly cpuSeconds: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const GNU_TIME = '/usr/bin/time';

/** Runs `node <args>` measured, so a benchmark reports the memory of the work, not of itself. */
export async function runMeasured(args: readonly string[], env: NodeJS.ProcessEnv): Promise<Measured> {
  const scratch = await mkdtemp(join(tmpdir(), 'pantau-measure-'));
  const rusage = join(scratch, 'rusage.txt');
  // GNU time reports the largest RSS of the process tree it waited for; without it, the child reports its own.
  const viaTime = existsSync(GNU_TIME);
  const [command, argv] = viaTime
    ? [GNU_TIME, ['-v', '-o', rusage, process.execPath, ...args]]
    : [process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(`import{writeFileSync}from'node:fs';process.on('exit',()=>{const u=process.resourceUsage();writeFileSync(${JSON.stringify(rusage)},'Maximum resident set size (kbytes): '+u.maxRSS+'\\nUser time (seconds): '+u.userCPUTime/1e6+'\\nSystem time (seconds): '+u.systemCPUTime/1e6)})`)}`, ...args]];
  const started = performance.now();
  const child = spawn(command, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  const seconds = (performance.now() - started) / 1000;
  const report = existsSync(rusage) ? await readFile(rusage, 'utf8') : '';
  await rm(scratch, { recursive: true, force: true });
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1];
  const user = /User time \(seconds\): ([\d.]+)/.exec(report)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(report)?.[1];
  const cpuSeconds = user === undefined || system === undefined ? null : Math.round((Number(user) + Number(system)) * 10) / 10;
  return { status, seconds, peakRssMb: kb === undefined ? null : Math.round(Number(kb) / 102.4) / 10, cpuSeconds, stdout, stderr };
}
