import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { startTestBot, type TestBot } from '../helpers/bot';
import { findAction } from '../helpers/cards';
import { checkIcs, expectSequenceRaised } from '../helpers/ics';
import { bookAt, mondayHours } from './botWorld';

describe('the calendar link of a mentor without an e-mail address on file', () => {
  let bot: TestBot;
  afterEach(async () => bot.stop());

  it('adds the appointment without asking for a reply to nobody, and its cancel still removes it', async () => {
    bot = await startTestBot({ clock: new ManualClock('2026-03-20T09:00:00Z') });
    const { mentor } = await mondayHours(bot); // Mees Mentor has no e-mail address
    const booked = await bookAt(mentor, '14:00');
    const link = findAction(booked.card, 'Zet in mijn agenda').url!;
    const response = await fetch(link);
    expect(response.headers.get('content-type')).toContain('method=PUBLISH');
    const text = await response.text();
    expect(text).not.toContain('METHOD:REQUEST');
    expect(text).not.toMatch(/^ATTENDEE/m);
    expect(text).not.toContain('RSVP');
    const added = checkIcs(text, 'PUBLISH');

    const question = await mentor.execute('spreekuur.cancel', findAction(booked.card, 'Annuleer').data);
    const cancelled = await mentor.execute('spreekuur.cancel', findAction(question.card, 'Ja, annuleer').data);
    const again = await fetch(findAction(cancelled.card, 'Haal uit mijn agenda').url!);
    expect(again.headers.get('content-type')).toContain('method=CANCEL');
    expectSequenceRaised(added, checkIcs(await again.text(), 'CANCEL'));
  });
});
