/** What members see (invitation card, their meetings, their answer) and who comes, for the procesbegeleider. */
import type { Attendance, DeliveryKind, Meeting, RsvpAnswer } from '../../../src/meetings/model';
import type { Presence, ReplyNote } from '../../../src/meetings/service';
import { dutchDate } from '../../../src/meetings/time';
import { actionSet, adaptiveCard, executeAction, heading, openUrlAction, paragraph, type AdaptiveCardJson, plainText } from '../kit';
import { attendanceList, meetingFacts, meetingLine, messageCard, short } from './common';
import { answerActions, presenceLine, replyNotes } from './answers';
import { MEETING_VERBS } from './verbs';

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
      heading(`${cancelled ? KIND_HEADING.cancel : KIND_HEADING[kind]}: ${plainText(meeting.title)}`),
      meetingFacts(meeting, groupName),
      ...(meeting.agenda && !cancelled ? [paragraph(`Agenda:\n${plainText(meeting.agenda)}`)] : []),
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
      heading(`${plainText(meeting.title)} (${groupName}), ${dutchDate(meeting.date)} ${meeting.startTime}`),
      paragraph(`${attendance.yes.length} ja, ${attendance.maybe.length} misschien, ${attendance.no.length} nee, ${attendance.unanswered.length} nog geen antwoord.`),
      attendanceList(attendance),
      ...presenceLine(presence),
      ...replyNotes(notes),
      actionSet([executeAction('Open bijeenkomst', MEETING_VERBS.show, { meetingId: meeting.id }), ...answerActions(meeting, now)]),
    ]),
  );
}
