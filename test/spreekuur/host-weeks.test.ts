import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { startTestBot, type TestBot } from '../helpers/bot';
import { cardText, findAction } from '../helpers/cards';
import { findSlot, mondayHours } from './botWorld';

describe('mijn spreekuur beyond this week', () => {
  let bot: TestBot;
  afterEach(async () => bot.stop());

  it('on a Sunday shows the bookings of Monday and the Monday after, and keeps this week for no-shows', async () => {
    // Saturday 21 March 2026: the mentor books Monday 23 and Monday 30 March.
    const clock = new ManualClock('2026-03-21T09:00:00Z');
    bot = await startTestBot({ clock });
    const { coach, mentor } = await mondayHours(bot);
    const { seriesId } = (await findSlot(mentor, '14:00')).action.data!;
    for (const startsAt of ['2026-03-23T13:00:00.000Z', '2026-03-30T12:15:00.000Z']) {
      const booked = await mentor.execute('spreekuur.book', { seriesId, startsAt, topic: '' });
      expect(cardText(booked.card)).toContain('Je afspraak staat');
    }
    clock.set('2026-03-22T09:00:00Z'); // Sunday

    const [card] = await coach.say('mijn spreekuur');
    const text = cardText(card);
    expect(text).toContain('maandag 23 maart 14:00 · Mees Mentor');
    expect(text).toContain('maandag 30 maart 14:15 · Mees Mentor');

    // A week later the first booking is earlier this week and can still be marked as a no-show.
    clock.set('2026-03-24T09:00:00Z');
    const [tuesday] = await coach.say('mijn spreekuur');
    expect(cardText(tuesday)).toContain('Eerder deze week');
    expect(findAction(tuesday, 'Niet gekomen').data).toMatchObject({ bookingId: 1 });
    expect(cardText(tuesday)).toContain('maandag 30 maart 14:15 · Mees Mentor');
  });
});
