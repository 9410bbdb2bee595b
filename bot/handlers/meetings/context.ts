import { randomUUID } from 'node:crypto';
import { OUTBOX_JOB } from '../../../src/meetings/jobs';
import type { Meeting } from '../../../src/meetings/model';
import type { PlanWarning } from '../../../src/meetings/warnings';
import { isProcesbegeleider } from '../../../src/people/access';
import { messageCard, personalChatOnlyCard, REASON_TEXT, type RefusalReason } from '../../cards/meetings/common';
import { meetingCard, type MeetingCardData } from '../../cards/meetings/planning';
import type { AdaptiveCardJson } from '../../cards/kit';
import type { BotApp, BotDeps } from '../../deps';
import { featureRoutes, type FeatureRoutes, type Guard } from '../route';

export const MEETING_LINK_KIND = 'meeting';

/** What the planning, members, attendance and delivery handlers share. */
export interface MeetingsFeature {
  deps: BotDeps;
  routes: FeatureRoutes;
  /** Every meetings route: the personal chat only (member lists and answers are personal). */
  personal: Guard;
  /** Planning and member lists: the personal chat, and only the procesbegeleider. */
  manager: Guard;
  groupName: (groupId: string) => string;
  /** The "Zet in mijn agenda" link of one meeting. */
  calendarUrl: (meetingId: number) => string;
  /** The subscription link of a group's school year. */
  feedUrl: (feedToken: string) => string;
  /** Schedules the outbox job (now, or at the next retry moment). */
  scheduleFlush: (dueAt?: Date) => void;
  /** After a change: the outbox job sends in the background, so the click is answered at once. */
  deliver: () => void;
  /** The procesbegeleider's card of one meeting, with attendance and delivery status. */
  meetingCardFor: (meeting: Meeting, extra?: Pick<MeetingCardData, 'notice' | 'noticeTone' | 'warnings'>) => AdaptiveCardJson;
  /** The card after a command: the refusal in Dutch, or the meeting card with its notice (and the sending started). */
  outcome: (result: { ok: true; meeting: Meeting; warnings: PlanWarning[] } | { ok: false; reason: RefusalReason }, notice: (meeting: Meeting) => string) => AdaptiveCardJson;
  /** Runs `work` on the meeting a payload names, or says it does not exist (any more). */
  withMeeting: (meetingId: number, work: (meeting: Meeting) => AdaptiveCardJson) => AdaptiveCardJson;
  notFound: () => AdaptiveCardJson;
}

export function createMeetingsFeature(app: BotApp, deps: BotDeps): MeetingsFeature {
  const { service } = deps.meetings;
  const now = () => deps.clock.now();
  const notFound = () => messageCard('Bijeenkomst', REASON_TEXT['not-found']);
  const personal: Guard = { personalChatOnly: personalChatOnlyCard };
  const routes = featureRoutes(app, deps, { guard: personal, invalid: () => messageCard('Bijeenkomst', REASON_TEXT['bad-input']) });
  const groupName = (groupId: string): string => service.group(groupId)?.name ?? groupId;

  const scheduleFlush = (dueAt = now()): void => {
    // A fresh key each time: a finished flush job with the same key would swallow this one.
    deps.jobs.queue.schedule(OUTBOX_JOB, { key: `meetings:outbox:${dueAt.toISOString()}:${randomUUID()}`, dueAt, payload: {} });
  };
  const deliver = (): void => {
    scheduleFlush();
    void deps.jobs.runDue();
  };

  const meetingCardFor: MeetingsFeature['meetingCardFor'] = (meeting, extra = {}) => {
    const status = service.deliveryStatus(meeting.id);
    const data: MeetingCardData = {
      meeting,
      groupName: groupName(meeting.groupId),
      attendance: service.attendance(meeting.id),
      delivery: {
        sent: status.sent,
        pending: status.pending,
        failed: status.failed.map((f) => ({ name: service.member(f.memberId)?.name ?? 'onbekend', channel: f.channel })),
      },
      ...extra,
    };
    return meetingCard(data, groupName);
  };

  return {
    deps,
    routes,
    personal,
    manager: {
      ...personal,
      allow: isProcesbegeleider,
      refused: () => {
        deps.logger.info({ event: 'meetings.refused' });
        return messageCard('Bijeenkomsten', REASON_TEXT['not-allowed']);
      },
    },
    groupName,
    calendarUrl: (meetingId) => deps.calendarLinks.urlFor(deps.publicBaseUrl(), MEETING_LINK_KIND, String(meetingId), now()),
    feedUrl: (token) => `${deps.publicBaseUrl().replace(/\/$/, '')}/ics/feed/${token}.ics`,
    scheduleFlush,
    deliver,
    meetingCardFor,
    outcome: (result, notice) => {
      if (!result.ok) return messageCard('Bijeenkomst', REASON_TEXT[result.reason]);
      deliver();
      return meetingCardFor(result.meeting, { notice: notice(result.meeting), warnings: result.warnings });
    },
    withMeeting: (meetingId, work) => {
      const meeting = service.meeting(meetingId);
      return meeting ? work(meeting) : notFound();
    },
    notFound,
  };
}
