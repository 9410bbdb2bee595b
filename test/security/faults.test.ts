import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import { loadConfig } from '../../src/config';
import { defineJob } from '../../src/jobs/define';
import { startBot, type RunningBot } from '../../bot/startBot';
import { startTestBot, type TestBot } from '../helpers/bot';

const PING = defineJob('test.ping', z.object({ n: z.string() }));

/** Another process's connection holding the write lock on the bot's own database file (a backup, a VACUUM). */
function holdWriteLock(file: string): { release: () => void } {
  const other = new Database(file);
  other.exec('BEGIN IMMEDIATE');
  return {
    release: () => {
      other.exec('COMMIT');
      other.close();
    },
  };
}

async function health(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/healthz`, { headers });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('a database lock held by another process (finding 2) and honest health (finding 11)', () => {
  let bot: TestBot;
  const ran: string[] = [];
  beforeAll(async () => {
    bot = await startTestBot({ env: { JOB_INTERVAL_SECONDS: '1' } });
    bot.deps.jobs.register(PING, async ({ n }) => {
      ran.push(n);
    });
    // Waiting 5 s for the lock is the production setting; the test waits briefly so it stays quick.
    bot.db.pragma('busy_timeout = 100');
  });
  afterAll(async () => bot?.stop());

  it('keeps the process up while the queue cannot be claimed, says so on /healthz, and runs the jobs after release', async () => {
    bot.deps.jobs.queue.schedule(PING, { key: 'ping-1', dueAt: bot.clock.now(), payload: { n: 'one' } });
    const lock = holdWriteLock(bot.databaseFile);
    try {
      // The interval timer runs (and fails) on its own; an unhandled rejection would fail this test file.
      await expect.poll(() => bot.deps.jobs.failure?.code, { timeout: 5_000 }).toBe('SQLITE_BUSY');
      expect(await bot.runDueJobs()).toBe(0);
      expect(ran).toEqual([]);
      const during = await health(bot.url);
      expect(during.status).toBe(503);
      expect(during.body).toMatchObject({ status: 'degraded', database: 'SQLITE_BUSY', jobs: 'SQLITE_BUSY' });
    } finally {
      lock.release();
    }
    await expect.poll(() => ran, { timeout: 5_000 }).toEqual(['one']);
    expect(bot.deps.jobs.failure).toBeUndefined();
    expect((await health(bot.url)).status).toBe(200);
    expect(await bot.user('mentor-lock').say('help')).toHaveLength(1);
  });

  it('answers users during the lock and after it', async () => {
    const mentor = bot.user('mentor-during');
    const lock = holdWriteLock(bot.databaseFile);
    let during;
    try {
      during = await bot.post(mentor.activity({ type: 'message', text: 'help' }));
    } finally {
      lock.release();
    }
    expect(during.status).toBeLessThan(500);
    expect(await mentor.say('help')).toHaveLength(1);
  });
});

const externalAddress = Object.values(networkInterfaces())
  .flat()
  .find((entry) => entry && entry.family === 'IPv4' && !entry.internal)?.address;

describe('/healthz says less to strangers (finding 11)', () => {
  let running: RunningBot;
  const token = 'health-token-0123456789';
  beforeAll(async () => {
    running = await startBot(
      loadConfig({
        PORT: '0',
        HOST: '0.0.0.0',
        LOG_LEVEL: 'silent',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'jos-health-')),
        HEALTH_TOKEN: token,
        MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
        MicrosoftAppPassword: 'not-a-real-secret',
        MicrosoftAppTenantId: '99999999-8888-7777-6666-555555555555',
      }),
    );
  });
  afterAll(async () => running?.close());

  it.skipIf(!externalAddress)('gives a request from another host only the status, and the details with the header token', async () => {
    const url = `http://${externalAddress}:${running.port}`;
    const stranger = await health(url);
    expect(stranger).toEqual({ status: 200, body: { status: 'ok' } });
    const withWrongToken = await health(url, { 'x-health-token': 'health-token-9999999999' });
    expect(withWrongToken.body).toEqual({ status: 'ok' });
    const operator = await health(url, { 'x-health-token': token });
    expect(operator.body).toMatchObject({ status: 'ok', mode: 'teams', database: 'ok', jobs: 'ok', knowledge: { schools: 8 } });
    expect(operator.body.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('gives a request from this machine the details', async () => {
    const local = await health(`http://127.0.0.1:${running.port}`);
    expect(local.body).toMatchObject({ status: 'ok', mode: 'teams', database: 'ok' });
  });
});
