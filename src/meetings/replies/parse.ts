import ICAL from 'ical.js';
import { simpleParser, type Attachment } from 'mailparser';

export type ReplyAnswer = 'ACCEPTED' | 'DECLINED' | 'TENTATIVE';

/** One attendee's iTIP answer (RFC 5546 §3.2.3 REPLY, §3.2.7 COUNTER) as read from a calendar object. */
export interface CalendarReply {
  method: 'REPLY' | 'COUNTER';
  uid: string;
  sequence: number;
  /** DTSTAMP: when the attendee's client wrote the answer; orders answers. Undefined when the client left it out. */
  stamp: Date | undefined;
  /** Lower case, without "mailto:". */
  attendee: string;
  /** Undefined for a COUNTER without PARTSTAT, or a PARTSTAT we do not count (NEEDS-ACTION, DELEGATED). */
  answer: ReplyAnswer | undefined;
  /** COUNTER only: the time the attendee proposes instead. */
  proposed?: { start: Date; end: Date | undefined };
}

/**
 * What a message or file turned out to be. `not-reply`: no calendar object, or one that is no REPLY or COUNTER
 * (an invitation, a publication): left alone. `malformed`: a calendar part that could not be read.
 */
export type ReadResult =
  | { kind: 'replies'; replies: CalendarReply[]; messageId: string | undefined }
  | { kind: 'not-reply'; messageId: string | undefined }
  | { kind: 'malformed'; messageId: string | undefined };

const ANSWERS: readonly string[] = ['ACCEPTED', 'DECLINED', 'TENTATIVE'];

export const normalAddress = (value: string): string => value.trim().replace(/^mailto:/i, '').toLowerCase();

const isCalendarAttachment = (part: Attachment): boolean =>
  /^(text\/calendar|application\/ics)$/i.test(part.contentType) || /\.ics$/i.test(part.filename ?? '');

function timeOf(component: ICAL.Component, name: string): Date | undefined {
  const value = component.getFirstPropertyValue(name);
  return value instanceof ICAL.Time ? value.toJSDate() : undefined;
}

/** Reads every REPLY or COUNTER answer of one iCalendar text; throws on a text ical.js cannot read. */
function repliesOf(text: string): CalendarReply[] | 'not-reply' {
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const method = String(root.getFirstPropertyValue('method') ?? '').toUpperCase();
  if (method !== 'REPLY' && method !== 'COUNTER') return 'not-reply';
  const replies: CalendarReply[] = [];
  for (const event of root.getAllSubcomponents('vevent')) {
    const uid = event.getFirstPropertyValue('uid');
    if (typeof uid !== 'string' || !uid.trim()) throw new Error('VEVENT without UID');
    const sequence = Number(event.getFirstPropertyValue('sequence') ?? 0);
    // Bad values only throw when read (ical.js parses lazily), so every value we use is read here.
    const stamp = timeOf(event, 'dtstamp');
    const start = method === 'COUNTER' ? timeOf(event, 'dtstart') : undefined;
    const end = method === 'COUNTER' ? timeOf(event, 'dtend') : undefined;
    for (const property of event.getAllProperties('attendee')) {
      const address = property.getFirstValue();
      if (typeof address !== 'string' || !address.includes('@')) continue;
      const partstat = String(property.getParameter('partstat') ?? '').toUpperCase();
      replies.push({
        method,
        uid: uid.trim(),
        sequence: Number.isInteger(sequence) && sequence >= 0 ? sequence : 0,
        stamp,
        attendee: normalAddress(address),
        answer: ANSWERS.includes(partstat) ? (partstat as ReplyAnswer) : undefined,
        ...(start && { proposed: { start, end } }),
      });
    }
  }
  return replies;
}

/** Reads the calendar objects of one `.ics` text. */
export function readIcs(text: string): ReadResult {
  try {
    const replies = repliesOf(text);
    return replies === 'not-reply' ? { kind: 'not-reply', messageId: undefined } : { kind: 'replies', replies, messageId: undefined };
  } catch {
    return { kind: 'malformed', messageId: undefined };
  }
}

/**
 * Reads an e-mail (RFC 6047 iMIP): every `text/calendar` part (Outlook, Thunderbird: `method=REPLY`) and every
 * `.ics` attachment (Google adds `invite.ics`), base64 or quoted-printable. The same answer in two parts counts once.
 * Nothing else of the message is looked at.
 */
export async function readMail(raw: Buffer | string): Promise<ReadResult> {
  let parsed;
  try {
    parsed = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true });
  } catch {
    return { kind: 'malformed', messageId: undefined };
  }
  const messageId = parsed.messageId;
  const parts = parsed.attachments.filter(isCalendarAttachment);
  if (!parts.length) return { kind: 'not-reply', messageId };
  const replies = new Map<string, CalendarReply>();
  let malformed = false;
  let calendarReply = false;
  for (const part of parts) {
    const result = readIcs(part.content.toString('utf8'));
    if (result.kind === 'malformed') malformed = true;
    if (result.kind !== 'replies') continue;
    calendarReply = true;
    for (const reply of result.replies) replies.set(`${reply.method}|${reply.uid}|${reply.attendee}|${reply.sequence}`, reply);
  }
  if (calendarReply) return { kind: 'replies', replies: [...replies.values()], messageId };
  return { kind: malformed ? 'malformed' : 'not-reply', messageId };
}
