import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const REPO_ROOT = new URL('../../', import.meta.url).pathname;

/** A server under load, in its own process so the load generator never shares its event loop. */
export interface ServerProcess {
  name: string;
  pid: number;
  /** POST target, e.g. http://127.0.0.1:40123/api/messages */
  messagesUrl: string;
  logFile: string;
  nodeFlags: string[];
  /** When it was spawned (ms since the epoch): V8's --trace-gc lines count from about then. */
  startedAt: number;
  /** Resident set size now, in MB (Linux /proc). */
  rssMb(): number;
  /** CPU time the process has used so far (user + system), in ms (Linux /proc). */
  cpuMs(): number;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  name: string;
  /** Built JavaScript (absolute path), run with plain `node` as in production. */
  entry: string;
  env: Record<string, string>;
  /** Where stdout and stderr go; the URL is read from there. */
  logDir: string;
  /** Node flags, e.g. --enable-source-maps, --cpu-prof. */
  nodeFlags?: string[];
}

const LISTENING = /(http:\/\/[\d.:]+)\/api\/messages/;

/** Starts `node <flags> <entry>` and waits for the line naming its /api/messages URL. */
export async function startServerProcess(options: SpawnOptions): Promise<ServerProcess> {
  const logFile = join(options.logDir, `${options.name}.log`);
  const out = openSync(logFile, 'a');
  const startedAt = Date.now();
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), options.entry], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));

  const deadline = Date.now() + 60_000;
  let url: string | undefined;
  while (!url) {
    if (exitCode !== undefined) throw new Error(`${options.name} stopped before listening (exit ${exitCode}); see ${logFile}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${options.name} did not start listening within 60 s; see ${logFile}`);
    }
    url = LISTENING.exec(readFileSync(logFile, 'utf8'))?.[0];
    if (!url) await sleep(100);
  }
  return {
    name: options.name,
    pid: child.pid!,
    messagesUrl: url,
    logFile,
    nodeFlags: options.nodeFlags ?? [],
    startedAt,
    rssMb: () => rssMbOf(child),
    cpuMs: () => cpuMsOf(child),
    stop: async () => {
      if (exitCode !== undefined) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function rssMbOf(child: ChildProcess): number {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : NaN;
  } catch {
    return NaN;
  }
}

/** Clock ticks per second of /proc/<pid>/stat's times: 100 on every Linux Node runs on (USER_HZ). */
const TICKS_PER_SECOND = 100;

function cpuMsOf(child: ChildProcess): number {
  try {
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis are plain.
    const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}
