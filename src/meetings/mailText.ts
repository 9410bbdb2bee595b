/**
 * The Dutch text of the meeting e-mails and of the calendar entry they carry. It lives in the domain, not in bot/,
 * because the mail is not a Teams message: the service freezes it into the outbox when a change is made (so a retry
 * sends byte for byte the same), and the reminder job writes it with no chat turn around it.
 */
import type { DeliveryKind, Meeting } from './model';
import { dutchDate } from './time';

const SUBJECT_PREFIX: Record<DeliveryKind, string> = {
  invite: 'Uitnodiging',
  update: 'Gewijzigd',
  cancel: 'Vervalt',
  'reminder-week': 'Herinnering',
  'reminder-day': 'Morgen',
};

const OPENING: Record<DeliveryKind, string> = {
  invite: 'Je bent uitgenodigd voor deze bijeenkomst. Laat via Ja/Nee/Misschien in je agenda weten of je komt.',
  update: 'Deze bijeenkomst is gewijzigd; je agenda wordt bijgewerkt. Laat via Ja/Nee/Misschien in je agenda weten of je komt.',
  cancel: 'Deze bijeenkomst gaat voor jou niet door en is uit je agenda gehaald.',
  'reminder-week': 'Je hebt nog niet laten weten of je komt. Laat het via Ja/Nee/Misschien in je agenda weten.',
  'reminder-day': 'Morgen is deze bijeenkomst.',
};

/** Agenda, place and link as the DESCRIPTION; the mail body repeats it because Outlook may delete the invite mail. */
export function meetingDescription(meeting: Meeting): string {
  const lines = [`${meeting.title}, ${dutchDate(meeting.date)} ${meeting.startTime}–${meeting.endTime}`];
  if (meeting.reserve) lines.push('Dit is een reservedatum: houd hem vrij, we laten weten of hij doorgaat.');
  if (meeting.location) lines.push(`Plaats: ${meeting.location}`);
  if (meeting.onlineUrl) lines.push(`Online: ${meeting.onlineUrl}`);
  if (meeting.agenda) lines.push('', 'Agenda:', meeting.agenda);
  return lines.join('\n');
}

/** The calendar entry's title: a reserve date says so in every agenda. */
export const meetingSummary = (meeting: Meeting): string => (meeting.reserve ? `${meeting.title} (reservedatum)` : meeting.title);

export const mailSubject = (kind: DeliveryKind, meeting: Meeting): string =>
  `${SUBJECT_PREFIX[kind]}: ${meeting.title}, ${dutchDate(meeting.date)} ${meeting.startTime}`;

export const mailBody = (kind: DeliveryKind, meeting: Meeting, memberName: string): string =>
  `Beste ${memberName},\n\n${OPENING[kind]}\n\n${meetingDescription(meeting)}\n`;
