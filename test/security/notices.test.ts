import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { startTestBot, type TestBot } from '../helpers/bot';
import { cardText, findAction } from '../helpers/cards';
import { findSlot, mondayHours } from '../spreekuur/botWorld';

let bot: TestBot | undefined;
afterEach(async () => {
  if (bot) bot.connector.unreachable = false;
  await bot?.stop();
  bot = undefined;
});

describe('a notice that cannot be sent never spoils the sender\'s own answer (finding 5)', () => {
  it('spreekuur: booked and cancelled with the Bot Connector down; the host is told once it is back', async () => {
    const clock = new ManualClock('2026-03-20T09:00:00Z');
    bot = await startTestBot({ clock });
    const { mentor } = await mondayHours(bot);
    const { action } = await findSlot(mentor, '14:00');
    const topicCard = await mentor.execute(action.verb!, action.data);
    const confirm = findAction(topicCard.card, 'Bevestig');

    bot.connector.unreachable = true;
    const booked = await mentor.execute(confirm.verb!, { ...confirm.data, topic: 'onrust in de klas' });
    expect(booked.invokeResponse?.status).toBe(200);
    expect(cardText(booked.card)).toContain('Je afspraak staat');
    await bot.runDueJobs();
    expect(bot.proactiveTo('coach-1')).toHaveLength(0);

    const cancel = findAction(booked.card, 'Annuleer');
    const question = await mentor.execute(cancel.verb!, cancel.data);
    const yes = await mentor.execute(cancel.verb!, { ...cancel.data, confirmed: true });
    expect(cardText(question.card)).not.toContain('Er ging iets mis');
    expect(cardText(yes.card)).toContain('Afspraak geannuleerd');

    await bot.runDueJobs(); // lets the run that is still trying the down connector finish
    bot.connector.unreachable = false;
    clock.advance({ minutes: 5 }); // past the retries so far
    await bot.runDueJobs();
    const told = bot.proactiveTo('coach-1').map((activity) => cardText(activity));
    expect(told.some((text) => text.includes('Nieuwe spreekuurafspraak') && text.includes('onrust in de klas'))).toBe(true);
    expect(told.some((text) => text.includes('Spreekuurafspraak afgezegd'))).toBe(true);
  });
});
