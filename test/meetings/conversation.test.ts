import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { cardText, findAction, inputValues } from '../helpers/cards';
import { startTestBot, type TestBot, type TestUser } from '../helpers/bot';
import { checkIcs, expectSequenceRaised, type ParsedIcs } from '../helpers/ics';
import { MEETING_VERBS } from '../../bot/cards/meetings/verbs';
import { calendarPart, emlReader, meetingForm, PLAN_2022_2023, recipientsOf } from './fixture';

const NETWERKGROEP_SIZE = 9;

let bot: TestBot;
let clock: ManualClock;
let procesbegeleider: TestUser;
let readMails: ReturnType<typeof emlReader>;

beforeEach(async () => {
  clock = new ManualClock('2022-09-01T08:00:00Z');
  bot = await startTestBot({ clock });
  procesbegeleider = bot.user('pb-1', { name: 'Petra Proces', email: 'procesbegeleider@jos.example.org', roles: [{ role: 'procesbegeleider' }] });
  readMails = emlReader(join(bot.dataDir, 'outbox'));
});
afterEach(async () => {
  await bot.stop();
});



/** Plans through the form, checks the preview, clicks Versturen; returns the meeting id. */
async function planAndSend(overrides: Record<string, unknown> = {}): Promise<number> {
  const preview = await procesbegeleider.execute('meetings.plan', meetingForm(overrides));
  const send = findAction(preview.card, 'Versturen');
  const sent = await procesbegeleider.execute(send.verb!, send.data);
  expect(cardText(sent.card)).toContain(`Verstuurd naar ${NETWERKGROEP_SIZE} leden`);
  await bot.runDueJobs();
  return Number(findAction(sent.card, 'Annuleren').data!.meetingId);
}

async function calendarsSent(expectedMethod: 'REQUEST' | 'CANCEL'): Promise<ParsedIcs[]> {
  const mails = await readMails();
  expect(mails).toHaveLength(NETWERKGROEP_SIZE);
  expect(new Set(recipientsOf(mails)).size, 'one message per member').toBe(NETWERKGROEP_SIZE);
  return mails.map((mail) => {
    const part = calendarPart(mail);
    expect(part.method).toBe(expectedMethod);
    return checkIcs(part.ics, expectedMethod);
  });
}

describe('meetings in chat (procesbegeleider)', () => {
  it('plans a meeting, shows who gets what, sends it, and a member answers from the Teams card', async () => {
    const eva = bot.user('eva-1', { name: 'Eva Verzon', email: 'eva.verzon@school.example.org' });
    await eva.say('hallo');
    // Carla is known to the bot but never opened a chat with it: she relies on the e-mail alone.
    bot.user('carla-1', { name: 'Carla Test', email: 'carla.test@school.example.org' });

    const overview = await procesbegeleider.say('bijeenkomsten');
    expect(cardText(overview[0])).toContain('Netwerkgroep');
    const form = await procesbegeleider.execute(findAction(overview[0], 'Nieuwe bijeenkomst').verb!);
    expect(cardText(form.card)).toContain('Reservedatum');

    const preview = await procesbegeleider.execute('meetings.plan', meetingForm());
    const text = cardText(preview.card);
    expect(text).toContain(`Bij versturen krijgen ${NETWERKGROEP_SIZE} leden een agenda-uitnodiging per e-mail`);
    expect(text).toContain('1 van hen ook een kaart in Teams');
    expect(text).toContain('Eva Verzon, Voorbeeldcollege (eva.verzon@school.example.org) + Teams-kaart');
    expect(text).toContain('Carla Test, Voorbeeldcollege (carla.test@school.example.org)\n');
    expect(text).toContain('Geen waarschuwingen');
    expect(await readMails(), 'nothing is sent before Versturen').toHaveLength(0);
    expect(cardText((await procesbegeleider.say('bijeenkomsten'))[0]), 'nor saved').not.toContain('Netwerkgroep bijeenkomst 2');

    const send = findAction(preview.card, 'Versturen');
    await procesbegeleider.execute(send.verb!, send.data);
    const doubleClick = await procesbegeleider.execute(send.verb!, send.data);
    expect(cardText(doubleClick.card)).toContain('Deze bijeenkomst is al verstuurd.');
    await bot.runDueJobs();
    const [first] = await calendarsSent('REQUEST');
    expect(first!.events[0]).toMatchObject({ startUtc: '2023-01-17T14:00:00.000Z', sequence: 0, status: 'CONFIRMED' });

    const evaCard = bot.proactiveTo('eva-1').at(-1);
    expect(cardText(evaCard)).toContain('Uitnodiging: Netwerkgroep bijeenkomst 2');
    const agendaLink = findAction(evaCard, 'Zet in mijn agenda').url!;
    const download = await fetch(agendaLink);
    expect(download.headers.get('content-type')).toContain('text/calendar');
    expect(checkIcs(await download.text(), 'PUBLISH').events[0]!.uid).toBe(first!.events[0]!.uid);

    const yes = findAction(evaCard, 'Ja');
    const answered = await eva.execute(yes.verb!, yes.data);
    expect(cardText(answered.card)).toContain('Jouw antwoord: Ja, ik kom');

    const mine = await eva.say('bijeenkomsten');
    expect(cardText(mine[0])).toContain('Mijn bijeenkomsten');
    expect(cardText(mine[0])).toContain('Jouw antwoord: Ja, ik kom');
    expect(cardText(mine[0])).not.toContain('Nieuwe bijeenkomst');

    const who = await procesbegeleider.say('wie komt er op 17 januari?');
    expect(cardText(who[0])).toContain('1 ja, 0 misschien, 0 nee, 8 nog geen antwoord');
    expect(cardText(who[0])).toContain('Eva Verzon');
    for (const question of ['wie komen er op 17-1', 'aanmeldingen netwerkgroep 17 januari', 'Wie komt er op dinsdag 17 jan.']) {
      expect(cardText((await procesbegeleider.say(question))[0]), question).toContain('1 ja, 0 misschien, 0 nee, 8 nog geen antwoord');
    }
    const otherGroup = await procesbegeleider.say('aanmeldingen leeromgeving 17 januari');
    expect(otherGroup[0]!.text, 'the leeromgeving has no meeting that day').toContain('Ik vind geen verstuurde bijeenkomst van de leeromgeving op 17 januari');
    const notADate = await procesbegeleider.say('aanmeldingen bekijken');
    expect(notADate.map((reply) => reply.text ?? '').join(' '), 'a sentence without a date is left to the other features').not.toContain('Ik vind geen verstuurde bijeenkomst');

    // A week before: a reminder to those without an answer (Eva answered); the day before: everyone.
    clock.set('2023-01-10T15:00:00Z');
    await bot.runDueJobs();
    await bot.runDueJobs();
    const weekReminders = await readMails();
    expect(weekReminders.map((m) => m.subject)).toEqual(Array(NETWERKGROEP_SIZE - 1).fill('Herinnering: Netwerkgroep bijeenkomst 2, dinsdag 17 januari 2023 15:00'));
    expect(recipientsOf(weekReminders)).not.toContain('eva.verzon@school.example.org');
    clock.set('2023-01-16T15:00:00Z');
    await bot.runDueJobs();
    await bot.runDueJobs();
    expect(await readMails()).toHaveLength(NETWERKGROEP_SIZE - 1);
    expect(cardText(bot.proactiveTo('eva-1').at(-1))).toContain('Herinnering: morgen');
  });

  it('moves a meeting: everyone gets an update with the same UID and SEQUENCE+1', async () => {
    const meetingId = await planAndSend();
    const [before] = await calendarsSent('REQUEST');
    const edit = await procesbegeleider.execute('meetings.editForm', { meetingId });
    const save = findAction(edit.card, 'Wijziging opslaan');
    const preview = await procesbegeleider.execute(save.verb!, { ...save.data, date: '2023-01-24', startTime: '15:30', endTime: '17:30', location: 'Online', onlineUrl: '' });
    expect(cardText(preview.card)).toContain(`Bij versturen krijgen ${NETWERKGROEP_SIZE} leden een bijgewerkte uitnodiging`);
    expect(cardText(preview.card)).toContain('Wordt: dinsdag 24 januari 2023 15:30–17:30, Online');
    await bot.runDueJobs();
    expect(await readMails(), 'nothing goes out before the change is confirmed').toHaveLength(0);
    const confirm = findAction(preview.card, 'Wijziging versturen');
    const saved = await procesbegeleider.execute(confirm.verb!, confirm.data);
    expect(cardText(saved.card)).toContain('Wijziging verstuurd naar alle leden (versie 1)');
    const twice = await procesbegeleider.execute(confirm.verb!, confirm.data);
    expect(cardText(twice.card), 'a second click sends nothing again').toContain('Er is niets veranderd');
    await bot.runDueJobs();
    for (const update of await calendarsSent('REQUEST')) {
      expectSequenceRaised(before!, update);
      expect(update.events[0]).toMatchObject({ startUtc: '2023-01-24T14:30:00.000Z', location: 'Online' });
    }
  });

  it('sends a reserve date as tentative, then confirms one and drops another', async () => {
    const keepId = await planAndSend({ date: '2023-05-11', title: 'Netwerkgroep bijeenkomst 5', reserve: 'true' });
    const [keepSent] = await calendarsSent('REQUEST');
    expect(keepSent!.events[0]!.status).toBe('TENTATIVE');
    const dropId = await planAndSend({ date: '2023-05-25', title: 'Netwerkgroep extra', reserve: 'true' });
    const [dropSent] = await calendarsSent('REQUEST');

    const card = await procesbegeleider.execute('meetings.show', { meetingId: keepId });
    const confirm = findAction(card.card, 'Reservedatum gaat door');
    expect(cardText((await procesbegeleider.execute(confirm.verb!, confirm.data)).card)).toContain('De reservedatum gaat door');
    await bot.runDueJobs();
    for (const ics of await calendarsSent('REQUEST')) {
      expectSequenceRaised(keepSent!, ics);
      expect(ics.events[0]!.status).toBe('CONFIRMED');
    }

    const dropped = await procesbegeleider.execute('meetings.reserve.drop', { meetingId: dropId });
    expect(cardText(dropped.card)).toContain('De reservedatum vervalt');
    await bot.runDueJobs();
    for (const ics of await calendarsSent('CANCEL')) {
      expectSequenceRaised(dropSent!, ics);
      expect(ics.events[0]!.status).toBe('CANCELLED');
    }
  });

  it('cancels a meeting and the feed no longer lists it', async () => {
    const meetingId = await planAndSend();
    const [sent] = await calendarsSent('REQUEST');
    const overview = await procesbegeleider.say('bijeenkomsten');
    const feedUrl = findAction(overview[0], 'Agenda-abonnement Netwerkgroep').url!;
    expect(checkIcs(await (await fetch(feedUrl)).text(), 'PUBLISH').events).toHaveLength(1);

    const question = await procesbegeleider.execute('meetings.cancel', { meetingId });
    expect(cardText(question.card)).toContain('Bijeenkomst annuleren?');
    await bot.runDueJobs(); // asked first: the meeting still stands
    expect(checkIcs(await (await fetch(feedUrl)).text(), 'PUBLISH').events).toHaveLength(1);
    const yes = findAction(question.card, 'Ja, annuleer');
    const cancelled = await procesbegeleider.execute(yes.verb!, yes.data);
    expect(cardText(cancelled.card)).toContain('Geannuleerd; alle leden krijgen een afzegging');
    await bot.runDueJobs();
    for (const ics of await calendarsSent('CANCEL')) expectSequenceRaised(sent!, ics);
    const feed = await (await fetch(feedUrl)).text();
    expect(feed).not.toContain('BEGIN:VEVENT');
    expect((await fetch(feedUrl.replace(/[A-Za-z0-9_-]{32}\.ics$/, 'x'.repeat(32) + '.ics'))).status).toBe(404);
  });

  it('imports the 2022–2023 plan and shows the holiday and numbering warnings before saving', async () => {
    const form = await procesbegeleider.execute('meetings.import.form');
    const check = findAction(form.card, 'Controleren');
    // The plan as a procesbegeleider might first type it, with the first netwerkgroep in the herfstvakantie of regio Noord.
    const draft = await procesbegeleider.execute(check.verb!, { text: PLAN_2022_2023.replace('2022-10-25', '2022-10-18') });
    expect(cardText(draft.card)).toContain('Netwerkgroep bijeenkomst 1 (18 oktober 2022) valt in de herfstvakantie (regio Noord).');

    const preview = await procesbegeleider.execute(check.verb!, { text: PLAN_2022_2023 });
    const text = cardText(preview.card);
    expect(text).toContain('Jaarplanning: 10 bijeenkomsten');
    expect(text).not.toContain('valt in de');
    expect(text).toContain('nummer 5 komt 2 keer voor: Netwerkgroep bijeenkomst 5 (2023-05-11) en Netwerkgroep bijeenkomst 5 (2023-07-11)');
    const save = findAction(preview.card, 'Opslaan als concept');
    const saved = await procesbegeleider.execute(save.verb!, save.data);
    expect(cardText(saved.card)).toContain('10 concepten opgeslagen');
    const again = await procesbegeleider.execute(save.verb!, save.data);
    expect(cardText(again.card)).toContain('al opgeslagen');
    await bot.runDueJobs();
    expect(await readMails(), 'concepts are not sent').toHaveLength(0);

    expect(cardText(saved.card)).toContain('Netwerkgroep 9 leden, Leeromgeving 7 leden');
    const sendAll = findAction(saved.card, 'Alle concepten versturen');
    const sent = await procesbegeleider.execute(sendAll.verb!, sendAll.data);
    expect(cardText(sent.card)).toContain('10 bijeenkomsten verstuurd, samen 82 berichten.');
    await bot.runDueJobs();
    const mails = await readMails();
    expect(mails).toHaveLength(6 * 9 + 4 * 7);
    const statuses = mails.map((mail) => checkIcs(calendarPart(mail).ics, 'REQUEST').events[0]!.status);
    expect(statuses.filter((status) => status === 'TENTATIVE')).toHaveLength(9);
    const resend = await procesbegeleider.execute(sendAll.verb!, sendAll.data);
    expect(cardText(resend.card)).toContain('0 bijeenkomsten verstuurd, samen 0 berichten. 10 waren al verstuurd');
  });

  it('manages members: add with a validated address, a new member gets the meeting already sent, remove sends that member a cancel', async () => {
    await planAndSend();
    const [sent] = await calendarsSent('REQUEST');
    const add = await procesbegeleider.execute('meetings.member.add', { groupId: 'netwerkgroep', name: 'Rik Nieuw', organisation: 'GGD Voorbeeld', email: 'geen-adres', role: 'themagast' });
    expect(cardText(add.card)).toContain('"geen-adres" is geen geldig e-mailadres');
    expect(inputValues(add.card), 'what was typed stays in the form').toMatchObject({ name: 'Rik Nieuw', organisation: 'GGD Voorbeeld', email: 'geen-adres', role: 'themagast' });
    const csv = await procesbegeleider.execute('meetings.members.import', { groupId: 'netwerkgroep', csv: 'naam;organisatie;e-mail;rol\nRik Nieuw;GGD Voorbeeld;rik@ggd.example.org;themagast\nFout;X;fout@;themagast' });
    expect(cardText(csv.card)).toContain('1 lid toegevoegd en krijgt de uitnodiging voor de komende bijeenkomst.');
    expect(cardText(csv.card)).toContain('Regel 3: "fout@" is geen geldig e-mailadres');
    expect(inputValues(csv.card).csv, 'the refused line waits in the field').toBe('naam;organisatie;e-mail;rol\nFout;X;fout@;themagast');
    await bot.runDueJobs();
    const invited = await readMails();
    expect(recipientsOf(invited), 'only the new member gets the meeting that was already sent').toEqual(['rik@ggd.example.org']);
    const invitation = checkIcs(calendarPart(invited[0]!).ics, 'REQUEST').events[0]!;
    expect(invitation).toMatchObject({ uid: sent!.events[0]!.uid, sequence: sent!.events[0]!.sequence });
    expect(invitation.attendees.map((a) => a.value)).toContain('mailto:rik@ggd.example.org');

    const members = await procesbegeleider.execute('meetings.members', { groupId: 'netwerkgroep' });
    const remove = findAction(members.card, 'Verwijderen');
    const question = await procesbegeleider.execute(remove.verb!, remove.data);
    expect(cardText(question.card)).toMatch(/verwijderen\?/);
    expect(findAction(question.card, 'Nee, terug').verb).toBe('meetings.members');
    const yes = findAction(question.card, 'Ja, verwijder');
    const removed = await procesbegeleider.execute(yes.verb!, yes.data);
    expect(cardText(removed.card)).toContain('is verwijderd; 1 afzegging verstuurd.');
    await bot.runDueJobs();
    const mails = await readMails();
    expect(mails).toHaveLength(1);
    expect(calendarPart(mails[0]!).method).toBe('CANCEL');
    checkIcs(calendarPart(mails[0]!).ics, 'CANCEL');
  });

  it('refuses every planning and member verb to a mentor, on the server, and changes nothing', async () => {
    const meetingId = await planAndSend({ reserve: 'true' });
    await readMails();
    const mentor = bot.user('mentor-2', { name: 'Mira Mentor' });
    const data = { ...meetingForm(), meetingId, meetingIds: [meetingId], groupId: 'netwerkgroep', memberId: 1, importId: 1 };
    const memberVerbs: string[] = [MEETING_VERBS.rsvp, MEETING_VERBS.mine, MEETING_VERBS.open];
    const verbs = Object.values(MEETING_VERBS).filter((verb) => !memberVerbs.includes(verb));
    for (const verb of verbs) {
      const extra = { csv: 'naam;e-mail\nMira;mira@example.org', text: PLAN_2022_2023, email: 'mira@example.org', name: 'Mira', role: 'lid' };
      expect(cardText((await mentor.execute(verb, { ...data, ...extra })).card), verb).toContain('Alleen de procesbegeleider');
    }
    await bot.runDueJobs();
    expect(await readMails(), 'nothing was sent, moved or cancelled').toHaveLength(0);
    const card = await procesbegeleider.execute(MEETING_VERBS.show, { meetingId });
    expect(cardText(card.card)).toContain('reservedatum');
    expect(cardText((await procesbegeleider.execute(MEETING_VERBS.members, { groupId: 'netwerkgroep' })).card)).not.toContain('Mira');
  });

  it('keeps the planning, member lists and answers out of group chats and channels: it points to the personal chat', async () => {
    await planAndSend();
    await readMails();
    for (const conversationType of ['groupChat', 'channel'] as const) {
      for (const text of ['bijeenkomsten', 'wie komt er op 17 januari?']) {
        const [reply] = await procesbegeleider.say(text, { conversationType, mentionBot: true });
        expect(cardText(reply), `${text} in a ${conversationType}`).toContain('Open je chat met JOS-assistent');
        expect(cardText(reply)).not.toContain('Netwerkgroep bijeenkomst 2');
      }
      const click = procesbegeleider.activity(
        { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: MEETING_VERBS.members, data: { groupId: 'netwerkgroep' } }, trigger: 'manual' } },
        { conversationType },
      );
      const answer = JSON.stringify((await bot.post(click)).body);
      expect(answer, `the member list button in a ${conversationType}`).toContain('Open je chat met JOS-assistent');
      expect(answer).not.toContain('Gina Groeimee');
    }
    expect(cardText((await procesbegeleider.say('bijeenkomsten'))[0]), 'the personal chat still shows the planning').toContain('Netwerkgroep bijeenkomst 2');
  });

  it('refuses a mentor who tries to plan, send or open the overview', async () => {
    const mentor = bot.user('mentor-1', { name: 'Mark Mentor' });
    const plan = await mentor.execute('meetings.plan', meetingForm());
    expect(cardText(plan.card)).toContain('Alleen de procesbegeleider');
    const preview = await procesbegeleider.execute('meetings.plan', meetingForm());
    const send = findAction(preview.card, 'Versturen');
    expect(cardText((await mentor.execute(send.verb!, send.data)).card)).toContain('Alleen de procesbegeleider');
    expect(cardText((await mentor.say('bijeenkomsten'))[0])).toContain('Alleen de procesbegeleider');
    await bot.runDueJobs();
    expect(await readMails(), 'the refused send sent nothing').toHaveLength(0);
    expect(cardText((await procesbegeleider.say('bijeenkomsten'))[0]), 'and saved nothing').not.toContain('Netwerkgroep bijeenkomst 2');
  });
});
