import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { startTestBot, type TestBot, type TestUser } from '../helpers/bot';
import { cardActions, cardText, findAction, inputValues } from '../helpers/cards';
import { meetingForm } from '../meetings/fixture';

const form = (date: string) => meetingForm({ date, location: 'Stadskantoor', agenda: '' });
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

describe('a year plan holds only dates from today to 18 months ahead (issue 11)', () => {
  let bot: TestBot;
  let planner: TestUser;
  const demoPlan = readFileSync(join('knowledge', 'meetings', 'plan-2026-2027.csv'), 'utf8');
  const meetingDates = () => (bot.db.prepare('SELECT date FROM meeting ORDER BY date').all() as Array<{ date: string }>).map((row) => row.date);

  beforeAll(async () => {
    // Sunday 29 November 2026, in the 2026–2027 school year.
    bot = await startTestBot({ clock: new ManualClock('2026-11-29T10:00:00Z') });
    planner = bot.user('pb-1', { name: 'Petra Proces', roles: [{ role: 'procesbegeleider' }] });
  });
  afterAll(async () => bot?.stop());

  it('refuses an old plan, names each line with its date, and keeps the pasted text in the field', async () => {
    const old = readFileSync(join('test', 'fixtures', 'meetings', 'plan-2022-2023.csv'), 'utf8');
    const refused = await planner.execute('meetings.import', { text: old });
    const text = cardText(refused.card);
    expect(text).toContain('Geen enkele regel van de planning is bruikbaar.');
    expect(text).toContain('regel 2: 25 oktober 2022 ligt in het verleden');
    expect(text).toContain('regel 11: 11 juli 2023 ligt in het verleden');
    expect(inputValues(refused.card).text).toBe(old);
    expect(cardActions(refused.card).map((action) => action.verb)).not.toContain('meetings.import.apply');
  });

  it('imports the demo plan of knowledge/ but a row typed years ahead, which it names', async () => {
    const typo = demoPlan.replace('2027-03-25', '2029-03-25');
    const preview = await planner.execute('meetings.import', { text: typo });
    const text = cardText(preview.card);
    expect(text).toContain('Jaarplanning: 9 bijeenkomsten');
    expect(text).toContain('regel 7: 25 maart 2029 ligt meer dan 18 maanden vooruit');
    const saved = await planner.execute('meetings.import.apply', findAction(preview.card, 'Opslaan als concept').data);
    expect(cardText(saved.card)).toContain('9 concepten opgeslagen');
    expect(meetingDates()).not.toContain('2029-03-25');

    const demo = await planner.execute('meetings.import', { text: demoPlan });
    expect(cardText(demo.card)).toContain('Jaarplanning: 10 bijeenkomsten');
    expect(cardText(demo.card)).not.toContain('neem ik niet over');
  });
});
