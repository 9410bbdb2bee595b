import { z } from 'zod/v4';
import type { Meeting } from '../../../src/meetings/model';
import type { AdaptiveCardJson } from '../../cards/kit';
import { answerFormCard, presenceFormCard } from '../../cards/meetings/answers';
import { whoComesText } from '../../cards/meetings/attendance';
import { messageCard, REASON_TEXT } from '../../cards/meetings/common';
import { MEETING_VERBS as VERBS } from '../../cards/meetings/verbs';
import type { MeetingsFeature } from './context';
import { meetingIdSchema, recordId } from './payloads';

const answerSchema = meetingIdSchema.extend({ memberId: recordId, answer: z.enum(['yes', 'no', 'maybe']) });
/** A multi-select choice set sends the ticked values comma-separated; nothing ticked sends no value. */
const presenceSchema = meetingIdSchema.extend({
  present: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(',').map(Number).filter((id) => Number.isInteger(id) && id > 0) : [])),
});

/** "Wie komt er" for some meetings: answers with source and time, reply notes, who came. */
export function whoComesCard({ deps, groupName }: MeetingsFeature, meetings: Meeting[]): AdaptiveCardJson {
  const { service } = deps.meetings;
  return whoComesText(
    meetings.map((meeting) => ({
      meeting,
      groupName: groupName(meeting.groupId),
      attendance: service.attendance(meeting.id),
      notes: service.replyNotes(meeting.id),
      presence: service.presence(meeting.id),
    })),
    deps.clock.now(),
  );
}

/** The procesbegeleider sets an answer for a member who phoned, and after the meeting marks who came. */
export function registerAnswers(feature: MeetingsFeature): void {
  const { deps, routes, manager, withMeeting } = feature;
  const { service } = deps.meetings;
  const sent = (meetingId: number, work: (meeting: Meeting) => AdaptiveCardJson): AdaptiveCardJson =>
    withMeeting(meetingId, (meeting) => (meeting.status === 'draft' ? feature.notFound() : work(meeting)));
  const answerForm = (meeting: Meeting, error?: string): AdaptiveCardJson =>
    answerFormCard(meeting, service.recipients(meeting.groupId).members, service.attendance(meeting.id), error);

  routes.verb(VERBS.answerForm, meetingIdSchema, (_turn, { meetingId }) => sent(meetingId, (meeting) => answerForm(meeting)), { guard: manager });
  routes.verb(
    VERBS.answerSet,
    answerSchema,
    ({ person }, data) => {
      const result = service.setAnswer(person, data.meetingId, data.memberId, data.answer);
      return result.ok ? whoComesCard(feature, [result.meeting]) : messageCard('Bijeenkomst', REASON_TEXT[result.reason]);
    },
    {
      guard: manager,
      invalid: (_turn, data) => {
        const parsed = meetingIdSchema.safeParse(data);
        return parsed.success ? sent(parsed.data.meetingId, (meeting) => answerForm(meeting, 'Kies een lid en een antwoord.')) : feature.notFound();
      },
    },
  );
  routes.verb(
    VERBS.presenceForm,
    meetingIdSchema,
    (_turn, { meetingId }) =>
      sent(meetingId, (meeting) => {
        const presence = service.presence(meeting.id);
        return presenceFormCard(meeting, service.recipients(meeting.groupId).members, presence.marked ? presence.present : service.attendance(meeting.id).yes);
      }),
    { guard: manager },
  );
  routes.verb(
    VERBS.presenceSet,
    presenceSchema,
    ({ person }, data) => {
      const result = service.markPresence(person, data.meetingId, data.present);
      if (!result.ok) return messageCard('Bijeenkomst', REASON_TEXT[result.reason]);
      deps.logger.info({ event: 'meetings.presence', meetingId: result.meeting.id, present: data.present.length });
      return whoComesCard(feature, [result.meeting]);
    },
    { guard: manager },
  );
}
