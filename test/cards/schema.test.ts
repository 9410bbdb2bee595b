import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot';
import { assertValidCards, CARD_SCHEMA_FILE, cardSchemaErrors, cardsIn } from '../helpers/cardSchema';

/**
 * Every card a conversation test makes the bot send (replies, cards returned by a click, proactive messages and card
 * updates) goes through test/helpers/cardSchema.ts on its way to the test. These tests show that check itself works.
 */
describe('the Adaptive Cards 1.5 schema check', () => {
  let bot: TestBot;
  let helpCard: Record<string, unknown>;
  beforeAll(async () => {
    bot = await startTestBot();
    [helpCard] = cardsIn(await bot.user('mentor-1').say('help')) as [Record<string, unknown>];
  });
  afterAll(() => bot.stop());

  it('accepts the help card, including Teams\' msteams extension on the root', () => {
    expect(helpCard.msteams).toEqual({ width: 'Full' });
    expect(cardSchemaErrors(helpCard)).toEqual([]);
  });

  it('rejects a card the schema does not allow, and says where and why', () => {
    expect(cardSchemaErrors({ ...helpCard, body: [{ type: 'TextBlok', text: 'x' }] })).toEqual([
      '/body/0/type "TextBlok" is not an element or action kind',
    ]);
    expect(cardSchemaErrors({ ...helpCard, body: [{ type: 'TextBlock' }] })).toEqual(["/body/0 must have required property 'text'"]);
    expect(cardSchemaErrors({ ...helpCard, colour: 'red' })).toEqual(['(card) must NOT have additional properties: colour']);
    expect(cardSchemaErrors({ ...helpCard, actions: [{ type: 'Action.Execute', title: 'x', verb: 1 }] })).toEqual([
      '/actions/0/verb must be string',
    ]);
  });

  it('fails a conversation that sends an invalid card, in a reply or a card returned by a click', () => {
    const broken = { ...helpCard, body: [{ type: 'TextBlock' }] };
    const reply: Partial<Activity> = { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: broken }] };
    const invokeResponse: Partial<Activity> = {
      type: 'invokeResponse',
      value: { status: 200, body: { type: 'application/vnd.microsoft.card.adaptive', value: broken } },
    };
    expect(() => assertValidCards([reply])).toThrow(/1\.5 schema rejects:\n {2}\/body\/0 must have required property 'text'/);
    expect(() => assertValidCards([invokeResponse])).toThrow(/schema rejects/);
  });

  it('fails with a clear message when ../shared is missing, instead of skipping', () => {
    const missing = CARD_SCHEMA_FILE.replace('shared', 'shared-missing');
    expect(() => cardSchemaErrors(helpCard, missing)).toThrow(`${missing} not found: these tests need ../shared beside the repository`);
  });
});
