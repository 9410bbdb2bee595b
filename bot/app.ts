import { Application, TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { errorFacts } from '../src/logger';
import type { BotDeps } from './deps';
import { personKey } from './identity';
import { registerConsent } from './handlers/consent';
import { registerConsultations } from './handlers/consultations';
import { registerHelp } from './handlers/help';
import { registerMeetings } from './handlers/meetings';
import { registerSpreekuur } from './handlers/spreekuur';
import type { SqliteStorage } from './storage';

/** In a team channel the bot only answers when it is mentioned (Teams only sends those, but a channel may be set up otherwise). */
function isUnmentionedChannelMessage(context: TurnContext): boolean {
  const activity = context.activity;
  if (activity.type !== ActivityTypes.Message || activity.conversation?.conversationType !== 'channel') return false;
  return !(activity.entities ?? []).some(
    (entity) => entity.type === 'mention' && (entity as { mentioned?: { id?: string } }).mentioned?.id === activity.recipient.id,
  );
}

export function createApplication(adapter: TeamsAdapter, storage: SqliteStorage, botAppId: string, deps: BotDeps): Application<TurnState> {
  const app = new Application<TurnState>({
    adapter,
    botAppId,
    storage,
    startTypingTimer: false,
    removeRecipientMention: true,
  });

  app.turn('beforeTurn', async (context) => {
    if (isUnmentionedChannelMessage(context)) return false;
    if (personKey(context.activity, deps.config.mode)) {
      const person = deps.identify(context);
      deps.proactive.remember(person.id, context.activity);
    }
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
  registerConsent(app, deps);
  registerHelp(app, deps);
  return app;
}
