import { ANSWER_REMINDER_JOB, FAILURE_REPORT_JOB, failureReportKey, OUTBOX_JOB, REMINDER_JOB } from '../../../src/meetings/jobs';
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

  /** Tells the procesbegeleider which deliveries were given up, by name (the card offers a retry); a job of its own. */
  const reportFailures = (result: FlushResult): void => {
    const byMeeting = new Map<number, FlushResult['failed']>();
    for (const failed of result.failed) byMeeting.set(failed.meetingId, [...(byMeeting.get(failed.meetingId) ?? []), failed]);
    for (const [meetingId, failed] of byMeeting) {
      const memberIds = failed.map((delivery) => delivery.memberId);
      deps.jobs.runSoon(FAILURE_REPORT_JOB, failureReportKey(meetingId, failed[0]!.id), { meetingId, memberIds });
    }
    if (result.failed.length) deps.logger.warn({ event: 'meetings.delivery-failed', count: result.failed.length });
  };
  deps.jobs.register(FAILURE_REPORT_JOB, async ({ meetingId, memberIds }) => {
    const meeting = service.meeting(meetingId);
    if (!meeting) return;
    const names = memberIds.map((memberId) => service.member(memberId)?.name ?? 'onbekend');
    const text = `Niet afgeleverd na herhaalde pogingen voor ${meeting.title}: ${names.join(', ')}. Open de bijeenkomst om het opnieuw te proberen.`;
    await deps.proactive.sendToPerson(meeting.createdBy, cardMessage(meetingCardFor(meeting, { notice: text, noticeTone: 'Attention' }), 'Uitnodiging niet afgeleverd'));
  });

  deps.jobs.register(OUTBOX_JOB, async () => {
    const result = await outbox.flush(deps.clock.now(), { email, teams });
    deps.logger.info({ event: 'meetings.outbox', sent: result.sent, retrying: result.retrying, failed: result.failed.length });
    reportFailures(result);
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
