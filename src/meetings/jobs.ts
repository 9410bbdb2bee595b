import { z } from 'zod/v4';

// Shaped like core's defineJob(kind, schema) (src/jobs/define.ts), which replaces these literals once merged.

/** The reminder to every member the day before a meeting. */
export const REMINDER_JOB = {
  kind: 'meetings.reminder',
  schema: z.object({ meetingId: z.number().int().positive(), kind: z.literal('reminder-day') }),
} as const;
export type ReminderPayload = z.infer<typeof REMINDER_JOB.schema>;

/** One member's reminder to answer, N days before one meeting: one job per member and meeting, so it is sent once. */
export const ANSWER_REMINDER_JOB = {
  kind: 'meetings.answer-reminder',
  schema: z.object({ meetingId: z.number().int().positive(), memberId: z.number().int().positive() }),
} as const;
export type AnswerReminderPayload = z.infer<typeof ANSWER_REMINDER_JOB.schema>;

/** Sends what waits in the meetings outbox (e-mail and Teams), and retries what failed. */
export const OUTBOX_JOB = { kind: 'meetings.outbox', schema: z.object({}) } as const;
