import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { startTestBot, personalConversationId, type TestBot, type TestUser } from '../helpers/bot';
import { cardOf, cardText, findAction } from '../helpers/cards';

const SCHOOL = 'jan-arentsz';
const OTHER_SCHOOL = 'vonk';
const QUESTION = 'Een leerling in de onderbouw trekt zich sinds de herfst terug en eet niet in de pauze. Hoe begin ik het gesprek met hem?';

interface Cast {
  bot: TestBot;
  mentor: TestUser;
  coach: TestUser;
  gedragswetenschapper: TestUser;
  coordinator: TestUser;
  otherMentor: TestUser;
  otherCoach: TestUser;
}

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

/** A school with a JOS team of two and an ondersteuningscoördinator, plus a mentor and a coach of another school. */
async function cast(start = '2026-11-23T09:00:00Z'): Promise<Cast> {
  bot = await startTestBot({ clock: new ManualClock(start) });
  const mentor = bot.user('mentor-1', { name: 'Mees Mentor', email: 'mees@school.example', schoolId: SCHOOL });
  const coach = bot.user('coach-1', { name: 'Sanne Coach', email: 'sanne.coach@groeimee.example', roles: [{ role: 'jos-functionaris', function: 'jgc', schoolId: SCHOOL }] });
  const gedragswetenschapper = bot.user('gw-1', { name: 'Gerrit Gedrag', roles: [{ role: 'jos-functionaris', function: 'gedragswetenschapper', schoolId: SCHOOL }] });
  const coordinator = bot.user('ozc-1', { name: 'Olga Coördinator', roles: [{ role: 'ondersteuningscoordinator', schoolId: SCHOOL }] });
  const otherMentor = bot.user('mentor-2', { name: 'Anna Andereschool', schoolId: OTHER_SCHOOL });
  const otherCoach = bot.user('coach-2', { name: 'Otto Elders', roles: [{ role: 'jos-functionaris', function: 'jgc', schoolId: OTHER_SCHOOL }] });
  // Each says hello once, so the bot has their personal chat for proactive messages.
  for (const user of [mentor, coach, gedragswetenschapper, coordinator, otherMentor, otherCoach]) await user.say('hallo');
  bot.connector.clear();
  return { bot, mentor, coach, gedragswetenschapper, coordinator, otherMentor, otherCoach };
}

const form = (question = QUESTION, extra: Record<string, unknown> = {}) => ({
  schoolId: SCHOOL,
  theme: 'angst-somberheid',
  band: 'onderbouw',
  question,
  reach: 'chat',
  urgency: 'deze-week',
  ...extra,
});

/** The facts (title → value) a card shows in its fact sets. */
function factsOf(source: Parameters<typeof cardOf>[0]): Record<string, string> {
  const found: Record<string, string> = {};
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const element = node as { type?: string; facts?: Array<{ title: string; value: string }> };
    if (element.type === 'FactSet') for (const fact of element.facts ?? []) found[fact.title] = fact.value;
    Object.values(element).forEach(visit);
  };
  visit(cardOf(source));
  return found;
}

/** The "this is no name" choices on a refused form: what is offered and what is ticked. */
const notANameInput = (card: Parameters<typeof cardOf>[0]) =>
  (cardOf(card)!.body as Array<{ id?: string; value?: string; choices?: Array<{ value: string }> }>).find((element) => element.id === 'allow');

const lastTo = (b: TestBot, userId: string) => b.proactiveTo(userId).at(-1);
const consultationRows = (b: TestBot) => b.db.prepare('SELECT * FROM consultations').all() as Array<Record<string, string | null>>;

/** Every byte of the database, its write-ahead log and shared memory file, as text. */
function databaseBytes(b: TestBot): string {
  return ['', '-wal', '-shm']
    .map((suffix) => `${b.databaseFile}${suffix}`)
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file).toString('latin1'))
    .join('\n');
}

async function submitted(c: Cast, question = QUESTION): Promise<string> {
  const result = await c.mentor.execute('consultation.submit', form(question));
  expect(cardText(result.card)).toContain('Je vraag is verstuurd');
  return (findAction(result.card, 'Trek in').data as { consultationId: string }).consultationId;
}

describe('anonymous consultation in a conversation', () => {
  it('request → routed to the school team → claimed → mentor told with a chat button → closed', async () => {
    const c = await cast();
    const [formReply] = await c.mentor.say('ik wil een casus anoniem bespreken');
    const formCard = cardOf(formReply)!;
    expect(cardText(formCard)).toContain('Anonieme consultatie');
    const schoolInput = (formCard.body as Array<Record<string, unknown>>).find((element) => element.id === 'schoolId');
    expect(schoolInput?.value).toBe(SCHOOL); // the mentor's own school by default
    expect(cardText(formCard)).toContain('Pesten / sociale veiligheid');

    const [sent, doubleClick] = await Promise.all([c.mentor.execute('consultation.submit', form()), c.mentor.execute('consultation.submit', form())]);
    expect(cardText(doubleClick.card)).toContain('Je vraag is verstuurd');
    expect(consultationRows(c.bot)).toHaveLength(1); // a double click stores and routes one request
    const confirmation = cardText(sent.card);
    expect(confirmation).toContain('Je vraag is verstuurd');
    const overview = findAction(sent.card, 'Mijn consultaties');
    expect(cardText((await c.mentor.execute(overview.verb!, overview.data)).card)).toContain('Mijn consultaties');
    expect(factsOf(sent.card)).toMatchObject({ School: 'Jan Arentsz', Thema: 'Angst / somberheid', Leerjaar: 'Onderbouw', Status: 'Nieuw, nog niet opgepakt' });

    // Both team members got the card with the question, once; nobody outside the team did.
    for (const member of ['coach-1', 'gw-1']) {
      expect(c.bot.proactiveTo(member)).toHaveLength(1);
      const card = lastTo(c.bot, member);
      expect(cardText(card)).toContain(QUESTION);
      expect(factsOf(card)).toMatchObject({ Urgentie: 'Graag deze week', Contact: 'Via een chat in Teams' });
      findAction(card, 'Ik pak dit op');
    }
    for (const outsider of ['ozc-1', 'mentor-2', 'coach-2']) expect(c.bot.proactiveTo(outsider)).toHaveLength(0);

    const claimButton = findAction(lastTo(c.bot, 'coach-1'), 'Ik pak dit op');
    const claimed = await c.coach.execute(claimButton.verb!, claimButton.data);
    expect(cardText(claimed.card)).toContain('Jij hebt dit opgepakt');

    // The other member's card now says who took it, and offers no claim button.
    const update = c.bot.connector.updatesTo(personalConversationId('gw-1')).at(-1)!;
    expect(cardText(update.activity)).toContain('Opgepakt door Sanne Coach');
    expect(() => findAction(update.activity, 'Ik pak dit op')).toThrow();
    const others = findAction(update.activity, 'Andere open vragen');
    expect(cardText((await c.gedragswetenschapper.execute(others.verb!, others.data)).card)).toContain('Er wachten geen consultatievragen');

    const told = lastTo(c.bot, 'mentor-1');
    expect(cardText(told)).toContain('Sanne Coach (jeugd- en gezinscoach) heeft je vraag opgepakt');
    expect(findAction(told, 'Chat met Sanne Coach').url).toBe('https://teams.microsoft.com/l/chat/0/0?users=sanne.coach%40groeimee.example');

    const closeButton = findAction(claimed.card, 'Afgerond');
    const closed = await c.coach.execute(closeButton.verb!, closeButton.data);
    expect(cardText(closed.card)).toContain('Deze consultatie is afgerond');
    expect(cardText(lastTo(c.bot, 'mentor-1'))).toContain('Deze consultatie is afgerond');
    expect(consultationRows(c.bot).map((row) => row.status)).toEqual(['afgerond']);
  });

  it('opens the form from the command, the help-card button and a wish, but leaves a consent question alone', async () => {
    const c = await cast();
    expect(cardText((await c.mentor.say('consultatie'))[0])).toContain('Leg een casus voor aan het JOS-team');
    expect(cardText((await c.mentor.execute('consultation.start')).card)).toContain('Leg een casus voor aan het JOS-team');
    expect(cardText((await c.mentor.say('Ik zou graag een leerling anoniem voorleggen aan JOS'))[0])).toContain('Leg een casus voor aan het JOS-team');
    const [inGroup] = await c.mentor.say('consultatie', { conversationType: 'groupChat', mentionBot: true });
    expect(cardText(inGroup)).toContain('alleen via een persoonlijke chat');
    const consent = await c.mentor.say('Mag ik een casus anoniem bespreken met de jgc?');
    expect(consent.map((reply) => cardText(reply)).join('\n')).not.toContain('Leg een casus voor aan het JOS-team');
  });

  it('refuses a question with a name, stores nothing, and shows the masked parts', async () => {
    const c = await cast();
    const identifying = 'Ik maak me zorgen om Sanne Vermeulen uit 2B, ze huilt elke ochtend bij het fietsenhok.';
    const refused = await c.mentor.execute('consultation.submit', form(identifying));
    const text = cardText(refused.card);
    expect(text).toContain('Er is niets opgeslagen');
    expect(text).toContain('Ik maak me zorgen om [klas en naam], ze huilt elke ochtend bij het fietsenhok.');
    expect(text).toContain('naam');
    // A first name with a surname is a person: it is not offered as "geen naam" at all (issue 12, finding 4).
    expect(notANameInput(refused.card)).toBeUndefined();

    expect(consultationRows(c.bot)).toHaveLength(0);
    expect(c.bot.proactiveTo('coach-1')).toHaveLength(0);
    const bytes = databaseBytes(c.bot);
    expect(bytes).not.toContain('Vermeulen');
    expect(bytes).not.toContain('fietsenhok');
  });

  it('lets the mentor confirm a flagged word that is not a name, then routes the request', async () => {
    const c = await cast();
    const question = 'Heeft het team ervaring met de weerbaarheidstraining Kracht van Fleur voor meisjes in de onderbouw?';
    const refused = await c.mentor.execute('consultation.submit', form(question));
    expect(cardText(refused.card)).toContain('Is een van deze woorden geen naam');
    const offered = notANameInput(refused.card);
    // "Kracht" is an ordinary word; the first name in the programme's title is what the screen flags.
    expect(offered?.choices?.map((choice) => choice.value)).toEqual(['Fleur']);
    expect(consultationRows(c.bot)).toHaveLength(0);
    const accepted = await c.mentor.execute('consultation.submit', form(question, { allow: 'Fleur' }));
    expect(cardText(accepted.card)).toContain('Je vraag is verstuurd');
    expect(cardText(lastTo(c.bot, 'coach-1'))).toContain(question);

    // A word once confirmed stays confirmed when the question is refused again for something else.
    const withPhone = `${question} Bel me op 0612345678.`;
    const again = await c.mentor.execute('consultation.submit', form(withPhone, { allow: 'Fleur' }));
    expect(cardText(again.card)).toContain('[telefoonnummer]');
    const kept = notANameInput(again.card);
    expect(kept?.value).toBe('Fleur');
    const resent = await c.mentor.execute('consultation.submit', form(`${question} Graag via de chat.`, { allow: kept!.value }));
    expect(cardText(resent.card)).toContain('Je vraag is verstuurd');

    // A place next to a class code can be vouched for in the same way, but that clears the place, not the class.
    const place = 'Een leerling uit Wielewaalde zit in 2B en komt vaak te laat door de bus.';
    expect(cardText((await c.mentor.execute('consultation.submit', form(place))).card)).toContain('Wielewaalde');
    const classKept = await c.mentor.execute('consultation.submit', form(place, { allow: 'Wielewaalde' }));
    expect(cardText(classKept.card)).toContain('[klas]');
    const withoutClass = 'Een leerling uit Wielewaalde zit in de tweede klas en komt vaak te laat door de bus.';
    expect(cardText((await c.mentor.execute('consultation.submit', form(withoutClass, { allow: 'Wielewaalde' }))).card)).toContain('Je vraag is verstuurd');
  });

  it('never offers a first name with a surname as "geen naam", and a tick on it delivers nothing (issue 12, finding 4)', async () => {
    const c = await cast();
    const question = 'Sanne Bakker uit 3B is sinds de herfst steeds afwezig. Hoe begin ik het gesprek?';
    const refused = await c.mentor.execute('consultation.submit', form(question));
    expect(cardText(refused.card)).toContain('[klas en naam]');
    expect(notANameInput(refused.card)?.choices?.map((choice) => choice.value) ?? []).not.toContain('Sanne Bakker');
    // A tick sent anyway (an old card, a crafted request) clears nothing: not the name, not the class.
    const ticked = await c.mentor.execute('consultation.submit', form(question, { allow: 'Sanne Bakker' }));
    expect(cardText(ticked.card)).not.toContain('Je vraag is verstuurd');
    // Confirming each word on its own clears the names, never the class.
    const words = await c.mentor.execute('consultation.submit', form(question, { allow: 'Sanne,Bakker' }));
    expect(cardText(words.card)).toContain('[klas]');
    expect(consultationRows(c.bot)).toHaveLength(0);
    for (const member of ['coach-1', 'gw-1']) expect(c.bot.proactiveTo(member).map((card) => cardText(card)).join('\n')).not.toContain('Sanne');
  });

  it('tells the mentor when nobody of the team could be reached, and the team finds the request with "open consultaties"', async () => {
    bot = await startTestBot();
    const mentor = bot.user('mentor-1', { name: 'Mees Mentor', schoolId: SCHOOL });
    const coach = bot.user('coach-1', { name: 'Sanne Coach', roles: [{ role: 'jos-functionaris', function: 'jgc', schoolId: SCHOOL }] });
    const elsewhere = bot.user('coach-2', { name: 'Otto Elders', roles: [{ role: 'jos-functionaris', function: 'jgc', schoolId: OTHER_SCHOOL }] });
    const sent = await mentor.execute('consultation.submit', form());
    expect(cardText(sent.card)).toContain('Ik kon nu nog niemand van het team in Teams bereiken');
    expect(bot.proactiveTo('coach-1')).toHaveLength(0);

    const [list] = await coach.say('open consultaties');
    expect(cardText(list)).toContain(QUESTION);
    const claimButton = findAction(list, 'Ik pak dit op');
    expect(cardText((await coach.execute(claimButton.verb!, claimButton.data)).card)).toContain('Jij hebt dit opgepakt');
    expect(cardText((await coach.say('open consultaties'))[0])).toContain('Er wachten geen consultatievragen');
    expect(cardText((await elsewhere.say('open consultaties'))[0])).not.toContain(QUESTION);
  });

  it('gives a request to exactly one of two team members who claim at the same moment', async () => {
    const c = await cast();
    const id = await submitted(c);
    const [first, second] = await Promise.all([
      c.coach.execute('consultation.claim', { consultationId: id }),
      c.gedragswetenschapper.execute('consultation.claim', { consultationId: id }),
    ]);
    const texts = [cardText(first.card), cardText(second.card)];
    expect(texts.filter((text) => text.includes('Jij hebt dit opgepakt'))).toHaveLength(1);
    expect(texts.filter((text) => /Opgepakt door (Sanne Coach|Gerrit Gedrag)/.test(text))).toHaveLength(1);
    const winner = texts[0]!.includes('Jij hebt dit opgepakt') ? 'coach-1' : 'gw-1';
    expect(consultationRows(c.bot)[0]!.claimed_by).toBe(winner);
    expect(c.bot.proactiveTo('mentor-1').filter((message) => cardText(message).includes('heeft je vraag opgepakt'))).toHaveLength(1);
  });

  it('lets the mentor withdraw an unclaimed request; the team sees it and can no longer claim it', async () => {
    const c = await cast();
    const id = await submitted(c);
    const withdrawn = await c.mentor.execute('consultation.withdraw', { consultationId: id });
    expect(cardText(withdrawn.card)).toContain('Je vraag is ingetrokken');
    expect(cardText(c.bot.connector.updatesTo(personalConversationId('coach-1')).at(-1)!.activity)).toContain('De mentor heeft deze vraag ingetrokken');
    const late = await c.coach.execute('consultation.claim', { consultationId: id });
    expect(cardText(late.card)).toContain('De mentor heeft deze vraag ingetrokken');
    expect(consultationRows(c.bot)[0]!.status).toBe('ingetrokken');

    // A claimed request cannot be withdrawn any more.
    const second = await submitted(c, 'Hoe ga ik om met een klas die een nieuwe leerling buitensluit?');
    await c.coach.execute('consultation.claim', { consultationId: second });
    const refused = await c.mentor.execute('consultation.withdraw', { consultationId: second });
    expect(cardText(refused.card)).toContain('Deze aanvraag is al opgepakt');
  });

  it('brings an unclaimed request to the ondersteuningscoördinator after two school days, skipping weekend and Christmas holidays', async () => {
    // Friday 18 December 2026, 10:00 in Amsterdam; the kerstvakantie runs 19 December – 3 January.
    const c = await cast('2026-12-18T09:00:00Z');
    await submitted(c);
    const clock = c.bot.clock as ManualClock;

    clock.set('2027-01-04T11:00:00Z'); // Monday after the holidays: one school day passed
    await c.bot.runDueJobs();
    expect(c.bot.proactiveTo('ozc-1')).toHaveLength(0);

    clock.set('2027-01-05T09:01:00Z'); // Tuesday 10:01: two school days
    await c.bot.runDueJobs();
    const escalation = c.bot.proactiveTo('ozc-1');
    expect(escalation).toHaveLength(1);
    expect(cardText(escalation[0])).toContain('na 2 schooldagen nog door niemand van het JOS-team opgepakt');
    expect(cardText(escalation[0])).not.toContain(QUESTION); // the coordinator is told that it waits, not what it says

    await c.bot.runDueJobs();
    expect(c.bot.proactiveTo('ozc-1')).toHaveLength(1);
  });

  it('does not escalate a request that was claimed in time', async () => {
    const c = await cast('2026-11-23T09:00:00Z');
    const id = await submitted(c);
    await c.coach.execute('consultation.claim', { consultationId: id });
    (c.bot.clock as ManualClock).advance({ days: 7 });
    await c.bot.runDueJobs();
    expect(c.bot.proactiveTo('ozc-1')).toHaveLength(0);
  });

  it('hides a request from a mentor and a JOS worker of another school', async () => {
    const c = await cast();
    const id = await submitted(c);
    const looked = await c.otherMentor.execute('consultation.show', { consultationId: id });
    expect(cardText(looked.card)).toContain('kan ik niet vinden');
    expect(cardText(looked.card)).not.toContain(QUESTION);
    const [list] = await c.otherMentor.say('mijn consultaties');
    expect(cardText(list)).toContain('Je hebt geen consultatievragen');

    const claimed = await c.otherCoach.execute('consultation.claim', { consultationId: id });
    expect(cardText(claimed.card)).toContain('Dit kan alleen het JOS-team van de school');
    expect(consultationRows(c.bot)[0]!.status).toBe('nieuw');

    // The requesting mentor (from "mijn consultaties") and the school's team do see it.
    const [own] = await c.mentor.say('mijn consultaties');
    const view = findAction(own, 'Bekijk');
    expect(cardText((await c.mentor.execute(view.verb!, view.data)).card)).toContain(QUESTION);
    expect(cardText((await c.gedragswetenschapper.execute('consultation.show', { consultationId: id })).card)).toContain(QUESTION);
  });

  it("names the mentor on the worker's card with a chat button; closing it updates the mentor's card for them too", async () => {
    const c = await cast();
    const id = await submitted(c);
    const claimed = await c.coach.execute('consultation.claim', { consultationId: id });
    expect(cardText(claimed.card)).toContain('Neem contact op met Mees Mentor');
    expect(findAction(claimed.card, 'Chat met Mees Mentor').url).toBe('https://teams.microsoft.com/l/chat/0/0?users=mees%40school.example');
    const mentorCard = c.bot.proactiveTo('mentor-1').at(-1)!;
    expect(cardText(mentorCard)).toContain('heeft je vraag opgepakt');

    await c.coach.execute('consultation.close', findAction(claimed.card, 'Afgerond').data);
    // The card the mentor already holds ("opgepakt") is replaced in place, not left behind.
    const updated = c.bot.connector.updatesTo(personalConversationId('mentor-1')).at(-1)!;
    expect(updated.activityId).toBeTruthy();
    expect(cardText(updated.activity)).toContain('Deze consultatie is afgerond');
    expect(cardText(updated.activity)).not.toContain('heeft je vraag opgepakt');
  });

  it('lets the mentor close a claimed request from the "opgepakt" message; the worker\'s card says so', async () => {
    const c = await cast();
    const id = await submitted(c);
    await c.coach.execute('consultation.claim', { consultationId: id });
    const close = findAction(lastTo(c.bot, 'mentor-1'), 'Afgerond');
    const closed = await c.mentor.execute(close.verb!, close.data);
    expect(cardText(closed.card)).toContain('Deze consultatie is afgerond');
    const workerCard = c.bot.connector.updatesTo(personalConversationId('coach-1')).at(-1)!.activity;
    expect(cardText(workerCard)).toContain('Deze vraag is afgerond');
    expect(cardText(workerCard)).not.toContain(QUESTION);
    expect(consultationRows(c.bot)[0]).toMatchObject({ status: 'afgerond', claimed_by: 'coach-1' });
    // The other team member cannot close it, and a second close says it is done already.
    expect(cardText((await c.gedragswetenschapper.execute('consultation.close', { consultationId: id })).card)).toContain(
      'Afronden kan alleen wie deze aanvraag heeft opgepakt, of de mentor die hem stuurde.',
    );
    expect(cardText((await c.coach.execute('consultation.close', { consultationId: id })).card)).toContain('Deze aanvraag is al afgerond');
  });

  it('refuses every verb to a mentor and a JOS worker of another school, and changes nothing', async () => {
    const c = await cast();
    const open = await submitted(c);
    const claimedQuestion = 'Hoe ga ik om met een klas die een nieuwe leerling buitensluit?';
    const claimed = await submitted(c, claimedQuestion);
    await c.coach.execute('consultation.claim', { consultationId: claimed });
    const before = JSON.stringify(consultationRows(c.bot));
    c.bot.connector.clear();

    for (const outsider of [c.otherMentor, c.otherCoach]) {
      for (const verb of ['consultation.start', 'consultation.mine', 'consultation.open', 'consultation.show', 'consultation.claim', 'consultation.close', 'consultation.withdraw']) {
        for (const consultationId of [open, claimed]) {
          const { card } = await outsider.execute(verb, { consultationId });
          const text = cardText(card);
          expect(text, `${outsider.id} ${verb}`).not.toContain(QUESTION);
          expect(text, `${outsider.id} ${verb}`).not.toContain(claimedQuestion);
          expect(text, `${outsider.id} ${verb}`).not.toMatch(/Jij hebt dit opgepakt|Opgepakt door|vraag is ingetrokken|Deze consultatie is afgerond/);
        }
      }
    }
    expect(JSON.stringify(consultationRows(c.bot))).toBe(before);
    for (const person of ['mentor-1', 'coach-1', 'gw-1', 'mentor-2', 'coach-2']) expect(c.bot.proactiveTo(person)).toHaveLength(0);
    expect(c.bot.connector.updatesTo(personalConversationId('gw-1'))).toHaveLength(0);
  });

  it('asks for a shorter question above 1000 characters, and accepts one without a leerjaar', async () => {
    const c = await cast();
    const long = `${'Een leerling in de onderbouw is stil en trekt zich terug. '.repeat(17)}Wat kan ik doen?`;
    expect(long.length).toBeGreaterThan(1000);
    const refused = await c.mentor.execute('consultation.submit', form(long));
    expect(cardText(refused.card)).toContain(`Je vraag is ${long.length} tekens; het maximum is 1000. Maak hem korter.`);
    expect(consultationRows(c.bot)).toHaveLength(0);

    const exactly = long.slice(0, 1000);
    const sent = await c.mentor.execute('consultation.submit', form(exactly, { band: '' }));
    expect(cardText(sent.card)).toContain('Je vraag is verstuurd');
    expect(factsOf(sent.card)).toMatchObject({ Leerjaar: 'niet genoemd' });
    expect(consultationRows(c.bot)[0]).toMatchObject({ band: null, question: exactly.trim() });
  });

  it('deletes the question text 30 days after closing and keeps an anonymous count', async () => {
    const c = await cast('2026-11-23T09:00:00Z');
    const clock = c.bot.clock as ManualClock;
    const id = await submitted(c);
    clock.advance({ minutes: 45 });
    await c.coach.execute('consultation.claim', { consultationId: id });
    await c.coach.execute('consultation.close', { consultationId: id });

    clock.advance({ days: 29, hours: 20 });
    await c.bot.runDueJobs();
    expect(consultationRows(c.bot)).toHaveLength(1);
    expect(databaseBytes(c.bot)).toContain('eet niet in de pauze'); // so the check after the purge means something
    const cardRows = () => c.bot.db.prepare('SELECT COUNT(*) AS n FROM consultation_cards').get();
    expect(cardRows()).toEqual({ n: 3 }); // the two team members' cards and the mentor's "opgepakt" card

    clock.advance({ days: 1 });
    await c.bot.runDueJobs();
    expect(consultationRows(c.bot)).toHaveLength(0);
    expect(cardRows()).toEqual({ n: 0 }); // which team member got which card goes with the request
    expect(c.bot.db.prepare('SELECT school_id, theme, month, outcome, minutes_to_claim, escalated FROM consultation_counts').all()).toEqual([
      { school_id: SCHOOL, theme: 'angst-somberheid', month: '2026-11', outcome: 'afgerond', minutes_to_claim: 45, escalated: 0 },
    ]);
    expect(databaseBytes(c.bot)).not.toContain('eet niet in de pauze');

    const csv = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/report.ts', 'consultaties'], { encoding: 'utf8', env: { ...process.env, DATA_DIR: c.bot.dataDir } });
    expect(csv.trim().split('\n')).toEqual([
      'maand,school,thema,aanvragen,opgepakt,ingetrokken,geescaleerd,mediaan_minuten_tot_oppakken',
      '2026-11,jan-arentsz,angst-somberheid,1,1,0,0,45',
    ]);
  });
});
