import { z } from 'zod/v4';
import { defineJob } from '../jobs/define';

/** The reminder to every member the day before a meeting. */
export const REMINDER_JOB = defineJob('meetings.reminder', z.object({ meetingId: z.number().int().positive(), kind: z.literal('reminder-day') }));
export type ReminderPayload = z.infer<typeof REMINDER_JOB.schema>;

/** One member's reminder to answer, N days before one meeting: one job per member and meeting, so it is sent once. */
export const ANSWER_REMINDER_JOB = defineJob(
  'meetings.answer-reminder',
  z.object({ meetingId: z.number().int().positive(), memberId: z.number().int().positive() }),
);
export type AnswerReminderPayload = z.infer<typeof ANSWER_REMINDER_JOB.schema>;

/** Reads the calendar replies that came in (organizer mailbox or data/inbox); it schedules its own next run. */
export const REPLIES_POLL_JOB = defineJob('meetings.replies-poll', z.object({}));

/** Sends what waits in the meetings outbox (e-mail and Teams), and retries what failed. */
export const OUTBOX_JOB = defineJob('meetings.outbox', z.object({}));

/** The procesbegeleider told which members' invitations were given up (by member id; names are looked up when sent). */
export const FAILURE_REPORT_JOB = defineJob(
  'meetings.failure-report',
  z.object({ meetingId: z.number().int().positive(), memberIds: z.array(z.number().int().positive()).min(1) }),
);
/** One report per flush that gave up deliveries: the first given-up delivery's id makes the key unique. */
export const failureReportKey = (meetingId: number, firstDeliveryId: number): string => `${FAILURE_REPORT_JOB.kind}:${meetingId}:${firstDeliveryId}`;
