import { ActivityTypes } from 'botbuilder';
import { CAPABILITY_VERBS, cardMessage } from '../cards/kit';
import { fallbackCard, helpCard, welcomeCard } from '../cards/welcome';
import type { BotApp } from '../deps';

const HELP_COMMAND = /^\s*(help|hulp|menu|\?|wat kun je( allemaal)?( doen)?\??)\s*$/i;

/** Welcome on install, the help card, and the fallback. Registered after every feature: the fallback catches the rest. */
export function registerHelp(app: BotApp): void {
  app.conversationUpdate('membersAdded', async (context) => {
    const botAdded = context.activity.membersAdded?.some((member) => member.id === context.activity.recipient.id);
    if (botAdded) await context.sendActivity(cardMessage(welcomeCard(), 'Welkom bij JOS-assistent'));
  });

  app.message(HELP_COMMAND, async (context) => {
    await context.sendActivity(cardMessage(helpCard(), 'Waarmee kan ik je helpen?'));
  });

  app.adaptiveCards.actionExecute(CAPABILITY_VERBS.help, async () => helpCard());

  app.activity(ActivityTypes.Message, async (context) => {
    await context.sendActivity(cardMessage(fallbackCard(), 'Dat begreep ik niet helemaal'));
  });
}
