/** What the meetings cards share: the Dutch sentence for every refusal and warning, and the meeting's facts. */
import { wallClock } from '../../../src/calendar/time';
import type { RecipientPlan } from '../../../src/meetings/deliveries';
import type { Attendance, Meeting, MeetingInput, MeetingRefusal, Member, MemberAnswer } from '../../../src/meetings/model';
import { dutchDate } from '../../../src/meetings/time';
import type { PlanWarning } from '../../../src/meetings/warnings';
import { adaptiveCard, bulletList, facts, heading, paragraph, type AdaptiveCardJson, type CardElement } from '../kit';

/** What the feature can refuse, from the domain or from a card payload that does not parse. */
export type RefusalReason = MeetingRefusal | 'bad-input';

export const REASON_TEXT: Record<RefusalReason, string> = {
  'not-found': 'Die bijeenkomst bestaat niet (meer).',
  'not-draft': 'Deze bijeenkomst is al verstuurd. Wijzig of annuleer hem via de bijeenkomstkaart.',
  cancelled: 'Deze bijeenkomst is geannuleerd.',
  'not-reserve': 'Dit is geen (open) reservedatum meer.',
  'no-members': 'Deze groep heeft nog geen leden. Voeg eerst leden toe.',
  'no-change': 'Er is niets veranderd, dus er gaat geen wijziging uit.',
  'not-member': 'Je staat niet op de ledenlijst van deze groep, dus je antwoord is niet opgeslagen.',
  'invalid-email': 'Dat e-mailadres klopt niet.',
  'missing-name': 'Vul een naam in.',
  'missing-columns': 'De kolommen naam en e-mail ontbreken.',
  'already-member': 'Dit e-mailadres staat al op de ledenlijst.',
  'unknown-group': 'Die groep ken ik niet.',
  'already-applied': 'Deze planning is al opgeslagen.',
  identifying:
    'De titel, plaats of agenda noemt iets waaraan een leerling te herkennen is (een naam, klas, geboortedatum, telefoonnummer of BSN). Die gaat naar alle leden; haal het weg en probeer opnieuw.',
  unreadable: 'Ik kan deze planning niet lezen. Gebruik CSV met een kopregel (groep;nummer;titel;datum;begin;eind;plaats;reserve;agenda) of YAML.',
  empty: 'De planning is leeg.',
  'nothing-valid': 'Geen enkele regel van de planning is bruikbaar.',
  'not-allowed': 'Alleen de procesbegeleider kan bijeenkomsten plannen, versturen of leden beheren.',
  'not-held': 'Wie er kwam, vul je in zodra de bijeenkomst begonnen is.',
  'bad-input': 'Niet alle velden zijn goed ingevuld.',
};

const FIELD_TEXT: Record<string, string> = {
  title: 'Vul een titel in.',
  date: 'Kies een datum.',
  startTime: 'Kies een begintijd.',
  endTime: 'De eindtijd moet na de begintijd liggen.',
  onlineUrl: 'Een online link begint met https://.',
  number: 'Het nummer is een getal (of laat het leeg).',
};

/** The sentence for the first form field that did not validate. */
export const planProblem = (field: PropertyKey | undefined): string => FIELD_TEXT[String(field)] ?? REASON_TEXT['bad-input'];

export const messageCard = (title: string, text: string): AdaptiveCardJson => adaptiveCard([heading(title), paragraph(text)]);

export const short = (date: string): string => dutchDate(date).replace(/^\S+ /, '');

export function warningText(warning: PlanWarning, groupName: (id: string) => string): string {
  switch (warning.kind) {
    case 'school-holiday':
      return `${warning.title} (${short(warning.date)}) valt in de ${warning.name} (regio Noord).`;
    case 'public-holiday':
      return `${warning.title} (${short(warning.date)}) valt op een feestdag: ${warning.name}.`;
    case 'overlap':
      return `${warning.title} (${short(warning.date)}) overlapt met ${warning.otherTitle}.`;
    case 'weekend':
      return `${warning.title} (${short(warning.date)}) valt in het weekend.`;
    case 'in-past':
      return `${warning.title} (${short(warning.date)}) ligt in het verleden.`;
    case 'duplicate-number':
      return `${groupName(warning.groupId)}: nummer ${warning.number} komt ${warning.titles.length} keer voor: ${warning.titles.join(' en ')}.`;
    case 'missing-number':
      return `${groupName(warning.groupId)}: bijeenkomst ${warning.number} ontbreekt in de nummering.`;
    case 'number-order':
      return `${groupName(warning.groupId)}: ${warning.title} (nummer ${warning.number}) staat in datumvolgorde na een hoger nummer.`;
    case 'too-many':
      return `${groupName(warning.groupId)}: ${warning.count} vaste bijeenkomsten, terwijl er ${warning.expected} per schooljaar zijn afgesproken.`;
    case 'several-school-years':
      return `${groupName(warning.groupId)}: de data vallen in meer dan één schooljaar.`;
  }
}

export function warningBlock(warnings: PlanWarning[], groupName: (id: string) => string): CardElement[] {
  if (!warnings.length) return [paragraph('Geen waarschuwingen: geen vakantie, feestdag of overlap gevonden.', { subtle: true })];
  return [
    paragraph(`Let op (${warnings.length}), je kunt toch doorgaan:`, { bold: true, color: 'Warning' }),
    bulletList(warnings.map((w) => warningText(w, groupName))),
  ];
}

/** Inputs the kit does not have. */

export const dateInput = (id: string, label: string, value?: string): CardElement => ({ type: 'Input.Date', id, label, isRequired: true, errorMessage: `Kies ${label.toLowerCase()}.`, ...(value ? { value } : {}) });
export const timeInput = (id: string, label: string, value: string): CardElement => ({ type: 'Input.Time', id, label, value, isRequired: true, errorMessage: `Kies ${label.toLowerCase()}.` });
export const toggleInput = (id: string, title: string, value: boolean): CardElement => ({ type: 'Input.Toggle', id, title, value: String(value), valueOn: 'true', valueOff: 'false' });

export function meetingLine(meeting: Meeting): string {
  const state = meeting.status === 'draft' ? 'concept' : meeting.status === 'cancelled' ? 'geannuleerd' : meeting.reserve ? 'reservedatum, verstuurd' : 'verstuurd';
  return `${short(meeting.date)} ${meeting.startTime}: ${meeting.title} (${state})`;
}

export function meetingFacts(meeting: MeetingInput, groupName: string): CardElement {
  return facts([
    ['Groep', groupName],
    ['Datum', dutchDate(meeting.date)],
    ['Tijd', `${meeting.startTime}–${meeting.endTime}`],
    ...(meeting.location ? [['Plaats', meeting.location] as [string, string]] : []),
    ...(meeting.onlineUrl ? [['Online', meeting.onlineUrl] as [string, string]] : []),
    ...(meeting.reserve ? [['Soort', 'reservedatum (voorlopig)'] as [string, string]] : []),
  ]);
}

export function recipientList({ members, teamsMemberIds }: RecipientPlan): CardElement {
  return bulletList(members.map((m) => `${m.name}, ${m.organisation} (${m.email})${teamsMemberIds.includes(m.id) ? ' + Teams-kaart' : ''}`));
}

const SOURCE_TEXT: Record<MemberAnswer['source'], string> = { agenda: 'agenda', teams: 'Teams', ingevoerd: 'ingevoerd' };

/** "Hugo Gemeente (agenda, 3 okt 10:15)": the member with where and when the answer came (Amsterdam time). */
export function answeredName(member: Member, answer: MemberAnswer | undefined): string {
  return answer ? `${member.name} (${SOURCE_TEXT[answer.source]}, ${wallClock(new Date(answer.at)).setLocale('nl').toFormat('d LLL HH:mm')})` : member.name;
}

const listed = (members: Member[], answers: Attendance['answers']): string =>
  members.length ? members.map((m) => answeredName(m, answers.get(m.id))).join(', ') : '-';

/** Every member once, under their one answer, with its source and time. */
export function attendanceList(attendance: Attendance): CardElement {
  return bulletList([
    `Ja (${attendance.yes.length}): ${listed(attendance.yes, attendance.answers)}`,
    `Misschien (${attendance.maybe.length}): ${listed(attendance.maybe, attendance.answers)}`,
    `Nee (${attendance.no.length}): ${listed(attendance.no, attendance.answers)}`,
    `Nog geen antwoord (${attendance.unanswered.length}): ${listed(attendance.unanswered, attendance.answers)}`,
  ]);
}

/** Member lists and who comes are not for a group chat or channel: the bot points to the personal chat. */
export const personalChatOnlyCard = (): AdaptiveCardJson =>
  messageCard('Bijeenkomsten in je persoonlijke chat', 'Ledenlijsten en aanmeldingen zijn persoonlijk. Open je chat met JOS-assistent en typ daar "bijeenkomsten".');
