import type { ImportPreview } from '../../src/meetings/planImport';
import type { PlanRowError } from '../../src/meetings/plan';
import type { Attendance, DeliveryKind, Meeting, MeetingGroup, MeetingInput, MeetingRefusal, Member, RsvpAnswer } from '../../src/meetings/model';
import type { GroupOverview as GroupSummary, Presence, RecipientPlan, ReplyNote } from '../../src/meetings/service';
import type { PlanWarning } from '../../src/meetings/warnings';
import { dutchDate } from '../../src/meetings/time';
import {
  actionSet,
  adaptiveCard,
  bulletList,
  choiceInput,
  executeAction,
  facts,
  heading,
  openUrlAction,
  paragraph,
  smallPrint,
  textInput,
  type AdaptiveCardJson,
  type CardElement,
} from './kit';
import { answerActions, attendanceList, presenceLine, replyNotes } from './meetingAnswers';

export const MEETING_VERBS = {
  open: 'meetings.open',
  form: 'meetings.form',
  plan: 'meetings.plan',
  show: 'meetings.show',
  send: 'meetings.send',
  editForm: 'meetings.editForm',
  edit: 'meetings.edit',
  editConfirm: 'meetings.edit.confirm',
  confirmReserve: 'meetings.reserve.confirm',
  dropReserve: 'meetings.reserve.drop',
  cancel: 'meetings.cancel',
  retry: 'meetings.retry',
  importForm: 'meetings.import.form',
  importPreview: 'meetings.import',
  importApply: 'meetings.import.apply',
  sendDrafts: 'meetings.sendDrafts',
  members: 'meetings.members',
  memberAdd: 'meetings.member.add',
  memberRemove: 'meetings.member.remove',
  membersImport: 'meetings.members.import',
  rsvp: 'meetings.rsvp',
  mine: 'meetings.mine',
  discard: 'meetings.discard',
} as const;

// ---- Dutch texts for domain outcomes (one place for the feature) ----

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

const ROW_ERROR_TEXT: Record<PlanRowError, string> = {
  'unknown-group': 'onbekende groep (netwerkgroep of leeromgeving)',
  'invalid-date': 'datum onleesbaar of bestaat niet',
  'invalid-time': 'begin- of eindtijd onleesbaar',
  'end-before-start': 'eindtijd ligt voor de begintijd',
  'missing-title': 'titel ontbreekt',
  'invalid-number': 'nummer is geen positief getal',
  'invalid-link': 'online link moet met https:// beginnen',
};

const short = (date: string): string => dutchDate(date).replace(/^\S+ /, '');

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

function warningBlock(warnings: PlanWarning[], groupName: (id: string) => string): CardElement[] {
  if (!warnings.length) return [paragraph('Geen waarschuwingen: geen vakantie, feestdag of overlap gevonden.', { subtle: true })];
  return [
    paragraph(`Let op (${warnings.length}), je kunt toch doorgaan:`, { bold: true, color: 'Warning' }),
    bulletList(warnings.map((w) => warningText(w, groupName))),
  ];
}

// ---- Inputs the kit does not have ----

const dateInput = (id: string, label: string, value?: string): CardElement => ({ type: 'Input.Date', id, label, isRequired: true, errorMessage: `Kies ${label.toLowerCase()}.`, ...(value ? { value } : {}) });
const timeInput = (id: string, label: string, value: string): CardElement => ({ type: 'Input.Time', id, label, value, isRequired: true, errorMessage: `Kies ${label.toLowerCase()}.` });
const toggleInput = (id: string, title: string, value: boolean): CardElement => ({ type: 'Input.Toggle', id, title, value: String(value), valueOn: 'true', valueOff: 'false' });

// ---- Procesbegeleider cards ----

export interface GroupOverview extends GroupSummary {
  feedUrl: string;
}

function meetingLine(meeting: Meeting): string {
  const state = meeting.status === 'draft' ? 'concept' : meeting.status === 'cancelled' ? 'geannuleerd' : meeting.reserve ? 'reservedatum, verstuurd' : 'verstuurd';
  return `${short(meeting.date)} ${meeting.startTime}: ${meeting.title} (${state})`;
}

export function overviewCard(groups: GroupOverview[]): AdaptiveCardJson {
  const body: CardElement[] = [heading('Bijeenkomsten netwerkgroep en leeromgeving')];
  for (const { group, memberCount, meetings, feedUrl } of groups) {
    body.push(paragraph(`**${group.name}** (${memberCount} leden)`));
    body.push(meetings.length ? bulletList(meetings.map(meetingLine)) : paragraph('Nog geen bijeenkomsten gepland.', { subtle: true }));
    body.push(
      actionSet([
        ...meetings.filter((m) => m.status !== 'cancelled').slice(0, 5).map((m) => executeAction(`Open ${short(m.date)}`, MEETING_VERBS.show, { meetingId: m.id })),
        executeAction(`Leden ${group.name}`, MEETING_VERBS.members, { groupId: group.id }),
        openUrlAction(`Agenda-abonnement ${group.name}`, feedUrl),
      ]),
    );
  }
  return adaptiveCard(body, [
    executeAction('Nieuwe bijeenkomst', MEETING_VERBS.form),
    executeAction('Jaarplanning importeren', MEETING_VERBS.importForm),
  ]);
}

/** The form's values as the card sends them back (all text), for a prefilled form and for the preview's buttons. */
export interface PlanFormValues {
  groupId: string;
  title: string;
  number: string;
  date: string;
  startTime: string;
  endTime: string;
  location: string;
  onlineUrl: string;
  agenda: string;
  reserve: string;
}

export function planFormValues(input: MeetingInput): PlanFormValues {
  return {
    groupId: input.groupId,
    title: input.title,
    number: input.number === null ? '' : String(input.number),
    date: input.date,
    startTime: input.startTime,
    endTime: input.endTime,
    location: input.location ?? '',
    onlineUrl: input.onlineUrl ?? '',
    agenda: input.agenda ?? '',
    reserve: String(input.reserve),
  };
}

export function planFormCard(groups: MeetingGroup[], error?: string, values?: PlanFormValues): AdaptiveCardJson {
  return adaptiveCard(
    [
      heading('Nieuwe bijeenkomst'),
      ...(error ? [paragraph(error, { color: 'Attention' })] : []),
      choiceInput('groupId', 'Groep', groups.map((g) => ({ title: g.name, value: g.id })), { value: values?.groupId ?? groups[0]?.id, required: true }),
      textInput('title', 'Titel', { required: true, maxLength: 120, placeholder: 'Netwerkgroep bijeenkomst 3', value: values?.title }),
      textInput('number', 'Nummer in het schooljaar (mag leeg)', { maxLength: 2, value: values?.number }),
      dateInput('date', 'Datum', values?.date),
      timeInput('startTime', 'Begintijd', values?.startTime ?? '15:00'),
      timeInput('endTime', 'Eindtijd', values?.endTime ?? '17:00'),
      textInput('location', 'Plaats', { maxLength: 200, value: values?.location }),
      textInput('onlineUrl', 'Online link (https://…, mag leeg)', { maxLength: 500, value: values?.onlineUrl }),
      textInput('agenda', 'Agenda', { multiline: true, maxLength: 2000, value: values?.agenda }),
      toggleInput('reserve', 'Reservedatum (gaat uit als voorlopige afspraak)', values?.reserve === 'true'),
      smallPrint('Tijden zijn Nederlandse tijd. Er gaat nog niets weg: je ziet eerst wie wat krijgt.'),
    ],
    [executeAction('Bekijk voorbeeld', MEETING_VERBS.plan, {}, { style: 'positive' })],
  );
}

function meetingFacts(meeting: MeetingInput, groupName: string): CardElement {
  return facts([
    ['Groep', groupName],
    ['Datum', dutchDate(meeting.date)],
    ['Tijd', `${meeting.startTime}–${meeting.endTime}`],
    ...(meeting.location ? [['Plaats', meeting.location] as [string, string]] : []),
    ...(meeting.onlineUrl ? [['Online', meeting.onlineUrl] as [string, string]] : []),
    ...(meeting.reserve ? [['Soort', 'reservedatum (voorlopig)'] as [string, string]] : []),
  ]);
}

function recipientList({ members, teamsMemberIds }: RecipientPlan): CardElement {
  return bulletList(members.map((m) => `${m.name}, ${m.organisation} (${m.email})${teamsMemberIds.includes(m.id) ? ' + Teams-kaart' : ''}`));
}

/** Who gets what, before anything is sent (a meeting from the form, or a saved draft). */
export function previewCard(
  meeting: MeetingInput,
  groupName: string,
  recipients: RecipientPlan,
  warnings: PlanWarning[],
  groupNameOf: (id: string) => string,
  actions: CardElement[],
): AdaptiveCardJson {
  const { members } = recipients;
  const teams = recipients.teamsMemberIds.length;
  const what = meeting.reserve ? 'een voorlopige uitnodiging (reservedatum)' : 'een agenda-uitnodiging';
  return adaptiveCard(
    [
      heading(`Voorbeeld: ${meeting.title}`),
      meetingFacts(meeting, groupName),
      ...(meeting.agenda ? [paragraph(`Agenda:\n${meeting.agenda}`)] : []),
      ...warningBlock(warnings, groupNameOf),
      paragraph(`Bij versturen krijgen ${members.length} leden ${what} per e-mail, met Ja/Nee/Misschien in hun agenda${teams ? `; ${teams} van hen ook een kaart in Teams` : ''}:`, { bold: true }),
      recipientList(recipients),
    ],
    actions,
  );
}

/** Buttons under the preview of a meeting that only exists in the form so far: nothing is saved until Versturen. */
export function newMeetingActions(values: PlanFormValues, draftKey: string): CardElement[] {
  return [
    executeAction('Versturen', MEETING_VERBS.send, { ...values, draftKey }, { style: 'positive' }),
    executeAction('Aanpassen', MEETING_VERBS.form, { ...values }),
    executeAction('Weggooien', MEETING_VERBS.discard, {}, { style: 'destructive' }),
  ];
}

/** Buttons under the preview of a saved draft (from an imported year plan). */
export function draftActions(meeting: Meeting): CardElement[] {
  const id = { meetingId: meeting.id };
  return [
    executeAction('Versturen', MEETING_VERBS.send, id, { style: 'positive' }),
    executeAction('Aanpassen', MEETING_VERBS.editForm, id),
    executeAction('Weggooien', MEETING_VERBS.cancel, id, { style: 'destructive' }),
  ];
}

export interface MeetingCardData {
  meeting: Meeting;
  groupName: string;
  attendance: Attendance;
  delivery: { sent: number; pending: number; failed: { name: string; channel: string }[] };
  notice?: string;
  /** Attention for bad news (a delivery given up), Good otherwise. */
  noticeTone?: 'Good' | 'Attention';
  warnings?: PlanWarning[];
}

/** The procesbegeleider's card of one meeting: who comes, what was delivered, and what can be changed. */
export function meetingCard(data: MeetingCardData, groupNameOf: (id: string) => string): AdaptiveCardJson {
  const { meeting, delivery } = data;
  const id = { meetingId: meeting.id };
  const body: CardElement[] = [
    heading(meeting.status === 'cancelled' ? `Geannuleerd: ${meeting.title}` : meeting.title),
    ...(data.notice ? [paragraph(data.notice, { color: data.noticeTone ?? 'Good' })] : []),
    ...(data.warnings?.length ? warningBlock(data.warnings, groupNameOf) : []),
    meetingFacts(meeting, data.groupName),
  ];
  if (meeting.status !== 'draft') {
    body.push(paragraph('Wie komt er?', { bold: true }), attendanceList(data.attendance));
    body.push(paragraph(`Afgeleverd: ${delivery.sent}, nog onderweg: ${delivery.pending}.`, { subtle: true }));
  }
  if (delivery.failed.length) {
    body.push(paragraph(`Niet afgeleverd (${delivery.failed.length}):`, { bold: true, color: 'Attention' }), bulletList(delivery.failed.map((f) => `${f.name} (${f.channel === 'email' ? 'e-mail' : 'Teams'})`)));
  }
  const actions: CardElement[] = [];
  if (meeting.status === 'draft') actions.push(executeAction('Versturen', MEETING_VERBS.send, id, { style: 'positive' }));
  if (meeting.status !== 'cancelled') {
    if (meeting.reserve) {
      actions.push(executeAction('Reservedatum gaat door', MEETING_VERBS.confirmReserve, id, { style: 'positive' }));
      actions.push(executeAction('Reservedatum vervalt', MEETING_VERBS.dropReserve, id, { style: 'destructive' }));
    }
    actions.push(executeAction('Datum, tijd of plaats wijzigen', MEETING_VERBS.editForm, id));
    actions.push(executeAction(meeting.status === 'draft' ? 'Weggooien' : 'Annuleren', MEETING_VERBS.cancel, id, { style: 'destructive' }));
  }
  if (delivery.failed.length) actions.push(executeAction('Opnieuw proberen', MEETING_VERBS.retry, id));
  return adaptiveCard(body, actions);
}

/** What a change of a sent meeting does, before it goes out. */
export function changePreviewCard(
  meeting: Meeting,
  change: { date: string; startTime: string; endTime: string; location: string | null; onlineUrl: string | null },
  recipients: RecipientPlan,
  warnings: PlanWarning[],
  groupNameOf: (id: string) => string,
): AdaptiveCardJson {
  const after = { ...meeting, ...change };
  return adaptiveCard(
    [
      heading(`Wijziging: ${meeting.title}`),
      paragraph(`Was: ${dutchDate(meeting.date)} ${meeting.startTime}–${meeting.endTime}${meeting.location ? `, ${meeting.location}` : ''}`, { subtle: true }),
      paragraph(`Wordt: ${dutchDate(after.date)} ${after.startTime}–${after.endTime}${after.location ? `, ${after.location}` : ''}`, { bold: true }),
      ...warningBlock(warnings, groupNameOf),
      paragraph(`Bij versturen krijgen ${recipients.members.length} leden een bijgewerkte uitnodiging; hun agenda past zich aan:`, { bold: true }),
      recipientList(recipients),
    ],
    [
      executeAction('Wijziging versturen', MEETING_VERBS.editConfirm, { meetingId: meeting.id, ...change }, { style: 'positive' }),
      executeAction('Terug', MEETING_VERBS.show, { meetingId: meeting.id }),
    ],
  );
}

export function editFormCard(meeting: Meeting, error?: string): AdaptiveCardJson {
  return adaptiveCard(
    [
      heading(`Wijzigen: ${meeting.title}`),
      ...(error ? [paragraph(error, { color: 'Attention' })] : []),
      dateInput('date', 'Datum', meeting.date),
      timeInput('startTime', 'Begintijd', meeting.startTime),
      timeInput('endTime', 'Eindtijd', meeting.endTime),
      textInput('location', 'Plaats', { value: meeting.location ?? '', maxLength: 200 }),
      textInput('onlineUrl', 'Online link', { value: meeting.onlineUrl ?? '', maxLength: 500 }),
      smallPrint(meeting.status === 'draft' ? 'Nog niet verstuurd: er gaat niets weg.' : 'Alle leden krijgen een bijgewerkte uitnodiging; hun agenda past zich aan.'),
    ],
    [executeAction('Wijziging opslaan', MEETING_VERBS.edit, { meetingId: meeting.id }, { style: 'positive' })],
  );
}

// ---- Year plan import ----

export function importFormCard(error?: string): AdaptiveCardJson {
  return adaptiveCard(
    [
      heading('Jaarplanning importeren'),
      ...(error ? [paragraph(error, { color: 'Attention' })] : []),
      paragraph('Plak de planning als CSV (met kopregel) of YAML. Eerst zie je de waarschuwingen; er wordt nog niets opgeslagen of verstuurd.'),
      textInput('text', 'Planning', { multiline: true, required: true, maxLength: 20000, placeholder: 'groep;nummer;titel;datum;begin;eind;plaats;reserve;agenda' }),
    ],
    [executeAction('Controleren', MEETING_VERBS.importPreview, {}, { style: 'positive' })],
  );
}

export function importPreviewCard(preview: Extract<ImportPreview, { ok: true }>, groupNameOf: (id: string) => string): AdaptiveCardJson {
  return adaptiveCard(
    [
      heading(`Jaarplanning: ${preview.inputs.length} bijeenkomsten`),
      bulletList(preview.inputs.map((i) => `${groupNameOf(i.groupId)}: ${i.title}, ${short(i.date)} ${i.startTime}–${i.endTime}${i.reserve ? ' (reservedatum)' : ''}`)),
      ...(preview.invalid.length
        ? [
            paragraph(`Deze regels neem ik niet over (${preview.invalid.length}):`, { bold: true, color: 'Attention' }),
            bulletList(preview.invalid.map((row) => `regel ${row.line}: ${row.errors.map((e) => ROW_ERROR_TEXT[e]).join(', ')}`)),
          ]
        : []),
      ...warningBlock(preview.warnings, groupNameOf),
      smallPrint('Opslaan maakt concepten; uitnodigingen gaan pas weg als je ze verstuurt.'),
    ],
    [executeAction('Opslaan als concept', MEETING_VERBS.importApply, { importId: preview.importId }, { style: 'positive' })],
  );
}

export function importedCard(meetings: Meeting[], recipientCount: (groupId: string) => number, groupNameOf: (id: string) => string): AdaptiveCardJson {
  const groupIds = [...new Set(meetings.map((m) => m.groupId))];
  return adaptiveCard(
    [
      heading(`${meetings.length} concepten opgeslagen`),
      ...meetings.map((m) => ({
        type: 'ColumnSet',
        columns: [
          { type: 'Column', width: 'stretch', items: [paragraph(`${groupNameOf(m.groupId)}: ${meetingLine(m)}`)] },
          { type: 'Column', width: 'auto', items: [actionSet([executeAction(`Open ${short(m.date)}`, MEETING_VERBS.show, { meetingId: m.id })])] },
        ],
      })),
      paragraph(
        `Bij versturen krijgt ieder lid per bijeenkomst een agenda-uitnodiging per e-mail (reservedata als voorlopige afspraak): ${groupIds
          .map((id) => `${groupNameOf(id)} ${recipientCount(id)} leden`)
          .join(', ')}.`,
        { bold: true },
      ),
    ],
    [executeAction('Alle concepten versturen', MEETING_VERBS.sendDrafts, { meetingIds: meetings.map((m) => m.id) }, { style: 'positive' })],
  );
}

// ---- Members ----

/** What the members card says after a submit; a refused entry stays in its field, so nothing typed is lost. */
export interface MembersFeedback {
  notice: string;
  tone: 'Good' | 'Attention';
  form?: Partial<Record<'name' | 'organisation' | 'email' | 'role' | 'csv', string>>;
}

export function membersCard(group: MeetingGroup, members: Member[], roles: Record<string, string>, feedback?: MembersFeedback): AdaptiveCardJson {
  const form = feedback?.form ?? {};
  return adaptiveCard(
    [
      heading(`Leden ${group.name} (${members.length})`),
      ...(feedback ? [paragraph(feedback.notice, { color: feedback.tone })] : []),
      ...members.map((m) => ({
        type: 'ColumnSet',
        columns: [
          { type: 'Column', width: 'stretch', items: [paragraph(`${m.name}, ${roles[m.role] ?? m.role}\n${m.organisation}, ${m.email}`)] },
          { type: 'Column', width: 'auto', items: [actionSet([executeAction('Verwijderen', MEETING_VERBS.memberRemove, { memberId: m.id }, { style: 'destructive' })])] },
        ],
      })),
      paragraph('Lid toevoegen', { bold: true }),
      textInput('name', 'Naam', { maxLength: 120, value: form.name }),
      textInput('organisation', 'Organisatie', { maxLength: 120, value: form.organisation }),
      textInput('email', 'E-mail', { maxLength: 200, value: form.email }),
      choiceInput('role', 'Rol', Object.entries(roles).map(([value, title]) => ({ title, value })), { value: form.role ?? Object.keys(roles)[0] }),
      actionSet([executeAction('Toevoegen', MEETING_VERBS.memberAdd, { groupId: group.id }, { style: 'positive' })]),
      paragraph('Of plak een CSV (naam;organisatie;e-mail;rol):', { bold: true }),
      textInput('csv', 'Ledenlijst (CSV)', { multiline: true, maxLength: 20000, value: form.csv }),
      actionSet([executeAction('CSV importeren', MEETING_VERBS.membersImport, { groupId: group.id })]),
      smallPrint('Wie je verwijdert, krijgt een afzegging voor de komende bijeenkomsten.'),
    ],
  );
}

// ---- Member (invitee) card in Teams ----

const KIND_HEADING: Record<DeliveryKind, string> = {
  invite: 'Uitnodiging',
  update: 'Gewijzigd',
  cancel: 'Gaat niet door',
  'reminder-week': 'Herinnering: laat je weten of je komt?',
  'reminder-day': 'Herinnering: morgen',
};

const ANSWER_TEXT: Record<RsvpAnswer, string> = { yes: 'Ja, ik kom', no: 'Nee, ik kom niet', maybe: 'Misschien' };

export function memberMeetingCard(meeting: Meeting, groupName: string, kind: DeliveryKind, calendarUrl: string, answer?: RsvpAnswer): AdaptiveCardJson {
  const cancelled = kind === 'cancel' || meeting.status === 'cancelled';
  const id = { meetingId: meeting.id };
  return adaptiveCard(
    [
      heading(`${cancelled ? KIND_HEADING.cancel : KIND_HEADING[kind]}: ${meeting.title}`),
      meetingFacts(meeting, groupName),
      ...(meeting.agenda && !cancelled ? [paragraph(`Agenda:\n${meeting.agenda}`)] : []),
      ...(answer ? [paragraph(`Jouw antwoord: ${ANSWER_TEXT[answer]}`, { bold: true })] : []),
      ...(cancelled ? [paragraph('De bijeenkomst is uit je agenda gehaald (via de e-mail).', { subtle: true })] : []),
    ],
    cancelled
      ? []
      : [
          openUrlAction('Zet in mijn agenda', calendarUrl),
          executeAction('Ja', MEETING_VERBS.rsvp, { ...id, answer: 'yes' }, { style: 'positive' }),
          executeAction('Nee', MEETING_VERBS.rsvp, { ...id, answer: 'no' }),
          executeAction('Misschien', MEETING_VERBS.rsvp, { ...id, answer: 'maybe' }),
        ],
  );
}

/** A member's own upcoming meetings, with the answer given so far. */
export function myMeetingsCard(items: { meeting: Meeting; groupName: string; answer?: RsvpAnswer }[]): AdaptiveCardJson {
  if (!items.length) return messageCard('Mijn bijeenkomsten', 'Er staan geen bijeenkomsten van jouw groepen gepland.');
  return adaptiveCard([
    heading('Mijn bijeenkomsten'),
    ...items.map(({ meeting, groupName, answer }) => ({
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'stretch', items: [paragraph(`${meetingLine(meeting)}, ${groupName}\nJouw antwoord: ${answer ? ANSWER_TEXT[answer] : 'nog niet gegeven'}`)] },
        { type: 'Column', width: 'auto', items: [actionSet([executeAction(`Open ${short(meeting.date)}`, MEETING_VERBS.mine, { meetingId: meeting.id })])] },
      ],
    })),
  ]);
}

export interface WhoComes {
  meeting: Meeting;
  groupName: string;
  attendance: Attendance;
  notes: ReplyNote[];
  presence: Presence;
}

/** "Wie komt er": every member once with their answer, where and when it came; what replies said besides; who came. */
export function whoComesText(meetings: WhoComes[], now: Date): AdaptiveCardJson {
  return adaptiveCard(
    meetings.flatMap(({ meeting, groupName, attendance, notes, presence }) => [
      heading(`${meeting.title} (${groupName}), ${dutchDate(meeting.date)} ${meeting.startTime}`),
      paragraph(`${attendance.yes.length} ja, ${attendance.maybe.length} misschien, ${attendance.no.length} nee, ${attendance.unanswered.length} nog geen antwoord.`),
      attendanceList(attendance),
      ...presenceLine(presence),
      ...replyNotes(notes),
      actionSet([executeAction('Open bijeenkomst', MEETING_VERBS.show, { meetingId: meeting.id }), ...answerActions(meeting, now)]),
    ]),
  );
}
