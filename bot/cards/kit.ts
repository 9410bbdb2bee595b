import { CardFactory, type Activity, type Attachment } from 'botbuilder';

/** One element of an Adaptive Card (schema 1.5), as plain JSON. */
export type CardElement = Record<string, unknown>;

export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardElement[];
  msteams?: Record<string, unknown>;
}

/**
 * The verbs behind the welcome and help card buttons. Each feature registers its own verb with
 * `app.adaptiveCards.actionExecute(CAPABILITY_VERBS.x, …)` and opens its flow from there.
 */
export const CAPABILITY_VERBS = {
  consent: 'consent.start',
  spreekuur: 'spreekuur.open',
  consultation: 'consultation.start',
  meetings: 'meetings.open',
  help: 'help.show',
  privacy: 'privacy.statement',
} as const;

export function adaptiveCard(body: CardElement[], actions: CardElement[] = []): AdaptiveCardJson {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
    msteams: { width: 'Full' },
  };
}

export function cardAttachment(card: AdaptiveCardJson): Attachment {
  return CardFactory.adaptiveCard(card);
}

/** A message activity carrying one card; `summary` is what notifications and screen readers show. */
export function cardMessage(card: AdaptiveCardJson, summary: string): Partial<Activity> {
  return { type: 'message', summary, attachments: [cardAttachment(card)] };
}

/** A title and one sentence: answers, refusals and explanations. */
export function messageCard(title: string, text: string): AdaptiveCardJson {
  return adaptiveCard([heading(title), paragraph(text)]);
}

export function heading(text: string): CardElement {
  return { type: 'TextBlock', text, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' };
}

export function paragraph(text: string, options: { subtle?: boolean; bold?: boolean; color?: 'Attention' | 'Good' | 'Warning' | 'Accent' } = {}): CardElement {
  return {
    type: 'TextBlock',
    text,
    wrap: true,
    ...(options.subtle ? { isSubtle: true } : {}),
    ...(options.bold ? { weight: 'Bolder' } : {}),
    ...(options.color ? { color: options.color } : {}),
  };
}

export function smallPrint(text: string): CardElement {
  return { type: 'TextBlock', text, wrap: true, size: 'Small', isSubtle: true, spacing: 'Medium' };
}

export function facts(pairs: Array<[string, string]>): CardElement {
  return { type: 'FactSet', facts: pairs.map(([title, value]) => ({ title, value })) };
}

export function bulletList(items: string[]): CardElement {
  return paragraph(items.map((item) => `- ${item}`).join('\n'));
}

export function executeAction(title: string, verb: string, data: Record<string, unknown> = {}, options: { style?: 'positive' | 'destructive' } = {}): CardElement {
  return { type: 'Action.Execute', title, verb, data: { ...data }, ...(options.style ? { style: options.style } : {}) };
}

export function openUrlAction(title: string, url: string): CardElement {
  return { type: 'Action.OpenUrl', title, url };
}

export function actionSet(actions: CardElement[]): CardElement {
  return { type: 'ActionSet', actions };
}

export interface Choice {
  title: string;
  value: string;
}

export function choiceInput(
  id: string,
  label: string,
  choices: Choice[],
  options: { value?: string; required?: boolean; expanded?: boolean; errorMessage?: string } = {},
): CardElement {
  return {
    type: 'Input.ChoiceSet',
    id,
    label,
    choices,
    style: options.expanded ? 'expanded' : 'compact',
    ...(options.value !== undefined ? { value: options.value } : {}),
    ...(options.required ? { isRequired: true, errorMessage: options.errorMessage ?? `Kies een ${label.toLowerCase()}.` } : {}),
  };
}

export function textInput(
  id: string,
  label: string,
  options: { placeholder?: string; maxLength?: number; multiline?: boolean; required?: boolean; value?: string; errorMessage?: string } = {},
): CardElement {
  return {
    type: 'Input.Text',
    id,
    label,
    ...(options.placeholder ? { placeholder: options.placeholder } : {}),
    ...(options.maxLength ? { maxLength: options.maxLength } : {}),
    ...(options.multiline ? { isMultiline: true } : {}),
    ...(options.value !== undefined ? { value: options.value } : {}),
    ...(options.required ? { isRequired: true, errorMessage: options.errorMessage ?? `Vul ${label.toLowerCase()} in.` } : {}),
  };
}

/** The choice of school, used wherever a flow needs the user's school and does not know it yet. */
export function schoolChoice(schools: Array<{ id: string; name: string }>, selected?: string): CardElement {
  return choiceInput(
    'schoolId',
    'School',
    schools.map((school) => ({ title: school.name, value: school.id })),
    { value: selected, required: true, errorMessage: 'Kies je school.' },
  );
}
