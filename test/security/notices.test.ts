import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { personalConversationId, startTestBot, type TestBot, type TestUser } from '../helpers/bot';
import { cardText, findAction } from '../helpers/cards';
import { meetingForm } from '../meetings/fixture';
import { findSlot, mondayHours } from '../spreekuur/botWorld';

let bot: TestBot | undefined;
afterEach(async () => {
  if (bot) bot.connector.unreachable = false;
  await bot?.stop();
  bot = undefined;
});

const SCHOOL = 'jan-arentsz';
const QUESTION = 'Een leerling in de onderbouw trekt zich sinds de herfst terug en eet niet in de pauze. Hoe begin ik het gesprek met hem?';
const consultationForm = { schoolId: SCHOOL, theme: 'angst-somberheid', band: 'onderbouw', question: QUESTION, reach: 'chat', urgency: 'deze-week' };

/** Brings the Bot Connector back after `minutes` (past the job queue's back-off so far) and runs what is due. */
async function connectorBack(b: TestBot, minutes = 5): Promise<void> {
  await b.runDueJobs(); // lets a run that is still trying the down connector finish
  b.connector.unreachable = false;
  (b.clock as ManualClock).advance({ minutes });
  await b.runDueJobs();
}

/** Later runs send nothing again: every notice arrives exactly once. */
async function laterRuns(b: TestBot): Promise<void> {
  for (const minutes of [30, 120]) {
    (b.clock as ManualClock).advance({ minutes });
    await b.runDueJobs();
  }
}

const titled = (b: TestBot, userId: string, title: string) => b.proactiveTo(userId).filter((activity) => cardText(activity).includes(title));

/** A mentor and a two-member JOS team at one school, plus its ondersteuningscoördinator; all have said hello. */
async function consultationCast(start = '2026-11-23T09:00:00Z') {
  const b = await startTestBot({ clock: new ManualClock(start) });
  bot = b;
  const mentor = b.user('mentor-1', { name: 'Mees Mentor', schoolId: SCHOOL });
  const coach = b.user('coach-1', { name: 'Sanne Coach', roles: [{ role: 'jos-functionaris', function: 'jgc', schoolId: SCHOOL }] });
  const gedrag = b.user('gw-1', { name: 'Gerrit Gedrag', roles: [{ role: 'jos-functionaris', function: 'gedragswetenschapper', schoolId: SCHOOL }] });
  const coordinator = b.user('ozc-1', { name: 'Olga Coördinator', roles: [{ role: 'ondersteuningscoordinator', schoolId: SCHOOL }] });
  for (const user of [mentor, coach, gedrag, coordinator]) await user.say('hallo');
  b.connector.clear();
  return { b, mentor, coach, gedrag };
}

async function submit(mentor: TestUser): Promise<string> {
  const sent = await mentor.execute('consultation.submit', consultationForm);
  expect(sent.invokeResponse?.status).toBe(200);
  expect(cardText(sent.card)).toContain('Je vraag is verstuurd');
  expect(cardText(sent.card)).toContain('(2 personen)');
  return (findAction(sent.card, 'Trek in').data as { consultationId: string }).consultationId;
}

const TITLE = 'Netwerkgroep bijeenkomst 2';

/** The procesbegeleider's preview of a Netwerkgroep meeting, with its Versturen button; member Eva has said hello. */
async function meetingPreview() {
  const b = await startTestBot({ clock: new ManualClock('2022-09-01T08:00:00Z') });
  bot = b;
  const planner = b.user('pb-1', { name: 'Petra Proces', email: 'procesbegeleider@jos.example.org', roles: [{ role: 'procesbegeleider' }] });
  await b.user('eva-1', { name: 'Eva Verzon', email: 'eva.verzon@school.example.org' }).say('hallo');
  const preview = await planner.execute('meetings.plan', meetingForm({ title: TITLE }));
  return { b, planner, send: findAction(preview.card, 'Versturen') };
}

describe('a notice that cannot be sent never spoils the sender\'s own answer (finding 5)', () => {
  it('spreekuur: booked and cancelled with the Bot Connector down; the host is told once it is back', async () => {
    const clock = new ManualClock('2026-03-20T09:00:00Z');
    bot = await startTestBot({ clock });
    const { mentor } = await mondayHours(bot);
    const { action } = await findSlot(mentor, '14:00');
    const topicCard = await mentor.execute(action.verb!, action.data);
    const confirm = findAction(topicCard.card, 'Bevestig');

    bot.connector.unreachable = true;
    const booked = await mentor.execute(confirm.verb!, { ...confirm.data, topic: 'onrust in de klas' });
    expect(booked.invokeResponse?.status).toBe(200);
    expect(cardText(booked.card)).toContain('Je afspraak staat');
    await bot.runDueJobs();
    expect(bot.proactiveTo('coach-1')).toHaveLength(0);

    const cancel = findAction(booked.card, 'Annuleer');
    const question = await mentor.execute(cancel.verb!, cancel.data);
    const yes = await mentor.execute(cancel.verb!, { ...cancel.data, confirmed: true });
    expect(cardText(question.card)).not.toContain('Er ging iets mis');
    expect(cardText(yes.card)).toContain('Afspraak geannuleerd');

    await bot.runDueJobs(); // lets the run that is still trying the down connector finish
    bot.connector.unreachable = false;
    clock.advance({ minutes: 5 }); // past the retries so far
    await bot.runDueJobs();
    const told = bot.proactiveTo('coach-1').map((activity) => cardText(activity));
    expect(told.some((text) => text.includes('Nieuwe spreekuurafspraak') && text.includes('onrust in de klas'))).toBe(true);
    expect(told.some((text) => text.includes('Spreekuurafspraak afgezegd'))).toBe(true);
  });

  it('consultation routed: the mentor is told it is sent; each team member gets the card once when the connector is back', async () => {
    const { b, mentor } = await consultationCast();
    b.connector.unreachable = true;
    await submit(mentor);
    for (const member of ['coach-1', 'gw-1']) expect(b.proactiveTo(member)).toHaveLength(0);

    await connectorBack(b);
    await laterRuns(b);
    for (const member of ['coach-1', 'gw-1']) {
      const cards = b.proactiveTo(member);
      expect(cards).toHaveLength(1);
      expect(cardText(cards[0])).toContain(QUESTION);
      findAction(cards[0], 'Ik pak dit op');
    }
  });

  it('escalation: the coordinator gets the waiting request once when the connector is back', async () => {
    const { b, mentor } = await consultationCast('2026-11-23T09:00:00Z'); // Monday
    await submit(mentor);
    b.connector.unreachable = true;
    (b.clock as ManualClock).set('2026-11-25T09:01:00Z'); // two school days later
    await b.runDueJobs();
    expect(b.proactiveTo('ozc-1')).toHaveLength(0);

    await connectorBack(b);
    await laterRuns(b);
    const told = b.proactiveTo('ozc-1');
    expect(told).toHaveLength(1);
    expect(cardText(told[0])).toContain('na 2 schooldagen nog door niemand van het JOS-team opgepakt');
  });

  it('claim and close: the worker sees the usual cards; the mentor hears "opgepakt" and "afgerond" once each, and the colleague\'s card is updated', async () => {
    const { b, mentor, coach } = await consultationCast();
    const id = await submit(mentor);
    b.connector.unreachable = true;
    const claimed = await coach.execute('consultation.claim', { consultationId: id });
    expect(claimed.invokeResponse?.status).toBe(200);
    expect(cardText(claimed.card)).toContain('Jij hebt dit opgepakt');
    expect(b.proactiveTo('mentor-1')).toHaveLength(0);

    await connectorBack(b);
    expect(titled(b, 'mentor-1', 'heeft je vraag opgepakt')).toHaveLength(1);
    expect(cardText(b.connector.updatesTo(personalConversationId('gw-1')).at(-1)?.activity)).toContain('Opgepakt door Sanne Coach');

    b.connector.unreachable = true;
    const close = findAction(claimed.card, 'Afgerond');
    const closed = await coach.execute(close.verb!, close.data);
    expect(closed.invokeResponse?.status).toBe(200);
    expect(cardText(closed.card)).toContain('Deze consultatie is afgerond');

    await connectorBack(b);
    await laterRuns(b);
    expect(titled(b, 'mentor-1', 'heeft je vraag opgepakt')).toHaveLength(1);
    expect(titled(b, 'mentor-1', 'Deze consultatie is afgerond')).toHaveLength(1);
    // The "opgepakt" card the mentor holds now says it is closed too, updated once.
    const mentorUpdates = b.connector.updatesTo(personalConversationId('mentor-1'));
    expect(mentorUpdates).toHaveLength(1);
    expect(cardText(mentorUpdates[0]!.activity)).toContain('afgerond');
  });

  it('erasing your data with the connector down: the erasure is confirmed; the host hears of the cancelled appointment once', async () => {
    bot = await startTestBot({ clock: new ManualClock('2026-03-20T09:00:00Z') });
    const { mentor } = await mondayHours(bot);
    const { action } = await findSlot(mentor, '14:00');
    const confirm = findAction((await mentor.execute(action.verb!, action.data)).card, 'Bevestig');
    await mentor.execute(confirm.verb!, { ...confirm.data, topic: 'onrust in de klas' });
    await bot.runDueJobs();
    expect(titled(bot, 'coach-1', 'Spreekuurafspraak afgezegd')).toHaveLength(0);

    bot.connector.unreachable = true;
    const erased = await mentor.execute('privacy.erase');
    expect(erased.invokeResponse?.status).toBe(200);
    expect(cardText(erased.card)).not.toContain('Er ging iets mis');
    expect(cardText(erased.card)).toMatch(/verwijderd/i);

    await connectorBack(bot);
    await laterRuns(bot);
    const told = titled(bot, 'coach-1', 'Spreekuurafspraak afgezegd');
    expect(told).toHaveLength(1);
    expect(cardText(told[0])).not.toContain('Mees Mentor'); // the erased name is not kept for the notice
  });

  it('meeting invitation: the procesbegeleider sees the usual answer; the member\'s Teams card arrives once when the connector is back', async () => {
    const { b, planner, send } = await meetingPreview();
    b.connector.unreachable = true;
    const sent = await planner.execute(send.verb!, send.data);
    expect(sent.invokeResponse?.status).toBe(200);
    expect(cardText(sent.card)).not.toContain('Er ging iets mis');
    await b.runDueJobs();
    expect(b.proactiveTo('eva-1')).toHaveLength(0);

    await connectorBack(b);
    await laterRuns(b);
    const cards = titled(b, 'eva-1', TITLE);
    expect(cards).toHaveLength(1);
    findAction(cards[0], 'Ja');
  });

  it('meeting invitation given up: the procesbegeleider is told which member missed it, once, when the connector is back', async () => {
    const { b, planner, send } = await meetingPreview();
    const clock = b.clock as ManualClock;
    b.connector.unreachable = true;
    await planner.execute(send.verb!, send.data);
    // The outbox tries Eva's Teams card five times (after 1, 5, 15 and 60 minutes), then gives it up.
    for (const minutes of [1, 5, 15, 60, 60]) {
      clock.advance({ minutes });
      await b.runDueJobs();
    }
    expect(b.proactiveTo('pb-1')).toHaveLength(0);

    await connectorBack(b);
    await laterRuns(b);
    const reports = titled(b, 'pb-1', 'Niet afgeleverd na herhaalde pogingen');
    expect(reports).toHaveLength(1);
    expect(cardText(reports[0])).toContain('Eva Verzon');
  });

  it('after the last try a notice stays in the queue as failed, logged with codes and ids only', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const b = await startTestBot({ clock, onLog: (line) => lines.push(line) });
    bot = b;
    const mentor = b.user('mentor-1', { name: 'Mees Mentor', schoolId: SCHOOL });
    const coach = b.user('coach-1', { name: 'Sanne Coach', roles: [{ role: 'jos-functionaris', function: 'jgc', schoolId: SCHOOL }] });
    for (const user of [mentor, coach]) await user.say('hallo');

    b.connector.unreachable = true;
    await mentor.execute('consultation.submit', consultationForm);
    for (const minutes of [1, 4, 9, 16]) {
      clock.advance({ minutes });
      await b.runDueJobs();
    }
    // Coach 1 is the one team member the bot could reach; the others (from the people file) never chatted with it.
    const jobs = b.db.prepare("SELECT status, attempts, payload_json FROM jobs WHERE kind = 'consultation.route' AND job_key LIKE '%:coach-1'").all() as Array<Record<string, unknown>>;
    expect(jobs).toEqual([expect.objectContaining({ status: 'failed', attempts: 5 })]);
    expect(String(jobs[0]!.payload_json)).not.toContain('leerling'); // ids, never the question

    const gaveUp = lines.filter((line) => line.event === 'job.gave-up');
    expect(gaveUp).toHaveLength(1);
    expect(gaveUp[0]).toMatchObject({ kind: 'consultation.route', attempts: 5, code: expect.any(String), jobId: expect.any(Number) });
    expect(lines.filter((line) => line.event === 'job.failed')).toHaveLength(4);
    expect(JSON.stringify(lines)).not.toContain('trekt zich');

    clock.advance({ hours: 2 });
    b.connector.unreachable = false;
    await b.runDueJobs();
    expect(b.proactiveTo('coach-1')).toHaveLength(0); // given up stays given up, visible in the queue
  });
});
