import { z } from 'zod/v4';
import type { Person } from '../../src/people/roles';
import { CAPABILITIES, capabilitiesFor, type Capability } from '../cards/commands';
import { CAPABILITY_VERBS, cardMessage, messageCard } from '../cards/kit';
import { fallbackCard, helpCard, welcomeCard } from '../cards/welcome';
import type { BotApp, BotDeps } from '../deps';
import { featureRoutes } from './route';

const HELP_COMMAND = /^\s*(help|hulp|menu|\?|wat kun je( allemaal)?( doen)?\??)\s*$/i;
/** A greeting on its own gets the welcome: what the bot does, for this person. */
const GREETING = /^\s*(hoi|hallo|hey|hee|hi|hello|dag|goedemorgen|goedemiddag|goedenavond|goeiemorgen|morgen|yo)\b[\s!.,]*(jos(-assistent)?)?[\s!.]*$/i;

/** Words that point to a feature, for a text nothing understood: those features are offered first. */
const HINTS: Record<string, RegExp> = {
  [CAPABILITY_VERBS.consent]: /\b(mag|delen|toestemming|gegevens|privacy|avg|ouders?|dossier)\b/i,
  [CAPABILITY_VERBS.spreekuur]: /\b(afspraak|spreekuur|jgc|paj|gesprek|boeken|plek)\b/i,
  'spreekuur.host': /\b(mijn spreekuur|spreekuurtijden|afzeggen)\b/i,
  [CAPABILITY_VERBS.consultation]: /\b(casus|anoniem|consultatie|advies|overleggen|meedenken)\b/i,
  [CAPABILITY_VERBS.meetings]: /\b(bijeenkomst(en)?|netwerkgroep|leeromgeving|uitnodig\w*|vergader\w*)\b/i,
};

const closestTo = (text: string, capabilities: Capability[]): Capability[] =>
  capabilities.filter((capability) => HINTS[capability.verb]?.test(text));

/** Welcome on install and on a greeting, the help card, and the fallback. Registered after every feature: the fallback catches the rest. */
export function registerHelp(app: BotApp, deps: BotDeps): void {
  const { retentionDays } = deps.consultations.settings;
  // Every capability has its hints: a new one without them would never be offered by the fallback.
  for (const capability of CAPABILITIES) if (!HINTS[capability.verb]) throw new Error(`no fallback hints for ${capability.verb}`);
  const welcome = (person: Person) => welcomeCard(person, retentionDays);
  const help = (person: Person) => helpCard(person, retentionDays);
  // The help card takes any payload, so no button of it can be malformed; this answers nothing in practice.
  const routes = featureRoutes(app, deps, { invalid: () => messageCard('Help', 'Typ "help" om te zien wat ik kan.') });

  app.conversationUpdate('membersAdded', async (context) => {
    const botAdded = context.activity.membersAdded?.some((member) => member.id === context.activity.recipient.id);
    if (botAdded) await context.sendActivity(cardMessage(welcome(deps.identify(context)), 'Welkom bij JOS-assistent'));
  });

  routes.command('help.greeting', GREETING, ({ person }) => welcome(person), { summary: 'Welkom bij JOS-assistent' });
  routes.command('help.help', HELP_COMMAND, ({ person }) => help(person), { summary: 'Waarmee kan ik je helpen?' });
  routes.verb(CAPABILITY_VERBS.help, z.unknown(), ({ person }) => help(person));
  routes.command(
    'help.fallback',
    () => true,
    ({ person, context }) => fallbackCard(person, retentionDays, closestTo(context.activity.text ?? '', capabilitiesFor(person))),
    { summary: 'Dat begreep ik niet helemaal' },
  );
}
