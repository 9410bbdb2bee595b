/**
 * Starts the Microsoft 365 Agents Playground (a local Teams-like chat client) pointed at a bot.
 * Used by `npm start` (scripts/start-local.ts) and by the browser tests (test/helpers/playground.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../node_modules/@microsoft/m365agentsplayground/cli.js', import.meta.url));
const LISTENING = /Listening on (\d+)/;

export interface PlaygroundOptions {
  /** The bot's messages endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  botEndpoint: string;
  /** 0 picks a free port. The playground itself also falls back to a random port when this one is taken. */
  port?: number;
  /** Where it writes its log (devTools/m365agentsplayground.log) and looks for .m365agentsplayground.yml. */
  cwd?: string;
  /** Receives everything the playground prints, for diagnostics. */
  onOutput?: (text: string) => void;
  startTimeoutMs?: number;
}

export interface RunningPlayground {
  child: ChildProcess;
  port: number;
  /** The page to open in a browser. */
  url: string;
}

/** The command line: Teams channel, telemetry off, no browser opened by the playground itself. */
function playgroundCommand({ botEndpoint, port = 0 }: Pick<PlaygroundOptions, 'botEndpoint' | 'port'>) {
  return {
    command: process.execPath,
    args: [CLI, 'start', '--app-endpoint', botEndpoint, '--channel-id', 'msteams', '--port', String(port), '--disable-telemetry'],
    env: { TEAMSAPPTESTER_BROWSER: 'none' },
  };
}

/** Spawns the playground (a single process) and resolves once it prints the port it listens on. */
export function startAgentsPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  const { command, args, env } = playgroundCommand(options);
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = ''; // kept until it has started, for the error message
  let started = false;
  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`Agents Playground did not start: ${reason}\n${output.trim()}`));
    };
    const timer = setTimeout(() => fail('timed out'), options.startTimeoutMs ?? 60_000);
    const onData = (data: Buffer) => {
      const text = data.toString();
      options.onOutput?.(text);
      if (started) return;
      output += text;
      const match = LISTENING.exec(output);
      if (match) {
        started = true;
        clearTimeout(timer);
        child.removeListener('exit', onExit);
        const port = Number(match[1]);
        resolve({ child, port, url: `http://127.0.0.1:${port}/` });
      }
    };
    const onExit = (code: number | null) => fail(`exited with code ${code}`);
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', onExit);
    child.once('error', (error) => fail(error.message));
  });
}
