import { z } from 'zod/v4';
import { defineJob } from '../jobs/define';

/** A request nobody claimed in time goes to the school's ondersteuningscoördinatoren. */
export const ESCALATION_JOB = defineJob('consultation.escalate', z.object({ consultationId: z.string() }));
export const escalationKey = (consultationId: string): string => `${ESCALATION_JOB.kind}:${consultationId}`;

/** The daily purge of ended requests (their text), keeping anonymous counts. */
export const PURGE_JOB = defineJob('consultation.purge', z.object({}));
