import { beforeAll, describe, expect, it } from 'vitest';
import { extractAgeBand } from '../../src/consent/age';
import { decide } from '../../src/consent/engine';
import { extractFacts } from '../../src/consent/extract';
import { screen } from '../helpers/screen';
import { loadConsentKnowledge } from '../../src/consent/knowledge';
import type { ConsentKnowledge } from '../../src/consent/model';
import { editDistance, normalizeForFacts } from '../../src/consent/text';
import { firstOf } from './firstAnswer';

let knowledge: ConsentKnowledge;
beforeAll(() => {
  knowledge = loadConsentKnowledge('knowledge/consent');
});

const first = (text: string) => firstOf(decide(knowledge, extractFacts(text, screen).facts));

/**
 * Our own phrasings, written apart from the shared scenarios: typos, missing accents, chat shorthand and other word
 * orders. Each row: what a mentor might type, and what the bot must answer first (a verdict or the question it asks).
 */
const PHRASINGS: Array<[string, string]> = [
  ['mag de jgc bij de leerlingbespreking?', 'V-GEEN'],
  ['Mag de J&G coach mee naar de leerlingbespreking van 3B?', 'V-GEEN'],
  ["gw'er wil Sem (13) observeren", 'V-BEIDEN'],
  ['mag de gedragswetenschaper een iq test doen bij een lln van 15', 'V-BEIDEN'],
  ['de ambulant hulpverlener wil begeleiding starten met een 16 jarige', 'V-LEERLING16'],
  ['kan de ortho een leerling testen die bijna 12 is', 'V-OUDERS12'],
  ['Ze wordt over twee weken 12, mag de gedragswetenschapper haar nu al testen?', 'V-OUDERS12'],
  ['wil mn leerling (16) laten testen door de orthopedagoog, moeten de ouders tekenen?', 'V-LEERLING16'],
  ['Leerling is 19, mag de jgc nog helpen?', 'V-LEERLING18'],
  ['de gw\'er wil de hele klas observeren en van elke leerling een verslag maken (13 jaar)', 'V-BEIDEN'],
  ['kan de jgc zn bevindingen uit de gesprekken met mij delen? leerling is 13', 'V-BEIDEN'],
  ['Is het goed als ik de gwer om raad vraag over een leerling met adhd?', 'V-GEEN'],
  ['Mag de PAJ in de klas meekijken hoe ik met de groep omga?', 'V-GEEN'],
  ['mag de jgc de cijfers in somtoday inzien?', 'V-NIET'],
  ['mag ik ff met t wijkteam bellen over een ll (15) die al hulp krijgt', 'V-BEIDEN'],
  ['ik wil een gezin aanmelden bij t wijkteam', 'Q-LEEFTIJD'],
  ['Ik wil zorgen over een leerling van 16 doorgeven aan het gebiedsteam', 'V-LEERLING16'],
  ['Mag ik anoniem een casus voorleggen aan het wijkteam?', 'V-GEEN'],
  ['Mag ik een leerling (15) in het mdo bespreken, zijn hulpverlener van het wijkteam is er ook?', 'V-BEIDEN'],
  ['mag ik een leerling van 14 inbrengen in het zorg- en adviesteam? de jgc schuift aan', 'Q-MDO'],
  ['Mag ik de jeugdarts vragen wat er met hem aan de hand is? Hij is 14.', 'V-BEIDEN'],
  ['ll is al 3 weken ziek, mag ik de jeugdarts inschakelen?', 'V-INFO'],
  ['Mag de jeugdverpleegkundige een lijst met namen en geboortedata van klas 2?', 'V-GEEN'],
  ['ggd vraagt of ik een vragenlijst over een leerling (13) wil invullen', 'V-OUDERS16'],
  ['leerplicht vraagt naar de diagnose van een leerling die veel verzuimt', 'V-NIET'],
  ['moet ik verzuim melden bij de leerplichtambtenar?', 'V-INFO'],
  ['Mag ik het onderwijskundig rapport naar de vervolgschool sturen?', 'V-INFO'],
  ['Mag ik de nieuwe school bellen over de thuissituatie van een leerling van 15?', 'V-OUDERS16'],
  ['mag ik de ouders van een 15-jarige bellen over zn cijfers?', 'V-GEEN'],
  ['mag ik de ouders vertellen wat hij bij de jgc vertelde? hij is 16', 'V-LEERLING16'],
  ['Een ouder zonder gezag wil het rapport inzien', 'V-INFO'],
  ['de gezinsvoogd wil weten hoe het op school gaat', 'V-INFO'],
  ['mag ik een leerling in de verwijsindex zetten', 'V-FG'],
  ['de politie belt en vraagt naar een leerling', 'V-FG'],
  ["mag ik mn collega's vertellen dat hij adhd heeft", 'V-GEEN'],
  ['Mag ik Veilig Thuis anoniem om advies vragen?', 'V-MELDCODE'],
  ['vader slaat hem, hij durft niet naar huis', 'V-ACUUT'],
  ['leerling van 14 vertelde dat ze niet meer wil leven', 'V-ACUUT'],
  ['vader slaat hem. mag ik de jgc inschakelen?', 'V-MELDCODE'],
  ['Ik heb het vermoeden dat een meisje thuis geslagen wordt, mag ik de jgc inschakelen?', 'V-MELDCODE'],
  ['ze heeft blauwe plekken en wil niks zeggen, mag ik de zoco bellen?', 'V-MELDCODE'],
  ['geen idee of hij mishandeld wordt, mag de jgc met hem praten? hij is 13', 'V-MELDCODE'],
  ['er is geen acuut gevaar maar ik maak me zorgen over de thuissituatie', 'Q-ZORGEN'],
  ['geen sprake van mishandeling hoor, mag de paj gesprekken voeren met een leerling van 17?', 'V-LEERLING16'],
  ['Leerling zit in de brugklas, mag de jgc met haar praten?', 'Q-LEEFTIJD'],
  ['ouders zijn gescheiden, vader wil niet dat de jgc met zijn dochter (14) praat', 'V-FG'],
  ["Ouders zijn gescheiden. Mag de gw'er mijn leerling van 13 testen?", 'Q-GEZAG'],
  ['mag ik dit delen?', 'Q-MET-WIE'],
  ["Mag ik aan de jgc vertellen dat het thuis niet goed gaat met Lisa (13)?", 'Q-ZORGEN'],
  ["moet ik de ouders inlichten als ik de jgc inschakel voor een leerling van 14?", 'V-OUDERS16'],
  ["de moeder van een leerling (14) wil niet dat de jgc met haar dochter praat", 'V-FG'],
  ["ik heb het vermoeden dat een leerling van 15 zichzelf snijdt", 'Q-NOOD'],
  ["leerling vertelde dat haar stiefvader aan haar zit", 'V-MELDCODE'],
  ["Vader belt: hij wil weten hoe zijn zoon (16) het doet met de psycholoog", 'V-LEERLING16'],
  ["Mag ik zomaar info over een leerling doorsturen naar de nieuwe school?", 'Q-OVERSTAP'],
  ["de raad voor de kinderbescherming belt over een leerling", 'V-FG'],
  ["Moet ik toestemming vragen om een leerling te bespreken in de leerlingbespreking met alleen docenten?", 'V-GEEN'],
  // A batch written in one go before running it: 16 of 20 passed at first, none unsafe (the misses asked a question).
  ["kan de gw er bij zijn als we sem bespreken in de leerlingbespreking", 'V-GEEN'],
  ["de orthopedagoog wil een intelligentietest afnemen bij een meisje van 13", 'V-BEIDEN'],
  ["mag de paj wekelijks met een leerling van 11 jaar praten", 'V-OUDERS12'],
  ["de jgc wil een 17 jarige begeleiden, moet moeder tekenen?", 'V-LEERLING16'],
  ["mag de wijkteammedewerker in magister kijken", 'V-NIET'],
  ["de leerplichtambtenaar vraagt wat wij al gedaan hebben aan het verzuim", 'V-INFO'],
  ["ik denk dat een leerling thuis mishandeld wordt", 'V-MELDCODE'],
  ["een leerling heeft een mes bij zich en dreigt een klasgenoot neer te steken", 'V-ACUUT'],
  ["een leerling vertelt dat haar vader haar slaat", 'V-MELDCODE'],
  ["de GGD vraagt om een klassenlijst met naam en geboortedatum", 'V-GEEN'],
  ["ik wil de vervolgschool bellen over de zorgen rond een leerling van 15", 'V-OUDERS16'],
  ["moet ik het overstapdossier met toestemming van ouders versturen?", 'V-INFO'],
  ["mag ik informatie geven aan de huisarts van een leerling", 'V-FG'],
  ["moeder van een 18-jarige wil weten hoe het met de cijfers gaat", 'V-LEERLING18'],
  ["mag ik de cijfers van een 14 jarige met zijn ouders bespreken", 'V-GEEN'],
  ["ik wil een leerling (12) inbrengen in het mdo", 'V-OUDERS16'],
  ["kan ik een casus zonder naam voorleggen aan de jgc?", 'V-GEEN'],
  ["mag de gedragswetenschapper een leerling observeren in de klas", 'Q-LEEFTIJD'],
  ["de jgc wil me vertellen wat er uit de gesprekken met een leerling (14) kwam", 'V-BEIDEN'],
  ["het gezag ligt bij een voogd en die is het niet eens met de hulp, leerling is 13, jgc wil begeleiden", 'V-FG'],
  // A second batch written before running it: 18 of 20 passed at first, none unsafe.
  ["mag onze gedragswetenschapper meedenken over de aanpak van een lastige leerling?", 'V-GEEN'],
  ["kan de j&g coach een paar gesprekken voeren met een jongen van 14 uit mijn mentorklas", 'V-BEIDEN'],
  ["de orthopedagoog wil een leerling van 11 observeren in de klas", 'V-OUDERS12'],
  ["de ambulante hulpverlener wil met een 16-jarige een traject starten", 'V-LEERLING16'],
  ["mag de jgc een leerling van 18 begeleiden?", 'V-LEERLING18'],
  ["een leerling komt vaak met blauwe plekken op school", 'V-MELDCODE'],
  ["leerling zegt dat hij zelfmoord wil plegen", 'V-ACUUT'],
  ["moet ik ongeoorloofd verzuim melden bij leerplicht?", 'V-INFO'],
  ["mag ik de leerplichtambtenaar de diagnose van een leerling geven", 'V-NIET'],
  ["mag ik de ouders van een leerling van 13 informeren over zijn gedrag in de klas", 'V-GEEN'],
  ["gescheiden vader zonder gezag wil weten hoe zijn dochter het doet op school", 'V-INFO'],
  ["mag ik het gebiedsteam inschakelen voor een gezin, de leerling is 13", 'V-OUDERS16'],
  ["ik wil overleggen met de wijkcoach over een leerling (13) die daar al hulp krijgt", 'V-BEIDEN'],
  ["moet ik toestemming hebben om een leerling (14) te bespreken in het ZAT?", 'V-OUDERS16'],
  ["kan ik een leerling anoniem bespreken met het wijkteam?", 'V-GEEN'],
  ["mag de jeugdbeschermer informatie krijgen over een leerling met een OTS?", 'V-INFO'],
  ["mag de gw'er toegang krijgen tot magister", 'V-NIET'],
  ["mag de jgc een leerling begeleiden?", 'Q-LEEFTIJD'],
  ["mag ik met de teamleider over een leerling praten", 'V-GEEN'],
  ["mag ik de ouders vertellen dat hun zoon van 17 bij de psycholoog loopt?", 'V-LEERLING16'],
];

describe('own phrasings beyond the shared scenarios (typos, shorthand, no accents)', () => {
  it.each(PHRASINGS)('%s → %s', (text, expected) => {
    expect(first(text)).toBe(expected);
  });

  it('passes all of them', () => {
    const passed = PHRASINGS.filter(([text, expected]) => first(text) === expected).length;
    process.stdout.write(`Eigen formuleringen: ${passed}/${PHRASINGS.length} geslaagd\n`);
    expect(passed).toBe(PHRASINGS.length);
  });
});

describe('facts the text supports, and none it does not', () => {
  it('never guesses an age', () => {
    for (const text of [
      'Leerling zit in 3 havo en is al 12 weken ziek',
      'leerling zit in de brugklas',
      'een groep van 14 leerlingen in klas 2',
      'Sem (13) en zijn zus (16) worden besproken',
      'hij is voor de 4e x ziek gemeld in 12 weken',
      'al 2 jaar in behandeling, cijfer van 6',
    ]) {
      expect(extractAgeBand(text), text).toBeUndefined();
    }
  });

  it('reads ages in the ways mentors write them; the age today counts', () => {
    const cases: Array<[string, string]> = [
      ['Noor (14)', '12-15'],
      ['een 14-jarige', '12-15'],
      ['veertienjarige jongen', '12-15'],
      ['hij is net 12', '12-15'],
      ['wordt over twee weken 12', '<12'],
      ['wordt volgende maand 16', '12-15'],
      ['is net 16 geworden', '16-17'],
      ['zestien jaar oud', '16-17'],
      ['leerling is 18.', '18+'],
      ['een meerderjarige leerling', '18+'],
      ['ll van 11', '<12'],
      ['lln 15jr', '12-15'],
    ];
    for (const [text, band] of cases) expect(extractAgeBand(text), text).toBe(band);
  });

  it('tells danger and abuse apart from ordinary words', () => {
    expect(extractFacts('dat slaat nergens op, mag de jgc bij de bespreking?', screen).facts.answers['Q-ZORGEN']).toBeUndefined();
    expect(extractFacts('ze is 3x ziek gemeld', screen).facts.answers['Q-ZORGEN']).toBeUndefined();
    expect(extractFacts('hij wil niet meer leren', screen).facts.answers['Q-NOOD']).toBeUndefined();
    expect(extractFacts('er is geen sprake van mishandeling', screen).facts.answers['Q-ZORGEN']).toBe('nee');
    expect(extractFacts('geen direct gevaar', screen).facts.answers['Q-NOOD']).toBe('nee');
    expect(extractFacts('hij wil niet naar huis', screen).facts.ask).toContain('Q-NOOD');
  });

  it('asks whether it is anonymous when the text says both anonymous and with a name', () => {
    const { facts } = extractFacts('ik wil het anoniem bespreken maar wel met zijn naam erbij, met de jgc', screen);
    expect(facts.answers['Q-HERKENBAAR']).toBeUndefined();
    expect(facts.ask).toContain('Q-HERKENBAAR');
    expect(extractFacts('het is niet anoniem', screen).facts.answers['Q-HERKENBAAR']).toBe('ja');
  });

  it('keeps only the facts of the branch of the party it found', () => {
    const { facts } = extractFacts('ik wil even bellen met het wijkteam over Noor (14), ze heeft al jeugdhulp, over de thuissituatie', screen);
    expect(facts.answers).toEqual({ 'Q-MET-WIE': 'MW3', 'Q-LEEFTIJD': '12-15', 'Q-WIJKTEAM': 'W1' });
  });

  it('marks a message as a consent question only when it is about sharing or gives facts', () => {
    expect(extractFacts('mag ik de jgc om advies vragen?', screen).consentCue).toBe(true);
    expect(extractFacts('hoe laat is het?', screen).consentCue).toBe(false);
  });
});

describe('normalising chat text', () => {
  it('writes out shorthand, strips accents and joins role names', () => {
    expect(normalizeForFacts("Mag de jeugd- en gezinscoach m'n lln zien? Zorgcoördinator ff gebeld")).toBe(
      'mag de jgc mijn leerlingen zien zorgcoordinator even gebeld',
    );
    expect(normalizeForFacts('De preventief ambulant jeugdhulpverlener VO')).toBe('de paj');
  });

  it('corrects one typo in a long keyword but leaves ordinary words alone', () => {
    expect(normalizeForFacts('toestemmming gedragswetenschaper')).toBe('toestemming gedragswetenschapper');
    expect(normalizeForFacts('ziek gemeld, ff gebeld')).toBe('ziek gemeld even gebeld');
    expect(normalizeForFacts('verwaarlzoing leerplichtambtenar')).toBe('verwaarlozing leerplichtambtenaar');
    expect(editDistance('verwaarlozing', 'verwaarlzoing', 2)).toBe(1);
  });
});

describe('messages for other features', () => {
  it('does not read consultation or other commands as consent questions', () => {
    for (const text of ['mijn consultaties', 'open consultaties', 'consultatie', 'spreekuur', 'bijeenkomsten', 'help', 'hallo', 'mag ik morgen later komen?']) {
      expect(extractFacts(text, screen).consentCue, text).toBe(false);
    }
  });
});

describe('safety first, whatever else the message says', () => {
  const DANGER = ['hij durft vanavond niet naar huis', 'ze zegt dat ze een eind aan haar leven wil maken', 'hij heeft een mes bij zich en dreigt ermee'];
  const ABUSE = ['ik vermoed dat hij thuis geslagen wordt', 'ze heeft weer blauwe plekken', 'er is sprake van huiselijk geweld', 'volgens mij wordt ze verwaarloosd'];
  const CONTEXTS = [
    'mag de jgc bij de leerlingbespreking?',
    'Kan ik een casus anoniem bespreken met de gedragswetenschapper?',
    'mag ik de ouders van een 17-jarige bellen over zijn cijfers?',
    'De GGD wil klassenlijsten voor het bezoek van de jeugdverpleegkundige.',
    'leerling (18) gaat naar een andere school',
  ];

  it('answers V-ACUUT for danger and V-MELDCODE for abuse in any context, before or after it', () => {
    for (const context of CONTEXTS) {
      for (const danger of DANGER) {
        expect(first(`${danger}. ${context}`), `${danger} + ${context}`).toBe('V-ACUUT');
        expect(first(`${context} ${danger}.`), `${context} + ${danger}`).toBe('V-ACUUT');
      }
      for (const abuse of ABUSE) {
        expect(first(`${abuse}. ${context}`), `${abuse} + ${context}`).toBe('V-MELDCODE');
        expect(first(`${context} ${abuse}.`), `${context} + ${abuse}`).toBe('V-MELDCODE');
      }
    }
  });
});
