import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';

/** Written into the bot process (`--require`): at exit, the packages of every CommonJS module it loaded. */
const LOADED_PACKAGES_PROBE = `
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  const packages = new Set(Object.keys(require.cache).map((file) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(file)?.[1]).filter(Boolean));
  writeFileSync(process.env.LOADED_PACKAGES_FILE, JSON.stringify([...packages]));
});`;

const activity = (text: string) => ({
  type: 'message',
  text,
  channelId: 'msteams',
  serviceUrl: 'http://127.0.0.1:9',
  deliveryMode: 'expectReplies',
  from: { id: '29:build-user', aadObjectId: 'build-user' },
  recipient: { id: '28:jos-bot' },
  conversation: { id: 'personal-build-user', conversationType: 'personal' },
});

// The built bot (test/helpers/buildBot.ts), as `npm run start:bot` runs it; it takes long to start on a busy machine.
it("answers a consent question without loading teams-ai's sign-in dialogs (issue 15: 17 MB of heap)", { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'jos-build-'));
  writeFileSync(join(dir, 'probe.cjs'), LOADED_PACKAGES_PROBE);
  const child = spawn(process.execPath, ['--require', join(dir, 'probe.cjs'), inject('botEntry')], {
    env: { ...process.env, LOG_LEVEL: 'silent', PORT: '0', DATA_DIR: join(dir, 'data'), LOADED_PACKAGES_FILE: join(dir, 'loaded.json'), LOCAL_ROLES: 'mentor' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const url = await new Promise<string>((resolve) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const found = /(http:\/\/[\d.:]+\/api\/messages)/.exec(stdout)?.[1];
      if (found) resolve(found);
    });
  });
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity('Mag de jeugd- en gezinscoach aanschuiven bij de leerlingbespreking?')),
  });
  expect(response.status).toBe(200);
  expect(await response.text()).toContain('application/vnd.microsoft.card.adaptive');
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  const loaded = JSON.parse(readFileSync(join(dir, 'loaded.json'), 'utf8')) as string[];
  expect(loaded).toContain('botbuilder');
  expect(loaded).not.toContain('botbuilder-dialogs');
  expect(loaded.filter((name) => name.startsWith('@microsoft/recognizers-text'))).toEqual([]);
});
