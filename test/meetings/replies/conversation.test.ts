import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock';
import { startTestBot, type TestBot, type TestUser } from '../../helpers/bot';
import { cardOf, cardText, findAction } from '../../helpers/cards';
import { checkIcs } from '../../helpers/ics';
import { startDovecot, type Dovecot } from '../../helpers/dovecot';
import { calendarPart, emlReader } from '../fixture';
import { outlookReply } from './mails';
import { replyScenario } from './scenario';
import { meetingForm } from '../fixture';

let dovecot: Dovecot;
let bot: TestBot;
let clock: ManualClock;
let procesbegeleider: TestUser;

beforeAll(async () => {
  dovecot = await startDovecot();
});
afterAll(async () => {
  await dovecot?.stop();
});
beforeEach(async () => {
  clock = new ManualClock('2022-10-01T08:00:00Z');
  bot = await startTestBot({
    clock,
    env: {
      IMAP_HOST: '127.0.0.1',
      IMAP_PORT: String(dovecot.port),
      IMAP_USER: dovecot.user,
      IMAP_PASSWORD: dovecot.password,
      SMTP_FROM: 'procesbegeleider@jos.example.org',
    },
  });
  procesbegeleider = bot.user('pb-1', { name: 'Petra Proces', email: 'procesbegeleider@jos.example.org', roles: [{ role: 'procesbegeleider' }] });
});
afterEach(async () => {
  await bot.stop();
});

const form = meetingForm({ agenda: '' });

/** The ids of the members in the answer form's choice set, by name. */
function memberIds(card: unknown): Record<string, string> {
  const choiceSet = (cardOf(card as Record<string, unknown>)!.body as { id?: string; choices?: { title: string; value: string }[] }[]).find((e) => e.id === 'memberId')!;
  return Object.fromEntries(choiceSet.choices!.map((c) => [c.title.replace(/ \(.*$/, ''), c.value]));
}

describe('answers from any calendar reach "wie komt er" (real IMAP mailbox)', () => {
  it('shows each answer once with its source and time, keeps proposals and strangers apart, and reads every mail once across a restart', async () => {
    const eva = bot.user('eva-1', { name: 'Eva Verzon', email: 'eva.verzon@school.example.org' });
    await eva.say('hallo');
    const preview = await procesbegeleider.execute('meetings.plan', form);
    const sent = await procesbegeleider.execute(findAction(preview.card, 'Versturen').verb!, findAction(preview.card, 'Versturen').data);
    const meetingId = Number(findAction(sent.card, 'Annuleren').data!.meetingId);
    // Moved to another room: the invitations now carry SEQUENCE 1.
    const moved = await procesbegeleider.execute('meetings.edit.confirm', { meetingId, date: '2023-01-17', startTime: '15:00', endTime: '17:00', location: 'Online', onlineUrl: '' });
    expect(cardText(moved.card)).toContain('versie 1');
    await bot.runDueJobs();
    await bot.runDueJobs();
    const update = (await emlReader(join(bot.dataDir, 'outbox'))()).at(-1)!;
    const [event] = checkIcs(calendarPart(update).ics, 'REQUEST').events;
    expect(event!.sequence).toBe(1);

    // Eva clicks Ja on her Teams card on 2 October; her Outlook decline of 3 October is later and wins.
    clock.set('2022-10-02T09:00:00Z');
    const evaCard = bot.proactiveTo('eva-1').at(-1);
    await eva.execute(findAction(evaCard, 'Ja').verb!, findAction(evaCard, 'Ja').data);
    const meeting = { icalUid: event!.uid, sequence: event!.sequence } as Parameters<typeof replyScenario>[0];
    const mails = replyScenario(meeting);
    for (const mail of mails) await dovecot.append(mail.raw);
    await dovecot.append(
      outlookReply({ uid: event!.uid, sequence: 1, attendee: 'eva.verzon@school.example.org', name: 'Eva Verzon', partstat: 'DECLINED', stamp: '2022-10-03T10:00:00.000Z', messageId: '<eva@mail.example.org>' }),
    );

    clock.set('2022-10-04T09:00:00Z');
    await bot.runDueJobs();
    const who = cardText((await procesbegeleider.say('wie komt er op 17 januari?'))[0]);
    expect(who).toContain('1 ja, 1 misschien, 2 nee, 5 nog geen antwoord.');
    expect(who).toContain('Ja (1): Hugo Gemeente (agenda, 3 okt 10:15)');
    expect(who).toContain('Nee (2): Eva Verzon (agenda, 3 okt 12:00), Gina Groeimee (agenda, 3 okt 10:15)');
    expect(who).toContain('Misschien (1): Iris Ondersteun (agenda, 3 okt 10:15)');
    expect(who.match(/Eva Verzon/g), 'card and agenda end in one answer, shown once').toHaveLength(1);
    expect(who).toContain('Carla Test stelt een andere tijd voor: dinsdag 24 januari 15:00–17:00 (niet overgenomen');
    expect(who).toContain('Anouk Demo antwoordde ja op een eerdere versie');
    expect(who).toContain('onbekend@elders.example.org, dat geen lid is');
    expect(who).toMatch(/Nog geen antwoord \(5\): Anouk Demo, Bram Proef, Carla Test, Daan Fictief, Frank Bedacht$/m);

    // Daan phoned: the procesbegeleider enters his answer.
    const answerForm = await procesbegeleider.execute(findAction(await procesbegeleider.say('wie komt er op 17 januari?').then((r) => r[0]), 'Antwoord invullen').verb!, { meetingId });
    const daan = memberIds(answerForm.card)['Daan Fictief']!;
    const entered = await procesbegeleider.execute('meetings.answer.set', { meetingId, memberId: daan, answer: 'yes' });
    expect(cardText(entered.card)).toContain('Ja (2): Daan Fictief (ingevoerd, 4 okt 11:00), Hugo Gemeente (agenda, 3 okt 10:15)');
    const mentor = bot.user('mentor-1', { name: 'Mo Mentor', roles: [{ role: 'mentor' }] });
    expect(cardText((await mentor.execute('meetings.answer.set', { meetingId, memberId: daan, answer: 'no' })).card)).toContain('Alleen de procesbegeleider');

    const stored = await dovecot.messages();
    expect(stored, 'nothing deleted').toHaveLength(mails.length + 1);
    expect(stored.filter((m) => m.flags.includes('$JosProcessed')).map((m) => m.messageId)).toHaveLength(mails.filter((m) => m.processed).length + 1);
    expect(stored.find((m) => m.messageId === '<plain@mail.example.org>')!.flags, 'a mail that is no reply is left alone').toEqual([]);

    // A restart reads nothing twice: the same answers, the same flags.
    await bot.restart();
    clock.set('2022-10-04T10:00:00Z');
    await bot.runDueJobs();
    const after = cardText((await procesbegeleider.say('wie komt er op 17 januari?'))[0]);
    expect(after).toContain('2 ja, 1 misschien, 2 nee, 4 nog geen antwoord.');
    expect(bot.db.prepare('SELECT COUNT(*) AS n FROM meeting_reply_message').get()).toEqual({ n: mails.length });
    expect(await dovecot.messages()).toEqual(stored);

    // After the meeting: who came, for the monitoring counts.
    const hugo = memberIds(answerForm.card)['Hugo Gemeente']!;
    expect(cardText((await procesbegeleider.execute('meetings.presence.set', { meetingId, present: hugo })).card)).toContain('vul je in zodra de bijeenkomst begonnen is');
    clock.set('2023-01-17T16:30:00Z');
    const afterMeeting = (await procesbegeleider.say('wie komt er op 17 januari?'))[0];
    const presenceForm = await procesbegeleider.execute(findAction(afterMeeting, 'Wie was er?').verb!, { meetingId });
    expect(cardText(presenceForm.card)).toContain('Vink aan wie er was');
    const marked = await procesbegeleider.execute('meetings.presence.set', { meetingId, present: `${hugo},${daan}` });
    expect(cardText(marked.card)).toContain('Aanwezig (2): Daan Fictief, Hugo Gemeente. Afwezig: 7.');
  });
});
