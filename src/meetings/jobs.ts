import { z } from 'zod/v4';
import { defineJob } from '../jobs/define';

/** The week and day reminders of one meeting. */
export const REMINDER_JOB = defineJob(
  'meetings.reminder',
  z.object({ meetingId: z.number().int().positive(), kind: z.enum(['reminder-week', 'reminder-day']) }),
);
export type ReminderPayload = z.infer<typeof REMINDER_JOB.schema>;

/** Sends what waits in the meetings outbox (e-mail and Teams), and retries what failed. */
export const OUTBOX_JOB = defineJob('meetings.outbox', z.object({}));
