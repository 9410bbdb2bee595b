import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { cardActions, cardText } from '../helpers/cards';

const BOTS = 3;
const REQUESTS = 48;

/** One real bot process (the built dist/main.js, local mode, any free port) on the shared data directory; resolves when it listens. */
async function startBotProcess(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.PUBLIC_BASE_URL;
  const child = spawn(process.execPath, ['--enable-source-maps', inject('botEntry')], {
    env: {
      ...env,
      PORT: '0',
      DATA_DIR: dataDir,
      PEOPLE_FILE: join(dataDir, 'none.yaml'),
      LOCAL_ROLES: 'mentor',
      LOCAL_SCHOOL: 'jan-arentsz',
      LOG_LEVEL: 'silent',
      JOB_INTERVAL_SECONDS: '3600',
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
      MicrosoftAppTenantId: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bot did not start:\n${output}`)), 60_000);
    const onData = (data: Buffer) => {
      output += data.toString();
      const listening = /luistert op (http:\/\/\S+)\/api\/messages/.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve(listening[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`bot exited (${code}):\n${output}`)));
  });
  return { child, url };
}

let counter = 0;
function activity(userId: string, partial: Record<string, unknown>): Record<string, unknown> {
  return {
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/', // loopback, never called: replies come back in the response (expectReplies)
    id: `mp-${++counter}`,
    from: { id: `29:${userId}`, name: `Mentor ${userId}`, aadObjectId: userId },
    recipient: { id: '28:jos-bot', name: 'JOS-assistent' },
    conversation: { id: `personal-${userId}`, conversationType: 'personal', tenantId: '00000000-0000-0000-0000-000000000001' },
    locale: 'nl-NL',
    deliveryMode: 'expectReplies',
    ...partial,
  };
}

async function post(url: string, body: Record<string, unknown>): Promise<{ status: number; activities: Array<Record<string, unknown>> }> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const parsed = text ? (JSON.parse(text) as { activities?: Array<Record<string, unknown>> }) : {};
  return { status: response.status, activities: parsed.activities ?? [] };
}

function executeActivity(verb: string, data: Record<string, unknown>): Record<string, unknown> {
  return { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } };
}

/** The card an Action.Execute answered with (in the invokeResponse of the expectReplies body). */
function invokeCard(result: { activities: Array<Record<string, unknown>> }): never {
  const invoke = result.activities.find((reply) => reply.type === 'invokeResponse') as
    | { value?: { body?: { value?: Record<string, unknown> } } }
    | undefined;
  return invoke?.value?.body?.value as never;
}

describe('one slot, several bot processes on one database file', () => {
  const bots: ChildProcess[] = [];
  afterAll(async () => {
    await Promise.all(
      bots.map((child) => new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      })),
    );
  });

  it(`${REQUESTS} simultaneous booking requests spread over ${BOTS} processes: exactly one booking, the rest refused, no 5xx`, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'spreekuur-mp-'));
    // The first creates and migrates the database file; the others then start side by side.
    const first = await startBotProcess(dataDir);
    bots.push(first.child);
    const others = await Promise.all(Array.from({ length: BOTS - 1 }, () => startBotProcess(dataDir).then((bot) => (bots.push(bot.child), bot))));
    const urls = [first, ...others].map((bot) => bot.url);
    // The demo hours of local mode give slots; the first button of the list is the slot everybody wants.
    const list = await post(urls[0]!, activity('scout', { type: 'message', text: 'spreekuur' }));
    const firstDay = cardActions(list.activities[0] as never).find((action) => action.verb === 'spreekuur.day');
    expect(firstDay, cardText(list.activities[0] as never)).toBeTruthy();
    const day = await post(urls[0]!, activity('scout', executeActivity(firstDay!.verb!, firstDay!.data!)));
    const pick = cardActions(invokeCard(day)).find((action) => action.verb === 'spreekuur.pick');
    expect(pick, cardText(invokeCard(day))).toBeTruthy();

    const results = await Promise.all(
      Array.from({ length: REQUESTS }, (_, index) =>
        post(
          urls[index % BOTS]!,
          activity(`racer-${index}`, executeActivity('spreekuur.book', { ...pick!.data, topic: '' })),
        ),
      ),
    );

    expect(results.map((result) => result.status).filter((status) => status >= 500)).toEqual([]);
    const texts = results.map((result) => cardText(invokeCard(result)));
    expect(texts.filter((text) => text.includes('Je afspraak staat'))).toHaveLength(1);
    expect(texts.filter((text) => text.includes('Dit tijdstip is net vergeven'))).toHaveLength(REQUESTS - 1);
  }, 180_000);
});
