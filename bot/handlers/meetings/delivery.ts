import { ANSWER_REMINDER_JOB, OUTBOX_JOB, REMINDER_JOB } from '../../../src/meetings/jobs';
import type { FlushResult, TeamsSender } from '../../../src/meetings/outbox';
import { memberMeetingCard } from '../../cards/meetings/attendance';
import { cardMessage } from '../../cards/kit';
import type { MeetingsFeature } from './context';

/**
 * Sending in the background: the outbox job (e-mail through the transport built at start-up, Teams cards through
 * the proactive channel), the reminder job, and the report of what could not be delivered.
 */
export function registerDelivery(feature: MeetingsFeature): void {
  const { deps, groupName, calendarUrl, meetingCardFor, scheduleFlush } = feature;
  const { service, outbox, email } = deps.meetings;

  const teams: TeamsSender = {
    async send(notice) {
      const view = service.noticeView(notice);
      if (!view) return false;
      const { meeting, answer } = view;
      const card = memberMeetingCard(meeting, groupName(meeting.groupId), notice.kind, calendarUrl(meeting.id), answer);
      return (await deps.proactive.sendToPerson(notice.personId, cardMessage(card, `${meeting.title}, ${meeting.date}`))) !== undefined;
    },
  };

  /** Tells the procesbegeleider which deliveries were given up, by name (the card offers a retry). */
  const reportFailures = async (result: FlushResult): Promise<void> => {
    const byMeeting = new Map<number, string[]>();
    for (const failed of result.failed) {
      const name = service.member(failed.memberId)?.name ?? 'onbekend';
      byMeeting.set(failed.meetingId, [...(byMeeting.get(failed.meetingId) ?? []), name]);
    }
    for (const [meetingId, names] of byMeeting) {
      const meeting = service.meeting(meetingId);
      if (!meeting) continue;
      const text = `Niet afgeleverd na herhaalde pogingen voor ${meeting.title}: ${names.join(', ')}. Open de bijeenkomst om het opnieuw te proberen.`;
      await deps.proactive.sendToPerson(meeting.createdBy, cardMessage(meetingCardFor(meeting, { notice: text, noticeTone: 'Attention' }), 'Uitnodiging niet afgeleverd'));
    }
    if (result.failed.length) deps.logger.warn({ event: 'meetings.delivery-failed', count: result.failed.length });
  };

  deps.jobs.register(OUTBOX_JOB, async () => {
    const result = await outbox.flush(deps.clock.now(), { email, teams });
    deps.logger.info({ event: 'meetings.outbox', sent: result.sent, retrying: result.retrying, failed: result.failed.length });
    await reportFailures(result);
    const next = outbox.nextAttemptAt();
    if (next) scheduleFlush(next);
  });
  deps.jobs.register(REMINDER_JOB, async (payload) => {
    if (service.remind(payload) > 0) scheduleFlush();
  });
  deps.jobs.register(ANSWER_REMINDER_JOB, async (payload) => {
    if (service.remindUnanswered(payload) > 0) scheduleFlush();
  });
  // Whatever was left in the outbox by a stopped process goes out when the job runner starts.
  if (outbox.nextAttemptAt()) scheduleFlush();
}
