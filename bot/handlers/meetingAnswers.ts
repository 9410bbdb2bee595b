import { join } from 'node:path';
import { z } from 'zod/v4';
import { ConfigError, type Config } from '../../src/config';
import { REPLIES_POLL_JOB } from '../../src/meetings/jobs';
import type { Meeting } from '../../src/meetings/model';
import type { ReplySource } from '../../src/meetings/replies/poller';
import type { Meetings } from '../../src/meetings/setup';
import { isProcesbegeleider } from '../../src/people/access';
import type { AdaptiveCardJson } from '../cards/kit';
import { ANSWER_VERBS, answerFormCard, presenceFormCard } from '../cards/meetingAnswers';
import { messageCard, REASON_TEXT, whoComesText } from '../cards/meetings';
import type { BotApp, BotDeps } from '../deps';
import { featureRoutes } from './route';

const POLL_KEY_PREFIX = 'meetings:replies-poll:';
/** Without IMAP the inbox folder is local: a short interval makes a dropped file count within a minute. */
const INBOX_POLL_SECONDS = 60;

/** The organizer mailbox when IMAP is configured, else DATA_DIR/inbox (the embedded default, like the .eml outbox). */
export function replySource(config: Config): ReplySource {
  if (!config.imap) return { inboxDir: join(config.dataDir, 'inbox') };
  const { host, port, user, password, mailbox } = config.imap;
  return { imap: { host, port, user, password, mailbox } };
}

/**
 * Polls for calendar replies as a persisted job that schedules its next run; a restart schedules one at once.
 * The ORGANIZER of the invitations must be the mailbox that is read, or Accept/Decline never reaches the bot.
 */
function registerReplyPolling(deps: BotDeps, meetings: Meetings): void {
  const { imap } = deps.config;
  const organizer = meetings.setup.organizer.email.toLowerCase();
  if (imap && imap.address !== organizer) {
    throw new ConfigError('SMTP_FROM', `moet het adres van de organisator zijn (organizer.email in knowledge/meetings/members.yaml: ${organizer}): daar komen de antwoorden binnen`);
  }
  const intervalMs = (imap?.pollSeconds ?? INBOX_POLL_SECONDS) * 1000;
  const schedule = (dueAt: Date): void => deps.jobs.queue.schedule(REPLIES_POLL_JOB, { key: `${POLL_KEY_PREFIX}${dueAt.toISOString()}`, dueAt, payload: {} });

  deps.jobs.register(REPLIES_POLL_JOB, async () => {
    // The next poll is planned first: a mailbox that is down now is tried again at the next interval.
    schedule(new Date(deps.clock.now().getTime() + intervalMs));
    const summary = await meetings.pollReplies();
    deps.logger.info({ event: 'meetings.replies', source: imap ? 'imap' : 'inbox', read: summary.read, applied: summary.applied });
  });
  deps.jobs.queue.cancelByPrefix(POLL_KEY_PREFIX);
  schedule(deps.clock.now());
}

const meetingIdSchema = z.object({ meetingId: z.coerce.number().int().positive() });
const answerSchema = meetingIdSchema.extend({ memberId: z.coerce.number().int().positive(), answer: z.enum(['yes', 'no', 'maybe']) });
const presenceSchema = meetingIdSchema.extend({
  present: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(',').map(Number).filter((id) => Number.isInteger(id) && id > 0) : [])),
});

/**
 * Answers from every source: the reply poll job, and the procesbegeleider's "wie komt er" card with its actions
 * (enter a member's answer, mark who came). Returns the card builder the "wie komt er" command uses.
 */
export function registerMeetingAnswers(app: BotApp, deps: BotDeps, meetings: Meetings): { whoComes: (found: Meeting[]) => AdaptiveCardJson } {
  const { service } = meetings;
  registerReplyPolling(deps, meetings);
  const groupName = (id: string): string => service.group(id)?.name ?? id;
  const whoComes = (found: Meeting[]): AdaptiveCardJson =>
    whoComesText(
      found.map((meeting) => ({
        meeting,
        groupName: groupName(meeting.groupId),
        attendance: service.attendance(meeting.id),
        notes: service.replyNotes(meeting.id),
        presence: service.presence(meeting.id),
      })),
      deps.clock.now(),
    );
  const withMeeting = (meetingId: number, work: (meeting: Meeting) => AdaptiveCardJson): AdaptiveCardJson => {
    const meeting = service.meeting(meetingId);
    return meeting && meeting.status !== 'draft' ? work(meeting) : messageCard('Bijeenkomst', REASON_TEXT['not-found']);
  };
  const answerForm = (meeting: Meeting, error?: string): AdaptiveCardJson =>
    answerFormCard(meeting, service.recipients(meeting.groupId).members, service.attendance(meeting.id), error);

  const routes = featureRoutes(app, deps, {
    guard: { allow: isProcesbegeleider, refused: () => messageCard('Bijeenkomsten', REASON_TEXT['not-allowed']) },
    invalid: () => messageCard('Bijeenkomst', REASON_TEXT['bad-input']),
  });
  routes.verb(ANSWER_VERBS.answerForm, meetingIdSchema, (_turn, data) => withMeeting(data.meetingId, (meeting) => answerForm(meeting)));
  routes.verb(
    ANSWER_VERBS.answerSet,
    answerSchema,
    ({ person }, data) => {
      const result = service.setAnswer(person, data.meetingId, data.memberId, data.answer);
      return result.ok ? whoComes([result.meeting]) : messageCard('Bijeenkomst', REASON_TEXT[result.reason]);
    },
    {
      invalid: (_turn, data) => {
        const parsed = meetingIdSchema.safeParse(data);
        return parsed.success
          ? withMeeting(parsed.data.meetingId, (meeting) => answerForm(meeting, 'Kies een lid en een antwoord.'))
          : messageCard('Bijeenkomst', REASON_TEXT['bad-input']);
      },
    },
  );
  routes.verb(ANSWER_VERBS.presenceForm, meetingIdSchema, (_turn, data) =>
    withMeeting(data.meetingId, (meeting) => {
      const presence = service.presence(meeting.id);
      return presenceFormCard(meeting, service.recipients(meeting.groupId).members, presence.marked ? presence.present : service.attendance(meeting.id).yes);
    }),
  );
  routes.verb(ANSWER_VERBS.presenceSet, presenceSchema, ({ person }, data) => {
    const result = service.markPresence(person, data.meetingId, data.present);
    if (!result.ok) return messageCard('Bijeenkomst', REASON_TEXT[result.reason]);
    deps.logger.info({ event: 'meetings.presence', meetingId: result.meeting.id, present: data.present.length });
    return whoComes([result.meeting]);
  });
  return { whoComes };
}
