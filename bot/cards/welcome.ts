import type { Person } from '../../src/people/roles';
import { capabilitiesFor, typedCommands, type Capability } from './commands';
import { adaptiveCard, CAPABILITY_VERBS, executeAction, heading, paragraph, smallPrint, type AdaptiveCardJson } from './kit';

/** What the bot stores and for how long; the retention follows knowledge/consultations.yaml. */
export function privacyLine(retentionDays: number): string {
  return (
    'Privacy: de bot bewaart je naam, Teams-id, school en rol, en je afspraken en aanvragen. Toestemmingsvragen zelf worden niet bewaard. ' +
    `De tekst van een consultatie wordt ${retentionDays} dagen na afronding gewist; daarna blijft alleen een anonieme telling over. ` +
    'Noem nooit de naam van een leerling.'
  );
}

function capabilitiesCard(intro: string[], capabilities: Capability[], retentionDays: number): AdaptiveCardJson {
  return adaptiveCard(
    [
      ...intro.map((line, index) => (index === 0 ? heading(line) : paragraph(line))),
      ...capabilities.map((capability) => paragraph(`**${capability.title}**: ${capability.explanation}`)),
      paragraph('Je kunt ook gewoon typen, bijvoorbeeld: "Mag de jgc bij de leerlingbespreking zitten?" of "spreekuur".', { subtle: true }),
      smallPrint(privacyLine(retentionDays)),
    ],
    // The privacy statement is for everyone, next to what the person may use.
    [...capabilities.map((capability) => executeAction(capability.title, capability.verb)), executeAction('Privacy', CAPABILITY_VERBS.privacy)],
  );
}

/** Each card shows only what `person` may use (a mentor sees no "Bijeenkomsten"). */
export function welcomeCard(person: Person, retentionDays: number): AdaptiveCardJson {
  return capabilitiesCard(
    ['Welkom bij JOS-assistent', 'Ik help mentoren, docenten en het JOS-team van Jeugdhulp op School in regio Alkmaar.'],
    capabilitiesFor(person),
    retentionDays,
  );
}

export function helpCard(person: Person, retentionDays: number): AdaptiveCardJson {
  const capabilities = capabilitiesFor(person);
  return capabilitiesCard(
    ['Waarmee kan ik je helpen?', `Kies hieronder, of typ: ${typedCommands(capabilities)}.`],
    capabilities,
    retentionDays,
  );
}

/** `closest`: the features the text came nearest to, offered first; otherwise everything the person may use. */
export function fallbackCard(person: Person, retentionDays: number, closest: Capability[] = []): AdaptiveCardJson {
  const capabilities = closest.length > 0 ? closest : capabilitiesFor(person);
  return capabilitiesCard(
    [
      'Dat begreep ik niet helemaal',
      closest.length > 0
        ? 'Bedoelde je een van deze? Kies een knop, of stel je vraag anders.'
        : 'Hiermee kan ik je helpen. Stel je vraag anders, of kies een van de knoppen.',
    ],
    capabilities,
    retentionDays,
  );
}
