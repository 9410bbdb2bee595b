import type { Consultation } from '../../../src/consultations/model';
import type { ConsultationService } from '../../../src/consultations/service';
import * as cards from '../../cards/consultations';
import { messageCard } from '../../cards/kit';
import type { BotApp, BotDeps } from '../../deps';
import { featureRoutes, type FeatureRoutes } from '../route';
import { registerConsultationJobs } from './jobs';
import { registerMentorRoutes } from './mentor';
import { registerConsultationNotices, type ConsultationNotices } from './notices';
import { registerTeamRoutes } from './team';

/** What the mentor, team and job handlers share: the service, its routes and a few lookups for cards. */
export interface ConsultationsFeature {
  deps: BotDeps;
  service: ConsultationService;
  routes: FeatureRoutes;
  schoolName: (schoolId: string) => string;
  schoolsList: () => Array<{ id: string; name: string }>;
  teamCardFor: (consultation: Consultation, viewerId: string) => ReturnType<typeof cards.teamCard>;
  /** Messages to the team, the coordinators and the mentor: persisted jobs, so no click waits for them. */
  notices: ConsultationNotices;
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

  const feature: ConsultationsFeature = {
    deps,
    service,
    routes,
    schoolName,
    schoolsList: () => deps.schools.list().map((school) => ({ id: school.id, name: school.name })),
    teamCardFor,
    notices: registerConsultationNotices(deps, service, { schoolName, teamCardFor, mentorCardFor }),
  };
  registerMentorRoutes(feature);
  registerTeamRoutes(feature);
  registerConsultationJobs(feature);
}
