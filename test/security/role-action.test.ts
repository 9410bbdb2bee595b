import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import type { BotApp } from '../../bot/deps';
import { messageCard } from '../../bot/cards/kit';
import { featureRoutes } from '../../bot/handlers/route';
import { ManualClock } from '../../src/clock';
import type { MeetingInput } from '../../src/meetings/model';
import { startTestBot, type TestBot, type TestUser, type UserSeed } from '../helpers/bot';
import { cardText } from '../helpers/cards';

/**
 * Every card verb and every text command of every feature, as every role, against the real server: allowed gets the
 * feature's normal answer, refused gets its Dutch refusal and changes nothing in the database. The verbs and commands
 * come from what the features registered (bot/handlers/route.ts), so a new one without a row here fails the test.
 */

const SCHOOL = 'jan-arentsz';
const OTHER_SCHOOL = 'vonk';
const MENTOR_EMAIL = 'mila.mentor@jan-arentsz.example.org';

const ROLES = {
  'mentor of the school': { name: 'Mila Mentor', email: MENTOR_EMAIL, schoolId: SCHOOL },
  'mentor of another school': { name: 'Max Elders', schoolId: OTHER_SCHOOL },
  'JOS worker of the school': { name: 'Jet Jos', roles: [{ role: 'jos-functionaris', function: 'jgc', schoolId: SCHOOL }] },
  'JOS worker of another school': { name: 'Jan Elders', roles: [{ role: 'jos-functionaris', function: 'paj', schoolId: OTHER_SCHOOL }] },
  ondersteuningscoördinator: { name: 'Olga Coördinator', roles: [{ role: 'ondersteuningscoordinator', schoolId: SCHOOL }] },
  procesbegeleider: { name: 'Petra Proces', roles: [{ role: 'procesbegeleider' }] },
  projectleider: { name: 'Pim Project', roles: [{ role: 'projectleider' }] },
  beheerder: { name: 'Bea Beheer', roles: [{ role: 'beheerder' }] },
} satisfies Record<string, UserSeed>;
type Role = keyof typeof ROLES;
const EVERYONE = Object.keys(ROLES) as Role[];
const MENTOR: Role = 'mentor of the school';
const JOS: Role = 'JOS worker of the school';
const JOS_TEAMS: Role[] = [JOS, 'JOS worker of another school'];
const PLANNER: Role[] = ['procesbegeleider'];

/** The objects the rows act on: all of the school (or the procesbegeleider's), made once before the table runs. */
interface World {
  users: Record<Role, TestUser>;
  series: { weekly: number; toStop: number };
  bookings: { started: number; upcoming: number };
  openSlot: { seriesId: number; startsAt: string };
  consultations: { open: string; toClaim: string; toWithdraw: string; closeByMentor: string; closeByWorker: string };
  meetings: { sent: number; reserveToConfirm: number; reserveToDrop: number; held: number; draft: number };
  importId: number;
  memberId: number;
}

interface Row {
  kind: 'verb' | 'command';
  /** The registered verb, or the registered command's name. */
  route: string;
  /** What the role sends: the card's data, or the text typed. */
  input: (world: World, role: Role) => unknown;
  allowed: readonly Role[];
  /** The feature's normal answer. */
  answer: RegExp;
  /** The feature's Dutch refusal (rows allowed to everyone have none). */
  refusal?: RegExp;
}

const verb = (route: string, allowed: readonly Role[], answer: RegExp, refusal: RegExp | undefined, input: Row['input'] = () => ({})): Row => ({
  kind: 'verb', route, input, allowed, answer, refusal,
});
const command = (route: string, text: string, allowed: readonly Role[], answer: RegExp, refusal?: RegExp): Row => ({
  kind: 'command', route, input: () => text, allowed, answer, refusal,
});

const facts = { answers: {}, ask: [] };
/** Facts after "met wie: JOS-medewerker": changing or going back from there has something to change. */
const answered = { answers: { 'Q-MET-WIE': 'MW2' }, ask: [] };
const CONSENT_ANSWER = /Ik begreep: JOS-medewerker/;
const CONSENT_QUESTION = /Met wie wil je iets delen, of wie gaat iets doen met de leerling\?/;
const consultationForm = { schoolId: SCHOOL, theme: 'gedrag', band: 'onderbouw', question: 'Hoe ga ik om met een leerling die vaak boos wordt in de les?', reach: 'chat', urgency: 'kan-wachten' } as const;
const meetingInput = (overrides: Partial<MeetingInput>): MeetingInput => ({
  groupId: 'netwerkgroep', number: null, title: 'Netwerkgroep bijeenkomst', date: '2027-01-19', startTime: '15:00', endTime: '17:00',
  location: 'Stadskantoor Alkmaar', onlineUrl: null, agenda: null, reserve: false, ...overrides,
});
const planForm = { groupId: 'netwerkgroep', title: 'Netwerkgroep extra', number: '', date: '2027-02-16', startTime: '15:00', endTime: '17:00', location: 'Stadskantoor', onlineUrl: '', agenda: '', reserve: 'false' };
const change = (meetingId: number) => ({ meetingId, date: '2027-01-19', startTime: '15:00', endTime: '17:00', location: 'Stadskantoor Alkmaar, zaal 2', onlineUrl: '' });

const MEETINGS_REFUSED = /Alleen de procesbegeleider kan bijeenkomsten plannen, versturen of leden beheren\./;
const NOT_A_MEMBER = /Je staat niet op de ledenlijst van deze groep/;
const HOST_ONLY = /Dit overzicht is voor medewerkers van het JOS-team\./;
/** A JOS worker with someone else's series or appointment is told so; anyone else that this is for the JOS team. */
const HOST_REFUSED = /Dit overzicht is voor medewerkers van het JOS-team\.|Dat is niet jouw (spreekuur|afspraak)\./;
const HOLIDAYS_REFUSED = /Alleen de beheerder of de ondersteuningscoördinator van een school kan de vakanties instellen\./;
/** The school's waiting requests (each with its claim button), or that none wait for this worker's team. */
const OPEN_REQUESTS = /Ik pak dit op|Er wachten geen consultatievragen op je team\./;
const OPEN_REFUSED = /Open consultaties zijn voor het JOS-team van een school\. Wil je zelf een casus voorleggen\? Typ "consultatie"\./;
const CONSULTATION_NOT_FOUND = /Deze aanvraag kan ik niet vinden, of je hebt er geen toegang toe\./;
const CONSULTATION_TEAM_ONLY = /Dit kan alleen het JOS-team van de school van deze aanvraag\.|Deze aanvraag kan ik niet vinden/;

/** In the order they run; rows that change what later rows need come after them. */
const TABLE: Row[] = [
  // Consent: general questions, for everyone.
  verb('consent.start', EVERYONE, /Typ je vraag gewoon in de chat/, undefined),
  verb('consent.restart', EVERYONE, /Typ je vraag gewoon in de chat/, undefined),
  verb('consent.answer', EVERYONE, CONSENT_ANSWER, undefined, () => ({ question: 'Q-MET-WIE', option: 'MW2', facts })),
  verb('consent.change', EVERYONE, CONSENT_QUESTION, undefined, () => ({ question: 'Q-MET-WIE', facts: answered })),
  verb('consent.back', EVERYONE, CONSENT_QUESTION, undefined, () => ({ facts: answered })),
  command('consent.start', 'toestemming', EVERYONE, /Typ je vraag gewoon in de chat/),
  command('consent.question', 'mag de jgc bij de leerlingbespreking?', EVERYONE, CONSENT_ANSWER),

  // Help and privacy: for everyone.
  command('help.greeting', 'hoi', EVERYONE, /Welkom bij JOS-assistent/),
  command('help.help', 'help', EVERYONE, /Waarmee kan ik je helpen\?/),
  verb('help.show', EVERYONE, /Waarmee kan ik je helpen\?/, undefined),
  command('help.fallback', 'blauwe bessen', EVERYONE, /Dat begreep ik niet helemaal/),
  verb('privacy.statement', EVERYONE, /Privacy: wat de bot bewaart/, undefined),
  command('privacy.statement', 'privacy', EVERYONE, /Privacy: wat de bot bewaart/),
  verb('privacy.myData', EVERYONE, /Mijn gegevens/, undefined),
  command('privacy.myData', 'mijn gegevens', EVERYONE, /Mijn gegevens/),
  verb('privacy.eraseAsk', EVERYONE, /Weet je het zeker\?/, undefined),
  command('privacy.eraseAsk', 'verwijder mijn gegevens', EVERYONE, /Weet je het zeker\?/),

  // Consultations: anyone asks the school's JOS team; only that team (and the mentor who asked) sees and handles a request.
  verb('consultation.start', EVERYONE, /Anonieme consultatie/, undefined),
  command('consultation.form', 'consultatie', EVERYONE, /Anonieme consultatie/),
  command('consultation.wish', 'ik wil een casus anoniem bespreken', EVERYONE, /Anonieme consultatie/),
  verb('consultation.mine', EVERYONE, /Mijn consultaties/, undefined),
  command('consultation.mine', 'mijn consultaties', EVERYONE, /Mijn consultaties/),
  verb('consultation.open', JOS_TEAMS, OPEN_REQUESTS, OPEN_REFUSED),
  command('consultation.open', 'open consultaties', JOS_TEAMS, OPEN_REQUESTS, OPEN_REFUSED),
  verb('consultation.show', [MENTOR, JOS], /Je consultatievraag|Anonieme consultatievraag/, CONSULTATION_NOT_FOUND, (w) => ({ consultationId: w.consultations.open })),
  verb('consultation.submit', EVERYONE, /Je vraag is verstuurd/, undefined, () => consultationForm),
  verb('consultation.claim', [JOS], /Anonieme consultatievraag/, CONSULTATION_TEAM_ONLY, (w) => ({ consultationId: w.consultations.toClaim })),
  verb('consultation.close', [MENTOR, JOS], /Afgerond/, /Dit kan alleen het JOS-team van de school van deze aanvraag\./, (w, role) => ({
    consultationId: role === JOS ? w.consultations.closeByWorker : w.consultations.closeByMentor,
  })),
  verb('consultation.withdraw', [MENTOR], /Ingetrokken/, CONSULTATION_NOT_FOUND, (w) => ({ consultationId: w.consultations.toWithdraw })),

  // Spreekuur, mentor's side: anyone sees the slots of the school they chose; only a mentor of the school books there.
  verb('spreekuur.open', EVERYONE, /JOS-spreekuur|Op welke school werk je\?/, undefined),
  command('spreekuur.open', 'spreekuur', EVERYONE, /JOS-spreekuur|Op welke school werk je\?/),
  command('spreekuur.wish', 'ik wil een afspraak maken', EVERYONE, /JOS-spreekuur|Op welke school werk je\?/),
  verb('spreekuur.day', EVERYONE, /JOS-spreekuur|Op welke school werk je\?/, undefined, (w) => ({ day: w.openSlot.startsAt.slice(0, 10) })),
  verb('spreekuur.changeSchool', EVERYONE, /Op welke school werk je\?/, undefined),
  verb('spreekuur.mine', EVERYONE, /Mijn spreekuurafspraken/, undefined),
  command('spreekuur.mine', 'mijn afspraken', EVERYONE, /Mijn spreekuurafspraken/),
  verb('spreekuur.pick', [MENTOR], /Afspraak maken/, /Dit spreekuur hoort bij een andere school dan je gekozen school\./, (w) => w.openSlot),
  verb('spreekuur.book', [MENTOR], /Je afspraak staat/, /Dit spreekuur hoort bij een andere school dan je gekozen school\./, (w) => ({ ...w.openSlot, topic: 'Omgaan met faalangst' })),
  verb('spreekuur.cancel', [MENTOR], /Afspraak annuleren\?/, /Dat is niet jouw afspraak\./, (w) => ({ bookingId: w.bookings.upcoming })),

  // Spreekuur, host's side: a JOS worker runs their own spreekuur.
  verb('spreekuur.host', JOS_TEAMS, /Mijn spreekuur/, HOST_ONLY),
  command('spreekuur.host', 'mijn spreekuur', JOS_TEAMS, /Mijn spreekuur/, HOST_ONLY),
  verb('spreekuur.seriesForm', [JOS], /Spreekuur wijzigen/, HOST_REFUSED, (w) => ({ seriesId: w.series.weekly })),
  verb('spreekuur.dateList', [JOS], /Welke datum vervalt\?/, HOST_REFUSED, (w) => ({ seriesId: w.series.weekly })),
  verb('spreekuur.cancelDate', [JOS], /vervalt|afzeggen\?/, HOST_REFUSED, (w) => ({ seriesId: w.series.weekly, day: '2026-12-07' })),
  verb('spreekuur.noShow', [JOS], /Niet gekomen|niet gekomen/, HOST_REFUSED, (w) => ({ bookingId: w.bookings.started })),
  verb('spreekuur.saveSeries', [JOS], /Spreekuur opgeslagen/, HOST_REFUSED, (w) => ({
    seriesId: w.series.weekly, schoolId: SCHOOL, weekday: '1', startTime: '14:00', endTime: '16:00', slotMinutes: '15', place: 'Kamer 1.12', validFrom: '2026-11-23', validUntil: '',
  })),
  verb('spreekuur.stopSeries', [JOS], /Mijn spreekuur/, HOST_REFUSED, (w) => ({ seriesId: w.series.toStop })),

  // A school's holidays: its ondersteuningscoördinator, or the beheerder.
  verb('spreekuur.holidays', ['ondersteuningscoördinator', 'beheerder'], /Schoolvakanties/, HOLIDAYS_REFUSED, () => ({ schoolId: SCHOOL })),
  command('spreekuur.holidays', 'vakanties', ['ondersteuningscoördinator', 'beheerder'], /Schoolvakanties/, HOLIDAYS_REFUSED),
  verb('spreekuur.saveHolidays', ['ondersteuningscoördinator', 'beheerder'], /Opgeslagen/, HOLIDAYS_REFUSED, () => ({ schoolId: SCHOOL, year: '2026-2027', periods: '' })),

  // Meetings: the procesbegeleider plans and keeps the lists; a member sees and answers their own meetings.
  verb('meetings.open', ['procesbegeleider', MENTOR], /Bijeenkomsten netwerkgroep en leeromgeving|Mijn bijeenkomsten/, MEETINGS_REFUSED),
  command('meetings.overview', 'bijeenkomsten', ['procesbegeleider', MENTOR], /Bijeenkomsten netwerkgroep en leeromgeving|Mijn bijeenkomsten/, MEETINGS_REFUSED),
  verb('meetings.mine', [MENTOR], /Netwerkgroep bijeenkomst/, NOT_A_MEMBER, (w) => ({ meetingId: w.meetings.sent })),
  verb('meetings.rsvp', [MENTOR], /Netwerkgroep bijeenkomst/, NOT_A_MEMBER, (w) => ({ meetingId: w.meetings.sent, answer: 'yes' })),
  command('meetings.who-comes', 'wie komt er op 19 januari 2027?', PLANNER, /Netwerkgroep bijeenkomst/, MEETINGS_REFUSED),
  verb('meetings.form', PLANNER, /Nieuwe bijeenkomst/, MEETINGS_REFUSED),
  verb('meetings.plan', PLANNER, /Voorbeeld: Netwerkgroep extra/, MEETINGS_REFUSED, () => planForm),
  verb('meetings.discard', PLANNER, /Weggegooid/, MEETINGS_REFUSED),
  verb('meetings.show', PLANNER, /Netwerkgroep bijeenkomst/, MEETINGS_REFUSED, (w) => ({ meetingId: w.meetings.sent })),
  verb('meetings.send', PLANNER, /Verstuurd naar/, MEETINGS_REFUSED, () => ({ ...planForm, draftKey: randomUUID() })),
  verb('meetings.editForm', PLANNER, /Wijzigen: /, MEETINGS_REFUSED, (w) => ({ meetingId: w.meetings.sent })),
  verb('meetings.edit', PLANNER, /Wijziging: /, MEETINGS_REFUSED, (w) => change(w.meetings.sent)),
  verb('meetings.edit.confirm', PLANNER, /Wijziging verstuurd naar alle leden/, MEETINGS_REFUSED, (w) => change(w.meetings.sent)),
  verb('meetings.reserve.confirm', PLANNER, /De reservedatum gaat door/, MEETINGS_REFUSED, (w) => ({ meetingId: w.meetings.reserveToConfirm })),
  verb('meetings.reserve.drop', PLANNER, /De reservedatum vervalt/, MEETINGS_REFUSED, (w) => ({ meetingId: w.meetings.reserveToDrop })),
  verb('meetings.cancel', PLANNER, /annuleren\?/i, MEETINGS_REFUSED, (w) => ({ meetingId: w.meetings.sent })),
  verb('meetings.retry', PLANNER, /opnieuw verstuurd/, MEETINGS_REFUSED, (w) => ({ meetingId: w.meetings.sent })),
  verb('meetings.import.form', PLANNER, /Jaarplanning importeren/, MEETINGS_REFUSED),
  verb('meetings.import', PLANNER, /Jaarplanning: 10 bijeenkomsten/, MEETINGS_REFUSED, () => ({ text: DEMO_PLAN })),
  verb('meetings.import.apply', PLANNER, /10 concepten opgeslagen/, MEETINGS_REFUSED, (w) => ({ importId: w.importId })),
  verb('meetings.sendDrafts', PLANNER, /Jaarplanning verstuurd/, MEETINGS_REFUSED, (w) => ({ meetingIds: [w.meetings.draft] })),
  verb('meetings.members', PLANNER, /Leden Netwerkgroep/, MEETINGS_REFUSED, () => ({ groupId: 'netwerkgroep' })),
  verb('meetings.member.add', PLANNER, /is toegevoegd/, MEETINGS_REFUSED, () => ({ groupId: 'netwerkgroep', name: 'Rik Nieuw', organisation: 'GGD', email: 'rik@ggd.example.org', role: 'gemeente' })),
  verb('meetings.member.remove', PLANNER, /verwijderen\?/i, MEETINGS_REFUSED, (w) => ({ memberId: w.memberId })),
  verb('meetings.members.import', PLANNER, /1 lid toegevoegd/, MEETINGS_REFUSED, () => ({ groupId: 'netwerkgroep', csv: 'naam;organisatie;e-mail;rol\nSem Nieuw;GGD;sem@ggd.example.org;gemeente' })),
  verb('meetings.answer.form', PLANNER, /Antwoord invullen/, MEETINGS_REFUSED, (w) => ({ meetingId: w.meetings.sent })),
  verb('meetings.answer.set', PLANNER, /Ja \(\d+\)/, MEETINGS_REFUSED, (w) => ({ meetingId: w.meetings.sent, memberId: String(w.memberId), answer: 'yes' })),
  verb('meetings.presence.form', PLANNER, /Wie was er\?/, MEETINGS_REFUSED, (w) => ({ meetingId: w.meetings.held })),
  verb('meetings.presence.set', PLANNER, /Aanwezig \(1\)/, MEETINGS_REFUSED, (w) => ({ meetingId: w.meetings.held, present: String(w.memberId) })),
  verb('meetings.feed.renew', PLANNER, /nieuwe link/i, MEETINGS_REFUSED, () => ({ groupId: 'netwerkgroep' })),

  // Last: these change who the person is (their school; everything about them).
  verb('spreekuur.setSchool', EVERYONE, /JOS-spreekuur/, undefined, (_w, role) => ({ schoolId: role === 'mentor of another school' ? OTHER_SCHOOL : SCHOOL })),
  verb('privacy.erase', EVERYONE, /Je gegevens zijn verwijderd|Er staat niets over jou opgeslagen/, undefined),
];

const DEMO_PLAN = readFileSync(join('knowledge', 'meetings', 'plan-2026-2027.csv'), 'utf8');

describe('role × action: every verb and command as every role (issue 11)', () => {
  let bot: TestBot;
  let world: World;
  const routed: string[] = [];

  beforeAll(async () => {
    // Monday 23 November 2026, 09:00 in Amsterdam.
    const clock = new ManualClock('2026-11-23T08:00:00Z');
    bot = await startTestBot({ clock, onLog: (line) => line.event === 'route.command' && routed.push(String(line.command)) });
    const users = Object.fromEntries(EVERYONE.map((role, i) => [role, bot.user(`role-${i}`, ROLES[role])])) as Record<Role, TestUser>;
    const person = (role: Role) => bot.person(users[role].id)!;
    const { spreekuur, consultations, meetings } = bot.deps;

    const series = (weekday: number, startTime: string, endTime: string) => {
      const saved = spreekuur.saveSeries(person(JOS), { schoolId: SCHOOL, weekday, startTime, endTime, slotMinutes: 15, place: 'Kamer 1.12', validFrom: '2026-11-23' });
      if (!saved.ok) throw new Error(`series: ${saved.reason}`);
      return saved.series.id;
    };
    const weekly = series(1, '14:00', '16:00');
    const toStop = series(2, '14:00', '15:00');
    const book = (startsAt: string) => {
      const booked = spreekuur.book(person(MENTOR), { seriesId: weekly, startsAt: new Date(startsAt), topic: 'Werkhouding' });
      if (!booked.ok) throw new Error(`booking: ${booked.reason}`);
      return booked.booking.id;
    };
    const bookings = { started: book('2026-11-23T13:00:00Z'), upcoming: book('2026-11-30T13:00:00Z') };

    let asked = 0;
    // Each a different question: the same one again is the same request (a double click).
    const ask = () => {
      const submitted = consultations.submit(person(MENTOR), { ...consultationForm, question: `${consultationForm.question} (${++asked})`, allow: [] });
      if (!submitted.ok) throw new Error(`consultation: ${submitted.reason}`);
      return submitted.consultation.id;
    };
    const claimed = () => {
      const id = ask();
      if (!consultations.claim(id, person(JOS)).ok) throw new Error('claim');
      return id;
    };

    const pb = person('procesbegeleider');
    const added = meetings.service.addMember(pb, 'netwerkgroep', { name: 'Mila Mentor', organisation: 'Jan Arentsz', email: MENTOR_EMAIL, role: 'ondersteuning' });
    if (!added.ok) throw new Error(`member: ${added.reason}`);
    const send = (input: Partial<MeetingInput>) => {
      const sent = meetings.service.planAndSend(pb, meetingInput(input), randomUUID());
      if (!sent.ok) throw new Error(`meeting: ${sent.reason}`);
      return sent.meeting.id;
    };
    const draft = meetings.service.plan(pb, meetingInput({ date: '2027-04-13' }));
    const preview = meetings.importer.preview(pb, DEMO_PLAN);
    if (!draft.ok || !preview.ok) throw new Error('draft or import');
    const meetingIds = {
      sent: send({ title: 'Netwerkgroep bijeenkomst 2', number: 2 }),
      reserveToConfirm: send({ date: '2027-03-09', reserve: true }),
      reserveToDrop: send({ date: '2027-03-16', reserve: true }),
      held: send({ date: '2026-11-20' }),
      draft: draft.meeting.id,
    };

    // 14:20: the 14:00 appointment has begun (a no-show can be marked); the next free place is later today.
    clock.set('2026-11-23T13:20:00Z');
    const slot = spreekuur.openSlots(SCHOOL).find((open) => open.seriesId === weekly)!;
    world = {
      users,
      series: { weekly, toStop },
      bookings,
      openSlot: { seriesId: weekly, startsAt: slot.startsAt.toISOString() },
      consultations: { open: ask(), toClaim: ask(), toWithdraw: ask(), closeByMentor: claimed(), closeByWorker: claimed() },
      meetings: meetingIds,
      importId: preview.importId,
      memberId: added.member.id,
    };
    await bot.runDueJobs();
  });
  afterAll(async () => bot?.stop());

  /**
   * How often the database was written: rows changed through the bot's connection (every feature writes through it,
   * conversation state included) and commits by any other connection. A refused turn must leave both as they were.
   */
  const writes = (): string => {
    const changes = bot.db.prepare('SELECT total_changes() AS n').get() as { n: number };
    return `${changes.n}/${String(bot.db.pragma('data_version', { simple: true }))}`;
  };

  /** One cell: the role sends the row's input; returns what they saw. */
  const run = async (row: Row, role: Role): Promise<string> => {
    const user = world.users[role];
    const input = row.input(world, role);
    if (row.kind === 'command') {
      const replies: Array<Partial<Activity>> = await user.say(input as string);
      return replies.map((reply) => cardText(reply)).join('\n');
    }
    const result = await user.execute(row.route, input as Record<string, unknown>);
    expect(result.status, `${row.route} as ${role}`).toBe(200);
    return cardText(result.card) || result.replies.map((reply) => reply.text ?? '').join('\n');
  };

  it('has one row for every registered verb and command, and none for a route that does not exist', () => {
    const rows = (kind: Row['kind']) => TABLE.filter((row) => row.kind === kind).map((row) => row.route).sort();
    expect(rows('verb')).toEqual([...bot.routes.verbs].sort());
    expect(rows('command')).toEqual([...bot.routes.commands].sort());
  });

  it('refuses to register a verb or command a second time (the first would answer it, the second never)', () => {
    const app = { adaptiveCards: { actionExecute: () => undefined }, message: () => undefined } as unknown as BotApp;
    const card = () => messageCard('Help', 'Nog eens.');
    const routes = featureRoutes(app, bot.deps, { invalid: card });
    expect(() => routes.verb('help.show', z.unknown(), card)).toThrow('route help.show registered twice');
    expect(() => routes.command('help.help', /^help$/, () => ({ text: 'help' }), { summary: 'help' })).toThrow('route help.help registered twice');
  });

  it(`answers each of the ${TABLE.length} routes as each of the ${EVERYONE.length} roles: allowed or refused, refused changes nothing`, async () => {
    const problems: string[] = [];
    let cells = 0;
    const check = (row: Row, role: Role, text: string) => {
      const allowed = row.allowed.includes(role);
      const label = `${row.kind} ${row.route} as ${role} (${allowed ? 'allowed' : 'refused'})`;
      cells += 1;
      if (allowed && (!row.answer.test(text) || (row.refusal?.test(text) ?? false))) problems.push(`${label}: not its normal answer: ${text.slice(0, 200)}`);
      if (!allowed && !row.refusal!.test(text)) problems.push(`${label}: not refused: ${text.slice(0, 200)}`);
    };
    /** A typed command must reach the command of its row, not another feature's or the fallback. */
    const reached = (row: Row, times: number) => {
      if (row.kind === 'command' && routed.join() !== Array(times).fill(row.route).join()) problems.push(`command ${row.route}: the text reached ${routed.join(', ') || 'no command'}`);
      routed.length = 0;
    };
    for (const row of TABLE) {
      // The refused roles first, side by side (they change nothing); then each allowed role, which may change what the next acts on.
      const refused = EVERYONE.filter((role) => !row.allowed.includes(role));
      const before = writes();
      const refusals = await Promise.all(refused.map((role) => run(row, role)));
      refused.forEach((role, index) => check(row, role, refusals[index]!));
      if (writes() !== before) problems.push(`${row.kind} ${row.route}: a refused role wrote to the database (${refused.join(', ')})`);
      reached(row, refused.length);
      for (const role of row.allowed) {
        check(row, role, await run(row, role));
        reached(row, 1);
        // What an allowed click set going (notices, mail) is done before the next row counts writes.
        await bot.runDueJobs();
      }
    }
    expect(problems).toEqual([]);
    expect(cells).toBe(TABLE.length * EVERYONE.length);
    expect(cells, 'the figure in README "Security"').toBe(656);
  });
});
