import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEnvelope } from '../../bot/http/envelope';
import { personKey } from '../../bot/identity';
import { personalConversationId, startTestBot, type TestBot } from '../helpers/bot';

describe('malformed envelopes get 400 before any turn (finding 3)', () => {
  let bot: TestBot;
  const logs: Array<Record<string, unknown>> = [];
  beforeAll(async () => {
    bot = await startTestBot({ onLog: (line) => logs.push(line) });
  });
  afterAll(async () => bot?.stop());

  const broken: Array<[string, (activity: Record<string, unknown>) => void]> = [
    ['no type', (a) => delete a.type],
    ['no from', (a) => delete a.from],
    ['no conversation', (a) => delete a.conversation],
    ['no recipient', (a) => delete a.recipient],
    ['no channelId', (a) => delete a.channelId],
    ['a numeric type', (a) => (a.type = 42)],
    ['a numeric from.id', (a) => (a.from = { id: 7 })],
    ['conversation as a string', (a) => (a.conversation = 'personal')],
    ['text as an object', (a) => (a.text = { toString: 'x' })],
    ['entities as a string', (a) => (a.entities = 'mention')],
  ];

  it.each(broken)('answers 400 to an activity with %s, naming no internals', async (_label, breakIt) => {
    const activity = bot.user('mentor-envelope').activity({ type: 'message', text: 'help' }) as Record<string, unknown>;
    breakIt(activity);
    logs.length = 0;
    const { status, body } = await bot.post(activity as never);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).not.toMatch(/validateAndFixActivity|Error|at \w+ \(|node_modules/);
    expect(logs.filter((line) => line.event === 'turn.error')).toEqual([]);
  });

  it('answers 400 to a JSON array or a bare string and keeps serving', async () => {
    for (const body of ['[]', '"message"', 'null']) {
      const response = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(response.status).toBe(400);
    }
    expect(await bot.user('mentor-envelope').say('help')).toHaveLength(1);
  });
});

describe('identity and channel (finding 4)', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot?.stop());

  it('refuses activities from other channels, even carrying a known person id', async () => {
    const victim = bot.user('jos-victim');
    await victim.say('help');
    for (const channelId of ['directline', 'webchat', 'emulator', 'slack', '']) {
      const forged = victim.activity({
        type: 'message',
        text: 'spreekuur',
        channelId,
        from: { id: 'jos-victim', name: 'Aanvaller' },
        conversation: { id: 'attacker-conversation' } as never,
      });
      const { status } = await bot.post(forged);
      expect(status, channelId).toBeGreaterThanOrEqual(400);
      expect(status, channelId).toBeLessThan(500);
    }
    await bot.deps.proactive.sendToPerson('jos-victim', 'Nieuwe consultatie');
    expect(bot.connector.sentTo('attacker-conversation')).toEqual([]);
    expect(bot.connector.sentTo(personalConversationId('jos-victim')).map((activity) => activity.text)).toEqual(['Nieuwe consultatie']);
  });

  it('never lets an activity from another tenant replace where a person’s notices go', async () => {
    const person = bot.user('jos-tenant');
    await person.say('help');
    const otherTenant = '00000000-0000-0000-0000-00000000beef';
    const forged = person.activity({
      type: 'message',
      text: 'help',
      conversation: { id: 'other-tenant-chat', conversationType: 'personal', tenantId: otherTenant } as never,
      channelData: { tenant: { id: otherTenant } },
    });
    await bot.post(forged);
    bot.connector.clear();
    await bot.deps.proactive.sendToPerson('jos-tenant', 'Herinnering');
    expect(bot.connector.sentTo('other-tenant-chat')).toEqual([]);
    expect(bot.connector.sentTo(personalConversationId('jos-tenant'))).toHaveLength(1);
  });

  it('keys people on their Entra object id in Teams mode, never on the channel user id', () => {
    expect(personKey({ from: { id: '29:someone', name: 'x', aadObjectId: 'aad-1' } }, 'teams')).toBe('aad-1');
    expect(personKey({ from: { id: 'jos-victim', name: 'x' } }, 'teams')).toBeUndefined();
    expect(personKey({ from: { id: 'playground-user', name: 'x' } }, 'local')).toBe('playground-user');
    const withoutObjectId = { type: 'message', channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', from: { id: '29:x' }, recipient: { id: '28:bot' }, conversation: { id: 'c' } };
    expect(checkEnvelope(withoutObjectId, { mode: 'teams' })).toMatchObject({ ok: false, status: 400 });
    expect(checkEnvelope(withoutObjectId, { mode: 'local' })).toEqual({ ok: true });
  });
});
