import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { startTestBot, type TestBot } from '../helpers/bot';
import { cardText } from '../helpers/cards';
import { findSlot } from './botWorld';

describe('a school year without holiday dates', () => {
  let bot: TestBot | undefined;
  afterEach(async () => bot?.stop());

  it('the spreekuur still runs, and the JOS worker is told once that the holidays are not set', async () => {
    // Monday 6 September 2027: no table for 2027-2028 ships.
    bot = await startTestBot({ clock: new ManualClock('2027-09-06T08:00:00Z') });
    const coach = bot.user('coach-1', { name: 'Sanne Coach', roles: [{ role: 'jos-functionaris', function: 'jgc', schoolId: 'vonk' }] });
    const mentor = bot.user('mentor-1', { name: 'Mees Mentor', schoolId: 'vonk' });
    await coach.execute('spreekuur.saveSeries', {
      schoolId: 'vonk', weekday: '3', startTime: '10:00', endTime: '10:30', slotMinutes: '15', place: 'Kamer 12', validFrom: '2027-09-01',
    });
    const [first] = await coach.say('mijn spreekuur');
    expect(cardText(first)).toContain('Voor schooljaar 2027-2028 zijn de schoolvakanties van Vonk niet ingesteld');
    const [second] = await coach.say('mijn spreekuur');
    expect(cardText(second)).not.toContain('niet ingesteld');
    const { dayCard } = await findSlot(mentor, '10:00');
    expect(cardText(dayCard)).toContain('Sanne Coach · Kamer 12');
  });
});
