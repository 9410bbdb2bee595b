import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { createLogger } from '../../src/logger';
import { TestBot } from '../helpers/bot';
import { cardText, findAction } from '../helpers/cards';
import { databaseHolds, readerHolding } from '../helpers/sqlite';
import { findSlot, mondayHours, SCHOOL } from '../spreekuur/botWorld';
import { placesHolding, PUPIL, SECRETS } from './places';
import { meetingForm } from '../meetings/fixture';

/** A question the screen flags for one word the mentor confirms is no name: the one text that may be stored. */
const CONFIRMED = 'Heeft het team ervaring met de weerbaarheidstraining Kracht van Fleur voor meisjes in de onderbouw?';

describe('privacy audit over whole conversations (issue 12)', () => {
  const logLines: string[] = [];
  const clock = new ManualClock('2026-11-23T09:00:00Z');
  let bot: TestBot;
  const served: string[] = [];
  afterAll(async () => bot?.stop());

  const leaks = (text: string): string[] => placesHolding(bot, logLines, served, text);

  it('keeps the pupil out of the database, its WAL, the logs, the outbox and every calendar file', async () => {
    bot = await TestBot.start({ clock, logger: createLogger('debug', { write: (line: string) => void logLines.push(line) }) });
    const { coach, mentor } = await mondayHours(bot);

    // Consent question: answered, never stored.
    const consent = await mentor.say(`Mag ik met de huisarts praten over ${PUPIL}?`);
    expect(consent.length).toBeGreaterThan(0);

    // Spreekuur: the topic with the pupil is refused, a clean one is booked; its calendar file is served.
    const slot = (await findSlot(mentor, '14:00')).action.data;
    const refused = await mentor.execute('spreekuur.book', { ...slot, topic: `Gesprek over ${PUPIL}` });
    expect(cardText(refused.card)).not.toContain('Je afspraak staat');
    const booked = await mentor.execute('spreekuur.book', { ...slot, topic: 'omgaan met faalangst in de klas' });
    expect(cardText(booked.card)).toContain('Je afspraak staat');
    served.push(await (await fetch(findAction(booked.card, 'Zet in mijn agenda').url!)).text());

    // Consultation: the question with the pupil is refused; the one with a confirmed word is sent, claimed and closed.
    const form = (question: string, allow = '') => ({ schoolId: SCHOOL, theme: 'angst-somberheid', band: 'onderbouw', question, reach: 'chat', urgency: 'deze-week', allow });
    const refusedQuestion = await mentor.execute('consultation.submit', form(`Hoe help ik ${PUPIL} met haar angst?`));
    expect(cardText(refusedQuestion.card)).not.toContain('Je vraag is verstuurd');
    const sent = await mentor.execute('consultation.submit', form(CONFIRMED, 'Fleur'));
    expect(cardText(sent.card)).toContain('Je vraag is verstuurd');
    const offer = bot.proactiveTo('coach-1').at(-1);
    const claimed = await coach.execute(findAction(offer, 'Ik pak dit op').verb!, findAction(offer, 'Ik pak dit op').data);
    await coach.execute(findAction(claimed.card, 'Afgerond').verb!, findAction(claimed.card, 'Afgerond').data);

    // Meetings: the procesbegeleider plans with the pupil in every text field and imports a member list with a note column.
    const pb = bot.user('pb-1', { name: 'Petra Proces', email: 'procesbegeleider@jos.example.org', roles: [{ role: 'procesbegeleider' }] });
    await pb.say('hallo');
    const preview = await pb.execute(
      'meetings.plan',
      meetingForm({ title: `Casus ${PUPIL}`, number: '3', date: '2027-01-19', location: `Bij ${PUPIL}`, agenda: `Bespreken: ${PUPIL}` }),
    );
    // Refused with everything kept in the form; nothing is saved or sent.
    expect(cardText(preview.card)).toContain('waaraan een leerling te herkennen is');
    const planned = await pb.execute(
      'meetings.plan',
      meetingForm({ title: 'Netwerkgroep bijeenkomst 3', number: '3', date: '2027-01-19', agenda: 'Ervaringen met de aanpak van schoolverzuim' }),
    );
    const send = findAction(planned.card, 'Versturen');
    await pb.execute(send.verb!, send.data);
    // A year plan with the pupil in an agenda is refused before its text is saved; the real plan passes the screen.
    const plan = readFileSync(join('knowledge', 'meetings', 'plan-2026-2027.csv'), 'utf8');
    const refusedPlan = await pb.execute('meetings.import', { text: plan.replace('Start van de netwerkgroep', `Start van de netwerkgroep met de casus van ${PUPIL}`) });
    expect(cardText(refusedPlan.card)).toContain('waaraan een leerling te herkennen is');
    expect(bot.db.prepare('SELECT count(*) AS n FROM meeting_import').get()).toEqual({ n: 0 });
    expect(cardText((await pb.execute('meetings.import', { text: plan })).card)).not.toContain('waaraan een leerling te herkennen is');
    await pb.execute('meetings.members.import', {
      groupId: 'netwerkgroep',
      csv: `naam;organisatie;e-mail;rol;notitie\nRik Nieuw;GGD Voorbeeld;rik@ggd.example.org;themagast;${PUPIL}`,
    });
    await bot.runDueJobs();
    for (const link of bot.db.prepare('SELECT token FROM calendar_links').all() as Array<{ token: string }>) {
      served.push(await (await fetch(`${bot.url}/ics/${link.token}.ics`)).text());
    }

    // Every place was written to, so an empty one proves nothing.
    expect(logLines.length).toBeGreaterThan(20);
    expect(readdirSync(join(bot.dataDir, 'outbox')).length).toBeGreaterThan(0);
    expect(served.filter((ics) => ics.includes('BEGIN:VCALENDAR')).length).toBeGreaterThanOrEqual(2);
    for (const secret of SECRETS) expect(leaks(secret), secret).toEqual([]);
    expect(databaseHolds(bot.databaseFile, 'Kracht van Fleur')).toBe(true);
  });

  it('the confirmed question is gone from file and WAL after its retention, with another process reading during the purge', async () => {
    clock.advance({ days: 31 });
    const reader = await readerHolding(bot.databaseFile, 800);
    await bot.runDueJobs();
    await reader.done;
    expect(leaks('Kracht van Fleur')).toEqual([]);
    for (const secret of SECRETS) expect(leaks(secret), secret).toEqual([]);
  });
});
