import { adaptiveCard, CAPABILITY_VERBS, executeAction, heading, paragraph, smallPrint, type AdaptiveCardJson } from './kit';

const CAPABILITIES: Array<{ title: string; explanation: string; verb: string }> = [
  {
    title: 'Toestemmingsvraag',
    explanation: 'Mag ik dit delen, en met wie? Antwoord volgens de Handreiking gegevensuitwisseling (NJi), met bron.',
    verb: CAPABILITY_VERBS.consent,
  },
  {
    title: 'Spreekuur boeken',
    explanation: 'Een plek in het JOS-inloopspreekuur van je school, met agenda-item.',
    verb: CAPABILITY_VERBS.spreekuur,
  },
  {
    title: 'Anonieme consultatie',
    explanation: 'Een casus voorleggen aan het JOS-team, zonder dat de leerling herkenbaar is.',
    verb: CAPABILITY_VERBS.consultation,
  },
  {
    title: 'Bijeenkomsten',
    explanation: 'Netwerkgroep en leeromgeving plannen en uitnodigen (procesbegeleider).',
    verb: CAPABILITY_VERBS.meetings,
  },
];

/** What the bot stores and for how long; the retention follows knowledge/consultations.yaml. */
export function privacyLine(retentionDays: number): string {
  return (
    'Privacy: de bot bewaart je naam, Teams-id, school en rol, en je afspraken en aanvragen. Toestemmingsvragen zelf worden niet bewaard. ' +
    `De tekst van een consultatie wordt ${retentionDays} dagen na afronding gewist; daarna blijft alleen een anonieme telling over. ` +
    'Noem nooit de naam van een leerling.'
  );
}

function capabilitiesCard(intro: string[], retentionDays: number): AdaptiveCardJson {
  return adaptiveCard(
    [
      ...intro.map((line, index) => (index === 0 ? heading(line) : paragraph(line))),
      ...CAPABILITIES.map((capability) => paragraph(`**${capability.title}**: ${capability.explanation}`)),
      paragraph('Je kunt ook gewoon typen, bijvoorbeeld: "Mag de jgc bij de leerlingbespreking zitten?" of "spreekuur".', { subtle: true }),
      smallPrint(privacyLine(retentionDays)),
    ],
    [...CAPABILITIES.map((capability) => executeAction(capability.title, capability.verb)), executeAction('Privacy', CAPABILITY_VERBS.privacy)],
  );
}

export function welcomeCard(retentionDays: number): AdaptiveCardJson {
  return capabilitiesCard([
    'Welkom bij JOS-assistent',
    'Ik help mentoren, docenten en het JOS-team van Jeugdhulp op School in regio Alkmaar.',
  ], retentionDays);
}

export function helpCard(retentionDays: number): AdaptiveCardJson {
  return capabilitiesCard(
    ['Waarmee kan ik je helpen?', 'Kies hieronder, of type: toestemming, spreekuur, consultatie, bijeenkomsten of help.'],
    retentionDays,
  );
}

export function fallbackCard(retentionDays: number): AdaptiveCardJson {
  return capabilitiesCard([
    'Dat begreep ik niet helemaal',
    'Ik kan je helpen met deze vier dingen. Stel je vraag anders, of kies een van de knoppen.',
  ], retentionDays);
}
