import { describe, expect, it } from 'vitest';
import { readIcs, readMail } from '../../../src/meetings/replies/parse';
import { googleReply, malformedReply, outlookReply, plainMail, thunderbirdReply, type ReplyShape } from './mails';

const shape = (overrides: Partial<ReplyShape> = {}): ReplyShape => ({
  uid: 'jos-netwerkgroep-1@jos-assistent',
  sequence: 1,
  attendee: 'Hugo@Gemeente.example.org',
  name: 'Hugo Gemeente',
  partstat: 'ACCEPTED',
  stamp: '2022-10-03T08:15:00.000Z',
  messageId: '<reply-1@example.org>',
  ...overrides,
});

describe('reading calendar replies (RFC 6047 iMIP)', () => {
  it('reads Outlook, Google and Thunderbird replies: UID, SEQUENCE, DTSTAMP, attendee, answer', async () => {
    const outlook = await readMail(outlookReply(shape()));
    expect(outlook).toEqual({
      kind: 'replies',
      messageId: '<reply-1@example.org>',
      replies: [{ method: 'REPLY', uid: 'jos-netwerkgroep-1@jos-assistent', sequence: 1, stamp: new Date('2022-10-03T08:15:00Z'), attendee: 'hugo@gemeente.example.org', answer: 'ACCEPTED' }],
    });
    const google = await readMail(googleReply(shape({ partstat: 'DECLINED' })));
    expect(google.kind === 'replies' && google.replies.map((r) => [r.attendee, r.answer]), 'calendar part and invite.ics count once').toEqual([['hugo@gemeente.example.org', 'DECLINED']]);
    const thunderbird = await readMail(thunderbirdReply(shape({ partstat: 'TENTATIVE', sequence: 2 })));
    expect(thunderbird.kind === 'replies' && thunderbird.replies.map((r) => [r.attendee, r.answer, r.sequence])).toEqual([['hugo@gemeente.example.org', 'TENTATIVE', 2]]);
  });

  it('reads a COUNTER with the proposed time', async () => {
    const counter = await readMail(outlookReply(shape({ partstat: 'TENTATIVE' }), 'COUNTER', { start: '20230124T150000', end: '20230124T170000' }));
    expect(counter.kind === 'replies' && counter.replies[0]).toMatchObject({
      method: 'COUNTER',
      proposed: { start: new Date('2023-01-24T14:00:00Z'), end: new Date('2023-01-24T16:00:00Z') },
    });
  });

  it('tells a broken calendar part and a mail without one apart, without throwing', async () => {
    expect((await readMail(malformedReply('<m@x>', 'a@b.nl'))).kind).toBe('malformed');
    expect(await readMail(plainMail('<p@x>'))).toEqual({ kind: 'not-reply', messageId: '<p@x>' });
    expect(readIcs('BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n').kind, 'an invitation is no reply').toBe('not-reply');
    expect(readIcs('rubbish').kind).toBe('malformed');
    expect((await readMail(Buffer.from([0xff, 0x00, 0x13]))).kind).toBe('not-reply');
  });
});
