import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { startTestBot, type TestBot } from '../helpers/bot';
import { cardActions, cardText, findAction } from '../helpers/cards';
import { bookAt, mondayHours } from './botWorld';
import type { TestUser } from '../helpers/bot';

describe('booking the spreekuur: first a day, then its times', () => {
  let bot: TestBot;
  let mentor: TestUser;
  let coach: TestUser;
  beforeEach(async () => {
    bot = await startTestBot({ clock: new ManualClock('2026-03-20T09:00:00Z') }); // Friday 20 March 2026
    ({ mentor, coach } = await mondayHours(bot));
  });
  afterEach(async () => bot.stop());

  it('lists days with their free places, pages on with "Later", and shows the worker once above the times', async () => {
    const [list] = await mentor.say('spreekuur');
    const days = cardActions(list).filter((action) => action.verb === 'spreekuur.day').map((action) => action.title);
    // The demo hours of local mode add other days; Sanne's Mondays are there, 6 April (Tweede Paasdag) is not.
    expect(days).toEqual(expect.arrayContaining([expect.stringMatching(/^maandag 23 maart \(\d+ plekken\)$/), expect.stringMatching(/^maandag 30 maart/)]));
    expect(days.join()).not.toContain('6 april');
    expect(days.every((title) => !title.includes('Sanne Coach'))).toBe(true);
    expect(cardActions(list).some((action) => action.verb === 'spreekuur.pick')).toBe(false);

    const later = await mentor.execute('spreekuur.open', findAction(list, 'Later').data);
    expect(cardText(later.card)).toMatch(/maandag 13 april \(\d+ plekken\)/);
    expect(cardText(later.card)).not.toContain('maandag 23 maart');
    expect(findAction(later.card, 'Eerder').verb).toBe('spreekuur.open');

    const day = await mentor.execute('spreekuur.day', findAction(list, /^maandag 23 maart/).data);
    const text = cardText(day.card);
    expect(text).toContain('maandag 23 maart');
    expect(text.split('Sanne Coach').length - 1).toBe(1);
    expect(text).toContain('Sanne Coach · Lokaal 0.14');
    const times = cardActions(day.card).filter((action) => action.verb === 'spreekuur.pick').map((action) => action.title);
    expect(times).toEqual(expect.arrayContaining(['14:00', '14:15', '14:30', '14:45']));
    expect(times.every((time) => /^\d{2}:\d{2}$/.test(time))).toBe(true);
    const topic = await mentor.execute('spreekuur.pick', findAction(day.card, '14:15').data);
    expect(cardText(topic.card)).toContain('maandag 23 maart, 14:15–14:30');
  });

  it('says the booking limit on the slot card, before a slot is picked', async () => {
    const [fresh] = await mentor.say('spreekuur');
    expect(cardText(fresh)).not.toContain('maximum');
    await bookAt(mentor, '14:00');
    const [one] = await mentor.say('spreekuur');
    expect(cardText(one)).toContain('Je hebt 1 afspraak staan; je mag er 2 tegelijk hebben.');
    await bookAt(mentor, '14:15');
    const [full] = await mentor.say('spreekuur');
    expect(cardText(full)).toContain('je hebt al 2 afspraken, het maximum');
  });

  it('counts in words: "1 mentor krijgt bericht", not "1 mentor(en) krijgen"', async () => {
    await bookAt(mentor, '14:00');
    const [view] = await coach.say('mijn spreekuur');
    const dates = await coach.execute('spreekuur.dateList', findAction(view, 'Datum afzeggen').data);
    const question = await coach.execute('spreekuur.cancelDate', findAction(dates.card, /^maandag 23 maart/).data);
    expect(cardText(question.card)).toContain('1 afspraak wordt afgezegd; de mentor krijgt bericht');
    const done = await coach.execute('spreekuur.cancelDate', findAction(question.card, 'Ja, zeg af').data);
    expect(cardText(done.card)).toContain('1 mentor krijgt bericht.');
    expect(cardText(done.card)).not.toContain('(en)');
  });
});
