import { ActivityTypes } from 'botbuilder';
import { CAPABILITY_VERBS, cardMessage } from '../cards/kit';
import { fallbackCard, helpCard, welcomeCard } from '../cards/welcome';
import type { BotApp, BotDeps } from '../deps';

const HELP_COMMAND = /^\s*(help|hulp|menu|\?|wat kun je( allemaal)?( doen)?\??)\s*$/i;

/** Welcome on install, the help card, and the fallback. Registered after every feature: the fallback catches the rest. */
export function registerHelp(app: BotApp, deps: BotDeps): void {
  const { retentionDays } = deps.consultations.settings;
  app.conversationUpdate('membersAdded', async (context) => {
    const botAdded = context.activity.membersAdded?.some((member) => member.id === context.activity.recipient.id);
    if (botAdded) await context.sendActivity(cardMessage(welcomeCard(retentionDays), 'Welkom bij JOS-assistent'));
  });

  app.message(HELP_COMMAND, async (context) => {
    await context.sendActivity(cardMessage(helpCard(retentionDays), 'Waarmee kan ik je helpen?'));
  });

  app.adaptiveCards.actionExecute(CAPABILITY_VERBS.help, async () => helpCard(retentionDays));

  app.activity(ActivityTypes.Message, async (context) => {
    await context.sendActivity(cardMessage(fallbackCard(retentionDays), 'Dat begreep ik niet helemaal'));
  });
}
