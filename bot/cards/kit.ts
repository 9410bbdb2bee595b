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

/**
 * Text one person typed that another person reads (a consultation question, a spreekuur topic, a meeting's title,
 * place or agenda, a member's name). Teams renders TextBlocks and facts as Markdown, so every character that starts
 * a link, emphasis or code is escaped, and so is a heading, quote or list marker at the start of a line: the reader
 * sees exactly what was typed, never a live `[log hier opnieuw in](https://…)`.
 */
export function plainText(text: string): string {
  return text.replace(/[\\`*_~[\]()<>]/g, '\\$&').replace(/^([ \t]*)(#|>|[-+]|\d+\.)(?=\s|$)/gm, (_, indent: string, marker: string) => `${indent}${marker.replace(/[#>+.-]/, '\\$&')}`);
}

/** "1 afspraak", "2 afspraken": a count with the right word. */
export const countLabel = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

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

/** A card kept and sent again: frozen all the way down, so nothing one turn does can change what a later turn sends. */
export function freezeCard<T extends object>(card: T): T {
  for (const value of Object.values(card)) if (value && typeof value === 'object' && !Object.isFrozen(value)) freezeCard(value as object);
  return Object.freeze(card);
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

/**
 * Something the reader must not miss (a limit, a warning, a sent notice): default-coloured text, which
 * stays readable in every theme, in an emphasis container instead of yellow or green text on white.
 */
export function emphasis(text: string): CardElement {
  return { type: 'Container', style: 'emphasis', bleed: false, items: [paragraph(text, { bold: true })] };
}

/**
 * What a click achieved, or what went wrong: "done" is default text with a check mark in an emphasis
 * container (green text on white is unreadable); "problem" is the theme's attention colour, which passes.
 */
export function notice(text: string, tone: 'done' | 'problem'): CardElement {
  return tone === 'done' ? emphasis(`✓ ${text}`) : paragraph(text, { color: 'Attention', bold: true });
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
