import { ESCALATION_JOB, PURGE_JOB } from '../../../src/consultations/jobs';
import * as cards from '../../cards/consultations';
import { cardMessage } from '../../cards/kit';
import type { ConsultationsFeature } from './feature';

/** Escalation to the ondersteuningscoördinatoren when nobody claimed a request in time; the daily purge. */
export function registerConsultationJobs(feature: ConsultationsFeature): void {
  const { deps, service, schoolName } = feature;

  deps.jobs.register(ESCALATION_JOB, async ({ consultationId }) => {
    const escalation = service.escalate(consultationId);
    if (!escalation) return;
    const { consultation, coordinators } = escalation;
    let reached = 0;
    for (const coordinator of coordinators) {
      const card = cards.escalationCard(consultation, schoolName(consultation.schoolId), service.settings.escalateAfterSchoolDays);
      if (await feature.tryProactive(coordinator.id, () => deps.proactive.sendToPerson(coordinator.id, cardMessage(card, 'Consultatievraag wacht')))) reached += 1;
    }
    deps.logger.info({ event: 'consultation.escalated', consultationId, coordinators: coordinators.length, reached });
  });

  const purge = () => {
    const { purged, walCleared } = service.purgeEnded();
    service.scheduleNextPurge();
    deps.logger.info({ event: 'consultation.purge', purged, walCleared });
    // The purged text is still in the write-ahead log: a reader held it too long. Say so; the next purge tries again.
    if (!walCleared) deps.logger.error({ event: 'consultation.purge.wal-not-cleared', purged });
  };
  deps.jobs.register(PURGE_JOB, async () => purge());
  // Also at start: a bot that was down past a purge date catches up at once.
  purge();
}
