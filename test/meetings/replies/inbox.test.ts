import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pollInboxDir } from '../../../src/meetings/replies/inbox';
import { ReplyProcessor } from '../../../src/meetings/replies/processor';
import { openDatabase } from '../../../src/store/db';
import { meetingInput, meetingsWorld, pb, planned } from '../fixture';
import { MeetingsRepository } from '../../../src/meetings/repository';
import { replyScenario } from './scenario';

describe('calendar replies dropped into data/inbox (no IMAP)', () => {
  it('applies .eml and .ics replies once, moves them to processed/, leaves the rest, and survives a restart', async () => {
    const w = meetingsWorld('2022-10-01T08:00:00Z');
    const meeting = planned(w, meetingInput());
    w.service.send(pb, meeting.id);
    const moved = w.service.change(pb, meeting.id, { location: 'Online' });
    if (!moved.ok) throw new Error('move failed');
    const inbox = join(w.dir, 'inbox');
    mkdirSync(inbox);
    const mails = replyScenario(moved.meeting);
    mails.forEach((mail, i) => writeFileSync(join(inbox, `${String(i).padStart(2, '0')}.eml`), mail.raw));
    // Eva saved the invite.ics of her calendar's answer and dropped it in as it is.
    const evaIcs = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Apple Inc.//macOS 14.0//EN', 'METHOD:REPLY', 'BEGIN:VEVENT',
      `UID:${moved.meeting.icalUid}`, 'SEQUENCE:1', 'DTSTAMP:20221003T090000Z', 'ATTENDEE;PARTSTAT=DECLINED:mailto:eva.verzon@school.example.org',
      'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
    writeFileSync(join(inbox, 'invite.ics'), evaIcs);
    writeFileSync(join(inbox, 'notities.txt'), 'geen antwoord');
    w.clock.set('2022-10-04T09:00:00Z');

    expect(await pollInboxDir(inbox, w.repository, new ReplyProcessor(w.repository, w.clock))).toEqual({ read: 11, applied: 4 });
    const attendance = w.service.attendance(meeting.id);
    const names = (list: { name: string }[]) => list.map((m) => m.name);
    expect([names(attendance.yes), names(attendance.no), names(attendance.maybe)]).toEqual([['Hugo Gemeente'], ['Eva Verzon', 'Gina Groeimee'], ['Iris Ondersteun']]);
    const left = mails.flatMap((mail, i) => (mail.processed ? [] : [`${String(i).padStart(2, '0')}.eml`]));
    expect(readdirSync(inbox).filter((f) => f !== 'processed').sort(), 'only replies are moved').toEqual([...left, 'notities.txt'].sort());
    expect(readdirSync(join(inbox, 'processed'))).toHaveLength(mails.filter((m) => m.processed).length + 1);

    // Restart; the same reply dropped in again (same bytes) is recognised and only moved.
    w.db.close();
    const db = openDatabase(join(w.dir, 'jos.sqlite'));
    const repository = new MeetingsRepository(db);
    writeFileSync(join(inbox, 'invite.ics'), evaIcs);
    expect(await pollInboxDir(inbox, repository, new ReplyProcessor(repository, w.clock))).toEqual({ read: 0, applied: 0 });
    expect(readdirSync(inbox)).not.toContain('invite.ics');
    expect(readdirSync(join(inbox, 'processed')).filter((f) => f.endsWith('invite.ics'))).toHaveLength(2);
    db.close();
  });
});

describe('a dropped reply that cannot be moved', () => {
  it('is counted, keeps its name out of the error, does not hold up the others, and is only moved at the next poll', async () => {
    const w = meetingsWorld('2022-10-01T08:00:00Z');
    const meeting = planned(w, meetingInput());
    w.service.send(pb, meeting.id);
    const [hugo, gina] = replyScenario(w.repository.meetings.get(meeting.id)!);
    const inbox = join(w.dir, 'inbox');
    const name = 'Geaccepteerd_ casus Jorinde.eml';
    mkdirSync(join(inbox, 'processed'), { recursive: true });
    writeFileSync(join(inbox, 'processed', name), 'an earlier answer under the same subject');
    writeFileSync(join(inbox, name), hugo!.raw);
    writeFileSync(join(inbox, 'later.eml'), gina!.raw);
    // The name it would get in processed/ is taken by a folder, so moving it fails (EISDIR, quoting both names).
    const blocker = join(inbox, 'processed', `${createHash('sha256').update(hugo!.raw).digest('hex').slice(0, 12)}-${name}`);
    mkdirSync(join(blocker, 'inside'), { recursive: true });
    const processor = new ReplyProcessor(w.repository, w.clock);

    const first = await pollInboxDir(inbox, w.repository, processor);
    expect(first).toEqual({ read: 2, applied: 2, failed: [expect.stringMatching(/^E[A-Z]+$/)] });
    expect(readdirSync(inbox).sort()).toEqual([name, 'processed']);
    rmSync(blocker, { recursive: true });
    expect(await pollInboxDir(inbox, w.repository, processor)).toEqual({ read: 0, applied: 0 });
    expect(readdirSync(inbox)).toEqual(['processed']);
  });
});
