import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/clock';
import { startTestBot, type TestBot } from '../helpers/bot';

const SLOW_DOWN = /Wacht een minuutje/;

describe('rate limit per person', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: { RATE_LIMIT_PER_MINUTE: '5' } });
  });
  afterAll(async () => bot?.stop());

  it('answers five actions a minute, says once to slow down, drops the rest, and counts clicks too', async () => {
    const flooder = bot.user('mentor-flood');
    for (let i = 0; i < 3; i++) expect((await flooder.say('help'))[0]?.text ?? '').not.toMatch(SLOW_DOWN);
    const click = await flooder.execute('spreekuur.open');
    expect(click.card).toBeDefined();
    expect(await flooder.say('help')).toHaveLength(1);

    const refused = await flooder.say('help');
    expect(refused.map((reply) => reply.text)).toEqual([expect.stringMatching(SLOW_DOWN)]);
    expect(await flooder.say('help')).toEqual([]);
    const refusedClick = await flooder.execute('spreekuur.open');
    expect(refusedClick.card).toBeUndefined();
    expect(refusedClick.invokeResponse?.body).toMatchObject({ type: 'application/vnd.microsoft.activity.message', value: expect.stringMatching(SLOW_DOWN) });

    // Someone else is not slowed down by it.
    expect((await bot.user('mentor-calm').say('help'))[0]?.text ?? '').not.toMatch(SLOW_DOWN);

    (bot.clock as ManualClock).advance({ seconds: 61 });
    expect((await flooder.say('help'))[0]?.text ?? '').not.toMatch(SLOW_DOWN);
  });
});
