import { randomUUID } from 'node:crypto';
import type { Meeting } from '../../../src/meetings/model';
import { messageCard, planProblem, REASON_TEXT } from '../../cards/meetings/common';
import * as cards from '../../cards/meetings/planning';
import { MEETING_VERBS as VERBS } from '../../cards/meetings/verbs';
import type { MeetingsFeature } from './context';
import { anyPayload, editSchema, firstInvalidField, meetingIdSchema, planSchema, sendSchema } from './payloads';

const sentNotice = (meeting: Meeting, recipients: number): string =>
  `Verstuurd naar ${recipients} leden${meeting.reserve ? ' als reservedatum (voorlopig)' : ''}.`;

/** The procesbegeleider plans one meeting: form, preview (nothing saved), send, change, reserve dates, cancel, retry. */
export function registerPlanning(feature: MeetingsFeature): void {
  const { deps, routes, manager, groupName, outcome, withMeeting, meetingCardFor, deliver, notFound } = feature;
  const { service } = deps.meetings;
  const asManager = { guard: manager };
  const byId = { guard: manager, invalid: notFound };

  const draftPreview = (meeting: Meeting) =>
    cards.previewCard(meeting, groupName(meeting.groupId), service.recipients(meeting.groupId), service.warningsFor([meeting], meeting.id), groupName, cards.draftActions(meeting));

  // Opened empty from the overview, or prefilled from a preview's Aanpassen.
  routes.verb(
    VERBS.form,
    anyPayload,
    (_turn, data) => {
      const prefill = planSchema.safeParse(data);
      return cards.planFormCard(service.groups(), undefined, prefill.success ? cards.planFormValues(prefill.data) : undefined);
    },
    asManager,
  );

  routes.verb(
    VERBS.plan,
    planSchema,
    (_turn, input) => {
      if (!service.group(input.groupId)) return cards.planFormCard(service.groups(), REASON_TEXT['unknown-group']);
      // Refused before the preview, with everything typed kept in the form.
      if (service.identifying(input)) return cards.planFormCard(service.groups(), REASON_TEXT.identifying, cards.planFormValues(input));
      const warnings = service.warningsFor([input]);
      deps.logger.info({ event: 'meetings.previewed', warnings: warnings.length });
      const actions = cards.newMeetingActions(cards.planFormValues(input), randomUUID());
      return cards.previewCard(input, groupName(input.groupId), service.recipients(input.groupId), warnings, groupName, actions);
    },
    { guard: manager, invalid: (_turn, data) => cards.planFormCard(service.groups(), planProblem(firstInvalidField(planSchema, data))) },
  );

  routes.verb(VERBS.discard, anyPayload, () => messageCard('Nieuwe bijeenkomst', 'Weggegooid: er is niets opgeslagen of verstuurd.'), asManager);

  routes.verb(VERBS.show, meetingIdSchema, (_turn, { meetingId }) => withMeeting(meetingId, (meeting) => (meeting.status === 'draft' ? draftPreview(meeting) : meetingCardFor(meeting))), byId);

  routes.verb(
    VERBS.send,
    sendSchema,
    ({ person }, data) => {
      if ('draftKey' in data) {
        const { draftKey, ...input } = data;
        const { members } = service.recipients(input.groupId);
        const result = service.planAndSend(person, input, draftKey);
        const earlier = service.meetingByDraftKey(draftKey);
        if (!result.ok && result.reason === 'not-draft' && earlier) return meetingCardFor(earlier, { notice: 'Deze bijeenkomst is al verstuurd.' });
        return outcome(result, (m) => sentNotice(m, members.length));
      }
      return withMeeting(data.meetingId, (meeting) => {
        const recipients = service.recipients(meeting.groupId).members.length;
        return outcome(service.send(person, meeting.id), (m) => sentNotice(m, recipients));
      });
    },
    byId,
  );

  routes.verb(VERBS.editForm, meetingIdSchema, (_turn, { meetingId }) => withMeeting(meetingId, (meeting) => cards.editFormCard(meeting)), byId);

  routes.verb(
    VERBS.edit,
    editSchema,
    ({ person }, { meetingId, ...change }) =>
      withMeeting(meetingId, (meeting) => {
        if (meeting.status === 'draft') return outcome(service.change(person, meetingId, change), () => 'Concept aangepast.');
        if (meeting.status === 'cancelled') return messageCard('Bijeenkomst', REASON_TEXT.cancelled);
        if (service.identifying(change)) return cards.editFormCard({ ...meeting, ...change }, REASON_TEXT.identifying);
        const warnings = service.warningsFor([{ ...meeting, ...change }], meetingId);
        return cards.changePreviewCard(meeting, change, service.recipients(meeting.groupId), warnings, groupName);
      }),
    {
      guard: manager,
      invalid: (_turn, data) => {
        const id = meetingIdSchema.safeParse(data);
        return id.success ? withMeeting(id.data.meetingId, (meeting) => cards.editFormCard(meeting, planProblem(firstInvalidField(editSchema, data)))) : notFound();
      },
    },
  );

  routes.verb(
    VERBS.editConfirm,
    editSchema,
    ({ person }, { meetingId, ...change }) => outcome(service.change(person, meetingId, change), (m) => `Wijziging verstuurd naar alle leden (versie ${m.sequence}).`),
    asManager,
  );

  routes.verb(
    VERBS.confirmReserve,
    meetingIdSchema,
    ({ person }, { meetingId }) =>
      withMeeting(meetingId, (meeting) => outcome(service.confirmReserve(person, meeting.id), () => 'De reservedatum gaat door; alle leden krijgen een bevestiging in hun agenda.')),
    byId,
  );

  routes.verb(
    VERBS.dropReserve,
    meetingIdSchema,
    ({ person }, { meetingId }) =>
      withMeeting(meetingId, (meeting) => outcome(service.dropReserve(person, meeting.id), () => "De reservedatum vervalt en wordt uit alle agenda's gehaald.")),
    byId,
  );

  routes.verb(
    VERBS.cancel,
    meetingIdSchema,
    ({ person }, { meetingId }) =>
      withMeeting(meetingId, (meeting) =>
        outcome(service.cancel(person, meeting.id), () => (meeting.status === 'draft' ? 'Concept weggegooid; er is niets verstuurd.' : 'Geannuleerd; alle leden krijgen een afzegging.')),
      ),
    byId,
  );

  routes.verb(
    VERBS.retry,
    meetingIdSchema,
    ({ person }, { meetingId }) =>
      withMeeting(meetingId, (meeting) => {
        const retried = service.retryFailed(person, meeting.id);
        if (!retried.ok) return messageCard('Bijeenkomsten', REASON_TEXT[retried.reason]);
        deliver();
        return meetingCardFor(meeting, { notice: `${retried.count} bericht(en) worden opnieuw verstuurd.` });
      }),
    byId,
  );
}
