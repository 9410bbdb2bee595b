import type { TurnContext } from 'botbuilder';
import { z } from 'zod/v4';
import { QUESTION_MAX_LENGTH, requestSchema, type Consultation } from '../../src/consultations/model';
import { ESCALATION_JOB, PURGE_JOB, ConsultationService, type ChangeResult, type ClaimResult } from '../../src/consultations/service';
import { loadConsultationSettings } from '../../src/consultations/settings';
import { hasSafetySignal } from '../../src/consent/safety';
import { errorFacts } from '../../src/logger';
import type { Person } from '../../src/people/roles';
import * as cards from '../cards/consultations';
import { cardMessage, type AdaptiveCardJson } from '../cards/kit';
import type { BotApp, BotDeps } from '../deps';

const { CONSULTATION_VERBS: VERBS, REFUSALS } = cards;

const COMMAND_TEXT = /^\s*(anonieme )?consultatie( aanvragen)?\s*$/i;
/** "ik wil een casus anoniem bespreken"; a question ("mag ik ... anoniem bespreken?") is left to the consent feature. */
const WISH_TEXT = /^\s*(ik wil|ik zou( graag)?|graag)\b(?!.*\bmag\b)(?=.*\banoniem\b)(?=.*\b(bespreken|voorleggen|overleggen|consultatie|casus)\b)[^?]*$/i;
const MINE_TEXT = /^\s*mijn consultaties?\s*$/i;
const OPEN_TEXT = /^\s*open consultaties\s*$/i;

const PERSONAL_ONLY = 'Een consultatie gaat alleen via een persoonlijke chat met mij, zodat niemand anders je vraag ziet. Open de chat met JOS-assistent en typ daar "consultatie".';

function isPersonalChat(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  return type === undefined || type === 'personal';
}

const idSchema = z.object({ consultationId: z.uuid() });
const escalationPayload = z.object({ consultationId: z.string() });

/** Anonymous consultation: a mentor asks the school's JOS team about a case; the question is screened before anything is stored. */
export function registerConsultations(app: BotApp, deps: BotDeps): void {
  const settings = loadConsultationSettings(deps.config.knowledgeDir);
  const schoolIds = new Set(deps.knowledge.schools.map((school) => school.id));
  const service = new ConsultationService({
    db: deps.db,
    clock: deps.clock,
    people: deps.people,
    jobs: deps.jobs.queue,
    settings,
    screen: (text, allow) => deps.screen(text, { allow, now: deps.clock.now() }),
    dayOff: (schoolId, day) => deps.holidays.holidayOn(schoolId, day) !== undefined,
    knownSchool: (schoolId) => schoolIds.has(schoolId),
  });

  const schoolName = (schoolId: string): string => deps.schools.get(schoolId)?.name ?? schoolId;
  const schoolsList = () => deps.schools.list().map((school) => ({ id: school.id, name: school.name }));
  const nameOf = (personId: string | undefined): string => (personId && deps.people.get(personId)?.name) || 'iemand van het team';
  const formFor = (person: Person) => cards.requestFormCard(schoolsList(), { schoolId: person.schoolId });

  /** What a team member's card says about a request, seen by `viewerId`. */
  const teamStateFor = (consultation: Consultation, viewerId: string): cards.TeamCardState => {
    if (consultation.status === 'nieuw') return { kind: 'open' };
    if (consultation.status === 'ingetrokken') return { kind: 'withdrawn' };
    if (consultation.status === 'afgerond') return { kind: 'closed' };
    return consultation.claimedBy === viewerId ? { kind: 'mine' } : { kind: 'claimed', by: nameOf(consultation.claimedBy) };
  };
  const teamCardFor = (consultation: Consultation, viewerId: string) =>
    cards.teamCard(consultation, schoolName(consultation.schoolId), teamStateFor(consultation, viewerId));

  /** A message to one person that fails (Teams unreachable) is logged and skipped: the request itself is stored already. */
  const tryProactive = async <T>(personId: string, send: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await send();
    } catch (error) {
      deps.logger.warn({ event: 'consultation.proactive-failed', personId, ...errorFacts(error) });
      return undefined;
    }
  };

  /** Brings every team member's card up to date (claimed, withdrawn, closed); the clicker gets theirs as the invoke answer. */
  const updateTeamCards = async (consultation: Consultation, except?: string): Promise<void> => {
    for (const card of service.cardsOf(consultation.id)) {
      if (card.personId === except) continue;
      const update = cardMessage(teamCardFor(consultation, card.personId), 'Consultatievraag bijgewerkt');
      await tryProactive(card.personId, () => deps.proactive.updateForPerson(card.personId, card.activityId, update));
    }
  };

  /** Sends the request to each team member; returns how many could be reached. */
  const routeToTeam = async (consultation: Consultation, team: Person[]): Promise<number> => {
    let reached = 0;
    for (const member of team) {
      const card = cards.teamCard(consultation, schoolName(consultation.schoolId), { kind: 'open' });
      const activityId = await tryProactive(member.id, () => deps.proactive.sendToPerson(member.id, cardMessage(card, 'Nieuwe anonieme consultatievraag')));
      if (activityId) {
        service.recordCard(consultation.id, member.id, activityId);
        reached += 1;
      }
    }
    deps.logger.info({ event: 'consultation.routed', consultationId: consultation.id, team: team.length, reached });
    return reached;
  };

  const submit = async (person: Person, data: unknown): Promise<AdaptiveCardJson> => {
    const values = (typeof data === 'object' && data ? data : {}) as cards.FormValues;
    const parsed = requestSchema.safeParse(data);
    if (!parsed.success) {
      const tooLong = typeof values.question === 'string' && values.question.trim().length > QUESTION_MAX_LENGTH;
      const problem = tooLong
        ? `Je vraag is ${values.question!.trim().length} tekens; het maximum is ${QUESTION_MAX_LENGTH}. Maak hem korter.`
        : 'Vul school, thema, je vraag, hoe je antwoord wilt en de urgentie in.';
      return cards.requestFormCard(schoolsList(), values, { problem });
    }
    const result = service.submit(person, parsed.data);
    deps.logger.info({
      event: 'consultation.submit',
      ok: result.ok,
      ...(result.ok ? { consultationId: result.consultation.id } : { reason: result.reason }),
      ...(!result.ok && result.reason === 'identifying' ? { findings: result.findings.length, kinds: [...new Set(result.findings.map((found) => found.kind))] } : {}),
    });
    if (!result.ok) {
      const rewrite = result.reason === 'identifying' ? { findings: result.findings, question: parsed.data.question, allowed: parsed.data.allow } : undefined;
      return cards.requestFormCard(schoolsList(), values, { problem: REFUSALS[result.reason], rewrite });
    }
    const reached = result.repeated ? service.cardsOf(result.consultation.id).length : await routeToTeam(result.consultation, result.team);
    return cards.confirmationCard(result.consultation, schoolName(result.consultation.schoolId), reached);
  };

  /** A button that changes a request: parse the id, let the domain decide, log the outcome (ids only), answer with a card. */
  const onChange =
    (event: string, change: (id: string, person: Person) => ClaimResult | ChangeResult, done: (consultation: Consultation, person: Person) => Promise<AdaptiveCardJson>) =>
    async (person: Person, data: unknown): Promise<AdaptiveCardJson> => {
      const parsed = idSchema.safeParse(data);
      if (!parsed.success) return cards.messageCard('Dat lukte niet', REFUSALS['not-found']);
      const result = change(parsed.data.consultationId, person);
      deps.logger.info({ event, consultationId: parsed.data.consultationId, ok: result.ok, ...(result.ok ? {} : { reason: result.reason }) });
      if (result.ok) return done(result.consultation, person);
      return 'consultation' in result ? teamCardFor(result.consultation, person.id) : cards.messageCard('Dat lukte niet', REFUSALS[result.reason]);
    };

  const claim = onChange('consultation.claim', (id, person) => service.claim(id, person), async (consultation, person) => {
    await updateTeamCards(consultation, person.id);
    const told = cards.mentorClaimedCard(consultation, person, schoolName(consultation.schoolId));
    await tryProactive(consultation.mentorId, () => deps.proactive.sendToPerson(consultation.mentorId, cardMessage(told, 'Je consultatievraag is opgepakt')));
    return teamCardFor(consultation, person.id);
  });

  const close = onChange('consultation.close', (id, person) => service.close(id, person), async (consultation, person) => {
    await updateTeamCards(consultation, person.id);
    const closed = cards.closedCard(consultation, schoolName(consultation.schoolId));
    if (consultation.mentorId !== person.id) {
      await tryProactive(consultation.mentorId, () => deps.proactive.sendToPerson(consultation.mentorId, cardMessage(closed, 'Je consultatie is afgerond')));
    }
    return closed;
  });

  const withdraw = onChange('consultation.withdraw', (id, person) => service.withdraw(id, person), async (consultation) => {
    await updateTeamCards(consultation);
    return cards.withdrawnCard(consultation, schoolName(consultation.schoolId));
  });

  const show = async (person: Person, data: unknown): Promise<AdaptiveCardJson> => {
    const parsed = idSchema.safeParse(data);
    const result = parsed.success ? service.view(parsed.data.consultationId, person) : ({ ok: false, reason: 'not-found' } as const);
    if (!result.ok) return cards.messageCard('Niet gevonden', REFUSALS[result.reason]);
    const consultation = result.consultation;
    return consultation.mentorId === person.id ? cards.mentorViewCard(consultation, schoolName(consultation.schoolId)) : teamCardFor(consultation, person.id);
  };

  const mine = (person: Person) => cards.myConsultationsCard(service.ofMentor(person.id), schoolName);
  const openForTeam = (person: Person) => cards.openRequestsCard(service.openForTeam(person), schoolName);

  // Exact commands; this feature is registered before consent, whose free-text route would read them as questions.
  const commands: Array<[RegExp, (person: Person) => AdaptiveCardJson, string]> = [
    [MINE_TEXT, mine, 'Mijn consultaties'],
    [OPEN_TEXT, openForTeam, 'Open consultaties'],
    [COMMAND_TEXT, formFor, 'Anonieme consultatie'],
  ];
  /** Question text must never show in a group chat or channel: there a card is shared with everyone. */
  const personalOnly = (context: TurnContext, card: (person: Person) => AdaptiveCardJson): AdaptiveCardJson =>
    isPersonalChat(context) ? card(deps.identify(context)) : cards.messageCard('Anonieme consultatie', PERSONAL_ONLY);

  for (const [pattern, card, summary] of commands) {
    app.message(pattern, async (context) => {
      await context.sendActivity(cardMessage(personalOnly(context, card), summary));
    });
  }
  // A wish that also tells of danger or abuse goes on to the consent feature: the safety answer comes first.
  const isConsultationWish = async (context: TurnContext) => {
    const text = context.activity.type === 'message' ? (context.activity.text ?? '') : '';
    return WISH_TEXT.test(text) && !hasSafetySignal(text);
  };
  app.message(isConsultationWish, async (context) => {
    await context.sendActivity(cardMessage(personalOnly(context, formFor), 'Anonieme consultatie'));
  });

  const onExecute = (verb: string, handler: (person: Person, data: unknown) => Promise<AdaptiveCardJson>) => {
    app.adaptiveCards.actionExecute(verb, async (context: TurnContext, _state, data) =>
      isPersonalChat(context) ? handler(deps.identify(context), data) : cards.messageCard('Anonieme consultatie', PERSONAL_ONLY),
    );
  };
  onExecute(VERBS.start, async (person) => formFor(person));
  onExecute(VERBS.submit, submit);
  onExecute(VERBS.claim, claim);
  onExecute(VERBS.close, close);
  onExecute(VERBS.withdraw, withdraw);
  onExecute(VERBS.show, show);
  onExecute(VERBS.mine, async (person) => mine(person));
  onExecute(VERBS.open, async (person) => openForTeam(person));

  deps.jobs.register(ESCALATION_JOB, async (payload) => {
    const { consultationId } = escalationPayload.parse(payload);
    const escalation = service.escalate(consultationId);
    if (!escalation) return;
    const { consultation, coordinators } = escalation;
    let reached = 0;
    for (const coordinator of coordinators) {
      const card = cards.escalationCard(consultation, schoolName(consultation.schoolId), settings.escalateAfterSchoolDays);
      if (await tryProactive(coordinator.id, () => deps.proactive.sendToPerson(coordinator.id, cardMessage(card, 'Consultatievraag wacht')))) reached += 1;
    }
    deps.logger.info({ event: 'consultation.escalated', consultationId, coordinators: coordinators.length, reached });
  });

  const purge = () => {
    const purged = service.purgeEnded();
    service.scheduleNextPurge();
    deps.logger.info({ event: 'consultation.purge', purged });
  };
  deps.jobs.register(PURGE_JOB, async () => purge());
  // Also at start: a bot that was down past a purge date catches up at once.
  purge();
}

