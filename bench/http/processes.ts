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
  /** Resident set size now, in MB (Linux /proc). */
  rssMb(): number;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  name: string;
  /** Script relative to the repository root, run with `node --import tsx`. */
  script: string;
  env: Record<string, string>;
  /** Where stdout and stderr go; the URL is read from there. */
  logDir: string;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
}

const LISTENING = /(http:\/\/[\d.:]+)\/api\/messages/;

/** Starts `node --import tsx <script>` and waits for the line naming its /api/messages URL. */
export async function startServerProcess(options: SpawnOptions): Promise<ServerProcess> {
  const logFile = join(options.logDir, `${options.name}.log`);
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), '--import', 'tsx', options.script], {
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
    rssMb: () => rssMbOf(child),
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
