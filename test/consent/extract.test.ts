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

describe('classes of meaning from the b28–b30 misses', () => {
  it('asks who receives it when the mentor or a colleague is only where the information came from', () => {
    expect(first('Moeder heeft aan de mentor laten weten dat haar dochter (13) epilepsie heeft. Mogen we dat doorgeven?')).toBe('Q-MET-WIE');
    expect(first('Een collega vertelde me dat Sara (13) sinds kort medicijnen slikt voor haar diabetes. Mag ik dit delen?')).toBe('Q-MET-WIE');
  });

  it('reads a pupil of 12 to 15 who wants the parents kept out of help as a secret (R25 → V-FG), in other words', () => {
    expect(first('Een meisje van 13 wil met de jgc praten, maar haar ouders mogen er nooit achter komen. Kan dat?')).toBe('V-FG');
    expect(first('Jongen (14) wil begeleiding van de paj en vraagt of we zijn ouders erbuiten kunnen houden. Mag dat?')).toBe('V-FG');
    expect(first('Een meisje van 13 wil gesprekken met de jgc, maar echt niet dat vader of moeder het weet. Kan de jgc beginnen?')).toBe('V-FG');
  });

  it('reads two parents with gezag of whom one says no as parents who disagree (V-FG), in other words', () => {
    expect(first('Moeder van Daan (13) wil wel dat de paj met hem gaat praten, vader niet. Ze hebben samen gezag. Kan de paj starten?')).toBe('V-FG');
    expect(first('Vader van Noor (12) heeft laten weten dat hij het niet goed vindt dat de gedragswetenschapper haar test; moeder wil het wel. Beiden hebben gezag.')).toBe('V-FG');
    expect(first('Ouders van Mila (14) hebben beiden gezag. De ene ouder wil wel gesprekken met de jeugdhulpverlener, de andere niet. Wat nu?')).toBe('V-FG');
  });

  it('answers V-GEEN when the JOS worker only advises the mentor or watches a lesson for the teacher, whatever is asked about the parents', () => {
    expect(first('De paj denkt mee in ons mentorenoverleg over lastige leerlingen in 2C. Hoeven we daarvoor de ouders te mailen?')).toBe('V-GEEN');
    expect(first('Een moeder vroeg of de orthopedagoog bij de les van haar zoon komt kijken. Het is lesbezoek om de nieuwe docent te coachen op klassenmanagement, niets over losse leerlingen. Moet ik haar toestemming vragen?')).toBe('V-GEEN');
  });

  it('asks Q-MDO when the writer does not know who will sit at the table of the MDO or ZAT', () => {
    expect(first('De zorgco plant een ZAT over Lina (14). Ik weet nog niet wie er allemaal bij zitten. Wat moet ik regelen?')).toBe('Q-MDO');
    expect(first('Casusoverleg voor een jongen van 13 volgende week; wie er deelnemen weten we niet. Van wie toestemming?')).toBe('Q-MDO');
  });

  it('reads one pupil watched in class by name as observing that pupil (J3), so the age is asked before anything else', () => {
    expect(first('De orthopedagoog komt Sanne tijdens de les observeren omdat ze zo stil is. Wie moet toestemming geven?')).toBe('Q-LEEFTIJD');
    expect(first("De gw'er wil in de klas naar Daan kijken, hij is erg onrustig. Moet ik iets regelen?")).toBe('Q-LEEFTIJD');
    expect(first('De gedragswetenschapper wil graag in de klas observeren. Heb ik toestemming nodig?')).toBe('Q-JOS');
  });

  it('reads a wijkteam or gebiedsteam contact about a pupil who already gets help, said in a subordinate clause, as overleg (W1)', () => {
    expect(first('De wijkcoach belt over Jesse (13), die sinds de zomer begeleiding thuis heeft. Mag ik vertellen hoe het op school gaat?')).toBe('V-BEIDEN');
    expect(first('Het gebiedsteam wil overleggen over Sara (14), waar het gezin al een tijd hulp van krijgt. Mag dat?')).toBe('V-BEIDEN');
  });

  it('answers V-FG when the text itself doubts that a 16- or 17-year-old can oversee the consent (R26)', () => {
    expect(first('De jgc wil een leerling van 16 gaan begeleiden. Hij heeft een LVB en lijkt niet te begrijpen wat hij tekent. Mag hij zelf tekenen?')).toBe('V-FG');
    expect(first('Leerling (17) wil hulp van de paj. Ze zegt op alles ja, ook als ze het niet snapt. Tekent ze zelf?')).toBe('V-FG');
  });

  it('reads a parent who asks for the JOS worker\'s help to the pupil as help by the JOS worker, not as the parent being told', () => {
    expect(first('Vader van Ruben (13) vraagt of de jgc met Ruben kan gaan praten over zijn faalangst. Moet ik iets regelen?')).toBe('V-BEIDEN');
    // a parent who wants to hear how the help goes is still the one told
    expect(first('Moeder vraagt of de jgc haar kan vertellen hoe de gesprekken met haar zoon (14) gaan. Mag dat?')).toBe('Q-OUDERS');
  });

  it('reads a report given to the JOS worker so help can start as information passed on (J7, R11), not as feedback from the help', () => {
    expect(first('Mag ik het verslag van de orthopedagoog over Lisa (13) aan de paj geven? Dan kan ze starten.')).toBe('V-OUDERS16');
  });

  it('takes a whole second-year class watched with notes per pupil as 12 to 15, but still asks one second-year pupil\'s age', () => {
    expect(first('De orthopedagoog wil klas 2B een week observeren en per leerling een profiel schrijven voor de mentor. Toestemming nodig?')).toBe('V-BEIDEN');
    expect(first("jongen uit 2 havo, mag de gw'er hem testen?")).toBe('Q-LEEFTIJD');
  });

  it('reads "geen verslag per leerling", "alleen tips voor mij" and "niks over leerlingen op papier" as a visit for the teacher (J2, V-GEEN)', () => {
    expect(first("De gw'er komt in 2A kijken hoe ik lesgeef; ze maakt geen aantekeningen per leerling, alleen tips voor mij. Brief naar ouders nodig?")).toBe('V-GEEN');
    expect(first('De orthopedagoog kijkt mee in de les van een nieuwe collega, alleen feedback voor de docent; er gaat niks over leerlingen op papier. Toestemming nodig?')).toBe('V-GEEN');
  });

  it('reads "bij hen in (een) traject" and "die het gezin … begeleidt" as a pupil already in care of the wijkteam (W1)', () => {
    expect(first('Ik bel morgen met de wijkcoach over Sem (14), die sinds de zomer bij hen in traject is. Moet ik iets regelen?')).toBe('V-BEIDEN');
    expect(first('Mag ik de medewerker van het gebiedsteam die het gezin van Ayoub (13) ondersteunt even spreken over school?')).toBe('V-BEIDEN');
  });

  it('reads a doubt about capacity next to help by the JOS worker as that help, so R26 → V-FG is reached', () => {
    expect(first('Noor (16) heeft een IQ van 60. Ik betwijfel of ze begrijpt waar ze voor tekent bij de jgc. Wie moet tekenen?')).toBe('V-FG');
    expect(first("Kevin (17) heeft een LVB. Hij zegt 'ik teken wel' voor de gesprekken met de paj, maar ik merk dat hij niet snapt waar iets over gaat. Wie moet toestemming geven?")).toBe('V-FG');
  });

  it('reads a class\'s ages written as a range ("allemaal 12-13") as 12 to 15', () => {
    expect(first('De gedragswetenschapper wil de hele 1B observeren met een verslagje per leerling (brugklas, allemaal 12-13). Toestemming?')).toBe('V-BEIDEN');
  });

  it('reads "gesprekken voeren met <naam>" as help (J3) and "mag zij me vertellen" as feedback (J5), so the age comes first', () => {
    expect(first('De paj gaat na de vakantie gesprekken voeren met Lieke over haar somberheid. Moeten ouders tekenen?')).toBe('Q-LEEFTIJD');
    expect(first('De jgc ziet een leerling van mij al een paar weken. Mag zij me vertellen hoe het met hem gaat?')).toBe('Q-LEEFTIJD');
  });

  it('reads Jeugdbescherming named as the voogd of a pupil in a foster family as who decides, not who is told', () => {
    expect(first('Daan (14) woont bij pleegouders; Jeugdbescherming is zijn voogd. De orthopedagoog wil hem onderzoeken. Wie tekent?')).toBe('V-BEIDEN');
    expect(first('Mila (13) woont in een pleeggezin en staat onder voogdij van Jeugdbescherming. De pleegvader vraagt of ik haar kan begeleiden. Moet hij tekenen?')).toBe('V-BEIDEN');
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

describe('classes of meaning from the b34–b36 safety misses', () => {
  const safetyAnswers = ['V-ACUUT', 'Q-NOOD', 'V-MELDCODE', 'Q-ZORGEN'];

  it('decides acute danger when someone banned from the child takes it away or waits at school now', () => {
    for (const text of [
      'De moeder van Noor (11) heeft een straatverbod, maar ze staat nu bij het hek van het schoolplein te wachten. Wie mag ik bellen?',
      'De oom van Sami (12) mag van de rechter niet bij hem komen, maar hij heeft hem net na de gym in de auto getrokken. Mag ik zijn moeder inlichten?',
      'Vader van Lotte (13) heeft een contactverbod en nam haar daarnet mee uit de kantine. Mag ik de politie bellen?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('asks no safety question about a ban that is over, nor about a parent who takes the child along without a ban', () => {
    for (const text of [
      'Vader heeft geen gezag; het omgangsverbod van vroeger is twee jaar geleden opgeheven. Hij vraagt het rapport van zijn zoon (14). Mag ik dat geven?',
      'Mag ik de leerplichtambtenaar melden dat moeder haar dochter (13) volgende week mee neemt op vakantie onder schooltijd?',
    ])
      expect(safetyAnswers, text).not.toContain(first(text));
  });

  it('decides acute danger when a carer smashed things in the house and the family is still at home with him', () => {
    for (const text of [
      'Jesse (14) appt dat zijn vader de keukendeur heeft ingetrapt en dat zijn moeder nu alleen thuis met hem is. Wat mag ik doorgeven?',
      'Mila (12) vertelt dat haar stiefmoeder vanmiddag met een knuppel de kast kapotsloeg; haar broertjes zijn nog thuis bij haar. Wie mag ik inlichten?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('takes the meldcode route for violence between the parents that the child sees', () => {
    for (const text of [
      'Bij Fatima (12) thuis zijn vaak vechtpartijen tussen vader en moeder, ze ziet het allemaal gebeuren. Mag ik dit met de zoco bespreken?',
      'Iris (14) vertelt dat er steeds klappen vallen tussen haar ouders als zij en haar broertje erbij zijn. Mag ik de jgc inlichten?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('takes the meldcode route for a child who lacks food and clean clothes and says there is nothing at home', () => {
    expect(first('Kevin (13) draagt al weken dezelfde trui, ruikt niet fris en eet niet mee in de pauze. Op de vraag of hij ontbeten heeft zegt hij: thuis is er niks. Mag ik dit met de zoco bespreken?')).toBe('V-MELDCODE');
  });

  it('asks Q-NOOD when the writer does not know how serious a wish to die was meant', () => {
    for (const text of [
      'Daan (15) zei in de mentorles dat hij er een eind aan wil maken; ik weet niet goed hoe serieus hij het meent. Mag ik zijn ouders bellen?',
      'In haar gedicht schrijft Noa (14) dat ze niet meer wil leven. We weten niet hoe gemeend dat is. Mag ik de jeugdarts inlichten?',
    ])
      expect(first(text), text).toBe('Q-NOOD');
  });

  it('takes the meldcode route for a forced marriage abroad months away, and decides acute danger when it is this week', () => {
    expect(first('Sara (15) vertelde dat ze na de zomervakantie in Marokko moet trouwen met een neef en daarna niet meer terugkomt. Mag ik de aandachtsfunctionaris inlichten?')).toBe('V-MELDCODE');
    expect(first('Zeynep (14) zegt dat ze aanstaande zaterdag naar het land van haar ouders gaat om te trouwen en niet meer terugkomt; haar paspoort ligt bij haar vader. Wie mag ik bellen?')).toBe('V-ACUUT');
  });

  it('takes the meldcode route for a family member who hits the child whenever the parents are away: a pattern, not a danger now', () => {
    for (const text of [
      'Yusuf (13) zegt dat zijn stiefbroer hem schopt als zijn moeder aan het werk is. Mag ik dit met de zoco bespreken?',
      'Een meisje (12) vertelde dat haar oom haar slaat als ze alleen thuis zijn. Mag ik dit met de aandachtsfunctionaris bespreken?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('asks first about an injury the pupil puts down to a sport, but keeps the meldcode for a fall story or a carer named', () => {
    for (const text of [
      'Lars (13) heeft een blauwe plek op zijn arm en zegt dat het van hockey komt. Mag ik zijn coach even bellen?',
      'Mila (14) heeft een snee boven haar oog, volgens haar door de judotraining van gisteren. Mag ik dat aan de gymdocent doorgeven?',
    ])
      expect(['Q-ZORGEN', 'Q-NOOD'], text).toContain(first(text));
    for (const text of [
      'Sem (12) heeft een blauw oog; hij zegt dat het van voetbal is, maar zijn zusje vertelde dat vader hem sloeg. Mag ik dit met de zoco bespreken?',
      'Tim (11) heeft een blauw oog en zegt dat hij van de trap is gevallen. Mag ik dit met de zoco bespreken?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });
});

describe('classes of meaning from the b37–b39 safety misses', () => {
  it('decides acute danger for self-harm with a word of severity', () => {
    for (const text of [
      'Sara (16) stuurde een foto van sneden in haar bovenbeen en schrijft dat ze deze keer diep genoeg is gegaan. Wie mag ik inlichten?',
      'Daan (15) liet in de pauze snijwonden op zijn arm zien die volgens mij gehecht moeten worden. Mag ik zijn vader bellen?',
      'Mijn leerling (14) heeft zichzelf gekrast en zegt dat het er hechtingen in moeten. Mag ik haar moeder bellen?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('asks first about self-harm scars without a word of severity', () => {
    const text = 'Leerling (15) heeft oude littekens op haar onderarm, niet diep. Mag ik haar ouders inlichten?';
    expect(first(text)).toBe('Q-NOOD');
  });

  it('decides acute danger for a minor without shelter tonight', () => {
    for (const text of [
      'Thijs (15) is gisteren van huis weggelopen en heeft de nacht op een bankje doorgebracht; hij overnacht vanavond weer buiten. Mag ik zijn ouders bellen?',
      'Een leerling (14) is door haar stiefvader op straat gezet en weet niet waar ze vannacht moet slapen. Mag ik de gemeente inschakelen?',
      'Hij (16) slaapt nu al drie nachten in een portiek, thuis mag hij niet meer terugkomen. Mag ik dit aan het wijkteam doorgeven?',
      'Lina (13) zegt dat ze vannacht geen slaapplek heeft, haar moeder heeft haar eruit gezet. Wie mag ik bellen?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('does not call a sleepover after a row, a school camp or waiting in the street acute', () => {
    for (const text of [
      'Een leerling (14) slaapt bij een vriendin sinds de ruzie met haar moeder. Mag ik dit met de mentor delen?',
      'Onze klas slaapt vannacht buiten in tenten op schoolkamp. Mag ik foto\'s van de leerlingen in de app zetten?',
      'Leerling van 12 staat \'s ochtends vaak alleen op straat te wachten, ook als het vriest, en ouders nemen niet op. Mag ik de jeugdarts bellen?',
    ])
      expect(first(text), text).not.toBe('V-ACUUT');
  });

  it('decides acute danger when a carer cannot care now and young children were alone', () => {
    for (const text of [
      'Ik sta nu bij het gezin thuis: vader is stomdronken en de kleintjes van 3 en 5 zaten alleen in de woonkamer. Mag ik zonder toestemming iemand bellen?',
      'Jeugdverpleegkundige op huisbezoek, moeder ligt nu op de vloer en reageert niet, haar peuter was alleen thuis. Wie mag ik inschakelen?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('does not decide acute danger for a parent who answers no mail, nor for young children alone in the past', () => {
    for (const text of [
      'Moeder reageert amper op mails van school, haar kinderen van 4 en 6 zijn vaak alleen. Mag ik de wijkcoach vragen?',
      'Vorig jaar was vader een keer stomdronken en waren de kleintjes alleen. Mag ik dit in het dossier zetten?',
    ])
      expect(first(text), text).not.toBe('V-ACUUT');
  });

  it('decides acute danger for an injury by a carer when the pupil goes home to them today at a clock time', () => {
    for (const text of [
      'Noah (12) heeft een brandwond op zijn hand en zegt dat zijn vader het deed. Om half 4 moet hij naar huis. Wat nu?',
      'Leerling (13) heeft striemen op haar rug van haar stiefmoeder; ze moet straks gewoon weer naar huis. Mag ik Veilig Thuis bellen?',
      'Yara (11) heeft een blauw oog, haar moeder sloeg haar; als de bel gaat moet ze naar huis. Wie mag ik inlichten?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('takes the meldcode route for a past injury by a carer without going home today', () => {
    const text = 'Hij had vorige maand brandplekken op zijn arm en zegt dat zijn stiefvader het deed. Mag ik de meldcode gebruiken?';
    expect(first(text)).toBe('V-MELDCODE');
  });
});

describe('classes of meaning from the b40–b42 misses', () => {
  it('answers V-INFO when someone else is named as the reporter who signals, and the writer is not in the text', () => {
    for (const text of [
      'Onze zorgcoördinator wil een meisje van 15 in de verwijsindex zetten, hij is op school de aangewezen meldingsbevoegde. Hebben ouders daar iets over te zeggen?',
      'De ondersteuningscoördinator gaat een jongen van 14 signaleren in de VIR. Zij is de meldingsbevoegde. Is toestemming van ouders nodig?',
    ])
      expect(first(text), text).toBe('V-INFO');
  });

  it('does not take another person as the reporter when the writer signals, or when the text says someone is not', () => {
    for (const text of [
      'De zoco is de meldingsbevoegde. Ik ben mentor en wil Sara in de verwijsindex zetten.',
      'Onze teamleider wil een leerling in de verwijsindex zetten; de zoco is de meldingsbevoegde, de teamleider niet. Mag dat?',
    ])
      expect(first(text), text).toBe('V-FG');
  });

  it('asks whether the writer is the reporter when a role that often is says nothing about it, never assuming "nee"', () => {
    expect(first('Als intern begeleider wil ik een leerling van 13 signaleren in de verwijsindex. Moeten ouders dat weten?')).toBe('Q-MELDBEVOEGD');
    expect(first('Ik ben ondersteuningscoördinator en overweeg een jongen van 15 in de VIR te zetten. Moet dat met toestemming?')).toBe('Q-MELDBEVOEGD');
    // Guards: the role is denied, or the writer does not know who reports.
    expect(first('Ik ben geen zoco, maar wil wel een leerling in de VIR zetten. Mag dat?')).toBe('V-FG');
    expect(first('Ik ben teamleider en weet niet wie de verwijsindex bij ons doet. Mag ik een leerling melden?')).toBe('V-FG');
  });

  it('gives the GI what its task needs (V-INFO) even when the writer would rather the parents not know', () => {
    expect(first('De jeugdbeschermer van Noah (13, OTS) vraagt hoe vaak hij afwezig is. Ik wil dit liever niet eerst aan zijn ouders vertellen, mag ik antwoorden?')).toBe('V-INFO');
    expect(first('De gezinsvoogd wil weten hoe Lisa (12) het doet op school, maar Lisa wil niet dat haar moeder het hoort. Mag ik het vertellen?')).toBe('V-INFO');
    // Guard: the same secrecy about JOS help is still the pupil's secret (R25 → V-FG).
    expect(first('De jgc wil met Lisa (12) praten, maar Lisa wil niet dat haar moeder het hoort. Kan dat?')).toBe('V-FG');
  });

  it('reads "JOS wil hem zien" as the JOS worker\'s own help, and "geen idee of vader gezag heeft" as custody unknown', () => {
    expect(first('Sem is 11. JOS wil hem een paar keer spreken over zijn piekeren. Moeder tekent, of vader gezag heeft weet ik niet. Is dat genoeg?')).toBe('V-OUDERS12');
    expect(first('Noor (13) gaat gesprekken krijgen bij de paj over haar somberheid. Vader is uit beeld, ik heb geen idee of hij nog gezag heeft. Wie moet tekenen?')).toBe('V-BEIDEN');
    // Guard: a vague wish of JOS stays a question about what JOS will do.
    expect(first('JOS wil iets gaan doen met Bram (13). Vader is uit beeld, geen idee of hij gezag heeft. Moet ik toestemming regelen?')).toBe('Q-JOS');
  });

  it('reads a team that says the pupil already has a worker "vanuit ons team" as a talk about existing help (W1)', () => {
    expect(first("Het gebiedsteam mailt: 'Lina (14) heeft sinds de zomer een begeleider uit ons team, kunnen we even overleggen?' Mag ik terugbellen?")).toBe('V-BEIDEN');
    // Guard: a request to refer the pupil stays a referral (W2).
    expect(first('Het wijkteam vraagt of ik Lina (14) wil aanmelden; haar broer heeft al een coach bij een ander team. Mag dat?')).toBe('V-OUDERS16');
  });

  it('reads "hij snapt het niet" about a 16- or 17-year-old as a doubt about capacity (R26 → V-FG)', () => {
    expect(first('Sanne is 16 en heeft een lvb. De JOS-medewerker wil haar begeleiden. Ik denk dat ze het niet goed begrijpt, ze knikt maar. Mag ze zelf tekenen?')).toBe('V-FG');
    expect(first('Jesse (17) krijgt hulp van de paj voor zijn woede. Hij overziet het niet echt, lijkt het. Wie tekent?')).toBe('V-FG');
    // Guard: understanding stated, not doubted.
    expect(first('Sanne is 16. De JOS-medewerker wil haar begeleiden bij haar angst. Ze begrijpt het goed en wil zelf tekenen. Mag dat?')).toBe('V-LEERLING16');
  });
});

describe('classes of meaning from the b40–b42 safety misses', () => {
  it('takes the meldcode route for a child who must mind younger children while a carer is away for days, even in a leerplicht request', () => {
    for (const text of [
      'Noor verzuimt veel, ze moet op de kleintjes passen als haar moeder weer dagen weg is. Mag ik dat aan leerplicht vertellen?',
      'De leerplichtambtenaar vraagt naar het verzuim van Daan; volgens mij moet hij thuis op zijn zusjes letten want vader is vaak dagen weg.',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('still asks first when a pupil only sometimes minds his sisters, without a carer who is away', () => {
    const text = 'Leerplicht vraagt waarom Rayan zoveel mist. Hij past soms op zijn zusjes op zaterdag, verder niets bijzonders. Mag ik dat zeggen?';
    expect(first(text)).not.toBe('V-MELDCODE');
  });
});

describe('classes of meaning from the b43–b45 misses', () => {
  it('asks about the child\'s interest when a parent without custody asks and the text describes harm from contact in other words (R16b)', () => {
    for (const text of [
      'Vader zonder gezag vraagt de cijfers van Noor (13). Noor is na elk bezoek aan hem dagenlang ontregeld en er loopt een procedure over de omgangsregeling. Moet ik ze sturen?',
      'De vader van Mila (14) heeft geen gezag en mailt om haar rapport. Volgens moeder krijgt Mila nachtmerries na de omgang en ligt er een kort geding over het contact.',
      'vader geen gezag wil info over Sam (13). volgens moeder raakt sam helemaal van streek als die vader ter sprake komt en wil hij hem niet meer zien',
      'Moeder heeft geen gezag en vraagt het rapport van Daan (12). Daan wil geen contact meer met haar en raakt in paniek bij elk telefoontje van haar. Moet ik het geven?',
      'vader zonder gezag wil het rapport van Lieke (12), Lieke weigert elk contact met hem',
    ])
      expect(['Q-BELANG', 'V-FG'], text).toContain(first(text));
  });

  it('gives a parent without custody the information (V-INFO) when the text states facts without doubt about the child', () => {
    for (const text of [
      'Vader heeft geen gezag, dat heeft de rechter zo beslist. Hij wil het rapport van zijn zoon (13). Moeder zegt dat hij niks mag krijgen. Mag ik het sturen?',
      'Een moeder zonder gezag (de rechtbank gaf het gezag aan vader) vraagt hoe het met haar dochter (14) gaat. Mag ik dat vertellen?',
      'Vader zonder gezag wil het rapport van Mo (12). Moeder heeft het gezag alleen sinds de uitspraak van de rechter. Verder speelt er niks.',
      'Vader zonder gezag vraagt het rapport van Lisa (14). Ze ziet hem elk weekend en heeft gewoon contact met hem, moeder vindt het alleen niet leuk.',
    ])
      expect(first(text), text).toBe('V-INFO');
  });
  it('reads a class activity of the JOS worker with a short write-up on each pupil as data on every pupil (J4), not advice', () => {
    for (const text of [
      'De paj doet in 2b een sociogram en schrijft daarna over elk kind een kort stukje voor de mentor (13-14 jaar).',
      'De jgc doet een groepsobservatie in 3c (14-15 jaar) en schrijft over iedere leerling een paar regels voor de leerlingbespreking.',
      'Een JOS-medewerker komt mijn klas (allemaal 13 jaar) bekijken en zet over elk kind een observatieverslagje in een document voor het zorgteam.',
      'De gedragswetenschapper en ik willen in 2a (13-14) kijken hoe de groep loopt en daarna per leerling een kort profiel maken over sociale positie en werkhouding.',
      'De ambulant hulpverlener wil van alle kinderen in mijn klas 2b een kort verslagje maken na haar observatie.',
      "De gw'er doet een sociogram in klas 1b (allemaal 12 of 13) en zet per kind in Magister wat opviel.",
      'De gedragswetenschapper maakt na de groepsobservatie voor de mentor een overzicht met per leerling de sociale positie (klas 2c).',
      'De paj wil in 2c een groepsobservatie doen en daarna voor iedere leerling een handelingsadvies opstellen.',
    ])
      expect(first(text), text).toBe('V-BEIDEN');
  });

  it('keeps a class observation for the teacher or the group without notes per pupil consent-free (R02, R03)', () => {
    for (const text of [
      'De paj wil een sociogram doen in mijn klas (13-14) om mij te helpen met de groepsdynamiek, er komt niets per leerling op papier.',
      'De gedragswetenschapper observeert in mijn klas 2c hoe ik de les geef en geeft mij tips voor klassenmanagement.',
      'De ambulant hulpverlener doet een klassenobservatie in 1b en bespreekt daarna met mij hoe de groep loopt.',
    ])
      expect(first(text), text).toBe('V-GEEN');
  });
  it('reads the police in shorthand (jeugdagent, buurtagent, recherche, "i.v.m.") as a party outside school that asks the FG (R30)', () => {
    for (const text of [
      'Een politieagent belde: hij wil weten of Joep (15) vorige week dinsdag op school was, voor een onderzoek. Mag ik dat zeggen?',
      'De buurtagent vraagt de adressen van drie leerlingen uit 3b. Mag ik die geven?',
      'De recherche mailt of we de absenties van Sanne (14) van vorige maand kunnen sturen.',
      'Agent van de jeugdpolitie wil het rooster van Milan (13) i.v.m. een aangifte. Sturen?',
    ])
      expect(first(text), text).toBe('V-FG');
    // Guard: an agenda is no agent.
    expect(first('Mag ik de agenda van de leerlingbespreking over Tim (13) naar de zorgcoördinator sturen?')).toBe('V-GEEN');
  });
  it('reads "coach" without an article next to a verb ("mag coach mij vertellen", "onze coach") as the JOS coach', () => {
    for (const [text, verdict] of [
      ['kan coach me laten weten hoe de gesprekken met Daan (14) gaan?', 'V-BEIDEN'],
      ['Coach vertelde dat ze met Noor (13) praat. Mag ze mij vertellen wat eruit kwam?', 'V-BEIDEN'],
      ['mag onze coach mij bijpraten over Lina (15)?', 'V-BEIDEN'],
      ['coach zei dat Mees (14) iets vertelde, mag ze mij dat doorgeven?', 'V-BEIDEN'],
      ['Zou coach mij kunnen vertellen wat Bo (16) bij haar besprak?', 'V-LEERLING16'],
    ] as const)
      expect(first(text), text).toBe(verdict);
    // Guard: the coach of a sports club stays a party outside school.
    expect(first('Coach van de voetbalclub van Tim (13) vraagt naar zijn cijfers. Mag ik die geven?')).toBe('V-FG');
  });
  it('reads a meeting the school sets up with several sides, one from outside school, as the MDO (R07), before any single party', () => {
    for (const [text, answer] of [
      ['We plannen een overleg over Jesse (13) met zijn ouders, de leerplichtambtenaar en de jeugdarts. Wat moet ik regelen?', 'Q-MDO'],
      ['Ik organiseer een overleg voor Noa (15): ouders, wijkteam, zoco en ik. Welke toestemming?', 'Q-MDO'],
      ['Rond Bas (14) willen we een overleg beleggen. Aan tafel: moeder, leerplicht, de consulent van het swv en ikzelf. Er is geen hulpverlening betrokken.', 'V-OUDERS16'],
      ['Overleg gepland over Lisa (16) met school, ouders, leerplicht en de jgc die haar al begeleidt. Van wie toestemming?', 'V-LEERLING16'],
      ['Overleg voor Daan (15) met leerplicht, de jeugdarts en ouders, hoe regel ik toestemming?', 'Q-MDO'],
      ['We hebben donderdag een ronde tafel over Ilse (13): ouders, wijkcoach, ik en de leerplichtambtenaar.', 'Q-MDO'],
      ['We willen met ouders, leerplicht en de jgc om tafel over Daan (14). Moet ik iets laten tekenen?', 'Q-MDO'],
    ] as const)
      expect(first(text), text).toBe(answer);
    // Guards: a decision taken after talking ("na overleg met"), and a meeting of leerplicht with the parents.
    expect(first('Na overleg met de jgc en moeder wil ik Sem (14) aanmelden bij het wijkteam.')).toBe('V-OUDERS16');
    expect(first('Leerplicht vraagt de absenties van Sem (14) voor het overleg met zijn ouders.')).toBe('V-INFO');
    expect(first('Ik wil met moeder om tafel over de cijfers van Sem (13). Mag dat?')).not.toBe('Q-MDO');
    expect(first('Mila (18) krijgt begeleiding van het wijkteam. Haar begeleider daar wil een overleg met mij als mentor over hoe het op school gaat. Moeten haar ouders daar iets van vinden?')).toBe('V-LEERLING18');
  });
  it('reads the pupil\'s own carer at the MDO ("zijn psycholoog", "haar jgc", "de gezinscoach van hem") as help already there (R08)', () => {
    for (const [text, verdict] of [
      ['MDO voor Anouk (14) volgende week; haar psychiater sluit aan.', 'V-BEIDEN'],
      ['ZAT-overleg over Tim (13), zijn jgc en de leerplichtambtenaar zijn erbij.', 'V-BEIDEN'],
      ['thuiszittersoverleg voor Milan (14), de gezinscoach van hem doet ook mee', 'V-BEIDEN'],
    ] as const)
      expect(first(text), text).toBe(verdict);
    // Guards: a carer who is not the pupil's own, or whose coming is not known, is asked.
    expect(first('thuiszittersoverleg voor Sem (16), een psycholoog van de ggz schuift aan om mee te denken')).toBe('Q-MDO');
    expect(first('MDO volgende week voor Daan (14). Ik weet nog niet of zijn psycholoog erbij is. Wie geeft toestemming?')).toBe('Q-MDO');
  });
  it('reads asking the wijkteam for help for a pupil or family in other words ("om hulp vragen", "aankloppen voor hulp") as a referral (W2, R11)', () => {
    for (const text of [
      'Mag ik het gebiedsteam om hulp vragen voor het gezin van Jaylen (13)?',
      'ik klop bij het wijkteam aan voor hulp voor Ravi (12) en zijn moeder, mag dat?',
      'Kan ik bij het wijkteam hulp vragen voor Noor (15)? Thuis loopt het vast.',
      'Ik wil het sociaal team om steun vragen voor de familie van Sem (14).',
      "ik wil Jaimy (12) z'n moeder doorsturen naar het wijkteam voor opvoedhulp",
    ])
      expect(first(text), text).toBe('V-OUDERS16');
    // Without a name, help for one family still needs to know who: whether it can be recognised is asked.
    expect(first('Ik wil het wijkteam om hulp vragen voor een gezin, zonder namen te noemen. Het kind is 13.')).toBe('Q-HERKENBAAR');
    // Guards: a general question, and anonymous advice.
    expect(first('Ik wil het wijkteam vragen welke hulp er in het algemeen is voor gezinnen met schulden.')).toBe('V-GEEN');
    expect(first('Ik wil het wijkteam anoniem om advies vragen over een gezin met schulden, het kind is 13.')).toBe('V-GEEN');
  });
  it('answers a class list for the GGD with V-GEEN also when a BSN is asked with it (lead decision, R14b), and refuses a BSN for anything else', () => {
    for (const text of [
      'De jeugdverpleegkundige wil voor haar ronde een leerlingenlijst van 2b met BSN erbij.',
      'GGD vraagt namenlijst + geboortedata + bsn van alle derdeklassers, kan ik die zo mailen?',
      'GGD wil namen + BSN van klas 3 voor de vaccinatieronde',
      'De jeugdverpleegkundige vraagt per klas een lijstje met leerlingnummer, naam, klas en BSN',
    ])
      expect(first(text), text).toBe('V-GEEN');
    // Guards: the BSN of one pupil, or with a questionnaire about one pupil, is not a class list.
    expect(first('De GGD vraagt het BSN van Sem (13), mag ik dat geven?')).toBe('V-NIET');
    expect(first('De GGD vraagt of ik een vragenlijst over Sem (13) invul, met zijn geboortedatum en BSN.')).toBe('V-NIET');
  });
});

describe('classes of meaning from the b43–b45 safety misses', () => {
  const dangerFirst = ['V-ACUUT', 'Q-NOOD'];
  const safetyFirst = ['V-ACUUT', 'Q-NOOD', 'V-MELDCODE', 'Q-ZORGEN'];

  it('asks about danger when a minor is out of sight for days and an older person or drugs come into it', () => {
    for (const text of [
      'Jesse (15) is al een week afwezig. Hij zou slapen bij een stuk oudere gast die hem drugs toestopt. Kan ik dit doorgeven aan leerplicht?',
      'Een klasgenoot vertelt dat Sanne (14), die al dagen niet op school is, bij een veel oudere vriend verblijft die haar drank geeft. Mag ik het wijkteam inschakelen?',
      'Verzuimmelding: Aya (13) is al vier dagen weg zonder bericht. Ze wordt gezien met een jongen van 20 die haar pillen geeft. Moet leerplicht dit weten?',
      'Tim (14) slaapt sinds vrijdag bij oudere jongens uit de wijk en krijgt daar wiet. Zijn moeder weet niet waar hij is. Mag ik de wijkagent bellen?',
    ])
      expect(dangerFirst, text).toContain(first(text));
  });

  it('does not ask about danger for plain absence, or for an older pupil who tutors', () => {
    for (const text of [
      'Lotte (15) is al 3 dagen afwezig zonder melding, ouders niet bereikbaar. Mag ik dit aan leerplicht doorgeven?',
      'Een oudere jongen uit 4 havo geeft Bram (13) bijles. Mag ik zijn cijfers met die jongen delen?',
    ])
      expect(dangerFirst, text).not.toContain(first(text));
  });

  it('asks about danger when a parent held by the police comes back today', () => {
    for (const text of [
      'De politie heeft vannacht de vriend van moeder opgepakt, maar hij komt vandaag weer vrij. Sem (12) en zijn zusje zitten nu op school. Mogen we de politie vertellen wie ze ophaalt?',
      'Vader is gisteravond door de politie aangehouden en wordt vanmiddag waarschijnlijk vrijgelaten. De kinderen (13 en 15) gaan om drie uur naar huis. Mag ik de wijkagent hun rooster geven?',
      'Wijkagent belde: bij het gezin van Noor is vannacht ingegrepen, stiefvader zat een nacht vast en is vanavond weer thuis. Mag ik vertellen wie Noor (12) ophaalt?',
    ])
      expect(dangerFirst, text).toContain(first(text));
  });

  it('does not ask about danger for a parent back home long ago, or a police question about a theft', () => {
    for (const text of [
      'Vader zat vorig jaar een tijd vast en is nu weer thuis; het gaat goed met Daan (13). Mag ik dit in het dossier zetten?',
      'De wijkagent vraagt wie Tim (13) vanmiddag ophaalt, hij wil praten over een gestolen fiets. Mag ik dat zeggen?',
    ])
      expect(dangerFirst, text).not.toContain(first(text));
  });

  it('asks (Q-NOOD) rather than decides when the pupil wrote a wish not to be there and behaves normally today', () => {
    for (const text of [
      'Joep (15) schreef op een briefje "jullie zijn beter af zonder mij". Hij leek vanochtend verder vrolijk. Moet ik zijn ouders bellen?',
      'In de agenda van Fleur (14) stond "het maakt niemand uit als ik er niet meer ben". Ze gedroeg zich vandaag verder normaal. Mag ik dit met de ib\'er bespreken?',
      'Op zijn toets schreef Milan (13) "niemand zal me missen". Nu is hij weer vrolijk in de les. Mag ik de JOS-medewerker inlichten?',
    ])
      expect(first(text), text).toBe('Q-NOOD');
  });

  it('still decides acute danger when a farewell is sent now, whatever the day was like', () => {
    for (const text of [
      'Ze deed vandaag normaal, maar stuurde me net "sorry voor alles, jullie zijn beter af zonder mij" en neemt niet op. Wie mag ik bellen?',
      'Hij leek vanochtend vrolijk, maar heeft in de pauze een hele strip pillen ingenomen. Mag ik zijn moeder bellen?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('asks first (Q-ZORGEN) about abuse the writer only heard from someone else, did not see and doubts', () => {
    for (const text of [
      'Een klasgenoot van Daan vertelde me dat zijn vader hem slaat als hij een slechte toets heeft. Zelf heb ik nooit iets gemerkt en ik weet niet of het klopt. Mag ik dit aan de JOS-medewerker vertellen?',
      'Via via hoorde ik dat Mira (13) thuis een pak slaag krijgt. Ik zie zelf niks aan haar, het kan ook een gerucht zijn. Mag ik dit met de zoco delen?',
      'De moeder van een vriendinnetje belde: zij denkt dat Evi (12) door haar stiefvader geslagen wordt. Ik weet niet of dat waar is en zie zelf niets aan Evi. Mag ik dit met de jgc bespreken?',
      'Een paar meiden uit de klas beweren dat Lars (14) thuis klappen krijgt van zijn vader, maar het kan ook roddel zijn, ik heb zelf nooit iets gezien. Mag ik de JOS-coach inschakelen?',
    ])
      expect(first(text), text).toBe('Q-ZORGEN');
  });

  it('keeps the meldcode route for hearsay the writer does not doubt or did not say she missed, for what she saw, and for what the pupil told', () => {
    for (const text of [
      'Een klasgenote vertelde me dat Lotte (14) door haar stiefvader geslagen wordt. Is het roddel als ik dat aan de zoco doorvertel?',
      'Een vriendin van Esra kwam naar me toe: Esra (13) krijgt thuis klappen als ze een onvoldoende haalt. Esra zelf zegt niks en ik heb niks gezien. Mag ik de JOS-coach inschakelen?',
      'Een klasgenoot vertelde dat Roos thuis klappen krijgt, en vandaag zag ik zelf een blauwe plek op haar arm. Mag ik de JOS-coach inschakelen?',
      'Roos (13) vertelde me zelf dat ze klappen krijgt van haar vader. Ik weet niet of het klopt. Mag ik de JOS-coach inschakelen?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('reads a pupil\'s own outburst at school over a grade or a task as no safety signal', () => {
    for (const text of [
      'Een jongen uit 2b wordt woedend bij elke toets die tegenvalt, gooit met zijn etui en scheldt. Ik wil alleen tips van de jeugd- en gezinscoach hoe ik met hem omga. Moet ik eerst ouders bellen?',
      'Ik ben mentor van een meisje dat flipt als ze een slecht cijfer krijgt: ze smijt met haar spullen en loopt weg. Ik wil de JOS-medewerker alleen om advies vragen, moet dat anoniem?',
      'Sem (13) scheldt en schreeuwt in de les als hij een opdracht niet snapt. Kan ik de JOS-medewerker om tips voor mezelf vragen?',
    ])
      expect(safetyFirst, text).not.toContain(first(text));
  });

  it('still puts safety first when a parent erupts over a grade, or the pupil erupts at home', () => {
    for (const text of [
      'Haar vader ontploft als ze een onvoldoende haalt en gooit dan met spullen. Mag ik dit met de JOS-medewerker bespreken?',
      'Hij ontploft thuis als hij een slecht cijfer heeft en gooit met spullen, zijn moeder is bang voor hem. Mag ik de jgc vragen?',
    ])
      expect(safetyFirst, text).toContain(first(text));
  });

  it('reads a young carer of a sick parent as an overloaded family when the writer rules abuse out', () => {
    for (const text of [
      'Zoco hier. Sophie (14) zorgt sinds de operatie van haar moeder veel voor haar broertjes en is vaak doodmoe. Van verwaarlozing of mishandeling is geen sprake. Ik wil haar aanmelden bij het wijkteam. Wat moet ik regelen?',
      'Vader heeft kanker. Ilias (13) kookt elke avond voor zijn zusjes en valt in de les in slaap. Er zijn geen signalen van mishandeling, het gezin is gewoon overbelast. Mag ik hem aanmelden bij het wijkteam?',
    ])
      expect(safetyFirst, text).not.toContain(first(text));
  });

  it('keeps the meldcode route or the question for a carer who is away, or without the writer ruling abuse out', () => {
    for (const text of [
      'Moeder is soms dagen weg en dan zorgt Mees (13) voor zijn zusjes en komt doodmoe binnen; geen mishandeling hoor. Mag ik hem aanmelden bij het wijkteam?',
      'Moeder is langdurig ziek, Mees (13) zorgt voor zijn zusjes en komt doodmoe binnen. Ik wil hem aanmelden bij het wijkteam. Wat moet ik regelen?',
      'Moeder is ziek en er is thuis niks te eten; Mees (13) zorgt voor zijn zusjes. Geen mishandeling. Mag ik hem aanmelden bij het wijkteam?',
    ])
      expect(['V-MELDCODE', 'Q-ZORGEN'], text).toContain(first(text));
  });
});

describe('classes of meaning from the b46–b48 misses', () => {
  it('reads the writer\'s own school role ("decaan hier", "(OC)", "als teamleider") as who asks, never as who is told', () => {
    // Health information with no recipient named is never consent-free: who receives it is asked.
    for (const text of [
      'Zorgcoördinator hier. Een docent vertelde dat Sara (14) haar ritalin vergeet en daardoor slecht slaapt. De docent wil dit doorgeven. Kan dat zomaar?',
      'Als afdelingsleider hoorde ik dat Tim (13) medicijnen voor astma gebruikt en slecht slaapt. Zijn mentor wil dat graag delen, is dat goed?',
      'Ik ben de decaan. Een mentor wil doorgeven dat Ayla (15) een eetstoornis heeft en medicijnen krijgt. Mag dat?',
      'Mijn collega wil vertellen over de medicatie van Bas (14). Mag dat? (teamleider)',
    ])
      expect(first(text), text).toBe('Q-MET-WIE');
    // Guards: a colleague the text names as the one told is still a colleague.
    expect(first('Teamleider hier. Kan ik met de zorgcoördinator bespreken dat Mo (14) adhd heeft?')).toBe('V-GEEN');
    expect(first('Mag ik de diagnose van Sem (14) bespreken met de zorgcoördinator')).toBe('V-GEEN');
    expect(first('Mag ik het met de teamleider bespreken als de zorgcoördinator het goed vindt? Het gaat om Sem (14).')).toBe('V-GEEN');
    expect(first('Decaan hier, mag ik de mentor van Noa (15) vertellen dat ze dyslexie heeft? Dat is voor in de les.')).toBe('V-GEEN');
    // A new mentor who writes is not the next school's mentor: the parents who mailed are who is answered.
    expect(first('Ik ben de nieuwe mentor van 5 vwo. De ouders van Daan (19) hebben me gemaild over zijn cijfers. Mag ik antwoorden?')).toBe('V-LEERLING18');
  });

  it('reads another school by its name (a college, lyceum or ROC that calls, or where the pupil registered) as the overstap question (R15)', () => {
    for (const text of [
      'Het Horizon College belde: een leerling van ons (16) heeft zich daar ingeschreven en ze willen weten hoe het met hem gaat. Wat mag ik zeggen?',
      'Zoco hier. Het Berger Lyceum vroeg naar Fleur (14), die zich bij hen heeft ingeschreven. Wat kan ik vertellen?',
      'Nova College vraagt of ze info kunnen krijgen over een oud-leerling (17) die daar is ingeschreven.',
      'De school waar Fenna (14) heen gaat belt met vragen over haar. Wat mag ik zeggen?',
    ])
      expect(first(text), text).toBe('Q-OVERSTAP');
    expect(first('Bij ons op het Clusius College wil de zorgcoördinator weten hoe het met Tim (14) gaat. Mag ik dat vertellen?')).toBe('V-GEEN');
    // Guard: the writer's own school, named as where she works, is not another school.
    expect(first('Ik werk als mentor op het Clusius College. Mag ik de cijfers van Tom (14) met zijn vader bespreken?')).toBe('V-GEEN');
  });

  it('reads a handover talk about personal matters (faalangst, angsten, the home situation) as more than the file (R15b)', () => {
    for (const text of [
      'Het mbo wil een overdrachtsgesprek over de faalangst van Sem (17), hij is daar ingeschreven. Mag dat?',
      'Het roc vraagt een intakegesprek met mij over de onzekerheid en de situatie thuis van Lars (16), hij staat daar ingeschreven.',
    ])
      expect(first(text), text).toBe('V-LEERLING16');
    // Guard: only the file stays the legal handover.
    expect(first('Jesse (16) gaat naar het mbo en is daar aangemeld. Ze vragen alleen het overstapdossier. Mag ik dat sturen?')).toBe('V-INFO');
  });

  it('reads a teacher calling a parent about grades and missed lessons, in other words, as school matters (R22)', () => {
    for (const text of [
      'Ik geef scheikunde. Een meisje uit 4 havo (15) haalt alleen maar onvoldoendes en komt vaak niet naar de les. Mag ik haar vader daarover bellen?',
      'Mag ik als docent zelf de moeder van Ruben (14) bellen? Hij staat op vier onvoldoendes en heeft een flinke achterstand.',
      'Ik wil de ouders van Yara (13) mailen omdat ze vaak niet in mijn les komt. Moet zij daar eerst ja op zeggen?',
    ])
      expect(first(text), text).toBe('V-GEEN');
  });

  it('reads the JOS worker watching one pupil with a question about what he may have, or a report on him, as help to that pupil (R04)', () => {
    for (const text of [
      'De orthopedagoog kijkt op mijn vraag een uur mee bij Finn (13) in de klas, we denken aan dyslexie. Wie moet toestemming geven?',
      'De jgc gaat meekijken bij Lotte (14) tijdens wiskunde en schrijft er een kort verslag over. Toestemming nodig?',
      'De paj komt meekijken bij Noor (12) in de les en maakt er een rapportje van.',
    ])
      expect(first(text), text).toBe('V-BEIDEN');
    // Guards: watching one pupil without a question or a report may be advice (asked); watching for the teacher is advice.
    expect(first('Mag de gedragswetenschapper meekijken bij Daan uit 2A? Hij is 13 en loopt vast in de lessen.')).toBe('Q-JOS');
    expect(first("De gw'er kijkt mee in mijn les om mij tips te geven over de groep.")).toBe('V-GEEN');
  });

  it('reads "ZAT" in capitals as the zorg- en adviesteam, and a helper unknown by name or a meeting\'s consent to arrange as the MDO question', () => {
    for (const text of [
      "ZAT volgende maand: ik wil Lina (13) inbrengen, volgens vader heeft ze 'wel iemand' maar ik weet niet van wie en of die meekomt.",
      'Volgende week ZAT. Ik breng Jens (15) in. Ik weet niet bij wie hij hulp heeft.',
      'Ik wil Mees (14) inbrengen in het ZAT maar ik weet niet via wie hij hulp krijgt.',
      'De zoco vraagt of ik de toestemming voor het mdo over Sem (14) wil regelen. Hoe pak ik dat aan?',
    ])
      expect(first(text), text).toBe('Q-MDO');
    // Guard: "zat" as a verb is no meeting.
    expect(first('Hij zat gisteren bij mij, mag ik met de jgc bespreken hoe ik hem help? Hij is 13.')).toBe('V-GEEN');
  });

  it('reads "de nieuwe mentor" placed in this school\'s class, or the pupil\'s teachers told, as colleagues (need to know); at the next school as the overstap', () => {
    for (const text of [
      'Als afdelingsleider wil ik de nieuwe mentor van Bram vertellen dat hij dyslexie heeft en dat zijn ouders gescheiden zijn, zodat ze daar in de klas rekening mee houdt.',
      'Mag ik de nieuwe mentrix van Sara (14) vertellen over haar adhd? Ze heeft de klas net overgenomen en wil weten waar ze rekening mee moet houden.',
      'Mag ik de docenten van 3C laten weten dat Bo (14) epilepsie heeft en wat ze bij een aanval moeten doen?',
    ])
      expect(first(text), text).toBe('V-GEEN');
    // Guard: a move to another school keeps the new mentor there.
    expect(first('Lieke (15) gaat na de zomer naar het Bonhoeffer. Mag ik haar nieuwe mentor daar bellen over haar angst?')).toBe('V-OUDERS16');
  });

  it('reads a 16- or 17-year-old who understands like a young child or signs everything as doubt about capacity (R26)', () => {
    for (const text of [
      'Romy is 17 maar denkt als een kind van 10 en zegt overal ja op. De psycholoog wil haar onderzoeken. Is haar eigen toestemming dan voldoende?',
      'Kai (16) functioneert op het niveau van een 8 jarige en tekent alles. De jgc wil met hem gesprekken gaan voeren. Mag hij zelf tekenen?',
    ])
      expect(first(text), text).toBe('V-FG');
    // Guard: a pupil who understands it signs herself.
    expect(first('Mila (16) is slim en begrijpt goed waar het over gaat. De gedragswetenschapper wil haar testen. Is haar handtekening genoeg?')).toBe('V-LEERLING16');
  });

  it('reads a consent form for the JOS worker signed by a step-parent, foster parent or grandparent as help, with custody asked', () => {
    for (const text of [
      'De stiefmoeder van Sam (13) heeft het formulier voor de jgc ondertekend, vader was er niet. Is dat geldig?',
      'Pleegvader heeft de toestemming voor de orthopedagoog getekend voor Lisa (12). Klopt dat zo?',
      'Zijn opa heeft het toestemmingsformulier voor de paj getekend, Noah is 14. Mag de paj dan beginnen?',
    ])
      expect(first(text), text).toBe('Q-GEZAG');
  });

  it('asks what the JOS worker is for when the text only says "info delen" with her, before the age', () => {
    for (const text of ['Mag ik informatie over een leerling van mij delen met de paj?', 'kan ik info over Tim delen met de orthopedagoog?'])
      expect(first(text), text).toBe('Q-JOS');
    // Guards: a purpose or a record named says what it is for.
    expect(first('Mag ik info over Tim (14) delen met de jgc zodat ze hulp kan starten?')).toBe('V-OUDERS16');
    expect(first('Mag ik het dossier van Tim (14) delen met de jgc?')).toBe('V-OUDERS16');
  });

  it('reads a parent who claims a right to know, or the school calling home, as the parents told; 18 or older decides (R23)', () => {
    for (const text of [
      'Sanne is net 18. Ze wil niet dat we nog naar huis bellen over haar verzuim. Moeder zegt: ik heb er recht op, ik betaal haar school. Wat nu?',
      "Vader van Timo (18) staat erop: 'ik heb recht om te weten hoe vaak hij spijbelt'. Moet ik dat vertellen?",
      'De moeder van een leerling van 19 wil het verzuimoverzicht. Mag dat?',
    ])
      expect(first(text), text).toBe('V-LEERLING18');
  });

  it('keeps a general question to the wijkteam about how they help a kind of pupil consent-free, even with a help word in it (R01)', () => {
    for (const text of [
      'Mag ik het gebiedsteam in het algemeen vragen hoe je een kind met een zieke ouder het beste kunt helpen? Ik noem geen naam.',
      'Een algemene vraag aan het wijkteam, zonder namen: hoe jullie gezinnen met schulden ondersteunen?',
    ])
      expect(first(text), text).toBe('V-GEEN');
    // Guard: asking the wijkteam to help one named pupil is a referral (R11).
    expect(first('Ik wil het wijkteam vragen of ze Tim (14) kunnen helpen, in het algemeen gaat het niet goed met hem.')).toBe('V-OUDERS16');
  });
});

describe('classes of meaning from the b46–b48 safety misses', () => {
  const dangerFirst = ['V-ACUUT', 'Q-NOOD'];
  const safetyFirst = ['V-ACUUT', 'Q-NOOD', 'V-MELDCODE', 'Q-ZORGEN'];

  it('asks about danger when a pupil leaves open whether she goes home tonight because things are wrong at home', () => {
    for (const text of [
      'Bij het weggaan zei hij dat hij nog niet weet of hij thuis gaat slapen, want het is thuis weer fout. Moet ik hier iets mee?',
      "Jongen uit 2b: 'weet nog niet of ik naar huis ga vandaag, het is weer mis thuis'. Verder zweeg hij. Is dat privé of moet ik het doorgeven?",
      'Noa (14) zei: ik weet nog niet of ik vannacht thuis slaap, het liep gisteren weer uit de hand thuis. Mag ik dit met de JOS bespreken?',
    ])
      expect(dangerFirst, text).toContain(first(text));
  });

  it('does not ask about danger for a doubt about a test, a report, or which parent she sleeps at this week', () => {
    for (const text of [
      'Ik zie wel of ik het haal, zei Tim (14) over zijn toets. Mag ik dit met zijn ouders bespreken?',
      'Ik weet niet of Tim (14) zijn rapport mee naar huis kan nemen. Mag ik het naar zijn ouders mailen?',
      'Sara (14) weet nog niet of ze vanavond thuis slaapt of bij haar vader, dat wisselt per week. Mag ik het rooster naar beide ouders sturen?',
      'Thuis ging het mis met de wifi, dus Bo (13) kon haar huiswerk niet inleveren. Mag ik dat aan haar ouders mailen?',
    ])
      expect(safetyFirst, text).not.toContain(first(text));
  });

  it('takes the meldcode route when Veilig Thuis itself asks about a family, even with a sign that alone would be asked', () => {
    for (const text of [
      'Veilig Thuis belde: ze onderzoeken een melding over het gezin van Lisa (12) en vragen of ons iets opvalt. Ze komt vaak zonder ontbijt. Wat mag ik vertellen?',
      'Een medewerker van Veilig Thuis mailt dat ze onderzoek doen na een melding over Daan (14); er is thuis veel ruzie. Ze willen weten hoe het in de les gaat. Moeten zijn ouders dat eerst goedkeuren?',
      'VT heeft de school gebeld over Sem (13) uit 2a, ze zoeken uit of er thuis iets speelt en vragen of hij vaak honger heeft of er slordig bij loopt. Moet ik eerst moeder bellen?',
      'Veilig Thuis belde: ze onderzoeken een vechtscheiding bij Noor (12) en vragen hoe ze erbij zit en of ze moe is. Mag ik dat zomaar vertellen?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('still puts acute danger first when Veilig Thuis asks', () => {
    const text = 'Veilig Thuis belde over Mila (13): ze onderzoeken het gezin. Net vertelde Mila dat ze vannacht niet naar huis durft omdat vader haar gisteren sloeg en vanavond weer. Mag ik ze bellen?';
    expect(dangerFirst, text).toContain(first(text));
  });

  it('takes the meldcode route for certain neglect or injury next to a young child often alone or a pupil who keeps lingering', () => {
    for (const text of [
      "Tijdens een gesprek vertelt Bas (15) dat zijn vader elke dag dronken is en zijn broertje van 5 's middags vaak alleen thuis zit. Bas wil niet dat ik iets doe. Mag ik dit toch bespreken met de JGC?",
      "Lieke (14) vertelt dat haar moeder 's nachts weg is en haar zusjes van 4 en 7 dan alleen thuis zijn; er is ook vaak geen eten. Moet ik eerst haar moeder bellen?",
      'Ik zag striemen op de benen van Omar (12), hij zegt dat hij tegen de tafel is gelopen, dat zei hij eerder ook. De laatste weken blijft hij na school vaak in het lokaal hangen. Mag ik dit met de intern begeleider bespreken?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('still asks or acts on danger when the pupil will not leave school today, or a young child is alone since yesterday', () => {
    for (const text of [
      'Ik zag blauwe plekken op de armen van Milan (13), hij zegt dat hij van de trap viel, dat zei hij vorige week ook. Vandaag wil hij na school niet weg en blijft hij in de klas zitten. Mag ik dit met iemand bespreken?',
      'Jesse (14) vertelt dat zijn zusje van 5 sinds gisteren alleen thuis is, moeder is niet teruggekomen. Mag ik het wijkteam bellen?',
    ])
      expect(dangerFirst, text).toContain(first(text));
  });

  it('decides acute danger when someone is trying to get in and the one inside calls about it now or in tears', () => {
    for (const text of [
      'De oma van Lars (13) belt me nu: de vriend van moeder hamert op het raam en dreigt binnen te komen, Lars is bij haar. Moet ik eerst zijn moeder vragen of ik de wijkagent mag bellen?',
      'Ik ben jeugdverpleegkundige. Een moeder belt huilend: haar ex staat voor het huis en wil haar dochter (13) meenemen. Mag ik school inlichten?',
      'Een vader belt me in tranen: zijn ex-vriendin beukt op de voordeur en gilt dat ze binnenkomt, zijn dochter (12) is thuis. Mag ik school bellen?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('does not decide acute danger for a crying call about an exam, or a door banged on last year', () => {
    for (const text of [
      'De moeder van Sam (13) belde net huilend omdat hij is gezakt voor zijn examen. Mag ik de mentor inlichten?',
      'Vader bonkte vorig jaar een keer op de deur van het lokaal toen hij boos was over een cijfer. Mag ik dat in het dossier van Tim (14) zetten?',
    ])
      expect(first(text), text).not.toBe('V-ACUUT');
  });

  it('asks (Q-NOOD) rather than decides when a wish to die was shouted at a grade and the pupil carried on normally', () => {
    for (const text of [
      "Docent aardrijkskunde: Lotte (14) schreeuwde 'ik wil dood' toen ze haar proefwerk terugkreeg, een 2,8. Ze ging daarna gewoon verder met haar werk. Mag ik dit met de JOS-coach bespreken voor tips?",
      'Bij het uitdelen van de cijfers riep Daan (13): ik spring van het dak als mijn vader dit ziet. Even later deed hij weer gewoon mee met de les. Moet ik zijn ouders inlichten voordat ik het met de coach bespreek?',
      'Sem (15) gilde in de klas dat hij dood wil toen hij zijn onvoldoende zag, daarna ging hij normaal mee naar gym. Mag ik dit met de zorgcoördinator bespreken?',
    ])
      expect(first(text), text).toBe('Q-NOOD');
  });

  it('still decides acute danger for a wish to die with a farewell letter, or a plan for tonight', () => {
    for (const text of [
      'Sem (15) zegt al dagen dat hij dood wil en heeft vanochtend een afscheidsbrief geschreven. Mag ik zijn ouders bellen?',
      'Lotte (14) appte me net dat ze er een eind aan maakt als ze thuiskomt met haar rapport, ze heeft de pillen al klaar. Wie moet ik bellen?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('asks (Q-ZORGEN or Q-NOOD) rather than decides when an adult man picks a minor up after school as a habit', () => {
    for (const text of [
      "Mentor hier. Fenna (14) is de laatste tijd teruggetrokken en wordt na school opgehaald door een 'vriendje' van 24 in een grote auto. Mag ik de gedragswetenschapper vragen met haar te praten zonder de ouders?",
      'Iris (15) schrikt snel en draagt altijd een vest, ook in de zomer. Ze wordt elke dag na school door een man van 26 opgehaald. Mag ik dit met de JOS bespreken zonder haar ouders te vragen?',
      'Noor (13) wordt sinds kort na schooltijd opgehaald door een man van 21; ze wil er niets over zeggen en trekt zich terug. Mag ik de intern begeleider vragen haar te observeren?',
    ])
      expect(['Q-ZORGEN', 'Q-NOOD'], text).toContain(first(text));
  });

  it('still decides when the man picks her up tonight to sleep at his place, or gives her expensive presents', () => {
    for (const text of [
      'Vanavond haalt een man van 25 Sara (14) op bij de sporthal en ze blijft bij hem slapen. Mag ik haar moeder bellen?',
      'Mila (14) krijgt dure cadeaus van een man van 30 die haar na school ophaalt. Mag ik het wijkteam inlichten?',
    ])
      expect(['V-ACUUT', 'V-MELDCODE'], text).toContain(first(text));
  });

  it('asks no safety question for a young carer of an ill parent when the writer says in plain words nobody treats him badly', () => {
    for (const text of [
      'Mijn leerling Sven (13) zorgt voor zijn vader, die chronisch ziek is: wassen, koken, medicijnen. Hij is vaak moe in de les. Niemand behandelt hem slecht, ze hebben het gewoon zwaar. Mag ik het wijkteam mailen met zijn naam?',
      'Fatima (14) doet het huishouden omdat haar moeder kanker heeft en ze zorgt voor haar broertjes. Van slecht behandelen is geen sprake, vader werkt dag en nacht. Mag ik haar aanmelden bij het wijkteam?',
      'Daan (15) past elke middag op zijn zusjes want zijn moeder ligt in het ziekenhuis. Het is niet zo dat iemand hem slecht behandelt, maar hij is op. Mag ik dit aan de JOS-coach vertellen?',
    ])
      expect(safetyFirst, text).not.toContain(first(text));
  });

  it('keeps the meldcode route for a young carer who also lacks food and clothes, or has bruises', () => {
    for (const text of [
      'Sven (13) zorgt voor zijn zieke vader. Niemand behandelt hem slecht, maar er is vaak geen eten in huis en hij loopt al weken in dezelfde kleren. Mag ik het wijkteam mailen?',
      'Moeder van Sven (13) is ziek. Niemand behandelt hem slecht, zegt hij, maar hij heeft blauwe plekken op zijn rug. Mag ik het wijkteam mailen?',
    ])
      expect(['V-MELDCODE', 'Q-ZORGEN'], text).toContain(first(text));
  });

  it('asks no safety question for a parent who is angry about information or rights, without threat or violence', () => {
    for (const text of [
      'De moeder van Sem (16) belde mij als mentor, boos: ze hoorde dat hij bij de JOS-coach loopt en wil weten waarover. Sem wil dat niet. Wat mag ik zeggen?',
      'Moeder mailde razend dat ze recht heeft op het verslag van de JOS-coach over haar zoon (16). Moet ik het sturen?',
      'Een vader stond woest aan de balie: hij eist de verzuimcijfers van zijn dochter van 18, want hij betaalt haar studie. Mag dat?',
    ])
      expect(safetyFirst, text).not.toContain(first(text));
  });

  it('keeps safety first for an angry parent who threatens the pupil, or next to a pupil afraid of a carer who hit him', () => {
    for (const text of [
      'Vader belt woedend en dreigt dat Noor (14) vanavond wat kan verwachten als ze thuiskomt. Mag ik haar moeder inlichten?',
      'Moeder belt boos: Tim (13) is bang voor zijn stiefvader, die hem gisteren een klap gaf. Mag ik de coach inlichten?',
    ])
      expect(safetyFirst, text).toContain(first(text));
  });

  it('asks about abuse (Q-ZORGEN), not acute danger, when a pupil is afraid of a parent with a contact ban in the past', () => {
    for (const text of [
      'Een moeder zonder gezag vraagt elke maand het rapport van haar zoon (14). Hij vertelde me dat hij bang voor haar is; vroeger gold er een straatverbod. Mag ik het rapport nog sturen?',
      'De vader van Lina (12) wil haar cijfers. Er is jaren geleden een contactverbod geweest, dat is inmiddels verlopen. Lina zegt dat ze bang van hem is. Mag ik ze geven?',
      'Een vader zonder gezag mailt om het rooster van zijn zoon (13). De jongen zei dat hij bang voor hem is en dat er vorig jaar een huisverbod was. Moet ik het rooster sturen?',
    ])
      expect(first(text), text).toBe('Q-ZORGEN');
  });

  it('keeps acute danger for a parent with a ban who stands at the gate now, or a ban that holds today', () => {
    for (const text of [
      'De vader van Lina (12) had vroeger een contactverbod en staat nu bij het hek om haar mee te nemen. Wat moet ik doen?',
      'De vader van Lina (12) heeft een contactverbod, en Lina zegt dat ze bang voor hem is. Hij vraagt haar rooster. Mag ik dat geven?',
    ])
      expect(dangerFirst, text).toContain(first(text));
  });

  it('asks no safety question when the pupil herself eats less and less (her own health), not a child without food', () => {
    for (const text of [
      'Vader van Eva (15) vraagt of de coach iets merkt aan haar eten; ze eet de laatste tijd nauwelijks meer en is erg afgevallen. Eva wil niet dat ik iets zeg. Mag ik vader vertellen waar de gesprekken over gaan?',
      'Moeder van Daan (16) maakt zich zorgen: hij at thuis amper meer en praat over lijnen. Mag ik haar vertellen dat hij bij de schoolmaatschappelijk werker loopt?',
      'Mijn leerling (14) eet bijna niks meer sinds de zomer, ik vermoed een eetstoornis. Mag ik dat met haar ouders bespreken?',
    ])
      expect(safetyFirst, text).not.toContain(first(text));
  });

  it('keeps asking about neglect when there is no food at home or no lunch is given', () => {
    for (const text of [
      'Mijn leerling (14) eet bijna niks meer, ze zegt dat er thuis geen eten is en ze heeft steeds honger. Mag ik het wijkteam bellen?',
      "Ruben (12) eet niks meer op school omdat hij geen brood mee krijgt, moeder slaapt 's ochtends. Mag ik de JOS inschakelen?",
    ])
      expect(safetyFirst, text).toContain(first(text));
  });

  it('asks no safety question for a general, anonymous question about supporting young carers', () => {
    for (const text of [
      'Ik wil de wijkcoach anoniem iets vragen over jonge mantelzorgers in het algemeen: waar kunnen ze terecht? Ik noem geen leerling. Mag dat zomaar?',
      'Algemene vraag: mag ik de JOS-coach vragen hoe je als school jonge mantelzorgers herkent, zonder namen te noemen?',
      'Mag ik de schoolmaatschappelijk werker in het algemeen vragen hoe we mantelzorgers in de klas kunnen helpen? Het gaat niet over een bepaalde leerling.',
    ])
      expect(safetyFirst, text).not.toContain(first(text));
  });

  it('keeps the meldcode route for a named young carer who is left alone for days and hungry, even asked anonymously', () => {
    const text = 'Anoniem: een jonge mantelzorger uit mijn klas (13) is vaak dagen alleen thuis en heeft honger. Mag ik het wijkteam bellen?';
    expect(['V-MELDCODE', 'Q-ZORGEN'], text).toContain(first(text));
  });

  it('asks no safety question for a Verwijsindex signal about the risks it is for: truancy, cannabis, boys who deal', () => {
    for (const text of [
      'Als aangewezen meldingsbevoegde van onze school wil ik Kevin (15) in de Verwijsindex melden: hij verzuimt veel en hangt rond met jongens die dealen, dat is mijn signaal. Moeten zijn ouders eerst toestemming geven?',
      'Zorgcoördinator, meldingsbevoegd voor de Verwijsindex: een leerling van 14 spijbelt en zijn broer is dealer, ik wil een signaal afgeven. Hebben we toestemming nodig?',
      'Als aangewezen meldingsbevoegde voor de Verwijsindex wil ik een signaal afgeven over Noah (16): hij blowt dagelijks en koopt bij dealers in het park. Moeten ouders toestemming geven?',
    ])
      expect(safetyFirst, text).not.toContain(first(text));
  });

  it('keeps asking about exploitation when the pupil must deal or run parcels to pay off a debt', () => {
    const text = 'Ik wil een signaal afgeven in de Verwijsindex: Milan (15) moet van oudere jongens pakketjes rondbrengen en dealen om een schuld af te lossen. Moet ik de ouders inlichten?';
    expect(safetyFirst, text).toContain(first(text));
  });
});

describe('classes of meaning from the b49–b51 misses', () => {
  it('reads every written form of the preventief ambulant jeugdhulpverlener (pajh, pajhv, PAJH) as the JOS worker', () => {
    for (const text of [
      'De pajh wil met Tim (11) en zijn ouders aan de slag. Beide ouders hebben gezag. Wie tekent?',
      'Onze PAJHV gaat Noor (11) begeleiden, vader en moeder hebben samen het gezag. Wie moet toestemming geven?',
      "de pajh'er wil met Daan (11) starten, zijn ouders hebben allebei gezag. wie tekent er?",
    ])
      expect(first(text), text).toBe('V-OUDERS12');
    expect(first('Sanne wordt in mei 18. De pajhv is net met haar begonnen, mag dat daarna doorlopen?')).toBe('V-FG');
  });

  it('reads the JOS worker watching how the teacher handles a class (by its code) as advice to the teacher, secret or not (R02, R03)', () => {
    for (const text of [
      'pajh komt dinsdag kijken hoe ik die drukke 3B aanpak. ouders hoeven daar toch niks van te weten?',
      'De PAJ-er kijkt vrijdag mee hoe ik die onrustige 2K aanpak. Moet ik ouders iets laten weten?',
      'Onze ambulant jeugdhulpverlener komt volgende week kijken hoe ik mijn h2a rustig krijg. Ouders hoeven dat toch niet te weten?',
      'de jgc komt in mijn mentoruur kijken hoe ik die lastige groep hanteer, de ouders hoeven daar niks van te horen toch?',
    ])
      expect(first(text), text).toBe('V-GEEN');
    // Guards: one pupil with a report on him, or help kept from the parents, is not advice to the teacher.
    expect(first('De PAJ-er kijkt mee hoe ik Jesse (12) aanpak; ze maakt een verslag over hem. Ouders hoeven niks te weten toch?')).not.toBe('V-GEEN');
    expect(first('De jgc wil Lisa (13) gaan begeleiden, maar ouders hoeven het niet te weten. Kan dat?')).toBe('V-FG');
    expect(first("mag ik Bram (13) met de gw'er bespreken zonder dat zijn ouders het weten?")).toBe('V-FG');
  });

  it('reads parents who told the writer about a diagnosis as the source, so a share with nobody named asks who (R09)', () => {
    for (const text of [
      'De ouders vertelden ons dat bij Mila (14) vorig jaar een angststoornis is vastgesteld. Ik wil dat delen zodat er bij toetsen rekening mee gehouden wordt. Kan dat?',
      'Ouders vertellen mij dat Tim (13) adhd heeft. Ik wil dat graag doorgeven zodat hij bij proefwerken extra tijd krijgt. Mag dat zonder toestemming?',
      'Moeder vertelt ons dat bij Jens (13) autisme is vastgesteld; ik zou dat willen delen zodat er bij presentaties rekening mee gehouden kan worden.',
    ])
      expect(first(text), text).toBe('Q-MET-WIE');
    // Guards: a colleague or a parent named as the one told stays who is told.
    expect(first('Moeder vertelde me dat Tim (14) adhd heeft. Mag ik dat aan de docenten van 2B doorgeven zodat ze er rekening mee houden?')).toBe('V-GEEN');
    expect(first('Moeder vertelde me dat Tim (14) adhd heeft. Mag ik dat met zijn vader bespreken? Beide ouders hebben gezag.')).toBe('Q-OUDERS');
    expect(first('Moeder belde: ze wil weten hoe Tim (14) ervoor staat met zijn cijfers. Mag ik dat vertellen?')).toBe('V-GEEN');
  });

  it('reads what the JOS worker tells from her help with a pupil or family as feedback from that help, which needs the client\'s consent (R12, R08)', () => {
    for (const text of [
      'De coach heeft inmiddels 5 gesprekken met Lina (14) gehad en wil mij laten weten hoe het gaat, zodat ik haar in de klas beter kan steunen. Mag ze dat zomaar aan mij doorgeven?',
      'Onze pajh spreekt Mees (13) al een paar weken en wil de mentor vertellen wat ze gemerkt heeft. Kan dat zonder meer?',
      'Ik ben jgc en begeleid het gezin van Sam (13) al maanden. Bij het MDO dat school plant vraagt de zoco of ik vertel hoe het thuis loopt. Moeder heeft toestemming gegeven voor het MDO, zij heeft alleen het gezag.',
      'Als pajh ondersteun ik het gezin van Roos (14) sinds de zomer. Volgende week is er een MDO op school; mag ik daar mijn verhaal doen? Beide ouders hebben gezag en tekenden voor het MDO.',
    ])
      expect(first(text), text).toBe('V-BEIDEN');
    // Guards: advice to the teacher, and a meeting where nobody helps the family, stay as they were.
    expect(first('De jgc wil mij tips geven hoe ik met de klas omga. Ouders nodig?')).toBe('V-GEEN');
    expect(first('Volgende week MDO over Vera (12) met moeder, de zoco en leerplicht. Niemand van hen begeleidt het gezin. Toestemming?')).toBe('V-OUDERS16');
  });

  it('reads a wijkteam that already helps the family and asks the school how it goes as talk about a pupil in care (W1, R06)', () => {
    for (const text of [
      "Doorgestuurd van het gebiedsteam: 'Wij ondersteunen sinds de zomer het gezin van Milan (14). Kunt u ons vertellen hoe het op school gaat en of u zorgen heeft?' Mag ik daar gewoon op antwoorden?",
      'Het wijkteam helpt al een tijdje het gezin van Sara (13) en vraagt mij hoe het op school gaat. Mag ik dat vertellen?',
      'Mail van het sociaal wijkteam: zij begeleiden sinds maart het gezin van Jesse (12) en willen weten of hij vaak afwezig is. Kan ik dat doorgeven?',
      'De wijkcoach schrijft: we helpen sinds kort het gezin van Ilse (15), kunt u laten weten hoe ze het op school doet? Mag ik reageren?',
    ])
      expect(first(text), text).toBe('V-BEIDEN');
    // Guards: asking the wijkteam to help a family is a referral (W2); a general question stays consent-free.
    expect(first('Ik wil het wijkteam vragen of zij het gezin van Mo (13) kunnen helpen. Mag ik dat vertellen?')).toBe('V-OUDERS16');
    expect(first('Ik wil het wijkteam in het algemeen vragen hoe jullie gezinnen helpen waar de ouders gaan scheiden. Zonder namen.')).toBe('V-GEEN');
  });

  it('reads a parent who mails to know what the pupil discusses with JOS as the parent asking, not as work of the JOS worker (P4, R05)', () => {
    for (const text of [
      'Moeder van Jip (16) stuurt een boze mail: ze heeft gehoord dat hij gesprekken heeft bij iemand van JOS en wil weten waar het over gaat. Jip wil niet dat ze het weet. Wat mag ik zeggen?',
      'De vader van Lieke (17) schreef een lange mail: hij weet dat ze bij de jgc loopt en wil horen of er een diagnose is gesteld. Lieke wil dat niet. Wat kan ik antwoorden?',
      'Ouders van Bram (16) sturen een bericht: ze willen weten wat hij met de pajh bespreekt. Bram wil dat ze het niet weten. Mag ik iets vertellen?',
    ])
      expect(first(text), text).toBe('V-LEERLING16');
    // Guards: a mail that refuses the help is about that help; a mail about grades stays school matters.
    expect(first('De moeder van Tess (14) stuurt een mail: de jgc mag Tess van haar niet meer spreken. Wat nu?')).toBe('V-BEIDEN');
    expect(first('Moeder van Sem (16) stuurt een mail dat ze wil weten hoe zijn cijfers zijn. Mag ik antwoorden?')).toBe('V-GEEN');
  });

  it('reads "zonder namen" after a sentence with "niet" as anonymous, and "wat kunnen jullie doen" as a general question (W3, R01)', () => {
    for (const text of [
      'Algemene vraag aan het gebiedsteam: wat kan het wijkteam betekenen voor een jongere die niet meer naar school gaat? Geen naam of klas erbij.',
      'Ik wil bij het sociaal team vragen wat ze doen als een puber niet meer thuis wil slapen, zonder namen of school te noemen. Mag dat?',
      'Ik wil het wijkteam een algemene vraag stellen: wat kunnen jullie doen als een kind niet meer naar school wil? Zonder namen of klas erbij. Kan dat?',
    ])
      expect(first(text), text).toBe('V-GEEN');
    // Guards: a denial right before the anonymity, or a named pupil, is not anonymous.
    expect(first('Ik wil het wijkteam niet zonder naam vragen wat ze voor Mo (13) kunnen doen, dat heeft geen zin. Mag ik zijn naam noemen?')).not.toBe('V-GEEN');
    expect(first('Ik wil het wijkteam vragen om hulp voor het gezin van Mo (13), niet anoniem. Mag dat?')).toBe('V-OUDERS16');
  });

  it('reads what the JOS worker tells about the teacher\'s own lessons or class, with no pupil in it, as advice to the teacher (R03)', () => {
    for (const text of [
      "De gw'er heeft mijn les geobserveerd en wil mij vertellen hoe het ging met mijn klassenmanagement. Ouders nodig?",
      'De jgc wil mij laten weten wat ze gezien heeft in mijn klas 2B, alleen tips voor mij. Toestemming?',
      'De jgc heeft naar de groep gekeken en wil mij vertellen hoe het loopt in de groep. Ouders?',
      'De coach wil de mentor laten weten hoe het loopt in de klas na de groepstraining. Toestemming nodig?',
    ])
      expect(first(text), text).toBe('V-GEEN');
    // Guards: what the JOS worker tells about one pupil she talks with is feedback from her help.
    expect(first('Mag de paj mij vertellen hoe het met Tim (14) gaat? Ze heeft 3 gesprekken met hem gehad.')).toBe('V-BEIDEN');
    expect(first('De coach heeft gesprekken met Noor (13) en wil mij vertellen hoe het gaat in de klas met haar. Mag dat?')).toBe('V-BEIDEN');
  });
  it('reads a parent who asks, in inverted word order ("vroeg haar moeder of …"), as the one who would be told (MW8)', () => {
    for (const text of [
      'Eva (17) loopt bij een psycholoog voor een eetstoornis. Op de ouderavond vroeg haar moeder waarom Eva zo afvalt. Mag ik het vertellen?',
      'Bij het oudergesprek vroegen de ouders van Tim (17) waarom hij zo vaak bij de psycholoog zit. Wat mag ik vertellen?',
    ])
      expect(first(text), text).toBe('V-LEERLING16');
    expect(first('Na de les vroeg moeder hoe het met de cijfers van Sem (14) gaat. Mag ik dat vertellen?')).toBe('V-GEEN');
    // Guards: the writer who asks the parent, and a parent who asks for the JOS worker's help, stay as they were.
    expect(first('Ik vroeg moeder of Sara (13) met de jgc mag praten. Moet vader ook tekenen? Ze hebben allebei gezag.')).toBe('V-BEIDEN');
    expect(first('Vandaag vraagt de moeder van Lisa (15) of de jgc met haar mag praten. Wie moet tekenen?')).toBe('V-BEIDEN');
  });
});

describe('classes of meaning from the b52–b54 misses', () => {
  it('reads an age written right after the first name ("Lotte 16 wil …") as the pupil\'s age', () => {
    for (const [text, band] of [
      ['Milan 14 heeft vaak ruzie in de klas', '12-15'],
      ['Vraag over Noor 17, ze wil stoppen', '16-17'],
      ['Het gaat om Jesse 12.', '12-15'],
      ['Situatie: Kevin, 16, 4 KB, krijgt hulp.', '16-17'],
    ] as const)
      expect(extractAgeBand(text), text).toBe(band);
    for (const text of [
      'Daan 17 wil gesprekken met de jgc, maar zijn ouders mogen het niet weten. Mag dat?',
      'Fenna 16 wil graag praten met de pajh zonder dat haar moeder het hoort. Kan dat?',
      'Sem 16 wil begeleiding van de coach, maar wil niet dat zijn ouders het weten.',
      'Casus: Jesse, 16, 4 havo, wil praten met de pajh zonder dat zijn ouders het weten. Mag dat?',
    ])
      expect(first(text), text).toBe('V-LEERLING16');
    // Guards: a room, a chapter, a bus line or a date is no age.
    for (const text of ['Lokaal 14 is bezet, dus we zitten ergens anders', 'Hoofdstuk 12 gaat over privacy.', 'Bus 15 was weer te laat', 'Op 14 maart is het MDO'])
      expect(extractAgeBand(text), text).toBeUndefined();
  });

  it('reads a wijkteam that says the pupil is in its care ("bij ons in zorg", "via ons een hulpverlener", "de wijkcoach van Sara") as talk about a pupil in care (W1, R06)', () => {
    for (const text of [
      'Het sociaal team belt over Sara (13), die bij hen in zorg is. Mag ik vertellen hoe het op school gaat?',
      'Het buurtteam wil overleggen over Mo (14): het gezin is sinds maart bij hen in zorg. Mag dat?',
      "Mail van het gebiedsteam: 'Kunnen we even bellen over Jesse (14)? Hij heeft sinds de zomer een begeleider via ons.' Mag ik dat doen?",
      'De wijkcoach van Sara (13) belt: kunnen we even afstemmen? Mag dat?',
      'Het sociaal team wil even contact over Ilse (13), zij is daar cliënt. Mag ik vertellen hoe het gaat?',
      'Het buurtteam belt over Daan (15); het gezin staat bij hen aangemeld. Mag ik vertellen hoe het gaat?',
    ])
      expect(first(text), text).toBe('V-BEIDEN');
    expect(first('Het jeugdteam mailt: Daan (16) is bij ons in zorg, kunnen we even bellen? Mag ik dat gesprek voeren?')).toBe('V-LEERLING16');
    expect(first('Wijkteam mailt: kunnen we even sparren over een leerling van jullie die bij ons in zorg is? Mag dat?')).toBe('Q-LEEFTIJD');
    // Guards: a wijkteam that calls without saying the pupil gets its help is asked about; asking it to take a pupil on is a referral.
    expect(first('Het wijkteam belt over Sara (13). Mag ik vertellen hoe het op school gaat?')).toBe('Q-WIJKTEAM');
    expect(first('Ik wil het gezin van Mo (13) bij het wijkteam aanmelden zodat het in zorg komt. Mag dat?')).toBe('V-OUDERS16');
  });

  it('reads one parent for and the other against, with words between the verb and "niet", as parents who disagree (R25, R30)', () => {
    for (const text of [
      'Moeder wil dat de jgc met Tim (13) gaat praten, vader wil dat absoluut niet. Wat nu?',
      'Vader wil graag dat de psycholoog Noor (14) test, maar moeder wil het echt niet. Mogen we beginnen?',
      'Moeder wil begeleiding door de pajh voor Lisa (14); vader wil daar absoluut niets van weten. Hoe verder?',
    ])
      expect(first(text), text).toBe('V-FG');
    // Guards: the pupil who does not want it is no parent's refusal; a parent who wants it "absoluut" agrees.
    expect(extractFacts('Moeder wil dat de jgc met Tim (13) praat, maar Tim wil dat absoluut niet.', knowledge.cues, screen).facts.answers['Q-GEZAG']).not.toBe('oneens');
    expect(first('Beide ouders hebben gezag en willen dat de gw\'er Sem (13) onderzoekt; vader wil dat absoluut zo snel mogelijk.')).toBe('V-BEIDEN');
  });

  it('reads "vader (ook gezag)" and "moeder, die ook gezag heeft" as joint custody', () => {
    for (const text of [
      "De gw'er wil Finn (13) testen. Moeder heeft getekend, vader (ook gezag) nog niet. Kan ze beginnen?",
      'Vader heeft het formulier voor de jgc getekend voor Roos (14); moeder, die ook gezag heeft, nog niet. Mag de jgc starten?',
      'Moeder tekende voor begeleiding door de pajh van Sven (12). Vader heeft eveneens gezag maar tekende nog niet.',
    ])
      expect(first(text), text).toBe('V-BEIDEN');
    // Guards: a parent without custody, or custody the writer does not know, is not joint custody.
    const custody = (text: string) => extractFacts(text, knowledge.cues, screen).facts.answers['Q-GEZAG'];
    expect(custody("De gw'er wil Finn (13) testen. Moeder heeft getekend, vader (geen gezag) niet. Kan ze beginnen?")).not.toBe('beide');
    expect(custody("De gw'er wil Finn (13) testen. Moeder heeft getekend; of vader ook gezag heeft weet ik niet.")).not.toBe('beide');
  });

  it('asks whether an anonymous pupil can be recognised only where it changes the verdict: advice from JOS needs no consent either way (R01, R02)', () => {
    for (const text of [
      'Mag ik zonder naam even sparren met de jgc over een meisje uit 3 vwo? Verder zeg ik niks over haar.',
      "Ik wil anoniem advies van de gw'er over een jongen uit 2 havo, zonder naam. Mag dat?",
      'Kan ik met de pajh meedenken over een leerling uit vwo 5 zonder naam te noemen?',
      'Anoniem sparren met coach over een meisje uit 3 havo, meer zeg ik niet. Oké?',
    ])
      expect(first(text), text).toBe('V-GEEN');
    // Guards: to the wijkteam a recognisable pupil needs consent, an anonymous one does not, so it is asked.
    expect(first('Ik wil zonder naam aan het wijkteam voorleggen of ze iets kunnen betekenen voor een meisje uit 3 vwo.')).toBe('Q-HERKENBAAR');
    expect(first('Ik wil anoniem aan het wijkteam vragen hoe ze werken met gezinnen zoals dat van een jongen uit 2 havo.')).toBe('Q-HERKENBAAR');
  });

  it('reads "het enige … meisje/kind/gezin" as a detail only one pupil has, like "de enige" (R01)', () => {
    for (const text of [
      'Ik wil anoniem bij het wijkteam voorleggen of ze iets kunnen betekenen voor het enige Eritrese meisje uit 2 havo (14).',
      'Zonder naam: het is het enige kind bij ons met een hoortoestel, 13 jaar. Ik wil het wijkteam vragen het gezin te helpen.',
      'Ik wil het gebiedsteam anoniem om hulp vragen voor het enige gezin uit Egmond bij ons op school, de zoon is 12.',
    ])
      expect(first(text), text).toBe('V-OUDERS16');
    // Guard: "het enige wat ik wil weten" is no detail about a pupil.
    expect(first('Het enige wat ik wil weten: mag ik het wijkteam anoniem in het algemeen vragen hoe ze jonge mantelzorgers helpen?')).toBe('V-GEEN');
  });

  it('reads a meeting the school plans for a pupil who has no help yet ("er is nog geen hulp") as an MDO without a carer (R07)', () => {
    for (const text of [
      'We plannen een MDO over Jens (13); er is nog geen hulp ingezet. Wie moet toestemming geven?',
      'Ik wil een zorgoverleg beleggen voor Amber (14); hulp is er nog niet. Toestemming van wie?',
      'MDO organiseren voor een brugklasser, er zit nog geen hulp op het gezin. Wie tekent?',
      'We willen een MDO over Tim (13) met de jgc en leerplicht erbij; hij krijgt verder nog geen hulp. Wie tekent?',
      // was V-BEIDEN: "hulpverlening" read as a carer at the table
      'We plannen een MDO over Jens (13). Er is nog niemand van hulpverlening betrokken. Wie moet toestemming geven?',
      'Voor Bas (13) wil ik een MDO. Hulpverlening is er op dit moment niet. Wie tekent?',
    ])
      expect(first(text), text).toBe('V-OUDERS16');
    // Guards: help already there, or not known, is asked or followed as before.
    expect(first('We plannen een MDO over Jens (13). Of er hulp is weet ik niet. Wie moet toestemming geven?')).toBe('Q-MDO');
    expect(first('We plannen een MDO over Jens (13); zijn psycholoog schuift aan. Wie moet toestemming geven?')).toBe('V-BEIDEN');
  });

  it('reads telling the wijkteam so that it contacts or visits the family as a referral (W2, R11)', () => {
    for (const text of [
      'Ik wil het gebiedsteam over Noor (15) vertellen zodat ze contact met het gezin kunnen zoeken. Mag dat?',
      'Kan ik het wijkteam inlichten over het gezin van Mo (13), zodat zij op huisbezoek kunnen gaan?',
      'Ik wil het buurtteam op de hoogte brengen van de situatie van Lars (14) zodat ze het gezin kunnen benaderen.',
      'Ik wil het wijkteam bellen zodat ze het gezin van Mo (13) kunnen bezoeken. Mag dat?',
      'Ik wil het wijkteam vragen of ze bij het gezin van Mo (13) langs willen gaan. Mag dat?',
      'Ik wil graag dat het wijkteam bij het gezin van Ilse (13) gaat kijken. Mag dat?',
    ])
      expect(first(text), text).toBe('V-OUDERS16');
    // Guards: a wijkteam that already visits the family and asks how it goes is W1; a general question stays general.
    expect(first('Het wijkteam begeleidt het gezin van Mo (13) al en komt daar wekelijks langs. Ze vragen hoe het op school gaat. Mag ik dat vertellen?')).toBe('V-BEIDEN');
    expect(first('Ik wil het wijkteam in het algemeen vragen hoe ze contact leggen met gezinnen die niet willen. Zonder namen.')).toBe('V-GEEN');
  });

  it('reads a parent who says the other parent is unsafe for the child as doubt about the child\'s interest (R16b)', () => {
    const interest = (text: string) => extractFacts(text, knowledge.cues, screen).facts.answers['Q-BELANG'];
    for (const text of [
      'Vader zonder gezag wil het rapport van Mila (12). Moeder zegt dat hij gevaarlijk is voor het kind. Mag ik het sturen?',
      'Moeder heeft geen gezag en vraagt hoe het met Sem (14) gaat; vader vindt haar onveilig voor Sem. Wat mag ik zeggen?',
      'Een vader zonder gezag wil de cijfers van zijn zoon (13); volgens moeder is hij een gevaar voor de jongen.',
    ])
      expect(interest(text), text).toBe('twijfel');
    // Guards: a parent without custody who asks with no doubt raised stays information (V-INFO).
    expect(interest('Vader zonder gezag wil het rapport van Mila (12). Moeder vindt het goed. Mag ik het sturen?')).toBeUndefined();
    expect(interest('Vader zonder gezag wil de cijfers van Sem (14); hij vindt de school onveilig sinds de brand. Mag dat?')).toBeUndefined();
  });
});

describe('classes of meaning from the b55–b57 misses', () => {
  it('reads a colleague who asks the writer ("een collega vraagt me of ze …") as the one asking, so unnamed help is asked about (was unsafe: V-GEEN)', () => {
    for (const text of [
      'Een collega vraagt me of ze het dossier van Sem (13) mag doorsturen naar de hulpverlening. Wat moet ze regelen?',
      'Mijn collega (docent Engels) vroeg me of hij de zorgen over Noor (14) mag delen met iemand van buiten. Mag dat?',
      'Een collega van de sectie Engels vroeg mij of ze de zorgen over Lina (14) naar de hulpverlening mag mailen.',
      'Collega vraagt: mag ik het verslag over Tess (12) naar de hulpverlener van het gezin sturen?',
    ])
      expect(first(text), text).toBe('Q-MET-WIE');
    // Guards: a colleague the text names as who is told stays a colleague (R09).
    expect(first('Een collega vraagt me of ze aan de zorgcoördinator mag vertellen dat Sem (13) ADHD heeft.')).toBe('V-GEEN');
    expect(first("Mag ik mijn collega's vertellen dat Sem (13) ADHD heeft?")).toBe('V-GEEN');
    expect(first('Mag ik mijn collega vragen of zij Tess (12) kent?')).toBe('V-GEEN');
  });

  it('reads where the pupil has been ("bij de huisarts geweest") as part of what is told, not as who is told', () => {
    for (const text of [
      'Mag ik de pajh het dossier van Tim (16) sturen (somberheid, vorige maand nog bij de huisarts geweest) zodat hij hem kan helpen?',
      'Ik wil het wijkteam over Sam (16) informeren zodat ze hem kunnen helpen: veel stress, twee keer bij de huisarts geweest.',
      'Ik wil de coach het groeidocument van Eva (17) sturen zodat ze haar kan helpen (angst, al eens bij de huisarts geweest).',
    ])
      expect(first(text), text).toBe('V-LEERLING16');
    // Guard: the huisarts as the one called stays a party outside school (R30).
    expect(first('Mag ik de huisarts van Tim (16) bellen over zijn somberheid?')).toBe('V-FG');
  });

  it('reads advice for the teacher with the help said not to be meant ("niet dat ze met hem gaat praten") as advice (R02)', () => {
    for (const text of [
      'Ik wil de jgc alleen om tips voor mijn lessen vragen over Mo (13), niet dat ze met hem gaat praten.',
      'Mag ik de pajh om advies vragen over Lisa (14)? Het is niet de bedoeling dat ze haar gaat begeleiden.',
      "Ik wil met de gw'er sparren over hoe ik Sem (12) aanpak in de klas, niet dat hij hem gaat testen.",
    ])
      expect(first(text), text).toBe('V-GEEN');
    // Guards: the help itself, or a parent who does not want it, stays help.
    expect(first('De jgc gaat met Mo (13) praten. Moeten ouders tekenen?')).toBe('V-BEIDEN');
    expect(first('Moeder wil niet dat de jgc met Tim (13) praat. Mag het toch?')).toBe('V-FG');
  });

  it('reads a parent who asks for someone not named ("of er iemand met hem kan praten") as help still to be chosen, not the parent as recipient', () => {
    for (const text of [
      'Vader vraagt of er iemand met Noor (13) kan praten over haar faalangst. Mag ik dat regelen?',
      'De ouders van Sem (12) vragen of er hulp kan komen voor zijn driftbuien. Wat moet ik doen qua toestemming?',
      'Moeder vroeg of er iemand naar Lisa (14) kan kijken, ze slaapt slecht. Kan ik dat regelen?',
    ])
      expect(first(text), text).toBe('Q-MET-WIE');
    // Guards: a parent who names the JOS worker, or asks about grades, stays as before.
    expect(first('Moeder vraagt of de jgc met Noor (13) kan praten. Wie tekent?')).toBe('V-BEIDEN');
    expect(first('Moeder vraagt hoe het met de cijfers van Noor (13) gaat. Mag ik dat vertellen?')).toBe('V-GEEN');
  });

  it('reads help going on past the 18th birthday in other words ("tot na zijn eindexamen", "nog hulp … via JOS") as the question for JOS (R28)', () => {
    for (const text of [
      'Ik begeleid Daan (17), in juni wordt hij 18. Mag ik doorgaan tot na zijn eindexamen?',
      'Roos is net 18 en wil nog hulp van de pajh. Kan dat via JOS?',
      'Jens werd vorige week 18 en wil nog hulp van de coach. Wie tekent?',
      'Ik begeleid Yara (17); in juli is ze 18. Kan ze daarna nog bij mij blijven komen via JOS?',
    ])
      expect(first(text), text).toBe('V-FG');
    // Guards: help to an adult pupil without a word of going on, and parents of an adult, are the pupil's own consent.
    expect(first('Daan is 18 en wil gesprekken met de jgc. Wie tekent?')).toBe('V-LEERLING18');
    expect(first('Mila is 18; moeder wil haar cijfers weten. Mag dat?')).toBe('V-LEERLING18');
  });

  it('reads a meeting the writer plans in the first person ("ik plan een ZAT", "ik beleg") or asks what to arrange for ("wat moet ik regelen") as still to be organised: who joins is asked (R07, R08)', () => {
    for (const text of [
      'ik beleg een ZAT voor Sara (13), wat moet ik regelen?',
      'Ik plan een casusoverleg voor Noor (15). Welke toestemming heb ik nodig?',
      'Ik plan volgende week een MDO voor Milan (14). Wat moet ik regelen?',
      'Ik wil Noor (14) inbrengen in het zorgoverleg. Moet ik iets regelen?',
      'Voor het ZAT van dinsdag wil ik een leerling aanmelden. Wat moet ik daarvoor regelen?',
    ])
      expect(first(text), text).toBe('Q-MDO');
    // Guards: who joins said, or no help yet, decides it.
    expect(first('Ik plan een MDO voor Noor (15) met de jgc die haar al begeleidt. Wie tekent?')).toBe('V-BEIDEN');
    expect(first('Ik plan een MDO voor Noor (15); er is nog geen hulp. Wie tekent?')).toBe('V-OUDERS16');
  });

  it('reads a conflict the writer rules out ("geen contactverbod of iets") as no reason to doubt the child\'s interest (R16b)', () => {
    for (const text of [
      'Vader van Tim (14) heeft geen gezag en vraagt het rapport. Er is geen contactverbod of rechtszaak. Mag ik het sturen?',
      'Moeder zonder gezag wil de cijfers van Sem (13). Er speelt geen omgangszaak, ze ziet hem elk weekend. Mag dat?',
    ])
      expect(first(text), text).toBe('V-INFO');
    // Guards: a conflict that is there is never ruled out, also when "geen" stands close by for something else.
    expect(first('Vader zonder gezag wil het rapport van Tim (14), maar er is een contactverbod. Mag ik het sturen?')).not.toBe('V-INFO');
    expect(first('Vader (geen gezag, er loopt een contactverbod) vraagt het rapport van Mila (13). Moet ik dat sturen?')).not.toBe('V-INFO');
  });

  it('reads a parent saying the other uses the information to pressure the child as doubt about the child\'s interest (R16b; was unsafe: V-INFO)', () => {
    const interest = (text: string) => extractFacts(text, knowledge.cues, screen).facts.answers['Q-BELANG'];
    for (const text of [
      'Vader zonder gezag vraagt de cijfers van Noor (12) op. Moeder zegt dat hij ze gebruikt om haar onder druk te zetten.',
      'Moeder heeft geen gezag en wil het rapport van Tim (14). Volgens vader manipuleert ze de jongen ermee.',
      'Vader zonder gezag wil het rapport van Sara (12). Volgens moeder zet hij haar onder druk. Mag het?',
      'Vader zonder gezag wil de cijfers van Ella (13). Moeder zegt dat hij haar bang maakt. Mag ik ze sturen?',
    ])
      expect(interest(text), text).toBe('twijfel');
    expect(interest('Vader zonder gezag vraagt de cijfers van Noor (12) op. Moeder zegt dat hij ze altijd netjes bewaart.')).toBeUndefined();
  });

  it('asks whether a case is recognisable when only the name is taken out ("de naam haal ik eruit", "de naam laat ik weg") (R01)', () => {
    for (const text of [
      'Ik wil een casus van een leerling gebruiken in een training voor mentoren, de naam haal ik eruit. Mag dat?',
      'Voor intervisie haal ik de namen weg uit het verslag over een leerling. Is dat genoeg?',
      'Voor de studiedag wil ik een casus van een leerling gebruiken; de naam laat ik weg. Kan dat?',
      'Ik laat de namen weg als ik de casus in de intervisie breng. Is dat genoeg?',
      'Ik wil een casus uit mijn klas in de intervisie bespreken, ik verander de naam. Is dat goed?',
      'Voor de training gebruik ik een casus met een verzonnen naam. Mag dat zonder toestemming?',
    ])
      expect(first(text), text).toBe('Q-HERKENBAAR');
    // Guard: fully anonymous advice stays consent-free.
    expect(first('Ik wil anoniem, zonder naam of klas, met de jgc sparren over hoe ik omga met faalangst in de klas.')).toBe('V-GEEN');
  });

  it('reads a divorce named as the cause or topic of what the JOS worker tells ("sinds de scheiding", "gesprekken over de scheiding") as the news, not as a custody question (R12)', () => {
    for (const text of [
      'Ik begeleid Sem (14) als jgc en wil zijn mentor vertellen dat hij slecht slaapt sinds de scheiding. Sem vindt het goed. Mag dat?',
      'Als pajh wil ik de mentor van Noor (13) laten weten dat ze veel mist door de scheiding. Ze is akkoord.',
      'Ik ben de jgc van Lisa (15). Ik wil haar mentor vertellen dat het thuis zwaar is sinds de scheiding; Lisa vindt dat goed.',
      'Als jgc heb ik gesprekken met Fleur (13) die over de scheiding van haar ouders gaan. De mentor wil weten wat er speelt. Mag ik iets vertellen?',
      'Ik ben pajh; in mijn gesprekken met Bas (14) kwam veel naar boven over de scheiding. Mag ik zijn mentor daar iets over zeggen?',
    ])
      expect(first(text), text).toBe('V-BEIDEN');
    // Guard: parents in a divorce when help starts is still a custody question (R16a).
    expect(first('De ouders van Tim (13) zitten midden in een scheiding. De jgc wil met hem gaan praten. Wie tekent?')).toBe('Q-GEZAG');
  });

  it('reads the writer as the JOS worker someone talks with at the spreekuur ("bij het spreekuur … met mij bespreken") (R02)', () => {
    for (const text of [
      'Tijdens het spreekuur wilde een mentor een leerling (14) met mij bespreken, alleen om tips voor haar lessen. Mag dat zonder toestemming?',
      'Bij het JOS-spreekuur vroeg een docent of hij zijn aanpak van een jongen uit 2B met me mocht bespreken. Had hij toestemming nodig?',
    ])
      expect(first(text), text).toBe('V-GEEN');
    // Guards: a mentor who goes to the spreekuur, or tells a colleague what was said there, stays as before.
    expect(first('Mag ik op het spreekuur van de jgc een leerling (14) bespreken?')).toBe('V-GEEN');
    expect(first('Op het spreekuur vertelde een leerling (14) me dat ze gepest wordt. Mag ik dat aan de mentor vertellen?')).toBe('V-GEEN');
  });

  it('reads "zonder dat ze thuis het weten" as keeping help from the parents (R25: 12 to 15 goes to the FG)', () => {
    for (const text of [
      'Fatima 15 vraagt of ze bij de jgc terecht kan zonder dat thuis iemand het weet. Mag dat?',
      'Sara (13) wil gesprekken met de coach, zonder dat ze thuis iets merken. Mag dat?',
    ])
      expect(first(text), text).toBe('V-FG');
    // Guard: home that knows is no secret.
    expect(first('Sara (13) wil gesprekken met de coach; thuis weten ze ervan. Mag dat?')).toBe('V-BEIDEN');
  });

  it('reads custody the writer does not know with words in between ("ik weet eerlijk gezegd niet of hij nog gezag heeft") as unknown', () => {
    expect(first('De jgc wil Noor (13) begeleiden. Vader is uit beeld, ik weet eerlijk gezegd niet of hij nog gezag heeft. Wat moet ik regelen?')).toBe('V-BEIDEN');
    expect(extractFacts('Ik wil Sem (12) aanmelden bij de pajh; ik weet echt niet hoe het met het gezag zit.', knowledge.cues, screen).facts.answers['Q-GEZAG']).toBe('onbekend');
  });

  it('reads medication by its name ("ritalin", "slaapmiddelen", "antidepressiva") as health information, which a pupil of 16 or 17 decides on (R24)', () => {
    for (const text of [
      'Mag ik de ouders van Tim (16) vertellen dat hij ritalin gebruikt?',
      'Lisa (17) slikt sinds kort slaapmiddelen; moet ik haar ouders inlichten?',
    ])
      expect(first(text), text).toBe('V-LEERLING16');
    // Guard: school matters stay school matters (R22).
    expect(first('Mag ik de ouders van Tim (16) vertellen dat hij zijn huiswerk niet maakt?')).toBe('V-GEEN');
  });

  it('reads a pupil who wants to go to the JOS worker ("Daan wil naar de jgc") as help to that pupil (J3)', () => {
    expect(first('Daan 16 wil naar de jgc. Ouders mogen niks weten. Kan dat?')).toBe('V-LEERLING16');
    expect(first('Mila (13) wil graag naar de psycholoog van JOS. Wie moet toestemming geven?')).toBe('V-BEIDEN');
    // Guard: the mentor who goes to the JOS spreekuur for advice stays advice (R02).
    expect(first('Ik wil naar het JOS-spreekuur om advies te vragen over Mila (13). Mag dat zonder toestemming?')).toBe('V-GEEN');
  });

  it('asks what the JOS worker will do when she is only "ingeschakeld" for a pupil: her own help (J3) or information passed on (J7)', () => {
    for (const text of [
      'Kan ik de pajh inschakelen voor Fenna (13)?',
      "Ik wil de gw'er inschakelen voor Bram (14). Wie moet tekenen?",
      'Mag ik de orthopedagoog inschakelen voor Noor (12)?',
    ])
      expect(first(text), text).toBe('Q-JOS');
    // What she will do, said next to it, decides (talks with the pupil: her own help, which before read as passing on).
    expect(first('Ik wil de jgc inschakelen zodat ze met Tim (13) gaat praten.')).toBe('V-BEIDEN');
    expect(first('Ik wil de jgc inschakelen en het dossier van Tim (13) naar haar doorsturen.')).toBe('V-OUDERS16');
  });
});

describe('classes of meaning from the b49–b51 safety misses', () => {
  const abuseFirst = ['V-MELDCODE', 'Q-ZORGEN'];
  const safetyFirst = ['V-ACUUT', 'Q-NOOD', 'V-MELDCODE', 'Q-ZORGEN'];

  it('does not ask about abuse for ordinary trouble at home when the writer rules violence out in her own words', () => {
    for (const text of [
      'Daan (17) wil dat ik hem aanmeld bij het wijkteam: thuis veel ruzie sinds vader zijn baan kwijt is. Geen geweld of zo, gewoon spanning. Hij vindt het goed. Is dat genoeg?',
      'Een leerling van 16 heeft problemen thuis, ouders maken veel ruzie over geld. Niks wijst op mishandeling. Ze wil zelf praten met de gw-er. Moet ik haar ouders inlichten?',
      'Sanne (17) vertelt dat het thuis niet goed gaat, er is veel ruzie. Geen aanwijzingen voor geweld, het is vooral gedoe over geld. Ze vindt een gesprek met de jeugdarts goed. Mag dat zonder haar ouders?',
    ])
      expect(safetyFirst, text).not.toContain(first(text));
  });

  it('keeps asking when the writer doubts it or a concrete sign stands next to "geen geweld"', () => {
    for (const text of [
      'Thuis veel ruzie bij Daan (14). Ik weet niet of er geweld is, hij zegt er niks over. Mag ik dit met de gw-er bespreken?',
      'Thuis veel ruzie bij Daan (14). Geen geweld volgens hem, maar hij is bang voor zijn vader. Mag ik dit met de gw-er bespreken?',
      'Thuis veel ruzie bij Daan (14). Geen geweld, zegt hij, maar hij heeft vaak honger en er is niks te eten in huis. Mag ik dit met de gw-er bespreken?',
    ])
      expect(abuseFirst, text).toContain(first(text));
  });

  it('reads the pupil’s own eating disorder as her health when weight loss is named elsewhere in the text', () => {
    for (const text of [
      'Lotte (16) heeft anorexia en is in behandeling. Haar vader vroeg mij waarom ze zo mager is geworden. Mag ik dat aan hem vertellen?',
      'Mila (17) heeft een eetstoornis, daar is ze voor bij een dietist. Op school zien collega’s dat ze steeds magerder wordt. Mag ik de mentor inlichten?',
    ])
      expect(safetyFirst, text).not.toContain(first(text));
  });

  it('keeps asking about weight loss without an eating disorder, or with hunger at home', () => {
    for (const text of [
      'Lotte (13) is flink afgevallen en ziet er moe uit. Mag ik dat met de gw-er bespreken?',
      'Lotte (13) heeft een eetstoornis, zegt moeder, maar ze heeft op school steeds honger en er is thuis geen eten. Mag ik dat met de gw-er bespreken?',
    ])
      expect(abuseFirst, text).toContain(first(text));
  });

  it('reads older boys who deal, in a Verwijsindex request, as the risk the index is for', () => {
    for (const text of [
      'Als meldingsbevoegde wil ik Ravi (15) in de Verwijsindex zetten. Hij verzuimt veel en trekt op met oudere jongens die dealen. Moet ik eerst toestemming hebben?',
      'Ik ben aangewezen voor de Verwijsindex. Een leerling (16) blowt veel. Hij hangt rond met een groep oudere gasten, een paar dealen. Heb ik toestemming nodig om hem te signaleren?',
    ])
      expect(safetyFirst, text).not.toContain(first(text));
  });

  it('always takes the meldcode route for female genital mutilation, also when a classmate tells it', () => {
    for (const text of [
      'Een vriendin van Amina (12) zegt dat Amina in de meivakantie naar Somalië gaat om besneden te worden, haar zus is het ook. Mag ik dit melden?',
      'Ik hoorde van een klasgenoot dat het meisje (11) deze zomer besneden wordt bij familie. Wat moet ik doen?',
      'Moeder vertelde terloops dat ze haar dochter (10) wil laten besnijden in het land van herkomst. Mag ik dit bespreken?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('does not decide the meldcode for a boy’s circumcision', () => {
    const text = 'Omar (12) is vorige week besneden in het ziekenhuis en mist daarom gym. Mag ik dat aan de gymdocent vertellen?';
    expect(first(text), text).not.toBe('V-MELDCODE');
  });

  it('decides acute danger for a threat for tonight by a carer when the pupil lingers and will not go home', () => {
    for (const text of [
      'Na de les bleef Finn (13) hangen: zijn vader riep gisteren dat hij vanavond wel zal merken wat er gebeurt. Hij durft niet naar huis. Mag ik iemand bellen?',
      'Jesse (14) blijft na school in de klas zitten. Zijn stiefvader had gezegd: je zult wel zien wat er gebeurt als je thuiskomt. Hij wil niet naar huis. Wat nu?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('decides acute danger when a toddler is alone now with a carer too drunk to stand', () => {
    for (const text of [
      'Een leerling (12) vertelde net dat vader vanochtend zo dronken was dat hij niet meer kon staan, en haar zusje van 2 is nu alleen met vader thuis. Mag ik iemand inschakelen?',
      'Ze vertelde dat haar moeder zo stoned was dat ze niet meer overeind kwam, en dat haar broertje van 4 nu alleen met moeder is. Kan ik dit zonder haar toestemming melden?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('asks rather than decides neglect when care tasks come from a parent who works night shifts', () => {
    for (const text of [
      'Mo (12) is elke ochtend moe en te laat; hij past ’s nachts op zijn broertje omdat zijn moeder nachtdiensten werkt. Mag ik leerplicht bellen?',
      'Sara (13) slaapt in de les, ze zorgt voor haar zusjes omdat papa in ploegendienst werkt. Mag ik dit met de gw-er bespreken?',
    ])
      expect(['Q-ZORGEN', 'Q-NOOD'], text).toContain(first(text));
  });

  it('asks about abuse when a pupil dreads the school calling home and the writer names home as a possible cause', () => {
    for (const text of [
      'Tom (13) verzuimt veel. Toen ik zei dat ik zijn ouders zou bellen, raakte hij in paniek en smeekte me dat niet te doen. Misschien speelt er iets thuis. Mag ik hem aanmelden bij de jeugdarts?',
      'Een leerling (12) is sinds kort stil en schrok enorm toen de mentor naar huis wilde bellen. Het kan stress zijn, het kan ook iets met thuis te maken hebben. Moet moeder toestemming geven voor de jeugdarts?',
    ])
      expect(abuseFirst, text).toContain(first(text));
  });

  it('does not ask about abuse for a pupil who is only afraid the school calls home about a grade', () => {
    const text = 'Noor (13) was bang dat de mentor naar huis zou bellen over haar onvoldoende. Mag ik haar cijfers met de RT bespreken?';
    expect(abuseFirst, text).not.toContain(first(text));
  });

  it('does not ask about abuse for a parent without custody with a court history, when the other parent reports fear', () => {
    for (const text of [
      'Moeder van Lars (12) heeft geen gezag en wil zijn cijfers. Vader zegt dat er jaren geleden een contactverbod gold en dat Lars bang voor haar is. Moet ik haar iets sturen?',
      'Vader zonder gezag vraagt het rapport van Eva (14). De rechter heeft de omgang vorig jaar opgeschort, het is een vechtscheiding. Moeder wil dat hij niks krijgt. Wat doe ik?',
      'Een vader heeft geen gezag en mailt om de mentorverslagen. Er loopt een rechtszaak over de omgang en moeder zegt dat zijn dochter (13) angstig wordt van hem. Moeten we hem informeren?',
    ])
      expect(abuseFirst, text).not.toContain(first(text));
  });

  it('keeps asking when the pupil herself tells she is afraid, or the parent threatens or waits at school', () => {
    for (const text of [
      'Vader heeft geen gezag en vraagt het rapport. Vroeger was er een contactverbod. Nu vertelde het meisje (13) me dat ze bang voor hem is. Moet ik hem iets sturen?',
      'Vader zonder gezag, er was een contactverbod. Moeder zegt dat hij dreigt haar mee te nemen en dat het meisje (12) bang is. Mag ik hem het rapport sturen?',
    ])
      expect(safetyFirst, text).toContain(first(text));
  });

  it('does not ask about abuse for a general anonymous question about a kind of situation', () => {
    for (const text of [
      'Mag ik het wijkteam anoniem vragen hoe ze omgaan met leerlingen in een vechtscheiding? Gewoon algemeen, zonder naam.',
      'Algemene vraag: wat kan school doen bij een scheiding waar ouders elkaar bestoken? Ik noem geen namen, zonder naam dus.',
    ])
      expect(safetyFirst, text).not.toContain(first(text));
  });

  it('keeps asking when the anonymous question names a sign about a child', () => {
    const text = 'Ik wil anoniem overleggen over een leerling in een vechtscheiding; hij zegt dat vader hem slaat. Zonder naam. Mag dat?';
    expect(safetyFirst, text).toContain(first(text));
  });

  it('reads a man of about 25 with expensive gifts as grooming (abuse), not as acute danger', () => {
    for (const text of [
      'Lisa (14) wordt na school opgehaald door een man van ongeveer 25. Ze heeft opeens dure sieraden en een nieuwe iPhone. Mag ik dit met de zorgcoördinator bespreken?',
      'Een meisje van 15 heeft een vriend van rond de 30 die haar cadeaus geeft en geld. Ze is vaak afwezig. Mag ik de mentor inlichten?',
    ])
      expect(abuseFirst, text).toContain(first(text));
  });

  it('does not read a man of about 25 who gives nothing as grooming', () => {
    const text = 'Tim (14) wordt soms opgehaald door zijn neef, een man van ongeveer 25. Mag ik dat aan de mentor vertellen?';
    expect(first(text), text).not.toBe('V-MELDCODE');
  });
});

describe('classes of meaning from the b52–b54 safety misses', () => {
  const dangerFirst = ['V-ACUUT', 'Q-NOOD'];
  const abuseFirst = ['V-MELDCODE', 'Q-ZORGEN'];
  const safetyFirst = [...dangerFirst, ...abuseFirst];

  it('puts danger first for a pupil sent away from home with nowhere safe to sleep, also when the writer doubts it', () => {
    for (const text of [
      'Een leerling van 16 vertelde dat hij vannacht in een portiek moet pitten omdat zijn vader hem de deur uit heeft gezet. Mag ik hier iets mee?',
      'Sanne (14) zegt dat haar moeder haar heeft weggestuurd en dat ze vanavond onder een brug gaat slapen. Ze dikt dingen wel vaker aan. Mag ik de jgc bellen zonder haar ouders?',
      'Vader heeft hem buitengezet, zegt Youssef (15), en hij wil vannacht op het station overnachten. Ik weet niet of het klopt. Moet ik zijn ouders om toestemming vragen voor ik de zoco inlicht?',
      'Jesse (13) zegt dat het slot thuis is veranderd en dat hij nu niet naar binnen kan. Hij overdrijft vaak. Mag ik dit aan de mentor vertellen?',
    ])
      expect(dangerFirst, text).toContain(first(text));
  });

  it('asks rather than decides when the writer thinks the pupil exaggerates', () => {
    const text = 'Sanne (14) zegt dat haar moeder haar heeft weggestuurd en dat ze vanavond onder een brug gaat slapen. Ze dikt dingen wel vaker aan. Mag ik de jgc bellen zonder haar ouders?';
    expect(first(text), text).toBe('Q-NOOD');
  });

  it('does not ask about danger for a pupil sent out of a lesson, staying with a friend or sleeping outside on a school camp', () => {
    for (const text of [
      'Mijn leerling (15) logeert dit weekend bij een vriend omdat zijn ouders op vakantie zijn. Mag ik dat aan de mentor vertellen?',
      'Een meisje van 13 is weggestuurd bij de gymles omdat ze haar spullen vergat. Mag ik de gymdocent vragen wat er speelde?',
      'Onze klas gaat op kamp en slaapt twee nachten buiten in tenten. Mag ik de medicijnlijst van de leerlingen aan de begeleiders geven?',
    ])
      expect(safetyFirst, text).not.toContain(first(text));
  });

  it('keeps the danger the rules read next to a stay arranged because the parents are away', () => {
    for (const text of [
      'Mijn leerling (15) logeert bij een vriend omdat zijn ouders op vakantie zijn, maar hij durft niet naar huis als ze terug zijn. Mag ik de mentor inlichten?',
      'Mijn leerling (15) logeert dit weekend bij een vriend omdat hij niet naar huis durft. Mag ik dat aan de mentor vertellen?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('does not ask about safety when a parent without custody, with a court history, asks for information and the other parent panics or a ban runs', () => {
    for (const text of [
      'Moeder zonder gezag mailt of ze de cijfers van haar zoon (14) mag krijgen. Er loopt een rechtszaak over de omgang en vader belt me in paniek. Mag ik haar iets sturen?',
      'Een vader zonder gezag vraagt de schoolfoto’s en het rapport van zijn dochter (12). Er loopt nog een contactverbod. Moet ik dat opsturen?',
      'Vader zonder gezag wil het rapport van Lisa (14) ontvangen. Moeder is ertegen omdat er een contactverbod speelde. Wat moet ik doen?',
      'Een vader zonder gezag vraagt foto’s van het schoolkamp van zijn zoon (13). Moeder raakt in paniek, de rechter heeft de omgang stilgelegd. Mag ik die foto’s sturen?',
    ])
      // A court measure on contact decides the doubt (V-FG, R16b, since b58–b60); a case still running asks it.
      expect(['Q-BELANG', 'V-FG'], text).toContain(first(text));
  });

  it('reads the other parent calling a parent without custody unsafe or dangerous as doubt about the child’s interest, not as a sign', () => {
    for (const text of [
      'Moeder heeft geen gezag en wil weten hoe het met Daan (12) gaat. Vader zegt dat ze onveilig is voor Daan. Mag ik haar informeren?',
      'Een vader zonder gezag vraagt om het rapport van Sophie (14); volgens moeder is hij gevaarlijk. Wat moet ik doen?',
    ])
      expect(first(text), text).toBe('V-FG');
  });

  it('keeps asking when the child herself says she feels unsafe with that parent', () => {
    const text = 'Vader zonder gezag wil het rapport van Sophie (14). Sophie vertelde me zelf dat ze zich onveilig voelt bij hem. Moet ik het sturen?';
    expect(safetyFirst, text).toContain(first(text));
  });

  it('keeps asking when that parent stood at school to take the child, hit her, or the child is terrified of him', () => {
    for (const text of [
      'Vader zonder gezag wil het rapport van Mila (12). Moeder zegt dat hij gisteren bij het hek stond en Mila wilde meenemen. Mag ik hem het rapport sturen?',
      'Vader zonder gezag vraagt de cijfers van Sara (14). Moeder zegt dat hij Sara vorige week heeft geslagen. Wat mag ik doen?',
      'Moeder heeft geen gezag en vraagt het rapport op. De jongen (12) is doodsbang voor haar en we twijfelen. Moet ik het sturen?',
    ])
      expect(safetyFirst, text).toContain(first(text));
  });

  it('does not ask about danger for a fight that is on film, when someone asks who is on it', () => {
    for (const text of [
      'De politie vraagt of wij de jongens herkennen op de beelden van de vechtpartij bij de Albert Heijn. Mag ik namen geven?',
      'Op Snapchat staat een filmpje van een vechtpartij bij de bushalte; de wijkagent wil weten wie de meiden zijn. Mag ik hun namen noemen?',
      'Een ouder stuurde me een video van de vechtpartij op het plein en vraagt wie die jongen in het rode jack is. Mag ik dat zeggen?',
      'De vechtpartij is gefilmd en gaat rond op TikTok, niemand raakte ernstig gewond. De wijkagent wil de klassen van de leerlingen weten. Mag dat?',
    ])
      expect(safetyFirst, text).not.toContain(first(text));
  });

  it('keeps danger first when the filmed pupil is hurt now, afraid to go home or about to be waited for', () => {
    for (const text of [
      'Er gaat een filmpje rond waarop Daan (13) door drie jongens wordt geslagen, en hij durft nu niet naar huis. Mag ik zijn ouders bellen?',
      'Er gaat een filmpje rond van de vechtpartij en volgens de wijkagent willen ze Sem na school opwachten. Mag ik zijn naam geven?',
      'Er gaat een filmpje rond van de vechtpartij, en Sem ligt nu gewond in het ziekenhuis. Mag ik de klas inlichten?',
    ])
      expect(dangerFirst, text).toContain(first(text));
  });

  it('decides acute danger when a pupil who is afraid is taken abroad to marry today', () => {
    for (const text of [
      'Een meisje (14) zegt dat haar broer haar vanmiddag komt halen om naar Somalië te gaan, waar ze moet trouwen. Ze is doodsbang. Mag ik de jgc bellen?',
      'Vandaag vertrekt ze met haar ouders naar het buitenland voor een huwelijk dat voor haar geregeld is, vertelde ze bevend. Moet ik eerst toestemming vragen?',
      'Na de les wordt Yasmin (15) opgehaald; de familie heeft in Irak een huwelijk voor haar geregeld en ze is bang. Wie mag ik bellen?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('takes the meldcode route, not acute danger, for a marriage she fears next summer or next year', () => {
    for (const text of [
      'Leerling (15) vertelt dat ze volgend jaar misschien moet trouwen met een neef in Turkije. Ze is er bang voor. Mag ik dit met de zoco bespreken?',
      'Vandaag vertelde Noor (15) me dat ze deze zomer in Marokko moet trouwen. Ze is bang. Mag ik dit met de zoco bespreken?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('decides acute danger when a pupil refuses to go home today because the carer will lose it', () => {
    for (const text of [
      'Een leerling (13) weigert om vier uur naar huis te gaan; ze zegt dat haar moeder vandaag weer helemaal doordraait. Moet ik eerst toestemming van moeder vragen?',
      'Jongen (12) wil na school echt niet naar huis, want moeder draait vandaag door, zegt hij, na de ruzie van gisteren. Moet ik eerst toestemming vragen?',
      'Sem (14) wil vanmiddag niet naar huis, want vader zal door draaien als hij het rapport ziet. Wie mag ik bellen?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('does not decide acute danger for a carer who sometimes loses it when the pupil goes home as usual, or a class that is wild', () => {
    for (const text of [
      'Moeder draait soms door, zegt Lotte (13), maar ze gaat vandaag gewoon naar huis. Mag ik dit met de mentor bespreken?',
      'De klas draait vandaag helemaal door en niemand wil naar huis, het is de laatste dag voor de vakantie. Mag ik de ouders mailen?',
    ])
      expect(first(text), text).not.toBe('V-ACUUT');
  });

  it('takes the meldcode route when the pupil tells that there is hitting at home, in the passive', () => {
    for (const text of [
      'Een jongen van 14 vertelt me dat er thuis vaak geslagen wordt, ook bij zijn broertje. Hij wil niet dat ik iets doe. Mag ik de zoco inlichten?',
      'Ze vertelde dat haar zusjes en zij thuis regelmatig getrapt worden. Mag ik dit met de jgc bespreken?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('does not decide the meldcode when hitting at home is denied in the passive', () => {
    for (const text of [
      'Hij wordt thuis nooit geslagen, zegt hij; het gaat om ruzie met een klasgenoot. Mag ik de mentor inlichten?',
      'Er wordt bij hen thuis niet geslagen, dat weet ik zeker; hij is vooral moe. Mag ik de jgc vragen?',
      'Mijn leerling zegt dat er thuis nooit iemand geslagen wordt, maar dat er veel geschreeuwd wordt. Mag ik dat met de zoco bespreken?',
    ])
      expect(first(text), text).not.toBe('V-MELDCODE');
  });

  it('asks about abuse, not acute danger, for a pupil who habitually lingers after school and avoids going home', () => {
    for (const text of [
      'Daan (12) blijft elke dag na het laatste uur in het lokaal zitten tot de conciërge hem wegstuurt. Mag ik de gw’er inschakelen?',
      'Een meisje uit 2B blijft na school steeds in de mediatheek hangen, alsof ze niet naar huis wil. Kan ik de jgc vragen mee te kijken?',
      'Thijs (14) blijft vaak tot vijf uur in de kantine zitten en schrikt als je achter hem langs loopt. Mag ik hem met naam inbrengen in het zorgoverleg?',
    ])
      expect(first(text), text).toBe('Q-ZORGEN');
  });

  it('keeps asking about danger now when the pupil lingers today or is afraid of a carer', () => {
    for (const text of [
      'Vandaag bleef Ravi (13) na de les hangen en hij wil niet naar huis. Mag ik iemand bellen?',
      'Ravi (13) blijft altijd na school hangen, wil niet naar huis en is bang voor zijn vader. Mag ik dit met de zoco bespreken?',
    ])
      expect(first(text), text).toBe('Q-NOOD');
  });

  it('asks about abuse, not acute danger, for a carer who drinks or uses as a habit, also when someone asks about it', () => {
    for (const text of [
      'De jeugdarts vraagt of vader nog steeds drinkt, omdat Sem (13) zo vaak ziek gemeld wordt. Mag ik daarop antwoorden?',
      'De ambulant hulpverlener vertelt dat de moeder van Amir (13) al jaren drugs gebruikt. Mag ik dat met de mentor delen?',
      'Leerplicht wil weten of er thuis een drankprobleem is bij vader, want Tess (14) verzuimt veel. Wat mag ik zeggen?',
    ])
      expect(first(text), text).toBe('Q-ZORGEN');
  });

  it('keeps danger first for a carer who is drunk now', () => {
    for (const text of [
      'Vader staat nu dronken bij de balie om Jens (12) op te halen. Mag ik moeder bellen?',
      'Moeder is vandaag weer stomdronken en haar zusje van 3 is alleen met haar thuis, zegt Noor. Wie mag ik bellen?',
    ])
      expect(dangerFirst, text).toContain(first(text));
  });

  it('does not ask about safety for a worry word that names the topic of the question: a Verwijsindex risk, a threat of a complaint, own prescribed medication, a parent in hospital', () => {
    for (const text of [
      'Ik ben meldingsbevoegde voor de Verwijsindex. Ik wil Jayden (15) signaleren: hij is al twee keer door de politie opgepakt voor winkeldiefstal en verzuimt veel. Toestemming nodig?',
      'Onze school is aangesloten op de Verwijsindex; ik wil Sara (13) signaleren omdat schooluitval dreigt. Heb ik toestemming nodig?',
      'Vader van Tim (13), ze hebben samen gezag, is het niet eens met de begeleiding door de jgc en dreigt met een klacht bij de inspectie. Mogen we starten?',
      'Moeder dreigde met juridische stappen als we haar zoon (14) zonder haar naar de gw’er sturen. Vader wil het wel, beiden gezag. Wat nu?',
      'Noor (16) vertelde dat ze via de huisarts antidepressiva slikt. Moeder vraagt waarom ze zo moe is. Mag ik het haar vertellen?',
      'Een jongen (17) zei dat hij sinds een maand antidepressiva neemt van zijn psychiater, zijn ouders weten het niet. Moet ik ze inlichten?',
      'Moeder ligt in het ziekenhuis met een hernia en vader werkt veel; Sem (14) redt zich wel, maar ik wil het wijkteam vragen om steun voor het gezin. Toestemming?',
      'Ik heb van moeder een brief van het ziekenhuis over de epilepsie van Noah (13). Mag ik die aan de gymdocent geven?',
    ])
      expect(safetyFirst, text).not.toContain(first(text));
  });

  it('keeps asking when the same topic comes with violence, a threat against the pupil, saved-up pills or an injury at home', () => {
    for (const text of [
      'Ik wil Jayden (15) in de Verwijsindex zetten; hij zegt dat zijn vader hem slaat en hij is bang om naar huis te gaan. Toestemming nodig?',
      'Vader dreigt hem wat aan te doen als hij blijft zitten, zegt Tim (13). Mag ik dit met de zoco bespreken?',
      'Lotte (16) zegt dat ze alle antidepressiva van de huisarts heeft gespaard. Mag ik haar ouders bellen?',
      'Noah (13) ligt in het ziekenhuis na een ongeluk thuis, vader zou hem geslagen hebben. Mag ik de mentor inlichten?',
    ])
      expect(safetyFirst, text).toContain(first(text));
  });

  it('does not ask about abuse for a pupil who only withdraws, in a question that needs consent anyway', () => {
    for (const text of [
      'Mijn mentorleerling Sanne (14) trekt zich de laatste weken terug in de klas. Ik wil de jgc vragen met haar te praten. Moeten ouders toestemming geven?',
      'Daan (13) is erg teruggetrokken sinds de herfst; de gw’er wil hem observeren in de les. Wat moet ik regelen?',
      'Een brugklasser trok zich na de kerstvakantie terug en zegt weinig. Kan ik de jeugdarts vragen haar op te roepen?',
    ])
      expect(safetyFirst, text).not.toContain(first(text));
  });

  it('keeps asking when withdrawal comes with bruises or startling at a touch', () => {
    for (const text of [
      'Sanne (14) trekt zich terug en heeft steeds blauwe plekken op haar armen. Mag ik de jgc inschakelen?',
      'Ze trekt zich terug sinds haar stiefvader bij hen woont en ze schrikt als je haar aanraakt. Mag ik dit met de gw’er bespreken?',
    ])
      expect(safetyFirst, text).toContain(first(text));
  });
});

describe('classes of meaning from the b55–b57 safety misses', () => {
  const dangerFirst = ['V-ACUUT', 'Q-NOOD'];
  const safetyFirst = [...dangerFirst, 'V-MELDCODE', 'Q-ZORGEN'];

  it('puts danger first when the pupil says she cannot take it any more, with the verb first', () => {
    for (const text of [
      'Na de toets zei Bram (14): ‘ik trek het gewoon niet meer’. Waarschijnlijk stress. Mag ik de jgc om advies vragen met zijn naam?',
      'Jasmijn (16) zei na het gesprek: ‘ik hou het gewoon niet meer’. Ze wil niet dat haar ouders het weten. Mag ik ze toch bellen?',
    ])
      expect(dangerFirst, text).toContain(first(text));
  });

  it('does not ask about danger when a parent cannot cope and asks for help herself', () => {
    const text = 'Moeder trekt het niet meer met vier kinderen en vraagt zelf om hulp van het wijkteam. Wat heb ik nodig qua toestemming?';
    expect(dangerFirst, text).not.toContain(first(text));
  });

  it('decides acute danger for being done with everything tonight or tomorrow next to pills', () => {
    const text = 'Hij zei dat hij morgen klaar is met alles; in zijn tas zit een zakje met pillen. Moet ik eerst zijn ouders vragen?';
    expect(first(text), text).toBe('V-ACUUT');
  });

  it('asks about danger first for an injury when the pupil would rather not go home today, even laughing it off', () => {
    const text = 'Noor (13) heeft een dikke lip en zegt dat ze vandaag liever niet naar huis gaat. Ze lacht erbij. Mag ik dit met iemand delen?';
    expect(first(text), text).toBe('Q-NOOD');
  });

  it('takes the meldcode route for a punishment of sleeping in the shed or cellar, also told by a classmate', () => {
    const text = 'Een klasgenoot zegt dat Daan (12) in de kelder moet slapen als hij niet luistert. Zelf zag ik niks. Mag ik dit bespreken met de zoco?';
    expect(first(text), text).toBe('V-MELDCODE');
  });

  it('reads an adult in the family who "does things" with her as sexual abuse, and acts now when he babysits again tonight or tomorrow', () => {
    const abuse = 'Een meisje van 13 vertelde dat haar stiefvader dingen met haar doet als moeder werkt. Ze wil niet dat ik iets zeg. Mag ik de aandachtsfunctionaris inlichten?';
    expect(first(abuse), abuse).toBe('V-MELDCODE');
    const tonight = 'Jongen (14) zegt dat zijn opa morgen weer oppast en dat hij dan weer dingen moet doen bij hem. Mag ik iemand bellen zonder zijn ouders?';
    expect(first(tonight), tonight).toBe('V-ACUUT');
  });

  it('does not read doing nice things together or a babysitting uncle as abuse', () => {
    for (const text of [
      'Vader doet leuke dingen met hem in het weekend, zegt Sem (12), maar hij mist hem doordeweeks. Mag ik dit met de mentor bespreken?',
      'Mijn oom past morgen op mijn leerling (12) omdat moeder werkt, zegt ze blij. Mag ik dat aan de mentor doorgeven?',
    ])
      expect(first(text), text).not.toBe('V-MELDCODE');
  });

  it('reads a time word of the safe present after past violence as no danger now', () => {
    for (const text of [
      'Vroeger sloeg haar stiefvader haar; ze woont nu bij haar oma. Mag ik dit de zoco vertellen?',
      'Zijn vader trapte hem jaren geleden; inmiddels woont hij in een pleeggezin en gaat het goed. Mag ik dit aan de nieuwe mentor doorgeven?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
    const now = 'Vader sloeg hem gisteren en hij zit nu bij mij op kantoor; hij durft niet naar huis. Wie mag ik bellen?';
    expect(first(now), now).toBe('V-ACUUT');
  });

  it('does not ask about danger for a tyre stabbed flat, but does for a stabbing', () => {
    const tyre = 'Twee leerlingen (13) hebben vanmiddag de banden van de fiets van een docent lek gestoken. Mag ik hun ouders bellen?';
    expect(dangerFirst, tyre).not.toContain(first(tyre));
    const stabbing = 'Een leerling (15) heeft in de pauze een jongen met een mes in zijn been gestoken. Mag ik de namen aan de politie geven?';
    expect(dangerFirst, stabbing).toContain(first(stabbing));
  });

  it('decides acute danger for "the next train is my train" and for a small child at home with a carer who does not wake up', () => {
    for (const text of [
      'Hij belde net huilend vanaf het perron en zei dat de volgende trein zijn trein is. Mag ik zijn moeder bellen?',
      'Noor (12) vertelde dat moeder vanochtend op de vloer lag en niet wakker werd, en haar zusje van 3 is thuis bij moeder. Mag ik iemand bellen?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('decides acute danger for a pupil on the window ledge with the window open now, not for one who reads there', () => {
    const text = 'Een leerling zit nu op de vensterbank met het raam wijd open en komt niet naar binnen. Mag ik de ouders bellen?';
    expect(first(text), text).toBe('V-ACUUT');
    const reading = 'Tijdens de pauze zit Lisa (13) altijd op de vensterbank te lezen. Mag ik haar ouders mailen over haar leesplezier?';
    expect(safetyFirst, reading).not.toContain(first(reading));
  });
});

describe('classes of meaning from the b67/b69 misses', () => {
  it('reads a parent\'s partner said to have no custody who asks for school matters as someone else (MW12, R30), not a parent without custody (R16b)', () => {
    for (const text of [
      'De stiefmoeder van Lotte (13) wil haar rapport inzien. Ze heeft geen gezag; dat ligt bij vader en moeder. Mag dat?',
      'De nieuwe partner van moeder belt of hij de cijfers van Sem (14) mag zien. Hij heeft geen ouderlijk gezag. Kan ik die geven?',
      'Vriend van moeder komt het verzuimoverzicht van Noah (12) ophalen, hij heeft geen gezag over Noah. Mag ik dat meegeven?',
      'Stiefvader van Tim (14) wil weten hoe het met zijn cijfers gaat; het gezag hebben alleen zijn moeder en zijn vader. Mag ik het hem vertellen?',
      'Stiefma van Jesse (13) mailt om zijn rapport. Zij is niet met vader getrouwd en heeft geen gezag. Mag ik het sturen?',
      'De stiefvader van Mila (14) wil haar rapport ophalen. Hij heeft geen wettelijk gezag. Mag ik het meegeven?',
      'De nieuwe vriend van moeder belt over het verzuim van Lisa (13). Hij heeft niets met het gezag te maken. Mag ik antwoorden?',
    ])
      expect(first(text), text).toBe('V-FG');
    // Guards: a step-parent with custody gets school matters (R16); a parent without custody stays R16b; a step-parent
    // whose custody is not told is asked about.
    expect(first('Stiefvader van Tim (14) heeft samen met moeder het gezag en wil zijn cijfers weten.')).toBe('V-GEEN');
    expect(first('Vader van Daan (15) heeft geen gezag en wil zijn cijferlijst. Mag ik die geven?')).toBe('V-INFO');
    expect(first('Vader van Tim (14) heeft geen gezag en wil zijn cijfers weten. Stiefvader woont bij moeder.')).toBe('V-INFO');
    expect(first('Stiefvader van Tim (14) belt en wil zijn cijfers weten. Mag dat?')).toBe('Q-OUDERS');
  });

  it('reads the JOS worker\'s help said to go on past 18 ("begeleiding doorzetten, verlengen, doortrekken") as her own help going on (J3, R28), not a referral', () => {
    for (const text of [
      'Mo is 18 geworden en de jgc wil zijn begeleiding doorzetten tot hij klaar is met school. Mag dat?',
      'Bram werd vorige week 18; de coach wil zijn begeleiding verlengen tot de zomer, Bram wil dat zelf ook. Mag dat?',
      'Yara (18) heeft nog wat steun nodig. De gw wil het traject doortrekken tot ze van school gaat. Stopt dat nu ze 18 is?',
      'Thijs is in december 18 geworden. De coach wil de coaching doortrekken tot de examens. Mag dat nog?',
    ])
      expect(first(text), text).toBe('V-FG');
    // Guards: a file passed on ("doorzetten naar het wijkteam") and a referral elsewhere are no help going on.
    expect(first('De jgc wil het dossier van Kevin (18) doorzetten naar het wijkteam. Mag dat?')).toBe('Q-WIJKTEAM');
    expect(first('De jgc wil Mo (18) aanmelden bij de ggz. Mag dat?')).toBe('V-LEERLING18');
  });

  it('reads behaviour and taking part in lessons ("brutaal", "doet niet mee met gym", "verstoort de les") as school matters for parents with custody (P1, R22)', () => {
    for (const text of [
      'Mag ik de moeder van Jayden (16) mailen dat hij steeds een grote mond heeft in de les?',
      'Kan ik vader van Sara (17) laten weten dat ze bij LO nooit meedoet en haar sportkleren steeds vergeet?',
      'Mag ik de ouders van Tim (16) bellen omdat hij de les steeds verstoort en niet luistert?',
      'Ik wil de ouders van Noor (16) inlichten dat ze bij praktijkvakken weigert mee te werken. Moet zij dat eerst goedvinden?',
      'Mag ik de ouders van Bo (16) bellen dat hij zich slecht gedraagt in de les?',
      'Kan ik moeder van Ilse (17) mailen dat ze steeds op haar telefoon zit in de les en haar werk niet maakt?',
      'Mag ik vader van Jay (16) laten weten dat hij zich niet aan de afspraken houdt in de klas?',
    ])
      expect(first(text), text).toBe('V-GEEN');
    // Guards: a health matter behind it is hers to share from 16 (R24).
    expect(first('Mag ik de ouders van Tess (16) bellen dat ze niet meedoet met gym omdat ze zwanger is?')).toBe('V-LEERLING16');
    expect(first('Mag ik de ouders van Tess (16) bellen dat ze brutaal is sinds ze antidepressiva slikt?')).toBe('V-LEERLING16');
  });

  it('reads the age set last in brackets after a school type ("(pro, 18)", "(kader, 17)") and both ends of an age range ("allemaal 13/14", "15/16 jaar")', () => {
    const cases: [string, string | undefined][] = [
      ['Kim (vmbo-t, 16) is veel ziek.', '16-17'],
      ['Joey (praktijkonderwijs, 18) spijbelt veel.', '18+'],
      ['Lotte (2 havo, 13) wil naar de jgc.', '12-15'],
      ['de gw wil mn mentorklas (allemaal 13/14) observeren', '12-15'],
      ['klas 1a wordt getest, ze zijn allemaal 11/12', undefined],
      // a range across bands is no one band
      ['De gw wil mijn klas (15/16 jaar) observeren en per leerling een verslag maken.', undefined],
      // Guards: a date, a count or a grade in brackets is no age.
      ['Op 13/14 mei wil de gw de klas observeren.', undefined],
      ['Sem (mavo, 3 weken ziek) wil naar de jgc.', undefined],
    ];
    for (const [text, band] of cases) expect(extractAgeBand(text), text).toBe(band);
    expect(first('Joey (praktijkonderwijs, 18) spijbelt veel. Zijn moeder mailt waarom. Mag ik antwoorden?')).toBe('V-LEERLING18');
    expect(first('Sem (kader, 17) wil met de jgc praten. Mag dat zonder zijn ouders?')).toBe('V-LEERLING16');
  });

  it('reads absence told in other words ("nauwelijks / amper op school geweest", "haast nooit in de les") as attendance for leerplicht (L1, R13)', () => {
    for (const text of [
      'Daan (15) is de afgelopen maand amper op school geweest. Moet ik leerplicht inlichten?',
      'Bram (16) zit de laatste weken haast nooit in de les. Moet dat naar leerplicht?',
      'Fleur (13) is deze periode maar een paar dagen op school geweest. Mag ik leerplicht bellen?',
      'Ilias (17) is de laatste weken zelden in de klas. Moet ik dat bij leerplicht melden of heb ik zijn toestemming nodig?',
    ])
      expect(first(text), text).toBe('V-INFO');
    // Guards: the reason behind it is not attendance (R13b); a leerplicht question without absence stays asked.
    expect(first('Ilias (17) is nauwelijks op school geweest omdat hij depressief is. Mag leerplicht dat weten?')).toBe('V-NIET');
    expect(first('Ilias (17) heeft leerplicht gemeld. Wat moet ik doen?')).toBe('Q-LEERPLICHT');
  });

  it('reads a JOS worker named right after the colleague who passes the question on ("namens de zoco: de paj vraagt …") as the one who asks, not a part of the source', () => {
    for (const text of [
      'Namens de zorgcoordinator: de paj vraagt of hij een account in Magister kan krijgen. Kan ik dat regelen?',
      'Bericht van de teamleider: de gw vraagt of ze toegang tot het lvs kan krijgen. Mag dat?',
      'Vraag van de afdelingsleider: de paj vraagt of ze de cijfers van haar leerlingen in SOMtoday mag inzien. Kan dat?',
    ])
      expect(first(text), text).toBe('V-NIET');
    // Guards: the colleague who asks the writer something stays a source; the JOS worker's help said by her stays that help.
    expect(first('De teamleider vraagt of ik de ouders van Sem (14) wil bellen over zijn cijfers. Mag dat?')).toBe('V-GEEN');
    expect(first('De zorgcoordinator zei dat de jgc Sem (14) wil begeleiden. Wie moet er tekenen?')).toBe('V-BEIDEN');
  });

  it('reads notes taken out of the school\'s system and sent to the JOS worker ("de notities uit Magister mailen, zodat zij kan kijken") as information passed on (J7, R11), not access to the system (R10)', () => {
    for (const text of [
      'Ik wil de aantekeningen uit SOMtoday over Lisa (15) naar de gw doorsturen, zodat ze kan bekijken of onderzoek nodig is. Mag dat?',
      'Kan ik de notities in het lvs over Daan (13) printen en aan de jgc geven? Dan kan zij kijken wat ze kan doen.',
      'Mag ik de paj het verslag uit Magister over Sem (14) mailen, zodat hij kan kijken of hij kan helpen?',
    ])
      expect(first(text), text).toBe('V-OUDERS16');
    // Guards: a login, an account or looking along in the system is access of her own (R10).
    expect(first('Mag de jgc in Magister meekijken bij de cijfers van Sem (14)?')).toBe('V-NIET');
    expect(first('De paj wil graag een account in Magister om zelf de cijfers van zijn leerlingen te bekijken. Kan ik dat regelen?')).toBe('V-NIET');
    expect(first('Onze gw vraagt inloggegevens voor het leerlingvolgsysteem, dan kan ze de verslagen zelf lezen. Mag dat?')).toBe('V-NIET');
  });

  it('reads what illness a pupil has ("wat ze precies heeft", "wat hij mankeert", a named illness) as health information leerplicht does not get (L2, R13b)', () => {
    for (const text of [
      'De leerplichtambtenaar vraagt wat Sem (13) eigenlijk mankeert, hij is zo vaak afwezig. Ik weet dat hij epilepsie heeft. Mag ik dat vertellen?',
      'Leerplicht wil weten waarom Mila (15) zoveel mist. Ze heeft een chronische aandoening. Mag ik dat doorgeven?',
      'Leerplicht mailt over het verzuim van Daan (14) en vraagt welke ziekte hij heeft. Mag ik dat zeggen?',
    ])
      expect(first(text), text).toBe('V-NIET');
    // Guard: that she was absent through illness is attendance (R13).
    expect(first('Leerplicht vraagt of Noa (14) dit jaar vaak afwezig was wegens ziekte. Mag ik dat zeggen?')).toBe('V-INFO');
  });

  it('reads one parent who agreed but wants the other parent with custody kept out ("wil liever niet dat we vader erbij halen") as no refusal: both parents with custody sign (R16a)', () => {
    for (const text of [
      'De psycholoog wil Noor (10) onderzoeken. Moeder vindt het goed, maar wil niet dat we vader vragen; ze hebben allebei gezag. Kan het met alleen haar handtekening?',
      'Thomas (11) wordt getest door de orthopedagoog. Moeder is akkoord, maar ze wil niet dat ik vader bel. Ze hebben samen het gezag. Is haar handtekening genoeg?',
      'De gw wil Mila (10) testen. Ouders zijn uit elkaar en hebben samen gezag. Moeder heeft getekend maar wil liever niet dat wij vader erbij betrekken. Is dat genoeg?',
    ])
      expect(first(text), text).toBe('V-OUDERS12');
    // Guards: a parent who refuses the help itself is a disagreement (R30, V-FG).
    expect(first('De gw wil Sem (11) testen. Ze hebben samen gezag. Vader wil niet dat de gw hem test. Moeder wel. Wat nu?')).toBe('V-FG');
    expect(first('De gw wil Sem (11) testen. Moeder heeft getekend, vader weigert te tekenen. Beide hebben gezag. Mag het?')).toBe('V-FG');
  });

  it('reads a relative the pupil lives with, or who may have to consent ("woont bij zijn oom", "de oom of hijzelf?"), as who cares for her, not who is told: the help named decides', () => {
    expect(first('Daan (16) verblijft bij zijn tante omdat zijn moeder in het ziekenhuis ligt. Kan ik het wijkteam inschakelen? Wie geeft toestemming, hij of zijn tante?')).toBe('V-LEERLING16');
    expect(first('Ayoub (17) woont tijdelijk bij zijn oom. Het gebiedsteam begeleidt het gezin al. Mag ik met hen overleggen over Ayoub? Moet de oom tekenen?')).toBe('V-LEERLING16');
    expect(first('Fatima (16) is opgevangen bij haar tante. Mag ik contact zoeken met het sociaal team over haar? Wie moet er toestemming geven, zij zelf of de tante?')).toBe('Q-WIJKTEAM');
    // Guards: a relative who asks, or is told, is someone else (R30, V-FG).
    expect(first('Noor (15) woont bij haar oom. Die oom belt en wil haar cijfers weten. Mag ik dat zeggen?')).toBe('V-FG');
    expect(first('De oma van Sem (13) belt en vraagt hoe het op school gaat. Mag ik dat vertellen?')).toBe('V-FG');
  });

  it('asks whether someone at the MDO already helps when the writer does not know whether an earlier or possible helper is still involved (Q-MDO)', () => {
    for (const text of [
      'We zetten een MDO op voor Bram (12) met school, leerplicht en de gw. Misschien is er nog een behandelaar van de GGZ betrokken, dat weet ik niet zeker. Toestemming?',
      'MDO voor Noah (14) met de zoco, leerplicht en de jgc. Het gezin had een tijd een behandelaar, ik weet niet of die er nog bij betrokken is. Welke toestemming?',
      'Er is een MDO gepland voor Jesse (13) met de zoco, leerplicht en de paj. Eerder had hij een therapeut, onduidelijk of die nog in beeld is. Wat regel ik?',
    ])
      expect(first(text), text).toBe('Q-MDO');
    // Guards: a helper said to help now, or no help at all, decides it (R08, R07).
    expect(first('We plannen een MDO voor Lina (14) met de zoco, leerplicht en de jgc. De jgc begeleidt haar al sinds vorig jaar. Wat moet ik qua toestemming regelen?')).toBe('V-BEIDEN');
    expect(first('We plannen een MDO voor Lina (14) met de zoco, leerplicht en de jgc. Er is geen hulpverlening bij het gezin. Wat moet ik regelen?')).toBe('V-OUDERS16');
  });

  it('reads a parent\'s own known business or public role ("van wie de moeder de bakkerij aan het plein heeft", "de eigenaresse van de kapsalon") as a detail that points at one pupil without a name', () => {
    for (const text of [
      'Ik wil het wijkteam vragen of ze een gezin kunnen helpen, zonder naam: het gaat om het meisje uit 1b van wie de moeder de bakkerij aan het plein heeft. Mag dat?',
      'Geen naam hoor: het gaat om de jongen uit klas 2 wiens vader de snackbar bij het station runt. Mag ik het sociaal team vragen of ze iets voor het gezin kunnen doen?',
      'Ik noem geen naam, alleen dat het om een meisje gaat van wie de moeder de eigenaresse van de kapsalon in de hoofdstraat is. Mag ik het buurtteam vragen of ze iets kunnen betekenen?',
    ])
      expect(first(text), text).toBe('Q-LEEFTIJD');
    // Guards: a family circumstance many share, or a business of no known place, leaves whether she can be recognised asked.
    expect(first('Ik wil het gebiedsteam anoniem vragen of ze iets voor een gezin kunnen doen: een jongen uit de brugklas van wie de ouders gescheiden zijn. Kan dat?')).toBe('Q-HERKENBAAR');
    expect(first('Zonder naam: een meisje uit 2 havo wiens vader een eigen bedrijf heeft en nu ziek thuis zit. Mag ik het wijkteam om advies vragen?')).toBe('Q-HERKENBAAR');
  });

  it('asks about abuse, not danger now, for signs of fear of home when the writer says nothing concrete happened (the retrain on b67–b69 raised B30-38 to Q-NOOD)', () => {
    for (const text of [
      'Meisje uit de brugklas (12) duikt weg als iemand snel beweegt en blijft na school altijd hangen, ze wil niet naar huis. Verder niets concreets. Mag ik de jgc inlichten?',
      'Daan (13) schrikt zich rot als ik hard praat en treuzelt elke dag om niet naar huis te hoeven. Geen concrete aanwijzingen verder. Mag ik dit met de zoco bespreken?',
    ])
      expect(first(text), text).toBe('Q-ZORGEN');
    // Guards: a word of danger tonight, or of ending her life, stays danger first.
    expect(first('Sem (13) wil niet naar huis, hij is bang dat zijn vader hem vanavond weer slaat. Verder niks concreets. Mag ik de jgc bellen?')).toBe('V-ACUUT');
    expect(first('Meisje (15) zei net dat ze het niet meer ziet zitten en dat niemand haar zou missen. Geen concreet plan. Mag ik de zoco inlichten?')).toBe('Q-NOOD');
  });
});

describe('classes of meaning from the b64–b66 misses', () => {
  it('reads a number right after an abbreviation for the pupil ("lln 14 wil …", "ll 14 heeft …") as her age', () => {
    const cases: [string, string][] = [
      ['lln 15 wil praten met de paj', '12-15'],
      ['ll 14 heeft het zwaar', '12-15'],
      ['llg 13 zit sinds kort bij de jgc', '12-15'],
      ['lln 16 vraagt of de coach haar kan helpen', '16-17'],
      ['leerl. 14 wil hulp van de paj', '12-15'],
    ];
    for (const [text, band] of cases) expect(extractAgeBand(text), text).toBe(band);
    for (const text of [
      'lln 15 wil praten met de paj over thuis, maar wil echt niet dat haar ouders het horen. Kan de paj beginnen zonder ouders?',
      'll 14 heeft het zwaar en wil naar de jgc. Ze wil niet dat haar ouders het weten. Mag dat?',
    ])
      expect(first(text), text).toBe('V-FG');
    // Guards: a grade, a count of hours or of times after the abbreviation is no age.
    for (const text of ['ll 3 havo wil naar de jgc', 'lln 12 uur afwezig deze maand', 'llg 2 keer gesproken']) expect(extractAgeBand(text), text).toBeUndefined();
  });

  it('reads a parent who wants to go over the pupil\'s grades, progress or study choice with the writer as the parent told (MW8), for an adult pupil R23', () => {
    for (const text of [
      'Mentor hier. De ouders van Noa (18) willen met mij haar resultaten en het profiel bespreken, zonder Noa. Kan dat?',
      'Ouders van Mick (18) willen graag met me zijn studiekeuze en de laatste toetsen doorlopen. Mick weet het niet. Mag dat?',
      'Vader van Thijs (18) wil met ons de voortgang en zijn studieplanning doornemen. Kan dat zonder Thijs?',
      'Vader van Lisa (18) wil samen met mij kijken naar haar rapport. Lisa weet dat niet. Kan dat?',
    ])
      expect(first(text), text).toBe('V-LEERLING18');
    // Guards: a colleague who goes over it with the writer, and a parent who wants the JOS worker to do it.
    expect(first('De decaan wil met mij de studiekeuze en de cijfers van Sanne (18) doornemen. Mag dat?')).toBe('Q-MET-WIE');
    expect(first('Moeder van Sanne (18) wil dat de jgc met Sanne de studiekeuze doorneemt. Mag dat?')).toBe('Q-JOS');
  });

  it('reads the wijkteam worker "die <naam> al / sinds … begeleidt", or a pupil "daar al begeleid", as the team already helping the pupil (W1, R06)', () => {
    for (const text of [
      'Ik wil afstemmen met de wijkcoach die Fenna (14) al een half jaar begeleidt. Beide ouders hebben gezag. Wat moet ik regelen?',
      'Ik wil overleggen met de consulent van het sociaal team, die Omar (15) al ondersteunt. Ouders hebben samen het gezag.',
      'Ik wil bellen met de medewerker van het gebiedsteam die Iris (13) sinds de zomer begeleidt. Ouders zijn gescheiden, allebei gezag.',
      'Ik wil contact met de gebiedsteammedewerker die het gezin van Ayoub (13) al maanden begeleidt. Ouders hebben beiden gezag.',
      'Mag ik overleggen met de consulent van het wijkteam? Zij begeleidt Sem (14) al sinds vorig jaar. Ouders hebben samen gezag.',
      'Mag ik afstemmen met het sociaal team? Daan (13) en zijn moeder worden daar al begeleid. Beide ouders hebben gezag.',
      'Het gezin van Noor (14) wordt sinds maart door het gebiedsteam ondersteund. Ik wil de consulent bellen. Ouders hebben allebei gezag.',
    ])
      expect(first(text), text).toBe('V-BEIDEN');
    // Guards: help that is still to come leaves the kind of contact asked.
    expect(first('Ik wil de consulent van het gebiedsteam vragen of ze Daan (13) kan gaan begeleiden. Beide ouders hebben gezag.')).toBe('Q-WIJKTEAM');
    expect(first('Ik wil overleggen met de consulent van het gebiedsteam die Daan (13) gaat begeleiden. Beide ouders hebben gezag.')).toBe('Q-WIJKTEAM');
    expect(first('Ik wil de consulent van het gebiedsteam die ik al ken vragen of ze Daan (13) kan gaan begeleiden. Beide ouders hebben gezag.')).toBe('Q-WIJKTEAM');
    expect(first('Ik wil met het wijkteam overleggen of Daan (13) daar begeleid kan worden. Beide ouders hebben gezag.')).toBe('Q-WIJKTEAM');
  });

  it('asks whether anyone at the table already helps when the meeting is for a pupil stuck at home (Q-MDO), whoever the text names', () => {
    for (const text of [
      'We zetten een overleg op over Ravi (12), die niet meer naar school komt, met de leerplichtambtenaar en de OC. Moeten ouders tekenen?',
      'Voor Yusuf (14), die al weken thuis zit, organiseren we een overleg met de leerplichtambtenaar, de teamleider en ouders. Wat moet ik regelen?',
      'We plannen een thuiszittersoverleg voor Bo (13) met leerplicht en de mentor. Welke toestemming heb ik nodig?',
    ])
      expect(first(text), text).toBe('Q-MDO');
    // Guards: the text says whether anyone helps.
    expect(first('ik organiseer een thuiszittersoverleg voor Fenna (15) met leerplicht en ouders. er is nog geen hulpverlening betrokken. welke toestemming heb ik nodig?')).toBe('V-OUDERS16');
    expect(first('We organiseren een overleg voor Sem (14) met de ouders, leerplicht en de jgc die hem al begeleidt. Welke toestemming?')).toBe('V-BEIDEN');
  });

  it('reads voogdij or gezag that "ligt / berust bij een gecertificeerde instelling" as whose custody it is, the help as the question (R05)', () => {
    for (const text of [
      'Jara (14) woont bij pleegouders; de voogdij berust bij een gecertificeerde instelling. De jgc wil met haar gesprekken beginnen. Mogen de pleegouders tekenen?',
      'Het gezag over Tim (12) ligt bij een gecertificeerde instelling, hij woont in een pleeggezin. De paj wil hem gaan begeleiden. Wie tekent?',
      'Het gezag van Lisa (13) ligt bij een gecertificeerde instelling. De ambulant hulpverlener wil met haar aan de slag. Wie moet tekenen?',
      'Het gezag van Kim (13) is belegd bij een gecertificeerde instelling. De jgc wil starten. Wie moet toestemming geven?',
    ])
      expect(first(text), text).toBe('V-BEIDEN');
    // Guards: the GI or its voogd who asks is who is told (R20).
    expect(first('De voogd van een gecertificeerde instelling vraagt hoe het met Rico (15) gaat op school. Mag ik dat vertellen?')).toBe('V-INFO');
    expect(first('De gecertificeerde instelling vraagt ons om het verzuimoverzicht van Jay (14), er is een ots.')).toBe('V-INFO');
  });

  it('reads a parent without custody whose request, says the other parent, would be used against her or in the court case, or upsets the child, as doubt about the child\'s interest (R16b)', () => {
    for (const text of [
      'Moeder heeft geen gezag en vraagt om het rapport van Lars (12). Vader zegt dat ze het wil inzetten tegen hem in de procedure over de kinderen. Moet ik het opsturen?',
      'De vader van Mees (13) heeft geen gezag en wil de verslagen van school. Moeder zegt dat er een rechtszaak loopt en dat Mees er helemaal van slag van is. Wat doe ik?',
      'Vader zonder gezag wil de cijfers van Tess (14). Volgens moeder wil hij die gebruiken in de zaak over de omgang. Moet ik ze sturen?',
      'Vader zonder gezag vraagt de cijfers van Sam (12). Moeder zegt dat hij het als munitie gebruikt in de vechtscheiding. Stuur ik ze?',
      'Vader heeft geen gezag en wil het rapport van Eva (13). Moeder is bang dat hij het tegen haar gaat gebruiken bij de rechter. Moet ik het sturen?',
    ])
      expect(first(text), text).toBe('V-FG');
    // Guards: a case that only runs is asked; a plain use of the grades, or the other parent's objection without a reason
    // about the child, is information on request (as B52-28, B62-29 are labelled).
    expect(first('Vader heeft geen gezag en wil het rapport van Eva (13). Moeder wil niet dat hij het krijgt. Moet ik het sturen?')).toBe('V-INFO');
    expect(first('Vader heeft geen gezag en wil het rapport van Sem (13). Er loopt nog een procedure over de omgang. Moet ik het sturen?')).toBe('Q-BELANG');
    expect(first('Vader heeft geen gezag en wil de cijfers van Sem (13) gebruiken om hem te helpen met zijn huiswerk. Moet ik ze sturen?')).toBe('V-INFO');
  });
});

describe('classes of meaning from the b61–b63 misses', () => {
  it('reads a short note, remark or aantekening per pupil of a watched class as a report per pupil (J4, R04b)', () => {
    const cases: [string, string][] = [
      ['De paj wil een week in 1B (allemaal 12 en 13) meekijken en per leerling een korte notitie maken voor de zorgcoördinator.', 'V-BEIDEN'],
      // the age is asked: a report per pupil needs consent whatever the age, which decides whose
      ['De gw\'er kijkt een paar lessen mee in de brugklas en schrijft bij iedere leerling een opmerking voor de mentor.', 'Q-LEEFTIJD'],
      ['De gw\'er komt een ochtend in mijn klas kijken en geeft de mentor daarna per leerling een korte opmerking, is dat ok?', 'Q-LEEFTIJD'],
    ];
    for (const [text, expected] of cases) expect(first(text), text).toBe(expected);
    // Guards: remarks to the teacher with nothing per pupil stay advice on the teacher's own lessons (R03).
    expect(first('De gw\'er kijkt mee in mijn klas en geeft mij een paar opmerkingen over mijn aanpak, niets per leerling.')).toBe('V-GEEN');
    expect(first('De gw\'er kijkt mee in mijn klas en bespreekt daarna met mij hoe ik de groep rustig krijg, ze noteert niets over losse leerlingen.')).toBe('V-GEEN');
  });

  it('reads a parent with custody who refuses with emphasis ("dat hij echt geen onderzoek wil") as parents who disagree (R16a)', () => {
    for (const text of [
      'Luuk (13) heeft gescheiden ouders met samen gezag. Moeder wil dat de gw\'er hem test op dyslexie. Vader mailde dat hij echt geen onderzoek wil. Kan het toch?',
      'Beide ouders hebben gezag. Vader zegt dat hij beslist niet wil dat de jgc met Sem (12) gaat praten, moeder wel.',
      'Gescheiden ouders, allebei gezag. Moeder schreef dat ze helemaal geen hulp van de paj voor Noor (14) wil, vader vindt het prima.',
    ])
      expect(first(text), text).toBe('V-FG');
    // Guard: emphasis that is no refusal.
    expect(first('Beide ouders hebben gezag en vader zei dat hij het echt geen probleem vindt als de gw\'er Tim (13) test.')).toBe('V-BEIDEN');
  });

  it('reads parents named first and then "ze eisen / willen / staan erop te weten" as the parents asking about the help of a 16- or 17-year-old (R24)', () => {
    for (const text of [
      'De ouders van Sem (16) zijn erachter gekomen dat hij gesprekken heeft met de jgc. Ze willen weten wat hij daar bespreekt. Sem wil dat niet. Mag de jgc iets zeggen?',
      'Moeder en vader van Noor (17) hoorden van een vriendin dat ze bij de gw\'er loopt. Nu willen ze weten of er iets met haar is. Noor wil het niet. Wat mogen we zeggen?',
      'Ouders van Daan (16) weten dat hij bij de paj komt. Ze staan erop te weten waarover hij praat. Daan wil dat absoluut niet.',
    ])
      expect(first(text), text).toBe('V-LEERLING16');
    // Guard: a plural "ze" that is the teachers, not the parents, leaves the reading as it was.
    expect(first('Lisa (17) woont bij haar ouders. De docenten merken dat ze stil is, ze willen weten of de paj kan helpen.')).toBe('V-LEERLING16');
  });

  it('reads a file, report or notes the school sends the JOS worker ahead as information passed on (J7, R11), even when the report is by a JOS role', () => {
    for (const text of [
      'De zorgcoördinator wil de coach inschakelen voor Sem (13). Ze wil het groeidocument en het oude verslag van de psycholoog van tevoren mailen, zodat hij weet wat er speelt.',
      'Ik wil de jgc vragen Aya (14) te begeleiden. Ik wil mijn notities over thuis en het verslag van de orthopedagoog van groep 8 alvast doorsturen. Mag dat?',
      'Mentor van Tom (12) zet de gw\'er in. Hij wil het opp en het onderzoeksverslag van de gedragswetenschapper van zijn vorige school meesturen. Hij wil het gewoon mailen.',
      'Voor Noor (13) starten we bij de paj. Ik wil het verslag van de orthopedagoog en mijn aantekeningen vooraf doormailen, dan hoeft Noor niet alles opnieuw te vertellen.',
    ])
      expect(first(text), text).toBe('V-OUDERS16');
    // Guards: the JOS worker's own report to the school stays what it was.
    expect(first('De orthopedagoog heeft Sem (13) onderzocht en wil het verslag met mij bespreken. Mag dat?')).toBe('Q-JOS');
    expect(first('De jgc wil mij het verslag van haar gesprekken met Noor (14) mailen.')).toBe('V-OUDERS16');
  });

  it('reads a voogd named at a GI as whose custody it is, the JOS worker\'s help as the question (R05)', () => {
    for (const text of [
      'Voor Daan (13) wil de jgc gesprekken starten. Hij woont bij pleegouders, er is een voogd bij een gecertificeerde instelling. Pleegvader wil tekenen, is dat genoeg?',
      'De paj wil Sem (12) begeleiden. Sem woont in een pleeggezin en er is een voogd van een gecertificeerde instelling. Wie moet tekenen?',
      'De gw\'er wil Amir (12) observeren. Er is een voogd bij een gecertificeerde instelling, Amir woont in een pleeggezin. Mogen de pleegouders tekenen?',
    ])
      expect(first(text), text).toBe('V-BEIDEN');
    // Guards: a voogd or a gezinsvoogd (OTS: the parents keep custody) who asks is who is told.
    expect(first('Er is een voogd bij de jeugdbescherming die vraagt hoe het met Rico (15) gaat op school. Mag ik dat vertellen?')).toBe('V-INFO');
    expect(first('Er is een gezinsvoogd van de jeugdbescherming die vraagt hoe het met Rico (15) gaat op school. Mag ik dat vertellen?')).toBe('V-INFO');
  });

  it('reads "moeten we ouders iets laten weten" beside a JOS worker\'s class visit for one pupil as the consent question: what the visit is for is asked', () => {
    for (const text of [
      'De paj komt in de klas kijken voor de mentor, met name naar Joep (13). Moet ik ouders laten weten dat ze komt?',
      'Donderdag kijkt de jgc twee lessen mee in 1B, eigenlijk vanwege Lina (12) die steeds wegloopt. Moeten we de ouders iets laten weten?',
      'De jgc komt in 2B meekijken, vooral om Ravi (13). Moet ik de ouders van de klas hierover laten weten?',
    ])
      expect(first(text), text).toBe('Q-JOS');
    // Guards: the parents as the ones told about school matters stay the recipients.
    expect(first('Moet ik de ouders iets laten weten over het verzuim van Sem (14)?')).toBe('V-GEEN');
    expect(first('Moeten we de ouders op de hoogte brengen van de onvoldoendes van Sem (14)?')).toBe('V-GEEN');
  });

  it('asks what a lesson visit is for when it is mainly for one named pupil, instead of reading advice on the teacher\'s lessons (V-GEEN)', () => {
    for (const text of [
      'Vrijdag zit de gw\'er achter in mijn les in 1A, met een oog op Fleur (12). Moeten we ouders dit laten weten?',
      'De gw\'er komt in mijn les kijken, vooral vanwege Tim (13) die steeds de les verstoort. Moet ik ouders informeren?',
      'De jgc kijkt in mijn lessen mee, met name naar Sara (14). Moet ik de ouders van de klas inlichten?',
    ])
      expect(first(text), text).toBe('Q-JOS');
    // Guards: a visit for the teacher's approach, with a pupil only named as present or the class's unrest as the cause.
    expect(first('De gw\'er komt in mijn les kijken hoe ik de klas aanpak, Tim (13) zit er ook in. Moet ik ouders informeren?')).toBe('V-GEEN');
    expect(first('De gw\'er komt in mijn les kijken vanwege de onrust in de klas. Leerlingen zijn 13. Moet ik ouders informeren?')).toBe('V-GEEN');
  });
});

describe('classes of meaning from the b58–b60 misses', () => {
  it('reads a court or protection measure on contact, in any words, as doubt about the child\'s interest for a parent without custody (R16b; was unsafe: V-INFO)', () => {
    for (const text of [
      'Vader van Sara (13) heeft geen gezag. De kinderrechter heeft de omgang vorig jaar opgeschort. Hij vraagt nu haar cijfers op.',
      'Moeder heeft geen gezag over Daan (12) en ziet hem alleen onder toezicht. Ze mailt om zijn rapport.',
      'Vader zonder gezag wil het rapport van Lotte (14). Er loopt een straatverbod tegen hem.',
      'Moeder zonder gezag wil het rapport van Eva (12). De omgang loopt via een begeleide omgangsregeling.',
      'Vader heeft geen gezag en wil weten hoe het met Daan (14) gaat. Vorig jaar heeft de rechter bepaald dat hij hem alleen onder begeleiding mag zien.',
      'Vader van Sam (13) heeft geen gezag en vraagt het rapport op. Sam staat onder toezicht, er is een ots.',
      'Vader van Noor (13) heeft geen gezag en wil haar rapport. Hij mag niet in de buurt van de school komen.',
      'Moeder heeft geen gezag over Lisa (12) en mag haar van de rechter niet opzoeken. Ze vraagt om foto s.',
      'Vader (geen gezag) wil het rapport van Tim (13). De omgangsregeling is ingetrokken.',
      'Vader heeft geen gezag, er is een contactregeling via Jeugdbescherming. Hij vraagt het rapport van Eva (14).',
      'Vader van Mo (13) heeft geen gezag en vraagt zijn rapport. Hij mag Mo alleen in het bijzijn van een hulpverlener zien.',
    ])
      expect(first(text), text).toBe('V-FG');
    // Guard: the other parent refusing the information is no court measure (R16, as B56-25).
    expect(first('Vader van Mo (13) heeft geen gezag en vraagt zijn rapport. Hij mag de cijfers niet zien van moeder.')).toBe('V-INFO');
    // Guards: a conflict ruled out, or a judge named only as where custody came from, leaves plain information (R16).
    expect(first('Vader van Sam (13) heeft geen gezag, er is geen contactverbod of rechtszaak. Hij vraagt het rapport.')).toBe('V-INFO');
    expect(first('Vader van Rayan (13) heeft geen gezag van de rechter gekregen en wil het rapport ontvangen.')).toBe('V-INFO');
    expect(first('Vader van Noor (14) heeft geen gezag en vraagt om haar cijfers.')).toBe('V-INFO');
  });

  it('asks about the child\'s interest when the child wants the parent without custody kept out', () => {
    for (const text of [
      'Moeder van Tim (13) heeft geen gezag en wil zijn rapport. Tim smeekt me dat zijn moeder niks te vertellen.',
      'Vader (geen gezag) vraagt om het rapport van Eva (14). Eva wil echt niet dat haar vader iets hoort.',
      'Vader van Bram (12) heeft geen gezag en wil een gesprek. Bram vraagt of ik zijn vader erbuiten wil houden.',
    ])
      expect(first(text), text).toBe('Q-BELANG');
    expect(first('Vader van Bram (12) heeft geen gezag en wil een gesprek over zijn cijfers.')).toBe('V-INFO');
  });

  it('asks who receives it when the writer does not know, or a colleague only forwards, tells or asks (was unsafe: V-GEEN)', () => {
    for (const text of [
      'Een collega mailde me: kun je de gegevens van Lisa (14) opsturen? Ik weet niet naar wie.',
      'Mijn teamleider zegt dat ik het verslag van Bas (13) moet doorsturen. Mag dat?',
      'Doorgestuurd door een collega: "ze willen het dossier van Mo (15)". Wie ze zijn weet ik niet eens. Mag ik het sturen?',
      'Collega stuurt me dit door: mag ik de info over Jens (14) mailen? Geen idee wie dat dan zijn.',
      'De decaan vraagt of ik het verslag van Tim (15) wil mailen.',
    ])
      expect(first(text), text).toBe('Q-MET-WIE');
    // Guards: a colleague named as who is told stays a colleague (R09).
    expect(first('Mag ik de teamleider vertellen dat Sem (13) ADHD heeft?')).toBe('V-GEEN');
    expect(first("Mag ik mijn collega's vertellen dat Sem (13) ADHD heeft?")).toBe('V-GEEN');
  });

  it('reads the JOS worker telling the school about her talks, their content or what plays at home, as feedback (J5; was unsafe: V-GEEN)', () => {
    for (const text of [
      'De jeugd- en gezinscoach die al een tijdje gesprekken voert met een leerling uit mijn klas (16 jaar, 5 havo) heeft aangeboden mij te informeren over de inhoud van die gesprekken. Mag dat?',
      'Onze paj, die sinds de herfst wekelijks met Noor (16) afspreekt over thuis en school, wil mij graag informeren over het verloop van de sessies.',
    ])
      expect(first(text), text).toBe('V-LEERLING16');
    expect(first('Ik ben jgc en begeleid Tess (11) en haar moeder. Ouders zitten midden in een scheiding. Ik wil de mentor laten weten wat er thuis speelt. Mag dat?')).toBe('V-OUDERS12');
    // Guards: advice to the mentor stays advice (R02); a divorce as help begins stays a custody question (R16a).
    expect(first('Mag ik de jgc om tips vragen hoe ik Tim (16) in de les beter kan aansluiten?')).toBe('V-GEEN');
    expect(first('Ouders van Tess (11) zitten midden in een scheiding. De jgc wil met haar gaan praten. Mag dat?')).toBe('Q-GEZAG');
  });

  it('reads a report or names passed to the JOS worker, in either word order, as passing on (J7)', () => {
    for (const text of [
      'Ik wil de paj het verslag van de psycholoog over Mila (13, angst + adhd) doorsturen zodat ze aan de slag kan.',
      'Kan ik de jgc het testrapport van Sem (14) mailen zodat hij met Sem verder kan?',
      'Ik wil de naam van Lina (14) en de zorgen doorzetten naar de coach zodat die contact met thuis kan leggen.',
    ])
      expect(first(text), text).toBe('V-OUDERS16');
    // Guard: the JOS worker's own report to the school stays feedback (J5).
    expect(first('De jgc wil mij vertellen hoe de gesprekken met Sem (14) gaan. Mag dat?')).toBe('V-BEIDEN');
  });

  it('reads where the pupil goes for help ("bij de psycholoog te lopen") as what is told, so the colleagues named are the recipients', () => {
    for (const text of [
      'Een leerling uit 4 havo blijkt bij de psycholoog te lopen. Mag ik haar mentor en de teamleider inlichten?',
      'Sem (14) schijnt bij een orthopedagoog te lopen voor zijn faalangst. Mag ik dat aan de docenten vertellen?',
      'Noor (13) lijkt al bij de psycholoog te lopen. Mag ik de zorgcoördinator dat laten weten?',
    ])
      expect(first(text), text).toBe('V-GEEN');
    expect(first('Mag ik de psycholoog vertellen dat Noor (13) veel verzuimt?')).not.toBe('V-GEEN');
  });

  it('reads a consent form next to a sick-absence referral as a form, and asks what a referral without sickness is for (R14a)', () => {
    for (const text of [
      'Anouar (13) is nu de 7e dag op rij ziek gemeld. Kan ik hem bij de jeugdarts aanmelden of moeten ouders eerst een formulier tekenen?',
      'Mag ik Lisa (14) na veel ziekmeldingen bij de jeugdarts aanmelden, of moet moeder eerst een formulier ondertekenen?',
    ])
      expect(first(text), text).toBe('V-INFO');
    for (const text of ['Ik wil Sam (14) aanmelden bij de jeugdarts.', 'Het zorgteam wil Sam (14) bij de jeugdarts aanmelden omdat hij zo moe is.'])
      expect(first(text), text).toBe('Q-GGD');
    // Guard: a questionnaire for the GGD stays one (R14c).
    expect(first('De GGD vraagt of ik een formulier over Sam (14) wil invullen.')).not.toBe('V-INFO');
  });

  it('reads absence in other words as attendance for leerplicht (L1), also when a parent refuses', () => {
    for (const text of [
      'Leerling 15 jaar is veel weg zonder reden, al 16 uur in 4 weken. Moeder zegt: niet melden! Mag ik toch melden bij leerplicht?',
      'Tim (14) is vaak thuis zonder afmelding. Moet ik dat melden bij leerplicht?',
      'Sara (13) is steeds weg zonder geldige reden, 12 uur in twee weken. Kan ik dat melden bij de leerplichtambtenaar?',
    ])
      expect(first(text), text).toBe('V-INFO');
  });

  it('reads "geen hulpverleners" at a meeting as no carer at the table (R07)', () => {
    for (const text of [
      'thuiszittersoverleg volgende week over Ravi (17). lpa en consulent swv schuiven aan, verder geen hulpverleners. wat moet ik regelen?',
      'MDO over Sem (16) met leerplicht en de consulent, zonder behandelaars erbij. Welke toestemming?',
    ])
      expect(first(text), text).toBe('V-LEERLING16');
  });

  it('asks whether the care team is the appointed reporter when it wants to signal in the Verwijsindex (R21)', () => {
    for (const text of [
      'Wij (zorgteam) willen een signaal in de verwijsindex afgeven voor een jongen uit 3 kader. Moeten ouders toestemming geven?',
      'Ons zorgteam wil Noor (14) in de verwijsindex zetten. Hebben we toestemming nodig?',
    ])
      expect(first(text), text).toBe('Q-MELDBEVOEGD');
  });

  it('asks whether the pupil can be recognised when a case goes to a netwerkgroep, werkatelier or colleagues of other schools (R01)', () => {
    for (const text of [
      'Mag ik in de netwerkgroep een casus van onze school als voorbeeld inbrengen?',
      'Coaches willen in het volgende werkatelier casussen van leerlingen bespreken, met collega s van andere scholen erbij. Toestemming nodig?',
      'Op de studiedag met andere scholen wil ik een casus uit mijn mentorklas vertellen. Kan dat?',
    ])
      expect(first(text), text).toBe('Q-HERKENBAAR');
    // Guards: said anonymous decides it (R01); a detail everyone knows makes the pupil recognisable.
    expect(first('Mag ik in de intervisie met mentoren van andere scholen een casus zonder naam of klas inbrengen?')).toBe('V-GEEN');
    expect(first('Voor het werkatelier wil ik een casus presenteren. Naam laat ik weg, maar in het dorp weet iedereen meteen wie het is.')).not.toBe('Q-HERKENBAAR');
  });

  it('asks what kind of transfer when the writer asks what may go to the new school (Q-OVERSTAP), whatever worry the text names', () => {
    for (const text of [
      'Anouk (16) gaat na de zomer naar het mbo in Alkmaar. Wat mag ik de nieuwe school over haar vertellen? Ze had veel faalangst.',
      'Daan (14) stapt over naar een andere school, hij is daar ingeschreven. Wat mogen we allemaal doorgeven? Hij is vaak somber.',
    ])
      expect(first(text), text).toBe('Q-OVERSTAP');
    // Guard: the topic named in the question itself decides it (S2).
    expect(first('Anouk (16) gaat naar het mbo. Wat mag ik de nieuwe school vertellen over haar faalangst?')).toBe('V-LEERLING16');
  });

  it('asks about a step-parent who wants school matters instead of assuming custody (audit of the consent-free paths, R16)', () => {
    for (const text of [
      'Stiefvader van Tim (14) belt en wil zijn cijfers weten. Mag dat?',
      'De stiefmoeder van Eva (13) mailt of ze het rapport mag hebben.',
      'Sem (12) zijn stiefvader vraagt hoe het met zijn huiswerk gaat. Kan ik dat vertellen?',
    ])
      expect(first(text), text).toBe('Q-OUDERS');
    // Guards: a parent, or a step-parent said to have custody, gets school matters (R16).
    expect(first('Moeder van Tim (14) belt en wil zijn cijfers weten. Mag dat?')).toBe('V-GEEN');
    expect(first('Stiefvader van Tim (14) heeft samen met moeder het gezag en wil zijn cijfers weten.')).toBe('V-GEEN');
  });

  it('asks what the JOS worker does when she joins a talk with the family, instead of assuming advice (audit of the consent-free paths, R02)', () => {
    for (const text of [
      'Mag de jgc aanschuiven bij het oudergesprek van Sem (13)?',
      'De paj wil meedenken tijdens het huisbezoek bij Tim (14).',
      'Kan de coach aansluiten in het gesprek met de ouders van Lisa (15)?',
    ])
      expect(first(text), text).toBe('Q-JOS');
    // Guards: advice to the mentor on her own talk, or at a leerlingbespreking, stays advice (R02).
    expect(first('kan de paj mij coachen in hoe ik een gesprek met ouders voer?')).toBe('V-GEEN');
    expect(first('mag de jgc aanschuiven bij de leerlingbespreking?')).toBe('V-GEEN');
  });

  it('asks who it is when the GI is named without a measure, a guardian or its own request (audit of the consent-free paths, R20)', () => {
    for (const text of [
      'Ik wil jeugdbescherming inschakelen voor Tim (13), ik maak me zorgen.',
      'Mag ik de jeugdreclassering informeren over Sem (16)?',
      'Kan ik het verzuim van Tim (14) aan jeugdbescherming doorgeven?',
    ])
      expect(first(text), text).toBe('Q-MET-WIE');
    // Guards: a guardian who asks, or a measure named, is the GI's task (R20).
    expect(first('De gezinsvoogd van Tim (13) vraagt om zijn rapport.')).toBe('V-INFO');
    expect(first('Tim (13) heeft een ots. Mag ik zijn verzuim aan jeugdbescherming doorgeven?')).toBe('V-INFO');
  });

  it('does not give a lesson visit as advice when one pupil is watched or reported on (audit of the consent-free paths, R03)', () => {
    for (const text of [
      "De gw'er komt in mijn klas kijken hoe de groep loopt en vertelt me daarna hoe het met Tim (13) gaat.",
      'De paj komt in mijn les kijken voor mijn klassenmanagement, en let vooral op Sem (14).',
      'De coach observeert mijn les voor mijn aanpak en kijkt met name naar Lisa (13).',
    ])
      expect(first(text), text).not.toBe('V-GEEN');
    // Guards: the group or the teacher's own teaching stays advice (R03).
    expect(first('De paj komt in mijn les kijken voor mijn klassenmanagement en vertelt me daarna hoe het met de groep gaat.')).toBe('V-GEEN');
    expect(first('De jgc kijkt in mijn les mee en let vooral op hoe ik instructie geef.')).toBe('V-GEEN');
  });

  it('takes a colleague as recipient only when the text tells her something; one who approves, is in cc or passes a request on is asked about (audit of the consent-free paths, R09)', () => {
    for (const text of [
      'Er kwam een verzoek binnen om het dossier van Tim (14) op te sturen. Mag dat van de teamleider?',
      'Ze willen de gegevens van Sem (13) hebben, zegt mijn collega.',
      'Via de mail vraagt iemand naar de cijfers van Noor (14). Ik heb de zorgcoördinator in cc gezet. Mag ik antwoorden?',
      'Een instantie vraagt info over Tim (14). Mijn teamleider vindt het goed. Mag het?',
    ])
      expect(first(text), text).toBe('Q-MET-WIE');
    // Guards: a colleague spoken to, told, or who wants to know, is who is told (R09).
    expect(first('mag ik tegen de teamleider zeggen dat een leerling uit mijn groep epilepsie heeft?')).toBe('V-GEEN');
    expect(first('teamleider wil weten waarom Ilse (14) zo vaak weg is, mag ik zeggen dat ze bij een psycholoog loopt?')).toBe('V-GEEN');
    expect(first('Mag ik met zijn mentor en de zorgcoördinator over Tim (14) praten?')).toBe('V-GEEN');
  });

  it('reads a doubt about a 16- or 17-year-old\'s capacity with the pupil named, or "of alleen hij", as the FG question (R26)', () => {
    for (const text of [
      'Thomas is 17 maar functioneert op het niveau van een jong kind. De gedragswetenschapper wil hem onderzoeken. Thomas snapt echt niet waar hij ja tegen zegt. Wie tekent?',
      'Ik ga een jongen van 16 op de Spinaker begeleiden, hij heeft een LVB, IQ rond de 60. Moeten z\'n ouders tekenen of alleen hij?',
      'Lisa (17) heeft een licht verstandelijke beperking. De jgc wil haar gaan begeleiden. Tekenen de ouders of alleen zij?',
    ])
      expect(first(text), text).toBe('V-FG');
    // Guard: a 17-year-old without any sign signs herself (R24).
    expect(first('De jgc wil Lisa (17) gaan begeleiden. Tekenen de ouders of alleen zij?')).toBe('V-LEERLING16');
  });
});

describe('classes of meaning from the b58–b60 safety misses', () => {
  const dangerFirst = ['V-ACUUT', 'Q-NOOD'];
  const acuteOf = (text: string) => readSafety(knowledge.cues.safety, normalizeForFacts(text, knowledge.cues.vocabulary)).acute;

  it('reads a hint of not being there any more, with a time or "toch" in between, as possible danger (the rules, not only the model)', () => {
    for (const text of [
      'Yara (14) zei bij het opruimen van haar kluisje: maakt niet uit, ik ben er volgende maand toch niet meer. Mag ik haar ouders bellen zonder dat zij het weet?',
      'Een leerling (15) zei bij het inleveren van zijn werkstuk dat hij er na de kerst toch niet meer is, dus een cijfer hoeft niet. Mag ik dit met de mentor delen?',
      'Daan (13) zei grijnzend tegen zijn groepje: na vrijdag zien jullie mij nooit meer. Mag ik dit aan de zorgcoördinator doorgeven?',
      'Bij het plannen zei Sem (15): ach, ik ben er in juni toch niet meer, dus waarom zou ik. Hij lachte erbij. Mag ik dit aan zijn ouders vertellen?',
      'Noah (14) zei: maak je geen zorgen om mijn cijfers, jullie zullen me toch niet meer zien. Mag ik de zoco inlichten?',
    ]) {
      expect(acuteOf(text), text).toBe('possible');
      expect(dangerFirst, text).toContain(first(text));
    }
  });

  it('does not read being away on holiday or an old bike not used any more as a farewell', () => {
    for (const text of [
      'Lotte (15) zei: ik ben er volgende week niet, want we gaan op vakantie. Mag ik haar ouders mailen over het verzuim?',
      'Na de les zei Bo (14) dat ze haar oude fiets toch niet meer gebruikt. Mag ik haar ouders mailen over de fietsenstalling?',
    ])
      expect(acuteOf(text), text).toBe('none');
  });

  it('acts now when the family slept away from home after someone raged there and must go back today', () => {
    for (const text of [
      'Hij sliep vannacht bij zijn oma omdat vader weer dronken was en met spullen gooide; straks moet hij terug naar huis. Mag ik zijn mentor dit vertellen?',
      'Moeder en de kinderen hebben na een uitbarsting van haar partner twee nachten bij de buren geslapen; vanmiddag moeten ze terug naar huis. Mag ik de mentor van de jongste (12) inlichten?',
      'Sinds de ruzie van gisteravond, waarbij haar stiefvader dronken was, slapen ze bij een tante; vanavond moeten ze terug naar huis. Mag ik dit aan de mentor vertellen?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('asks about danger for a night away after someone raged at home, without a return today', () => {
    const text = 'Moeder vertelde dat haar vriend dronken thuiskwam en met dingen smeet; ze hebben toen bij de buurvrouw geslapen. Mag ik de mentor van Ties (12) iets vertellen?';
    expect(acuteOf(text), text).toBe('possible');
  });

  it('does not act on a weekend at grandma, nor on a family that fled a war', () => {
    for (const text of [
      'Het gezin van Amir (12) is gevlucht uit Syrië en woont nu in Alkmaar; om drie uur gaat hij naar huis. Mag ik de mentor over zijn achtergrond vertellen?',
      'Fleur (12) logeerde dit weekend bij oma en gaat vanavond weer naar huis. Mag ik de mentor vertellen dat ze ziek was?',
    ])
      expect(first(text), text).not.toBe('V-ACUUT');
  });
  it('decides acute danger for a weapon and an attack planned for today, when others laughed but the writer says he meant it', () => {
    for (const text of [
      'Een leerling heeft een stanleymes bij zich en zegt dat hij die jongen uit 2B straks na de les gaat steken. De anderen lachten erom, maar het was geen grap. Mag ik de politie bellen zonder zijn ouders?',
      'Milan (15) liet een mes zien en zei dat hij Ahmed straks na de les gaat pakken. De klas lachte, maar hij meende het volgens mij bloedserieus. Mag ik Ahmeds ouders waarschuwen?',
      'Jesse (14) heeft een boksbeugel in zijn tas en zegt dat hij Milan vanmiddag te grazen neemt. Zijn vrienden lachten erom, maar ik denk echt dat hij het meent. Mag ik Milans ouders bellen?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('keeps asking when the writer does not know whether he meant it, or when it was shouted at a missed ball', () => {
    for (const text of [
      'Een leerling heeft een stanleymes bij zich en zegt dat hij die jongen uit 2B straks na de les gaat steken. De anderen lachten erom en ik weet niet of hij het meende. Mag ik de politie bellen zonder zijn ouders?',
      "Een leerling riep boos 'ik maak je af' toen hij de bal miste; daarna speelde hij gewoon verder. Mag ik zijn ouders mailen?",
    ])
      expect(first(text), text).toBe('Q-NOOD');
  });

  it('decides acute danger for a threat to lie in wait for her today while she sits trembling', () => {
    for (const text of [
      'Een leerling (16) zat te trillen in de mediatheek: haar ex dreigt haar na school op te wachten. Mag ik haar ouders bellen zonder dat zij dat wil?',
      'Ze stond te bibberen bij de balie: haar vriend dreigt vannacht bij haar huis op te wachten. Mag ik de politie bellen zonder haar ouders?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('asks, not decides, for a threat to lie in wait months ago that she no longer fears', () => {
    const text = 'Ze vertelde dat haar ex ooit dreigde haar op te wachten, maar dat is al maanden geleden en ze is er niet bang meer voor. Mag ik de mentor inlichten?';
    expect(first(text), text).toBe('Q-NOOD');
  });
  it('asks, not decides, about care tasks and tiredness when the pupil names a parent who is ill', () => {
    for (const text of [
      'Sanne (12) is steeds doodmoe; ze kleedt \'s ochtends haar broertjes aan en brengt ze naar school omdat haar vader ziek op bed ligt. Mag ik de jgc vragen met haar te praten?',
      'Mo (14) slaapt in de les. Hij kookt elke avond voor zijn zusjes want moeder ligt na haar operatie de hele dag op bed. Mag ik de PAJ inschakelen?',
      "Lieke (13) valt in de les in slaap; ze zegt dat ze 's nachts voor de kleintjes zorgt omdat papa ziek in bed ligt. Ik weet niet of het thuis misloopt. Mag ik de coach vragen?",
    ])
      expect(first(text), text).toBe('Q-ZORGEN');
  });

  it('keeps the meldcode route for a parent who drinks, for hunger and dirty clothes, or for bruises, also next to an ill parent', () => {
    for (const text of [
      "Thijs (13) valt elke dag in slaap en zorgt 's nachts voor zijn zusjes omdat moeder elke avond dronken op de bank ligt. Mag ik de jgc vragen?",
      'Sara (12) krijgt thuis geen eten en draagt al weken dezelfde vieze kleren; moeder is ziek. Mag ik de jgc inschakelen?',
      'Daan (13) heeft blauwe plekken op zijn arm en zorgt voor zijn zusjes omdat moeder ziek is. Mag ik met de coach overleggen?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });
  it('asks about a burn the pupil explains by cooking or ironing, not decides danger or the meldcode', () => {
    for (const text of [
      'Joep (12) heeft nu voor de derde keer een brandplek op zijn hand; hij zegt dat hij zich aan de kookplaat brandde toen hij eten maakte. Mag ik de coach vragen met hem te praten?',
      'Voor de tweede keer deze maand zit er een brandplek op Yusufs onderarm. Hij vertelt dat het van het strijkijzer komt. Mag ik de mentor vragen met hem te praten?',
    ])
      expect(['Q-ZORGEN', 'Q-NOOD'], text).toContain(first(text));
  });

  it('keeps burns with a lighter as self-harm and burns by a father as abuse', () => {
    const lighter = 'Sem (15) heeft brandplekken op zijn arm; hij vertelde dat hij zich brandt met een aansteker als het te veel wordt. Mag ik zijn ouders bellen?';
    expect(dangerFirst, lighter).toContain(first(lighter));
    const father = 'Lars (13) heeft brandplekken op zijn arm. Hij zegt dat vader hem met een sigaret heeft gebrand. Mag ik de jgc inschakelen?';
    expect(first(father), father).toBe('V-MELDCODE');
  });
  it('does not ask about abuse for quarrels at home of a pupil of 18 or older who seeks help himself', () => {
    for (const text of [
      'Hij is inmiddels 19 jaar, heeft thuis steeds ruzie en wil met de jeugd- en gezinscoach praten. Moet er iemand tekenen?',
      'Een leerling van 18 jaar vertelde dat er thuis veel ruzies zijn over geld en wil hulp van het wijkteam. Mag ik haar aanmelden?',
    ])
      expect(['V-ACUUT', 'Q-NOOD', 'V-MELDCODE', 'Q-ZORGEN'], text).not.toContain(first(text));
  });

  it('still asks about quarrels at home of a younger pupil, next to a boyfriend of 19, or with fear', () => {
    for (const text of [
      'Ze (14) heeft een vriend van 19 en thuis veel ruzie. Mag ik de jgc inschakelen?',
      'Leerling (19) heeft veel ruzie thuis en is bang voor zijn vader. Mag ik hem aanmelden bij het wijkteam?',
      'mag de jgc met haar praten? ze is 14 en er is thuis veel ruzie',
    ])
      expect(first(text), text).toBe('Q-ZORGEN');
  });
  it('reads a wound the pupil explains herself as a question about abuse, not about danger now', () => {
    const read = (text: string) => readSafety(knowledge.cues.safety, normalizeForFacts(text, knowledge.cues.vocabulary));
    for (const text of [
      'Bas (12) heeft alweer een kapotte lip en een schram, zegt van het keepen. Mag ik de mentor vragen met hem te praten?',
      'Een meisje (13) heeft een blauw oog en een bloedneus gehad; ze zegt dat het van de hockeytraining komt. Mag ik de coach bellen?',
    ])
      expect(read(text), text).toMatchObject({ acute: 'none', abuse: 'possible' });
    const short = 'lln (12) heeft kleine brandwondjes op zijn hand, zegt van koken. melden?';
    expect(first(short), short).toBe('Q-ZORGEN');
  });

  it('still asks about danger for cuts on the wrist explained away, a wound with no sign of abuse, or a wound and not wanting to go home', () => {
    for (const text of [
      'Sanne (14) heeft sneetjes op haar pols en zegt dat het van de kat komt. Mag ik de coach vragen?',
      'Een leerling van 13 heeft een hechting in haar wenkbrauw; ze vertelde dat het door de training komt. Mag ik de coach vragen?',
      'Bas (12) heeft een blauw oog, zegt van voetbal, maar vandaag wil hij echt niet naar huis. Mag ik de mentor vragen?',
    ])
      expect(acuteOf(text), text).toBe('possible');
  });
});

describe('classes of meaning from the b61–b63 safety misses', () => {
  it('asks about danger first for a written wish that everything stops for good, however unsure the writer is', () => {
    for (const text of [
      'In haar werkstuk schreef Fenna (15): ik wil eigenlijk alleen nog dat het allemaal ophoudt, voorgoed. Ik twijfel of ze het meent. Mag ik haar ouders inlichten?',
      'Luuk (14) appte me gisteravond: wou dat alles gewoon stopte, voor altijd. Verder lijkt hij vrolijk. Mag ik de zorgcoördinator vragen mee te kijken zonder hem?',
      'Onder een schrijfopdracht zette Isa (16): het mag wat mij betreft voor altijd ophouden, alles. Ik weet niet hoe zwaar ik dit moet nemen. Mag ik dit aan de mentor doorgeven?',
      'In een gedicht voor Nederlands schreef Mo (15) dat hij wil dat alles ophoudt en nooit meer begint. Mag ik dit met de zoco bespreken zonder het hem te vragen?',
      'Sanne (13) schreef in haar dagboekopdracht: ik hoop dat alles gewoon stopt en dat het nooit meer terugkomt. Mag ik haar ouders bellen?',
    ])
      expect(first(text), text).toBe('Q-NOOD');
  });

  it('asks, not decides, for a wish to die said months ago when it goes better now, with help running', () => {
    for (const text of [
      'Eind vorig jaar schreef Roos (15) eens dat ze niet meer wakker wilde worden. Intussen gaat het veel beter, ze praat wekelijks met de jgc. Mag ik de jgc vragen hoe het gaat?',
      'Na de zomer appte Amira (16) me dat ze niet meer wilde leven; nu gaat het weer beter, ze zit bij de praktijkondersteuner. Mag ik dat met de zoco delen?',
      'Vorige maand zei Thijs (14) dat hij dood wilde. Sindsdien gaat het een stuk beter en hij heeft hulp van de schoolpsycholoog. Mag ik zijn mentor informeren?',
    ])
      expect(first(text), text).toBe('Q-NOOD');
  });

  it('still decides acute danger for a plan for tonight, however well it went last week', () => {
    const text = 'Hij appte net dat hij vanavond een eind aan zijn leven maakt. Vorige week ging het nog beter met hem. Mag ik zijn ouders bellen?';
    expect(first(text), text).toBe('V-ACUUT');
  });

  it('does not read a lesson, a test or the bullying that should stop as a wish that everything stops', () => {
    for (const text of [
      'Tim (13) zuchtte tijdens het proefwerk dat hij wil dat dit proefwerk stopt. Mag ik zijn ouders mailen over zijn cijfer?',
      'Ze zei na de les: ik wil gewoon dat die herrie in de klas stopt. Mag ik de mentor vragen de klas om te zetten?',
    ])
      expect(['Q-NOOD', 'V-ACUUT'], text).not.toContain(first(text));
  });

  it('takes the meldcode route for a forced marriage the family plans for later, told after class, however scared she is', () => {
    for (const text of [
      'Na school kwam een klasgenote van Esra (14) bij me langs: Esra moet na de examens in Turkije trouwen met een man die ze nooit gezien heeft. Mag ik de zoco inlichten?',
      'Dounia (16) zegt dat haar familie van plan is haar volgend jaar uit te huwelijken aan een oom van haar moeder. Ze is doodsbang en wil niet dat ik iets zeg. Mag ik dit toch melden?',
      'Een leerling (15) vertelde dat haar ouders haar na de zomervakantie in Pakistan willen laten trouwen. Ze is doodsbang. Moet ik haar toestemming hebben om de zoco in te lichten?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('still decides acute danger for a marriage abroad tomorrow or tonight that she is scared of', () => {
    for (const text of [
      'Meisje (14) zegt dat ze morgen naar het buitenland vliegt om daar te trouwen. Ze is doodsbang. Mag ik dit delen?',
      'Ze vertelde dat ze vanavond wordt opgehaald door haar oom en dan moet trouwen in het buitenland; ze is doodsbang. Mag ik de politie bellen?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('asks about neglect, not danger, for care that stays away: a black or inflamed tooth, glasses broken for months, no money', () => {
    for (const text of [
      'Noor (12) zegt dat haar tand al weken zwart is en erg pijn doet; thuis is er geen geld voor de tandarts. Mag ik het maatschappelijk werk inschakelen zonder ouders?',
      'Milan (11) zegt dat zijn voortand pijn doet en al helemaal zwart is, en zijn bril is sinds de kerstvakantie stuk. Thuis is geen geld, papa ligt de hele dag op de bank. Mag ik de jeugdverpleegkundige vragen mee te kijken?',
    ])
      expect(['V-MELDCODE', 'Q-ZORGEN'], text).toContain(first(text));
  });

  it('does not read glasses broken at gym last week or a visit to the orthodontist as neglect', () => {
    for (const text of [
      'Zijn bril ging vorige week kapot bij gym; hij krijgt volgende week een nieuwe. Mag ik zijn ouders mailen over zijn cijfers?',
      'Ze heeft een afspraak bij de orthodontist en mist daarom het 3e uur. Mag ik dit met haar mentor delen?',
    ])
      expect(['V-MELDCODE', 'Q-ZORGEN', 'Q-NOOD', 'V-ACUUT'], text).not.toContain(first(text));
  });

  it('asks nothing about safety for a gloomy pupil when the writer rules an unsafe home out', () => {
    for (const text of [
      'Lieke (15) wil met de schoolmaatschappelijk werker praten omdat ze zich al weken somber voelt. Haar ouders mogen het niet weten. Er zijn geen aanwijzingen dat het thuis onveilig is. Mag dat zonder ouders?',
      'Joep (14) piekert veel en slaapt slecht, hij wil graag met de jgc praten maar niet dat zijn ouders het horen. Niks wijst erop dat het thuis onveilig is. Kan de jgc starten?',
      'Joep (14) piekert veel, hij wil met de jgc praten maar niet dat zijn ouders het horen. Geen reden om te denken dat de thuissituatie onveilig is. Kan de jgc starten?',
    ])
      expect(['V-ACUUT', 'Q-NOOD', 'V-MELDCODE', 'Q-ZORGEN'], text).not.toContain(first(text));
  });

  it('keeps asking when the writer doubts whether home is unsafe', () => {
    const text = 'Lieke (15) wil met de schoolmaatschappelijk werker praten omdat ze zich somber voelt. Haar ouders mogen het niet weten. Ik twijfel of het thuis onveilig is. Mag dat zonder ouders?';
    expect(['Q-NOOD', 'Q-ZORGEN'], text).toContain(first(text));
  });

  it('takes the meldcode route for gifts or money from young men in their twenties or older, named in the plural', () => {
    for (const text of [
      'Jongens van 19 uit de buurt geven Rik (15) geld en een nieuwe telefoon. Mag ik de wijkagent hierover inlichten?',
      'Sanne (14) draagt steeds dure kleren en krijgt geld van mannen van in de dertig; ze spijbelt vaak op vrijdag. Wie mag ik hierover inlichten?',
      'Yusuf (15) heeft ineens een dure telefoon, gekregen van gasten van ongeveer 22 uit de wijk. Mag ik dit aan de zoco doorgeven?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('does not read a birthday phone from the parents and an outing with classmates as grooming', () => {
    const text = 'Lisa (15) heeft een nieuwe iphone voor haar verjaardag gekregen van haar ouders en gaat met vrienden uit haar klas naar de film. Mag ik haar ouders mailen over haar cijfers?';
    expect(['V-MELDCODE', 'Q-ZORGEN', 'Q-NOOD', 'V-ACUUT'], text).not.toContain(first(text));
  });

  it('asks no safety question for quarrels between parents over their divorce, without violence or fear', () => {
    for (const text of [
      'Als schoolmaatschappelijk werker begeleid ik Tom (13). Sinds de echtscheiding is er thuis veel ruzie; hij is moe. Hij wil dat ik zijn mentor op de hoogte breng. Mag dat met alleen zijn toestemming?',
      'Mentor hier: bij Noa (15) thuis is veel ruzie over de scheiding van haar ouders, ze is daardoor wat stil. Mag ik de jgc vragen even met haar te praten?',
    ])
      expect(['V-ACUUT', 'Q-NOOD', 'V-MELDCODE', 'Q-ZORGEN'], text).not.toContain(first(text));
  });

  it('keeps the meldcode route when a parent throws things during the divorce quarrels and the pupil is afraid', () => {
    const text = 'Als schoolmaatschappelijk werker begeleid ik Tom (13). Sinds de echtscheiding is er thuis veel ruzie en vader gooit dan met spullen; Tom is bang. Hij wil dat ik zijn mentor op de hoogte breng. Mag dat?';
    expect(['V-MELDCODE', 'Q-ZORGEN', 'Q-NOOD', 'V-ACUUT'], text).toContain(first(text));
  });
});

describe('classes of meaning from the b64–b66 safety misses', () => {
  const dangerFirst = ['V-ACUUT', 'Q-NOOD'];

  it('decides acute danger for a parent who takes the child away, abroad or into hiding, today', () => {
    for (const text of [
      'Volgens moeder brengt vader Noah (9) vanavond niet meer terug na het bezoek, hij wil met hem naar zijn familie in Polen verdwijnen. Mag ik de jgc bellen?',
      'Volgens moeder heeft vader, die Sara (10) niet meer mag zien, voor vandaag vliegtickets naar Marokko gekocht voor hem en Sara. Mag ik de wijkagent inlichten?',
      'De moeder van Lucas (8) zegt dat vader hem vanavond het land uit wil brengen; vader heeft geen omgang meer. Wat mag ik aan Veilig Thuis doorgeven?',
      'Vader appte moeder dat hij na schooltijd met Mila (11) gaat onderduiken en dat ze haar niet meer terugziet. Mag ik Veilig Thuis bellen?',
      'Een oma belt: haar schoonzoon wil de kleine Jayden (7) straks na de les ophalen en met hem naar het buitenland verdwijnen. Moeder heeft het gezag alleen. Mogen we de wijkagent inlichten?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('reads the time of the taking away after a parent "die geen gezag heeft": that "geen" denies the gezag, not the time', () => {
    for (const text of [
      'Moeder vertelt dat haar ex, die geen gezag heeft, Noah (9) vanmiddag van school wil halen en hem niet meer terugbrengt. Mogen we de mentor en de wijkagent inlichten?',
      'Oma belt: vader, die geen omgang meer mag hebben, wil Sem (8) vanavond komen halen en met hem het land uit. Wat mag ik doorgeven?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
    const denied = 'Bij de gymles zag ik geen blauwe plekken meer bij Sanne. Mag ik haar moeder mailen over haar cijfers?';
    expect(['V-MELDCODE', 'Q-ZORGEN', 'V-ACUUT', 'Q-NOOD'], denied).not.toContain(first(denied));
  });

  it('takes the meldcode route for a threat to take the child abroad later, in the holidays', () => {
    for (const text of [
      'Moeder vertelt dat vader, die geen omgang meer mag, dreigt Noah in de zomervakantie mee te nemen naar Turkije en niet terug te brengen. Mag ik dit met de jgc bespreken?',
      'Volgens moeder wil haar ex de kinderen na de kerstvakantie het land uit brengen om onder te duiken bij zijn familie. Mag ik Veilig Thuis om advies vragen?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('asks no safety question for a parent who collects the child for an agreed weekend or holiday abroad', () => {
    for (const text of [
      'Vader mag van moeder vanmiddag Ahmed (10) ophalen voor zijn omgangsweekend. Mag ik vader het rapport geven?',
      'Sem (9) gaat vandaag na school met zijn vader mee naar oma in België, zoals afgesproken in de omgangsregeling. Moet ik moeder iets laten weten?',
      'Morgen vertrekt Lina (11) met haar ouders op vakantie naar het buitenland. Mag ik haar huiswerk aan haar moeder mailen?',
    ])
      expect([...dangerFirst, 'V-MELDCODE', 'Q-ZORGEN'], text).not.toContain(first(text));
  });

  it('decides acute danger for a pupil who stays with a much older man, who gives her things, and goes back to him tonight', () => {
    for (const text of [
      'Mijn leerling (15) slaapt sinds vrijdag bij een vriend van 27 die haar nieuwe kleren koopt en haar aan zijn maten voorstelt. Vanavond gaat ze weer naar hem toe. Mag ik haar ouders bellen zonder dat zij het weet?',
      'Een meisje uit 3 havo (14) vertelde dat een man van een jaar of 35 haar geld en een telefoon geeft en dat ze hem vanavond weer moet opzoeken, samen met zijn vrienden. Mag ik de politie bellen?',
      'Volgens haar vriendinnen logeert Jasmijn (15) al dagen bij een veel oudere jongen die haar spullen geeft en haar laat kennismaken met zijn vrienden. Vannacht blijft ze daar weer. Wat mag ik delen?',
      'Leerling (16) verblijft sinds zaterdag bij een kerel van in de dertig; hij neemt haar mee naar feestjes met zijn vrienden. Vanavond moet ze er weer heen. Mag ik dit delen zonder haar toestemming?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('does not decide acute danger for an evening at a friend, an uncle or a grandmother, or an older man long past', () => {
    for (const text of [
      'Lotte (15) gaat vanavond met haar vriendinnen naar een verjaardag bij een klasgenoot en blijft daar slapen. Mag ik haar moeder mailen dat ze haar gymspullen vergat?',
      'Ze gaat vanavond naar haar oom toe om op zijn kinderen te passen. Mag ik haar ouders vragen of ze morgen later mag komen?',
      'Een leerling (15) zei dat ze vorig jaar omging met een man van 30 die haar cadeaus gaf; dat is voorbij en ze gaat vanavond naar haar oma. Mag ik dit met de jgc bespreken?',
    ])
      expect(first(text), text).not.toBe('V-ACUUT');
  });

  it('takes the meldcode route for an injury whose shape or story does not fit the cause the pupil gives', () => {
    for (const text of [
      'De gymdocent zag bij Noor (11) kleine ronde brandplekjes op haar onderarm. Noor zegt dat ze zich aan de oven brandde. Mag ik de jgc inschakelen zonder ouders?',
      'Op Kevins (10) rug zitten striemen; hij zegt dat het van het voetballen komt. Mag ik met de coach overleggen?',
      'Mila (9) heeft een blauw oog en zegt dat het van de gymles komt, maar die uitleg klopt niet: er was deze week geen gym. Mag ik de zorgcoördinator inlichten?',
      'Yusuf (12) heeft een brandplek zo groot als een sigaret op zijn hand. Hij zegt van de kookplaat. Mag ik de jgc erbij halen?',
      'Sam (10) heeft een blauw oog. Hij zegt van hockey, maar dat geloof ik niet. Mag ik de intern begeleider inlichten?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('still asks first about an injury with a cause that fits, whoever confirms it', () => {
    for (const text of [
      'Tim (12) heeft een blauw oog; hij zegt van voetbal, de trainer vertelde dat hij een bal tegen zijn hoofd kreeg. Mag ik zijn ouders mailen?',
      'Anouk (14) heeft een brandwond op haar hand; ze zegt dat ze zich aan de pan brandde. Mag ik de mentor vragen met haar te praten?',
      'Joep (12) heeft een schaafwond op zijn knie; hij zegt dat het van skaten komt en zijn vriend was erbij. Mag ik zijn moeder bellen?',
    ])
      expect(['Q-ZORGEN', 'Q-NOOD'], text).toContain(first(text));
  });

  it("asks no safety question for the pupil's own medicine passed on within school for a practical reason", () => {
    for (const text of [
      'De mentor wil de vakdocenten laten weten dat Lisa (15) antidepressiva slikt, zodat ze rekening houden met haar concentratie. Mag dat zonder haar ouders?',
      'Kan ik aan de zorgcoördinator doorgeven dat een leerling uit 2B antidepressiva slikt? Dan kan het rooster van de toetsweek aangepast worden.',
      'Onze teamleider wil in de leerlingbespreking noemen dat Daan slaapmiddelen slikt, zodat we de eerste uren voor hem kunnen aanpassen. Mag dat?',
      'Mag ik de docenten van 4A mailen dat Bram oxazepam slikt en daarom in de toetsweek een aparte ruimte krijgt?',
      'De mentor wil de coördinator laten weten dat Mees (14) antidepressiva moet slikken, zodat er in de gymles rekening mee gehouden wordt. Mag dat intern?',
    ])
      expect([...dangerFirst, 'V-MELDCODE', 'Q-ZORGEN'], text).not.toContain(first(text));
  });

  it('keeps asking about danger for pills of someone else, a whole strip or a wish to die, whatever the practical reason', () => {
    for (const text of [
      'Mentor wil de zoco laten weten dat Lisa (15) de antidepressiva van haar moeder slikt, zodat we het rooster kunnen aanpassen. Mag dat?',
      'Kan ik aan de zorgcoördinator doorgeven dat een leerling uit 2B een hele strip antidepressiva heeft geslikt? Dan kunnen we de toetsweek aanpassen.',
      'Mag ik aan het team doorgeven dat Sem antidepressiva slikt en zegt dat hij er een eind aan wil maken, zodat we rekening houden?',
    ])
      expect(dangerFirst, text).toContain(first(text));
  });
});

describe('classes of meaning from the b67–b69 safety misses', () => {
  const safetyAnswers = ['V-ACUUT', 'Q-NOOD', 'V-MELDCODE', 'Q-ZORGEN'];

  it('decides acute danger for a forced marriage tomorrow morning or evening, when she does not want it or her passport was taken', () => {
    for (const text of [
      'Mijn leerling Hira (17) appte dat haar vader haar ID-kaart heeft ingenomen en dat ze morgenvroeg op het vliegtuig naar Pakistan moet om te trouwen. Mag ik haar ouders hierover bellen?',
      'Fatma (16) zegt dat de bruiloft met haar neef al geregeld is en dat ze morgenavond vertrekken. Ze wil niet trouwen. Moet ik eerst haar toestemming vragen voordat ik de aandachtsfunctionaris inlicht?',
      'Leerling (15) zegt: mijn vader heeft mijn paspoort afgepakt, morgenmiddag gaan wij naar Turkije, ik moet daar trouwen met neef. Mag ik mentor dit vertellen?',
      'Ons meisje uit 3 mavo (14) zegt dat ze morgenvroeg wordt opgehaald door haar ooms voor haar bruiloft in Somalie. Ze wil niet mee. Mag ik de jgc bellen?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('keeps the meldcode route for a forced marriage after the summer, and asks nothing for a class trip to the airport', () => {
    for (const text of [
      'Na de zomer wordt Hanna (16) in Marokko uitgehuwelijkt, zegt ze. Ze wil het echt niet en haar paspoort ligt bij haar vader. Mag ik de aandachtsfunctionaris inlichten?',
      'Dounia (16) wil het echt niet, maar haar familie wil haar na de examens volgend jaar uithuwelijken aan een neef. Mag ik de zoco inlichten?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
    // told or cried about today, the marriage is this summer: no acute danger
    const today = 'Mentor hier: Ilham (15) zat vandaag te huilen in de pauze. Ze moet deze zomer in Marokko met haar neef trouwen en wil dat niet. Mag ik dit met de zoco bespreken?';
    expect(first(today), today).not.toBe('V-ACUUT');
    const trip = 'Morgenochtend gaat 3B met de bus naar Schiphol voor een excursie, Tim (14) wil niet mee. Mag ik zijn ouders bellen?';
    expect(safetyAnswers, trip).not.toContain(first(trip));
  });

  it('decides acute danger for a farewell message, then gone from school and not answering the phone', () => {
    for (const text of [
      'Een klasgenoot liet me Snapchat zien: Milan (14) schreef \'sorry voor alles, dit is de laatste keer dat jullie iets van me horen\'. Hij is na de pauze verdwenen en neemt zijn mobiel niet op. Mag ik dit delen met zijn moeder?',
      'Als OC kreeg ik net een screenshot: Ayoub (16) zette in de groepsapp \'dank jullie voor alles, het is goed zo\'. Hij is zonder iets te zeggen weggegaan en zijn telefoon neemt hij niet op. Hij wil nooit dat we thuis iets vertellen. Mag ik zijn ouders toch bellen?',
      'leerling 15 jaar schreef in app van klas: sorry iedereen, ik ben er morgen niet meer. nu is hij weg zonder af te melden en reageert niet op berichten. mag ik vader bellen?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('does not decide acute danger for a holiday goodbye in the class app, or leaving school without a farewell', () => {
    const goodbye = "Sem (15) zette in de klassenapp 'doei allemaal, fijne vakantie!' en ging na het laatste uur naar huis. Hij neemt zijn telefoon niet op. Mag ik zijn ouders mailen over zijn cijfers?";
    const gone = 'Noor (14) is vandaag zonder iets te zeggen van school vertrokken en neemt haar telefoon niet op. Mag ik haar ouders bellen?';
    for (const text of [goodbye, gone]) expect(first(text), text).not.toBe('V-ACUUT');
    const plainGoodbye = "Sem (15) zette 'doei allemaal, fijne vakantie!' in de klassenapp. Mag ik zijn ouders mailen over zijn cijfers?";
    expect(['V-ACUUT', 'Q-NOOD'], plainGoodbye).not.toContain(first(plainGoodbye));
  });

  it('asks, not decides, for a wish to die written in schoolwork that the pupil herself plays down', () => {
    for (const text of [
      'In haar boekverslag schreef Yara (15) dat ze soms liever gewoon niet meer wakker wordt. Ze zegt dat het wel meevalt als ik ernaar vraag. Mag ik de zorgcoördinator inlichten zonder haar ouders?',
      "Mijn mentorleerling (14) zette in haar gedicht 'ik wil niet meer leven'. Na de les vond ze zelf dat het niet zo erg was, het ging om de opdracht. Moet ik haar ouders inlichten?",
      'Leerling 16 schrijft in tekst voor Engels dat zij niet meer wil leven. Ik vraag haar, zij zegt het valt mee. Moet ik ouders bellen?',
    ])
      expect(first(text), text).toBe('Q-NOOD');
  });

  it('still decides acute danger for such a wish that nobody plays down, or that the writer says was meant', () => {
    for (const text of [
      'Sanne (16) schreef in haar betoog dat ze niet meer wakker wil worden. Mag ik haar ouders bellen?',
      'Bram (15) zei dat het meeviel met zijn cijfers, maar hij schreef vanochtend in de klassenapp dat hij er vanavond een eind aan maakt. Hij meende het echt. Mag ik zijn ouders bellen?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('takes the meldcode route for food withheld at home as a punishment', () => {
    for (const text of [
      'Een brugklasser (12) vertelde dat hij thuis regelmatig niet mee mag eten, als straf voor brutaal zijn, en dan met honger naar bed gaat. Mag ik dit aan de zorgcoordinator vertellen?',
      'Bij de pleegouders van Jayden (14) krijgt hij soms een dag niks te eten, dat is de straf als hij liegt. Mag ik zijn voogd bellen?',
      'Volgens Lisa (14) krijgt ze thuis soms geen eten, dat is de straf als ze te laat thuiskomt. Moet ik eerst haar ouders vragen voordat ik de zoco inlicht?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('takes the meldcode route for an adult at home who comes into her room at night and sends her messages she finds weird', () => {
    for (const text of [
      "Tess (14) vertelt dat de nieuwe vriend van mama 's avonds bij haar op bed zit als mama werkt, en dat hij haar appjes stuurt die ze eng vindt. Mag ik dit bespreken met de zoco?",
      "Leerling (13) zegt haar oom komt s avonds in haar kamer en stuurt rare foto's. Mag ik mentor bellen?",
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('does not take the meldcode route for a punishment at school or no sweets, weird messages from classmates, or a father helping with homework', () => {
    for (const text of [
      'Voor straf moest Daan (12) nablijven en hij had geen eten bij zich. Mag ik zijn moeder bellen?',
      'Als straf mag Tim (13) een week niet gamen en krijgt hij geen snoep. Mag ik zijn moeder mailen over zijn cijfers?',
      'Sara (14) krijgt vaak rare berichtjes van klasgenoten, daarom zit ze in de pauze op haar kamer te bellen met haar moeder. Mag ik de mentor inlichten?',
      "Ahmed (14) zit thuis veel op zijn kamer. Zijn vader komt 's avonds bij hem zitten voor huiswerk. Mag ik vader bellen over zijn cijfers?",
    ])
      expect(first(text), text).not.toBe('V-MELDCODE');
  });

  it('asks no safety question for a theme such as the home situation in an anonymous count for monitoring', () => {
    for (const text of [
      'Voor het jaarverslag turf ik als OC hoeveel gesprekken ik had en over welk onderwerp (schoolwerk, thuissituatie, pesten). Geen namen, alleen aantallen. Mag ik dat aan de directeur geven?',
      'De gemeente vraagt per school een anonieme telling van het aantal leerlingen met zorgen thuis, per categorie. Mag ik die aanleveren?',
    ])
      expect(safetyAnswers, text).not.toContain(first(text));
  });

  it('still asks about abuse for a pupil afraid at home, whatever the writer counts for monitoring', () => {
    const text = 'Yara (13) zegt dat de thuissituatie niet goed is, ze slaapt slecht en is bang thuis. Voor de monitoring noteer ik alleen het aantal gesprekken per thema, zonder namen. Mag ik de jgc inlichten?';
    expect(first(text), text).toBe('Q-ZORGEN');
  });

  it('asks no safety question for an own help request kept from the parents when the writer says nothing is unsafe at home', () => {
    const text = 'Als jgc spreek ik Daan (14) over faalangst. Hij wil niet dat zijn ouders het weten. Er is thuis niets aan de hand, het gaat echt om school. Mag ik toch met hem verder?';
    expect(safetyAnswers, text).not.toContain(first(text));
  });

  it('still asks about neglect for nothing to eat at home, however the writer puts it', () => {
    for (const text of [
      'Sem (12) zegt dat er thuis niks te eten is en dat hij vaak honger heeft. Thuis is niets onveiligs volgens zijn moeder. Mag ik de jgc inschakelen?',
      'Lotte (13) zegt: er is thuis niks, ook geen ontbijt. Mag ik haar moeder bellen?',
    ])
      expect(['V-MELDCODE', 'Q-ZORGEN'], text).toContain(first(text));
  });

  it('does not read a photo in the newspaper or on a website as a sign of grooming', () => {
    const text = "Voor de intervisie met andere OC's wil ik de casus van een meisje (15) inbrengen zonder naam. Ze was vorige maand met een foto op de website van de gemeente omdat ze een prijs won. Is ze dan herkenbaar?";
    expect(safetyAnswers, text).not.toContain(first(text));
    for (const grooming of [
      "Een man van 30 stuurt Lisa (14) foto's en vraagt om foto's van haar. Ze stond ook in de krant. Mag ik dit melden?",
      "Een leerling (14) krijgt cadeaus van een volwassen man die foto's van haar maakt. Mag ik de ouders bellen?",
    ])
      expect(first(grooming), grooming).toBe('V-MELDCODE');
  });

  it('asks no safety question when the Raad voor de Kinderbescherming investigates a divorce and asks how the pupil does at school', () => {
    const text = 'Een raadsonderzoeker van de Raad voor de Kinderbescherming belt over Ilias (13). Zijn ouders liggen in een vechtscheiding en de Raad onderzoekt de omgangsregeling. Ze wil weten hoe hij functioneert in de klas. Moet ik eerst de ouders om toestemming vragen?';
    expect(safetyAnswers, text).not.toContain(first(text));
  });

  it('keeps the safety route for a divorce next to fear or violence, or without an investigation', () => {
    const hit = 'De Raad voor de Kinderbescherming onderzoekt de vechtscheiding van de ouders van Noor (12); Noor is bang voor haar vader en zegt dat hij haar slaat. De Raad vraagt een verslag. Mag ik dat geven?';
    expect(first(hit), hit).toBe('V-MELDCODE');
    const tense = 'Ouders van Bo (13) zitten in een vechtscheiding, Bo is erg gespannen. Mag ik de jgc inschakelen zonder de ouders?';
    expect(first(tense), tense).toBe('Q-ZORGEN');
  });

  it('asks no question about danger now for a pupil confused for weeks, when the question is whether she can consent herself', () => {
    for (const text of [
      'Onze leerling (16) is al een aantal weken heel verward en praat soms wartaal. De jgc wil een onderzoek laten doen. Is hij wilsbekwaam of moeten zijn ouders tekenen?',
      'Een meisje (17) is de laatste tijd vreemd en verward, ze zegt dat ze stemmen hoort. Kan ze zelf beslissen over gesprekken met de schoolpsycholoog?',
    ])
      expect(['V-ACUUT', 'Q-NOOD'], text).not.toContain(first(text));
  });

  it('keeps asking or deciding danger for voices that tell her to hurt herself, or confusion right now', () => {
    const voices = 'Een meisje (17) is sinds weken verward en hoort stemmen die zeggen dat ze zichzelf pijn moet doen. Kan ze zelf toestemming geven voor hulp?';
    expect(['V-ACUUT', 'Q-NOOD'], voices).toContain(first(voices));
    const now = 'Leerling (16) is nu heel verward en weet niet waar ze is. Kan ze zelf toestemming geven?';
    expect(first(now), now).toBe('V-ACUUT');
  });
});

describe('classes of meaning from the b68 misses (JOS workers and OCs about their own work)', () => {
  let knowledge: ConsentKnowledge;
  beforeAll(() => {
    knowledge = loadConsentKnowledge('knowledge/consent');
  });
  const first = (text: string) => firstOf(decide(knowledge, extractFacts(text, knowledge.cues, screen).facts));

  it('lets a pupil of 16 or 17 consent alone when the JOS worker rules out any doubt that he oversees it', () => {
    for (const text of [
      'Ik ben paj. Lisa (17) wil begeleiding bij haar faalangst en wil niet dat haar ouders het weten. Ik heb geen enkele twijfel of ze begrijpt waar ze voor kiest. Mag ik starten?',
      'Als gedragswetenschapper zie ik Mo (16) voor gesprekken over somberheid; hij vraagt zijn ouders er niet bij te betrekken. Ik heb geen signalen dat hij niet overziet waar hij voor kiest. Mag dat op alleen zijn toestemming?',
      'Jgc hier. Sara is 16 en wil dat ik haar begeleid bij stress, zonder haar ouders. Ik twijfel niet of ze snapt waar ze ja tegen zegt. Is haar handtekening genoeg?',
      'Ik ben de jgc en wil Tom (17) begeleiden bij zijn gokken; zijn ouders wil hij er liever niet bij. Er is geen aanleiding om te denken dat hij niet begrijpt waarvoor hij tekent. Kan ik beginnen?',
    ])
      expect(first(text), text).toBe('V-LEERLING16');
  });

  it('keeps the doubt about a pupil of 16 or 17 who may not oversee it, or has a sign of that next to the denial', () => {
    for (const text of [
      'Ik ben paj. Lisa (17) wil begeleiding en wil niet dat haar ouders het weten, maar ik twijfel of ze begrijpt waar ze voor kiest. Mag ik starten?',
      'Jgc hier: Sem (16) heeft een lvb en zegt op alles ja; ik denk niet dat hij snapt wat hulp inhoudt. Is zijn handtekening genoeg?',
      'Als gedragswetenschapper begeleid ik Joris (16), die een licht verstandelijke beperking heeft. Ik heb geen reden om te denken dat hij het niet overziet. Mag hij zelf tekenen?',
      'Ik ben jgc en wil Daan (16) begeleiden. Ik heb geen reden om te denken dat er thuis iets speelt, maar ik twijfel of hij begrijpt wat de hulp inhoudt. Mag hij zelf tekenen?',
    ])
      expect(['V-FG', 'Q-WILSBEKWAAM'], text).toContain(first(text));
  });

  it("reads a parent who asks the JOS worker who writes for research or help as that help, not as information to the parent", () => {
    for (const text of [
      'Ik ben gedragswetenschapper op het vso. Moeder van Kevin (17) vraagt om onderzoek naar zijn driftbuien. Kevin heeft een lvb en ik betwijfel of hij begrijpt wat een onderzoek is. Mag moeder voor hem tekenen?',
      'Vader van Jesse (16) vraagt om een test op dyslexie. Ik ben orthopedagoog en denk niet dat Jesse snapt wat de uitslag voor hem betekent. Wie tekent er?',
      'Vader vraagt mij om begeleiding voor zijn dochter Iris (17); als paj betwijfel ik of zij overziet wat dat inhoudt. Wie geeft toestemming?',
    ])
      expect(['V-FG', 'Q-WILSBEKWAAM'], text).toContain(first(text));
    expect(first('Ik ben jgc. Moeder van Finn (13) vraagt of ik met hem gesprekken wil voeren over zijn woede. Wie moet er tekenen?')).toBe('V-BEIDEN');
  });

  it('still reads a parent who asks the JOS worker how the help goes as information to the parent', () => {
    for (const text of [
      'Ik ben de jgc van Mila (14). Moeder belt me en vraagt hoe de gesprekken gaan. Mag ik dat vertellen?',
      'Als paj begeleid ik Bas (13). Zijn vader vraagt of de begeleiding iets oplevert. Mag ik hem dat zeggen?',
    ])
      expect(['V-INFO', 'V-GEEN', 'Q-OUDERS', 'Q-MET-WIE'], text).toContain(first(text));
  });

  it('reads an aanmeldformulier or overview sent to the JOS worker as information passed on, and a parent "die als enige gezag heeft"', () => {
    for (const text of [
      'Als OC stuur ik het aanmeldformulier voor Bram (13) naar de paj, samen met de notities van zijn mentor. Bram woont bij moeder, die als enige het gezag heeft. Wie moet tekenen?',
      'Ik wil de gedragswetenschapper het ingevulde aanmeldformulier mailen met het verzuimoverzicht van Noor (14). Noor woont bij vader, die sinds de scheiding alleen het gezag heeft. Wiens toestemming heb ik nodig?',
      'Zorgcoördinator hier. Ik wil de jgc het formulier sturen met het overzicht van de gesprekken met moeder. Daan is 12; moeder, die volgens het dossier als enige gezag heeft, weet ervan. Van wie heb ik een handtekening nodig?',
    ])
      expect(first(text), text).toBe('V-OUDERS16');
  });

  it('does not take a claimed sole custody as a fact, nor a form the parents only sign', () => {
    expect(first('Ik wil bij een brugklasser van 11 een onderzoek doen. Moeder zegt dat zij alleen het gezag heeft, maar de OC weet dat niet zeker en vader belt geregeld met school. Van wie heb ik toestemming nodig?')).not.toBe('V-INFO');
    expect(first('De ouders van Sem (13) hebben het aanmeldformulier getekend. Mag de jgc nu gesprekken met hem voeren?')).toBe('V-BEIDEN');
  });

  it('reads a JOS worker at the MDO who already helps the pupil by name, and asks about a helper who may only join', () => {
    for (const text of [
      'Ik organiseer als OC een MDO voor Sem (14) met de leerplichtambtenaar, zijn mentor en de paj die Sem al sinds september begeleidt. Ouders hebben gezamenlijk gezag. Welke toestemming regel ik?',
      'Voor Lotte (13) beleg ik een zorgoverleg met de jeugdarts en de jgc die Lotte nu wekelijks helpt. Beide ouders hebben gezag. Wat moet ik regelen?',
    ])
      expect(first(text), text).toBe('V-BEIDEN');
    for (const text of [
      'Moeder vertelde eens dat een begeleider van Lucas (14) misschien aanschuift bij het MDO met de leerplichtambtenaar; dat heb ik nooit nagevraagd. Wat moet ik regelen?',
      'Voor een thuiszittersoverleg over Amir (14) komen de consulent en de leerplichtambtenaar. Een hulpverlener van het gezin sluit mogelijk ook aan; dat heb ik nooit gecheckt. Wat regel ik vooraf?',
    ])
      expect(first(text), text).toBe('Q-MDO');
  });

  it('keeps an MDO with only school people and the leerplichtambtenaar out of the helper question', () => {
    expect(first('Ik organiseer een MDO voor Tess (14) met de leerplichtambtenaar en haar mentor; niemand van de hulpverlening is betrokken. Ouders hebben samen gezag. Wat regel ik?')).toBe('V-OUDERS16');
  });

  it('sends a research or monitoring bureau asking for names of pupils to the FG', () => {
    for (const text of [
      'Het onderzoeksbureau dat JOS evalueert wil van mij als paj de namen en telefoonnummers van leerlingen die klaar zijn met hun traject. Mag ik die lijst geven?',
      'Onderzoekers van de universiteit willen leerlingen interviewen over hun ervaring met de jgc en vragen ons om namen en klassen. Mag dat?',
      'Een evaluatiebureau vraagt de gedragswetenschappers om e-mailadressen van ouders van leerlingen met een afgerond JOS-traject. Mag ik die aanleveren?',
    ])
      expect(first(text), text).toBe('V-FG');
  });

  it('lets a JOS worker tell a party with its own right who asks her about her work, or signal as the meldingsbevoegde', () => {
    for (const text of [
      'Ik ben jgc van Mees (12). Er loopt een ondertoezichtstelling en de gezinsvoogd belt me om te horen hoe de gesprekken gaan. Moeder vindt dat niet nodig. Mag ik het vertellen?',
      'Als paj begeleid ik Lina (14). Haar vader, die geen gezag heeft, mailt me met de vraag hoe het met haar gaat. Er zijn geen afspraken die het contact beperken. Mag ik hem informeren?',
      'Ik ben als jgc de aangewezen meldingsbevoegde voor de Verwijsindex. Voor Kay (15) met veel verzuim en contacten met een criminele groep wil ik een signaal afgeven. Moet ik toestemming vragen?',
    ])
      expect(first(text), text).toBe('V-INFO');
  });

  it('still asks who receives it when a JOS worker names another party that does not ask her anything, or a parent with custody asks her', () => {
    expect(first('Ik ben jgc. Vader van Sem (14) belt me en vraagt naar zijn cijfers. Mag ik die geven?')).not.toBe('V-GEEN');
    expect(first('Ik ben paj en begeleid Emma (14). Haar stiefvader, die geen gezag heeft, belt me en vraagt hoe het met haar gaat. Mag ik hem informeren?')).not.toBe('V-INFO');
    expect(first('Ik ben jgc. Tim (13) staat onder toezicht; moet ik de gezinsvoogd inschakelen?')).not.toBe('V-INFO');
    expect(first('Ik ben paj en begeleid Roos (14). Mag ik haar vader, die geen gezag heeft, op de hoogte brengen van de begeleiding?')).not.toBe('V-GEEN');
  });

  it('asks whether the school may signal a pupil proposed for the Verwijsindex in the ZAT or MDO', () => {
    for (const text of [
      'In het ZAT werd voorgesteld een leerling (14) in de Verwijsindex te zetten. Als OC moet ik het regelen, maar ik weet niet of wij zijn aangesloten. Wie meldt?',
      'Ons MDO adviseerde om Yara (15) te melden in de Verwijsindex. Ik ben zorgcoördinator en weet niet of ik dat zelf mag doen. Hoe zit het met toestemming?',
      'Tijdens het zorgadviesteam kwam het idee om Daan (13) in de Verwijsindex te plaatsen. Als OC vraag ik me af wie dat mag en of de ouders moeten tekenen.',
    ])
      expect(first(text), text).toBe('Q-MELDBEVOEGD');
  });

  it('keeps an MDO that only mentions the Verwijsindex an MDO question', () => {
    expect(first('In het MDO over Sem (14) met de jgc die hem al begeleidt bleek dat hij al in de Verwijsindex staat. Ouders hebben samen gezag. Welke toestemming regel ik?')).toBe('V-BEIDEN');
  });

  it('asks who receives it when the writer only says several sides ask for it', () => {
    for (const text of [
      'Ik ben OC. Onze jgc gaf me het verslag van haar gesprekken met Sara (14), met toestemming van Sara en haar ouders. Nu vragen meerdere partijen om een kopie. Mag ik het doorsturen?',
      'De orthopedagoog heeft het onderzoeksrapport van Daan (13) aan ons gegeven voor zijn dossier. Van verschillende kanten wordt er nu om gevraagd. Mag ik het delen?',
      'Als mentor kreeg ik van de paj een kort verslag over Mila (14). Vanuit allerlei hoeken wordt ernaar gevraagd; mag ik het verder sturen?',
    ])
      expect(first(text), text).toBe('Q-MET-WIE');
  });

  it('does not ask who receives it when several sides only worried and the recipient is named', () => {
    expect(first('Van verschillende kanten hoor ik zorgen over Sem (13): hij is somber. Mag de jgc gesprekken met hem voeren?')).toBe('V-BEIDEN');
  });
});

describe('classes of meaning from the b70–b72 misses (consent23)', () => {
  it('reads asking the jeugdarts what is wrong with a pupil, or why she is away, as the doctor telling about the pupil', () => {
    for (const text of [
      'Mag ik de jeugdarts bellen om te vragen wat er nou eigenlijk met Noor (16) speelt? Ze is al een maand ziek.',
      'Ik wil de jeugdarts bellen om te vragen wat er nou aan de hand is met Lisa (16), ze is al 5 weken ziek.',
      'Als teamleider wil ik de jeugdarts vragen waarom Milan (16) steeds afwezig is, hij komt bijna niet meer.',
      'Kan ik de jeugdarts mailen met de vraag wat er met Daan (17) eigenlijk scheelt? Hij is steeds ziek.',
      'Ik wil de jeugdarts bellen om te horen wat er toch allemaal met Jesse (16) loos is, hij is al weken ziek.',
    ])
      expect(first(text), text).toBe('V-LEERLING16');
  });

  it('keeps reporting a sick pupil to the jeugdarts a sick-absence referral', () => {
    expect(first('Mag ik Jayden (16) aanmelden bij de jeugdarts? Hij is al 6 weken ziek.')).toBe('V-INFO');
    expect(first('Mag ik bij de jeugdarts melden dat Noor (16) al weken ziek thuis zit?')).toBe('V-INFO');
  });

  it('reads a JOS worker watching one named pupil, named with her class, as help to that pupil', () => {
    for (const text of [
      'De orthopedagoog wil Fenna uit 3 vwo in mijn les observeren. Wat moet ik regelen?',
      'De jgc komt Bram van 2b tijdens mijn les bekijken. Hoe zit het met toestemming?',
      'De psycholoog van JOS mag Sami uit klas 4 in de les volgen, zei de zorgcoördinator. Wie geeft toestemming?',
    ])
      expect(first(text), text).toBe('Q-LEEFTIJD');
    expect(first("De gw'er wil Yusuf (16) uit 4 havo in mijn les observeren. Wie moet toestemming geven?")).toBe('V-LEERLING16');
  });

  it('keeps a JOS worker watching the teacher, with nothing written about pupils, consent-free', () => {
    expect(first('De gedragswetenschapper wil in mijn les observeren hoe ik met de klas omga; zij schrijft niks op over leerlingen. Moeten ouders tekenen?')).toBe('V-GEEN');
  });

  it('asks who receives it when a caller only says she is involved, without an organisation', () => {
    for (const text of [
      'Er belde een man die zei dat hij betrokken is bij Noah (14); hij wil met de mentor praten over hoe het gaat. Mag de mentor hem terugbellen en het vertellen?',
      'Een mevrouw mailt aan de mentor over Sanne (13) en vraagt naar haar cijfers. Geen instantie vermeld. Mag de mentor antwoorden?',
      'Iemand sprak de voicemail in, ze wil met de mentor van Daan (15) bellen over hoe het gaat. Van welke organisatie ze is weet ik niet. Mag de mentor terugbellen?',
      'Een meneer noemde zich betrokken bij Mila (14) en wil met de mentor spreken. Mag de mentor vertellen hoe het gaat?',
    ])
      expect(first(text), text).toBe('Q-MET-WIE');
  });

  it('reads a parent with custody who refuses while the other signed, also behind an aside or in his own words, as parents who disagree', () => {
    for (const text of [
      'Moeder heeft getekend voor de jgc voor Luuk (13), maar vader (ze zijn gescheiden, hij heeft ook gezag) weigert. Kunnen we beginnen?',
      "De paj kan starten met Jens (14). Moeder tekende, vader appte: 'ik teken niet'. Ouders gescheiden, allebei gezag. Wat nu?",
      'Ouders van Fleur (13) zijn gescheiden en hebben allebei gezag. Moeder heeft getekend voor de gw\'er; vader schreef terug: daar werk ik niet aan mee. Kunnen we door?',
      'De orthopedagoog wil Nina (12) testen op dyslexie. Moeder wil het graag, vader (uit elkaar, ook gezag) wil het absoluut niet. Mag het?',
    ])
      expect(first(text), text).toBe('V-FG');
  });

  it('reads no refusal in a custody aside or in a parent\'s own words about something else', () => {
    expect(first('Moeder (gescheiden, ook gezag) wil dat de jgc met Tess (13) gaat praten. Vader heeft ook getekend. Kunnen we starten?')).not.toBe('V-FG');
    expect(first('Vader zegt: ik werk niet op woensdag, dus het gesprek met de jgc over Noor (14) moet op dinsdag. Ouders hebben allebei gezag. Moeten ze tekenen?')).toBe('V-BEIDEN');
    expect(first('Vader (gescheiden, ook gezag) belt en vraagt naar de cijfers van Sem (14). Mag ik die geven?')).toBe('V-GEEN');
  });

  it('reads a JOS worker who comes to see how the teacher works, or thinks along about pupils she does not help, as consent-free', () => {
    for (const text of [
      'De orthopedagoog van JOS komt in mijn les zitten om te zien hoe ik de groep aanpak; ze noteert niks over de leerlingen apart. Moet ik ouders om toestemming vragen?',
      'Onze gedragswetenschapper denkt mee in de leerlingbespreking over drie leerlingen uit 2 havo; niemand van hen krijgt begeleiding van haar. Moeten ouders toestemming geven?',
      'De jgc schuift aan bij de leerlingbespreking van de brugklas om mee te denken over vijf lastige leerlingen, geen van hen heeft hulp bij haar. Hebben we toestemming nodig?',
    ])
      expect(first(text), text).toBe('V-GEEN');
  });

  it('asks what the JOS worker will do when she only comes to observe in a class named by its code', () => {
    for (const text of [
      'De orthopedagoog komt volgende week observeren in h3b. Toestemming nodig?',
      'de jgc komt dinsdag observeren bij 1a, moeten de ouders getekend hebben?',
    ])
      expect(first(text), text).toBe('Q-JOS');
  });

  it('keeps help to one pupil, and notes on every pupil of a class, as the JOS worker\'s own work', () => {
    expect(first('De jgc denkt mee in de leerlingbespreking over vier leerlingen uit 3 havo; een van de vier krijgt al hulp van haar. Moeten ouders tekenen?')).toBe('Q-LEEFTIJD');
    expect(first('De gedragswetenschapper wil Sem (13) in de les zien om te kijken hoe het gaat. Toestemming nodig?')).toBe('V-BEIDEN');
    expect(first('de jgc komt dinsdag Sem (12) observeren in 1a, moeten de ouders getekend hebben?')).toBe('V-BEIDEN');
    expect(first('De orthopedagoog wil in 2b observeren en van elke leerling een korte notitie maken. Mag dat?')).not.toBe('V-GEEN');
  });

  it('asks who sits at the table when the writer only wants an MDO, without saying who joins', () => {
    for (const text of [
      'Wij willen een MDO voor Sem (13) uit 2 mavo. Wie moeten er toestemming geven?',
      'Ik wil graag een MDO aanvragen voor Bram (12), hoe zit het met toestemming?',
      'Er komt volgende week een MDO over Fatima (13). Moeten ouders tekenen?',
    ])
      expect(first(text), text).toBe('Q-MDO');
  });

  it('does not ask who sits at the table when the wished MDO names its guests', () => {
    expect(first('Wij willen een MDO voor Sem (13) met moeder, de mentor en de jgc die hem al begeleidt. Wie moet toestemming geven?')).toBe('V-BEIDEN');
    expect(first('In het MDO over Noor (14) zit alleen school en de leerplichtambtenaar, niemand die haar helpt. Wie tekent?')).toBe('V-OUDERS16');
  });

  it('reads a move to a school named by its own name as the other school receiving it', () => {
    for (const text of [
      'Noor (14) stapt over naar het Clusius, wat mag ik hun vertellen?',
      'Zoë (13) stapte vorige week over naar De Hoge Raad. Wat mag ik allemaal aan hun sturen?',
      'decaan hier: Jurre (12) stapt na de kerst over naar het Bonhoeffer. Wat mag ik doorgeven?',
    ])
      expect(first(text), text).toBe('Q-OVERSTAP');
  });

  it('keeps a move to another level within the school a colleague matter', () => {
    expect(first('Sem (15) stapt over naar havo 4 volgend jaar. Mag ik de mentor informeren?')).toBe('V-GEEN');
  });

  it('reads a case made unrecognisable by leaving out names and details as anonymous, and a date as no age', () => {
    for (const text of [
      'In de intervisie van 12 nov bespreek ik een casus; ik laat de namen en de klas weg zodat niemand te herkennen is. Moeten ouders toestemming geven?',
      "Op de leeromgeving van 3 feb brengen de jgc's casussen in; ik vraag ze naam en school weg te laten zodat niemand te herkennen is. Moeten ouders toestemming geven?",
    ])
      expect(first(text), text).toBe('V-GEEN');
    expect(extractAgeBand('de leeromgeving van 23 mrt')).toBeUndefined();
    expect(extractAgeBand('het gesprek op 17 september')).toBeUndefined();
  });

  it('keeps a case with a unique detail recognisable, and an age next to a date an age', () => {
    expect(first('Op de studiedag van 14 okt wil ik een casus inbrengen, de namen weg te laten lukt niet want het is de enige tweeling van school. Moeten ouders tekenen?')).not.toBe('V-GEEN');
    expect(extractAgeBand('Sem (14) heeft op 16 mrt een gesprek')).toBe('12-15');
  });

  it('reads medication prescribed by the huisarts as context, so the parents told about it are who receives it', () => {
    expect(first('Sanne (17) slikt sinds kort antidepressiva via de huisarts; haar ouders weten het niet. Ik dacht dat we ouders tot 18 altijd moesten informeren. Moet dat?')).toBe('V-LEERLING16');
    expect(first('Mag ik de huisarts van Sem (16) bellen over zijn medicijnen?')).toBe('V-FG');
  });

  it('reads an earlier report of a JOS worker sent on to another JOS worker as information passed on, not feedback', () => {
    for (const text of [
      'verslag van de gedragswetenschapper over Sem (13) even mailen naar de jgc, dan kan ze beginnen. ok?',
      'Het onderzoeksverslag van de orthopedagoog wil ik meegeven aan de coach die Daan (12) gaat begeleiden. Mag dat?',
    ])
      expect(first(text), text).toBe('V-OUDERS16');
  });

  it('keeps a JOS worker sending her own report to the mentor her feedback', () => {
    expect(first('De jgc stuurt het verslag van haar gesprekken met Tim (14) naar de mentor. Mag dat?')).toBe('V-BEIDEN');
  });

  it('keeps the school itself, or a named JOS worker, as the one involved', () => {
    expect(first('Wij zijn betrokken bij Mila (14) als school; ik wil met de mentor bespreken hoe het gaat. Mag dat?')).toBe('V-GEEN');
    expect(first('De jgc van Noah (14), die al betrokken is bij het gezin, vraagt de mentor hoe het gaat. Mag de mentor het vertellen?')).toBe('Q-JOS');
  });
});

describe('classes of meaning from the b70–b72 safety misses (consent23s)', () => {
  const danger = ['V-ACUUT', 'Q-NOOD'];

  it('asks about danger now for a death wish in plain words, said with a smile, without dead or gone', () => {
    for (const text of [
      'Mentor hier. Sanne (15) zei in de pauze half grappend: \'maakt toch niet uit, straks hoeft niemand zich meer zorgen om mij te maken\'. Mag ik dit met de zorgcoordinator bespreken?',
      "Jongen uit mijn klas (14) zei na de toets met een grijns 'het maakt niemand wat uit of ik er nog ben of niet'. Mag ik de jgc inlichten zonder ouders?",
      "Als JOS-coach hoorde ik van een meisje (16): 'ach, niemand zou me echt missen hoor'. Ze lachte erbij. Mag ik de mentor vragen op haar te letten?",
      "leerling 15 zegt: maakt niet uit, mijn familie is beter af zonder mij. ze lacht. mag ik de gw'er vragen?",
      "Teamleider: Daan (13) zei in de klas 'maakt niet uit, niemand maakt zich toch druk om mij'. Mag ik de ouders bellen?",
    ])
      expect(danger, text).toContain(first(text));
  });

  it('reads "maakt niet uit" as a saying that denies nothing after it, and asks nothing about danger for an ordinary one', () => {
    const said = "Gw'er hier. Jongen (16) zei na ons gesprek: 'maakt niet uit hoor, straks hoeft niemand zich nog zorgen om mij te maken'. Hij wil niet dat ik het deel. Mag ik het toch aan de mentor doorgeven?";
    expect(first(said), said).toBe('Q-NOOD');
    for (const text of [
      "Sem (14) zei: maakt niet uit hoor, ik zit deze keer niet bij de gw'er. Mag ik de mentor informeren?",
      "Mentor: Lisa (15) vroeg of het uitmaakt welke dag het gesprek met de gw'er is, maakt niet uit zei ik. Moeten haar ouders toestemming geven?",
    ])
      expect(danger, text).not.toContain(first(text));
  });

  it('asks (not decides) about danger for a line in written work when the writer says it can mean many things', () => {
    for (const text of [
      "Mentor: Noa (14) schreef onderaan haar opstel 'ik wil gewoon dood'. Ik weet niet wat ze ermee bedoelt. Mag ik de gw'er vragen hoe ik het aanpak?",
      "Als JOS-coach las ik een gedicht van Jesse (16): 'straks hoef ik niet meer te leven'. Hoeft niks te betekenen hoor, maar mag ik de mentor vragen hoe het met hem gaat?",
      "leerling 14 schrijft in verhaal: ik wil dood. kan van alles betekenen. mag ik gw'er vragen?",
    ])
      expect(first(text), text).toBe('Q-NOOD');
  });

  it('keeps deciding danger for the same line without the hedge or with a plan tonight, and asks nothing for a report that can mean much', () => {
    for (const text of [
      "Nederlands-docent: Iris (15) schreef in een gedicht 'straks hoef ik er niet meer te zijn'. Mag ik de gw'er om advies vragen?",
      "Yara (15) schreef in een gedicht 'straks hoef ik er niet meer te zijn, vanavond doe ik het'. Mag ik haar ouders bellen?",
    ])
      expect(first(text), text).toBe('V-ACUUT');
    const report = 'JOS-coach: het rapport van Sara (13) kan van alles betekenen voor haar overgang. Mag ik met de mentor meekijken?';
    expect(danger, report).not.toContain(first(report));
  });

  it('asks nothing about abuse for an own help request about fears when the writer says nothing unsafe happens at home', () => {
    for (const text of [
      "Als gw'er krijg ik een vraag van een jongen (15): hij wil hulp bij zijn angsten, zonder dat zijn ouders het horen. Verder niks onveiligs thuis. Mag ik beginnen?",
      'Een meisje van 13 vraagt mij als JOS-coach om hulp bij haar angsten en wil dat haar ouders het niet weten. Thuis is er niks onveiligs. Mag dat?',
      'JOS-coach: een meisje (14) wil met mij praten over haar angsten, haar moeder mag het niet weten. Thuis speelt er niets onveiligs. Mag ik starten?',
    ])
      expect(first(text), text).toBe('V-FG');
  });

  it('keeps asking or the meldcode route when fear of someone at home, doubt or hitting stands next to "niks onveiligs"', () => {
    const afraid = 'JOS-coach: een meisje van 15 wil praten over haar angsten. Ze is bang voor haar stiefvader, verder niks onveiligs thuis zegt ze. Mag ik beginnen zonder toestemming van moeder?';
    const doubt = 'JOS-coach: jongen (14) wil praten. Misschien is het thuis toch onveilig, verder niks onveiligs gezien. Mag ik starten zonder ouders?';
    for (const text of [afraid, doubt]) expect(first(text), text).toBe('Q-ZORGEN');
    const hit = 'JOS-coach: jongen (14) wil gesprekken. Niks onveiligs thuis, maar vader slaat hem soms als hij boos is. Mag ik starten zonder ouders?';
    expect(first(hit), hit).toBe('V-MELDCODE');
  });
});

describe('classes of meaning from the b73–b75 safety misses (lead)', () => {
  it('decides acute danger when the family has locked itself in a room of the house from a drunk or raging carer now', () => {
    for (const text of [
      'sta nu buiten bij het huis van een gezin, vader kwam dronken thuis, gooit met spullen, moeder en de kids hebben zich boven opgesloten. mag ik school bellen?',
      'Ik sta bij de voordeur: de stiefvader is zwaar onder invloed en slaat de deuren kapot, de kinderen hebben zich in de badkamer verschanst. Mag ik de mentor bellen?',
      'Leerling (13) belt: papa is dronken en schreeuwt, zij en haar broertje hebben zich op zolder opgesloten. Mag ik de jgc inlichten?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('reads no danger in being locked out by accident', () => {
    const text = 'De leerling had zich gisteren per ongeluk buitengesloten en moest wachten. Mag ik dat aan de mentor vertellen?';
    expect(['V-ACUUT', 'Q-NOOD']).not.toContain(first(text));
  });
});

describe('classes of meaning from the b75 and b70 misses, other writers (consent24b)', () => {
  it('gives a parent without custody the general information when the text rules a judge or court case out (R16b), whatever the other parent thinks', () => {
    for (const text of [
      "Vader van Julia (1 havo) heeft geen gezag. Hij vraagt of hij de rapporten kan krijgen. Moeder is er fel op tegen, maar er is geen contactverbod of uitspraak van de rechter. Moeten wij dit geven?",
      'Vader van Julia (1 havo) heeft geen gezag. Hij vraagt of hij de rapporten kan krijgen. Moeder wil dat niet, maar er is nooit een rechter aan te pas gekomen. Moeten wij dit geven?',
      'Vader zonder gezag wil het rapport van Mila (13). Moeder zegt nee, maar het is nooit bij de rechter geweest. Mag ik het sturen?',
      'Vader zonder gezag wil het rapport van Mila (13). Moeder wil het niet; er loopt geen zaak bij de rechter. Wat nu?',
      'Moeder heeft geen gezag en vraagt de cijfers van Ravi (12). Vader is boos, maar de rechter heeft nooit iets bepaald over de omgang. Mag zij ze krijgen?',
    ])
      expect(first(text), text).toBe('V-INFO');
  });

  it('keeps the doubt when a judge did limit contact, or a court case about contact runs', () => {
    const limited = 'Vader zonder gezag wil het rapport van Mila (13). Moeder wil het niet; de rechter heeft bepaald dat hij haar alleen onder begeleiding mag zien.';
    const stopped = 'Vader zonder gezag wil het rapport van Mila (13). Moeder wil het niet. Er is geen uitspraak van de rechter, maar de omgang is wel stopgezet.';
    for (const text of [limited, stopped]) expect(first(text), text).toBe('V-FG');
    const running = 'Vader zonder gezag wil het rapport van Mila (13). Moeder wil het niet; er loopt een rechtszaak over de omgang.';
    expect(first(running)).toBe('Q-BELANG');
  });

  it('asks who sits at the table when the guests of a meeting are named only as a group ("iedereen die betrokken is")', () => {
    for (const text of [
      "We gaan een MDO plannen voor Sophie (14, 2 kader), met ouders, de zoco en 'iedereen die betrokken is'. Ik moet de uitnodiging versturen, wat moet ik qua toestemming regelen?",
      'Ik nodig voor het mdo van Daan (13) de ouders, de mentor en alle betrokkenen uit. Toestemming?',
      'Zorgoverleg over Noor (15) volgende week: ouders, mentor en wie er verder nog bij hoort. Wat regel ik?',
      'MDO voor Finn (14) met zijn ouders, de zoco en iedereen rondom het gezin. Moet ik iets laten tekenen?',
    ])
      expect(first(text), text).toBe('Q-MDO');
  });

  it('keeps a meeting whose guests are all listed on its age scheme', () => {
    for (const text of [
      'MDO voor Finn (14) met zijn ouders, de zoco en de mentor. Moet ik iets laten tekenen?',
      'MDO voor Finn (14) met zijn ouders, de zoco en de mentor; verder is er niemand bij hem betrokken. Moet ik iets laten tekenen?',
    ])
      expect(first(text), text).toBe('V-OUDERS16');
  });

  it('reads a case as recognisable when the writer says school, class or clinic are still in after the name went out', () => {
    for (const text of [
      "Voor het werkatelier van 23 maart wil ik een casus uit de praktijk gebruiken. Ik heb de naam eruit gehaald, maar er staat nog in dat het om een meisje uit 3 vwo van het Stedelijk Dalton gaat dat net terug is uit een eetstoorniskliniek. Er zitten ook OC's en coaches van andere scholen bij. Kan dit zo?",
      'Voor de intervisie wil ik een casus inbrengen. Naam heb ik weggelaten, maar school en klas staan er nog in. Mag dat?',
      'Ik wil een casus bespreken in het netwerk van andere scholen. Ik verander de naam, maar de kliniek en de school noem ik wel. Kan dat?',
      'Voor de studiedag haal ik de naam uit mijn casus. Dat ze uit 4 havo van het Clusius komt, staat er nog bij. Is dat goed zo?',
    ])
      expect(first(text), text).toBe('Q-MET-WIE');
  });

  it('still asks whether a case is recognisable when the writer says nothing else points to the pupil', () => {
    const text = 'Voor de intervisie wil ik een casus inbrengen. Naam heb ik eruit gehaald, verder staat er niets in dat naar haar wijst. Mag dat?';
    expect(first(text)).toBe('Q-HERKENBAAR');
  });

  it('reads "wat ik wel of niet aan de vader mag vertellen" and a parent\'s own letter ("mijn dochter … ik wil graag weten") as the parent who is answered', () => {
    for (const text of [
      'Lotte is 19 en zit in 6 vwo. Ik weet niet wat ik wel of niet aan de vader mag vertellen.',
      'Mijn dochter Iris (18) vertelt thuis niets. Ik wil graag weten hoe haar cijfers ervoor staan. Groet, moeder van Iris',
      'Beste mentor, wij willen graag weten of onze zoon Bas (18) zijn stage heeft gehaald; mijn zoon vertelt ons niks. Mvg, fam. de Vries',
    ])
      expect(first(text), text).toBe('V-LEERLING18');
    const truancy = 'Sem (17) zit in 5 havo. Mag ik wel of niet aan zijn moeder vertellen dat hij spijbelt?';
    expect(first(truancy)).toBe('V-GEEN');
  });

  it('keeps a pupil of 18 who asked to keep it from his father as the father being answered', () => {
    const text = 'Daan (18) wil niet dat ik het aan zijn vader vertel. Vader belt en vraagt hoe het gaat. Wat mag ik zeggen?';
    expect(first(text)).toBe('V-LEERLING18');
  });

  it('reads a doubt the writer states in her own words ("begrijpt volgens mij niet echt wat het inhoudt") as doubt about capacity at 16 or 17 (R26)', () => {
    for (const text of [
      "Tessa (17) zit bij ons op De Spinaker en heeft een licht verstandelijke beperking. De gedragswetenschapper wil onderzoek bij haar doen. Moeder zegt 'dat beslis ik', Tessa zegt zelf ook ja maar begrijpt volgens mij niet echt wat het inhoudt. Wie moet er nou toestemming geven?",
      'De psycholoog wil Mo (17) testen. Mo heeft een verstandelijke beperking en ik heb het idee dat hij niet echt begrijpt wat een test is. Wie tekent?',
      'Sara (16) zegt overal ja op. De orthopedagoog wil haar testen; of ze het echt snapt betwijfel ik. Wie moet toestemming geven?',
    ])
      expect(first(text), text).toBe('V-FG');
  });

  it('still asks about capacity when the writer says the pupil understands it well', () => {
    const text = 'Tessa (17) heeft een licht verstandelijke beperking. De gedragswetenschapper wil onderzoek bij haar doen. Ze begrijpt volgens mij heel goed wat het inhoudt. Wie moet toestemming geven?';
    expect(first(text)).toBe('Q-WILSBEKWAAM');
  });

  it('reads who prescribed a medicine as context, so the parents the writer would inform are who is told (R24)', () => {
    for (const text of [
      'Een leerling van 17 vertelde me dat ze antidepressiva slikt via de huisarts. Moeten we haar ouders informeren?',
      'Jesse (17) heeft van de huisarts ADHD-medicatie gekregen. Moeten we zijn ouders inlichten?',
      'Bram (17) gebruikt medicatie die de huisarts heeft voorgeschreven. Moet ik zijn ouders inlichten?',
    ])
      expect(first(text), text).toBe('V-LEERLING16');
  });

  it('keeps the huisarts as who is told when the writer tells or answers the huisarts', () => {
    for (const text of [
      'Moet ik de huisarts inlichten dat Lisa (17) antidepressiva slikt?',
      'Na de ouderavond kreeg ik een mail van de huisarts van Daan: hoe gaat het met hem op school? Mag ik gewoon antwoorden?',
    ])
      expect(first(text), text).toBe('V-FG');
  });
});

describe('classes of meaning from the b73–b75 safety misses (consent24s)', () => {
  const danger = ['V-ACUUT', 'Q-NOOD'];

  it('takes the meldcode route when a parent is in a women\'s shelter, on a secret address or in hiding from the other parent', () => {
    for (const text of [
      "Administratie hier. Moeder zit met de drie kinderen in een blijf-van-m'n-lijfhuis en vraagt of we vader niet vertellen waar de kinderen nu wonen. Vader heeft gezag. Mag ik hem het nieuwe adres geven?",
      'Als OC kreeg ik een mail van moeder: ze is met Sem (13) ondergedoken voor haar ex en wil niet dat hij het nieuwe telefoonnummer krijgt. Vader heeft ook gezag. Mag ik zijn gegevens in Magister aanpassen zonder vader te informeren?',
      'JOS-coach: het gezin van een jongen die ik begeleid zit sinds maandag in de vrouwenopvang. Vader vraagt de mentor hoe het met zijn zoon gaat. Mag de mentor hem iets vertellen?',
      'Teamleider: moeder zit met de kinderen in een opvang voor vrouwen. Vader wil het rapport van zijn dochter (14). Moeten wij dat sturen?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('reads no shelter in an ordinary move, a pupil who fled a war or an internship at the shelter', () => {
    for (const text of [
      'Vader van Noor (13) belt of hij het nieuwe adres van moeder mag hebben, ze zijn gescheiden en moeder wil dat liever niet. Vader heeft gezag. Wat mag ik zeggen?',
      'Moeder vraagt of wij het nieuwe adres na de verhuizing alvast in Magister willen zetten, vader weet het al. Mag dat?',
      'Een leerling (15) is in de oorlog met zijn moeder uit Syrie gevlucht. Mag ik zijn mentor vertellen dat hij soms slecht slaapt?',
      'Leerling (16) loopt stage bij de vrouwenopvang in Alkmaar. Mag ik haar stagebegeleider haar cijfers geven?',
    ])
      expect(first(text), text).not.toBe('V-MELDCODE');
  });

  it('takes the meldcode route when a child is "touched" by an adult of the family, told second-hand to a JOS worker', () => {
    for (const text of [
      "Gw'er hier. In een gesprek vertelde een jongen (13) dat zijn zusje van 8 'aangeraakt' wordt door hun stiefvader. Hij wil niet dat ik het doorvertel. Mag ik mijn beroepsgeheim doorbreken en de zoco inlichten?",
      'JOS-coach: een meisje (13) vertelde dat de vriend van moeder haar \'s avonds aanraakt en dat ze dat niet fijn vindt. Mag ik de mentor inlichten?',
      'Teamleider: de jgc hoorde van een leerling (15) dat haar broertje van 7 volgens haar wordt \'aangezeten\' door de opa die bij hen woont. Mag de jgc dit met mij delen?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('reads no abuse in being moved by a story about a father', () => {
    const text = 'De docent Nederlands las een verhaal waardoor Noah (14) diep werd geraakt door zijn vader die overleed. Mag ik dat aan de mentor vertellen?';
    expect(['V-MELDCODE', 'Q-ZORGEN']).not.toContain(first(text));
  });

  it('decides acute danger for a forced marriage or departure abroad on a near weekday, also told second-hand', () => {
    for (const text of [
      'Mentor: ik hoorde van een coach dat een meisje (15) zaterdag naar Marokko vertrekt en daar moet trouwen. Ze wil niet. Mag ik dit met de zoco delen?',
      'OC: volgens een klasgenoot vertrekt Aisha (16) donderdag met haar ouders naar Pakistan, waar ze uitgehuwelijkt wordt. Ze is in paniek. Mag ik de jgc inlichten?',
      'Gezinscoach vertelde me dat een meisje (15) haar gezegd heeft dat ze maandag met de familie mee moet naar het land van haar ouders om te trouwen. Ze is doodsbang. Wat zeg ik tegen de coach?',
      'jgc: meisje 16 zegt dat zij woensdag naar turkije gaat voor bruiloft met neef. zij wil het niet. mag ik school vertellen?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('keeps the meldcode route for a marriage after the summer told on a past weekday, and sees no danger in a relative\'s wedding', () => {
    for (const text of [
      'Mentor: een meisje (15) vertelde vorige week vrijdag dat ze deze zomer moet trouwen in Marokko. Ze wil het niet. Mag ik de zoco inlichten?',
      'Mentor: Fatima (16) zei vrijdag dat ze na de zomer moet trouwen met een neef. Ze wil niet. Mag ik dit met de jgc bespreken?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
    const wedding = 'Leerling (15) gaat vrijdag met haar ouders op vakantie naar Turkije, naar de bruiloft van haar nicht. Mag ik haar een week verlof geven?';
    expect(danger, wedding).not.toContain(first(wedding));
  });

  it('asks about abuse, not danger now, when the only signs are what a pupil carries: long sleeves at gym, startling', () => {
    for (const text of [
      'Teamleider: Yara (12) houdt bij gym altijd lange mouwen aan en schrikt als iemand onverwacht achter haar staat. Mag ik de mentor vragen om de ouders te bellen?',
      'mentor: meisje 13 doet bij gym nooit haar lange mouwen uit, schrikt erg als iemand achter haar staat, op maandag vaak ziek. mag ik de coach vragen?',
      'Gymdocent: Mila (14) wil zich nooit omkleden, draagt altijd lange mouwen en schrikt als iemand achter haar komt staan. Mag ik de mentor inlichten?',
    ])
      expect(first(text), text).toBe('Q-ZORGEN');
  });

  it('keeps deciding danger when fresh cuts or not daring to go home today stand next to those signs', () => {
    for (const text of [
      'Mentor: Kiki (13) draagt altijd lange mouwen bij gym en vandaag zag ik verse sneetjes op haar pols. Mag ik de jgc bellen?',
      'Mentor: Sem (13) draagt altijd lange mouwen, schrikt van elke beweging en durft vandaag niet naar huis. Mag ik de jgc bellen?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('asks about neglect seen in what a child lacks when the family is short of money or time, or help is asked for it', () => {
    for (const text of [
      'Mentor: jongen (12) komt vaak zonder ontbijt, heeft nooit gymspullen en heeft geen winterjas. Moeder zit in de schulden en heeft het financieel zwaar. Mag ik de jgc vragen om mee te denken?',
      'JOS-coach: de mentor vraagt of ik een jongen (12) kan oppakken: hij heeft nooit brood bij zich, draagt al weken dezelfde kleren en ruikt. Moet ik eerst ouders vragen?',
      'jongen 12 heeft vaak geen eten bij zich en is heel erg moe in de les. moeder heeft twee banen. ik wil het gezin aanmelden bij wijkteam. wie moet tekenen?',
      'Zorgcoordinator: Ilias (13) heeft al weken geen jas, komt zonder ontbijt en valt in de les in slaap. Het gezin zit in de schuldhulp, moeder doet haar best. Ik wil een aanmelding bij het sociaal wijkteam doen. Wat moet ik regelen?',
    ])
      expect(first(text), text).toBe('Q-ZORGEN');
  });

  it('keeps the meldcode route for the same signs passed on, food withheld as punishment, or neglect named', () => {
    for (const text of [
      'Mentor: jongen (12) heeft nooit brood bij zich, draagt al weken dezelfde kleren en ruikt. Mag ik dit met de jgc bespreken zonder dat moeder het weet?',
      'Mentor: moeder geeft hem als straf geen eten en hij heeft al weken dezelfde kleren aan. Ik wil het gezin aanmelden bij het wijkteam. Moet moeder tekenen?',
      'Mentor: jongen (12) wordt thuis verwaarloosd, heeft nooit eten bij zich en dezelfde kleren. Ik wil hem aanmelden bij het wijkteam. Moet moeder tekenen?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('takes the meldcode route for a child locked up at home and then given no food, also told by a classmate', () => {
    for (const text of [
      'oc: meisje 12 zegt, moeder sluit haar op in kamer, zij krijgt geen avondeten. mag ik jgc vragen?',
      'Teamleider: volgens een klasgenoot wordt Noah (12) thuis regelmatig urenlang in de kelder opgesloten en krijgt hij dan niks te eten. Mag ik de jgc inlichten?',
      'JOS-coach: een meisje (13) vertelde dat ze in het weekend vaak op haar kamer opgesloten wordt en dan geen eten krijgt. Mag ik de mentor vertellen?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('reads no abuse in locking oneself in or being locked in by accident', () => {
    const self = 'Mentor: Tim (13) heeft zich gisteren in de wc opgesloten omdat hij gepest werd en wilde niet eten in de kantine. Mag ik zijn ouders bellen?';
    const accident = 'Conciërge: twee leerlingen waren per ongeluk opgesloten in de gymzaal. Mag ik hun namen aan de teamleider geven?';
    for (const text of [self, accident]) expect(first(text), text).not.toBe('V-MELDCODE');
  });

  it('takes the meldcode route for a man "in his early or late twenties" who picks her up or gives her presents', () => {
    for (const text of [
      'Mentor: Sara (14) wordt na school vaak opgehaald door een man van eind twintig en heeft ineens dure sieraden. Mag ik haar in het ZAT inbrengen?',
      'OC: een meisje (15) stapt na school in de auto bij een man van begin dertig, hij geeft haar geld en een nieuwe iPhone. Mag ik dit met het wijkteam delen?',
      'JOS-coach: meisje (15) heeft sinds kort een vriend van half dertig die haar dure kleren geeft en haar na het uitgaan ophaalt. Mag ik dit met de zoco bespreken?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('keeps deciding danger when she goes to such a man tonight, and reads nothing in an uncle who picks him up for football', () => {
    const tonight = 'Mentor: Eva (14) gaat vanavond weer naar een man van begin dertig, die haar cadeaus geeft. Mag ik de jgc bellen?';
    expect(first(tonight), tonight).toBe('V-ACUUT');
    const uncle = 'Mentor: Bram (13) wordt na school opgehaald door zijn oom van 30 voor voetbal. Mag ik dat aan de gymdocent vertellen?';
    expect(['V-ACUUT', 'Q-NOOD', 'V-MELDCODE', 'Q-ZORGEN']).not.toContain(first(uncle));
  });
});

describe('classes of meaning from the b74 misses (consent24a: JOS workers and OCs about their own cases)', () => {
  it('reads a JOS worker who closes her own trajectory and is asked for a summary as the worker telling the school (R12)', () => {
    for (const text of [
      'Ik heb vier sessies met Daan (13) gehad en sluit mijn begeleiding nu af. Zijn mentor wil graag een samenvatting van wat we gedaan hebben. Mag ik die sturen?',
      'Mijn traject met Noor (14) is bijna klaar. De mentrix vraagt om een verslagje hoe het nu met haar gaat. Kan ik dat gewoon mailen?',
      'Na zes gesprekken rond ik de coaching van Sem (12) af. Zijn docent vroeg om een korte update over wat er speelde. Mag dat?',
      'Ik sluit het traject met Fenna (15) volgende week af. Haar mentor wil een kort verslag van hoe het nu gaat. Mag ik dat doorsturen?',
    ])
      expect(first(text), text).toBe('V-BEIDEN');
  });

  it('reads the writer\'s own assessment report, ready and shared with the school, as the worker telling the school', () => {
    for (const text of [
      'Het onderzoeksverslag van Bram (11) is af. De zorgcoordinator wil het in het dossier en de mentoren willen de adviezen. Wie moet tekenen voordat ik het deel?',
      'Het testverslag van Lisa is klaar, ze is 10 (jong in de brugklas). De teamleider wil het hebben. Mag ik het naar hem sturen?',
    ])
      expect(first(text), text).toBe('V-OUDERS12');
    for (const text of [
      'Mijn diagnostiekverslag over Yara (13) is klaar; de mentoren willen de handelingsadviezen. Mag ik het met hen delen?',
      'De uitslag van mijn onderzoek bij Mo (14) wil de zorgcoordinator in het leerlingdossier. Mag ik die geven?',
    ])
      expect(first(text), text).toBe('V-BEIDEN');
  });

  it('keeps a mentor\'s own report of a talk, and a request the writer is not helping with, apart from JOS work', () => {
    expect(first('Ik ben mentor. Mijn verslag van het oudergesprek over Sem (14) wil de teamleider hebben. Mag ik het sturen?')).toBe('V-GEEN');
    expect(first('Ik begeleid Sem (16) niet; zijn mentor vraagt om een verslag van de leerlingbespreking. Mag ik dat sturen?')).toBe('Q-MET-WIE');
  });

  it('reads a teacher asking the writer to come to a lesson because of a pupil as a JOS worker whose task is asked', () => {
    for (const text of [
      'Een docent vroeg me om donderdag zijn les in 3b bij te wonen vanwege Mila. Moet ik daar toestemming voor regelen?',
      'De mentrix van 1c wil dat ik een keer kom kijken in haar les, met het oog op Daan. Hoe zit het met toestemming?',
      'De teamleider heeft mij gevraagd een les in 2a te observeren vanwege een leerling. Toestemming nodig?',
    ])
      expect(first(text), text).toBe('Q-JOS');
  });

  it('keeps a lesson visit for the teacher consent-free and one for a named pupil help to her', () => {
    expect(first('De mentor van 2a heeft me gevraagd om in zijn les te kijken hoe de klas loopt, ik schrijf niks op over leerlingen. Toestemming nodig?')).toBe('V-GEEN');
    expect(first('De mentor heeft me gevraagd om Sem (13) in zijn les te observeren. Moeten ouders tekenen?')).toBe('V-BEIDEN');
  });

  it('reads a parent who asks the writer to start, with the other parent "also still" holding custody, as help both parents sign for', () => {
    for (const text of [
      'Vader van Jens (14) vroeg of ik als jgc met hem kan werken, Jens wil het zelf ook. Moeder heeft volgens vader ook nog gezag. Is de handtekening van vader en Jens genoeg?',
      'Moeder van Tess (13) vraagt of ik haar kan begeleiden. Vader heeft nog steeds het gezag maar ze spreken elkaar niet. Moet hij ook tekenen?',
      'Moeder vroeg of ik met Noah (15) aan de slag kan als coach. Vader heeft voor zover ik weet ook nog gezag. Wie tekent?',
    ])
      expect(first(text), text).toBe('V-BEIDEN');
  });

  it('reads "ook geen gezag" as no joint custody', () => {
    expect(first('Moeder van Tess (13) vraagt of ik haar kan begeleiden. Vader heeft ook geen gezag meer, dat ligt bij een voogd. Wie tekent?')).toBe('V-BEIDEN');
    expect(extractFacts('Vader heeft ook geen gezag meer, dat ligt bij een voogd.', knowledge.cues, screen).facts.answers['Q-GEZAG']).not.toBe('beide');
  });

  it('reads a pupil who wants talks or help from the writer, a parent refusing or kept out, as the worker\'s own help that needs the FG', () => {
    for (const text of [
      'Milan (14) vraagt of hij gesprekken met mij kan hebben over zijn somberheid. Vader heeft getekend, moeder (ook gezag) weigert. Kan ik starten?',
      'Een meisje van 13 kwam naar mijn inloopuur en wil hulp van mij bij haar faalangst, maar haar ouders mogen er niks van weten. Thuis is het veilig. Mag ik haar helpen?',
      'Leerling (15) meldde zich op mijn spreekuurtje, wil begeleiding van mij voor zijn stress. Hij wil niet dat zijn ouders het weten, thuis is niks aan de hand. Kan ik beginnen?',
      'Lisa (12) wil graag een paar gesprekjes met mij. Moeder tekende, vader (heeft ook gezag) wil het absoluut niet. Kan ik toch beginnen?',
    ])
      expect(first(text), text).toBe('V-FG');
  });

  it('keeps a parent who wants a talk with the writer about school matters a parent', () => {
    expect(first('Een moeder wil een gesprek met mij over de cijfers van haar zoon (14). Mag ik die met haar bespreken?')).toBe('V-GEEN');
  });

  it('reads an account or rights of one\'s own in a school system, in compound words, as access (R10)', () => {
    for (const text of [
      'Kan ik als jgc kijkrechten in Magister krijgen? Dan zie ik zelf de absenties van mijn leerlingen.',
      'Mag de paj een gastaccount voor SOMtoday, zodat ze de cijfers van haar jongeren kan zien?',
      'Ik ben orthopedagoog bij JOS. Krijg ik een eigen login voor het lvs om de verslagen te lezen?',
    ])
      expect(first(text), text).toBe('V-NIET');
    expect(first('Mag ik de notities uit Magister over Tim (14) naar de jgc mailen zodat ze kan meelezen?')).not.toBe('V-NIET');
  });

  it('reads a case with the name left out together with other details as anonymous', () => {
    for (const text of [
      'Voor de intervisie met andere scholen wil ik een casus bespreken. Ik laat de naam, de klas en de woonplaats weg en maak de leerling ouder. Toestemming nodig?',
      'In de leerkring wil ik een casus inbrengen. Naam, school en gezinssituatie laat ik weg. Moet ik ouders iets vragen?',
      'Voor het netwerk van zorgcoordinatoren wil ik een casus inbrengen; ik haal de naam en de leeftijd eruit. Mag dat zonder toestemming?',
    ])
      expect(first(text), text).toBe('V-GEEN');
  });

  it('still asks when only the name goes, and a unique detail stays recognisable', () => {
    expect(first('Voor de intervisie wil ik een casus inbrengen. De naam laat ik weg. Toestemming nodig?')).toBe('Q-HERKENBAAR');
    expect(first('In de intervisie wil ik een casus inbrengen; ik laat de naam en de klas weg, maar het is de enige tweeling van school. Mag dat?')).toBe('Q-MET-WIE');
  });

  it('asks whether the writer is the reporter when she would signal herself for the index\'s own purpose (R21)', () => {
    for (const text of [
      'Zou ik Jesse (14) niet eens in de verwijsindex moeten zetten? Er lopen drie instanties rond dat gezin die niet van elkaar weten.',
      'Mag ik een signaal afgeven in de verwijsindex voor een leerling van 15? Er zijn meerdere hulpverleners en ze werken langs elkaar heen.',
      'Kan ik Sara (13) in de Verwijsindex zetten? Ik zie vijf hulpverleners om haar heen en niemand weet van elkaar.',
    ])
      expect(first(text), text).toBe('Q-MELDBEVOEGD');
  });

  it('keeps a mentor, or a writer without that purpose, at the FG', () => {
    expect(first('Ik ben haar mentor. Moet ik Sara (13) in de verwijsindex zetten? Er zijn drie instanties betrokken en niemand weet van elkaar.')).toBe('V-FG');
    expect(first('kan ik Dex (15) zelf in de verwijsindex zetten? er speelt van alles')).toBe('V-FG');
  });

  it('reads a parent without custody who asks the writer how it goes, the other parent against, as his right to information (R16b)', () => {
    for (const text of [
      'Ik begeleid Mila (13). Haar moeder heeft geen gezag en mailt me hoe het met haar gaat. Vader wil niet dat ik haar iets vertel. Mag ik antwoorden?',
      'Moeder van een meisje dat ik coach (15) belt me; ze heeft sinds de scheiding geen gezag meer en vraagt of de gesprekken helpen. Vader is ertegen. Wat mag ik zeggen?',
      'Een vader zonder gezag vraagt mij als paj hoe het met zijn dochter (12) gaat. Moeder weigert dat ik hem iets zeg. Mag ik hem informeren?',
    ])
      expect(['V-INFO', 'Q-BELANG'], text).toContain(first(text));
  });

  it('keeps a parent with custody who refuses the help a refusal', () => {
    expect(first('Ik begeleid Sem (13). Vader (ook gezag) weigert dat ik met Sem praat, moeder tekende. Mag ik beginnen?')).toBe('V-FG');
  });

  it('asks who receives it when an outsider nobody names asks the writer for information', () => {
    for (const text of [
      'Ik coach een jongen van 14. Een onbekende instantie mailt me en wil gegevens over hem. Mag ik die geven?',
      'Als jgc begeleid ik Noor (13). Er belde een externe partij die informatie over haar wil. Moet ik eerst toestemming vragen?',
    ])
      expect(first(text), text).toBe('Q-MET-WIE');
    expect(first('Ik begeleid Bo (15). Een externe van het wijkteam wil informatie over haar. Mag dat?')).toBe('Q-WIJKTEAM');
  });
});

describe('classes of meaning from the b76-b78 misses, other writers (consent25b)', () => {
  const recognisable = (text: string) => extractFacts(text, knowledge.cues, screen).facts.answers['Q-HERKENBAAR'];

  it('asks whether the pupil can be recognised when only the name goes and colleagues of other schools hear the case', () => {
    for (const text of [
      "Ik wil in het werkatelier volgende week een casus inbrengen van een meisje bij ons op school, zonder naam natuurlijk. Er zitten ook OC's en jgc's van andere scholen bij. Kan dat zomaar?",
      "In de intervisie met zorgcoördinatoren van andere scholen wil ik een casus bespreken, zonder naam uiteraard. Kan dat zonder toestemming?",
      "In het netwerk van zorgcoördinatoren, met collega's uit de hele regio, wil ik een casus bespreken zonder naam. Mag dat?",
      'Voor de studiedag met mentoren van verschillende scholen wil ik een casus uitwerken zonder de naam te noemen. Moet dat langs ouders?',
      'Als teamleider wil ik in de leerkring met teamleiders van andere scholen een casus van een leerling inbrengen, geen naam erbij. Kan dat?',
    ])
      expect(first(text), text).toBe('Q-HERKENBAAR');
  });

  it('keeps a case with more than the name left out, or only figures without stories, anonymous', () => {
    for (const text of [
      "In de intervisie met OC's van andere scholen breng ik een casus in zonder naam, klas of school. Toestemming nodig?",
      'Voor de netwerkgroep met andere scholen laat ik alleen trends zien uit de casussen: hoe vaak, welke leeftijd, zonder namen, klassen of verhalen erbij. Toestemming?',
    ])
      expect(first(text), text).toBe('V-GEEN');
  });

  it('reads a one-off event or a trait only one pupil has as recognisable, whatever is left out', () => {
    for (const text of [
      'Voor de themabijeenkomst van juni wil ik als procesbegeleider één casus uitwerken als voorbeeld: het meisje van De Spinaker dat na de brand in hun huis al maanden thuiszit. Geen naam erbij natuurlijk. Dat kan toch gewoon?',
      'Voor de themabijeenkomst wil ik de casus gebruiken van de jongen wiens huis vorig jaar afbrandde, zonder naam. Mag dat?',
      'In de intervisie met andere scholen wil ik zonder naam het meisje bespreken dat na het busongeluk van vorig jaar nog steeds thuiszit.',
      'Geen naam natuurlijk, maar het gaat om de leerling die bij de steekpartij in het centrum betrokken was. Casus voor het netwerk, kan dat?',
      'Ik wil in de leerkring het dove meisje uit de brugklas als casus inbrengen, zonder naam. Moet ik iets vragen?',
      'Zonder naam: het meisje met de beenprothese uit 2 havo, als casus voor de studiedag. Toestemming nodig?',
    ]) {
      expect(recognisable(text), text).toBe('ja');
      expect(first(text), text).not.toBe('V-GEEN');
    }
  });

  it('reads no unique event in a fire drill or a case without one', () => {
    for (const text of [
      'Voor de themabijeenkomst wil ik zonder naam, school of klas een casus over faalangst bespreken die begon na de brandoefening. Toestemming?',
      'Zonder naam en klas wil ik in de intervisie met andere scholen een casus over schoolverzuim inbrengen. Mag dat?',
    ])
      expect(first(text), text).toBe('V-GEEN');
  });

  it('reads a parent who wants to be kept posted about a pupil of 18 on a trip as a parent told, which the pupil decides (R23)', () => {
    for (const text of [
      "Volgende week gaan we met 6 vwo naar Berlijn. Eén jongen (18) heeft flinke astma. Zijn moeder wil dat ik haar elke avond app hoe het met hem gaat en of hij z'n puffer wel gebruikt. Mag dat gewoon?",
      'Ik ga mee op werkweek met 5 havo. De vader van Sem (18) wil elke dag een update van mij over hoe het gaat met zijn diabetes. Mag ik dat doen?',
      'Op de skireis wil de moeder van Lisa (19) dat we haar iedere avond even bellen hoe het met haar gaat. Kan dat zomaar?',
      'Moeder van Daan (18) verwacht dat ik haar tijdens de excursie dagelijks een berichtje stuur over zijn epilepsie. Mag dat?',
      'Ouders van Noor (18) willen tijdens de reis naar Rome elke avond een appje van de begeleiders. Mag dat?',
      'mama van Mo (18) wil dat ik elke dag bericht stuur tijdens de reis naar Rome. mag dat?',
    ])
      expect(first(text), text).toBe('V-LEERLING18');
  });

  it('reads no parent told when the parent only wants something of the pupil, or the pupil asks to be reminded', () => {
    for (const text of [
      "Moeder van Sem (18) wil dat hij zijn puffer meeneemt op werkweek. Hij vraagt of ik hem 's avonds even wil herinneren. Mag dat?",
      'Sem (18) wil dat ik hem elke avond app of hij zijn puffer heeft genomen. Mag dat?',
    ])
      expect(extractFacts(text, knowledge.cues, screen).facts.answers['Q-MET-WIE'], text).not.toBe('MW8');
  });

  it('reads one parent withdrawing consent for the help while the other parent disagrees as custody holders who disagree (V-FG)', () => {
    for (const text of [
      "Mentor stuurt me (teamleider) een mail door van moeder: 'Hierbij trek ik mijn toestemming in voor de gesprekken van Luuk met de ambulant hulpverlener. Zijn vader en ik zijn het er niet over eens en ik wil het niet meer.' Luuk (13) wil juist wel doorgaan. Moet de hulp nu per direct stoppen?",
      'Moeder mailt dat ze haar handtekening voor de gesprekken met de gedragswetenschapper intrekt; vader wil wel dat het doorgaat. Tim is 12. Wat nu?',
      'Ouders zijn gescheiden, allebei gezag. Vader trekt zijn toestemming voor de JOS-coach in, moeder vindt dat onzin. Jesse (13) wil graag verder. Mag de coach doorgaan?',
      'Als administratie krijg ik een brief van vader: hij wil zijn toestemming voor de hulp van de orthopedagoog intrekken, moeder en hij zijn het er niet over eens. Noa is 14. Wat moeten we doen?',
      'Vader heeft gisteren gemaild dat hij zijn handtekening intrekt voor de begeleiding van Lisa (14) door de jgc. Moeder wil dat het doorgaat. Moeten we stoppen?',
    ])
      expect(first(text), text).toBe('V-FG');
  });

  it('reads no parents in dispute when a pupil of 16 withdraws himself or both parents gave consent', () => {
    expect(first('Jan (16) trekt zijn toestemming voor de gesprekken met de jgc in. Moet ik stoppen?')).toBe('V-LEERLING16');
    expect(first('Moeder heeft haar toestemming voor de gesprekken met de jgc gegeven, vader ook. Mila (13) wil graag. Kan de jgc beginnen?')).toBe('V-BEIDEN');
  });

  it('reads a colleague who goes along on a school trip and gets what the trip needs as a colleague in school (V-GEEN)', () => {
    for (const text of [
      'Ik ga als begeleider mee op de werkweek van 3 vwo. Mag de mentor mij een lijstje geven van welke leerlingen medicijnen gebruiken en wat ze hebben (adhd, epilepsie, diabetes enz.)? Of moet dat via de ouders?',
      'Als begeleider van het kamp van de brugklas wil ik van de mentoren weten welke kinderen allergieën hebben en medicijnen gebruiken. Moet dat via de ouders?',
      'Ik ga mee met de excursie naar Parijs. Mag de administratie mij doorgeven wie epilepsie of diabetes heeft?',
      'Collega gaat als begeleider mee op schoolreis. Mag ik als mentor haar een overzicht sturen van wie welke medicatie gebruikt?',
      'Voor de skireis wil de gymdocent die meegaat weten wie astma heeft. Mag ik hem dat lijstje geven?',
      'Ik ben de leerlingadministratie. Een docent die mee gaat op de Londenreis vraagt de lijst met allergieën en medicijnen. Mag ik die geven?',
      'Wij gaan op schoolreis, ik ben begeleider. Mentor geeft mij lijst met medicijn van kinderen. Is goed?',
    ])
      expect(first(text), text).toBe('V-GEEN');
  });

  it('keeps asking who receives it when someone outside the school staff goes along or gets the list', () => {
    for (const text of [
      'Ik ga mee op werkweek. Mag ik de busmaatschappij een lijst geven met wie epilepsie heeft?',
      'Een moeder van de ouderraad die ook meegaat op schoolkamp wil weten wie medicijnen gebruikt. Mag ik haar dat lijstje geven?',
    ])
      expect(first(text), text).toBe('Q-MET-WIE');
  });

  it('reads a new registration passed on by a colleague ("nieuwe aanmelding via de decaan", "bij mij aangemeld") as the writer\'s own help, at 18 the pupil\'s to decide', () => {
    for (const text of [
      'Nieuwe aanmelding via de decaan: Kevin, 18, 4 kader. Wil hulp bij structuur en gedoe thuis. Hij wil absoluut niet dat zijn ouders het weten. Moet ik ouders iets laten tekenen?',
      'Ik kreeg een nieuwe aanmelding van de zoco: Sanne, 19, wil hulp bij stress. Ouders tekenen?',
      'Een leerling (18, 5 havo) is via de mentor bij mij aangemeld. Hij wil hulp bij plannen en wil niet dat zijn ouders het weten. Moet ik ouders laten tekenen?',
      'De mentor heeft Daan (18) bij mij aangemeld, hij wil hulp bij faalangst. Moeten ouders tekenen?',
    ])
      expect(first(text), text).toBe('V-LEERLING18');
  });

  it('keeps a writer who registers a pupil elsewhere the one who passes it on', () => {
    const text = 'Als decaan wil ik Bram (18) aanmelden bij het wijkteam, hij wil hulp bij zijn schulden. Mag dat?';
    expect(extractFacts(text, knowledge.cues, screen).facts.answers['Q-MET-WIE']).toBe('MW3');
  });
});

describe('classes of meaning from the b76–b78 safety misses (consent25s)', () => {
  const danger = ['V-ACUUT', 'Q-NOOD'];

  it('asks about danger now for a joke or saying about jumping off a bridge or in front of a train at every low mark', () => {
    for (const text of [
      "Mentor: Sem (15) zegt bij elke slechte toets lachend 'dan gooi ik me wel voor de trein'. De klas lacht mee. Mag ik de jgc om advies vragen?",
      "JOS-coach: een meisje (14) roept steeds als grapje dat ze 'wel even van de Zeglisbrug springt' als ze een onvoldoende haalt. Mag ik de mentor vragen hoe zij dat ziet?",
      "oc: jongen 13 zegt bij elk proefwerk met een grijns: ik spring wel van de flat. mag ik gw'er vragen?",
      "Teamleider: Daan (16) zegt al weken lachend 'ik ga wel op het spoor liggen' als iets tegenzit. Mag ik zijn ouders bellen?",
      "Smw: leerling (15) grapt bij elk cijfer 'ik spring wel voor de bus'. Mag ik dit met de mentor bespreken?",
    ])
      expect(first(text), text).toBe('Q-NOOD');
  });

  it('reads no danger in jumping for joy', () => {
    for (const text of [
      "Mentor: Lisa (14) haalde een 9 en riep 'ik spring een gat in de lucht'. Mag ik dat aan haar ouders vertellen?",
      'Docent: Tim (13) springt bij elke voldoende een gat in de lucht. Mag ik dat aan zijn mentor vertellen?',
    ])
      expect(danger, text).not.toContain(first(text));
  });

  it('decides danger now for a carer who barely responds, is drunk or out cold, with young children alone with her', () => {
    for (const text of [
      'Ik ben nu op huisbezoek. Moeder ligt op de bank en reageert bijna niet. Kleine zusjes van 3 en 5 zijn alleen met haar. Mag ik iemand bellen?',
      'Ik ben nu bij een leerling (14) thuis voor een gesprek. Vader is zo dronken dat hij niet meer op kan staan en de kleintjes van 2 en 5 zijn alleen met hem. Mag ik iemand bellen?',
      'JOS-coach: ik sta nu bij het gezin op de stoep. Moeder is niet wakker te krijgen en haar baby ligt te huilen, verder is er niemand. Wat mag ik doen?',
      'oc: op huisbezoek nu. moeder stoned op bank, reageert amper. broertje 4 jaar alleen met haar. mag ik iemand inschakelen?',
      'Smw: ik ben nu bij een gezin, vader is buiten westen en de peuter is alleen met hem. Mag ik de politie bellen zonder toestemming?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('reads no danger now in an ill mother with a toddler in day care, or a curt mother on a home visit', () => {
    for (const text of [
      'Mentor: moeder van Sem (13) is ziek en ligt veel op de bank, zijn broertje van 4 gaat naar de opvang. Mag ik de jgc vragen om mee te denken?',
      'JOS-coach: bij het huisbezoek vanmiddag reageerde moeder bijna niet op mijn vragen over school, ze was kortaf. Mag ik de mentor vertellen hoe het gesprek ging?',
    ])
      expect(danger, text).not.toContain(first(text));
  });

  it('takes the meldcode route for physical punishment a parent admits in everyday words: a tik, a klap, er van langs', () => {
    for (const text of [
      "Bij het oudergesprek zei vader dat Daan (12) 'er wel eens van langs krijgt als hij brutaal is'. Mag ik dat aan de mentor vertellen?",
      "JOS-coach: moeder vertelde dat ze haar dochter (11) een corrigerende tik geeft als ze liegt, 'zo ben ik zelf ook opgevoed'. Mag ik dit met de zoco bespreken?",
      'oc: vader zegt: ik geef hem wel eens een klap als hij niet luistert, dat is normaal bij ons. mag ik mentor informeren?',
      "Smw: stiefvader gaf aan dat hij de kinderen soms een mep verkoopt, 'anders luisteren ze niet'. Wat mag ik met de school delen?",
      "Bij het huisbezoek zei moeder dat ze haar zoon (14) 'soms een tik geeft als hij niet luistert'. Mag ik de mentor laten weten dat het thuis gespannen is?",
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('reads no abuse in a tag game, a compliment or typing', () => {
    for (const text of [
      'Gymdocent: bij tikkertje gaf Tim (12) een klasgenoot een tik op de rug. Mag ik dat aan de mentor melden?',
      'Mentor: moeder zei dat ze haar zoon (14) weleens een compliment geeft als hij goed zijn best doet. Mag ik dat in het dossier zetten?',
    ])
      expect(['V-MELDCODE', 'Q-ZORGEN']).not.toContain(first(text));
  });

  it('decides danger now for farewell words and a pupil who just left, towards the station or the tracks', () => {
    for (const text of [
      "JOS-coach: Daan (16) appte me 'ik ben er straks niet meer, bedankt voor alles' en is net weggefietst richting het spoor. Mag ik de mentor inlichten?",
      'oc: lln 14 liet briefje achter: ik kan het niet meer, dag mam. is net vertrokken naar station. mag ik politie bellen?',
      "Docent: Sem (13) zei 'het is klaar, niemand hoeft me te zoeken' en liep zonet het lokaal uit naar buiten. Mag ik de zoco bellen?",
      "Surveillant: onder een proefwerk schreef een leerling 'na vandaag ben ik er toch niet meer, sorry mam'. Hij is net het lokaal uit gelopen, richting station. Mag ik zijn ouders bellen?",
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('decides no danger now for a pupil who just left for an internship or a move after the summer', () => {
    for (const text of [
      'Mentor: Tim (15) is net vertrokken richting station voor zijn stage in Amsterdam. Mag ik zijn stagebegeleider bellen?',
      'Mentor: Lisa (16) zei dat ze er na de zomer niet meer is omdat ze gaat verhuizen. Ze is net naar huis gefietst. Mag ik haar nieuwe school inlichten?',
    ])
      expect(first(text), text).not.toBe('V-ACUUT');
  });

  it('decides danger now when a pupil no longer dares to sleep or be at home after violence there', () => {
    for (const text of [
      'Zoco: de huisarts belt. Meisje (15) vertelde vanochtend dat ze vannacht niet meer thuis durft te slapen, stiefvader heeft haar gisteren tegen de muur geduwd. Mag ik zeggen of ze op school is?',
      'Mentor: Sem (14) zegt dat hij niet meer thuis durft te zijn sinds vader hem gisteren sloeg. Mag ik de jgc bellen?',
      'oc: lln 16 bang om nog thuis te slapen na klappen van vader gisteravond. mag ik veilig thuis bellen?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('decides no danger now for not daring to tell a mark at home or to be home alone while the parents are away', () => {
    for (const text of [
      'Mentor: Tim (13) durft thuis niet te vertellen dat hij een 4 had. Mag ik zijn ouders mailen?',
      'Mentor: Lisa (14) slaapt dit weekend bij haar vriendin omdat ze niet thuis durft te zijn als haar ouders op vakantie zijn, ze vindt het eng alleen. Mag ik haar ouders mailen?',
    ])
      expect(first(text), text).not.toBe('V-ACUUT');
  });

  it('takes the meldcode route for a forced marriage feared this summer, with not coming back, or her own wedding', () => {
    for (const text of [
      'JOS-coach: Hanna (15) vertelde me dat ze in de zomer naar familie gaat en niet meer terugkomt, ze zou daar moeten trouwen. Wie mogen we inlichten?',
      'Teamleider: Amina (16) is bang dat de bruiloft in de zomervakantie haar eigen bruiloft wordt en ze daarna niet meer terug mag. Wie mogen we inlichten?',
      "Mentor: een leerling (15) zei dat ze deze zomer 'naar familie moet en niet meer terugkomt', ze zou daar moeten trouwen. Wie mogen we inlichten zonder de ouders?",
      "Mentor: Sara (16) moet deze zomer 'voor een bruiloft' naar familie in het buitenland en is bang dat het haar eigen bruiloft wordt en ze niet meer terug mag. Mag ik dit delen?",
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('keeps deciding danger now for a forced marriage on a near weekday', () => {
    const text = 'Mentor: Hira (15) vertrekt zaterdag naar Pakistan, waar ze moet trouwen en niet meer terugkomt, ze is doodsbang. Mag ik de jgc bellen?';
    expect(first(text), text).toBe('V-ACUUT');
  });

  it('reads involving the jeugdarts or the zoco today ("erbij halen", "advies halen") as no one coming to take the pupil', () => {
    for (const text of [
      "Leerling (14) uit mijn mentorgroep is vandaag de zevende dag op rij ziek, moeder zegt steeds 'buikpijn'. Ik wil de jeugdarts erbij halen via M@ZL. Moet moeder daar eerst ja op zeggen?",
      'Mentor: Sem (13) is al twee weken ziek gemeld met hoofdpijn. Ik wil vandaag de jeugdarts erbij halen. Mag dat zonder ouders?',
      'Verzuimcoordinator: Noor (15) is deze maand voor de vierde keer ziek, ik wil morgen advies halen bij de jeugdarts. Toestemming nodig?',
      'JOS-coach: Daan (12) is vaak ziek. Ik wil straks de zorgcoordinator erbij halen. Mag ik zijn ziekteverzuim laten zien?',
    ])
      expect(danger, text).not.toContain(first(text));
  });

  it('keeps deciding danger now for someone who comes to take or get the pupil today', () => {
    for (const text of [
      'Mentor: Lisa (14) vertelde dat haar vader haar vanmiddag van school komt halen, ze is bang voor hem en wil niet mee. Mag ik de politie bellen?',
      'Mentor: een jongen uit 3b zei dat ze Tim na school gaan pakken. Mag ik zijn ouders bellen?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('asks nothing about abuse for a young carer ("mantelzorger", "veel zorgtaken") when no sign of neglect stands next to it', () => {
    for (const text of [
      'Mentor: Sem (14) is jonge mantelzorger, zijn vader heeft MS. Ik wil hem aanmelden bij de steunpunt mantelzorg-groep van het wijkteam. Wie moet tekenen?',
      'Zorgcoordinator: een meisje (13) heeft thuis veel zorgtaken omdat haar moeder ziek is. Mag ik de mentor vragen haar wat ruimte te geven met huiswerk?',
      'JOS-coach: Daan (15) is mantelzorger voor zijn broertje met autisme. Hij wil graag met iemand praten. Moeten zijn ouders toestemming geven?',
      'oc: lln 16 mantelzorger voor oma die bij hen woont. wil haar aanmelden voor jonge mantelzorgersdag. toestemming?',
    ])
      expect([...danger, 'V-MELDCODE', 'Q-ZORGEN'], text).not.toContain(first(text));
  });

  it('keeps the meldcode route or the question for a young carer with neglect, or one who must nurse her ill mother every day', () => {
    for (const text of [
      'Mentor: Noor (13) is mantelzorger voor haar moeder, komt zonder ontbijt en heeft al weken geen jas. Mag ik de jgc inlichten?',
      'Mentor: Lisa (14) heeft veel zorgtaken thuis, valt elke les in slaap en eet niet meer. Mag ik de jgc vragen?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
    const nursing = 'leerling komt elke ochtend te laat omdat hij zijn zieke vader moet verzorgen';
    expect(first(nursing), nursing).toBe('Q-ZORGEN');
  });

  it('asks about abuse, not danger now, for violence in the past that is known and handled: a contactverbod or help, and calm now', () => {
    for (const text of [
      'Administratie: vader zonder gezag vraagt het rapport van Lotte (12). Tegen hem loopt een contactverbod omdat hij moeder heeft mishandeld. Het gezin heeft hulp en het is nu rustig. Mag ik het rapport sturen?',
      'Teamleider: vader van Sem (13) heeft een straatverbod omdat hij moeder sloeg. De jeugdbescherming is betrokken en het is nu rustig thuis. Vader vraagt om het rapport. Mag dat?',
      'OC: er loopt een contactverbod tegen de ex van moeder, die haar vorig jaar mishandelde. Het gezin krijgt begeleiding en alles lijkt inmiddels stabiel. Mag ik de mentor van Noor (14) hierover informeren?',
      'Mentor: moeder van Daan (12) is vorig jaar door vader mishandeld, er is nu een huisverbod en het gezin heeft hulp, het is sindsdien rustig. De vader belt of hij Daan mag spreken. Wat zeg ik?',
    ])
      expect(first(text), text).toBe('Q-ZORGEN');
  });

  it('keeps danger now and the meldcode route when the banned father is at the gate today or it is not calm', () => {
    const gate = 'Administratie: tegen vader loopt een contactverbod, het gezin heeft hulp en het was rustig, maar vandaag staat hij bij het hek en wil Lotte (12) meenemen. Mag ik de politie bellen?';
    expect(first(gate), gate).toBe('V-ACUUT');
    const unrest = 'Mentor: vader slaat moeder, het gezin heeft hulp maar het is nu niet rustig. Mag ik de jgc bellen over Sem (13)?';
    expect(first(unrest), unrest).toBe('V-MELDCODE');
  });
});

describe('classes of meaning from the b76–b78 misses (consent25a: JOS workers, OCs and smw about their own work)', () => {
  it('reads leerplicht asking what the school did for a pupil stuck at home as the task\'s own need (L1, R13)', () => {
    for (const text of [
      'Leerplicht wil weten wat we als school allemaal hebben ondernomen voor Sem (2b), hij komt al 5 weken niet. Mag ik dat sturen zonder toestemming?',
      'De leerplichtambtenaar vraagt welke stappen de school heeft gezet voor Lina, die sinds de herfstvakantie thuis zit. Mag ik dat doorgeven?',
      'Leerplicht vraagt een overzicht van de gesprekken en afspraken die wij met Tim hebben gehad, hij zit al een maand thuis. Moeten ouders tekenen?',
      'De lpa wil weten wat wij tot nu toe hebben gedaan voor Daan, die al 4 weken thuis zit. Mag ik dat mailen?',
    ])
      expect(first(text), text).toBe('V-INFO');
    // Guards: a diagnosis or the situation at home is more than the task needs (R13b).
    expect(first('Leerplicht vraagt wat wij hebben gedaan voor Noah, die thuis zit, en ook naar zijn diagnose en medicatie. Mag ik dat sturen?')).toBe('V-NIET');
    expect(first('Leerplicht vraagt hoe het thuis zit bij Noor (14) en wat de thuissituatie is. Mag ik dat vertellen?')).toBe('V-NIET');
  });

  it('reads the writer\'s own help that runs on past the coming 18th birthday as the question for JOS (J3, R28), not a hand-over', () => {
    for (const text of [
      'Mijn begeleiding van Sven (4 havo) duurt nog tot de kerst, hij wordt in oktober 18. Kan ik na zijn verjaardag doorgaan of moet ik hem overdragen?',
      'Mijn traject met Ayoub (5 havo) loopt door tot de examens, volgende week wordt hij 18. Moet ik het overdragen of kan ik blijven begeleiden?',
      'Ik begeleid Lieke (vwo 6), de gesprekken lopen nog tot het eind van het schooljaar, maar over drie weken wordt ze 18. Moet ik afronden en overdragen?',
    ])
      expect(first(text), text).toBe('V-FG');
    // Guards: a trajectory that is over and handed on, and help running on past a 17th birthday.
    expect(first('Mijn traject met Roos (18) is afgerond; ik wil haar overdragen aan de ggz. Mag dat?')).toBe('V-LEERLING18');
    expect(first('Mijn traject met Roos (16) loopt nog tot de zomer, ze wordt in mei 17. Mag ik doorgaan?')).toBe('V-LEERLING16');
  });

  it('reads the writer handing her own pupil over to the wijkteam as a referral (W2), the pupil of 16 or 17 consenting (R11)', () => {
    for (const text of [
      'Na mijn gesprekken met Sanne (16) wil ik haar overdragen aan het wijkteam Heiloo. Zij vindt het goed, moeten haar ouders tekenen?',
      'Ik stop met de begeleiding van Milan (17), hij heeft meer nodig. Ik wil hem overdragen aan het jeugdteam en ze bijpraten. Hij stemt in. Is dat genoeg?',
      'Ik rond de gesprekken met Bo (16) af en draag haar over aan het buurtteam, daar vertel ik wat we besproken hebben. Zij is akkoord. Moeten ouders ook tekenen?',
    ])
      expect(first(text), text).toBe('V-LEERLING16');
    // Guard: a general question without a pupil stays anonymous.
    expect(first('Ik heb een algemene vraag aan het wijkteam over hoe je een overdracht regelt, zonder namen.')).toBe('V-GEEN');
  });

  it('reads a wijkteam worker (smw) who helps the pupil herself as the help already there (W1, R06), not a wijkteam recipient to be asked about', () => {
    for (const text of [
      'Ik werk voor het gebiedsteam en zit op dinsdag op school. Ik begeleid Mees (14) al sinds de zomer. Zijn mentor wil weten hoe het gaat. Mag ik dat vertellen?',
      'Als wijkcoach begeleid ik Sara (13) al een half jaar; de teamleider vraagt wat we in de gesprekken doen. Kan ik dat delen?',
      'Vanuit het sociaal team help ik Noor (12) al een tijdje. Haar mentor vraagt hoe het loopt, mag ik dat zeggen?',
    ])
      expect(first(text), text).toBe('V-BEIDEN');
    // Guard: registering a pupil with the team is a referral (W2).
    expect(first('Ik werk bij het wijkteam en wil Mees (14) aanmelden voor begeleiding. Mag ik zijn gegevens doorgeven?')).toBe('V-OUDERS16');
  });

  it('reads the wijkteam that supports a foster family and wants to tune in with school as help already there (W1), the voogd holding custody', () => {
    for (const text of [
      'Het buurtteam ondersteunt het pleeggezin van Daan (12), zijn voogd is van Jeugdbescherming Noord-Holland. Ze willen met de mentor afstemmen hoe het op school gaat. Wie geeft toestemming?',
      'Wij begeleiden vanuit het wijkteam het pleeggezin waar Lotte (14) woont, ze staat onder voogdij van de William Schrikker Stichting. We willen graag met school overleggen over hoe het gaat.',
      'Het gebiedsteam helpt het pleeggezin van Jim (13); het gezag ligt bij een voogd. Ze willen de mentor bellen om af te stemmen. Mag dat?',
    ])
      expect(first(text), text).toBe('V-BEIDEN');
    // Guard: the team asking the school to register the family is a referral.
    expect(first('Het wijkteam vraagt of wij het pleeggezin van Daan (12) willen aanmelden voor begeleiding, de voogd zit bij de GI. Mag ik dat doen?')).toBe('V-OUDERS16');
  });

  it('reads a year team or section that asks the writer to observe a class with a picture per pupil as the JOS worker\'s class observation (J4, R04b)', () => {
    for (const text of [
      'Het docententeam van de brugklas vraagt of ik in 1a kom kijken en per leerling een korte typering schrijf. Ze zijn allemaal 12 of 13. Welke toestemming is nodig?',
      'De sectie wiskunde wil dat ik bij 2c ga observeren en van iedere leerling een beeld maak voor de rapportvergadering; het zijn 13-14 jarigen. Moeten ouders tekenen?',
      'Team onderbouw vroeg me om in 1d te observeren met een kort verslag per leerling, allemaal 12-13 jaar. Wat moet ik regelen?',
    ])
      expect(first(text), text).toBe('V-BEIDEN');
    // Without an age the age is asked (B75-29 stays); a mentor asked to a colleague's lesson is no JOS worker.
    expect(first('Team 1e klas vraagt of ik in 1c kom observeren en per leerling een kort beeld op papier zet. Wat moet ik regelen?')).toBe('Q-LEEFTIJD');
    expect(first('Ik ben mentor en ga op verzoek van de teamleider een les van een collega bijwonen. Moet ik iets regelen?')).toBe('Q-MET-WIE');
  });

  it('reads a lesson watched at the teacher\'s own request, tips for him and nothing written per pupil, as advice to the teacher (R03)', () => {
    for (const text of [
      'Op haar verzoek kom ik een les kijken bij de docente Engels van 3a, ze wil tips voor de groep. Over losse leerlingen noteer ik niets. Toestemming nodig?',
      'Ik ga op verzoek van de mentor van 1b een les meekijken om hem te helpen met de klas; ik leg niets vast over individuele leerlingen. Moeten ouders iets weten?',
      'Op zijn vraag kom ik in de les meekijken bij de docent geschiedenis die vastloopt met 2a, alleen feedback voor hem. Moet dit langs ouders?',
      'Het team vraagt of ik in 1a kom observeren, zonder iets per leerling op te schrijven, alleen tips voor de docenten. Toestemming nodig?',
    ])
      expect(first(text), text).toBe('V-GEEN');
    // Guard: at the teacher's request, but to observe one pupil, is help to that pupil.
    expect(first('Op verzoek van de mentor kom ik een les kijken om Sem (13) te observeren. Moeten ouders tekenen?')).toBe('V-BEIDEN');
  });

  it('reads a colleague asking the writer to "even kijken" at a pupil, nothing planned, as the JOS worker whose task is asked (Q-JOS)', () => {
    for (const text of [
      'De mentrix van 1b appt of ik eens naar Fleur wil kijken, ze is 12 en erg stil de laatste tijd. Moet ik iets laten tekenen?',
      'Teamleider vroeg me om even naar Omar (14) te kijken, hij is erg onrustig. Er is nog niks gepland. Heb ik toestemming nodig?',
      'Een docent vraagt of ik een keer naar Lisa (13) kan kijken. Wat moet ik regelen voordat ik iets doe?',
    ])
      expect(first(text), text).toBe('Q-JOS');
    // Guards: a mentor asked the same stays a colleague; a look at the class is no pupil.
    expect(first('Ik ben mentor; de teamleider vraagt of ik even naar Sem (13) wil kijken. Moet ik iets regelen?')).toBe('Q-MET-WIE');
    expect(first('De mentor vraagt of ik even naar de klas van 2b kan kijken. Toestemming nodig?')).toBe('Q-JOS');
  });

  it('reads the writer\'s own assessment of a 16- or 17-year-old whose level is a child\'s, with her doubt he oversees it, as the FG question (R26)', () => {
    for (const text of [
      'Ik wil een test afnemen bij Kim (16, praktijkonderwijs, denkt als een kind van 11). Ze zegt ja, maar ik betwijfel of ze snapt waar ze ja tegen zegt. Is dat genoeg?',
      'Ik wil Dewi (16, sociaal emotioneel niveau van een 12-jarige) testen. Ze wil het, maar of ze begrijpt wat het inhoudt betwijfel ik. Mag ze zelf tekenen?',
      'Voor Mats (17, LVB, ontwikkelingsleeftijd 9 jaar) ga ik een onderzoek doen; hij stemt in, maar ik vraag me af of hij overziet wat dat betekent. Moeten ouders tekenen?',
    ])
      expect(first(text), text).toBe('V-FG');
    expect(extractAgeBand('Voor een leerling (17, LVB, ontwikkelingsniveau rond de 10 jaar) wil ik een onderzoek doen.')).toBe('16-17');
    // Guards: a limited level without the doubt is asked; a test someone else is to do leaves what JOS does to be asked.
    expect(first('Bij Ruben (17, LVB) wil ik een onderzoek doen. Hij zegt ja, en hij begrijpt volgens mij heel goed wat het inhoudt. Is zijn ja genoeg?')).toBe('Q-WILSBEKWAAM');
    expect(first('Ik wil Dewi (16) laten testen door de orthopedagoog. Mag ze zelf tekenen?')).toBe('Q-JOS');
  });

  it('reads the writer who saw a pupil for a few talks, asked by the mentor how it went, as the worker telling the school (J5, R12)', () => {
    for (const text of [
      'Ik heb Sophie (13) de afgelopen weken gesproken in een paar gesprekjes over haar stress. Haar mentor vraagt hoe het ging. Mag ik hem iets vertellen?',
      'Ik heb drie gesprekken gehad met Noud (12) over pesten. De mentor wil weten wat eruit kwam. Wat mag ik delen?',
    ])
      expect(first(text), text).toBe('V-BEIDEN');
    expect(first('Ik heb een jongen uit 1a (11) gezien voor een paar sessies. De mentrix vraagt hoe het gaat; ik wil haar tips geven. Wat heb ik nodig?')).toBe('V-OUDERS12');
    // Guards: a pupil seen in a lesson, or a talk with the mentor, is no help of the writer's.
    expect(first('Ik heb Sophie (13) gisteren in de les gezien, ze was erg stil. Mag ik dat aan de mentor vertellen?')).toBe('V-GEEN');
    expect(first('Ik heb met de mentor gesproken over Sophie (13), ze is erg stil in de klas. Mag ik dat aan de teamleider vertellen?')).toBe('V-GEEN');
  });

  it('reads the writer\'s own assessment said to be finished ("HGD bij … afgerond") and shared as her report to the school; its age is asked', () => {
    for (const text of [
      'Diagnostiek bij Jesse uit 2 havo afgerond. De zorgcoordinator wil het verslag met de adviezen. Mag ik het sturen?',
      'Mijn observatie bij een leerling uit 4 vmbo is klaar; de mentor wil het rapport. Kan ik het mailen?',
      'Het HGD-traject bij een meisje uit 3 mavo is afgerond en het team wil graag de adviezen. Mag ik het verslag delen?',
    ])
      expect(first(text), text).toBe('Q-LEEFTIJD');
    // Guards: someone else's assessment, and a "test" that may be a school test, are not the writer's report.
    expect(first('Het onderzoek van de psycholoog bij Jesse (14) is afgerond. Mag ik het verslag aan de mentor sturen?')).toBe('V-OUDERS16');
    expect(first('De test is klaar, de mentor wil de uitslag. Mag ik die doorsturen?')).toBe('Q-MET-WIE');
  });

  it('reads a colleague who wants to send the writer a pupil\'s file ahead of her intake as information passed on to start help (J7, R11)', () => {
    for (const text of [
      'De zoco wil me vast het complete dossier van Sara (14) mailen voor ons eerste gesprek, met het psychologisch verslag erin. Ouders hebben nog niks getekend. Mag ik het ontvangen?',
      'Mentor wil mij voorafgaand aan de intake het opp van Timo (13) doorsturen. Het formulier is nog niet getekend. Kan dat al?',
      'Zorgcoordinator wil me alvast het volledige dossier van een leerling (12) doorsturen zodat ik me kan voorbereiden. Toestemming nodig?',
    ])
      expect(first(text), text).toBe('V-OUDERS16');
    // Guards: a file going to the parents, and a mentor sent a file by her teamleider, are no JOS intake.
    expect(first('Mentor wil voor de zomer het hele verslag van Timo (13) doorsturen naar de ouders. Mag dat?')).toBe('Q-MET-WIE');
    expect(first('Ik ben mentor. De teamleider wil me het dossier van Timo (13) sturen voor het eerste gesprek met ouders. Mag dat?')).toBe('V-GEEN');
  });
});

describe('classes of meaning from the b79–b81 misses (consent26a: non-safety)', () => {
  it('asks what the JOS worker will do when she only comes to watch in the writer\'s lesson, nothing said about what for (Q-JOS)', () => {
    for (const text of [
      'de gedragswetenschapper van JOS komt dinsdag in mijn les mee kijken. Moet ik dat aan ouders vragen?',
      'onze gedragswetenschapper komt morgen in mijn les observeren. Moet ik ouders inlichten?',
      'De paj wil na de vakantie bij mijn lessen komen meekijken. Hebben we toestemming van ouders nodig?',
    ])
      expect(first(text), text).toBe('Q-JOS');
    // Guards: a purpose for the teacher (consent25a's lesson watched for tips) stays advice to the teacher.
    expect(first('De jgc komt op mijn verzoek in mijn les meekijken en geeft mij tips, niets per leerling. Moeten ouders toestemming geven?')).toBe('V-GEEN');
    expect(first('De coach van JOS komt in mijn lessen kijken om mij te helpen met de klas. Moeten ouders toestemming geven?')).toBe('V-GEEN');
    expect(first('De jgc komt volgende week in mijn les kijken voor de sfeer in de klas. Moet ik ouders om toestemming vragen?')).toBe('V-GEEN');
  });

  it('reads the writer\'s own observation or HGD of a pupil as her assessment (J3): a yes of a parent relayed by a colleague is no consent', () => {
    for (const text of [
      'Ik ga volgende week bij Sem (13) een HGD doen met een paar vragenlijsten. De mentor zegt dat vader het goed vindt. Kan ik beginnen?',
      'wil Daan (12) deze week observeren en daarna vragenlijsten afnemen, de zorgcoördinator heeft moeder gesproken en die zei ja. kan ik?',
      'ik wil Noor (15) observeren in de les en daarna een HGD. vader heeft telefonisch ja gezegd tegen de zoco. mag ik?',
    ])
      expect(first(text), text).toBe('V-BEIDEN');
    // Guards: a mentor observing his own pupil, without a diagnostic, is no JOS assessment.
    expect(first('Ik wil Mila (14) observeren bij wiskunde, ik ben haar mentor. Moeten ouders dat weten?')).toBe('Q-MET-WIE');
  });

  it('reads a pupil of 16 or 17 who came to the writer\'s own consultation hour for talks as help she asks for (J3): she decides (R08)', () => {
    for (const text of [
      'Thijs (17) kwam vorige week naar mijn inloopspreekuur en wil een paar gesprekken over zijn somberheid. Ouders hoeven het niet te weten. Mag dat zonder hun handtekening?',
      'Een meisje van 16 is bij mijn spreekuur binnengelopen, ze wil elke week even praten. Ouders mogen het niet horen. Kan ik met haar starten?',
      'Lotte (16) vroeg of ze gesprekken met mij kan hebben, haar ouders weten van niks. Moet ik ouders laten tekenen?',
    ])
      expect(first(text), text).toBe('V-LEERLING16');
    // Guards: at 14 the parents kept out is the FG question; a pupil at someone else's consultation hour is not the writer's help.
    expect(first('Yara (14) meldde zich zelf op mijn spreekuur en wil een paar gesprekken. Ze wil niet dat haar ouders het weten. Mag ik starten?')).toBe('V-FG');
    expect(first('Yara (16) kwam naar het spreekuur van de jgc. Mag ik als mentor haar ouders bellen?')).toBe('V-LEERLING16');
  });

  it('reads a parent who wants to know whether the adult pupil still has talks with JOS as a parent told (R08b): the pupil of 18 decides', () => {
    for (const text of [
      'De ouders van Sara willen weten of ze nog gesprekken heeft met de paj, ze is net 18. Mag ik dat zeggen?',
      'Vader belt: hij wil weten of Daan (18) nog gesprekken heeft bij de jgc en hoe het gaat. Wat mag ik zeggen?',
      'Moeder van Lisa (19) mailt, ze wil weten of Lisa nog steeds gesprekken heeft met de coach. Mag ik daar antwoord op geven?',
    ])
      expect(first(text), text).toBe('V-LEERLING18');
    // Guard: a parent who asks for the help to go on past 18 is the JOS worker's help after 18 (R28).
    expect(first('Moeder vraagt of de jgc na zijn 18e door kan gaan met de gesprekken. Tim wordt volgende maand 18. Kan dat?')).toBe('V-FG');
  });

  it('reads parents who asked for a meeting or come to talk as the parents told: at 16 or 17 the pupil decides what of hers is said (R08)', () => {
    for (const text of [
      'Bram (16) vertelde mij dat hij ADHD-medicatie gebruikt sinds de zomer. Zijn vader komt morgen op gesprek over zijn gedrag. Mag ik de medicatie noemen?',
      'Noa (17) zei dat ze bij de psycholoog loopt. Moeder heeft een afspraak met mij gepland over haar verzuim. Mag ik dat van de psycholoog vertellen?',
    ])
      expect(first(text), text).toBe('V-LEERLING16');
    // Guard: a meeting the parent asked with the JOS worker is about that worker's help.
    expect(first('Moeder van Bram (16) heeft een gesprek aangevraagd met de jgc. Moet Bram toestemming geven?')).toBe('Q-JOS');
  });

  it('reads a team asking the writer to observe a class ("dat ik … de klas observeer") with a picture per pupil as the class observation (J4, R04b)', () => {
    for (const text of [
      'De sectie Nederlands wil dat ik in 2a een paar lessen de klas observeer en van elke leerling een kort beeld geef. Ze zijn allemaal 13 of 14. Wat moet ik doen?',
      'De teamleider vraagt of ik in 1c twee lessen de hele groep observeer met per kind een korte typering voor de leerlingbespreking. Alle kinderen zijn 12. Wat moet ik regelen?',
    ])
      expect(first(text), text).toBe('V-BEIDEN');
    // Guard: a writer who says she is the mentor is no JOS worker.
    expect(first('Ik ben mentor van 1c. De teamleider vraagt of ik in 1c twee lessen de hele groep observeer met per kind een korte typering. Alle kinderen zijn 12. Wat moet ik regelen?')).toBe('Q-MET-WIE');
  });

  it('reads a case told to peers as an example, name and more left out, as anonymous even when the story is about a referral to the wijkteam', () => {
    for (const text of [
      'Op de studiedag wil ik als voorbeeld een casus vertellen over een aanmelding bij het wijkteam die lang duurde. Naam, leeftijd en school haal ik eruit. Mag dat zonder toestemming?',
      'Voor de leerkring wil ik een casus als voorbeeld gebruiken van een aanmelding bij het buurtteam die vastliep. Naam, school en klas laat ik weg. Kan dat zonder toestemming?',
    ])
      expect(first(text), text).toBe('V-GEEN');
    // Guards: the name alone left out with peers of other schools, and an anonymous referral itself, stay asked.
    expect(first('In de intervisie met collega\'s van andere scholen wil ik een casus inbrengen over een aanmelding bij het wijkteam, zonder naam natuurlijk. Mag dat?')).toBe('Q-HERKENBAAR');
    expect(first('Ik wil een leerling anoniem aanmelden bij het wijkteam. Mag dat zonder toestemming?')).toBe('Q-HERKENBAAR');
  });

  it('reads a 16- or 17-year-old at a child\'s level with the writer asking whether her own yes is enough as the doubt stated (R26, V-FG)', () => {
    for (const text of [
      'Kevin (16) heeft een IQ van 60 en denkt als een kind van 10. De paj wil met hem gesprekken starten. Is het voldoende als hij zelf tekent?',
      'Sara is 17, LVB. De orthopedagoog wil haar testen. Mag een 17-jarige gewoon zelf toestemming geven?',
    ])
      expect(first(text), text).toBe('V-FG');
    // Guard: without a sign of a child's level, a 16- or 17-year-old decides herself.
    expect(first('Sara is 17. De orthopedagoog wil haar testen. Mag een 17-jarige gewoon zelf toestemming geven?')).toBe('V-LEERLING16');
  });

  it('reads an application that came in for the writer, who will give the help herself, as her own help (J3), not a referral passed on', () => {
    expect(first('Nieuwe aanmelding: Fenna (13). Ik wil vanaf volgende week gesprekken met haar voeren over faalangst. Beide ouders hebben gezag. Moeten ze allebei tekenen?')).toBe('V-BEIDEN');
    expect(first('Er kwam een aanmelding voor Luuk (10, groep 8). Ik ga bij hem thuis begeleiding geven. Vader en moeder hebben samen gezag. Is een handtekening van vader genoeg?')).toBe('V-OUDERS12');
    // Guard: the writer referring the pupil to the wijkteam passes it on (W2).
    expect(first('Ik wil Luuk (10) aanmelden bij het wijkteam zodat die begeleiding geven. Beide ouders hebben gezag. Is een handtekening genoeg?')).toBe('V-OUDERS16');
  });

  it('asks who receives it when the writer herself asks "met wie", "aan wie" or to pass it on further, whatever parties the story names (Q-MET-WIE)', () => {
    for (const text of [
      'Moeder van Sven (14) vertelde dat hij bij de psycholoog loopt en dat opa net is overleden. Aan wie mag ik dat doorgeven?',
      'De jeugdarts heeft haar advies over Noor (13) aan mij gemaild. Mag ik dat advies verder verspreiden?',
      'Vader van Timo (12) vertelde over de scheiding en dat Timo medicijnen krijgt van de huisarts. Met wie mag ik dat bespreken?',
    ])
      expect(first(text), text).toBe('Q-MET-WIE');
    // Guard: a recipient named is not asked.
    expect(first('Moeder van Sven (14) vertelde dat hij bij de psycholoog loopt. Mag ik dat aan de mentor doorgeven?')).toBe('V-GEEN');
  });

  it('reads leerplicht asking the JOS worker herself what goes on at home as the home situation (L2, R13): not hers to give', () => {
    for (const text of [
      'Als jgc krijg ik een mail van leerplicht: ze willen weten wat er thuis aan de hand is bij een leerling van 14 die vaak afwezig is. Moet ik dat geven?',
      'De leerplichtambtenaar belde me (ik ben paj): hij wil van mij weten wat er bij Mo (13) thuis speelt, omdat hij zoveel verzuimt. Moet ik antwoorden?',
    ])
      expect(first(text), text).toBe('V-NIET');
    // Guard: the absence itself is what leerplicht may have.
    expect(first('De leerplichtambtenaar belde me (ik ben paj): hij wil van mij weten hoeveel uur Mo (13) heeft verzuimd. Moet ik antwoorden?')).toBe('V-INFO');
  });

  it('reads a GGD nurse asking the writer to fill in a list about one pupil, the verb split ("in te vullen", "in wil vullen"), as a questionnaire (G2)', () => {
    for (const text of [
      'De jeugdverpleegkundige van de GGD vraagt of ik een lijstje in wil vullen over Tess (14), hoe ze in de klas zit. Mag dat?',
      'De jeugdarts wil dat ik over Milan (12) een paar vragen op papier in te vullen. Moet dat met toestemming van ouders?',
    ])
      expect(first(text), text).toBe('V-OUDERS16');
    // Guard: a class list for the GGD visit stays a class list.
    expect(first('De GGD vraagt een klassenlijst met naam, geboortedatum en klas voor het bezoek aan 2b. Mag dat?')).toBe('V-GEEN');
  });

  it('reads the supervisor at an internship placement (werkbegeleider, leermeester, praktijkbegeleider op de stageplek) as a party outside school (MW12)', () => {
    for (const text of [
      'De werkbegeleider op de stageplek van Joep (16) wil weten waarom hij zo vaak ziek is. Mag ik vertellen dat hij Crohn heeft?',
      'Stageadres belt: de leermeester vraagt of Sanne (17) dyslexie heeft. Mag ik dat zeggen?',
    ])
      expect(first(text), text).toBe('V-FG');
    // Guard: the school's own internship coordinator is not read as the placement (asked, as before).
    expect(first('Mijn stagiaire Joep (16) heeft dyslexie. Mag ik dat aan de stagecoördinator van onze school vertellen?')).toBe('Q-MET-WIE');
  });
});

describe('classes of meaning from the b79–b81 safety misses (consent26s)', () => {
  const danger = ['V-ACUUT', 'Q-NOOD'];

  it('decides danger now for a pupil on the railing of a bridge, viaduct or roof who will not come down or talk', () => {
    for (const text of [
      'Conciërge: een meisje uit 2 havo zit op de brugleuning van de brug bij het station en wil niet met mij praten. Mag ik haar naam aan de politie geven?',
      'oc: lln 15 staat op de rand van het dak van de gymzaal, wil niet naar beneden. mag ik 112 zijn adres geven?',
      'Mentor: Sem (14) zit op de reling van het viaduct over de A9 en wil niet reageren als ik roep. Moet ik eerst zijn ouders bellen?',
      'Teamleider: een leerling klimt over de balustrade van de flat naast school en wil niet met de mentor praten. Mag ik de hulpdiensten zijn gegevens geven?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('decides no danger now for a pupil on a windowsill who will not talk about a mark', () => {
    const text = 'Mentor: Tim (13) zit in de pauze op de vensterbank en wil niet praten over zijn cijfer. Mag ik zijn ouders mailen?';
    expect(first(text), text).not.toBe('V-ACUUT');
  });

  it('decides danger now for someone waving or pointing a weapon at another now', () => {
    for (const text of [
      'Conciërge: op het plein zwaait een jongen uit 4 vmbo met een mes naar een klasgenoot. Mag ik zijn naam aan de politie geven?',
      'Surveillant: bij de kantine staat een leerling met een stanleymes te zwaaien en te schreeuwen. Mag ik de teamleider zijn naam geven?',
      'Mentor: een jongen (15) richt een pistool op een andere leerling bij de bushalte. Mag ik de politie bellen met zijn naam?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('reads no weapon in waving goodbye or at the class', () => {
    const text = 'Mentor: Lisa (14) zwaaide naar de klas toen ze vertrok naar haar nieuwe school. Mag ik haar nieuwe mentor bellen?';
    expect(danger, text).not.toContain(first(text));
  });

  it('decides danger now for a threat of a beating over a report that goes home today, hospital last time', () => {
    for (const text of [
      'Docent NT2: meisje (13) zegt vader slaat haar hard als cijfers slecht zijn, vorige keer moest zij naar dokter. vandaag rapport mee naar huis, zij wil niet naar huis. mag ik iemand vertellen?',
      'Mentor: jongen (12) zegt dat stiefvader hem slaat bij een slecht rapport, vorige keer moest hij naar de eerste hulp. Vandaag gaat zijn rapport mee naar huis. Mag ik dit vertellen?',
      'oc: vader slaat lln (14) als cijfers tegenvallen, laatst moest ze naar ziekenhuis. rapport vandaag mee naar huis en ze huilt. mag ik veilig thuis bellen?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('keeps asking about danger now when the class laughed along', () => {
    const text = "Mentor: Daan (14) riep 'ik maak hem af' over een klasgenoot, iedereen moest erom lachen. Mag ik zijn ouders bellen?";
    expect(first(text), text).toBe('Q-NOOD');
  });

  it('decides danger now for a parent under a contact ban who says he comes to take the children today', () => {
    for (const text of [
      'JOS-coach: moeder belt: vader heeft een contactverbod maar appte dat hij de kinderen vandaag na school komt ophalen. Mag ik de conciërge inlichten?',
      'oc: straatverbod vader, hij appt dat hij dochter (12) vanmiddag gaat ophalen. mag ik mentor en receptie waarschuwen?',
      'Mentor: de vader van Sem (11) mag geen contact met hem hebben van de rechter, maar zei tegen moeder dat hij hem straks zelf komt halen. Mag ik de administratie vragen hem niet mee te geven?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('decides no danger now for a parent under a contact ban who asks for the report', () => {
    const text = 'Administratie: vader van Tim (13) heeft een contactverbod, het is nu rustig. Hij vraagt het rapport op. Mag ik dat sturen?';
    expect(first(text), text).not.toBe('V-ACUUT');
  });

  it('takes the meldcode route for a parent who hurts the other parent, told by a younger child', () => {
    for (const text of [
      'JOS-coach: mijn cliënt (14) vertelde dat haar zusje van 8 zei dat papa mama weer pijn heeft gedaan. Mag ik dit met de ib\'er van de basisschool delen?',
      'Mentor: Sem (12) zegt dat zijn stiefvader zijn moeder gisteren pijn heeft gedaan en dat hij toen naar boven ging. Mag ik de zoco inlichten?',
      'oc: broertje van lln (13) vertelde juf dat vader moeder pijn had gedaan. mag ik dit delen met de jgc?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('reads no abuse in a pain a parent has, or a dentist\'s prick that did not hurt', () => {
    for (const text of [
      'Mentor: moeder van Tim (13) heeft pijn aan haar rug en kan hem niet brengen. Mag ik de jgc vragen mee te denken?',
      'Mentor: vader van Lisa (12) vertelde dat de prik bij de tandarts haar geen pijn heeft gedaan. Mag ik dat aan de klas vertellen?',
    ])
      expect(['V-MELDCODE', 'V-ACUUT'], text).not.toContain(first(text));
  });

  it('takes the meldcode route for a parent who will not take a child in pain to the dentist or doctor, next to other neglect', () => {
    for (const text of [
      "PAJ'er: jongen (11) heeft geen ontbijt en al een maand een ontstoken oor, 'vader heeft geen tijd voor de dokter'. Ik wil dit met het wijkteam oppakken. Mag dat zonder ouders?",
      'Mentor: Noor (12) draagt al weken dezelfde kleren en heeft kiespijn, moeder wil niet met haar naar de tandarts. Ik wil haar aanmelden bij het wijkteam. Toestemming nodig?',
      'oc: lln 13 kiespijn al weken, mama geen tijd voor tandarts, ouders reageren niet op mail. wil aanmelden bij wijkteam, mag dat?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('keeps asking about neglect for weeks of toothache when the writer thinks there is no money', () => {
    const text = 'Mentor: Daan (13) heeft al maanden kiespijn en ouders reageren niet, ik denk dat er geen geld is. Ik wil het gezin aanmelden bij het wijkteam. Toestemming?';
    expect(first(text), text).toBe('Q-ZORGEN');
  });

  it('asks about neglect for care tasks and tiredness when the pupil says all is fine at home', () => {
    for (const text of [
      "Mentor: Noor (12) valt vaak in slaap en komt te laat omdat ze haar zusjes moet aankleden, moeder 'ligt weer in bed'. Ze zegt dat alles goed gaat thuis. Mag ik de jgc vragen?",
      'oc: lln 13 moet broertjes naar school brengen want vader ligt steeds op bed, is doodmoe in de les. zegt zelf dat het thuis goed gaat. mag ik zoco inlichten?',
      'JOS-coach: Sem (11) zorgt elke ochtend voor zijn broertjes omdat moeder niet uit bed komt, hij is steeds moe. Als ik doorvraag zegt hij dat alles wel goed is. Mag ik dit met de mentor bespreken?',
    ])
      expect(first(text), text).toBe('Q-ZORGEN');
  });

  it('keeps the meldcode route for injuries or hunger when the pupil says all is fine at home', () => {
    for (const text of [
      'Mentor: Lisa (12) heeft blauwe plekken op haar armen en eet nooit, ze zegt dat alles goed gaat thuis. Mag ik de jgc vragen?',
      'Mentor: Tim (13) zegt dat alles goed gaat, maar vertelde gisteren dat zijn vader hem sloeg. Mag ik de zoco inlichten?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('reads no drug use in a parent who uses what he hears or the information', () => {
    for (const text of [
      'Mentor: vader van Noor (14) heeft geen gezag en vraagt het rapport. Volgens moeder gebruikt hij alles wat hij hoort tegen haar in de rechtszaak. Mag ik het sturen?',
      'oc: moeder gebruikt het verslag om bij de rechter haar gelijk te halen, mag ik het verslag van lln 13 aan haar geven?',
    ])
      expect(['V-MELDCODE', 'Q-ZORGEN', 'V-ACUUT', 'Q-NOOD'], text).not.toContain(first(text));
  });

  it('keeps asking about a parent who uses again', () => {
    const text = 'Mentor: Sem (13) vertelde dat zijn vader weer gebruikt en dat hij dan niet thuis wil zijn. Mag ik de jgc inlichten?';
    expect(['V-MELDCODE', 'Q-ZORGEN', 'V-ACUUT', 'Q-NOOD']).toContain(first(text));
  });
});

describe('classes of meaning from the b82–b87 misses, other writers (consent27b)', () => {
  it('reads access to the school system for a helper\'s own caseload as the JOS worker\'s access (R10: V-NIET), whoever offers it', () => {
    for (const text of [
      'De zorgcoördinator biedt me een eigen SOMtoday-inlog aan zodat ik het verzuim van mijn cliënten kan bijhouden. Mag dat?',
      'Teamleider vraagt of ik een Magister-account wil, dan kan ik zelf zien hoe vaak mijn clienten absent zijn',
      'Kan de OC me inloggegevens voor Magister geven zodat ik de leerlingen die ik begeleid kan volgen?',
      'mag de paj in het lvs de absenties van haar jongeren zien? dan hoef ik het niet steeds door te sturen',
      'mag de gedragswetenschapper in somtoday de cijfers van haar leerlingen bekijken? scheelt ons mailen',
    ])
      expect(first(text), text).toBe('V-NIET');
    // Guards: a new mentor's own account, a mentor looking at his own class, or absences mailed out of the system.
    expect(first('De OC wil me een Magister-account geven, ik ben de nieuwe mentor van 2b. Moet ik iets tekenen?')).toBe('V-GEEN');
    expect(first('Mag ik in Magister zien welke absenties mijn mentorleerlingen hebben?')).toBe('Q-MET-WIE');
    expect(first('Mag de administratie de absenties van mijn clienten uit Magister naar mij mailen?')).toBe('Q-MET-WIE');
  });

  it('reads the writer\'s finished assessment whose report may go to colleagues as her own report (J5): at 16 or 17 the pupil decides', () => {
    for (const text of [
      'Onderzoek bij Daan (17) is klaar. Kan mijn rapport naar zijn mentor en de teamleider?',
      'observatie van Mila (16) afgerond, mag het verslag ervan naar de zorgcoördinator?',
      'mijn onderzoek bij Tess (16) is klaar. mag de rapportage naar de decaan?',
    ])
      expect(first(text), text).toBe('V-LEERLING16');
    expect(first('HGD bij Noor (14) afgerond. Mag mn verslag naar de zoco?')).toBe('V-BEIDEN');
    // Guards: a test mark or a school report is no assessment of the writer's.
    expect(first('De toets van Yara (16) is afgerond. Mag het cijfer naar de mentor?')).toBe('Q-MET-WIE');
    expect(first('Het rapport van de rapportvergadering van Daan (17) is klaar. Mag het rapport naar zijn ouders?')).toBe('Q-MET-WIE');
  });

  it('asks whether the family is known when an anonymous consultation of the wijkteam (advice, or whether registering makes sense) names what everyone knows', () => {
    for (const text of [
      'Ik wil bij het wijkteam zonder namen navragen of aanmelden zin heeft voor een gezin. Het is wel het enige gezin met een drieling in ons dorp.',
      'Anoniem advies vragen aan het gebiedsteam over een jongen (13): zijn vader is de eigenaar van de bakkerij, iedereen kent ze. Kan dat?',
      'zonder naam wil ik bij het buurtteam polsen of een aanmelding nodig is, maar het is het enige meisje in een rolstoel bij ons',
    ])
      expect(first(text), text).toBe('Q-HERKENBAAR');
    // Guards: asking the team to help a known family is passing it on (consent25b); advice with nothing telling is anonymous;
    // advice from the JOS worker needs no consent either way (R02).
    expect(first("ik wil 'anoniem' aan het buurtteam vragen of ze hulp kunnen bieden aan een jongen van 13, iedereen in het dorp kent dat gezin")).toBe('V-OUDERS16');
    expect(first('Ik wil het gebiedsteam anoniem om advies vragen over een gezin, zonder namen, klas of andere details. Mag dat?')).toBe('V-GEEN');
    expect(first('Wil op het JOS-inloopspreekuur anoniem advies vragen over een jongen, maar hij is de enige in een rolstoel. Mag dat?')).toBe('V-GEEN');
  });

  it('reads the JOS worker who joins the leerlingbespreking to think along, none of the pupils in her help, as advice (J1): "ouders inlichten of toestemming vragen" asks about consent, it names no recipient', () => {
    for (const text of [
      'de coach van jos denkt mee in de leerlingbespreking van 1 havo, ze heeft niemand van hen in traject. moet ik ouders eerst inlichten of toestemming vragen?',
      'De orthopedagoog van JOS zit donderdag bij de leerlingbespreking om mee te denken. Moeten we de ouders van de besproken leerlingen informeren of toestemming vragen?',
      'Gedragswetenschapper en jgc denken mee bij de leerlingbespreking van 4 havo; ze hebben geen van die leerlingen in begeleiding. Ouders vooraf inlichten of toestemming vragen?',
    ])
      expect(first(text), text).toBe('V-GEEN');
    // Guard: a pupil already in her help is discussed with the helper: the consent for that help counts.
    expect(first('De jgc schuift aan bij de leerlingbespreking, ze heeft Sem (14) al in begeleiding. Moet ik ouders informeren of toestemming vragen?')).toBe('V-BEIDEN');
  });

  it('asks whether the writer may signal in the Verwijsindex when she doubts her own authority (Q-MELDBEVOEGD), never assumes she may not', () => {
    for (const text of [
      'Ik ben gezinscoach en wil een meisje in de verwijsindex plaatsen, maar ik weet niet of ik meldingsbevoegd ben.',
      'Mag ik als paj een signaal in de verwijsindex afgeven? Geen idee of ik daar bevoegd voor ben.',
      'Verwijsindex: kan ik Tim daar zelf in zetten? Ben ik daar eigenlijk wel bevoegd voor?',
    ])
      expect(first(text), text).toBe('Q-MELDBEVOEGD');
    // Guards: not knowing who the reporter is says the writer is not; the connected reporter herself signals.
    expect(first('Ik wil een jongen in de verwijsindex zetten, maar ik weet niet wie bij ons meldingsbevoegd is.')).toBe('V-FG');
    expect(first('Ik ben de meldingsbevoegde en we zijn aangesloten. Mag ik een signaal afgeven in de verwijsindex?')).toBe('V-INFO');
  });

  it('reads a JOS worker who will begin or start talks with a pupil as her own help (J3): a class named without an age asks the age', () => {
    for (const text of [
      'De gedragswetenschapper gaat met een leerling uit havo 4 coachingsgesprekken starten, van wie is toestemming nodig?',
      'de paj wil met een jongen uit de bovenbouw vwo gesprekken aangaan, wie moet er tekenen?',
      'jgc gaat met een leerling uit de examenklas havo gesprekken starten, wie tekent?',
    ])
      expect(first(text), text).toBe('Q-LEEFTIJD');
    expect(first('de coach wil met Sem (14) gesprekken beginnen, wie tekent?')).toBe('V-BEIDEN');
    // Guard: talks with the mentors about the class are no help to a pupil.
    expect(first('De jgc wil met de mentoren van de bovenbouw gesprekken beginnen over de klas. Toestemming nodig?')).toBe('Q-JOS');
  });

  it('reads counts per school or year ("hoeveel leerlingen per school een traject hadden") as telling no one pupil (V-GEEN)', () => {
    for (const text of [
      'procesbegeleider: ik wil de jaarcijfers van JOS presenteren: hoeveel jongeren per school een traject kregen. Mag dat?',
      'Mag ik op de regiobijeenkomst vertellen hoeveel jongeren per school bij de jgc in begeleiding zijn? Namen noem ik niet.',
      'Voor het jaarverslag wil ik per school het aantal leerlingen met een JOS-traject noemen, anoniem. Kan dat?',
    ])
      expect(first(text), text).toBe('V-GEEN');
    // Guards: one pupil's talks counted are the writer's own help told (consent27a's reading: Sem and his parents consent),
    // and a count that points at the only pupil of its kind is no anonymous figure.
    expect(first('Mag ik in de netwerkgroep vertellen hoeveel gesprekken ik met Sem (14) had?')).toBe('V-BEIDEN');
    expect(first('Ik wil in de netwerkgroep laten zien hoeveel leerlingen per school een traject hadden, zonder namen; op één school is dat alleen de leerling in een rolstoel.')).toBe('Q-MET-WIE');
  });

  it('reads the placement the writer looks for ("zodat ik een passende stageplek kan zoeken") as the purpose, not who is told: the JOS worker tells the school, at 16 or 17 the pupil decides', () => {
    for (const text of [
      'Als stagebegeleider zoek ik een stageplek voor Daan (16). De jgc wil me vertellen hoe het thuis gaat, zodat ik een geschikte plek kan vinden. Mag dat zonder ouders?',
      'De paj begeleidt Noor (16) en wil mij vertellen wat er thuis speelt, zodat ik een stageadres kan regelen. Moet dat via ouders?',
      'stagecoördinator hier: de paj van Tim (17) wil me vertellen wat er thuis speelt, zodat ik een passend stagebedrijf kan zoeken. Moeten ouders dat weten?',
    ])
      expect(first(text), text).toBe('V-LEERLING16');
    // Guards: the placement itself told, or asking, is a party outside school (R30).
    expect(first('Mag ik het stagebedrijf van Daan (17) vertellen wat er thuis speelt?')).toBe('V-FG');
    expect(first('Het stagebedrijf wil van de jgc weten hoe het met Noor (16) gaat. Mag dat?')).toBe('V-FG');
  });
});

describe('classes of meaning from the b82–b87 abuse and neglect misses (consent27m)', () => {
  const safety = ['V-ACUUT', 'Q-NOOD', 'V-MELDCODE', 'Q-ZORGEN'];

  it('takes the meldcode route when a helper saw unnamed worrying things at home and the parents refuse to share', () => {
    for (const text of [
      'Mentor: de gezinscoach van het wijkteam vertelde dat ze thuis bij Sem (12) dingen heeft gezien die echt niet in orde zijn, maar de ouders geven geen toestemming om het met school te delen. Wat kan ik doen?',
      'Ik ben jgc en kom bij het gezin thuis. Tijdens het huisbezoek zag ik zorgelijke dingen bij de kinderen, maar vader en moeder weigeren dat ik iets aan school vertel. Mag ik het toch met de zoco bespreken?',
      "oc: de PAJ'er heeft bij de huisbezoeken dingen gezien waar ze van schrok, ouders willen niet dat ze iets met ons deelt. mag zij het mij toch vertellen?",
      'JOS-coach hier: bij huisbezoek dingen gezien die niet oké zijn bij lln (13) en zijn zusjes. Ik twijfel of ik mijn beroepsgeheim mag doorbreken. Mag ik de mentor inlichten?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('reads no abuse in good things seen at a home visit, mistakes seen in schoolwork, or parents who only refuse help', () => {
    for (const text of [
      'JOS-coach: bij het huisbezoek hebben we vooral mooie dingen gezien, hij is trots op zijn kamer. Ouders weigeren toch verdere begeleiding. Mag ik de mentor laten weten dat het traject stopt?',
      "Mentor: in zijn schrift zag ik dingen die niet goed zijn, veel rekenfouten. Ouders willen geen bijles. Mag ik de RT'er vragen te kijken?",
      'Mentor: ouders van Tim (13) weigeren toestemming voor gesprekken met de jgc, verder geen zorgen. Mag ik het toch bespreken?',
    ])
      expect(safety, text).not.toContain(first(text));
  });

  it('takes the meldcode route for a home without food or beds for the children', () => {
    for (const text of [
      'PAJ: bij het huisbezoek was de koelkast leeg en hebben de kinderen geen eigen bed, de oudste (14) slaapt al weken op de grond. Mag ik dit met de zoco delen?',
      'Mentor: Noor (12) vertelde dat er thuis geen bed voor haar is, ze slaapt al maanden op een matras in de woonkamer, en de koelkast is altijd leeg. Mag ik de jgc inlichten?',
      'oc: jgc zegt: lege koelkast, kinderen slapen al een tijd op de bank, moeder zegt dat het maar even is. lln is 13. mag dit in het zorgoverleg?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('reads no neglect in a night on a couch at family or an empty fridge in class', () => {
    for (const text of [
      'Mentor: Tim (13) slaapt dit weekend op de bank bij zijn oom omdat hun huis verbouwd wordt. Mag ik dat aan de gymdocent vertellen?',
      'Mentor: de koelkast van de klas is leeg, mag ik ouders van 2B vragen iets mee te nemen voor de klassenavond?',
    ])
      expect(['V-MELDCODE', 'V-ACUUT'], text).not.toContain(first(text));
  });

  it('takes the meldcode route for untreated tooth decay and underweight next to no food at home', () => {
    for (const text of [
      'De jeugdverpleegkundige zag bij het onderzoek van Daan (13) ernstige tandbederf en ondergewicht, en hij zei dat er thuis vaak niks te eten is. Mag ik wat wij zien met haar delen?',
      'Mentor: jeugdarts meldt veel cariës en ondergewicht bij lln (12), mag ik vertellen dat hij vaak zonder lunch komt?',
      'oc: jgz belt: jongen 14 heeft ondergewicht, thuis is er vaak geen eten. mag ik onze verzuimcijfers geven?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('reads no certain neglect in underweight from an illness in treatment, or a cavity the dentist fixes', () => {
    for (const text of [
      'Mentor: Sara (14) heeft ondergewicht door de ziekte van Crohn en is in behandeling in het ziekenhuis. Mag ik haar gymdocent inlichten?',
      'Mentor: Tim (12) heeft een gaatje en moet naar de tandarts, moeder vraagt of hij het derde uur mag missen. Mag ik dat aan de docent doorgeven?',
    ])
      expect(['V-MELDCODE', 'V-ACUUT'], text).not.toContain(first(text));
  });

  it('takes the meldcode route for being shut in the cellar, shed or cupboard as a punishment, in the child\'s own words', () => {
    for (const text of [
      "JOS-coach: bij een tekenopdracht tekende een meisje (11) zichzelf in de schuur met de deur op slot, 'als ik straf heb'. Mag ik dit met de ib'er delen?",
      'oc: een leerling (12) schreef in een opstel dat hij in de kelder moet met het licht uit als hij straf krijgt. mag ik dit delen met de aandachtsfunctionaris?',
      'Mentor: Sem (12) vertelde lachend dat hij in de kast met de deur dicht moet zitten wanneer hij straf heeft. Mag ik de zoco inlichten?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('reads no abuse in a drawing of a closed door or a punishment without games', () => {
    for (const text of [
      'Mentor: Noor (12) tekende haar kamer met de deur dicht omdat haar broertje altijd binnenkomt. Mag ik de tekening in de klas ophangen?',
      'Mentor: als Tim (12) straf heeft mag hij een week niet gamen, zegt hij. Mag ik ouders mailen over zijn huiswerk?',
      'Mentor: als Daan (12) straf krijgt moet hij naar zijn kamer met de deur dicht, vertelt hij. Mag ik dat aan zijn mentor vertellen?',
    ])
      expect(['V-MELDCODE', 'V-ACUUT'], text).not.toContain(first(text));
  });

  it('takes the meldcode route, not danger now, for a holiday to family after which she may not come back, watched by family', () => {
    for (const text of [
      'Mentor: Aisha (14) vertelde dat ze in de zomervakantie naar familie gaat en daarna niet meer terugkomt, haar vader leest al haar berichten. Mag ik dit met de aandachtsfunctionaris bespreken?',
      'oc: lln 15 moet na de zomer op vakantie bij familie en mag daarna niet meer naar school terug, broer brengt en haalt haar elke dag. mag ik de jgc inlichten?',
      "JOS-coach: meisje (16) gaat in de meivakantie 'logeren bij familie' en komt volgens haar niet meer terug. Haar oom controleert haar telefoon. Kan ik dit delen?",
      'Mentor: Sara (16) zegt dat ze deze zomer naar familie in het buitenland moet en daarna misschien niet meer terugkomt. Haar broers bepalen alles. Mag ik dit met de zoco bespreken?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('keeps danger now for that holiday on a day of this week', () => {
    const text = 'Mentor: Aisha (15) moet vrijdag op vakantie naar familie en komt daarna niet meer terug naar school, zegt ze. Haar broer controleert haar telefoon. Mag ik iemand inlichten?';
    expect(first(text), text).toBe('V-ACUUT');
  });

  it('takes the meldcode route for an adult boyfriend who demands photos or passwords and threatens to spread them', () => {
    for (const text of [
      "oc: lln 15 moet van haar vriendje (19) naaktfoto's blijven sturen, anders gaat hij ze verspreiden. Ze wil niet dat haar ouders het weten. mag ik dit aan de jgc vertellen?",
      "Decaan: haar vriend (20) wil al haar wachtwoorden en dreigt de foto's die ze stuurde rond te sturen. Mag ik haar ouders inlichten?",
      "Decaan: leerling (15) moet van haar vriend (20) steeds foto's sturen, anders stuurt hij de oude naar haar klas. Mag ik haar mentor inlichten?",
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('reads no abuse in class photos sent round or a boyfriend of her own age', () => {
    for (const text of [
      "Mentor: de klas wil de foto's van het schoolkamp rondsturen naar iedereen, anders ziet niet iedereen ze. Mag dat zonder toestemming van ouders?",
      'Mentor: Noor (15) heeft een vriend (16), ze appen de hele dag. Mag ik ouders vragen haar telefoon in de les weg te laten leggen?',
    ])
      expect(['V-MELDCODE', 'V-ACUUT'], text).not.toContain(first(text));
  });

  it('asks (abuse, or danger now) for a much older friend of unstated age who brings presents or money', () => {
    for (const text of [
      'Mentor: Sanne (14) heeft een oudere vriend die haar steeds ophaalt en haar een nieuwe iphone gaf. Mag ik dit met de zoco bespreken?',
      'oc: lln 3 vmbo heeft een oudere vriend met een dure auto, krijgt cadeaus en is vaak afwezig. mag ik de jgc inlichten?',
      "Mentor: Noa (13) heeft een stuk oudere 'vriend' die haar geld geeft. Mag ik de gw erbij halen?",
    ])
      expect(['Q-ZORGEN', 'Q-NOOD'], text).toContain(first(text));
  });

  it('keeps the meldcode route for an adult man of a stated age or an older man who gives presents', () => {
    for (const text of [
      'Mentor: Sanne (14) wordt opgehaald door een vriend van 24 die haar cadeaus geeft. Mag ik de zoco inlichten?',
      'Mentor: een oudere man geeft Noor (13) steeds cadeaus na school. Mag ik de jgc inlichten?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('asks about abuse for bruises the pupil explains when the writer finds the cause plausible', () => {
    for (const text of [
      'Mentor: Tim (13) heeft vaak blauwe plekken op zijn benen, zegt dat het van voetbal komt. Dat kan best kloppen, hij keept. Mag ik de jgc vragen?',
      'oc: lln 14 blauwe plekken op armen, volgens hem van judo. zou goed kunnen, ik wil het wel even delen met de mentor. mag dat?',
      'Gymdocent: Noor (12) heeft blauwe plekken op haar bovenarmen, ze zegt van hockey en ik geloof haar eigenlijk wel. Mag ik de mentor inlichten?',
    ])
      expect(first(text), text).toBe('Q-ZORGEN');
  });

  it('keeps the meldcode route for bruises when the writer does not believe the cause', () => {
    const text = 'Mentor: Tim (13) heeft blauwe plekken op zijn bovenarmen, zegt van voetbal, maar dat geloof ik niet. Mag ik de zoco inlichten?';
    expect(first(text), text).toBe('V-MELDCODE');
  });
});

describe('classes of meaning from the b82–b87 safety misses (consent27s)', () => {
  const danger = ['V-ACUUT', 'Q-NOOD'];

  it('puts danger first for a pupil who has not been home since last night and cannot be reached', () => {
    for (const text of [
      'Teamleider: Milan (15) is sinds gisteren niet thuis geweest en geeft geen antwoord op appjes. Mag ik zijn ouders bellen?',
      'Mentor: Yusuf (14) heeft twee nachten niet thuis geslapen en geeft geen antwoord als we appen, zegt zijn broer. Mag ik zijn broer het rooster geven?',
      'Decaan: een jongen uit 4 havo (16) is sinds vrijdag niet thuis geweest en reageert op geen enkel bericht. Mag ik de mentor inlichten?',
      'oc: lln (13) heeft vannacht niet thuis geslapen volgens haar vriendin en neemt niet op. mag ik dit aan de teamleider doorgeven?',
    ])
      expect(danger, text).toContain(first(text));
  });

  it('reads no danger in a night with grandma while the parents are away, or in weeks off school at home', () => {
    for (const text of [
      'Mentor: Sara (13) heeft vannacht niet thuis geslapen maar bij haar oma, omdat haar ouders naar een bruiloft waren. Mag ik oma het rooster sturen?',
      'Mentor: Tim (14) is sinds de herfstvakantie niet meer op school geweest en zit thuis. Mag ik leerplicht inlichten?',
    ])
      expect(danger, text).not.toContain(first(text));
  });

  it('puts danger first for fireworks or a home-made bomb brought to school on a near day, aimed at a person', () => {
    for (const text of [
      "Conciërge: doorgestuurd van een leerling: 'Daan zegt dat hij na school zwaar vuurwerk naar die leraar gaat gooien.' Mag ik zijn naam aan de wijkagent geven?",
      'Mentor: een leerling zei in de klas dat hij deze vrijdag een cobra meeneemt voor de auto van de teamleider. Moeten ouders eerst toestemming geven voordat ik de politie bel?',
      'Teamleider: in de klassenchat staat dat Sem morgen een nitraatbom in de brievenbus van mevrouw De Vries stopt. Mag ik de screenshots aan de politie geven?',
      'Schoolleider: Ravi (14) heeft in de groepsapp gezet dat hij morgen strijkers meeneemt voor meneer Bakker. De mentor vraagt of hij ouders moet inlichten.',
    ])
      expect(danger, text).toContain(first(text));
  });

  it('reads no danger in a lesson about fireworks or fireworks lit last year', () => {
    for (const text of [
      'Mentor: morgen komt de politie voorlichting geven over vuurwerk in de klas van meneer Jansen. Moeten ouders toestemming geven voor de foto’s?',
      'Administratie: vorig jaar heeft een oud-leerling vuurwerk afgestoken op het plein. Een journalist vraagt zijn naam. Mag dat?',
    ])
      expect(danger, text).not.toContain(first(text));
  });

  it('decides danger now for a pupil barely responsive or collapsed after swallowing something', () => {
    for (const text of [
      'Surveillant: achter de gymzaal zit een jongen uit 1 havo die bijna niet aanspreekbaar is; zijn vrienden zeggen dat hij iets heeft ingenomen dat hij van iemand kreeg. Mag ik zijn moeder bellen?',
      'Gymdocent: jongen (14) zakte in de kleedkamer in elkaar nadat hij iets had ingenomen van een klasgenoot. Mag ik de ambulance zijn gegevens geven?',
      'conciërge: leerling bij de fietsenstalling is amper aanspreekbaar, vrienden zeggen dat hij wat heeft geslikt. mag ik zijn ouders bellen?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('decides no danger now for chewing gum swallowed or a pupil asleep who wakes and talks', () => {
    for (const text of [
      'Conciërge: een jongen (15) lag bij de kluisjes te slapen in de pauze, hij was gewoon aanspreekbaar toen ik hem wekte. Mag ik zijn mentor mailen?',
      'Mentor: Tim (12) heeft gisteren per ongeluk zijn kauwgom ingeslikt en moest erom lachen. Mag ik zijn ouders mailen?',
    ])
      expect(first(text), text).not.toBe('V-ACUUT');
  });

  it('decides danger now for a pupil hurt by a carer who says it happens again when she gets home today', () => {
    for (const text of [
      "Mentor: Sem (12) heeft een dikke lip van zijn vader van gisteren en zegt: 'als ik straks thuiskom krijg ik weer klappen.' Mag ik Veilig Thuis bellen zonder ouders?",
      'oc: lln (14) heeft striemen op haar rug van moeders vriend en wil niet naar huis: vanmiddag thuiskomen is weer slaag. mag ik zonder moeder VT bellen?',
      "Teamleider: jongen (13) met een blauw oog van zijn stiefvader zegt 'vanavond als ik thuiskom is het weer raak'. Mag ik de wijkagent inlichten?",
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('takes the meldcode route for a forced marriage this summer told after the lesson, and keeps a near weekday acute', () => {
    for (const text of [
      'Mentor: Ayla (15) vertelde me na school dat ze deze zomer in Marokko moet trouwen met een neef en dat haar vader haar paspoort heeft. Mag ik dit met de zoco bespreken?',
      'Docent: leerling (16) zei na de les dat zij in de zomervakantie uitgehuwelijkt wordt in het land van haar ouders, ze is bang. Mag ik iemand inlichten zonder haar toestemming?',
      'oc: lln 4 havo vertelde mij na schooltijd dat haar familie haar deze zomer wil uithuwelijken, paspoort is afgepakt. mag ik dit delen?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
    const soon = 'Mentor: Ayla (15) vertelde me na de les dat ze zaterdag naar Marokko vliegt om te trouwen en dat haar vader haar paspoort heeft afgepakt. Mag ik dit delen?';
    expect(first(soon), soon).toBe('V-ACUUT');
  });

  it('reads no danger in praise: geweldig betrokken, geweldige samenwerking', () => {
    for (const text of [
      'Teamleider: de oma van Sven (13) is geweldig betrokken en vraagt vaak naar zijn rapport. Ouders zijn gewoon bereikbaar. Mag ik haar bijpraten?',
      'Mentor: de stagebegeleider vond Lisa (16) geweldig en wil haar cijfers van dit jaar zien. Mag dat?',
      'oc: geweldige samenwerking met de tante van lln (14), zij vraagt naar zijn gedrag in de klas. mag ik dat vertellen?',
    ])
      expect(danger, text).not.toContain(first(text));
  });

  it('keeps violence at home, named as geweld or gewelddadig, a safety matter', () => {
    for (const text of [
      'Mentor: Sven (13) vertelde dat er thuis geweld is. Mag ik de zoco inlichten?',
      'Mentor: Noor (14) zegt dat haar vader gewelddadig is tegen haar moeder. Mag ik de jgc inlichten?',
    ])
      expect([...danger, 'V-MELDCODE', 'Q-ZORGEN'], text).toContain(first(text));
  });

  it('reads "mij (teamleider)" as the writer, so a relative who asks is who is told', () => {
    for (const text of [
      'Grootouders van Noa (14) zijn erg betrokken en vragen mij (teamleider) regelmatig naar haar cijfers en haar gedrag. Ouders zijn gewoon bereikbaar. Mag ik ze bijpraten?',
      'De opa van Sem (13) is heel betrokken en belt me (afdelingsleider) vaak over zijn cijfers. Ouders zijn bereikbaar. Mag ik hem bijpraten?',
      'De tante van Lisa (15) woont in de buurt en mailt mij (decaan) over haar profielkeuze. Ouders weten ervan. Mag ik haar antwoorden?',
    ])
      expect(first(text), text).toBe('V-FG');
  });

  it('keeps a teamleider named as the one to tell a colleague', () => {
    for (const text of [
      'Ik ben decaan. De opa van Sem (13) is overleden; mag ik de teamleider vragen de docenten in te lichten?',
      'Mentor: mag ik mijn zorgen over Daan (12) met de teamleider bespreken?',
    ])
      expect(first(text), text).toBe('V-GEEN');
  });

  it('guesses no danger now when the police ask who is on camera at a theft or damage that is done', () => {
    for (const text of [
      'Politie belde de conciërge: op camerabeelden staat een jongen in een rode jas bij de fietsenstalling waar een scooter is gestolen. Ze willen zijn naam en klas. Mag dat?',
      'Politie belt: op camerabeelden van de supermarkt staat een leerling die een scooter heeft gestolen. Ze vragen zijn naam en adres. Mag ik die geven?',
      'Wijkagent: op beelden bij het station staat een meisje uit 3 havo dat een brommer heeft gejat. Hij vraagt haar naam. Mag ik die geven?',
    ])
      expect(first(text), text).toBe('V-FG');
  });

  it('keeps danger first when the one on camera carries a knife or threatens someone', () => {
    for (const text of [
      'Politie belt: op camerabeelden staat een jongen uit 4 vmbo met een mes bij de fietsenstalling waar een scooter is gestolen. Ze willen zijn naam. Mag dat?',
      'Wijkagent: de jongen die de fiets van Sem heeft gestolen, dreigt hem morgen na school op te wachten. Mag ik zijn naam aan de politie geven?',
    ])
      expect(danger, text).toContain(first(text));
  });

  it('asks no danger now for a contact ban and a fear that he will come some day, without a time or a sign', () => {
    for (const text of [
      'Administratie: moeder van Sara (13) heeft een straatverbod tegen haar ex, ze is bang dat hij ze ooit vindt. Hij vraagt nu het rapport op. Mag ik dat sturen?',
      'Mentor: vader van Tim (12) heeft een contactverbod; moeder vreest dat hij langskomt. Vader mailt of hij de cijfers mag zien. Mag dat?',
      'oc: er loopt een contactverbod tegen vader, moeder is ongerust dat hij hen komt zoeken. hij vraagt het adres van de nieuwe school van lln (14). geven?',
    ])
      expect(danger, text).not.toContain(first(text));
  });

  it('keeps danger now for a banned parent feared to come this afternoon or standing at the gate', () => {
    for (const text of [
      'Administratie: vader van Sara (13) heeft een contactverbod en moeder is bang dat hij haar vanmiddag komt ophalen. Mag ik de conciërge inlichten?',
      'Mentor: vader van Tim (12) heeft een contactverbod, moeder is bang dat hij komt, en hij staat nu bij het hek. Mag ik de politie bellen?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('asks about home, not danger now, for a parent who no longer copes at home or with a partner, and nothing more said', () => {
    for (const text of [
      'Administratie: vader van Sem (12) zei aan de telefoon dat hij het thuis niet meer aankan met zijn vrouw, de kinderen lijden eronder. Meer zei hij niet. Mag ik de zoco inlichten?',
      'Mentor: moeder van Lisa (14) vertelde op de ouderavond dat ze het met haar partner niet meer trekt en dat Lisa daar veel van meekrijgt. Meer wilde ze niet zeggen. Mag ik de jgc erbij halen?',
      'oc: moeder bij de receptie: houdt het thuis niet meer uit met haar man, kinderen (13 en 15) hebben er last van. meer niet. mag ik het wijkteam bellen?',
    ])
      expect(first(text), text).toBe('Q-ZORGEN');
  });

  it('keeps danger first when the pupil herself no longer copes and names tomorrow or an end', () => {
    for (const text of [
      'Mentor: Noor (15) zegt dat ze het niet meer trekt en dat iedereen morgen wel ziet wat er gebeurt. Mag ik haar ouders bellen?',
      'Mentor: Daan (15) zegt dat hij het thuis niet meer trekt en dat hij er een eind aan wil maken. Meer niet. Mag ik zijn ouders bellen?',
    ])
      expect(danger, text).toContain(first(text));
  });

  it('reads no sign in a quarrel at home about a choice, or the quarrel a pupil expects if her parents hear of the help', () => {
    for (const text of [
      'Decaan: Sem (16, 5 havo) wil zich laten aanmelden bij de jgc omdat hij vastzit met zijn studiekeuze en thuis ruzie heeft daarover. Moet ik ouders of hem om toestemming vragen?',
      'Mentor: Lotte (15) wil met de jeugd- en gezinscoach praten, maar vader mag het niet weten, anders krijgt ze thuis ruzie. Mag de coach beginnen?',
      'oc: lln (17) heeft thuis veel ruzie over zijn vervolgopleiding en wil de gw spreken. moet dat met ouders?',
      'Mentor: Daan (14) wil hulp van de jgc, maar zegt: als mijn ouders dat horen, dan wordt het ruzie. Kan de jgc gewoon starten?',
    ])
      expect([...danger, 'Q-ZORGEN', 'V-MELDCODE'], text).not.toContain(first(text));
  });

  it('keeps a quarrel at home a sign when the pupil is hit or afraid', () => {
    for (const text of [
      'Mentor: Daan (14) zegt dat er thuis veel ruzie is over zijn cijfers en dat vader hem dan slaat. Mag ik de zoco inlichten?',
      'Mentor: Lotte (13) wil hulp van de jgc, maar als haar ouders het horen dan wordt het ruzie en daar is ze bang voor. Mag de jgc starten?',
    ])
      expect([...danger, 'Q-ZORGEN', 'V-MELDCODE'], text).toContain(first(text));
  });
});

describe('classes of meaning from the b82–b87 misses (consent27a: the JOS worker\'s and OC\'s own work, one reading)', () => {
  it('reads a first person next to an act of JOS work, nobody else named, as the writer\'s own help (J3), in any words', () => {
    const cases: Array<[string, string]> = [
      ['Voor Daan (12) wil ik volgende week een intake plannen. Vader en moeder hebben allebei gezag. Wie moet er tekenen?', 'V-BEIDEN'],
      ['Morgen start ik met gesprekjes bij een meisje uit 2 havo (13). Moeder heeft getekend, vader heeft ook gezag maar wil het niet. Kan dat?', 'V-FG'],
      ['De zoco vraagt of ik bij Noah (14) onderzoek kan doen naar zijn concentratie. Ouders zijn gescheiden, allebei gezag. Wie tekent?', 'V-BEIDEN'],
      ['Ze is 15 en twijfelt of ze gesprekken met mij wil. Vader heeft gezag, moeder ook, beiden weten van niets. Kan ik beginnen?', 'V-BEIDEN'],
      ['nieuwe aanmelding van de zorgcoördinator: Eva, 13, ouders samen gezag. kan ik het eerste gesprek al inplannen?', 'V-BEIDEN'],
      ['Ik wil na de zomer bij Jens (16) een traject starten, hij wil het zelf, ouders weten het niet. Mag dat zonder hen?', 'V-LEERLING16'],
    ];
    for (const [text, answer] of cases) expect(first(text), text).toBe(answer);
    // Guards: a mentor's own talks, a JOS worker named as someone else, and a teacher going along on a trip stay asked.
    expect(first('Als mentor heb ik drie gesprekken gehad met Sem (13). Wat moet ik regelen?')).toBe('Q-MET-WIE');
    expect(first('De jgc heeft drie gesprekken gehad met Sanne (14). Ik wil weten hoe het gaat. Mag ik dat vragen?')).toBe('Q-JOS');
    expect(first('Ik ga als begeleider mee op kamp met 2 havo. Mag ik een lijst van wie medicijnen gebruikt?')).toBe('Q-MET-WIE');
  });

  it('reads the writer telling the school about her own help, said as a note without "ik" or with the act first, as J5', () => {
    for (const text of [
      'Intake met Fenna (15) vorige week gedaan. De mentor wil weten hoe het gaat, Fenna vindt het goed. Mag ik hem bijpraten?',
      'Traject met Jesse (14) na zes gesprekken afgerond. Ik wil de mentor kort vertellen wat er thuis speelde. Kan dat?',
      'Na mijn observatie wil ik de mentor vertellen wat ik zag bij Sam (13). Sam weet ervan. Mag dat?',
      'Sinds de intake zie ik Lieke (14) elke week. Haar mentor vraagt hoe het gaat. Wat mag ik zeggen?',
    ])
      expect(first(text), text).toBe('V-BEIDEN');
    // Guards: the writer's own referral to the wijkteam stays a referral (W2), a teacher writing up talks stays asked.
    expect(first('Ik wil Mees (15) aanmelden bij het wijkteam na mijn gesprekken. Hij vindt het goed, ouders weten het. Mag dat?')).toBe('V-OUDERS16');
    expect(first('Ik ben docent en wil de gesprekken met Tess (14) verslaan voor de mentor. Mag dat?')).toBe('Q-MET-WIE');
  });

  it('reads a parent who "does not know yet" after a dropped comma as the next clause, not the one told: the writer tells the mentor of her own help (J5)', () => {
    for (const text of [
      'Ik heb nu 3 gesprekken gehad met Sanne (14, 3 havo). Haar mentor vraagt hoe het gaat. Sanne zelf vindt het oké als ik het vertel, moeder weet nog niet dat ik dit zou doorgeven.',
      'Ik heb Milan (13) nu vijf keer gesproken in mijn begeleiding. Zijn mentor wil weten hoe het gaat, Milan vindt het goed als ik het vertel, vader weet nog niet dat ik iets deel. Mag dat?',
      'Na vier gesprekjes met Ilse (12) vraagt haar mentor wat er speelt. Ilse zegt dat ik het mag vertellen, ouders weten niet dat ik het doorgeef. Kan dat?',
    ])
      expect(first(text), text).toBe('V-BEIDEN');
    // Guard: a parent the writer tells stays who is told.
    expect(first('Ik heb drie gesprekken gehad met Sanne (14). Mag ik het vertellen aan haar moeder? Moeder heeft gezag.')).toBe('Q-OUDERS');
  });

  it('reads a JOS worker\'s note that drops "ik", or an act said with the verb first ("begin ik", "begeleid ik"), as her own work', () => {
    const cases: Array<[string, string]> = [
      ['Heb gisteren de kennismaking gehad met Jayden (12). Ouders wonen apart, allebei gezag, alleen moeder heeft getekend. Kan ik door?', 'V-BEIDEN'],
      ['Volgende week begin ik bij Aya (11) met een paar gesprekjes. Ouders getrouwd. Wie tekent?', 'V-OUDERS12'],
      ['Gesprekken met Tim (13) lopen nu een maand. Zijn mentor vraagt wat er thuis aan de hand is. Tim is akkoord. Mag ik het vertellen?', 'V-BEIDEN'],
      ['Ik heb een screening gedaan in 1B met per leerling een kort beeld. Allemaal 12 of 13. Wat moet ik regelen?', 'V-BEIDEN'],
      ["pamb'er hier. Kan ik Liam (14) al zien terwijl vader nog moet tekenen? Ouders gescheiden, samen gezag.", 'V-BEIDEN'],
      ['Sinds de herfst begeleid ik als smw Fatima (13). De zorgcoördinator wil in het zorgteam weten hoe het gaat. Fatima vindt het goed. Mag ik vertellen?', 'V-BEIDEN'],
      ['Ik heb een intakegesprek gepland met Yusuf (17), hij wil niet dat zijn ouders het weten. Kan dat?', 'V-LEERLING16'],
    ];
    for (const [text, answer] of cases) expect(first(text), text).toBe(answer);
    // Guards: the role alone, asked to "eens kijken" at a pupil, names no act: what she will do is asked; a mentor's own
    // first talk with a class is no JOS work.
    expect(first('Als mentor heb ik vandaag mijn eerste gesprek met de nieuwe klas gehad. Moet ik ouders iets laten weten?')).toBe('Q-OUDERS');
    expect(first('Gedragswetenschapper hier. De mentor vraagt of ik eens naar Bo uit 1 havo kan kijken. Moet ik ouders om toestemming vragen?')).toBe('Q-JOS');
  });

  it('reads an application that reached the writer through a colleague as her own help starting, not a handover (J3)', () => {
    expect(first('Aanmelding via de mentor binnengekomen voor Luuk (12), ouders hebben samen gezag. Mag ik de intake al plannen?')).toBe('V-BEIDEN');
    expect(first('nw aanmelding via de teamleider: Bo, 14, ouders gescheiden met samen gezag, vader nog niet gesproken. kan ik de kennismaking plannen?')).toBe('V-BEIDEN');
    // Guard: the writer who sends the application on is who hands over.
    expect(first('Ik wil Mees (15) aanmelden bij het wijkteam na mijn gesprekken. Hij vindt het goed, ouders weten het. Mag dat?')).toBe('V-OUDERS16');
  });

  it('reads the writer coming to watch a teacher\'s lesson for tips only as advice to the teacher (J2), however far "ik" stands from it', () => {
    for (const text of [
      'Ik wil volgende week bij meneer Bakker in zijn les in 2B komen kijken hoe hij de groep aanpakt, alleen tips voor hem, niks per leerling. Moeten ouders toestemming geven?',
      'Ik kom donderdag bij juf Anouk meekijken in de les om haar te helpen met de klas, ik noteer niets over losse leerlingen. Toestemming nodig?',
    ])
      expect(first(text), text).toBe('V-GEEN');
    // Guards: "mag ik het verslag sturen" is not the writer's own report, and "ik begeleid hem niet" is no own help.
    expect(first('Collega vraagt: mag ik het verslag over Tess (12) naar de hulpverlener van het gezin sturen?')).toBe('Q-MET-WIE');
    expect(first('Mijn teamleider zegt dat ik het verslag van Bas (13) moet doorsturen. Mag dat?')).toBe('Q-MET-WIE');
  });

  it('reads the writer\'s report at the handover to the help that takes over as that help already in the case (W1), not a school transfer', () => {
    for (const text of [
      'Lotte (15), vervolg via wijkteam Heiloo. Mag ik mijn eindverslag bij de overdracht naar de wijkteammedewerker sturen?',
      'Begeleiding van Sem (14) klaar, hij gaat verder bij het gebiedsteam. Mag mijn eindverslag mee bij de warme overdracht aan zijn nieuwe wijkcoach?',
    ])
      expect(first(text), text).toBe('V-BEIDEN');
    // Guard: a warm handover to the new school stays a school transfer.
    expect(first('Warme overdracht van Noor (13) naar de nieuwe school volgende week. Mag ik haar verslag meegeven?')).toBe('V-OUDERS16');
  });

  it('reads "kan hij echt zelf toestemming geven" next to a childlike level as the writer\'s doubt (R26, V-FG)', () => {
    expect(first('Leerling (17) met LVB, zegt op alles ja. Kan ze echt zelf toestemming geven voor gesprekken met de jgc?')).toBe('V-FG');
    expect(first('Praktijkonderwijs, jongen van 16 met een IQ van 58. Mag hij echt zelf beslissen over onderzoek door de orthopedagoog?')).toBe('V-FG');
    // Guard: without a sign of that level the pupil of 16 or 17 decides.
    expect(first('Lisa (16) wil gesprekken met de jgc. Kan ze echt zelf toestemming geven?')).toBe('V-LEERLING16');
  });
});

describe('classes of meaning from the b88–b90 misses (consent28a)', () => {
  it('reads the writer\'s own finished assessment report, discussed or explained to school, as her telling the school (J5), never V-GEEN', () => {
    for (const text of [
      'Mijn onderzoeksverslag over Sem (14) is klaar; ik wil de uitkomsten met zijn mentor doornemen.',
      'Onderzoeksrapport Noor (13) is af. Mag ik de conclusies aan haar mentor toelichten?',
    ])
      expect(first(text), text).toBe('V-BEIDEN');
    expect(first('Het observatieverslag van Bram (16) is gereed, kan ik de adviezen met de teamleider bespreken?')).toBe('V-LEERLING16');
    // Guards: a school report or a test report a mentor discusses is no JOS work.
    expect(first('Het rapport van Finn (15) is binnen, mag ik zijn cijfers met de mentor bespreken?')).toBe('V-GEEN');
    expect(first('Ik ben mentor van Lotte (14). Haar toetsrapport is klaar, ik wil de resultaten met de teamleider bespreken.')).toBe('V-GEEN');
  });

  it('reads closing the writer\'s own trajectory, told to the mentor in a final talk, as her telling the school (J5), never V-GEEN', () => {
    for (const text of [
      'Afronding begeleiding Sara (17) vrijdag. Mag ik in het slotgesprek met de mentor vertellen hoe het thuis gaat?',
      'Einde traject Jesse (16) nadert. In het afrondingsgesprek wil ik de mentor vertellen hoe het ging.',
    ])
      expect(first(text), text).toBe('V-LEERLING16');
    expect(first('Afsluiting traject Mees (14) na de zomer. In het laatste gesprek met de mentor wil ik vertellen wat we bereikt hebben.')).toBe('V-BEIDEN');
    // Guard: a mentor's end-of-year talk with a colleague stays within school.
    expect(first('Ik ben mentor van Mila (17). In het eindgesprek van het schooljaar wil ik met de teamleider bespreken hoe het ging. Mag dat?')).toBe('V-GEEN');
  });
  it('reads a first contact the writer had with a pupil, before her own talks, as her own help (J3): the age is asked, not the recipient', () => {
    for (const text of [
      'Eerste contact gehad met een leerling uit de brugklas, volgende week de kennismaking. Wie moet tekenen?',
      'Ik heb eerste contact gehad met een jongen uit de brugklas, hij wil wel gesprekjes. Moet iemand toestemming geven?',
      'Kort eerste contact gehad met een meisje uit 1 havo, wil daarna een paar gesprekjes met haar. Wie moet toestemming geven?',
    ])
      expect(first(text), text).toBe('Q-LEEFTIJD');
    // Guards: a first contact with the parents or the wijkteam, or by a mentor, is no JOS work.
    expect(first('Eerste contact met de ouders van een brugklasser gehad, ze willen een gesprek met de mentor. Wie moet toestemming geven?')).toBe('Q-OUDERS');
    expect(first('Eerste contact met het wijkteam gehad over een brugklasser, wie moet toestemming geven?')).toBe('Q-WIJKTEAM');
    expect(first('Als mentor heb ik eerste contact gehad met een nieuwe brugklasser, ik wil een kennismakingsgesprek. Toestemming nodig?')).toBe('Q-MET-WIE');
  });
  it('reads the language the parents speak as no talk with the new school: the file to the new school stays the file (S1, V-INFO)', () => {
    for (const text of [
      'Leerling uit de schakelklas gaat na de zomer naar de mavo op een andere school. Moet ik toestemming vragen om het OKR te sturen? Beide ouders spreken alleen Arabisch.',
      'NT2-leerling stroomt door naar het vmbo elders. Mag het overstapdossier zonder toestemming naar de nieuwe school? Ouders spreken weinig Nederlands.',
      'Een ISK-leerling van ons gaat naar een nieuwe school, het dossier moet mee. Ouders praten alleen Tigrinya, moet ik toestemming vragen?',
      'Overstap van Amir naar het vmbo: ik wil het onderwijskundig rapport sturen. Met zijn ouders spreken we via een tolk.',
    ])
      expect(first(text), text).toBe('V-INFO');
    // Guards: a talk with the new school about the pupil stays a warm handover, whatever language the parents speak.
    expect(first('Ouders spreken geen Nederlands. Mag ik de nieuwe school bellen om te vertellen over zijn faalangst?')).toBe('Q-LEEFTIJD');
    expect(first('Ze gaat naar een andere school. Mag ik naast het dossier de nieuwe mentor spreken over hoe het thuis gaat?')).toBe('Q-LEEFTIJD');
  });
  it('reads the school briefing the JOS worker about pupils as no telling by her (not J5): what she will do is asked (Q-JOS)', () => {
    for (const text of [
      'De zorgcoördinator is er niet; als haar vervanger moet ik de coach bijpraten over de leerlingen op de lijst. Mag dat?',
      'Wij willen de gedragswetenschapper bijpraten over drie leerlingen uit 2B voordat ze begint. Toestemming nodig?',
      'We moeten de orthopedagoog nog even bijpraten over de kinderen op de zorglijst, mag dat?',
    ])
      expect(first(text), text).toBe('Q-JOS');
    // Guards: the JOS worker who brings the school up to date still tells the school (J5).
    expect(first('Kan de jgc mij bijpraten over hoe het met Tim (14) gaat?')).toBe('V-BEIDEN');
    expect(first('Ik wil dat de jgc ons bijpraat over hoe het met Sanne (15) gaat')).toBe('V-BEIDEN');
  });
  it('asks who sits in a standing meeting (Q-MDO) first when a pupil is to be brought into it and her age is not given', () => {
    for (const text of [
      'Ik wil Daan uit 2B inbrengen in het zorgadviesteam, welke toestemming heb ik nodig?',
      'Kunnen we Noor uit 2C in het ZAT bespreken? Wat moet er geregeld zijn? (mentor)',
      'Kan ik Sem uit 3 vmbo agenderen voor het ZAT van volgende week?',
    ])
      expect(first(text), text).toBe('Q-MDO');
    // Guards: with the age given the verdict stays, and a meeting that is past asks nothing about who sits there.
    expect(first('We willen Bram (13) inbrengen in het ZAT. Toestemming nodig?')).toBe('V-OUDERS16');
    expect(first('Yara uit 1A is in het ZAT besproken, mogen de notulen naar de mentor?')).toBe('Q-LEEFTIJD');
  });
});

describe('classes of meaning from the b88–b90 safety misses (consent28s)', () => {
  const danger = ['V-ACUUT', 'Q-NOOD'];

  it('decides danger now for a drunk or drugged carer about to drive off with or take the child now', () => {
    for (const text of [
      'Mentor: de vader van Noah (11) komt hem ophalen en is zichtbaar onder invloed. Hij wil nu met hem in de auto wegrijden. Mag ik zonder toestemming de politie bellen?',
      'Conciërge: een moeder stond bij het hek, ze was heel erg dronken en wil haar zoon (10) nu op de scooter meenemen. Mag ik Veilig Thuis bellen?',
      'OC: stiefvader van een leerling uit de brugklas is duidelijk stoned en zit al achter het stuur om haar mee te nemen. Mag ik haar moeder bellen?',
      'teamleider: vader kwam na de musical, was behoorlijk bezopen en wil zijn dochter (12) nu in de auto zetten. zij huilt. wat mag ik delen met de politie?',
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('decides no danger now for a carer who is no longer drunk, or a car trip without drink', () => {
    for (const text of [
      'Mentor: de moeder van Sanne (12) haalt haar vanmiddag met de auto op voor de tandarts. Mag ik haar het rooster mailen?',
      'Mentor: vader van Tim (13) was vroeger verslaafd, maar is al jaren clean. Tim vraagt of hij dat in zijn profielwerkstuk mag noemen. Mag ik dat met de docent bespreken?',
    ])
      expect(first(text), text).not.toBe('V-ACUUT');
  });

  it('asks about abuse first when a helper knows something serious from her talks that she may not share', () => {
    for (const text of [
      'De jeugdverpleegkundige zegt dat een leerling haar iets ernstigs heeft toevertrouwd, maar de leerling wil niet dat ze het doorvertelt. Wat mag ik als mentor vragen?',
      'Schoolmaatschappelijk werker: uit mijn gesprekken met een meisje uit 2 vmbo weet ik iets waardoor wij eigenlijk moeten ingrijpen. Zij wil niet dat ik het deel. Wat nu?',
      'JOS: een jongen heeft me iets heftigs verteld over thuis, hij wil niet dat school het weet. Mag ik het met de zorgcoördinator bespreken?',
    ])
      expect(['Q-ZORGEN', 'Q-NOOD', 'V-MELDCODE', 'V-ACUUT'], text).toContain(first(text));
  });

  it('reads no abuse in something nice told, or in an ordinary request to keep something quiet', () => {
    for (const text of [
      'Mentor: een leerling vertelde me iets leuks over haar stage en wil niet dat ik het aan de klas vertel. Mag ik het de stagebegeleider vertellen?',
      'Mentor: Lisa (14) heeft mij verteld dat ze dyslexie heeft, maar ze wil niet dat de klas het weet. Mag ik het aan de docenten vertellen?',
    ])
      expect(['Q-ZORGEN', 'Q-NOOD', 'V-MELDCODE', 'V-ACUUT'], text).not.toContain(first(text));
  });

  it('decides danger now for farewell words next to the means at hand', () => {
    for (const text of [
      "OC: een meisje appte haar vriendin 'iedereen is beter af zonder mij. ik heb scheermesjes verstopt in mijn kamer'. De vriendin laat het mij zien. Mag ik ouders bellen?",
      "Mentor: Lotte (14) schreef in haar agenda 'jullie zien me niet meer terug, ik heb het mesje al liggen'. Mag ik haar ouders bellen?",
      "Gedragswetenschapper: een jongen (15) zette onderaan de vragenlijst 'sorry voor alles. heb een touw verstopt onder mijn bed'. Mag ik dit aan school doorgeven?",
      "Mentor: Mees (13) schreef op zijn tekening 'ik kan niet meer, heb de touw al klaarliggen op zolder'. Moet ik ouders eerst om toestemming vragen?",
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('decides no danger now for ropes or pills ready for something ordinary, or leaving because of a move', () => {
    for (const text of [
      'Gymdocent: de touwen liggen al klaar voor de klimles van 2b. Mag ik de klassenlijst aan de stagiair geven?',
      'Mentor: de pillen liggen klaar bij de administratie voor de werkweek van Sem (13). Mag ik zijn medicijnlijst aan de begeleiders geven?',
      "Mentor: Anouk (14) zei 'morgen ben ik er toch niet meer, we verhuizen, de dozen liggen al klaar'. Mag ik haar dossier naar de nieuwe school sturen?",
    ])
      expect(first(text), text).not.toBe('V-ACUUT');
  });

  it('decides danger now for a last message to family next to a place of danger', () => {
    for (const text of [
      "Afdelingsleider: Daan (16) stuurt me nu een foto van het perron met 'zeg tegen mijn ouders dat het niet hun schuld is'. Mag ik zijn ouders bellen?",
      "Mentor: een leerling (15) appt vanaf de brug over het kanaal: 'vertel mijn zusje dat ik van haar hou'. Mag ik de politie zijn adres geven?",
      "OC: Sara (14) zette net in haar status een foto van het spoor en 'zeg maar tegen mn moeder dat het niet haar schuld is'. Mag ik haar vader bellen?",
    ])
      expect(first(text), text).toBe('V-ACUUT');
  });

  it('reads no danger in comfort from the mentor or a message to family without danger', () => {
    for (const text of [
      'Mentor: ik heb tegen de moeder van Sem gezegd dat het niet haar schuld is dat hij zakte. Mag ik het rapport met haar bespreken?',
      "Mentor: Eva (13) vroeg 'zeg tegen mijn moeder dat ik later kom, ik ben bij het station met vriendinnen'. Mag ik moeder appen?",
    ])
      expect(['V-ACUUT'], text).not.toContain(first(text));
  });

  it('takes the meldcode route for finger bruises with a cover story, a parent who gets angry when school calls', () => {
    for (const text of [
      'Mentor: Noor (13) heeft blauwe plekken op haar armen, je ziet de vingers. Ze zegt dat ze van de trap viel. Vader wordt razend als wij bellen. Wat mag ik delen?',
      'OC: striemen op de rug van een jongen (12), hij zegt dat hij tegen de kast viel, moeder gaat tekeer als de mentor contact opneemt. Met wie mag ik dit delen?',
      'zorgcoördinator: leerling (14) met blauwe plekken in de nek, duidelijk een hand. zegt gevallen te zijn. vader wordt woest als school belt. wat mag ik delen?',
    ])
      expect(first(text), text).toBe('V-MELDCODE');
  });

  it('keeps danger first when the angry carer is coming now or the child dare not go home', () => {
    for (const text of [
      'Mentor: Noor (13) heeft blauwe plekken op haar armen, duidelijk vingers. Vader wordt woest als school belt en staat nu bij het hek te wachten. Wat mag ik delen?',
      'OC: jongen (12) met blauwe plekken, zegt dat hij viel. Moeder wordt razend als we bellen en hij durft vanavond niet naar huis. Mag ik Veilig Thuis bellen?',
    ])
      expect(danger, text).toContain(first(text));
  });
});
