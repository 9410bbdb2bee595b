import { z } from 'zod/v4';
import type { Extraction } from '../../../src/consent/extract';
import { factsSchema, type Facts } from '../../../src/consent/model';
import type { ConsentReader } from './reader';

/** What the conversation remembers between turns: only the facts, and whether a question is open. Never text or names. */
export interface ConsentMemory {
  facts: Facts;
  open: boolean;
}

/** Stored state outlives a deploy: what was saved is checked again when read. */
export const consentMemorySchema = z.object({ facts: factsSchema, open: z.boolean() });

/** What one turn learned from the message text, computed once and read by every route that asks. */
export interface ConsentTurnResults {
  /** The message's facts on their own (no earlier conversation), for routing and the safety check. */
  consentExtraction?: Extraction;
}

/**
 * The facts of this turn's message on its own, extracted once per message: the consultations feature asks it for a
 * safety signal, the consent feature whether it is a question, and the consent answer starts from it.
 */
export function messageExtraction(results: ConsentTurnResults, text: string, read: ConsentReader): Extraction {
  results.consentExtraction ??= read(text);
  return results.consentExtraction;
}
