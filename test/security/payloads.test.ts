import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot';

const PROTOTYPE_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const FAILED_TURN = /Er ging iets mis/;

describe('card payloads with prototype keys (finding 6)', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot?.stop());

  const payloads = PROTOTYPE_KEYS.flatMap((key) => [
    { question: key, option: 'ja', facts: { answers: {}, ask: [] } },
    { question: 'Q-MET-WIE', option: key, facts: { answers: {}, ask: [] } },
    { question: key, option: key, facts: { answers: { [key]: key }, ask: [key] } },
  ]);

  it.each(payloads)('answers consent.answer %j with a card, not a failed turn', async (data) => {
    // JSON.stringify drops nothing here: "__proto__" stays an own key of the posted JSON, as an attacker would send it.
    const result = await bot.user('mentor-proto').execute('consent.answer', data);
    expect(result.invokeResponse?.status).toBe(200);
    expect(result.card).toBeDefined();
    expect(result.replies.map((reply) => reply.text ?? '').join(' ')).not.toMatch(FAILED_TURN);
  });

  it.each(PROTOTYPE_KEYS)('answers consent.change with question %s with a card', async (key) => {
    const result = await bot.user('mentor-proto').execute('consent.change', { question: key, facts: { answers: { [key]: 'ja' }, ask: [] } });
    expect(result.invokeResponse?.status).toBe(200);
    expect(result.replies.map((reply) => reply.text ?? '').join(' ')).not.toMatch(FAILED_TURN);
  });

  it.each(PROTOTYPE_KEYS)('answers the typed word %s without a failed turn (found by the fuzz test)', async (key) => {
    const replies = await bot.user('mentor-proto').say(`mag ik ${key} delen met de ouders?`);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.map((reply) => reply.text ?? '').join(' ')).not.toMatch(FAILED_TURN);
    expect((await bot.user('mentor-proto').say(key)).map((reply) => reply.text ?? '').join(' ')).not.toMatch(FAILED_TURN);
  });
});

describe('a form sent with values that are no text (found by the fuzz test)', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot?.stop());

  it.each([{ theme: {} }, { question: ['a'], urgency: 3 }, { schoolId: null, band: true }])(
    'shows the consultation form %j again with what was text, as a card Teams accepts',
    async (data) => {
      // TestBot checks every card against the Adaptive Card 1.5 schema: an object echoed as an input's value fails it.
      const result = await bot.user('mentor-form').execute('consultation.submit', data);
      expect(result.invokeResponse?.status).toBe(200);
      expect(JSON.stringify(result.card)).toContain('Vul school, thema, je vraag');
    },
  );
});
