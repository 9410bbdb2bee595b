import { beforeAll, describe, expect, it } from 'vitest';
import { extractAgeBand } from '../../src/consent/age';
import { decide } from '../../src/consent/engine';
import { extractFacts } from '../../src/consent/extract';
import { readSafety } from '../../src/consent/safety';
import { screen } from '../helpers/screen';
import { loadConsentKnowledge } from '../../src/consent/knowledge';
import type { ConsentKnowledge } from '../../src/consent/model';
import { editDistance, normalizeForFacts } from '../../src/consent/text';
import { firstOf } from './firstAnswer';

let knowledge: ConsentKnowledge;
beforeAll(() => {
  knowledge = loadConsentKnowledge('knowledge/consent');
});

const first = (text: string) => firstOf(decide(knowledge, extractFacts(text, knowledge.cues, screen).facts));

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
    expect(extractFacts('dat slaat nergens op, mag de jgc bij de bespreking?', knowledge.cues, screen).facts.answers['Q-ZORGEN']).toBeUndefined();
    expect(extractFacts('ze is 3x ziek gemeld', knowledge.cues, screen).facts.answers['Q-ZORGEN']).toBeUndefined();
    expect(extractFacts('hij wil niet meer leren', knowledge.cues, screen).facts.answers['Q-NOOD']).toBeUndefined();
    expect(extractFacts('er is geen sprake van mishandeling', knowledge.cues, screen).facts.answers['Q-ZORGEN']).toBe('nee');
    expect(extractFacts('geen direct gevaar', knowledge.cues, screen).facts.answers['Q-NOOD']).toBe('nee');
    expect(extractFacts('hij wil niet naar huis', knowledge.cues, screen).facts.ask).toContain('Q-NOOD');
  });

  it('asks whether it is anonymous when the text says both anonymous and with a name', () => {
    const { facts } = extractFacts('ik wil het anoniem bespreken maar wel met zijn naam erbij, met de jgc', knowledge.cues, screen);
    expect(facts.answers['Q-HERKENBAAR']).toBeUndefined();
    expect(facts.ask).toContain('Q-HERKENBAAR');
    expect(extractFacts('het is niet anoniem', knowledge.cues, screen).facts.answers['Q-HERKENBAAR']).toBe('ja');
  });

  it('keeps only the facts of the branch of the party it found', () => {
    const { facts } = extractFacts('ik wil even bellen met het wijkteam over Noor (14), ze heeft al jeugdhulp, over de thuissituatie', knowledge.cues, screen);
    expect(facts.answers).toEqual({ 'Q-MET-WIE': 'MW3', 'Q-LEEFTIJD': '12-15', 'Q-WIJKTEAM': 'W1' });
  });

  it('marks a message as a consent question only when it is about sharing or gives facts', () => {
    expect(extractFacts('mag ik de jgc om advies vragen?', knowledge.cues, screen).consentCue).toBe(true);
    expect(extractFacts('hoe laat is het?', knowledge.cues, screen).consentCue).toBe(false);
  });
});

describe('normalising chat text', () => {
  it('writes out shorthand, strips accents and joins role names', () => {
    expect(normalizeForFacts("Mag de jeugd- en gezinscoach m'n lln zien? Zorgcoördinator ff gebeld", knowledge.cues.vocabulary)).toBe(
      'mag de jgc mijn leerlingen zien zorgcoordinator even gebeld',
    );
    expect(normalizeForFacts('De preventief ambulant jeugdhulpverlener VO', knowledge.cues.vocabulary)).toBe('de paj');
  });

  it('corrects one typo in a long keyword but leaves ordinary words alone', () => {
    expect(normalizeForFacts('toestemmming gedragswetenschaper', knowledge.cues.vocabulary)).toBe('toestemming gedragswetenschapper');
    expect(normalizeForFacts('ziek gemeld, ff gebeld', knowledge.cues.vocabulary)).toBe('ziek gemeld even gebeld');
    expect(normalizeForFacts('verwaarlzoing leerplichtambtenar', knowledge.cues.vocabulary)).toBe('verwaarlozing leerplichtambtenaar');
    expect(editDistance('verwaarlozing', 'verwaarlzoing', 2)).toBe(1);
  });
});

describe('messages for other features', () => {
  it('does not read consultation or other commands as consent questions', () => {
    for (const text of ['mijn consultaties', 'open consultaties', 'consultatie', 'spreekuur', 'bijeenkomsten', 'help', 'hallo', 'mag ik morgen later komen?']) {
      expect(extractFacts(text, knowledge.cues, screen).consentCue, text).toBe(false);
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

describe('classes of meaning from the b25–b27 unsafe misses', () => {
  it('answers V-ACUUT when the person who abused or threatened the pupil picks her up today and she dreads going', () => {
    expect(first('Mijn leerling (13) zegt in tranen dat haar stiefvader haar na school komt ophalen. Hij heeft haar aangezeten waar het niet hoort. Ze durft niet met hem mee. Mag ik haar moeder bellen?')).toBe('V-ACUUT');
    expect(first('Een jongen van 14 zegt dat zijn broer hem vandaag komt halen; die heeft gedreigd hem te pakken. Hij is bang en wil niet mee. Wie mag ik inlichten?')).toBe('V-ACUUT');
  });

  it('asks Q-ZORGEN first for a tired pupil who lacks lunch or gym things and a parent who does not answer', () => {
    const text = 'Lisa (12) is steeds moe en vergeet vaak haar gymtas en jas; vader reageert nooit op mijn berichten. Mag ik de jgc inschakelen?';
    expect(first(text)).toBe('Q-ZORGEN');
    // the named signals in knowledge/ find it themselves, not only the statistical net behind them
    expect(readSafety(knowledge.cues.safety, normalizeForFacts(text, knowledge.cues.vocabulary)).abuse).toBe('possible');
  });

  it('asks who receives it when someone outside the school, unnamed, is to look at the file', () => {
    expect(first('Als zorgcoördinator wil ik iemand van buiten school het OPP van een leerling van 13 laten bekijken. Mag dat?')).toBe('Q-MET-WIE');
  });

  it('reads a mother who says it is bad for the pupil if the father without gezag knows as a doubt about the interest', () => {
    expect(first('De vader van Lotte (13) heeft geen gezag en wil haar rapport. Moeder zegt dat het slecht is voor Lotte als hij dat ziet. Moet ik het geven?')).not.toBe('V-INFO');
  });

  it('answers V-ACUUT for a farewell in everyday words next to self-harm or a dangerous place', () => {
    expect(first('Een leerling (14) appt me een foto van verse sneden in haar arm met "sorry juf, dit is de laatste keer dat ik iets stuur". Mag ik haar moeder bellen?')).toBe('V-ACUUT');
    expect(first('Een meisje (15) staat nu bij de Leeghwaterbrug en stuurt klasgenoten dat ze dag zegt tegen iedereen. Mag ik haar adres geven?')).toBe('V-ACUUT');
  });
});

describe('classes of meaning from the b28–b30 safety misses', () => {
  it('puts danger first for end words in a subordinate clause, and decides it when the pupil already knows how', () => {
    expect(first('Een meisje uit 4 vwo (16) schreef in haar logboek dat het na de zomer allemaal niet meer hoeft en dat ze al bedacht heeft hoe. Mag ik dit met de zorgcoördinator bespreken?')).toBe('V-ACUUT');
    expect(first('Een jongen (15) zei tegen zijn mentor dat alles na de kerst niet meer hoeft en dat hij precies weet hoe. Mag ik zijn vader bellen?')).toBe('V-ACUUT');
  });

  it('asks Q-NOOD instead of deciding when the writer doubts what was meant: half heard, maybe about something else, laughed away, torn up', () => {
    for (const text of [
      'Ik ving in de gang half op dat Thijs (15) tegen een vriend zei dat hij er vannacht een eind aan maakt; misschien ging het over een game. Mag ik zijn moeder bellen?',
      'Sophie (14) schreef in de les op een blaadje dat ze niet meer wil leven en verfrommelde het direct. Ze reageert nu weer normaal. Mag ik de jeugdarts inlichten?',
      'Een jongen (16) zei dat het na de zomer allemaal niet meer hoeft en dat hij al weet hoe, maar wuifde het daarna weg. Mag ik zijn ouders bellen?',
    ])
      expect(first(text), text).toBe('Q-NOOD');
  });

  it('asks no safety question for an ordinary context of a worrying word: a medication side effect, quarrels with friends, a past fight at school', () => {
    const safetyAnswers = ['V-ACUUT', 'Q-NOOD', 'V-MELDCODE', 'Q-ZORGEN'];
    for (const text of [
      'Mag ik de gymdocent vertellen dat Ravi (13) sinds kort medicijnen voor zijn epilepsie slikt, waardoor hij in de ochtend wat suf is?',
      'Mag ik met de jgc bespreken dat Lieke (13) veel ruzies heeft met klasgenoten en daar buikpijn van krijgt?',
      'De politie vraagt welke leerlingen afgelopen vrijdag bij de vechtpartij bij het fietsenhok waren. Mogen wij de namen geven?',
    ])
      expect(safetyAnswers, text).not.toContain(first(text));
  });

  it('still puts danger first when medication is taken all at once or quarrels are at home', () => {
    expect(first('Eva (15) heeft net al haar medicijnen ingenomen waardoor ze heel suf is. Mag ik haar moeder bellen?')).toBe('V-ACUUT');
    expect(first('Mag ik met de jgc bespreken dat Lieke (13) veel ruzies heeft thuis en daar buikpijn van krijgt?')).toBe('Q-ZORGEN');
  });

  it('takes the meldcode route for an injury on the neck with a story of bumping into something, not a Q-NOOD guess', () => {
    expect(first('Tim (11) heeft een bult in zijn nek en zegt dat hij tegen de kast is aangelopen. Hij duikt in elkaar als zijn vader zijn naam roept. Mag ik dit in het ZAT bespreken?')).toBe('V-MELDCODE');
  });
});
