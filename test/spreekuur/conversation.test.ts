import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { cardActions, cardOf, cardText, findAction } from '../helpers/cards';
import { startTestBot, type TestBot, type TestUser } from '../helpers/bot';
import { checkIcs, expectSequenceRaised } from '../helpers/ics';
import { everyListedDay, findSlot } from './botWorld';

const SCHOOL = 'jan-arentsz';

describe('spreekuur in a conversation', () => {
  let bot: TestBot;
  let coach: TestUser;
  let mentor: TestUser;

  beforeEach(async () => {
    // Friday 20 March 2026, 10:00 in Amsterdam.
    bot = await startTestBot({ clock: new ManualClock('2026-03-20T09:00:00Z') });
    coach = bot.user('coach-1', { name: 'Sanne Coach', email: 'sanne@groeimee.example', roles: [{ role: 'jos-functionaris', function: 'jgc', schoolId: SCHOOL }] });
    mentor = bot.user('mentor-1', { name: 'Mees Mentor', email: 'mees@school.example', schoolId: SCHOOL });
    await coach.say('hallo'); // stores the coach's conversation, so proactive messages reach them
    await mentor.say('hallo');
    const form = await coach.execute('spreekuur.seriesForm');
    expect(cardText(form.card)).toContain('Nieuw spreekuur');
    const saved = await coach.execute('spreekuur.saveSeries', {
      schoolId: SCHOOL, weekday: '1', startTime: '14:00', endTime: '15:00', slotMinutes: '15', place: 'Lokaal 0.14', validFrom: '2026-03-01', validUntil: '',
    });
    expect(cardText(saved.card)).toContain('Spreekuur opgeslagen');
  });
  afterEach(async () => bot.stop());

  /** Books the first free slot at `time` (first Monday that has it free). */
  async function bookFirstSlot(
    user: TestUser,
    topic = '',
    time = '14:00',
  ): Promise<Awaited<ReturnType<TestUser['execute']>> & { submitted: Record<string, unknown> }> {
    const { action: pick } = await findSlot(user, time, 'ik wil naar het spreekuur');
    const topicCard = await user.execute(pick.verb!, pick.data);
    const confirm = findAction(topicCard.card, 'Bevestig');
    const submitted = { ...confirm.data, topic };
    return { ...(await user.execute(confirm.verb!, submitted)), submitted };
  }

  it('list → book → confirm, with a calendar link and the host told', async () => {
    const [list] = await mentor.say('spreekuur');
    const text = cardText(list);
    expect(text).toContain('JOS-spreekuur Jan Arentsz');
    expect(text).toContain('maandag 23 maart');
    expect(text).toContain('maandag 30 maart');
    expect(text).not.toContain('maandag 6 april'); // Tweede Paasdag

    const booked = await bookFirstSlot(mentor, 'onrust in de klas na de pauze');
    expect(booked.status).toBe(200);
    const confirmation = cardText(booked.card);
    expect(confirmation).toContain('Je afspraak staat');
    expect(confirmation).toContain('maandag 23 maart, 14:00–14:15');
    expect(confirmation).toContain('Sanne Coach');
    expect(confirmation).toContain('Lokaal 0.14');
    expect(confirmation).toContain('Je krijgt een uur van tevoren een herinnering.');
    expect(cardActions(booked.card).map((action) => action.title)).toEqual(['Zet in mijn agenda', 'Annuleer']);

    const link = findAction(booked.card, 'Zet in mijn agenda').url!;
    expect(link).toMatch(/\/ics\/[A-Za-z0-9_-]{32}\.ics$/);
    const response = await fetch(link);
    expect(response.headers.get('content-type')).toContain('method=REQUEST');
    const ics = checkIcs(await response.text(), 'REQUEST');
    expect(ics.events[0]!.startUtc).toBe('2026-03-23T13:00:00.000Z');
    expect(ics.events[0]!.organizer).toBe('mailto:sanne@groeimee.example');
    expect(ics.events[0]!.attendees.map((attendee) => attendee.value)).toEqual(['mailto:mees@school.example']);

    const hostMessages = bot.proactiveTo('coach-1').map(cardText).join('\n');
    expect(hostMessages).toContain('Nieuwe spreekuurafspraak');
    expect(hostMessages).toContain('Mees Mentor');
    expect(hostMessages).toContain('onrust in de klas na de pauze');

    // A second click (or Teams redelivering the invoke) finds the same booking and tells the host nothing new.
    const again = await mentor.execute('spreekuur.book', booked.submitted);
    expect(cardText(again.card)).toContain('Deze afspraak had je al');
    expect(bot.proactiveTo('coach-1').map(cardText).filter((card) => card.includes('Nieuwe spreekuurafspraak'))).toHaveLength(1);
    expect(bot.db.prepare('SELECT COUNT(*) AS n FROM spreekuur_bookings').get()).toEqual({ n: 1 });

    expect((await fetch(link.replace(/[A-Za-z0-9_-]{32}\.ics$/, 'x'.repeat(32) + '.ics'))).status).toBe(404);
  });

  it("refuses a topic with a pupil's name, keeps the slot free and lets the mentor try again", async () => {
    const refused = await bookFirstSlot(mentor, 'Gedrag van Daan de Vries uit 2B');
    const text = cardText(refused.card);
    expect(text).toContain('herkenbaar');
    expect(text).toMatch(/Gevonden: [^.]*naam/);
    expect(text).toContain('Gedrag van ['); // kept to edit, with the name masked
    expect(text).not.toContain('Daan');
    expect(bot.db.prepare('SELECT COUNT(*) AS n FROM spreekuur_bookings').get()).toEqual({ n: 0 });
    const again = await mentor.execute('spreekuur.book', { ...findAction(refused.card, 'Bevestig').data, topic: 'gedrag in de klas' });
    expect(cardText(again.card)).toContain('Je afspraak staat');
  });

  it('masks the whole name in the suggested topic and counts a first name as the subject (issue 12, finding 5)', async () => {
    const refused = await bookFirstSlot(mentor, 'Jan de Vries uit 2B is steeds onrustig');
    const topicInput = (cardOf(refused.card)!.body as Array<{ id?: string; value?: string; items?: unknown[] }>)
      .flatMap((element) => [element, ...((element.items ?? []) as Array<{ id?: string; value?: string }>)])
      .find((element) => element.id === 'topic');
    expect(topicInput?.value).toBe('[klas en naam] is steeds onrustig');
    // Sending the suggestion as it stands books the slot without any part of the name, in the card or the calendar file.
    const booked = await mentor.execute('spreekuur.book', { ...findAction(refused.card, 'Bevestig').data, topic: topicInput!.value });
    expect(cardText(booked.card)).toContain('Je afspraak staat');
    const ics = checkIcs(await (await fetch(findAction(booked.card, 'Zet in mijn agenda').url!)).text(), 'REQUEST');
    expect(ics.events[0]!.description ?? '').not.toMatch(/Jan|Vries/);

    const slot = (await findSlot(mentor, '14:00')).action.data!;
    const firstNameOnly = await mentor.execute('spreekuur.book', { ...slot, topic: 'Jan is steeds onrustig' });
    expect(cardText(firstNameOnly.card)).toMatch(/Gevonden: [^.]*naam/);
  });

  it('refuses a topic with a BSN, a date of birth, a phone number or an e-mail address', async () => {
    const slot = (await findSlot(mentor, '14:00')).action.data!;
    const samples: [topic: string, said: string][] = [
      ['leerling met bsn 111222333 heeft problemen', 'BSN'],
      ['meisje geboren op 12-03-2012, veel verzuim', 'geboortedatum'],
      ['moeder belt steeds vanaf 06-12345678', 'telefoonnummer'],
      ['vader mailt vanaf ouder.jansen@example.nl', 'e-mailadres'],
    ];
    for (const [topic, said] of samples) {
      const refused = await mentor.execute('spreekuur.book', { ...slot, topic });
      expect(cardText(refused.card), topic).toContain(`Gevonden: ${said}`);
    }
    expect(bot.db.prepare('SELECT COUNT(*) AS n FROM spreekuur_bookings').get()).toEqual({ n: 0 });
  });

  it('cancel: frees the slot, tells the host, and the link now cancels with a higher SEQUENCE', async () => {
    const booked = await bookFirstSlot(mentor, 'klassenmanagement');
    const link = findAction(booked.card, 'Zet in mijn agenda').url!;
    const before = checkIcs(await (await fetch(link)).text(), 'REQUEST');

    const [mine] = await mentor.say('mijn afspraken');
    expect(cardText(mine)).toContain('maandag 23 maart, 14:00–14:15 bij Sanne Coach');
    expect(cardText(mine)).toContain('Onderwerp: klassenmanagement');
    const cancel = findAction(mine, 'Annuleer');
    const question = await mentor.execute(cancel.verb!, cancel.data);
    // A destructive click asks first; nothing has happened yet.
    expect(cardText(question.card)).toContain('Afspraak annuleren?');
    expect(cardText(question.card)).toContain('maandag 23 maart, 14:00–14:15 bij Sanne Coach');
    expect(bot.proactiveTo('coach-1').map(cardText).join('\n')).not.toContain('Spreekuurafspraak afgezegd');
    const kept = await mentor.execute(findAction(question.card, 'Nee, houden').verb!, findAction(question.card, 'Nee, houden').data);
    expect(cardText(kept.card)).toContain('maandag 23 maart, 14:00–14:15 bij Sanne Coach');
    const yes = findAction(question.card, 'Ja, annuleer');
    const cancelled = await mentor.execute(yes.verb!, yes.data);
    expect(cardText(cancelled.card)).toContain('Afspraak geannuleerd');
    // The card carries the calendar link itself (it now serves the cancellation), not just a hint to find it.
    expect(findAction(cancelled.card, 'Haal uit mijn agenda').url).toBe(link);
    await bot.runDueJobs(); // the host's notice is a persisted job (issue 11, finding 5)
    expect(bot.proactiveTo('coach-1').map(cardText).join('\n')).toContain('Spreekuurafspraak afgezegd');

    const response = await fetch(link);
    expect(response.headers.get('content-type')).toContain('method=CANCEL');
    const after = checkIcs(await response.text(), 'CANCEL');
    expectSequenceRaised(before, after);

    expect((await findSlot(mentor, '14:00')).action.data).toMatchObject({ startsAt: '2026-03-23T13:00:00.000Z' });
    const [empty] = await mentor.say('mijn afspraken');
    expect(cardText(empty)).toContain('Je hebt geen afspraken staan.');
  });

  it("the host's view shows today's bookings with topic and marks a no-show", async () => {
    await bookFirstSlot(mentor, 'klassenmanagement');
    (bot.clock as ManualClock).set('2026-03-23T13:05:00Z'); // Monday 14:05
    const [view] = await coach.say('mijn spreekuur');
    const text = cardText(view);
    expect(text).toContain('maandag 23 maart 14:00 · Mees Mentor · klassenmanagement');
    const noShow = findAction(view, 'Niet gekomen');
    const after = await coach.execute(noShow.verb!, noShow.data);
    expect(cardText(after.card)).toContain('niet gekomen');
    const [mentorView] = await mentor.say('mijn spreekuur');
    expect(cardText(mentorView)).toContain('voor medewerkers van het JOS-team');
  });

  it('a no-show forgotten on the day can still be marked later that week', async () => {
    await bookFirstSlot(mentor);
    (bot.clock as ManualClock).set('2026-03-24T07:00:00Z'); // Tuesday 08:00
    const [view] = await coach.say('mijn spreekuur');
    expect(cardText(view)).toContain('Eerder deze week\nmaandag 23 maart 14:00 · Mees Mentor');
    const noShow = findAction(view, 'Niet gekomen');
    const after = await coach.execute(noShow.verb!, noShow.data);
    expect(cardText(after.card)).toContain('maandag 23 maart 14:00 · Mees Mentor · niet gekomen');
  });

  it('a series changed: bookings that no longer fit are cancelled and the mentor is told', async () => {
    await bookFirstSlot(mentor);
    const [view] = await coach.say('mijn spreekuur');
    expect(cardText(view)).toContain('Elke maandag 14:00–15:00');
    const edit = await coach.execute(findAction(view, 'Wijzig').verb!, findAction(view, 'Wijzig').data);
    expect(cardText(edit.card)).toContain('Spreekuur wijzigen');
    const data = findAction(edit.card, 'Opslaan').data!;
    const wrong = await coach.execute('spreekuur.saveSeries', {
      ...data, weekday: '1', startTime: '15:00', endTime: '14:00', slotMinutes: '15', place: 'Lokaal 0.14', validFrom: '2026-03-01',
    });
    expect(cardText(wrong.card)).toContain('De eindtijd moet na de begintijd liggen.');
    const changed = await coach.execute('spreekuur.saveSeries', {
      ...data, weekday: '1', startTime: '15:00', endTime: '16:00', slotMinutes: '20', place: 'Lokaal 1.02', validFrom: '2026-03-01',
    });
    expect(cardText(changed.card)).toContain('Elke maandag 15:00–16:00, plekken van 20 min, Lokaal 1.02');
    expect(cardText(changed.card)).toContain('1 afspraak paste niet meer en is afgezegd; de mentor krijgt bericht.');
    await bot.runDueJobs(); // the message to the mentor is a persisted job
    expect(bot.proactiveTo('mentor-1').map(cardText).join('\n')).toContain('Je spreekuurafspraak vervalt');
    const { dayCard } = await findSlot(mentor, '15:40');
    expect(cardText(dayCard)).toContain('Sanne Coach · Lokaal 1.02');
  });

  it('a date cancelled: its bookings go and every mentor is told with alternatives', async () => {
    const other = bot.user('mentor-2', { name: 'Noor Mentor', schoolId: SCHOOL });
    await other.say('hallo');
    await bookFirstSlot(mentor);
    await bookFirstSlot(other, '', '14:15');
    const [view] = await coach.say('mijn spreekuur');
    const dates = await coach.execute(findAction(view, 'Datum afzeggen').verb!, findAction(view, 'Datum afzeggen').data);
    const monday = findAction(dates.card, 'maandag 23 maart');
    const question = await coach.execute(monday.verb!, monday.data);
    expect(cardText(question.card)).toContain('Spreekuur van maandag 23 maart afzeggen?');
    expect(cardText(question.card)).toContain('2 afspraken worden afgezegd');
    expect(bot.proactiveTo('mentor-1')).toHaveLength(0);
    const yes = findAction(question.card, 'Ja, zeg af');
    const done = await coach.execute(yes.verb!, yes.data);
    expect(cardText(done.card)).toContain('2 mentoren krijgen bericht');
    await bot.runDueJobs(); // the messages to the mentors are persisted jobs
    for (const id of ['mentor-1', 'mentor-2']) {
      const told = bot.proactiveTo(id).map(cardText).join('\n');
      expect(told).toContain('Sanne Coach kan maandag 23 maart');
      expect(told).toContain('Deze plekken zijn nog vrij:');
      expect(told).not.toMatch(/maandag 23 maart\n/); // no alternatives on the cancelled date
    }
    const [list] = await mentor.say('spreekuur');
    expect(cardText(list)).not.toContain('maandag 23 maart');
  });

  it('understands the names people use for it in free text', async () => {
    const asked = ['inloopspreekuur', 'Spreekuur?', 'ik wil naar het inloopspreekuur', 'wanneer is het spreekuur', 'Graag een plek bij het mentorspreekuur'];
    for (const text of asked) {
      const [reply] = await mentor.say(text);
      expect(cardText(reply), text).toContain('JOS-spreekuur Jan Arentsz');
    }
    const [host] = await coach.say('mijn spreekuur');
    expect(cardText(host)).toContain('Mijn reeksen');
  });

  it('a third booking is refused with the way to "mijn afspraken", not with slots that would be refused too', async () => {
    await bookFirstSlot(mentor, '', '14:00');
    await bookFirstSlot(mentor, '', '14:15');
    const third = await bookFirstSlot(mentor, '', '14:30');
    expect(cardText(third.card)).toContain('maximale aantal afspraken');
    expect(cardActions(third.card).map((action) => action.title)).toEqual(['Alle vrije plekken', 'Mijn afspraken']);
  });

  it('asks the school once when unknown and remembers it', async () => {
    const newcomer = bot.user('mentor-3', { name: 'Nieuwe Docent' });
    const [ask] = await newcomer.say('spreekuur');
    expect(cardText(ask)).toContain('Op welke school werk je?');
    const elsewhere = await newcomer.execute('spreekuur.book', { ...(await findSlot(mentor, '14:00')).action.data, topic: '' });
    expect(cardText(elsewhere.card)).toContain('hoort bij een andere school');
    const chosen = await newcomer.execute('spreekuur.setSchool', { schoolId: SCHOOL });
    expect(cardText(chosen.card)).toContain('JOS-spreekuur Jan Arentsz');
    // Local mode seeds invented demo hours for the demo JOS workers, so there is something to book at once.
    expect((await everyListedDay(newcomer)).text).toContain('(demo)');
    const [later] = await newcomer.say('spreekuur');
    expect(cardText(later)).toContain('JOS-spreekuur Jan Arentsz');
    const fromHelp = await newcomer.execute('spreekuur.open'); // the help card's button
    expect(cardText(fromHelp.card)).toContain('JOS-spreekuur Jan Arentsz');
    const change = await newcomer.execute(findAction(fromHelp.card, 'Andere school').verb!);
    const other = await newcomer.execute('spreekuur.setSchool', { ...findAction(change.card, 'Toon het spreekuur').data, schoolId: 'vonk' });
    expect(cardText(other.card)).toContain('JOS-spreekuur Vonk');
  });

  it('the second click on the same slot by another mentor gets "net vergeven" with the next free slots', async () => {
    const other = bot.user('mentor-2', { name: 'Noor Mentor', schoolId: SCHOOL });
    const { action: pick } = await findSlot(other, '14:00');
    await bookFirstSlot(mentor);
    const late = await other.execute('spreekuur.book', { ...pick.data, topic: '' });
    expect(cardText(late.card)).toContain('Dit tijdstip is net vergeven');
    expect(cardText(late.card)).toContain('Sanne Coach · Lokaal 0.14');
    expect(cardActions(late.card).map((action) => action.title)).toContain('14:15');
  });

  it("the school's ondersteuningscoördinator sets the school's own holidays; the spreekuur skips them", async () => {
    const ozc = bot.user('ozc-1', { name: 'Olga Coördinator', roles: [{ role: 'ondersteuningscoordinator', schoolId: SCHOOL }] });
    const [card] = await ozc.say('vakanties');
    const text = cardText(card);
    expect(text).toContain('Schoolvakanties Jan Arentsz 2025-2026');
    expect(text).toContain('advies voor regio Noord');
    expect(text).toContain('voorjaarsvakantie 2026-02-21 2026-03-01');
    const save = findAction(card, 'Opslaan');

    const wrong = await ozc.execute(save.verb!, { ...save.data, periods: 'studiedag 30-03-2026' });
    expect(cardText(wrong.card)).toContain('Regel 1 klopt niet');
    const refused = await mentor.execute(save.verb!, { ...save.data, periods: 'studiedag 2026-03-30 2026-03-30' });
    expect(cardText(refused.card)).toContain('Alleen de beheerder of de ondersteuningscoördinator');

    const beheerder = bot.user('beheer-1', { name: 'Bea Beheer', roles: [{ role: 'beheerder' }] });
    const [pickSchool] = await beheerder.say('vakanties');
    expect(cardText(pickSchool)).toContain('Van welke school');
    const vonk = await beheerder.execute(findAction(pickSchool, 'Toon de vakanties').verb!, { schoolId: 'vonk' });
    expect(cardText(vonk.card)).toContain('Schoolvakanties Vonk 2025-2026');

    const saved = await ozc.execute(save.verb!, { ...save.data, periods: 'studiedag 2026-03-30 2026-03-30\nmeivakantie 2026-04-18 2026-05-03' });
    expect(cardText(saved.card)).toContain('de school zelf heeft ingevoerd');
    const [list] = await mentor.say('spreekuur');
    expect(cardText(list)).toContain('maandag 23 maart');
    expect(cardText(list)).not.toContain('maandag 30 maart');
  });

  it('outside the personal chat it points to the personal chat and books nothing', async () => {
    const [group] = await mentor.say('spreekuur', { conversationType: 'groupChat' });
    expect(cardText(group)).toContain('Open je chat met JOS-assistent');
    const [channel] = await mentor.say('spreekuur', { conversationType: 'channel', mentionBot: true });
    expect(cardText(channel)).toContain('Open je chat met JOS-assistent');
    const { action: pick } = await findSlot(mentor, '14:00');
    const { body } = await bot.post(
      mentor.activity(
        { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'spreekuur.book', data: { ...pick.data, topic: '' } } } },
        { conversationType: 'groupChat' },
      ),
    );
    expect(JSON.stringify(body)).toContain('Open je chat met JOS-assistent');
    expect(bot.db.prepare('SELECT COUNT(*) AS n FROM spreekuur_bookings').get()).toEqual({ n: 0 });
  });
});
