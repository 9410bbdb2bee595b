import { messageCard, REASON_TEXT } from '../../cards/meetings/common';
import { MEETING_VERBS as VERBS } from '../../cards/meetings/verbs';
import * as cards from '../../cards/meetings/yearPlan';
import type { MeetingsFeature } from './context';
import { anyPayload, importIdSchema, importSchema, meetingIdsSchema } from './payloads';

/** The procesbegeleider imports a school year: paste, check, save as drafts, send them all. */
export function registerYearPlan(feature: MeetingsFeature): void {
  const { deps, routes, manager, groupName, deliver } = feature;
  const { service, importer } = deps.meetings;

  routes.verb(VERBS.importForm, anyPayload, () => cards.importFormCard(), { guard: manager });

  routes.verb(
    VERBS.importPreview,
    importSchema,
    ({ person }, { text }) => {
      const preview = importer.preview(person, text);
      if (!preview.ok) return cards.importFormCard(REASON_TEXT[preview.reason], { rows: preview.invalid, text });
      deps.logger.info({ event: 'meetings.import-previewed', rows: preview.inputs.length, warnings: preview.warnings.length });
      return cards.importPreviewCard(preview, groupName);
    },
    { guard: manager, invalid: () => cards.importFormCard(REASON_TEXT.empty) },
  );

  routes.verb(
    VERBS.importApply,
    importIdSchema,
    ({ person }, { importId }) => {
      const applied = importer.apply(person, importId);
      if (!applied.ok) return messageCard('Jaarplanning', REASON_TEXT[applied.reason]);
      return cards.importedCard(applied.meetings, (groupId) => service.recipients(groupId).members.length, groupName);
    },
    { guard: manager, invalid: () => messageCard('Jaarplanning', REASON_TEXT['not-found']) },
  );

  routes.verb(
    VERBS.sendDrafts,
    meetingIdsSchema,
    ({ person }, { meetingIds }) => {
      const result = service.sendAll(person, meetingIds);
      if (!result.ok) return messageCard('Jaarplanning', REASON_TEXT[result.reason]);
      deliver();
      const { sent, messages, skipped } = result;
      return messageCard(
        'Jaarplanning verstuurd',
        `${sent} bijeenkomsten verstuurd, samen ${messages} berichten.${skipped ? ` ${skipped} waren al verstuurd of geannuleerd en zijn overgeslagen.` : ''}`,
      );
    },
    { guard: manager, invalid: () => messageCard('Jaarplanning', REASON_TEXT['bad-input']) },
  );
}
