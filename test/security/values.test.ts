import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookAt, mondayHours } from '../spreekuur/botWorld';
import { startTestBot, type TestBot, type TestUser } from '../helpers/bot';

describe('card ids are numbers, never coerced (finding 13)', () => {
  let bot: TestBot;
  let mentor: TestUser;
  let coach: TestUser;
  beforeAll(async () => {
    bot = await startTestBot();
    ({ mentor, coach } = await mondayHours(bot));
    await bookAt(mentor, '14:15');
  });
  afterAll(async () => bot?.stop());

  const status = () => (bot.db.prepare('SELECT id, status FROM spreekuur_bookings').all() as Array<{ id: number; status: string }>);

  it.each([true, '1', [1], 1.5, '0x1', { valueOf: 1 }])('does not cancel booking 1 for bookingId %j', async (bookingId) => {
    expect(status()).toEqual([{ id: 1, status: 'booked' }]);
    const cancel = await mentor.execute('spreekuur.cancel', { bookingId });
    expect(cancel.invokeResponse?.status).toBe(200);
    const noShow = await coach.execute('spreekuur.noShow', { bookingId });
    expect(noShow.invokeResponse?.status).toBe(200);
    expect(status()).toEqual([{ id: 1, status: 'booked' }]);
  });

  it('still cancels with the number the card carries', async () => {
    await mentor.execute('spreekuur.cancel', { bookingId: 1, confirmed: true }); // past the confirmation step
    expect(status()).toEqual([{ id: 1, status: 'cancelled' }]);
  });
});
