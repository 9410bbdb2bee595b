import { z } from 'zod/v4';

// Shaped like core's defineJob(kind, schema) (src/jobs/define.ts), which replaces these literals once merged.

/** The week and day reminders of one meeting. */
export const REMINDER_JOB = {
  kind: 'meetings.reminder',
  schema: z.object({ meetingId: z.number().int().positive(), kind: z.enum(['reminder-week', 'reminder-day']) }),
} as const;
export type ReminderPayload = z.infer<typeof REMINDER_JOB.schema>;

/** Sends what waits in the meetings outbox (e-mail and Teams), and retries what failed. */
export const OUTBOX_JOB = { kind: 'meetings.outbox', schema: z.object({}) } as const;
