import { ConfigError } from '../../../src/config';
import { REPLIES_POLL_JOB } from '../../../src/meetings/jobs';
import type { MeetingsFeature } from './context';

const POLL_KEY_PREFIX = 'meetings:replies-poll:';
/** Without IMAP the inbox folder is local: a short interval makes a dropped file count within a minute. */
const INBOX_POLL_SECONDS = 60;

/**
 * Reads calendar replies (organizer mailbox, or DATA_DIR/inbox) as a persisted job that schedules its next run; a
 * start schedules one at once. The ORGANIZER of the invitations must be the mailbox that is read, or Accept/Decline
 * never reaches the bot: a mismatch stops the start with one line.
 */
export function registerReplyPolling({ deps }: MeetingsFeature): void {
  const { imap } = deps.config;
  const organizer = deps.meetings.setup.organizer.email.toLowerCase();
  if (imap && imap.address !== organizer) {
    throw new ConfigError('SMTP_FROM', `moet het adres van de organisator zijn (organizer.email in knowledge/meetings/members.yaml: ${organizer}): daar komen de antwoorden binnen`);
  }
  const intervalMs = (imap?.pollSeconds ?? INBOX_POLL_SECONDS) * 1000;
  const schedule = (dueAt: Date): void => deps.jobs.queue.schedule(REPLIES_POLL_JOB, { key: `${POLL_KEY_PREFIX}${dueAt.toISOString()}`, dueAt, payload: {} });

  deps.jobs.register(REPLIES_POLL_JOB, async () => {
    // The next poll is planned first: a mailbox that is down now is tried again at the next interval.
    schedule(new Date(deps.clock.now().getTime() + intervalMs));
    const summary = await deps.meetings.pollReplies();
    deps.logger.info({ event: 'meetings.replies', source: imap ? 'imap' : 'inbox', read: summary.read, applied: summary.applied, failed: summary.failed ?? [] });
  });
  deps.jobs.queue.cancelByPrefix(POLL_KEY_PREFIX);
  schedule(deps.clock.now());
}
