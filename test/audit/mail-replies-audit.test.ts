import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { createLogger } from '../../src/logger';
import { TestBot, type TestUser } from '../helpers/bot';
import { cardText, findAction } from '../helpers/cards';
import { meetingForm } from '../meetings/fixture';
import { googleReply, outlookReply, type ReplyShape } from '../meetings/replies/mails';
import { placesHolding, PUPIL, SECRETS } from './places';

/**
 * A subject a member wrote, as Outlook on the web saves the mail: under its subject (":" as "_"). Two members who
 * accept send the same subject, so the second file's name is taken in processed/ (247 bytes; a name may have 255).
 */
const SUBJECT = `Geaccepteerd: Netwerkgroep bijeenkomst 2, ik wil graag de casus inbrengen van ${PUPIL}; zij zit in de onderbouw en de school vraagt ons advies over de thuissituatie`;
const SAVED_AS = `${SUBJECT.replace(/:/g, '_')}.eml`;

/**
 * The one input that does not come through Teams: meeting answers mailed back by members' calendars and dropped into
 * data/inbox. Whatever they typed with the answer (the note, the mail body, a changed subject, a proposal's
 * description) is never stored; the answer and a proposed time are.
 */
describe('privacy audit of meeting answers that arrive by mail (issue 12)', () => {
  const logLines: string[] = [];
  const served: string[] = [];
  const clock = new ManualClock('2023-01-02T08:00:00Z');
  let bot: TestBot;
  let pb: TestUser;
  afterAll(async () => bot?.stop());
  const leaks = (text: string): string[] => placesHolding(bot, logLines, served, text);
  const processedDir = () => join(bot.dataDir, 'inbox', 'processed');
  /** The read files as the bot moved them: the one place that still holds what the members wrote, until its retention. */
  const processedFilesHolding = (text: string): string[] => readdirSync(processedDir()).filter((file) => readFileSync(join(processedDir(), file), 'utf8').includes(text));

  it('counts a reply and shows a proposal with the pupil in note, body and subject, and stores none of that text', async () => {
    bot = await TestBot.start({ clock, logger: createLogger('debug', { write: (line: string) => void logLines.push(line) }) });
    pb = bot.user('pb-1', { name: 'Petra Proces', email: 'procesbegeleider@jos.example.org', roles: [{ role: 'procesbegeleider' }] });
    // Eva is reached in Teams, so the meeting also has a calendar link that serves an .ics file.
    await bot.user('eva-1', { name: 'Eva Verzon', email: 'eva.verzon@school.example.org' }).say('hallo');
    const preview = await pb.execute('meetings.plan', meetingForm({ agenda: '' }));
    await pb.execute(findAction(preview.card, 'Versturen').verb!, findAction(preview.card, 'Versturen').data);
    await bot.runDueJobs();
    const { uid, sequence } = bot.db.prepare('SELECT ical_uid AS uid, sequence FROM meeting').get() as { uid: string; sequence: number };

    // Outlook "accepted with a note", an Outlook proposal for another time, and a Google decline saved as invite.ics.
    const answer = (attendee: string, name: string, partstat: ReplyShape['partstat']): ReplyShape => ({
      uid, sequence, attendee, name, partstat, stamp: '2023-01-02T08:00:30.000Z', messageId: `<${name.replace(' ', '.')}@mail.example.org>`,
      note: `Wij willen het hebben over ${PUPIL}.`,
      subject: SUBJECT,
    });
    const inbox = join(bot.dataDir, 'inbox');
    mkdirSync(inbox, { recursive: true });
    writeFileSync(join(inbox, SAVED_AS), outlookReply(answer('hugo@gemeente.example.org', 'Hugo Gemeente', 'ACCEPTED')));
    const counter = outlookReply(answer('carla.test@school.example.org', 'Carla Test', 'TENTATIVE'), 'COUNTER', { start: '20230124T150000', end: '20230124T170000' });
    writeFileSync(join(inbox, 'Nieuwe tijd voorgesteld.eml'), counter);
    const google = googleReply(answer('gina@zorg.example.org', 'Gina Groeimee', 'DECLINED'));
    const ics = google.slice(google.indexOf('BEGIN:VCALENDAR'), google.indexOf('END:VCALENDAR') + 'END:VCALENDAR'.length) + '\r\n';
    expect(ics, 'the pupil really is in the file').toContain('Jorinde Vlasbloem');
    writeFileSync(join(inbox, 'invite.ics'), ics);
    clock.advance({ minutes: 1 });
    await bot.runDueJobs();
    expect(readdirSync(processedDir()).sort()).toEqual(['Nieuwe tijd voorgesteld.eml', SAVED_AS, 'invite.ics'].sort());
    // Iris accepts a day later with the same subject: saved under the same name, read and moved aside all the same.
    writeFileSync(join(inbox, SAVED_AS), outlookReply({ ...answer('iris@gemeente.example.org', 'Iris Ondersteun', 'ACCEPTED'), stamp: '2023-01-03T08:00:00.000Z' }));
    clock.set('2023-01-03T08:01:00Z');
    await bot.runDueJobs();
    expect(readdirSync(inbox)).toEqual(['processed']);
    expect(readdirSync(processedDir())).toHaveLength(4);

    // The answers count and the proposed time is shown; nothing the members typed.
    const who = cardText((await pb.say('wie komt er op 17 januari?'))[0]);
    expect(who).toContain('Ja (2): Hugo Gemeente (agenda, 2 jan 09:00), Iris Ondersteun (agenda, 3 jan 09:00)');
    expect(who).toContain('Nee (1): Gina Groeimee (agenda, 2 jan 09:00)');
    expect(who).toContain('Carla Test stelt een andere tijd voor: dinsdag 24 januari 15:00–17:00');
    for (const secret of SECRETS) expect(who, secret).not.toContain(secret);

    for (const link of bot.db.prepare('SELECT token FROM calendar_links').all() as Array<{ token: string }>) {
      served.push(await (await fetch(`${bot.url}/ics/${link.token}.ics`)).text());
    }
    // Every place was written to, so an empty one proves nothing.
    expect(logLines.some((line) => line.includes('"event":"meetings.replies"'))).toBe(true);
    expect(readdirSync(join(bot.dataDir, 'outbox')).length).toBeGreaterThan(0);
    expect(served.filter((text) => text.includes('BEGIN:VCALENDAR')).length).toBeGreaterThan(0);
    for (const secret of SECRETS) expect(leaks(secret), secret).toEqual([]);
    // The record of a read message is which file or mail, its Message-ID and what it was: never subject or body.
    const columns = (bot.db.prepare('PRAGMA table_info(meeting_reply_message)').all() as Array<{ name: string }>).map((column) => column.name);
    expect(columns.sort()).toEqual(['key', 'marked', 'message_id', 'outcome', 'processed_at']);
  });

  it('deletes the read files, which still hold what the members wrote, after their retention; the answers stay', async () => {
    expect(processedFilesHolding('Jorinde')).toHaveLength(4);
    // Read on 2 and 3 January: all kept on 31 January, all gone 30 days after the last was read.
    clock.set('2023-01-31T12:00:00Z');
    bot.deps.retention.purge();
    expect(readdirSync(processedDir())).toHaveLength(4);
    clock.set('2023-02-02T12:00:00Z');
    expect(bot.deps.retention.purge().purged.meetingReplyFileDays).toBe(4);
    expect(readdirSync(processedDir())).toEqual([]);
    const who = cardText((await pb.say('wie komt er op 17 januari?'))[0]);
    expect(who).toContain('Ja (2): Hugo Gemeente (agenda, 2 jan 09:00), Iris Ondersteun (agenda, 3 jan 09:00)');
    expect(who).toContain('Carla Test stelt een andere tijd voor: dinsdag 24 januari 15:00–17:00');
    for (const secret of SECRETS) expect(leaks(secret), secret).toEqual([]);
  });
});
