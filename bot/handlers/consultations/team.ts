import { z } from 'zod/v4';
import type { Consultation } from '../../../src/consultations/model';
import type { ChangeResult, ClaimResult } from '../../../src/consultations/service';
import { josTeamSchools } from '../../../src/people/access';
import type { Person } from '../../../src/people/roles';
import * as cards from '../../cards/consultations';
import { type AdaptiveCardJson, messageCard } from '../../cards/kit';
import type { Guard } from '../route';
import type { ConsultationsFeature } from './feature';
import { idSchema } from './mentor';

const VERBS = cards.CONSULTATION_VERBS;
const OPEN_TEXT = /^\s*open consultaties\s*$/i;

/** The JOS team's side: open requests of their schools, claiming one (first wins), closing it. */
export function registerTeamRoutes(feature: ConsultationsFeature): void {
  const { deps, service, routes, schoolName } = feature;
  const openForTeam = (person: Person) => cards.openRequestsCard(service.openForTeam(person), schoolName);

  /** A button that changes a request: let the domain decide, log the outcome (ids only), answer with a card. */
  const onChange = (
    verb: string,
    event: string,
    change: (id: string, person: Person) => ClaimResult | ChangeResult,
    done: (consultation: Consultation, person: Person) => Promise<AdaptiveCardJson>,
  ): void =>
    routes.verb(verb, idSchema, async ({ person }, { consultationId }) => {
      const result = change(consultationId, person);
      deps.logger.info({ event, consultationId, ok: result.ok, ...(result.ok ? {} : { reason: result.reason }) });
      if (result.ok) return done(result.consultation, person);
      return 'consultation' in result ? feature.teamCardFor(result.consultation, person.id) : messageCard('Dat lukte niet', cards.REFUSALS[result.reason]);
    });

  // Only a JOS team member has open requests to see; anyone else is told so, not that "nothing waits for your team".
  const teamOnly: Guard = {
    personalChatOnly: cards.personalChatOnlyCard,
    allow: (person) => josTeamSchools(person).length > 0,
    refused: () => messageCard('Open consultaties', 'Open consultaties zijn voor het JOS-team van een school. Wil je zelf een casus voorleggen? Typ "consultatie".'),
  };
  routes.command('consultation.open', OPEN_TEXT, ({ person }) => openForTeam(person), { summary: 'Open consultaties', guard: teamOnly });
  routes.verb(VERBS.open, z.unknown(), ({ person }) => openForTeam(person), { guard: teamOnly });

  onChange(VERBS.claim, 'consultation.claim', (id, person) => service.claim(id, person), async (consultation, person) => {
    feature.notices.updateCards(consultation, person.id);
    feature.notices.tellMentor(consultation, 'claimed');
    return feature.teamCardFor(consultation, person.id);
  });

  onChange(VERBS.close, 'consultation.close', (id, person) => service.close(id, person), async (consultation, person) => {
    feature.notices.updateCards(consultation, person.id);
    if (consultation.mentorId !== person.id) feature.notices.tellMentor(consultation, 'closed');
    return cards.closedCard(consultation, schoolName(consultation.schoolId));
  });
}
