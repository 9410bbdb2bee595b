/** The procesbegeleider's cards for planning one meeting: overview, form, preview, the meeting, a change. */
import type { Attendance, Meeting, MeetingGroup, MeetingInput } from '../../../src/meetings/model';
import type { RecipientPlan } from '../../../src/meetings/deliveries';
import type { GroupOverview as GroupSummary } from '../../../src/meetings/service';
import { dutchDate } from '../../../src/meetings/time';
import type { PlanWarning } from '../../../src/meetings/warnings';
import { actionSet, adaptiveCard, bulletList, notice, choiceInput, executeAction, heading, openUrlAction, paragraph, smallPrint, textInput, type AdaptiveCardJson, type CardElement, plainText } from '../kit';
import { dateInput, meetingFacts, meetingLine, recipientList, short, timeInput, toggleInput, warningBlock, attendanceList } from './common';
import { confirmCard } from '../confirm';
import { MEETING_VERBS } from './verbs';

export interface GroupOverview extends GroupSummary {
  feedUrl: string;
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
        executeAction(`Nieuwe link ${group.name}`, MEETING_VERBS.feedRenew, { groupId: group.id }),
      ]),
    );
  }
  return adaptiveCard(body, [
    executeAction('Nieuwe bijeenkomst', MEETING_VERBS.form),
    executeAction('Jaarplanning importeren', MEETING_VERBS.importForm),
  ]);
}

/** Before a new subscription link: the old one stops for everyone who subscribed with it. */
export const renewFeedQuestion = (group: MeetingGroup): AdaptiveCardJson =>
  confirmCard(
    `Nieuwe agendalink voor ${group.name}?`,
    'De huidige link werkt daarna niet meer. Wie zich ermee abonneerde, abonneert zich opnieuw met de nieuwe link. Doe dit als de link bij iemand terecht is gekomen die hem niet mag hebben.',
    { title: 'Ja, nieuwe link', verb: MEETING_VERBS.feedRenew, data: { groupId: group.id } },
    { title: 'Nee, terug', verb: MEETING_VERBS.open },
  );

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
      heading(`Voorbeeld: ${plainText(meeting.title)}`),
      meetingFacts(meeting, groupName),
      ...(meeting.agenda ? [paragraph(`Agenda:\n${plainText(meeting.agenda)}`)] : []),
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
    heading(meeting.status === 'cancelled' ? `Geannuleerd: ${plainText(meeting.title)}` : plainText(meeting.title)),
    ...(data.notice ? [notice(data.notice, data.noticeTone === 'Attention' ? 'problem' : 'done')] : []),
    ...(data.warnings?.length ? warningBlock(data.warnings, groupNameOf) : []),
    meetingFacts(meeting, data.groupName),
  ];
  if (meeting.status !== 'draft') {
    body.push(paragraph('Wie komt er?', { bold: true }), attendanceList(data.attendance));
    body.push(paragraph(`Afgeleverd: ${delivery.sent}, nog onderweg: ${delivery.pending}.`, { subtle: true }));
  }
  if (delivery.failed.length) {
    body.push(paragraph(`Niet afgeleverd (${delivery.failed.length}):`, { bold: true, color: 'Attention' }), bulletList(delivery.failed.map((f) => `${plainText(f.name)} (${f.channel === 'email' ? 'e-mail' : 'Teams'})`)));
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
      heading(`Wijziging: ${plainText(meeting.title)}`),
      paragraph(`Was: ${dutchDate(meeting.date)} ${meeting.startTime}–${meeting.endTime}${meeting.location ? `, ${plainText(meeting.location)}` : ''}`, { subtle: true }),
      paragraph(`Wordt: ${dutchDate(after.date)} ${after.startTime}–${after.endTime}${after.location ? `, ${plainText(after.location)}` : ''}`, { bold: true }),
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
      heading(`Wijzigen: ${plainText(meeting.title)}`),
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

/** A draft is only thrown away; a sent meeting is called off for every member. */
export const cancelMeetingQuestion = (meeting: Meeting): AdaptiveCardJson =>
  meeting.status === 'draft'
    ? confirmCard(
        'Concept weggooien?',
        `${meetingLine(meeting)}. Er is nog niets verstuurd.`,
        { title: 'Ja, gooi weg', verb: MEETING_VERBS.cancel, data: { meetingId: meeting.id } },
        { title: 'Nee, terug', verb: MEETING_VERBS.show, data: { meetingId: meeting.id } },
      )
    : confirmCard(
        'Bijeenkomst annuleren?',
        `${meetingLine(meeting)}. Alle leden krijgen een afzegging in hun agenda.`,
        { title: 'Ja, annuleer', verb: MEETING_VERBS.cancel, data: { meetingId: meeting.id } },
        { title: 'Nee, terug', verb: MEETING_VERBS.show, data: { meetingId: meeting.id } },
      );
