import fc from 'fast-check';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAPABILITY_VERBS } from '../../bot/cards/kit';
import { CONSENT_VERBS } from '../../bot/cards/consent';
import { CONSULTATION_VERBS } from '../../bot/cards/consultations';
import { MEETING_VERBS } from '../../bot/cards/meetings/verbs';
import { SPREEKUUR_VERBS } from '../../bot/cards/spreekuur';
import { startTestBot, type TestBot, type TestUser } from '../helpers/bot';

const VERBS = [...new Set(Object.values({ ...CAPABILITY_VERBS, ...CONSENT_VERBS, ...CONSULTATION_VERBS, ...MEETING_VERBS, ...SPREEKUUR_VERBS }))];
const SCHOOL = 'jan-arentsz';
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const FAILED_TURN = /Er ging iets mis/;

/** Values a clumsy user or an attacker puts where the bot expects an id, a date or a text. */
const nasty = fc.oneof(
  fc.constantFrom(...PROTOTYPE_KEYS),
  fc.constantFrom('2026-02-30', '0001-01-01', '9999-12-31T23:59:59Z', '2026-13-01', 'NaN', '-1', '1e309', '', ' ', '\u0000', '\u202e', '💥'.repeat(50)),
  fc.constantFrom(true, false, null, 0, -1, 1.5, Number.MAX_SAFE_INTEGER, 1e308),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.integer(),
);
const payload: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, nasty, tie('object'), fc.array(tie('value'), { maxLength: 4 })),
  object: fc.dictionary(fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS, 'bookingId', 'seriesId', 'meetingId', 'meetingIds', 'memberId', 'importId', 'question', 'option', 'facts', 'answers', 'ask', 'topic', 'startsAt', 'day', 'date', 'schoolId', 'csv', 'text', 'consultationId', 'theme'), fc.string({ maxLength: 10 })), tie('value'), { maxKeys: 6 }),
})).value;
/** JSON nested deeper than any card makes. */
const deepJson = fc.integer({ min: 50, max: 400 }).map((depth) => JSON.parse('{"a":'.repeat(depth) + '1' + '}'.repeat(depth)) as unknown);
const freeText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.tuple(fc.constantFrom(' ', '\n', 'a', 'spreekuur ', 'graag ', 'Aa ', '1', '\u0000', '<at>', '[x](https://e.org) '), fc.integer({ min: 1, max: 28_000 })).map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, 28_000)),
  fc.constantFrom('spreekuur 30 februari', 'mag ik bellen met de ouders van een leerling van 999 jaar?', 'bijeenkomst op 0001-01-01', 'help\u0000', '/ics/../../etc/passwd'),
);

describe('fuzz: the real server under malformed envelopes, card payloads and free text', () => {
  let bot: TestBot;
  let users: TestUser[];
  const turnErrors: unknown[] = [];
  let requests = 0;

  beforeAll(async () => {
    bot = await startTestBot({ onLog: (line) => line.event === 'turn.error' && turnErrors.push(line) });
    users = [
      bot.user('fuzz-mentor', { schoolId: SCHOOL }),
      bot.user('fuzz-jos', { schoolId: SCHOOL, roles: [{ role: 'jos-functionaris', function: 'jgc', schoolId: SCHOOL }] }),
      bot.user('fuzz-lead', { roles: [{ role: 'projectleider' }, { role: 'beheerder' }] }),
    ];
  });
  afterAll(async () => {
    await bot?.stop();
  });

  const post = async (activity: unknown) => {
    requests += 1;
    const { status, body } = await bot.post(activity as Partial<Activity>);
    expect(status, JSON.stringify(activity).slice(0, 300)).toBeLessThan(500);
    const texts = ((body as { activities?: Array<Partial<Activity>> } | undefined)?.activities ?? []).map((reply) => reply.text ?? '');
    expect(texts.join(' ')).not.toMatch(FAILED_TURN);
  };

  it('answers every mangled envelope with a 2xx or 4xx, never a failed turn', async () => {
    const field = fc.constantFrom('type', 'from', 'recipient', 'conversation', 'channelId', 'serviceUrl', 'text', 'value', 'entities', 'attachments', 'channelData', 'name', 'replyToId', 'membersAdded', 'id', 'locale', 'timestamp');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(field, fc.oneof(payload, deepJson, fc.constant(undefined))), { minLength: 1, maxLength: 4 }), fc.constantFrom('message', 'invoke', 'conversationUpdate', 'event', 'messageReaction', 'typing'), async (changes, type) => {
        const activity = users[0]!.activity({ type, text: 'help' }) as Record<string, unknown>;
        for (const [key, value] of changes) activity[key] = value;
        await post(activity);
      }),
      { numRuns: 200 },
    );
  });

  it('answers every card verb with any payload, as any role, never a failed turn', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...VERBS, 'unknown.verb', '__proto__'), fc.oneof(payload, deepJson), fc.nat(users.length - 1), async (verb, data, who) => {
        const user = users[who]!;
        await post(user.activity({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } }));
      }),
      { numRuns: 300 },
    );
  });

  it('answers any free text, as any role, in any conversation, never a failed turn, with memory flat', async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    await fc.assert(
      fc.asyncProperty(freeText, fc.nat(users.length - 1), fc.constantFrom('personal', 'groupChat', 'channel') as fc.Arbitrary<'personal' | 'groupChat' | 'channel'>, async (text, who, conversationType) => {
        await post(users[who]!.activity({ type: 'message', text }, { conversationType }));
      }),
      { numRuns: 200 },
    );
    const grownMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
    expect(grownMb).toBeLessThan(150);
    expect(turnErrors).toEqual([]);
    expect(requests).toBe(700); // the figure in README "Security"
  });
});
