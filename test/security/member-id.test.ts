import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { startTestBot, type TestBot, type TestUser } from '../helpers/bot';
import { cardText, findAction } from '../helpers/cards';
import { meetingForm } from '../meetings/fixture';

const PICK_AGAIN = 'Kies een lid en een antwoord.';

describe('"Antwoord invullen" takes a member id exactly as the card sends it (finding 13)', () => {
  let bot: TestBot;
  let planner: TestUser;
  let meetingId: number;
  let memberId: number;
  const answers = () => bot.db.prepare('SELECT member_id AS memberId, answer FROM meeting_rsvp ORDER BY member_id').all();

  beforeAll(async () => {
    bot = await startTestBot({ clock: new ManualClock('2022-10-01T08:00:00Z') });
    planner = bot.user('pb-1', { name: 'Petra Proces', roles: [{ role: 'procesbegeleider' }] });
    const preview = await planner.execute('meetings.plan', meetingForm());
    const sent = await planner.execute(findAction(preview.card, 'Versturen').verb!, findAction(preview.card, 'Versturen').data);
    meetingId = Number(findAction(sent.card, 'Annuleren').data!.meetingId);
    const members = bot.db.prepare("SELECT id FROM meeting_member WHERE group_id = 'netwerkgroep' AND removed_at IS NULL ORDER BY id").all() as Array<{ id: number }>;
    // The largest id: "1e1"-style and padded forms of it must not reach a real member either.
    memberId = members.at(-1)!.id;
  });
  afterAll(async () => bot?.stop());

  it.each([
    ['exponent', () => `${memberId / 10}e1`],
    ['leading space', () => ` ${memberId}`],
    ['trailing letters', () => `${memberId}abc`],
    ['leading zero', () => `0${memberId}`],
    ['fraction', () => memberId + 0.5],
    ['hexadecimal', () => `0x${memberId.toString(16)}`],
    ['object', () => ({ valueOf: memberId })],
    ['list', () => [memberId]],
    ['boolean', () => true],
  ])('refuses a member id with %s: the form again, nothing stored', async (_label, forged) => {
    const result = await planner.execute('meetings.answer.set', { meetingId, memberId: forged(), answer: 'yes' });
    expect(cardText(result.card)).toContain(PICK_AGAIN);
    expect(answers()).toEqual([]);
  });

  it('takes the id as the choice set sends it (text) and as a number', async () => {
    const asText = await planner.execute('meetings.answer.set', { meetingId, memberId: String(memberId), answer: 'maybe' });
    expect(cardText(asText.card)).toMatch(/Misschien \(1\)/);
    const asNumber = await planner.execute('meetings.answer.set', { meetingId, memberId, answer: 'no' });
    expect(cardText(asNumber.card)).toMatch(/Nee \(1\)/);
    expect(answers()).toEqual([{ memberId, answer: 'no' }]);
  });
});
