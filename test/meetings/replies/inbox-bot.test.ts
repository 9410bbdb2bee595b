import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock';
import { startTestBot, type TestBot } from '../../helpers/bot';
import { cardText, findAction } from '../../helpers/cards';
import { checkIcs } from '../../helpers/ics';
import { calendarPart, emlReader, recipientsOf } from '../fixture';
import { googleReply, outlookReply } from './mails';
import { meetingForm } from '../fixture';

let bot: TestBot;
afterEach(async () => {
  await bot.stop();
});

const form = meetingForm({ agenda: '' });

describe('without IMAP: replies dropped into data/inbox, and the reminder to members without an answer', () => {
  it('counts dropped replies like mailed ones, and reminds the others once by e-mail and Teams, across restarts', async () => {
    const clock = new ManualClock('2023-01-02T08:00:00Z');
    bot = await startTestBot({ clock });
    const procesbegeleider = bot.user('pb-1', { name: 'Petra Proces', email: 'procesbegeleider@jos.example.org', roles: [{ role: 'procesbegeleider' }] });
    const eva = bot.user('eva-1', { name: 'Eva Verzon', email: 'eva.verzon@school.example.org' });
    await eva.say('hallo');
    const readMails = emlReader(join(bot.dataDir, 'outbox'));
    const preview = await procesbegeleider.execute('meetings.plan', form);
    const send = findAction(preview.card, 'Versturen');
    await procesbegeleider.execute(send.verb!, send.data);
    await bot.runDueJobs();
    await bot.runDueJobs();
    const invites = await readMails();
    const { uid, sequence } = checkIcs(calendarPart(invites[0]!).ics, 'REQUEST').events[0]!;

    // Hugo's Outlook reply saved as .eml, Gina's Google answer as the invite.ics it carries.
    const inbox = join(bot.dataDir, 'inbox');
    mkdirSync(inbox, { recursive: true });
    const reply = { uid, sequence, stamp: '2023-01-03T09:00:00.000Z' };
    writeFileSync(join(inbox, 'Geaccepteerd.eml'), outlookReply({ ...reply, attendee: 'hugo@gemeente.example.org', name: 'Hugo Gemeente', partstat: 'ACCEPTED', messageId: '<h@x>' }));
    const google = googleReply({ ...reply, attendee: 'gina@zorg.example.org', name: 'Gina Groeimee', partstat: 'DECLINED', messageId: '<g@x>' });
    writeFileSync(join(inbox, 'invite.ics'), google.slice(google.indexOf('BEGIN:VCALENDAR'), google.indexOf('END:VCALENDAR') + 'END:VCALENDAR'.length) + '\r\n');
    clock.set('2023-01-03T10:00:00Z');
    await bot.restart();
    await bot.runDueJobs();

    const who = cardText((await procesbegeleider.say('wie komt er op 17 januari?'))[0]);
    expect(who).toContain('Ja (1): Hugo Gemeente (agenda, 3 jan 10:00)');
    expect(who).toContain('Nee (1): Gina Groeimee (agenda, 3 jan 10:00)');
    expect(readdirSync(inbox).filter((f) => f !== 'processed')).toEqual([]);
    expect(readdirSync(join(inbox, 'processed')).sort()).toEqual(['Geaccepteerd.eml', 'invite.ics']);

    // Seven days before 17 January 15:00 (14:00Z), after another restart: the seven without an answer.
    await bot.restart();
    clock.set('2023-01-10T13:59:00Z');
    await bot.runDueJobs();
    expect((await readMails()).filter((m) => m.subject?.startsWith('Herinnering')), 'not yet').toEqual([]);
    clock.set('2023-01-10T14:00:00Z');
    await bot.runDueJobs();
    await bot.runDueJobs();
    const reminders = (await readMails()).filter((m) => m.subject?.startsWith('Herinnering'));
    expect(recipientsOf(reminders)).toEqual(recipientsOf(invites).filter((address) => !['hugo@gemeente.example.org', 'gina@zorg.example.org'].includes(address)));
    expect(reminders[0]!.text).toContain('Je hebt nog niet laten weten of je komt.');
    const evaCards = () => bot.proactiveTo('eva-1').filter((a) => cardText(a).includes('Herinnering: laat je weten of je komt?'));
    expect(evaCards(), 'Eva can be reached in Teams: the card too').toHaveLength(1);

    // Once: a restart and a later run send nothing again.
    await bot.restart();
    clock.set('2023-01-11T14:00:00Z');
    await bot.runDueJobs();
    await bot.runDueJobs();
    expect((await readMails()).filter((m) => m.subject?.startsWith('Herinnering'))).toEqual([]);
    expect(evaCards()).toHaveLength(1);
    expect(existsSync(join(inbox, 'processed', 'invite.ics'))).toBe(true);
  });
});
