import type { Activity } from 'botbuilder';
import { readFileSync } from 'node:fs';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import { SHARED_DIR, sharedFile } from './shared';

/** The published Adaptive Cards 1.5 schema lives beside the repository (read-only background material), never copied into it. */
export const CARD_SCHEMA_FILE = `${SHARED_DIR}teams/adaptive-card-1.5.schema.json`;

const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
type Json = Record<string, unknown>;

interface CardSchema {
  file: string;
  validate: ValidateFunction;
  definitions: Map<string, Json>;
  definitionNames: Map<object, string>;
  /** A definition and every definition it extends through `allOf: [{ $ref }]`. */
  extended: (name: string) => Set<string>;
}

let compiled: CardSchema | undefined;

/** Compiles the schema once per test file; a missing schema is an error, never a skipped check. */
function cardValidator(file: string): CardSchema {
  if (compiled?.file === file) return compiled;
  const { id, ...schema } = JSON.parse(readFileSync(sharedFile('teams/adaptive-card-1.5.schema.json', file), 'utf8')) as { id: string; definitions: Record<string, Json> };
  // verbose: each error carries the schema object it failed, to tell which element kind it belongs to.
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
  ajv.addMetaSchema(draft06);
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'https://base.example/'));
  // The published file names its id the draft-04 way; ajv 8 reads `$id`.
  const validate = ajv.compile({ ...schema, $id: id });
  const definitions = new Map(Object.entries(schema.definitions));
  const extended = (name: string): Set<string> => {
    const refs = ((definitions.get(name)?.allOf as Array<{ $ref?: string }> | undefined) ?? []).flatMap((part) =>
      part.$ref?.startsWith('#/definitions/') ? [part.$ref.slice('#/definitions/'.length)] : [],
    );
    return new Set([name, ...refs.flatMap((ref) => [...extended(ref)])]);
  };
  compiled = { file, validate, definitions, definitionNames: new Map([...definitions].map(([name, value]) => [value, name])), extended };
  return compiled;
}

/** The `type` of the innermost card element (or the card) that holds the value at an ajv instance path. */
function elementTypeAt(card: unknown, instancePath: string): string | undefined {
  let node = card;
  let type = (node as Json).type as string | undefined;
  for (const segment of instancePath.split('/').slice(1)) {
    node = (node as Json | undefined)?.[segment];
    if (node && typeof node === 'object' && typeof (node as Json).type === 'string') type = (node as Json).type as string;
  }
  return type;
}

/**
 * Each element is checked against every element kind (an `anyOf`): keep only the failures of definitions that belong to
 * the kind the element says it is (its own and those it extends through `allOf`), so the message reads "a TextBlock
 * needs text", not one line per kind the element is not.
 */
function describeErrors(card: unknown, errors: ErrorObject[], schema: CardSchema): string[] {
  const lines = errors.flatMap((error) => {
    if (error.keyword === 'anyOf' || error.keyword === 'allOf') return [];
    if (error.keyword === 'enum' && error.instancePath.endsWith('/type')) {
      const kind = elementTypeAt(card, error.instancePath.slice(0, -'/type'.length));
      return kind !== undefined && schema.definitions.has(kind) ? [] : [`${error.instancePath} "${kind}" is not an element or action kind`];
    }
    const definition = schema.definitionNames.get(error.parentSchema as object);
    const kind = elementTypeAt(card, error.instancePath);
    if (definition && kind !== undefined && !schema.extended(kind).has(definition)) return [];
    const detail = error.keyword === 'additionalProperties' ? `: ${String(error.params.additionalProperty)}` : '';
    return [`${error.instancePath || '(card)'} ${error.message}${detail}`];
  });
  return [...new Set(lines)];
}

/**
 * What the schema rejects in one card ([] when it is valid). Teams' `msteams` extension on the root card (e.g.
 * `{ width: 'Full' }`) is not in the published schema: it is allowed and the rest is validated.
 */
export function cardSchemaErrors(card: unknown, schemaFile = CARD_SCHEMA_FILE): string[] {
  const schema = cardValidator(schemaFile);
  const { msteams: _msteams, ...rest } = card as Json;
  return schema.validate(rest) ? [] : describeErrors(rest, schema.validate.errors ?? [], schema);
}

/** Every Adaptive Card in what the bot sent: message attachments and cards returned by an invoke. */
export function cardsIn(activities: Array<Partial<Activity>>): Json[] {
  const cards: Json[] = [];
  for (const activity of activities) {
    for (const attachment of activity.attachments ?? []) {
      if (attachment.contentType === CARD_CONTENT_TYPE) cards.push(attachment.content as Json);
    }
    const body = (activity.type === 'invokeResponse' ? (activity.value as { body?: { type?: string; value?: unknown } })?.body : undefined);
    if (body?.type === CARD_CONTENT_TYPE) cards.push(body.value as Json);
  }
  return cards;
}

/** Throws, naming the card's first text and every problem, when the bot sent a card the schema rejects. */
export function assertValidCards(activities: Array<Partial<Activity>>): void {
  for (const card of cardsIn(activities)) {
    const problems = cardSchemaErrors(card);
    if (problems.length === 0) continue;
    throw new Error(
      `The bot sent an Adaptive Card that the 1.5 schema rejects:\n  ${problems.join('\n  ')}\n` +
        `card: ${JSON.stringify(card).slice(0, 600)}`,
    );
  }
}
