import { z } from 'zod/v4';
import { defineJob } from '../jobs/define';

/** A request nobody claimed in time goes to the school's ondersteuningscoördinatoren. */
export const ESCALATION_JOB = defineJob('consultation.escalate', z.object({ consultationId: z.string() }));
export const escalationKey = (consultationId: string): string => `${ESCALATION_JOB.kind}:${consultationId}`;

/** The daily purge of ended requests (their text), keeping anonymous counts. */
export const PURGE_JOB = defineJob('consultation.purge', z.object({}));

const consultationId = z.string();
const personId = z.string();

/** A new request's card to one member of the school's JOS team; one job per member, so a failure never resends to others. */
export const ROUTE_JOB = defineJob('consultation.route', z.object({ consultationId, personId }));
export const routeKey = (id: string, memberId: string): string => `${ROUTE_JOB.kind}:${id}:${memberId}`;

/** The escalation card to one ondersteuningscoördinator. */
export const ESCALATION_NOTICE_JOB = defineJob('consultation.escalationNotice', z.object({ consultationId, personId }));
export const escalationNoticeKey = (id: string, coordinatorId: string): string => `${ESCALATION_NOTICE_JOB.kind}:${id}:${coordinatorId}`;

/** The mentor told that a JOS worker picked up (`claimed`) or closed their request. */
export const MENTOR_NOTICE_JOB = defineJob('consultation.mentorNotice', z.object({ consultationId, kind: z.enum(['claimed', 'closed']) }));
export type MentorNoticeKind = z.infer<typeof MENTOR_NOTICE_JOB.schema>['kind'];
export const mentorNoticeKey = (id: string, kind: MentorNoticeKind): string => `${MENTOR_NOTICE_JOB.kind}:${id}:${kind}`;

/**
 * A card someone already holds brought up to date with the request (claimed, withdrawn, closed). Keyed by the
 * status it follows, so each change is one job; the card is built when sent, from the request as it is then.
 */
export const CARD_UPDATE_JOB = defineJob('consultation.cardUpdate', z.object({ consultationId, personId }));
export const cardUpdateKey = (id: string, holderId: string, status: string): string => `${CARD_UPDATE_JOB.kind}:${id}:${holderId}:${status}`;
