import { wallClock } from '../calendar/time';
import type { Clock } from '../clock';
import type { JobQueue } from '../jobs/queue';
import { ANSWER_REMINDER_JOB, REMINDER_JOB } from './jobs';
import type { Meeting, Member } from './model';

const dayBeforePrefix = (meetingId: number): string => `meetings:reminder-day:${meetingId}:`;
const answerPrefix = (meetingId: number): string => `meetings:answer-reminder:${meetingId}:`;

const daysBefore = (meeting: Meeting, days: number): Date => wallClock(new Date(meeting.startsAt)).minus({ days }).toJSDate();

/**
 * One member's reminder to answer, `days` before (Amsterdam calendar days, so DST does not shift it). The job is keyed
 * per member and meeting: a move shifts it while it waits, and once it ran it is never scheduled again for this meeting.
 */
export function scheduleAnswerReminder(jobs: JobQueue, clock: Clock, meeting: Meeting, member: Member, days: number): void {
  const dueAt = daysBefore(meeting, days);
  if (dueAt <= clock.now()) return;
  jobs.schedule(ANSWER_REMINDER_JOB, { key: `${answerPrefix(meeting.id)}${member.id}`, dueAt, payload: { meetingId: meeting.id, memberId: member.id } });
}

/**
 * The reminder to everyone the day before (a moved meeting gets a new job for its new revision; the old one is
 * cancelled), and each member's reminder to answer `answerDays` before.
 */
export function scheduleReminders(jobs: JobQueue, clock: Clock, meeting: Meeting, members: Member[], answerDays: number): void {
  jobs.cancelByPrefix(dayBeforePrefix(meeting.id));
  const dueAt = daysBefore(meeting, 1);
  if (dueAt > clock.now()) {
    jobs.schedule(REMINDER_JOB, { key: `${dayBeforePrefix(meeting.id)}${meeting.sequence}`, dueAt, payload: { meetingId: meeting.id, kind: 'reminder-day' } });
  }
  for (const member of members) scheduleAnswerReminder(jobs, clock, meeting, member, answerDays);
}

/** A cancelled meeting sends no reminders. */
export function cancelReminders(jobs: JobQueue, meetingId: number): void {
  jobs.cancelByPrefix(dayBeforePrefix(meetingId));
  jobs.cancelByPrefix(answerPrefix(meetingId));
}
