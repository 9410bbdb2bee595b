import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { TestBot, type TestUser } from '../helpers/bot';
import { cardActions, cardText, findAction } from '../helpers/cards';
import { databaseHolds } from '../helpers/sqlite';
import { findSlot, mondayHours, SCHOOL } from '../spreekuur/botWorld';
import { meetingForm } from '../meetings/fixture';

const TOPIC = 'afspraken over huiswerkbegeleiding';
const QUESTION = 'Een leerling in de onderbouw trekt zich sinds de herfst terug en eet niet in de pauze. Hoe begin ik het gesprek?';

let bot: TestBot;
afterEach(async () => bot?.stop());

/** Monday 23 November 2026, 10:00 Amsterdam: Sanne Coach holds Mondays 14:00–15:00, Mees Mentor may book. */
async function world() {
  const clock = new ManualClock('2026-11-23T09:00:00Z');
  bot = await TestBot.start({ clock });
  return { clock, ...(await mondayHours(bot)) };
}

async function book(user: TestUser, time: string, topic = '') {
  const booked = await user.execute('spreekuur.book', { ...(await findSlot(user, time)).action.data, topic });
  expect(cardText(booked.card)).toContain('Je afspraak staat');
}

/** "verwijder mijn gegevens" → the confirmation card → its "Ja" button. */
async function erase(user: TestUser) {
  const [ask] = await user.say('verwijder mijn gegevens');
  expect(cardText(ask)).toContain('Weet je het zeker?');
  const yes = findAction(ask, 'Ja, verwijder mijn gegevens');
  const done = await user.execute(yes.verb!, yes.data);
  expect(cardText(done.card)).toContain('Je gegevens zijn verwijderd');
  return done;
}

const count = (sql: string, ...args: unknown[]) => (bot.db.prepare(sql).get(...args) as { n: number }).n;

describe('"mijn gegevens" and "verwijder mijn gegevens" (AVG rights, issue 12)', () => {
  it('mentor: sees bookings and requests; erasing cancels the future booking (the host is told), keeps the past one as a count, withdraws the request', async () => {
    const { clock, mentor } = await world();
    await book(mentor, '14:00', TOPIC); // today
    clock.set('2026-11-24T09:00:00Z'); // today's appointment is past now
    await book(mentor, '14:15'); // next Monday
    const sent = await mentor.execute('consultation.submit', { schoolId: SCHOOL, theme: 'angst-somberheid', band: 'onderbouw', question: QUESTION, reach: 'chat', urgency: 'deze-week' });
    expect(cardText(sent.card)).toContain('Je vraag is verstuurd');

    const [mine] = await mentor.say('mijn gegevens');
    const shown = cardText(mine);
    expect(shown).toContain('Mees Mentor');
    expect(shown).toContain('Spreekuurafspraken die jij boekte: 2');
    expect(shown).toContain('maandag 30 november 14:15 met Sanne Coach (gepland)');
    expect(shown).toContain('Consultatievragen: 1 verstuurd, waarvan 1 nog open');
    expect(shown).toContain('Gespreksverwijzing');
    expect(shown).toMatch(/Gespreksverwijzing\s*ja/);
    // Only in the personal chat.
    const [inChannel] = await mentor.say('mijn gegevens', { conversationType: 'groupChat', mentionBot: true });
    expect(cardText(inChannel)).not.toContain('Mees Mentor');

    // "Nee" changes nothing.
    const [ask] = await mentor.say('verwijder mijn gegevens');
    await mentor.execute(findAction(ask, 'Nee, niets verwijderen').verb!);
    expect(bot.person('mentor-1')).toBeDefined();

    const noticesBefore = bot.proactiveTo('coach-1').length;
    await erase(mentor);
    expect(bot.person('mentor-1')).toBeUndefined();
    expect(cardText(bot.proactiveTo('coach-1').at(noticesBefore))).toContain('afgezegd');
    const bookings = bot.db.prepare('SELECT status, topic, booker_id FROM spreekuur_bookings ORDER BY starts_at').all() as Array<Record<string, string | null>>;
    expect(bookings.map((b) => [b.status, b.topic])).toEqual([['booked', null], ['cancelled', null]]); // the past one still counts
    expect(bookings.every((b) => b.booker_id!.startsWith('verwijderd-'))).toBe(true);
    expect(bot.db.prepare('SELECT status, question FROM consultations').get()).toEqual({ status: 'ingetrokken', question: '(verwijderd op verzoek van de mentor)' });
    expect(count('SELECT count(*) AS n FROM conversation_refs WHERE person_id = ?', 'mentor-1')).toBe(0);
    for (const text of ['Mees Mentor', TOPIC, 'eet niet in de pauze']) expect(databaseHolds(bot.databaseFile, text), text).toBe(false);
  });

  it('JOS worker: sees the bookings in their spreekuur; erasing stops the series and tells each mentor through the dropped-booking message', async () => {
    const { clock, coach, mentor } = await world();
    await book(mentor, '14:00');
    clock.set('2026-11-24T09:00:00Z');
    await book(mentor, '14:15');

    const [mine] = await coach.say('mijn gegevens');
    const shown = cardText(mine);
    expect(shown).toContain('Afspraken in jouw spreekuur: 2 (actieve spreekuurreeksen: 1)');
    expect(shown).toContain('JOS-medewerker (Jan Arentsz)');

    const before = bot.proactiveTo('mentor-1').length;
    await erase(coach);
    await bot.runDueJobs();
    expect(bot.person('coach-1')).toBeUndefined();
    expect(bot.proactiveTo('mentor-1').slice(before).map(cardText).join('\n')).toMatch(/vervalt|geannuleerd|gaat niet door/i);
    expect(bot.db.prepare("SELECT active FROM spreekuur_series WHERE host_id LIKE 'verwijderd-%'").all()).toEqual([{ active: 0 }]);
    expect(bot.db.prepare('SELECT status FROM spreekuur_bookings ORDER BY starts_at').all()).toEqual([{ status: 'booked' }, { status: 'cancelled' }]);
    expect(databaseHolds(bot.databaseFile, 'Sanne Coach')).toBe(false);
    // The mentor's own view shows the past appointment without the erased name.
    expect(cardText((await mentor.say('mijn gegevens'))[0])).toContain('met Verwijderde gebruiker');
  });

  it('procesbegeleider and meeting member: memberships and answers shown; erasing anonymises the member and keeps the answer count', async () => {
    const clock = new ManualClock('2022-09-01T08:00:00Z');
    bot = await TestBot.start({ clock });
    const pb = bot.user('pb-1', { name: 'Petra Proces', email: 'procesbegeleider@jos.example.org', roles: [{ role: 'procesbegeleider' }] });
    const eva = bot.user('eva-1', { name: 'Eva Verzon', email: 'eva.verzon@school.example.org' });
    await eva.say('hallo');
    const preview = await pb.execute('meetings.plan', meetingForm());
    const send = findAction(preview.card, 'Versturen');
    await pb.execute(send.verb!, send.data);
    await bot.runDueJobs();
    const evaCard = bot.proactiveTo('eva-1').at(-1);
    await eva.execute(findAction(evaCard, 'Ja').verb!, findAction(evaCard, 'Ja').data);

    const shownEva = cardText((await eva.say('mijn gegevens'))[0]);
    expect(shownEva).toContain('Overleggroepen: 2');
    expect(shownEva).toContain('Netwerkgroep (Voorbeeldcollege): 1 antwoorden');
    expect(cardText((await pb.say('mijn gegevens'))[0])).toContain('procesbegeleider');

    await erase(eva);
    const member = bot.db.prepare("SELECT name, email, teams_person_id, removed_at FROM meeting_member WHERE email LIKE 'verwijderd-%'").get() as Record<string, string | null>;
    expect(member).toMatchObject({ name: 'Verwijderde deelnemer', teams_person_id: null });
    expect(member.removed_at).not.toBeNull();
    expect(count("SELECT count(*) AS n FROM meeting_rsvp WHERE answer = 'yes'")).toBe(1);
    for (const text of ['Eva Verzon', 'eva.verzon@school.example.org']) expect(databaseHolds(bot.databaseFile, text), text).toBe(false);

    await erase(pb);
    expect(count('SELECT count(*) AS n FROM meeting WHERE created_by = ?', 'pb-1')).toBe(0);
    expect(count('SELECT count(*) AS n FROM meeting')).toBe(1);
    expect(databaseHolds(bot.databaseFile, 'Petra Proces')).toBe(false);
  });

  it('the help card has a privacy button that shows the statement with every retention default', async () => {
    const { mentor } = await world();
    const [help] = await mentor.say('help');
    expect(cardActions(help).map((action) => action.title)).toContain('Privacy');
    const statement = await mentor.execute(findAction(help, 'Privacy').verb!);
    const text = cardText(statement.card);
    for (const line of ['30 dagen na afronding', '90 dagen na versturen', '14 dagen na de afspraak', 'agendalink', 'jaarplan: 7 dagen', 'schreef): 30 dagen']) expect(text).toContain(line);
    expect(cardActions(statement.card).map((action) => action.title)).toEqual(['Mijn gegevens', 'Verwijder mijn gegevens']);
  });
});
