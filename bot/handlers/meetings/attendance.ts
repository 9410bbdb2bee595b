import type { Person } from '../../../src/people/roles';
import * as cards from '../../cards/meetings/attendance';
import { messageCard, REASON_TEXT } from '../../cards/meetings/common';
import { overviewCard, renewFeedQuestion } from '../../cards/meetings/planning';
import { MEETING_VERBS as VERBS } from '../../cards/meetings/verbs';
import type { AdaptiveCardJson } from '../../cards/kit';
import { whoComesCard } from './answers';
import type { MeetingsFeature } from './context';
import { anyPayload, feedRenewSchema, meetingIdSchema, rsvpSchema } from './payloads';

const OVERVIEW_TEXT = /^\s*(bijeenkomsten|netwerkgroep|leeromgeving)\s*$/i;

/**
 * "wie komt er op 17 januari?", "wie komen er op 17-1", "aanmeldingen netwerkgroep 17 januari": the group (optional)
 * and the day; a weekday before the date is skipped. The day must look like a date, so other features keep their
 * sentences with "aanmeldingen".
 */
const WHO_COMES_TEXT =
  /^\s*(?:wie\s+(?:komt|komen)\s+er|aanmeldingen)(?:\s+(?:voor|bij)(?:\s+de)?)?(?:\s+(netwerkgroep|leeromgeving))?(?:\s+op)?\s+(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag\s+)?(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{4})?|\d{1,2}\s+[a-z]{3,}(?:\s+\d{4})?)\.?\s*\??\s*$/i;

/**
 * Who comes: the "bijeenkomsten" overview (planning for the procesbegeleider, their own meetings for a member),
 * a member's Ja/Nee/Misschien, and the procesbegeleider's "wie komt er op …?".
 */
export function registerAttendance(feature: MeetingsFeature): void {
  const { deps, routes, manager, groupName, calendarUrl, feedUrl, withMeeting } = feature;
  const { service } = deps.meetings;

  /** The procesbegeleider gets the planning overview; a member their own meetings; anyone else a short refusal. */
  const overviewFor = (person: Person): AdaptiveCardJson => {
    const overview = service.overview(person);
    if (overview.ok) return overviewCard(overview.groups.map((group) => ({ ...group, feedUrl: feedUrl(group.group.feedToken) })));
    const mine = service.memberMeetings(person);
    if (!mine.ok) return messageCard('Bijeenkomsten', REASON_TEXT[mine.reason]);
    return cards.myMeetingsCard(mine.meetings.map((item) => ({ ...item, groupName: groupName(item.meeting.groupId) })));
  };

  routes.verb(VERBS.open, anyPayload, ({ person }) => overviewFor(person));
  routes.verb(
    VERBS.feedRenew,
    feedRenewSchema,
    ({ person }, { groupId, confirmed }) => {
      const group = service.group(groupId);
      if (!group) return messageCard('Bijeenkomsten', REASON_TEXT['unknown-group']);
      if (!confirmed) return renewFeedQuestion(group);
      const renewed = service.renewFeed(person, groupId);
      if (!renewed.ok) return messageCard('Bijeenkomsten', REASON_TEXT[renewed.reason]);
      deps.logger.info({ event: 'meetings.feedRenewed' });
      return overviewFor(person);
    },
    { guard: feature.manager, invalid: () => messageCard('Bijeenkomsten', REASON_TEXT['unknown-group']) },
  );
  routes.command('meetings.overview', OVERVIEW_TEXT, ({ person }) => overviewFor(person), { summary: 'Bijeenkomsten' });

  routes.verb(
    VERBS.mine,
    meetingIdSchema,
    ({ person }, { meetingId }) =>
      withMeeting(meetingId, () => {
        const view = service.memberMeeting(person, meetingId);
        if (!view.ok) return messageCard('Bijeenkomst', REASON_TEXT[view.reason]);
        const kind = view.meeting.status === 'cancelled' ? 'cancel' : 'invite';
        return cards.memberMeetingCard(view.meeting, groupName(view.meeting.groupId), kind, calendarUrl(meetingId), view.answer);
      }),
    { invalid: feature.notFound },
  );

  routes.verb(VERBS.rsvp, rsvpSchema, ({ person }, { meetingId, answer }) => {
    const result = service.rsvp(person, meetingId, answer);
    if (!result.ok) return messageCard('Bijeenkomst', REASON_TEXT[result.reason]);
    return cards.memberMeetingCard(result.meeting, groupName(result.meeting.groupId), 'invite', calendarUrl(result.meeting.id), answer);
  });

  routes.command(
    'meetings.who-comes',
    WHO_COMES_TEXT,
    ({ person, context }) => {
      const [, group, day] = WHO_COMES_TEXT.exec(context.activity.text ?? '') ?? [];
      const found = service.meetingsOnDay(person, day ?? '', group?.toLowerCase());
      if (!found.ok) return messageCard('Bijeenkomsten', REASON_TEXT[found.reason]);
      if (!found.meetings.length) {
        const of = group ? ` van de ${group.toLowerCase()}` : '';
        return { text: `Ik vind geen verstuurde bijeenkomst${of} op ${day}. Typ "bijeenkomsten" voor het overzicht.` };
      }
      return { card: whoComesCard(feature, found.meetings), summary: 'Wie komt er?' };
    },
    { guard: manager, summary: 'Bijeenkomsten' },
  );
}
