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

const CONSENT_QUESTION = 'Mag de jeugd- en gezinscoach aanschuiven bij de leerlingbespreking?';

const activity = (text: string, user = 'build-user') => ({
  type: 'message',
  text,
  channelId: 'msteams',
  serviceUrl: 'http://127.0.0.1:9',
  deliveryMode: 'expectReplies',
  from: { id: `29:${user}`, aadObjectId: user },
  recipient: { id: '28:jos-bot' },
  conversation: { id: `personal-${user}`, conversationType: 'personal' },
});

/** Starts the built bot with these node flags; resolves with its /api/messages URL and everything it printed so far. */
function startBuiltBot(nodeFlags: string[], env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'jos-build-'));
  const child = spawn(process.execPath, [...nodeFlags, inject('botEntry')], {
    env: { ...process.env, LOG_LEVEL: 'silent', PORT: '0', DATA_DIR: join(dir, 'data'), LOCAL_ROLES: 'mentor', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  let stdout = '';
  const url = new Promise<string>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const found = /(http:\/\/[\d.:]+\/api\/messages)/.exec(stdout)?.[1];
      if (found) resolve(found);
    });
  });
  return { url, exited, output: () => stdout, stop: () => child.kill('SIGTERM') };
}

const ask = (url: string, text: string, user?: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity(text, user)) });

// The built bot (test/helpers/buildBot.ts), as `npm run start:bot` runs it; it takes long to start on a busy machine.
it("answers a consent question without loading teams-ai's sign-in dialogs (issue 15: 17 MB of heap)", { timeout: 90_000 }, async () => {
  const probeDir = mkdtempSync(join(tmpdir(), 'jos-build-probe-'));
  writeFileSync(join(probeDir, 'probe.cjs'), LOADED_PACKAGES_PROBE);
  const loadedFile = join(probeDir, 'loaded.json');
  const bot = startBuiltBot(['--require', join(probeDir, 'probe.cjs')], { LOADED_PACKAGES_FILE: loadedFile });
  const response = await ask(await bot.url, CONSENT_QUESTION);
  expect(response.status).toBe(200);
  expect(await response.text()).toContain('application/vnd.microsoft.card.adaptive');
  bot.stop();
  expect(await bot.exited).toBe(0);
  const loaded = JSON.parse(readFileSync(loadedFile, 'utf8')) as string[];
  expect(loaded).toContain('restify');
  expect(loaded).not.toContain('botbuilder-dialogs');
  expect(loaded.filter((name) => name.startsWith('@microsoft/recognizers-text'))).toEqual([]);
});

/** The V8 heap flags of `npm run start:bot` (the young generation's size decides how often a scavenge runs). */
const productionHeapFlags = (): string[] => {
  const startBot = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts['start:bot']!;
  return startBot.match(/--max-(?:old|semi)-space-size=\d+/g) ?? [];
};

// Issue 15: the Bot Framework SDK's async functions, as published (tsc's ES2015 generators), kept a whole turn alive
// for the young generation's collector, so about 18 KB of every turn was promoted and full collections came three
// times as often. The build makes them native (scripts/nativeAsync.ts); what a turn allocates now dies young.
it("promotes almost nothing of a turn to the old generation (issue 15: the SDK's async functions run native)", { timeout: 90_000 }, async () => {
  const bot = startBuiltBot([...productionHeapFlags(), '--trace-gc-nvp'], {});
  const url = await bot.url;
  const users = Array.from({ length: 20 }, (_, index) => `build-user-${index}`);
  const turns = async (count: number) => {
    for (let turn = 0; turn < count; turn += 1) {
      const response = await ask(url, CONSENT_QUESTION, users[turn % users.length]);
      expect(response.status).toBe(200);
      await response.text();
    }
  };
  // Warm: the safety model trained, the users' rows cached, the code compiled.
  await turns(200);
  const from = bot.output().length;
  const measured = 600;
  await turns(measured);
  const scavenges = bot.output().slice(from).split('\n').filter((line) => line.includes(' gc=s '));
  bot.stop();
  expect(await bot.exited).toBe(0);
  const promoted = scavenges.reduce((sum, line) => sum + Number(/ promoted=(\d+)/.exec(line)?.[1] ?? NaN), 0);
  expect(scavenges.length).toBeGreaterThan(3);
  // About 0.3 KB a turn now, 18 KB before.
  expect(promoted / measured).toBeLessThan(3 * 1024);
});
