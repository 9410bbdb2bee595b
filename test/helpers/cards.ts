import type { Activity } from 'botbuilder';

type Json = Record<string, unknown>;

/** The Adaptive Card in an activity (or the card itself when given one). */
export function cardOf(source: Partial<Activity> | Json | undefined): Json | undefined {
  if (!source) return undefined;
  if ((source as Json).type === 'AdaptiveCard') return source as Json;
  const attachment = (source as Partial<Activity>).attachments?.find(
    (candidate) => candidate.contentType === 'application/vnd.microsoft.card.adaptive',
  );
  return attachment?.content as Json | undefined;
}

/** Every piece of text a user can see in a card or message: text blocks, facts, choices, input labels and buttons. */
export function cardText(source: Partial<Activity> | Json | undefined): string {
  const parts: string[] = [];
  if (source && typeof (source as Partial<Activity>).text === 'string') parts.push((source as Partial<Activity>).text!);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const element = node as Json;
    if (element.type === 'FactSet') {
      for (const fact of (element.facts as Array<{ title: string; value: string }>) ?? []) parts.push(`${fact.title} ${fact.value}`);
      return;
    }
    // A choice's value is an id, not shown; an input's value is what the user sees in the box.
    for (const key of ['text', 'title', 'label', 'placeholder', 'value']) {
      if (typeof element[key] === 'string' && !(key === 'value' && element.type === undefined)) parts.push(element[key] as string);
    }
    for (const [key, value] of Object.entries(element)) {
      if (key !== 'data' && typeof value === 'object') visit(value);
    }
  };
  visit(cardOf(source));
  return parts.join('\n');
}

export interface CardAction {
  type: string;
  title: string;
  verb?: string;
  url?: string;
  data?: Json;
}

/** All buttons of a card, including those in action sets. */
export function cardActions(source: Partial<Activity> | Json | undefined): CardAction[] {
  const found: CardAction[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const element = node as Json;
    if (typeof element.type === 'string' && element.type.startsWith('Action.')) found.push(element as unknown as CardAction);
    Object.values(element).forEach(visit);
  };
  visit(cardOf(source));
  return found;
}

export function findAction(source: Partial<Activity> | Json | undefined, titleOrVerb: string | RegExp): CardAction {
  const actions = cardActions(source);
  const action = actions.find((candidate) =>
    typeof titleOrVerb === 'string'
      ? candidate.title === titleOrVerb || candidate.verb === titleOrVerb
      : titleOrVerb.test(candidate.title) || titleOrVerb.test(candidate.verb ?? ''),
  );
  if (!action) {
    throw new Error(`no action ${String(titleOrVerb)} in card; actions: ${actions.map((a) => `${a.title} (${a.verb ?? a.url})`).join(', ')}`);
  }
  return action;
}

/** The prefilled value of every input on a card, by input id. */
export function inputValues(card: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const element = node as { type?: string; id?: string; value?: string };
      if (element.type?.startsWith('Input.') && element.id && element.value !== undefined) values[element.id] = element.value;
      Object.values(node).forEach(visit);
    }
  };
  visit(card);
  return values;
}
