import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { startTestBot, type TestBot, type TestUser } from '../helpers/bot';
import { cardText, findAction } from '../helpers/cards';

const form = (date: string) => ({
  groupId: 'netwerkgroep', title: 'Netwerkgroep bijeenkomst 2', number: '2', date, startTime: '15:00', endTime: '17:00',
  location: 'Stadskantoor', onlineUrl: '', agenda: '', reserve: 'false',
});
const OUT_OF_RANGE = 'Kies een datum tussen een jaar geleden en 3 jaar vooruit.';

describe('meeting dates outside a year back to three years ahead are refused (finding 13)', () => {
  let bot: TestBot;
  let planner: TestUser;
  const meetingDates = () => (bot.db.prepare('SELECT date FROM meeting').all() as Array<{ date: string }>).map((row) => row.date);

  beforeAll(async () => {
    // Thursday 1 September 2022.
    bot = await startTestBot({ clock: new ManualClock('2022-09-01T08:00:00Z') });
    planner = bot.user('pb-1', { name: 'Petra Proces', roles: [{ role: 'procesbegeleider' }] });
  });
  afterAll(async () => bot?.stop());

  it.each(['0001-01-01', '9999-12-31', '2021-08-31', '2025-09-02'])('the preview of %s answers with the form and a clear sentence', async (date) => {
    const preview = await planner.execute('meetings.plan', form(date));
    expect(cardText(preview.card)).toContain(OUT_OF_RANGE);
    expect(cardText(preview.card)).not.toContain('Versturen');
  });

  it('Versturen with a forged date sends nothing; an edit is refused the same way', async () => {
    const forged = await planner.execute('meetings.send', { ...form('9999-12-31'), draftKey: randomUUID() });
    expect(cardText(forged.card)).toContain(OUT_OF_RANGE);
    expect(meetingDates()).toEqual([]);

    const preview = await planner.execute('meetings.plan', form('2025-08-31'));
    const send = findAction(preview.card, 'Versturen');
    await planner.execute(send.verb!, send.data);
    expect(meetingDates(), 'three years ahead is still fine').toEqual(['2025-08-31']);
    const meetingId = (bot.db.prepare('SELECT id FROM meeting').get() as { id: number }).id;
    const edit = await planner.execute('meetings.edit', { meetingId, date: '0001-01-01', startTime: '15:00', endTime: '17:00', location: '', onlineUrl: '' });
    expect(cardText(edit.card)).toContain(OUT_OF_RANGE);
    expect(meetingDates()).toEqual(['2025-08-31']);

  });
});
