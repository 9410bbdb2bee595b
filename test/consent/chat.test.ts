import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot, type TestUser } from '../helpers/bot';
import { cardActions, cardText } from '../helpers/cards';
import { loadScenarios, passCounter } from './scenarios';

const scenarios = loadScenarios();

/** What the first card says: the verdict code in its small print, or the id of the question its options answer. */
function firstAnswer(reply: Partial<Activity> | Record<string, unknown> | undefined): string | undefined {
  const verdict = /Oordeel (V-[A-Z0-9]+)/.exec(cardText(reply))?.[1];
  if (verdict) return verdict;
  return cardActions(reply).find((action) => action.verb === 'consent.answer')?.data?.question as string | undefined;
}

let bot: TestBot;
let mentor: TestUser;
beforeAll(async () => {
  bot = await startTestBot();
  mentor = bot.user('mentor-consent', { name: 'Mentor Toestemming', schoolId: 'stedelijk-dalton', roles: [{ role: 'mentor' }] });
});
afterAll(() => bot.stop());

describe.skipIf(scenarios.length === 0)('shared scenarios through the chat (/api/messages, expectReplies)', () => {
  const counter = passCounter('via de chat (tekst → eerste antwoord)', scenarios.length);
  afterAll(() => counter.report());

  it.each(scenarios)('$id: the first reply is $first', async (scenario) => {
    const replies = await mentor.say(scenario.text);
    expect(replies).toHaveLength(1);
    expect(firstAnswer(replies[0])).toBe(scenario.first);
    counter.pass();
  });
});
