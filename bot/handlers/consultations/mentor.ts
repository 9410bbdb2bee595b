import { z } from 'zod/v4';
import { signalsSafetyConcern } from '../../../src/consent/safety';
import { QUESTION_MAX_LENGTH, requestSchema } from '../../../src/consultations/model';
import type { Person } from '../../../src/people/roles';
import * as cards from '../../cards/consultations';
import { type AdaptiveCardJson, messageCard } from '../../cards/kit';
import { messageExtraction } from '../consent/state';
import type { ConsultationsFeature } from './feature';

const VERBS = cards.CONSULTATION_VERBS;
const COMMAND_TEXT = /^\s*(anonieme )?consultatie( aanvragen)?\s*$/i;
/** "ik wil een casus anoniem bespreken"; a question ("mag ik ... anoniem bespreken?") is left to the consent feature. */
const WISH_TEXT = /^\s*(ik wil|ik zou( graag)?|graag)\b(?!.*\bmag\b)(?=.*\banoniem\b)(?=.*\b(bespreken|voorleggen|overleggen|consultatie|casus)\b)[^?]*$/i;
const MINE_TEXT = /^\s*mijn consultaties?\s*$/i;

const FORM_FIELDS = ['schoolId', 'theme', 'band', 'question', 'reach', 'urgency'] as const;
/** What the form sent, to show it again as it was typed: only its own fields, only text (a forged payload may send any JSON). */
const formValues = (data: unknown): cards.FormValues => {
  const sent = typeof data === 'object' && data ? (data as Record<string, unknown>) : {};
  return Object.fromEntries(FORM_FIELDS.flatMap((field) => (Object.hasOwn(sent, field) && typeof sent[field] === 'string' ? [[field, sent[field]]] : [])));
};

export const idSchema = z.object({ consultationId: z.uuid() });

/** The mentor's side: the request form, sending it to the team, their own requests, withdrawing one. */
export function registerMentorRoutes(feature: ConsultationsFeature): void {
  const { deps, service, routes, schoolName, schoolsList } = feature;
  const formFor = (person: Person) => cards.requestFormCard(schoolsList(), { schoolId: person.schoolId });
  const mine = (person: Person) => cards.myConsultationsCard(service.ofMentor(person.id), schoolName);

  /** A form that does not parse comes back with what was filled in and what is missing. */
  const formProblem = (data: unknown): AdaptiveCardJson => {
    const values = formValues(data);
    const tooLong = typeof values.question === 'string' && values.question.trim().length > QUESTION_MAX_LENGTH;
    const problem = tooLong
      ? `Je vraag is ${values.question!.trim().length} tekens; het maximum is ${QUESTION_MAX_LENGTH}. Maak hem korter.`
      : 'Vul school, thema, je vraag, hoe je antwoord wilt en de urgentie in.';
    return cards.requestFormCard(schoolsList(), values, { problem });
  };

  // Exact commands; this feature is registered before consent, whose free-text route would read them as questions.
  routes.command('consultation.mine', MINE_TEXT, ({ person }) => mine(person), { summary: 'Mijn consultaties' });
  routes.command('consultation.form', COMMAND_TEXT, ({ person }) => formFor(person), { summary: 'Anonieme consultatie' });
  // A wish that also tells of danger or abuse goes on to the consent feature: the safety answer comes first.
  routes.command(
    'consultation.wish',
    (context, state) => {
      const text = context.activity.text ?? '';
      return WISH_TEXT.test(text) && !signalsSafetyConcern(messageExtraction(state.temp, text, deps.readConsent).facts);
    },
    ({ person }) => formFor(person),
    { summary: 'Anonieme consultatie' },
  );

  routes.verb(VERBS.start, z.unknown(), ({ person }) => formFor(person));
  routes.verb(
    VERBS.submit,
    requestSchema,
    async ({ person }, request, raw) => {
      const result = service.submit(person, request);
      deps.logger.info({
        event: 'consultation.submit',
        ok: result.ok,
        ...(result.ok ? { consultationId: result.consultation.id } : { reason: result.reason }),
        ...(!result.ok && result.reason === 'identifying' ? { findings: result.findings.length, kinds: [...new Set(result.findings.map((found) => found.kind))] } : {}),
      });
      if (!result.ok) {
        const rewrite = result.reason === 'identifying' ? { findings: result.findings, question: request.question, allowed: request.allow } : undefined;
        return cards.requestFormCard(schoolsList(), formValues(raw), { problem: cards.REFUSALS[result.reason], rewrite });
      }
      // A repeated click (the same request again within minutes) is not sent a second time.
      if (!result.repeated) feature.notices.routeToTeam(result.consultation, result.team);
      return cards.confirmationCard(result.consultation, schoolName(result.consultation.schoolId), feature.notices.reachable(result.team));
    },
    { invalid: (_turn, data) => formProblem(data) },
  );
  routes.verb(VERBS.withdraw, idSchema, async ({ person }, { consultationId }) => {
    const result = service.withdraw(consultationId, person);
    deps.logger.info({ event: 'consultation.withdraw', consultationId, ok: result.ok, ...(result.ok ? {} : { reason: result.reason }) });
    if (!result.ok) return messageCard('Dat lukte niet', cards.REFUSALS[result.reason]);
    feature.notices.updateCards(result.consultation);
    return cards.withdrawnCard(result.consultation, schoolName(result.consultation.schoolId));
  });
  routes.verb(
    VERBS.show,
    idSchema,
    ({ person }, { consultationId }) => {
      const result = service.view(consultationId, person);
      if (!result.ok) return messageCard('Niet gevonden', cards.REFUSALS[result.reason]);
      const consultation = result.consultation;
      return consultation.mentorId === person.id ? cards.mentorViewCard(consultation, schoolName(consultation.schoolId)) : feature.teamCardFor(consultation, person.id);
    },
    { invalid: () => messageCard('Niet gevonden', cards.REFUSALS['not-found']) },
  );
  routes.verb(VERBS.mine, z.unknown(), ({ person }) => mine(person));
}
