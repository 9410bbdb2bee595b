import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('logging', () => {
  // Log lines are written off the turn (asynchronously); none may be lost when the process ends right after them.
  it('has written every line, up to "stopped", when the bot exits on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
      env: { ...process.env, LOG_LEVEL: 'info', PORT: '0', DATA_DIR: mkdtempSync(join(tmpdir(), 'jos-log-')) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await expect.poll(() => stdout, { timeout: 20_000 }).toContain('luistert op');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const events = stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => (JSON.parse(line) as { event?: string }).event);
    expect(events).toContain('bot.started');
    expect(events.at(-1)).toBe('bot.stopped');
  });
});
