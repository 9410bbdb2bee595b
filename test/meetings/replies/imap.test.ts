import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCESSED_KEYWORD, pollImap, type ImapSettings } from '../../../src/meetings/replies/imap';
import { ReplyProcessor } from '../../../src/meetings/replies/processor';
import { openDatabase } from '../../../src/store/db';
import { startDovecot, type Dovecot } from '../../helpers/dovecot';
import { meetingInput, meetingsWorld, pb, planned } from '../fixture';
import { MeetingsRepository } from '../../../src/meetings/repository';
import { replyScenario } from './scenario';
import { outlookReply } from './mails';

let dovecot: Dovecot;
beforeAll(async () => {
  dovecot = await startDovecot();
});
afterAll(async () => {
  await dovecot?.stop();
});

describe('calendar replies from a real IMAP mailbox (dovecot)', () => {
  it('applies each answer once, flags processed replies, leaves other mail alone, and survives a restart', async () => {
    const w = meetingsWorld('2022-10-01T08:00:00Z');
    const meeting = planned(w, meetingInput());
    w.service.send(pb, meeting.id);
    const moved = w.service.change(pb, meeting.id, { location: 'Online' });
    if (!moved.ok) throw new Error('move failed');
    const mails = replyScenario(moved.meeting);
    for (const mail of mails) await dovecot.append(mail.raw);
    const settings: ImapSettings = { host: '127.0.0.1', port: dovecot.port, user: dovecot.user, password: dovecot.password, mailbox: 'INBOX' };
    w.clock.set('2022-10-04T09:00:00Z');

    const first = await pollImap(settings, w.repository, new ReplyProcessor(w.repository, w.clock));
    expect(first, 'the plain mail is not even downloaded: it has no calendar part').toEqual({ read: 9, applied: 3 });
    const attendance = w.service.attendance(meeting.id);
    const names = (list: { name: string }[]) => list.map((m) => m.name);
    expect(names(attendance.yes)).toEqual(['Hugo Gemeente']);
    expect(names(attendance.no)).toEqual(['Gina Groeimee']);
    expect(names(attendance.maybe)).toEqual(['Iris Ondersteun']);
    expect(names(attendance.unanswered), 'old version, proposal, unknown UID and broken file change nothing').toContain('Anouk Demo');
    expect(attendance.answers.get(attendance.yes[0]!.id)).toEqual({ answer: 'yes', source: 'agenda', at: '2022-10-03T08:15:00.000Z' });

    const stored = await dovecot.messages();
    expect(stored, 'nothing deleted').toHaveLength(mails.length);
    mails.forEach((mail, i) => {
      expect(stored[i]!.flags, mail.label).toEqual(mail.processed ? ['$JosProcessed', '\\Seen'] : []);
    });
    expect(PROCESSED_KEYWORD).toBe('$JosProcessed');

    // A stop between saving a reply and flagging it: the next poll flags it without applying it again.
    await dovecot.removeFlags(stored[0]!.uid, ['\\Seen', '$JosProcessed']);
    w.db.prepare('UPDATE meeting_reply_message SET marked = 0 WHERE key LIKE ?').run(`%:${stored[0]!.uid}`);
    expect(await pollImap(settings, w.repository, new ReplyProcessor(w.repository, w.clock))).toEqual({ read: 0, applied: 0 });
    expect((await dovecot.messages())[0]!.flags).toEqual(['$JosProcessed', '\\Seen']);

    // A restart: a new process on the same database file reads nothing twice, and reads what came in since.
    w.db.close();
    const db = openDatabase(`${w.dir}/jos.sqlite`);
    const repository = new MeetingsRepository(db);
    const again = await pollImap(settings, repository, new ReplyProcessor(repository, w.clock));
    expect(again).toEqual({ read: 0, applied: 0 });
    await dovecot.append(outlookReply({ uid: moved.meeting.icalUid, sequence: 1, attendee: 'daan.fictief@school.example.org', name: 'Daan Fictief', partstat: 'ACCEPTED', stamp: '2022-10-04T08:00:00.000Z', messageId: '<daan@mail.example.org>' }));
    expect(await pollImap(settings, repository, new ReplyProcessor(repository, w.clock))).toEqual({ read: 1, applied: 1 });
    const processedTwice = db.prepare("SELECT COUNT(*) AS n FROM meeting_reply WHERE outcome = 'applied'").get() as { n: number };
    expect(processedTwice.n, 'every applied answer once').toBe(4);
    db.close();
  });
});
