/**
 * The one list of what a person can ask the bot, per role: the welcome, help and fallback cards are built from it,
 * and the README's command table is tested against it (test/cards/commands.test.ts).
 */
import { isProcesbegeleider, josTeamSchools } from '../../src/people/access';
import type { Person } from '../../src/people/roles';
import { CAPABILITY_VERBS } from './kit';

export interface Capability {
  /** The button on the welcome and help cards. */
  title: string;
  explanation: string;
  verb: string;
  /** What a person can type for it, exactly (the README's table names each one). */
  commands: string[];
  /** Typed examples of free text that reach it. */
  examples: string[];
  mayUse: (person: Person) => boolean;
}

const everyone = (): boolean => true;

/** Always there, for everyone, outside the capability buttons: the help card, also on a greeting. */
export const HELP_COMMANDS = ['help', 'hoi'];

export const CAPABILITIES: Capability[] = [
  {
    title: 'Toestemmingsvraag',
    explanation: 'Mag ik dit delen, en met wie? Antwoord volgens de Handreiking gegevensuitwisseling (NJi), met bron.',
    verb: CAPABILITY_VERBS.consent,
    commands: ['toestemming'],
    examples: ['mag de jgc bij de leerlingbespreking?'],
    mayUse: everyone,
  },
  {
    title: 'Spreekuur boeken',
    explanation: 'Een plek in het JOS-inloopspreekuur van je school, met agenda-item.',
    verb: CAPABILITY_VERBS.spreekuur,
    commands: ['spreekuur', 'mijn afspraken'],
    examples: ['ik wil een afspraak maken'],
    mayUse: everyone,
  },
  {
    title: 'Mijn spreekuur',
    explanation: 'Je afspraken van deze en de komende weken, je spreekuurtijden en een datum afzeggen (JOS-team).',
    verb: 'spreekuur.host',
    commands: ['mijn spreekuur'],
    examples: [],
    mayUse: (person) => josTeamSchools(person).length > 0,
  },
  {
    title: 'Anonieme consultatie',
    explanation: 'Een casus voorleggen aan het JOS-team, zonder dat de leerling herkenbaar is.',
    verb: CAPABILITY_VERBS.consultation,
    commands: ['consultatie'],
    examples: ['ik wil een casus anoniem bespreken'],
    mayUse: everyone,
  },
  {
    title: 'Bijeenkomsten',
    explanation: 'Netwerkgroep en leeromgeving plannen en uitnodigen.',
    verb: CAPABILITY_VERBS.meetings,
    commands: ['bijeenkomsten'],
    examples: ['wie komt er op 19 januari 2027?'],
    mayUse: isProcesbegeleider,
  },
];

/** What this person may use, in the order of the list. */
export const capabilitiesFor = (person: Person): Capability[] => CAPABILITIES.filter((capability) => capability.mayUse(person));

/** "toestemming, spreekuur, … of help": the typed commands of these capabilities, in words. */
export function typedCommands(capabilities: Capability[]): string {
  const words = [...capabilities.flatMap((capability) => capability.commands), 'help'];
  return `${words.slice(0, -1).join(', ')} of ${words.at(-1)}`;
}
