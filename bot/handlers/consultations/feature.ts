import type { Consultation } from '../../../src/consultations/model';
import type { ConsultationService } from '../../../src/consultations/service';
import { errorFacts } from '../../../src/logger';
import * as cards from '../../cards/consultations';
import { cardMessage, messageCard } from '../../cards/kit';
import type { BotApp, BotDeps } from '../../deps';
import { featureRoutes, type FeatureRoutes } from '../route';
import { registerConsultationJobs } from './jobs';
import { registerMentorRoutes } from './mentor';
import { registerTeamRoutes } from './team';

/** What the mentor, team and job handlers share: the service, its routes and a few lookups for cards. */
export interface ConsultationsFeature {
  deps: BotDeps;
  service: ConsultationService;
  routes: FeatureRoutes;
  schoolName: (schoolId: string) => string;
  schoolsList: () => Array<{ id: string; name: string }>;
  teamCardFor: (consultation: Consultation, viewerId: string) => ReturnType<typeof cards.teamCard>;
  /** A message to one person that fails (Teams unreachable) is logged and skipped: the request itself is stored already. */
  tryProactive: <T>(personId: string, send: () => Promise<T>) => Promise<T | undefined>;
  /**
   * Brings every card others hold up to date (claimed, withdrawn, closed): the team's, and the mentor's "opgepakt"
   * card; the clicker gets theirs as the invoke answer.
   */
  updateTeamCards: (consultation: Consultation, except?: string) => Promise<void>;
}

/** Anonymous consultation: a mentor asks the school's JOS team about a case; the question is screened before anything is stored. */
export function registerConsultations(app: BotApp, deps: BotDeps): void {
  const service = deps.consultations;
  // Question text must never show in a group chat or channel: there a card is shared with everyone.
  const routes = featureRoutes(app, deps, {
    guard: { personalChatOnly: cards.personalChatOnlyCard },
    invalid: () => messageCard('Dat lukte niet', cards.REFUSALS['not-found']),
  });
  const schoolName = (schoolId: string): string => deps.schools.get(schoolId)?.name ?? schoolId;
  const nameOf = (personId: string | undefined): string => (personId && deps.people.get(personId)?.name) || 'iemand van het team';

  /** What a team member's card says about a request, seen by `viewerId`. */
  const teamStateFor = (consultation: Consultation, viewerId: string): cards.TeamCardState => {
    if (consultation.status === 'nieuw') return { kind: 'open' };
    if (consultation.status === 'ingetrokken') return { kind: 'withdrawn' };
    if (consultation.status === 'afgerond') return { kind: 'closed' };
    const mentor = deps.people.get(consultation.mentorId);
    if (consultation.claimedBy === viewerId && mentor) return { kind: 'mine', mentor };
    return { kind: 'claimed', by: nameOf(consultation.claimedBy) };
  };
  const teamCardFor = (consultation: Consultation, viewerId: string) =>
    cards.teamCard(consultation, schoolName(consultation.schoolId), teamStateFor(consultation, viewerId));
  /** The mentor's "opgepakt" card as it should read now (it is kept up to date like the team's cards). */
  const mentorCardFor = (consultation: Consultation) => {
    const school = schoolName(consultation.schoolId);
    if (consultation.status === 'afgerond') return cards.closedCard(consultation, school);
    if (consultation.status === 'ingetrokken') return cards.withdrawnCard(consultation, school);
    const worker = consultation.claimedBy ? deps.people.get(consultation.claimedBy) : undefined;
    return worker ? cards.mentorClaimedCard(consultation, worker, school) : cards.mentorViewCard(consultation, school);
  };

  const tryProactive = async <T>(personId: string, send: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await send();
    } catch (error) {
      deps.logger.warn({ event: 'consultation.proactive-failed', personId, ...errorFacts(error) });
      return undefined;
    }
  };

  const feature: ConsultationsFeature = {
    deps,
    service,
    routes,
    schoolName,
    schoolsList: () => deps.schools.list().map((school) => ({ id: school.id, name: school.name })),
    teamCardFor,
    tryProactive,
    updateTeamCards: async (consultation, except) => {
      for (const card of service.cardsOf(consultation.id)) {
        if (card.personId === except) continue;
        const current = card.personId === consultation.mentorId ? mentorCardFor(consultation) : teamCardFor(consultation, card.personId);
        const update = cardMessage(current, 'Consultatievraag bijgewerkt');
        await tryProactive(card.personId, () => deps.proactive.updateForPerson(card.personId, card.activityId, update));
      }
    },
  };
  registerMentorRoutes(feature);
  registerTeamRoutes(feature);
  registerConsultationJobs(feature);
}
