import { z } from 'zod/v4';
import { defineJob } from '../jobs/define';

const bookingId = z.number().int().positive();

/** One reminder per recipient before a booking, so a failure for one never resends to the other. */
export const REMINDER_JOB = defineJob('spreekuur.reminder', z.object({ bookingId, recipient: z.enum(['booker', 'host']) }));
export type ReminderPayload = z.infer<typeof REMINDER_JOB.schema>;
export type ReminderRecipient = ReminderPayload['recipient'];

/** A mentor told that the JOS worker cancelled their booking; persisted, so a restart loses no message. */
export const DROPPED_JOB = defineJob('spreekuur.dropped', z.object({ bookingId }));

/** The JOS worker told of a new or cancelled booking: persisted and retried, so the mentor's click never waits on it. */
export const HOST_NOTICE_JOB = defineJob('spreekuur.hostNotice', z.object({ bookingId, kind: z.enum(['booked', 'cancelled']) }));
export type HostNoticeKind = z.infer<typeof HOST_NOTICE_JOB.schema>['kind'];
export const hostNoticeKey = (bookingId: number, kind: HostNoticeKind): string => `${HOST_NOTICE_JOB.kind}:${bookingId}:${kind}`;

export const reminderKey = (bookingId: number, recipient: ReminderRecipient): string => `${REMINDER_JOB.kind}:${bookingId}:${recipient}`;
