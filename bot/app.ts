import { Application, TeamsAdapter } from '@microsoft/teams-ai';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { BotDeps } from './deps';
import { registerConsent } from './handlers/consent/feature';
import { registerConsultations } from './handlers/consultations/feature';
import { registerHelp } from './handlers/help';
import { registerMeetings } from './handlers/meetings/feature';
import { registerPrivacy } from './handlers/privacy/feature';
import { attachState, type AppTurnState } from './handlers/route';
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

export function createApplication(adapter: TeamsAdapter, storage: SqliteStorage, botAppId: string, deps: BotDeps): Application<AppTurnState> {
  const app = new Application<AppTurnState>({
    adapter,
    botAppId,
    storage,
    startTypingTimer: false,
    removeRecipientMention: true,
  });

  app.turn('beforeTurn', async (context, state) => {
    if (isUnmentionedChannelMessage(context)) return false;
    attachState(context, state);
    if (context.activity.from?.id) {
      const person = deps.identify(context);
      deps.proactive.remember(person.id, context.activity);
    }
    return true;
  });

  app.error(async (context, error) => {
    deps.logger.error({ event: 'turn.error', err: error.name, activityType: context.activity.type }, 'turn failed');
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
