/**
 * `tsx scripts/parallel.ts typecheck lint test:unit test:e2e` (`npm test`): runs npm scripts side by side and fails
 * when any fails. One after the other they left a core idle: the type check and the lint use about one core, the
 * browser tests mostly wait for Chromium and the bot. Each script's output is printed in one piece when all have ended,
 * the failed ones last and a summary line at the very end: CI keeps only the tail of a long log, and that tail must
 * show what failed.
 */
import { spawn } from 'node:child_process';

interface ScriptRun {
  name: string;
  code: number;
  seconds: number;
  output: string;
}

function runScript(name: string): Promise<ScriptRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) => {
      const seconds = Math.round((Date.now() - started) / 1000);
      resolve({ name, code: code ?? 1, seconds, output: Buffer.concat(output).toString() });
    });
  });
}

function status(run: ScriptRun): string {
  return `npm run ${run.name}: ${run.code === 0 ? 'ok' : `failed (exit ${run.code})`} in ${run.seconds} s`;
}

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('Gebruik: tsx scripts/parallel.ts <npm-script> [<npm-script> …]');
  process.exit(2);
}
const runs = await Promise.all(names.map(runScript));
const inPrintOrder = [...runs.filter((run) => run.code === 0), ...runs.filter((run) => run.code !== 0)];
for (const run of inPrintOrder) process.stderr.write(`> ${status(run)}\n${run.output}`);
process.stderr.write(`\n${runs.map((run) => `> ${status(run)}`).join('\n')}\n`);
process.exit(runs.find((run) => run.code !== 0)?.code ?? 0);
