/**
 * Calendar replies in the shapes Outlook, Google Calendar and Thunderbird send them (RFC 6047 iMIP), built around
 * the UID and SEQUENCE of one of our invitations. Headers and MIME layout follow real messages of those clients.
 */

export interface ReplyShape {
  uid: string;
  sequence: number;
  attendee: string;
  name: string;
  partstat: 'ACCEPTED' | 'DECLINED' | 'TENTATIVE';
  /** DTSTAMP, UTC. */
  stamp: string;
  messageId: string;
  organizer?: string;
  /** What the member typed with the answer ("accepted with a note"): in COMMENT, and for Outlook also the mail body. */
  note?: string;
  /** A subject the member changed; Outlook also puts it in SUMMARY. */
  subject?: string;
}

const ORGANIZER = 'procesbegeleider@jos.example.org';
const crlf = (lines: string[]): string => lines.join('\r\n') + '\r\n';
const icsStamp = (iso: string): string => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
/** An iCalendar TEXT value (RFC 5545 §3.3.11). */
const icsText = (text: string): string => text.replace(/[\\;,]/g, '\\$&').replace(/\r?\n/g, '\\n');
const base64Lines = (text: string): string => Buffer.from(text, 'utf8').toString('base64').replace(/.{1,76}/g, '$&\r\n').trimEnd();

/** Quoted-printable as Thunderbird writes it: soft line breaks at 76, "=" and non-ASCII encoded. */
function quotedPrintable(text: string): string {
  return text
    .split('\r\n')
    .map((line) => {
      const encoded = [...Buffer.from(line, 'utf8')].map((byte) => (byte === 61 || byte > 126 ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(byte))).join('');
      return encoded.replace(/(.{73}[^=]{0,2})/g, '$1=\r\n').replace(/=\r\n$/, '');
    })
    .join('\r\n');
}

const SUBJECT_OUTLOOK = { ACCEPTED: 'Geaccepteerd', DECLINED: 'Geweigerd', TENTATIVE: 'Voorlopig' } as const;
const SUBJECT_GOOGLE = { ACCEPTED: 'Accepted', DECLINED: 'Declined', TENTATIVE: 'Tentatively Accepted' } as const;

const W_EUROPE_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:W. Europe Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16010101T030000',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
];

/** Exchange / Outlook: multipart/alternative with `text/calendar; method=REPLY`, base64, Windows time zone names. */
export function outlookReply(r: ReplyShape, method: 'REPLY' | 'COUNTER' = 'REPLY', proposed?: { start: string; end: string }): string {
  const subject = r.subject ?? `${method === 'COUNTER' ? 'Nieuwe tijd voorgesteld' : SUBJECT_OUTLOOK[r.partstat]}: Netwerkgroep bijeenkomst 2`;
  const ics = crlf([
    'BEGIN:VCALENDAR',
    `METHOD:${method}`,
    'PRODID:Microsoft Exchange Server 2010',
    'VERSION:2.0',
    ...W_EUROPE_VTIMEZONE,
    'BEGIN:VEVENT',
    `ATTENDEE;PARTSTAT=${r.partstat};CN=${r.name}:mailto:${r.attendee}`,
    `COMMENT;LANGUAGE=nl-NL:${icsText(r.note ?? '\n')}`,
    // A proposal carries the whole event; Outlook writes the note as its description too.
    ...(method === 'COUNTER' && r.note ? [`DESCRIPTION;LANGUAGE=nl-NL:${icsText(r.note)}`] : []),
    `SUMMARY;LANGUAGE=nl-NL:${icsText(subject)}`,
    `DTSTART;TZID=W. Europe Standard Time:${proposed?.start ?? '20230117T150000'}`,
    `DTEND;TZID=W. Europe Standard Time:${proposed?.end ?? '20230117T170000'}`,
    `UID:${r.uid}`,
    'CLASS:PUBLIC',
    'PRIORITY:5',
    `DTSTAMP:${icsStamp(r.stamp)}`,
    'TRANSP:OPAQUE',
    'STATUS:CONFIRMED',
    `SEQUENCE:${r.sequence}`,
    'LOCATION;LANGUAGE=nl-NL:Stadskantoor Alkmaar',
    `X-MICROSOFT-CDO-APPT-SEQUENCE:${r.sequence}`,
    `X-MICROSOFT-CDO-REPLYTIME:${icsStamp(r.stamp)}`,
    'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
  const boundary = '_000_AM0PR07MB6201C9D7E1A2B3C4D5E6F7A8B9C0AM0PR07MB6201eurp_';
  return crlf([
    `From: ${r.name} <${r.attendee}>`,
    `To: Procesbegeleider JOS <${r.organizer ?? ORGANIZER}>`,
    `Subject: ${subject}`,
    'Thread-Topic: Netwerkgroep bijeenkomst 2',
    'Thread-Index: AQHZKf3x1Y2Z3Q==',
    `Date: ${new Date(r.stamp).toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: ${r.messageId}`,
    'Accept-Language: nl-NL, en-US',
    'Content-Language: nl-NL',
    'X-MS-Has-Attach:',
    'X-MS-TNEF-Correlator:',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    'MIME-Version: 1.0',
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset="us-ascii"',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(r.note ?? ''),
    `--${boundary}`,
    'Content-Type: text/calendar; charset="utf-8"; method=' + method,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(ics),
    '',
    `--${boundary}--`,
  ]);
}

/** Google Calendar: text/calendar in the alternative part plus an `invite.ics` attachment (application/ics, base64). */
export function googleReply(r: ReplyShape): string {
  const ics = crlf([
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:REPLY',
    'BEGIN:VEVENT',
    'DTSTART:20230117T140000Z',
    'DTEND:20230117T160000Z',
    `DTSTAMP:${icsStamp(r.stamp)}`,
    `ORGANIZER;CN=Procesbegeleider JOS:mailto:${r.organizer ?? ORGANIZER}`,
    `UID:${r.uid}`,
    `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=${r.partstat};CN=${r.name};X-NUM-GUESTS=0:mailto:${r.attendee}`,
    'CREATED:20221003T081500Z',
    'LAST-MODIFIED:20221003T081500Z',
    'LOCATION:Stadskantoor Alkmaar',
    ...(r.note ? [`COMMENT:${icsText(r.note)}`] : []),
    `SEQUENCE:${r.sequence}`,
    'STATUS:CONFIRMED',
    'SUMMARY:Netwerkgroep bijeenkomst 2',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
  const mixed = '000000000000a1b2c305f1e2d3c4';
  const alternative = '000000000000a1b2c105f1e2d3c4';
  return crlf([
    'MIME-Version: 1.0',
    'Sender: Google Calendar <calendar-notification@google.com>',
    `Date: ${new Date(r.stamp).toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: ${r.messageId}`,
    `Subject: ${SUBJECT_GOOGLE[r.partstat]}: Netwerkgroep bijeenkomst 2 @ di 17 jan. 2023 15:00 - 17:00 (CET) (${r.organizer ?? ORGANIZER})`,
    `From: ${r.name} <${r.attendee}>`,
    `To: ${r.organizer ?? ORGANIZER}`,
    `Content-Type: multipart/mixed; boundary="${mixed}"`,
    '',
    `--${mixed}`,
    `Content-Type: multipart/alternative; boundary="${alternative}"`,
    '',
    `--${alternative}`,
    'Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(`${r.name} heeft deze uitnodiging beantwoord.\r\n`),
    `--${alternative}`,
    'Content-Type: text/calendar; charset="UTF-8"; method=REPLY',
    'Content-Transfer-Encoding: 7bit',
    '',
    ics,
    `--${alternative}--`,
    `--${mixed}`,
    'Content-Type: application/ics; name="invite.ics"',
    'Content-Disposition: attachment; filename="invite.ics"',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(ics),
    `--${mixed}--`,
  ]);
}

/** Thunderbird: text/plain, then `text/calendar; method=REPLY` in quoted-printable, with a non-ASCII CN. */
export function thunderbirdReply(r: ReplyShape): string {
  const ics = crlf([
    'BEGIN:VCALENDAR',
    'PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN',
    'VERSION:2.0',
    'METHOD:REPLY',
    'BEGIN:VTIMEZONE',
    'TZID:Europe/Amsterdam',
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'TZNAME:CEST',
    'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'TZNAME:CET',
    'DTSTART:19701025T030000',
    'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    'CREATED:20221003T081500Z',
    `LAST-MODIFIED:${icsStamp(r.stamp)}`,
    `DTSTAMP:${icsStamp(r.stamp)}`,
    `UID:${r.uid}`,
    'SUMMARY:Netwerkgroep bijeenkomst 2',
    `ORGANIZER;CN=Procesbegeleider JOS:mailto:${r.organizer ?? ORGANIZER}`,
    `ATTENDEE;CN="${r.name} (Gemeente, afdeling Jeugd ë)";PARTSTAT=${r.partstat};ROLE=REQ-PARTICIPANT:mailto:${r.attendee.toUpperCase()}`,
    'DTSTART;TZID=Europe/Amsterdam:20230117T150000',
    'DTEND;TZID=Europe/Amsterdam:20230117T170000',
    `SEQUENCE:${r.sequence}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
  const boundary = '------------8kYHnXs0FuWxkFGtDlC1Z5m3';
  return crlf([
    `Message-ID: ${r.messageId}`,
    `Date: ${new Date(r.stamp).toUTCString().replace('GMT', '+0000')}`,
    'MIME-Version: 1.0',
    'User-Agent: Mozilla Thunderbird',
    'Content-Language: nl',
    `To: ${r.organizer ?? ORGANIZER}`,
    `From: ${r.name} <${r.attendee}>`,
    'Subject: Uitnodiging voor gebeurtenis geaccepteerd: Netwerkgroep bijeenkomst 2',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    'This is a multi-part message in MIME format.',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 7bit',
    '',
    `${r.name} heeft je uitnodiging voorlopig geaccepteerd.`,
    '',
    `--${boundary}`,
    'Content-Type: text/calendar; method=REPLY; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(ics.trimEnd()),
    '',
    `--${boundary}--`,
  ]);
}

/** A reply whose calendar part is broken (the VEVENT never ends), as an attachment. */
export function malformedReply(messageId: string, attendee: string): string {
  return crlf([
    `From: <${attendee}>`,
    `To: ${ORGANIZER}`,
    'Subject: Accepted: Netwerkgroep bijeenkomst 2',
    `Message-ID: ${messageId}`,
    'MIME-Version: 1.0',
    'Content-Type: text/calendar; charset="utf-8"; method=REPLY',
    '',
    'BEGIN:VCALENDAR',
    'METHOD:REPLY',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    'UID:broken',
    'DTSTAMP:not-a-date',
  ]);
}

/** An ordinary mail to the organizer mailbox: no calendar at all. */
export function plainMail(messageId: string): string {
  return crlf([
    'From: Gina Groeimee <gina@zorg.example.org>',
    `To: ${ORGANIZER}`,
    'Subject: Vraag over de agenda',
    `Message-ID: ${messageId}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hoi, komt het thema jeugdhulp ook aan bod?',
  ]);
}
