import { z } from 'zod/v4';
import type { Config } from '../../src/config';

/** The one channel the bot is for; the Agents Playground (npm start, browser tests) sends it too (`--channel-id msteams`). */
export const ACCEPTED_CHANNELS: ReadonlySet<string> = new Set(['msteams']);

const id = z.string().min(1).max(512);
const account = z.looseObject({ id, name: z.string().max(512).optional(), aadObjectId: z.string().min(1).max(128).optional() });

/**
 * The fields every turn relies on, with the types it relies on. What else an activity carries is left to the
 * features (their own zod schemas), but a missing or mistyped field here would throw inside the SDK or a turn.
 */
const envelopeSchema = z.looseObject({
  type: z.string().min(1).max(64),
  channelId: z.string().max(64),
  serviceUrl: z.string().min(1).max(2048),
  id: z.string().max(512).optional(),
  from: account,
  recipient: account,
  conversation: z.looseObject({
    id,
    conversationType: z.string().max(64).optional(),
    tenantId: z.string().max(128).optional(),
    isGroup: z.boolean().optional(),
  }),
  text: z.string().optional(),
  name: z.string().max(256).optional(),
  replyToId: z.string().max(512).optional(),
  locale: z.string().max(64).optional(),
  deliveryMode: z.string().max(64).optional(),
  entities: z.array(z.looseObject({ type: z.string().max(128) })).max(100).optional(),
  attachments: z.array(z.looseObject({})).max(100).optional(),
  membersAdded: z.array(account).max(1000).optional(),
  membersRemoved: z.array(account).max(1000).optional(),
  channelData: z.looseObject({}).optional(),
});

export type EnvelopeCheck = { ok: true } | { ok: false; status: 400 | 403; code: 'BadRequest' | 'Forbidden'; message: string };

/**
 * Checks an incoming activity before any turn: malformed envelopes get 400 (never 500 from deep inside the SDK),
 * activities from another channel 403. In Teams mode people are keyed on their Entra object id, so messages and
 * clicks must carry one. The answers name no internals.
 */
export function checkEnvelope(body: unknown, config: Pick<Config, 'mode'>): EnvelopeCheck {
  const parsed = envelopeSchema.safeParse(body);
  if (!parsed.success) {
    return { ok: false, status: 400, code: 'BadRequest', message: `Invalid activity: ${parsed.error.issues[0]!.path.join('.') || 'body'}.` };
  }
  const activity = parsed.data;
  if (!ACCEPTED_CHANNELS.has(activity.channelId)) {
    return { ok: false, status: 403, code: 'Forbidden', message: 'This bot only serves Microsoft Teams.' };
  }
  if (config.mode === 'teams' && (activity.type === 'message' || activity.type === 'invoke') && !activity.from.aadObjectId) {
    return { ok: false, status: 400, code: 'BadRequest', message: 'Invalid activity: from.aadObjectId.' };
  }
  return { ok: true };
}
