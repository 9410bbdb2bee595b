import { ESCALATION_JOB, ESCALATION_NOTICE_JOB, escalationNoticeKey, PURGE_JOB } from '../../../src/consultations/jobs';
import type { ConsultationsFeature } from './feature';

/** Escalation to the ondersteuningscoördinatoren when nobody claimed a request in time; the daily purge. */
export function registerConsultationJobs(feature: ConsultationsFeature): void {
  const { deps, service } = feature;

  // Each coordinator's card is a job of its own (bot/handlers/consultations/notices.ts): one that cannot be
  // reached now is retried, and never makes the others hear it twice.
  deps.jobs.register(ESCALATION_JOB, async ({ consultationId }) => {
    const escalation = service.escalate(consultationId);
    if (!escalation) return;
    const { coordinators } = escalation;
    for (const coordinator of coordinators) {
      deps.jobs.runSoon(ESCALATION_NOTICE_JOB, escalationNoticeKey(consultationId, coordinator.id), { consultationId, personId: coordinator.id });
    }
    deps.logger.info({ event: 'consultation.escalated', consultationId, coordinators: coordinators.length });
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
