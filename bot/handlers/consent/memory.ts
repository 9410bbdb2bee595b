import { z } from 'zod/v4';
import type { Extraction } from '../../../src/consent/extract';
import { factsSchema, type Facts } from '../../../src/consent/model';

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
