import {
  CARD_UPDATE_JOB,
  cardUpdateKey,
  ESCALATION_NOTICE_JOB,
  MENTOR_NOTICE_JOB,
  mentorNoticeKey,
  ROUTE_JOB,
  routeKey,
  type MentorNoticeKind,
} from '../../../src/consultations/jobs';
import type { Consultation } from '../../../src/consultations/model';
import type { Person } from '../../../src/people/roles';
import * as cards from '../../cards/consultations';
import { type AdaptiveCardJson, cardMessage } from '../../cards/kit';
import type { ConsultationService } from '../../../src/consultations/service';
import type { BotDeps } from '../../deps';

export interface ConsultationNotices {
  /** Sends the request to each team member, one job per member. */
  routeToTeam: (consultation: Consultation, team: Person[]) => void;
  /** How many of these people the bot can message in Teams (someone who never chatted with it cannot be). */
  reachable: (people: Person[]) => number;
  /** Tells the mentor that their request was picked up or closed. */
  tellMentor: (consultation: Consultation, kind: MentorNoticeKind) => void;
  /** Brings every card others hold up to date (the clicker gets theirs as the invoke answer). */
  updateCards: (consultation: Consultation, except?: string) => void;
}

interface CardViews {
  schoolName: (schoolId: string) => string;
  teamCardFor: (consultation: Consultation, viewerId: string) => AdaptiveCardJson;
  mentorCardFor: (consultation: Consultation) => AdaptiveCardJson;
}

/**
 * Every message of this feature to someone other than the clicker goes through a persisted job, retried with
 * back-off: a Bot Connector that cannot be reached never turns a stored request into an error. Payloads hold ids;
 * each card is built when sent, from the request as it is then (a request withdrawn or picked up meanwhile is not
 * announced any more).
 */
export function registerConsultationNotices(deps: BotDeps, service: ConsultationService, views: CardViews): ConsultationNotices {
  const { schoolName, teamCardFor, mentorCardFor } = views;

  deps.jobs.register(ROUTE_JOB, async ({ consultationId, personId }) => {
    const consultation = service.forNotice(consultationId);
    if (consultation?.status !== 'nieuw') return;
    const card = cards.teamCard(consultation, schoolName(consultation.schoolId), { kind: 'open' });
    const activityId = await deps.proactive.sendToPerson(personId, cardMessage(card, 'Nieuwe anonieme consultatievraag'));
    // Kept, so a claim or a withdrawal updates this card too.
    if (activityId) service.recordCard(consultationId, personId, activityId);
  });

  deps.jobs.register(ESCALATION_NOTICE_JOB, async ({ consultationId, personId }) => {
    const consultation = service.forNotice(consultationId);
    if (consultation?.status !== 'nieuw') return;
    const card = cards.escalationCard(consultation, schoolName(consultation.schoolId), service.settings.escalateAfterSchoolDays);
    await deps.proactive.sendToPerson(personId, cardMessage(card, 'Consultatievraag wacht'));
  });

  deps.jobs.register(MENTOR_NOTICE_JOB, async ({ consultationId, kind }) => {
    const consultation = service.forNotice(consultationId);
    if (!consultation) return;
    if (kind === 'closed') {
      await deps.proactive.sendToPerson(consultation.mentorId, cardMessage(cards.closedCard(consultation, schoolName(consultation.schoolId)), 'Je consultatie is afgerond'));
      return;
    }
    // Closed before this could be sent: the mentor hears that instead, not "opgepakt" after "afgerond".
    if (consultation.status !== 'opgepakt') return;
    const activityId = await deps.proactive.sendToPerson(consultation.mentorId, cardMessage(mentorCardFor(consultation), 'Je consultatievraag is opgepakt'));
    // Kept, so closing by the worker updates this card too instead of leaving it at "opgepakt".
    if (activityId) service.recordCard(consultationId, consultation.mentorId, activityId);
  });

  deps.jobs.register(CARD_UPDATE_JOB, async ({ consultationId, personId }) => {
    const consultation = service.forNotice(consultationId);
    const held = service.cardsOf(consultationId).find((card) => card.personId === personId);
    if (!consultation || !held) return;
    const current = personId === consultation.mentorId ? mentorCardFor(consultation) : teamCardFor(consultation, personId);
    await deps.proactive.updateForPerson(personId, held.activityId, cardMessage(current, 'Consultatievraag bijgewerkt'));
  });

  return {
    routeToTeam: (consultation, team) => {
      for (const member of team) deps.jobs.runSoon(ROUTE_JOB, routeKey(consultation.id, member.id), { consultationId: consultation.id, personId: member.id });
      deps.logger.info({ event: 'consultation.routed', consultationId: consultation.id, team: team.length });
    },
    reachable: (people) => people.filter((person) => deps.proactive.canReach(person.id)).length,
    tellMentor: (consultation, kind) => deps.jobs.runSoon(MENTOR_NOTICE_JOB, mentorNoticeKey(consultation.id, kind), { consultationId: consultation.id, kind }),
    updateCards: (consultation, except) => {
      for (const card of service.cardsOf(consultation.id)) {
        if (card.personId === except) continue;
        const key = cardUpdateKey(consultation.id, card.personId, consultation.status);
        deps.jobs.runSoon(CARD_UPDATE_JOB, key, { consultationId: consultation.id, personId: card.personId });
      }
    },
  };
}
