import { FINDING_NOUNS, maskText, type Finding } from '../../src/privacy';
import { BANDS, labelOf, QUESTION_MAX_LENGTH, REACH, THEMES, URGENCY, type Consultation } from '../../src/consultations/model';
import type { ChangeResult, ClaimResult, SubmitResult } from '../../src/consultations/service';
import type { JosFunction, Person } from '../../src/people/roles';
import {
  adaptiveCard,
  CAPABILITY_VERBS,
  choiceInput,
  executeAction,
  facts,
  heading,
  messageCard,
  openUrlAction,
  paragraph,
  schoolChoice,
  smallPrint,
  textInput,
  type AdaptiveCardJson,
  type CardElement,
  plainText,
} from './kit';

export const CONSULTATION_VERBS = {
  start: CAPABILITY_VERBS.consultation,
  submit: 'consultation.submit',
  claim: 'consultation.claim',
  close: 'consultation.close',
  withdraw: 'consultation.withdraw',
  show: 'consultation.show',
  mine: 'consultation.mine',
  open: 'consultation.open',
} as const;

type Refusal = Exclude<SubmitResult, { ok: true }>['reason'] | Exclude<ClaimResult, { ok: true }>['reason'] | Exclude<ChangeResult, { ok: true }>['reason'];

/** Every domain refusal as one Dutch sentence. */
export const REFUSALS: Record<Refusal, string> = {
  identifying: 'In je vraag staat iets waaraan de leerling of het gezin te herkennen is. Er is niets opgeslagen.',
  'unknown-school': 'Die school ken ik niet. Kies je school uit de lijst.',
  'no-team': 'Voor deze school is nog geen JOS-team ingesteld, dus ik kan je vraag nergens heen sturen. Er is niets opgeslagen; vraag de ondersteuningscoördinator of kom naar het spreekuur.',
  'not-found': 'Deze aanvraag kan ik niet vinden, of je hebt er geen toegang toe.',
  'not-allowed': 'Dit kan alleen het JOS-team van de school van deze aanvraag.',
  'not-claimer': 'Afronden kan alleen wie deze aanvraag heeft opgepakt, of de mentor die hem stuurde.',
  'already-claimed': 'Deze aanvraag is al opgepakt.',
  'not-claimed': 'Deze aanvraag is nog door niemand opgepakt.',
  withdrawn: 'De mentor heeft deze aanvraag ingetrokken.',
  closed: 'Deze aanvraag is al afgerond.',
};

const FUNCTION_LABELS: Record<JosFunction, string> = {
  jgc: 'jeugd- en gezinscoach',
  paj: 'preventief ambulant jeugdhulpverlener',
  gedragswetenschapper: 'gedragswetenschapper',
};

const STATUS_LABELS: Record<Consultation['status'], string> = {
  nieuw: 'Nieuw, nog niet opgepakt',
  opgepakt: 'Opgepakt',
  afgerond: 'Afgerond',
  ingetrokken: 'Ingetrokken',
};

const choices = (list: ReadonlyArray<{ id: string; label: string }>) => list.map((item) => ({ title: item.label, value: item.id }));

export function workerDescription(person: Person, schoolId: string): string {
  const grant = person.roles.find((candidate) => candidate.role === 'jos-functionaris' && candidate.schoolId === schoolId);
  return grant?.function ? `${person.name} (${FUNCTION_LABELS[grant.function]})` : person.name;
}

/** A 1:1 Teams chat with the person: their sign-in name when known, else their Azure AD object id. */
export function teamsChatUrl(person: Person): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(person.email ?? person.id)}`;
}

export interface FormValues {
  schoolId?: string;
  theme?: string;
  band?: string;
  question?: string;
  reach?: string;
  urgency?: string;
}

export interface Rewrite {
  findings: Finding[];
  question: string;
  /** Words the mentor already confirmed are no names; they stay ticked so a second refusal loses nothing. */
  allowed: readonly string[];
}

/** The request form; after a refusal it shows the masked question and lets the mentor confirm flagged words that are no names. */
export function requestFormCard(schools: Array<{ id: string; name: string }>, values: FormValues = {}, options: { problem?: string; rewrite?: Rewrite } = {}): AdaptiveCardJson {
  const body: CardElement[] = [
    heading('Anonieme consultatie'),
    paragraph('Leg een casus voor aan het JOS-team van je school. Schrijf zo dat niemand de leerling of het gezin herkent: geen naam, klas, geboortedatum, adres of bijzonder detail.'),
  ];
  if (options.problem) body.push(paragraph(options.problem, { color: 'Attention', bold: true }));
  if (options.rewrite) body.push(...rewriteElements(options.rewrite));
  body.push(
    schoolChoice(schools, values.schoolId),
    choiceInput('theme', 'Thema', choices(THEMES), { value: values.theme, required: true, errorMessage: 'Kies een thema.' }),
    choiceInput('band', 'Leerjaar (mag je leeg laten)', choices(BANDS), { value: values.band }),
    textInput('question', 'Je vraag', {
      multiline: true,
      maxLength: QUESTION_MAX_LENGTH,
      required: true,
      value: values.question,
      placeholder: 'Bijvoorbeeld: een leerling in de onderbouw trekt zich steeds meer terug. Hoe kan ik het gesprek beginnen?',
      errorMessage: 'Schrijf je vraag op.',
    }),
    choiceInput('reach', 'Hoe wil je antwoord?', choices(REACH), { value: values.reach ?? 'chat', required: true, expanded: true }),
    choiceInput('urgency', 'Hoe dringend?', choices(URGENCY), { value: values.urgency ?? 'kan-wachten', required: true, expanded: true }),
    smallPrint(`Maximaal ${QUESTION_MAX_LENGTH} tekens. Alleen jij en het JOS-team van de school zien de vraag; de tekst wordt gewist als de aanvraag een tijd is afgerond.`),
  );
  return adaptiveCard(body, [executeAction('Verstuur', CONSULTATION_VERBS.submit)]);
}

/** A question (or its masked form) set apart from the card's own text. */
const quoted = (text: string): CardElement => ({ type: 'Container', style: 'emphasis', items: [paragraph(plainText(text))] });

function rewriteElements({ findings, question, allowed }: Rewrite): CardElement[] {
  const kinds = [...new Set(findings.map((found) => FINDING_NOUNS[found.kind]))];
  // The words a mentor may vouch for: a flagged name the screen marks confirmable (never "Sanne Bakker"), or the
  // capitalised word next to a class code when no name inside that combination was flagged on its own. Ticking it
  // clears that word only; the screen keeps the class.
  const names = findings.filter((found) => found.kind === 'name');
  const nameWords = [
    ...new Set([
      ...allowed,
      ...findings.flatMap((found) => {
        if (found.kind === 'name') return found.confirmable ? [found.text] : [];
        if (found.kind !== 'class-and-name' || names.some((name) => name.start < found.end && name.end > found.start)) return [];
        return found.text.split(/[^\p{L}'-]+/u).filter((word) => /^\p{Lu}\p{L}/u.test(word));
      }),
    ]),
  ];
  const elements: CardElement[] = [
    paragraph(`Zo ziet je vraag eruit zonder de herkenbare delen (${kinds.join(', ')}):`),
    // The mentor's own text, shown only to them: its placeholders ("[naam]") stay as they are.
    { type: 'Container', style: 'emphasis', items: [paragraph(maskText(question, findings))] },
    paragraph('Pas je vraag hieronder aan en verstuur opnieuw.'),
  ];
  if (nameWords.length > 0) {
    elements.push({
      type: 'Input.ChoiceSet',
      id: 'allow',
      label: 'Is een van deze woorden geen naam (een plaats, methode of vak)? Vink het dan aan.',
      isMultiSelect: true,
      style: 'expanded',
      choices: nameWords.map((word) => ({ title: word, value: word })),
      ...(allowed.length > 0 ? { value: allowed.join(',') } : {}),
    });
  }
  return elements;
}

function summaryFacts(consultation: Consultation, schoolName: string): CardElement {
  return facts([
    ['School', schoolName],
    ['Thema', labelOf(THEMES, consultation.theme) ?? consultation.theme],
    ['Leerjaar', labelOf(BANDS, consultation.band) ?? 'niet genoemd'],
    ['Urgentie', labelOf(URGENCY, consultation.urgency) ?? consultation.urgency],
    ['Contact', labelOf(REACH, consultation.reach) ?? consultation.reach],
    ['Status', STATUS_LABELS[consultation.status]],
  ]);
}

/**
 * `reachable`: how many team members the bot can message in Teams (someone who never chatted with it cannot be).
 * Their cards go out right after this answer, and again later when Teams cannot be reached now.
 */
export function confirmationCard(consultation: Consultation, schoolName: string, reachable: number): AdaptiveCardJson {
  const sent =
    reachable > 0
      ? `Ik stuur je vraag naar het JOS-team van ${schoolName} (${reachable} ${reachable === 1 ? 'persoon' : 'personen'}). Je hoort van mij wie hem oppakt.`
      : `Je vraag staat klaar voor het JOS-team van ${schoolName}. Ik kon nu nog niemand van het team in Teams bereiken; zij zien hem met "open consultaties". Je hoort van mij wie hem oppakt.`;
  return adaptiveCard(
    [
      heading('Je vraag is verstuurd'),
      paragraph(sent),
      summaryFacts(consultation, schoolName),
      smallPrint('Niemand opgepakt na twee schooldagen? Dan laat ik het de ondersteuningscoördinator weten, zonder de tekst van je vraag.'),
    ],
    [executeAction('Trek in', CONSULTATION_VERBS.withdraw, { consultationId: consultation.id }), executeAction('Mijn consultaties', CONSULTATION_VERBS.mine)],
  );
}

/** For a JOS team member: the requests of their school nobody has claimed yet. */
export function openRequestsCard(consultations: Consultation[], schoolName: (id: string) => string): AdaptiveCardJson {
  if (consultations.length === 0) return messageCard('Open consultaties', 'Er wachten geen consultatievragen op je team.');
  const body: CardElement[] = [heading('Open consultaties')];
  for (const consultation of consultations) {
    body.push(summaryFacts(consultation, schoolName(consultation.schoolId)), quoted(consultation.question));
    body.push({ type: 'ActionSet', actions: [executeAction('Ik pak dit op', CONSULTATION_VERBS.claim, { consultationId: consultation.id })] });
  }
  return adaptiveCard(body);
}

export type TeamCardState = { kind: 'open' } | { kind: 'mine'; mentor: Person } | { kind: 'claimed'; by: string } | { kind: 'withdrawn' } | { kind: 'closed' };

/** What a JOS team member sees; the question text is shown to the team only. */
export function teamCard(consultation: Consultation, schoolName: string, state: TeamCardState): AdaptiveCardJson {
  const status: Record<TeamCardState['kind'], string> = {
    open: 'Nog niemand heeft dit opgepakt.',
    mine: state.kind === 'mine' ? `Jij hebt dit opgepakt. Neem contact op met ${plainText(state.mentor.name)} en rond af als je klaar bent.` : '',
    claimed: state.kind === 'claimed' ? `Opgepakt door ${state.by}.` : '',
    withdrawn: 'De mentor heeft deze vraag ingetrokken.',
    closed: 'Deze vraag is afgerond.',
  };
  const actions =
    state.kind === 'open'
      ? [executeAction('Ik pak dit op', CONSULTATION_VERBS.claim, { consultationId: consultation.id })]
      : state.kind === 'mine'
        ? [
            openUrlAction(`Chat met ${state.mentor.name}`, teamsChatUrl(state.mentor)),
            executeAction('Afgerond', CONSULTATION_VERBS.close, { consultationId: consultation.id }),
          ]
        : [executeAction('Andere open vragen', CONSULTATION_VERBS.open)];
  return adaptiveCard(
    [
      heading('Anonieme consultatievraag'),
      summaryFacts(consultation, schoolName),
      ...(state.kind === 'withdrawn' || state.kind === 'closed' ? [] : [quoted(consultation.question)]),
      paragraph(status[state.kind], { bold: true }),
    ],
    actions,
  );
}

export function mentorClaimedCard(consultation: Consultation, worker: Person, schoolName: string): AdaptiveCardJson {
  const who = workerDescription(worker, consultation.schoolId);
  return adaptiveCard(
    [
      heading('Je vraag is opgepakt'),
      paragraph(`${who} heeft je vraag opgepakt en neemt contact met je op.`),
      summaryFacts(consultation, schoolName),
    ],
    [openUrlAction(`Chat met ${worker.name}`, teamsChatUrl(worker)), executeAction('Afgerond', CONSULTATION_VERBS.close, { consultationId: consultation.id })],
  );
}

export function closedCard(consultation: Consultation, schoolName: string): AdaptiveCardJson {
  return adaptiveCard([heading('Afgerond'), paragraph('Deze consultatie is afgerond. Dank je wel.'), summaryFacts(consultation, schoolName)]);
}

export function withdrawnCard(consultation: Consultation, schoolName: string): AdaptiveCardJson {
  return adaptiveCard([heading('Ingetrokken'), paragraph('Je vraag is ingetrokken; het JOS-team ziet dat ook.'), summaryFacts(consultation, schoolName)]);
}

/** For the ondersteuningscoördinator: that a request waits, never what it says. */
export function escalationCard(consultation: Consultation, schoolName: string, schoolDays: number): AdaptiveCardJson {
  return adaptiveCard([
    heading('Consultatievraag wacht'),
    paragraph(`Een anonieme consultatievraag van een mentor op ${schoolName} is na ${schoolDays} schooldagen nog door niemand van het JOS-team opgepakt. Wil je het team erop aanspreken?`),
    facts([
      ['Thema', labelOf(THEMES, consultation.theme) ?? consultation.theme],
      ['Leerjaar', labelOf(BANDS, consultation.band) ?? 'niet genoemd'],
      ['Urgentie', labelOf(URGENCY, consultation.urgency) ?? consultation.urgency],
    ]),
    smallPrint('De vraag zelf zien alleen de mentor en het JOS-team.'),
  ]);
}

export function myConsultationsCard(consultations: Consultation[], schoolName: (id: string) => string): AdaptiveCardJson {
  if (consultations.length === 0) {
    return adaptiveCard([heading('Mijn consultaties'), paragraph('Je hebt geen consultatievragen.')], [executeAction('Nieuwe vraag', CONSULTATION_VERBS.start)]);
  }
  const body: CardElement[] = [heading('Mijn consultaties')];
  for (const consultation of consultations) {
    body.push(summaryFacts(consultation, schoolName(consultation.schoolId)));
    const ids = { consultationId: consultation.id };
    const withdraw = consultation.status === 'nieuw' ? [executeAction('Trek in', CONSULTATION_VERBS.withdraw, ids)] : [];
    body.push({ type: 'ActionSet', actions: [executeAction('Bekijk', CONSULTATION_VERBS.show, ids), ...withdraw] });
  }
  return adaptiveCard(body, [executeAction('Nieuwe vraag', CONSULTATION_VERBS.start)]);
}

/** Outside the personal chat: a card there is shared with everyone, so the question never shows. */
export function personalChatOnlyCard(): AdaptiveCardJson {
  return messageCard(
    'Anonieme consultatie',
    'Een consultatie gaat alleen via een persoonlijke chat met mij, zodat niemand anders je vraag ziet. Open de chat met JOS-assistent en typ daar "consultatie".',
  );
}

/** The mentor's own view of one request. */
export function mentorViewCard(consultation: Consultation, schoolName: string): AdaptiveCardJson {
  return adaptiveCard(
    [heading('Je consultatievraag'), summaryFacts(consultation, schoolName), quoted(consultation.question)],
    consultation.status === 'nieuw' ? [executeAction('Trek in', CONSULTATION_VERBS.withdraw, { consultationId: consultation.id })] : [],
  );
}
