import type { BotApp, BotDeps } from '../../deps';
import { registerAnswers } from './answers';
import { registerAttendance } from './attendance';
import { createMeetingsFeature, MEETING_LINK_KIND } from './context';
import { registerDelivery } from './delivery';
import { registerMembers } from './members';
import { registerPlanning } from './planning';
import { registerReplyPolling } from './replies';
import { registerYearPlan } from './yearPlan';

/**
 * Netwerkgroep and leeromgeving: the procesbegeleider plans and invites (planning, yearPlan), keeps the member lists
 * (members); members answer from their card (attendance). Every route is for the personal chat only.
 */
export function registerMeetings(app: BotApp, deps: BotDeps): void {
  const feature = createMeetingsFeature(app, deps);
  // "Zet in mijn agenda": one meeting as a calendar file, behind a signed link (bot/http/ics.ts serves it).
  deps.calendarLinks.register(
    MEETING_LINK_KIND,
    (refId) => deps.meetings.service.meetingDownload(Number(refId)),
    (refId) => {
      const meeting = deps.meetings.service.meeting(Number(refId));
      return meeting && new Date(meeting.endsAt);
    },
  );
  registerDelivery(feature);
  registerPlanning(feature);
  registerYearPlan(feature);
  registerMembers(feature);
  registerAttendance(feature);
  registerAnswers(feature);
  registerReplyPolling(feature);
}
