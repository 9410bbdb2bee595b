import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/store/db';
import { applyMigrations } from '../../src/store/migrations';
import { startBot, type RunningBot } from '../../bot/startBot';
import { startTestBot, type TestBot } from '../helpers/bot';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const TENANT = '99999999-8888-7777-6666-555555555555';

function runBotProcess(env: Record<string, string>) {
  // The built bot (test/helpers/buildBot.ts), as `npm run start:bot` runs it: node itself gets the signals.
  const child = spawn(process.execPath, ['--enable-source-maps', inject('botEntry')], {
    env: { ...process.env, LOG_LEVEL: 'silent', PORT: '0', DATA_DIR: mkdtempSync(join(tmpdir(), 'jos-proc-')), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

// A bot process takes 2 s to start on a quiet machine, but more than 30 s when other work saturates both cores.
describe('configuration', { timeout: 90_000 }, () => {
  it('refuses to start with a partial credential set, naming the missing variable in one line', async () => {
    const bot = runBotProcess({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret' });
    expect(await bot.exited).toBe(1);
    const errorLines = bot.output().stderr.split('\n').filter((line) => line.includes('Configuratiefout'));
    expect(errorLines).toEqual([expect.stringContaining('MicrosoftAppTenantId ontbreekt')]);
  });

  it('names the variable of an invalid value', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/Configuratiefout: PORT/);
    expect(() => loadConfig({ MicrosoftAppId: 'not-a-guid', MicrosoftAppPassword: 'x', MicrosoftAppTenantId: TENANT })).toThrow(
      /MicrosoftAppId .*GUID/,
    );
    expect(() => loadConfig({ LOCAL_ROLES: 'mentor,koning' })).toThrow(/LOCAL_ROLES .*koning/);
  });

  it('runs locally on loopback without credentials, and on all interfaces with them', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    const teams = loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: TENANT });
    expect(teams.mode).toBe('teams');
    expect(teams.host).toBe('0.0.0.0');
  });
});

describe('server hardening (local mode)', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot?.stop());

  it('answers 413 to a 2 MB body and keeps serving', async () => {
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });

  it('answers 400 to malformed JSON and keeps serving', async () => {
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type": "message", ',
    });
    expect(response.status).toBe(400);
    const replies = await bot.user('mentor-2').say('help');
    expect(replies).toHaveLength(1);
  });

  it('refuses activities whose serviceUrl is not on this machine', async () => {
    const activity = bot.user('mentor-2').activity({ type: 'message', text: 'help', serviceUrl: 'https://attacker.example.org/' });
    const { status } = await bot.post(activity);
    expect(status).toBe(403);
  });

  it('reports the database, the knowledge and the version on /healthz, and no secrets', async () => {
    const response = await fetch(`${bot.url}/healthz`);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok', database: 'ok', mode: 'local', knowledge: { schools: 8, meetingGroups: 2 } });
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(JSON.stringify(body)).not.toMatch(/password|secret/i);
  });
});

describe('server with Teams credentials', () => {
  let running: RunningBot;
  beforeAll(async () => {
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'jos-teams-')),
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppTenantId: TENANT,
    });
    running = await startBot(config);
  });
  afterAll(async () => running?.close());

  const activity = {
    type: 'message',
    text: 'help',
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    from: { id: '29:user', aadObjectId: 'user' },
    recipient: { id: `28:${APP_ID}` },
    conversation: { id: 'conversation' },
  };

  it('answers 401 to a request without an Authorization header', async () => {
    const response = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    expect(response.status).toBe(401);
  });

  it('answers 401 to a forged bearer token', async () => {
    const response = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer abc.def.ghi' },
      body: JSON.stringify(activity),
    });
    expect(response.status).toBe(401);
  });
});

describe('storage', () => {
  it('applies the migrations once; running them again changes nothing', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'jos-migrate-')), 'jos.sqlite');
    const db = openDatabase(file);
    const count = (db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number }).n;
    expect(count).toBeGreaterThan(0);
    expect(applyMigrations(db)).toEqual([]);
    db.close();
    const reopened = openDatabase(file);
    expect((reopened.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number }).n).toBe(count);
    expect(reopened.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(reopened.pragma('foreign_keys', { simple: true })).toBe(1);
    reopened.close();
  });
});

// One bot process, stopped with SIGTERM, serves both tests: its exit code and what it logged on the way out.
describe('graceful shutdown', { timeout: 90_000 }, () => {
  let bot: ReturnType<typeof runBotProcess>;
  let exitCode: number | null;
  beforeAll(async () => {
    bot = runBotProcess({ LOG_LEVEL: 'info' });
    const deadline = Date.now() + 60_000;
    while (!bot.output().stdout.includes('luistert op')) {
      if (Date.now() > deadline) throw new Error(`The bot process did not start within 60 s:\n${bot.output().stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50)); // poll interval
    }
    bot.child.kill('SIGTERM');
    exitCode = await bot.exited;
  }, 90_000);

  it('closes cleanly on SIGTERM', () => {
    expect(exitCode).toBe(0);
  });

  // Log lines are written off the turn (asynchronously); none may be lost when the process ends right after them.
  it('has written every line, up to "stopped", when the bot exits on SIGTERM', () => {
    const events = bot
      .output()
      .stdout.split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => (JSON.parse(line) as { event?: string }).event);
    expect(events).toContain('bot.started');
    expect(events.at(-1)).toBe('bot.stopped');
  });
});
