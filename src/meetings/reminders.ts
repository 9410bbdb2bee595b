import { wallClock } from '../calendar/time';
import type { Clock } from '../clock';
import type { JobQueue } from '../jobs/queue';
import { REMINDER_JOB, type ReminderPayload } from './jobs';
import type { Meeting } from './model';

const REMINDERS = [
  ['reminder-week', 7],
  ['reminder-day', 1],
] as const;

const reminderPrefix = (meetingId: number, kind: ReminderPayload['kind']): string => `meetings:${kind}:${meetingId}:`;

/**
 * Reminders a week and a day before (Amsterdam calendar days, so DST does not shift them). A moved meeting gets
 * new reminder jobs for its new revision; the old ones are cancelled.
 */
export function scheduleReminders(jobs: JobQueue, clock: Clock, meeting: Meeting): void {
  const start = wallClock(new Date(meeting.startsAt));
  for (const [kind, days] of REMINDERS) {
    jobs.cancelByPrefix(reminderPrefix(meeting.id, kind));
    const dueAt = start.minus({ days }).toJSDate();
    if (dueAt <= clock.now()) continue;
    jobs.schedule(REMINDER_JOB, { key: `${reminderPrefix(meeting.id, kind)}${meeting.sequence}`, dueAt, payload: { meetingId: meeting.id, kind } });
  }
}

/** A cancelled meeting sends no reminders. */
export function cancelReminders(jobs: JobQueue, meetingId: number): void {
  for (const [kind] of REMINDERS) jobs.cancelByPrefix(reminderPrefix(meetingId, kind));
}
