// The two modules, not the package index: that also loads teams-ai's AI planners, the openai client and the GPT
// tokenizer, 11 MB of heap the bot never uses (issue 15).
import { Application } from '@microsoft/teams-ai/lib/Application.js';
import { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter.js';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { errorFacts } from '../src/logger';
import type { BotDeps } from './deps';
import { personKey } from './identity';
import { RateLimiter, type RateVerdict } from './rateLimit';
import { registerConsent } from './handlers/consent/feature';
import { registerConsultations } from './handlers/consultations/feature';
import { registerHelp } from './handlers/help';
import { registerMeetings } from './handlers/meetings/feature';
import { registerPrivacy } from './handlers/privacy/feature';
import { attachState, ConversationTurnState, type AppTurnState } from './handlers/route';
import { registerSpreekuur } from './handlers/spreekuur/feature';
import type { SqliteStorage } from './storage';

/** In a team channel the bot only answers when it is mentioned (Teams only sends those, but a channel may be set up otherwise). */
function isUnmentionedChannelMessage(context: TurnContext): boolean {
  const activity = context.activity;
  if (activity.type !== ActivityTypes.Message || activity.conversation?.conversationType !== 'channel') return false;
  return !(activity.entities ?? []).some(
    (entity) => entity.type === 'mention' && (entity as { mentioned?: { id?: string } }).mentioned?.id === activity.recipient.id,
  );
}

const SLOW_DOWN = 'Je stuurt me veel berichten achter elkaar. Wacht een minuutje, dan help ik je graag verder.';

/** What a person does themselves (and what costs the bot work): messages, card clicks and other invokes. */
function isUserAction(context: TurnContext): boolean {
  return context.activity.type === ActivityTypes.Message || context.activity.type === ActivityTypes.Invoke;
}

/** Says once per minute that the person should slow down; a click always gets the sentence as its answer. */
async function refuseForNow(context: TurnContext, verdict: Exclude<RateVerdict, 'allowed'>): Promise<void> {
  if (context.activity.type === ActivityTypes.Invoke) {
    await context.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: SLOW_DOWN } },
    });
  } else if (verdict === 'first-refusal') {
    await context.sendActivity(SLOW_DOWN);
  }
}

export function createApplication(adapter: TeamsAdapter, storage: SqliteStorage, botAppId: string, deps: BotDeps): Application<AppTurnState> {
  const app = new Application<AppTurnState>({
    adapter,
    botAppId,
    storage,
    turnStateFactory: () => new ConversationTurnState(),
    startTypingTimer: false,
    removeRecipientMention: true,
  });

  const limiter = new RateLimiter(deps.config.rateLimitPerMinute, deps.clock);
  app.turn('beforeTurn', async (context, state) => {
    if (isUnmentionedChannelMessage(context)) return false;
    attachState(context, state);
    const key = personKey(context.activity, deps.config.mode);
    if (!key) return true;
    if (isUserAction(context)) {
      const verdict = limiter.hit(key);
      if (verdict !== 'allowed') {
        if (verdict === 'first-refusal') deps.logger.warn({ event: 'rate.limited', personId: key });
        await refuseForNow(context, verdict);
        return false;
      }
    }
    const person = deps.identify(context);
    deps.proactive.remember(person.id, context.activity);
    return true;
  });

  app.error(async (context, error) => {
    deps.logger.error({ event: 'turn.error', ...errorFacts(error), activityType: context.activity.type }, 'turn failed');
    await context.sendActivity('Er ging iets mis aan mijn kant. Probeer het zo nog eens; je gegevens zijn niet kwijt.');
  });

  // Features with anchored commands first, consent's free-text questions after them, help and the catch-all fallback last.
  registerMeetings(app, deps);
  registerSpreekuur(app, deps);
  // Consultations before consent: its commands and wishes ("ik wil een casus anoniem bespreken") are anchored and
  // never match a question, so "mag ik deze casus anoniem bespreken?" still reaches the consent feature.
  registerConsultations(app, deps);
  // Before consent's free-text questions: "mijn gegevens" is a command, not a question.
  registerPrivacy(app, deps);
  registerConsent(app, deps);
  registerHelp(app, deps);
  return app;
}
