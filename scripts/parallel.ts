/**
 * `tsx scripts/parallel.ts typecheck lint test:unit test:e2e` (`npm test`): runs npm scripts side by side and fails
 * when any fails. One after the other they left a core idle: the type check and the lint use about one core, the
 * browser tests mostly wait for Chromium and the bot. Each script's output is printed in one piece when it ends.
 */
import { spawn } from 'node:child_process';

function runScript(name: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) => {
      const status = code === 0 ? 'ok' : `failed (exit ${code})`;
      process.stderr.write(`> npm run ${name}: ${status}\n${Buffer.concat(output).toString()}`);
      resolve(code ?? 1);
    });
  });
}

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('Gebruik: tsx scripts/parallel.ts <npm-script> [<npm-script> …]');
  process.exit(2);
}
const codes = await Promise.all(names.map(runScript));
process.exit(codes.find((code) => code !== 0) ?? 0);
