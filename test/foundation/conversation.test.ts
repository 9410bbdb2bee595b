import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardActions, cardText } from '../helpers/cards';
import { startTestBot, type TestBot } from '../helpers/bot';
import { CAPABILITY_VERBS } from '../../bot/cards/kit';

describe('conversation basics through the real server', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot?.stop());

  it('welcomes a user when the bot is installed, with a button per capability and the privacy line', async () => {
    const replies = await bot.user('mentor-1').install();
    expect(replies).toHaveLength(1);
    const text = cardText(replies[0]);
    expect(text).toContain('Welkom bij JOS-assistent');
    expect(text).toMatch(/Privacy: .*30 dagen/);
    expect(cardActions(replies[0]).map((action) => action.verb)).toEqual([
      CAPABILITY_VERBS.consent,
      CAPABILITY_VERBS.spreekuur,
      CAPABILITY_VERBS.consultation,
      CAPABILITY_VERBS.meetings,
      CAPABILITY_VERBS.privacy,
    ]);
  });

  it('shows the help card for "help"', async () => {
    const replies = await bot.user('mentor-1').say('help');
    expect(replies).toHaveLength(1);
    expect(cardText(replies[0])).toContain('Waarmee kan ik je helpen?');
  });

  it('answers text it does not understand with a helpful fallback, never silence', async () => {
    const replies = await bot.user('mentor-1').say('qwerty asdf');
    expect(replies).toHaveLength(1);
    const text = cardText(replies[0]);
    expect(text).toContain('Dat begreep ik niet helemaal');
    expect(text).toContain('Spreekuur boeken');
  });

  it('stays silent in a channel unless it is mentioned', async () => {
    const user = bot.user('mentor-1');
    expect(await user.say('help', { conversationType: 'channel' })).toHaveLength(0);
    const mentioned = await user.say('help', { conversationType: 'channel', mentionBot: true });
    expect(cardText(mentioned[0])).toContain('Waarmee kan ik je helpen?');
  });

  it('answers in a group chat', async () => {
    const replies = await bot.user('mentor-1').say('help', { conversationType: 'groupChat', mentionBot: true });
    expect(cardText(replies[0])).toContain('Waarmee kan ik je helpen?');
  });

  it('answers the help button of a card', async () => {
    const result = await bot.user('mentor-1').execute(CAPABILITY_VERBS.help);
    expect(result.invokeResponse?.status).toBe(200);
    expect(cardText(result.card)).toContain('Waarmee kan ik je helpen?');
  });
});
