import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/knowledge/yaml';
import { createScreen, defaultNameListsDir, loadNameLists, maskText, passesElfproef } from '../../src/privacy';
import { loadStaffRoles } from '../../src/privacy/staffRoles';
import { WordList } from '../../src/privacy/wordList';
import { screen as screenText } from '../helpers/screen';

const now = new Date('2026-11-23T12:00:00Z');
const kindsAndTexts = (text: string, allow?: string[]) =>
  screenText(text, { now, allow }).findings.map((found) => [found.kind, found.text]);

describe('screenText', () => {
  it('keeps one finding when a shape and a name cover the same words, instead of dropping both', () => {
    // "drieling" is a unique description by shape and, before "uit de tweede", a word standing for a pupil.
    expect(kindsAndTexts('De drieling uit de tweede klas wordt door vader geslagen.')).toEqual([['unique-description', 'drieling']]);
  });

  it('reads a confirmed word before a class as no name, while the class stays', () => {
    expect(kindsAndTexts('Bergen uit klas 1.3 zit steeds alleen')).toEqual([['class-and-name', 'Bergen uit klas 1.3']]);
    expect(kindsAndTexts('Bergen uit klas 1.3 zit steeds alleen', ['Bergen'])).toEqual([['class', '1.3']]);
  });

  it.each([
    ['Het BSN is 111222333.', ['bsn', '111222333']],
    ['BSN 1234.56.782 staat in het dossier', ['bsn', '1234.56.782']],
    ['Bel vader op 06 12 34 56 78 graag', ['phone', '06 12 34 56 78']],
    ['Via +31 (0)72 512 3456 bereikbaar', ['phone', '+31 (0)72 512 3456']],
    ['Mail naar ouder.x@example.nl vandaag', ['email', 'ouder.x@example.nl']],
    ['Geboren op 1 april 2012 in Alkmaar', ['birthdate', '1 april 2012']],
    ['Geboortedatum: 05-06-2011', ['birthdate', '05-06-2011']],
    ['Ze woont op de Kerkstraat 12b sinds de zomer', ['address', 'Kerkstraat 12b']],
    ['Postcode 1811 KL, vlak bij school', ['address', '1811 KL']],
    ['Leerlingnummer: 123456 heeft verzuim', ['student-number', 'Leerlingnummer: 123456']],
    ['Ik sprak de moeder van Xandrijn gisteren', ['name', 'Xandrijn']],
    ['Een onbekende naam met leeftijd: Quirijntje (13) is stil', ['name', 'Quirijntje']],
    ['Het gaat om J. de Vries uit de onderbouw', ['name', 'J. de Vries']],
    ['Ik sprak mevrouw van der Meer over haar zoon', ['name', 'van der Meer']],
    ['Milan uit 1C wordt gepest', ['class-and-name', 'Milan uit 1C']],
    ['Xandrijn uit 2B is weer geschorst.', ['class-and-name', 'Xandrijn uit 2B']],
    ['Vorige week ging het mis. Quirijntje zit in 3A en huilt veel.', ['class-and-name', 'Quirijntje zit in 3A']],
    ['Tim van den Heuvel uit 4V heeft een paniekaanval gehad', ['class-and-name', 'Tim van den Heuvel uit 4V']],
    ['Het gezin woont op 1811 AB 12 in de wijk', ['address', '1811 AB 12']],
    ['Moeder belt vanaf een Pools nummer, +48 512 345 678.', ['phone', '+48 512 345 678']],
    ['Geboortedatum volgens het dossier: 2011-03-12', ['birthdate', '2011-03-12']],
    ['Ze woont op de kerkstraat 12 bij haar oma', ['address', 'kerkstraat 12']],
    ['Daans moeder belde gisteren', ['name', 'Daans']],
    ['Zijn moeder, mevr. Bouchtaoui, wil geen contact.', ['name', 'Bouchtaoui']],
    ['Anne-Xandrijn zit veel alleen in de aula.', ['name', 'Anne-Xandrijn']],
    ['Xandrijn (2B) is weer geschorst.', ['class-and-name', 'Xandrijn (2B)']],
    ['Xandrijn, 1D, wordt uitgescholden.', ['class-and-name', 'Xandrijn, 1D']],
    ['Zijn ouders (fam. de Wit) zijn gescheiden.', ['name', 'de Wit']],
    // A named class with one or a few pupils in the sentence narrows them down (blind batch 1 labels it so).
    ['Hij zit in 3A en haalt goede cijfers.', ['class', '3A']],
    ['Meiden uit 1C worden buitengesloten.', ['class', '1C']],
    // A year with a level names one or two classes, with or without a group letter (the issue's convention).
    ['Er is een jongen uit 2 mavo die vapes verkoopt.', ['class', '2 mavo']],
    ['Er is een jongen uit 2 mavo b die vapes verkoopt.', ['class', '2 mavo b']],
    ['roos uit 4 vmbo-t vertelde me dat ze niet naar huis durft.', ['name', 'roos']],
    ['Hij zit in 3 vmbo-tl en pest.', ['class', '3 vmbo-tl']],
    ['Een jongen uit havo 4 pest zijn klasgenoten.', ['class', 'havo 4']],
    ['Een meisje uit klas 4.2K vertelt dat ze niet meer thuis durft te slapen.', ['class', '4.2K']],
    ['Een jongen uit de 3b wordt gepest.', ['class', '3b']],
    ['De leerling uit 3 havo 2 huilt vaak.', ['class', '3 havo 2']],
    ['Het gaat om een leerling uit 4 havo b die niet meer wil.', ['class', '4 havo b']],
    ['een leerling in h3a scheldt docenten uit.', ['class', 'h3a']],
    ['In brugklas B1c zit een meisje dat thuis moet blijven.', ['class', 'B1c']],
    ['In Magister staat ze onder 119402.', ['student-number', 'staat ze onder 119402']],
    ['Kun je kijken naar stamnummer 204518?', ['student-number', 'stamnummer 204518']],
    ['Veilig Thuis heeft dossiernummer VT-2023-004171 aangemaakt.', ['reference-number', 'dossiernummer VT-2023-004171']],
    ['In kluisje 214 lagen drugs.', ['reference-number', 'kluisje 214']],
    ['Het geld mag naar NL91ABNA0417164300 terug.', ['bank-account', 'NL91ABNA0417164300']],
    ['Hij rijdt op een scooter met kenteken F-123-BX.', ['licence-plate', 'F-123-BX']],
    ['Vader wacht in een auto met 12-ABC-3 erop.', ['licence-plate', '12-ABC-3']],
    ['Op TikTok post ze onder @lisa_xo_2011 filmpjes.', ['handle', '@lisa_xo_2011']],
    ['Hij speelt Fortnite onder de gamertag DarkWolf_072.', ['handle', 'DarkWolf_072']],
    ['Oma is bereikbaar op nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig.', ['phone', 'nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig']],
    ['ze woont in de vondelstraat bij haar vader.', ['address', 'vondelstraat']],
    ['Sinds de scheiding woont hij in een flat aan de Bloemstraat.', ['address', 'Bloemstraat']],
    ['Ze zijn verhuisd naar 1901 AB.', ['address', '1901 AB']],
    ['Leerling J.v.d.B. meldt zich elke maandag ziek.', ['name', 'J.v.d.B.']],
    ['De zoon van de conciërge heeft paniekaanvallen.', ['unique-description', 'zoon van de conciërge']],
    ['De dochter van de wethouder van Heiloo wordt geslagen.', ['unique-description', 'dochter van de wethouder']],
    ['Het gaat om de enige leerling met een rolstoel.', ['unique-description', 'de enige leerling']],
    ['De tweeling vecht bijna dagelijks in de gang.', ['unique-description', 'tweeling']],
    ['Haar moeder kwam om het leven bij het ongeluk op de N203.', ['unique-description', 'N203']],
    ['Roos zit in elke pauze alleen op de trap.', ['name', 'Roos']],
    ['Storm heeft steeds blauwe plekken.', ['name', 'Storm']],
    ['Aïcha mag van thuis niet mee op kamp.', ['name', 'Aïcha']],
    ['Ik maak me zorgen om storm, die blauwe plekken heeft.', ['name', 'storm']],
    ['de jongen heet daan en slaapt in de les.', ['name', 'daan']],
    ['Ik sprak met Bloem over haar cijfers.', ['name', 'Bloem']],
    // A capital opening a sentence that no Dutch or English dictionary knows, not even as a compound, is a name.
    ['Met Brooklyn gaat het niet goed.', ['name', 'Brooklyn']],
    ['Nevaeh d\'r moeder belde gisteren.', ['name', 'Nevaeh']],
    ['Tsegay z\'n vader zit vast.', ['name', 'Tsegay']],
    // Two stock names are still two pupils; only the saying "Jan, Piet en Klaas" is nobody.
    ['Hij zegt dat Jan en Piet hem pesten.', ['name', 'Piet']],
    // A home one door fits: next to a landmark, with a feature, or one of a kind.
    ['Hij woont met zijn vader op de woonboot vlak naast de Friese brug.', ['address', 'de woonboot vlak naast de Friese brug']],
    ['Ze woont boven de snackbar in Bergen.', ['address', 'woont boven de snackbar']],
    ['Het huis met de rode deur is van haar opa, daar slaapt ze nu.', ['address', 'Het huis met de rode deur']],
    ['Ze wonen in de molen in Schermerhorn.', ['address', 'in de molen']],
    // Four or more digits after any word for a number, and a user name with dots after "heet hij".
    ['Kun je de zorgmelding met nummer 2024-0331 bekijken?', ['reference-number', 'nummer 2024-0331']],
    ['Het gaat om leerling met id 558231, hij verzuimt.', ['reference-number', 'id 558231']],
    ['Op Snapchat heet hij xx.dylano.xx en stuurt hij foto\'s.', ['handle', 'xx.dylano']],
    // A colleague named in their role is no pupil, but a name after "de mentor van" is.
    ['De mentor van Sanne belde gisteren.', ['name', 'Sanne']],
    ['mevrouw Yilmaz van de overkant belt steeds over haar dochter', ['name', 'Yilmaz']],
    ['ze is op 2 februari 16 geworden en mag van thuis niks meer', ['birthdate', '2 februari']],
    ['In de klas noemen ze hem de Prof.', ['name', 'Prof']],
    ['haar broertje mees zit ook bij ons en wordt ook geslagen', ['name', 'mees']],
    ['De langste jongen van de school wordt nu online bedreigd.', ['unique-description', 'De langste jongen van de school']],
    ['De jongen die altijd in dat oranje Ajax-shirt rondloopt, had een mes bij zich.', ['unique-description', 'De jongen die altijd in dat oranje']],
    ['Zo boos als Sanne was hij nog nooit.', ['name', 'Sanne']],
    ['Het gaat om het meisje in de vierde dat zwanger is.', ['unique-description', 'het meisje in de vierde dat zwanger']],
    ['Zijn vader stond in de krant na dat steekincident op het station.', ['unique-description', 'in de krant']],
    ['Ze zijn verhuisd naar de Zeswielen 4 in Heerhugowaard.', ['address', 'Zeswielen 4']],
    // Labels of a note or mail: the value is a pupil.
    ['Leerling: kyano, 13 jaar, wil niet naar huis.', ['name', 'kyano']],
    ['Re: Nevaeh', ['name', 'Nevaeh']],
    ['Casus Odin: vader drinkt.', ['name', 'Odin']],
    ['Onderwerp: zorgen om T.', ['name', 'T.']],
    // A closing formula quoted from a pupil's message is no signature of the writer.
    ["Een leerling schreef 'ik ben er morgen niet meer, groetjes Lies'.", ['name', "Lies'"]],
    ['ik heb gisteren met nevaeh gepraat, ze wil niet naar huis', ['name', 'nevaeh']],
    ['Mijn leerling, ik noem haar even S., heeft een oudere vriend.', ['name', 'S.']],
    ['geb. 3-4-\'11, woont bij opa en oma', ['birthdate', '3-4-\'11']],
    ['Je kunt vader mailen op r.bakker82 at gmail punt com.', ['email', 'r.bakker82 at gmail punt com']],
  ])('finds the identifying part in %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each([
    'Een leerling is in maart 2025 drie keer weggelopen.',
    'Het incident was op 12-03-2026 in de aula.',
    'We werken met Rots & Water en de Kanjertraining.',
    'Een leerling van het Jan Arentsz woont in Den Helder.',
    'Op dinsdag heeft hij Frans, Duits en Wiskunde.',
    'Hoop doet leven, zegt de mentor.',
    'Vapen is een groot probleem in de onderbouw.',
    'Het Jeugdfonds Sport & Cultuur betaalt de contributie.',
    'Onze school gebruikt Leefstijl.',
    'Een leerling wil profvoetballer worden zoals Memphis Depay.',
    'Hij meldt zich af met een Jantje van Leiden.',
    'Klasgenoten noemen hem een echte Einstein.',
    'In lokaal 104 werd een leerling boos.',
    'Moet ik 112 bellen of eerst Veilig Thuis via 0800-2000?',
    'Warmenhuizen heeft geen eigen middelbare school.',
    'Hij zit in de 2e klas en haalt een 7 voor Engels.',
    'Een jongen van 14 in leerjaar 2 havo wil niet meer naar buiten.',
    'Zijn er ervaringen met Rots en Water voor jongens in 3 vmbo-kader?',
    'Meneer Dekker van gym zag blauwe plekken bij een leerling uit de tweede.',
    'Mevrouw Kok (ondersteuningscoördinator PCC Oosterhout) schuift aan bij het werkatelier.',
    'Kan ik mijn vraag ook aan Petra (onze J&G coach) stellen?',
    'Er zit weinig fleur meer in mijn mentorklas sinds de samenvoeging.',
    'Hij wil later net zo rijk worden als Mark Rutte of Elon Musk.',
    'Hij draagt elke dag een shirt van Kevin De Bruyne.',
    'Hoe praat ik met een leerling die bang is om zwanger te raken?',
    'Canva gebruiken we voor de presentatie, Kahoot vindt de klas leuk.',
    'Istanbul is waar zijn opa woont.',
    'Concerta slikt hij sinds kort.',
    'Tiktokfilmpjes kijkt ze de hele nacht.',
    'Ivm privacy noem ik geen namen: een jongen uit de onderbouw wordt gepest.',
    'Evt kan de jgc aansluiten bij het gesprek met ouders.',
    'Anyways, kan iemand van JOS meekijken bij een casus over schoolangst?',
    'Ze woont in de Rijp 3 dagen per week.',
    'Graag advies over een leerling die niet meer eet.\nMet vriendelijke groet,\nMarieke de Vries',
    'Wat kan ik doen? Groeten, Marieke',
    'Casus: een jongen uit de tweede die veel verzuimt.',
    'Het gezin woont vlak achter de duinen bij Schoorl.',
    'Ze is niet de slimste leerling van de klas, maar werkt hard.',
    'Haar broertje zit ook bij ons en de leerling die altijd te laat komt ook.',
    'Thanks voor het meedenken over deze casus.',
    'Vraagje over een leerling die veel verzuimt.',
    'Klassenklimaat in de tweede klassen is slecht.',
    'Ouderbetrokkenheid is laag op onze school.',
    'Bij de stelling van Pythagoras raakt een leerling in paniek.',
    'De wet van Ohm snapt hij niet, de piramide van Maslow wel.',
    'Volgens Freud is dat normaal gedrag voor een puber.',
    'Jan, Piet en Klaas lachen mee met het uitlachen van één leerling.',
    'Hij woont bij zijn oma in een flat in Heiloo.',
    'De kamer naast de aula is vrij voor het gesprek.',
    'We gingen in de molen kijken met de klas.',
    'Mijn collega Annemiek van het zorgteam heeft contact gehad met het wijkteam.',
    'De zorgcoördinator, mevrouw Jansen, vraagt of JOS kan aansluiten bij het MDO.',
    'Annemiek, onze orthopedagoog, denkt mee over de aanpak.',
    'Leerling (15) wil niet meer naar huis na een ruzie.',
    'In schooljaar 2024-2025 was het rustig in de klas; zie artikel nummer 1234.',
    'Bram Ladage en Febo liggen op zijn route naar huis.',
    'Bij de workshop van Rutger Bregman over hoop zaten ook leerlingen.',
    'ik heb met zoco gepraat over een leerling die niet meer eet',
    'Hij heeft de ziekte van Pfeiffer en mist veel lessen.',
    'Zit in klas B. Daarna ging hij naar huis.',
    'De moeder ben ik nog niet tegengekomen, wil ik wel.',
    'Het is een groep van 123456789 mensen.',
    'Het gesprek was op 2026-11-02 in de mentorkamer.',
    'Hij volgt het leerpad 3 van de rekenmethode.',
    'Hij is op de speelplaats 2 keer geslagen.',
    'Ik sprak vanochtend met meneer. Daarna ging ik naar de les.',
    'Noord-Holland heeft lange wachtlijsten voor de jeugd-GGZ.',
  ])('finds nothing in %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it('only accepts nine digits that pass the elfproef as a BSN', () => {
    expect(passesElfproef('111222333')).toBe(true);
    expect(passesElfproef('111222334')).toBe(false);
    expect(kindsAndTexts('nummer 111222334 klopt niet')).toEqual([]);
  });

  // The convention of the blind batches since b8: a class in any form is identifying, also when the sentence is about
  // the class or its mentor (these two sentences were harmless before it).
  it.each([
    ['Iemand uit 2B heeft het filmpje gedeeld.', '2B'],
    ['Gisteren zat in 2B niemand op zijn plek.', '2B'],
    ['Mentor van klas 2d vraagt advies over de groep.', '2d'],
    ['De mentor van 2C vraagt om een klassenobservatie.', '2C'],
    ['De hele 1D heeft last van de groepsapp.', '1D'],
    ['De 2D-klas is sinds de herfst erg onrustig.', '2D'],
    ['Bij 4hb gaat het om de sfeer.', '4hb'],
    ['K2A: verzuim op maandag, ouders bereiken we niet.', 'K2A'],
    ['Casus 3vwo-b: paniekaanvallen bij toetsen.', '3vwo-b'],
    ['Observatie in h4a gepland op dinsdag.', 'h4a'],
    ['Agenda: 1. BB2a - verzuim op maandag, 2. huisbezoek.', 'BB2a'],
  ])('finds the class in %j', (text, code) => {
    expect(kindsAndTexts(text)).toEqual([['class', code]]);
  });

  it.each(['We printen het in 3d.', 'Het past in A4.', 'Ik zie hem in 2x per week.'])('finds no class in %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it.each([
    ['vraag over roos, ze eet bijna niks in de pauze', 'roos'],
    ['een mentor merkt dat sterre steeds vaker huilend in de mediatheek zit. Moeder belde al.', 'sterre'],
    ['Volgens de docent heeft roos al weken geen lunch bij zich, ze zegt dat ze geen honger heeft.', 'roos'],
    ['Ik merk dat fleur niet meer meedoet, ze zit alleen.', 'fleur'],
    ['roos (14) eet niet meer, wat nu?', 'roos'],
    ['Over iris maak ik me zorgen, ze slaapt in de les.', 'iris'],
    ['Gisteren kwam lieve huilend bij mij, ze durft niet naar huis.', 'lieve'],
    ['Met floor gaat het slecht: ze eet niet.', 'floor'],
    ['Hoe help ik merel? Ze zit veel alleen.', 'merel'],
  ])('finds a first name that is also a word, in lower case where a person stands: %j', (text, name) => {
    expect(kindsAndTexts(text)).toEqual([['name', name]]);
  });

  it.each([
    'Dat wil niet zeggen dat ze het niet kan.',
    'Een vraag over hoop en veerkracht: hoe praat je daarover in de klas zonder dat ze dichtklappen?',
    'Er zat weinig fleur in de les, ze waren moe.',
    'In de tuin zat een merel. Ze floot de hele les.',
  ])('finds no name in the ordinary word of %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it.each([
    "ik wil het hebben over 'de Tank' zoals ze hem noemen in de klas",
    "'Prof', noemen ze haar, omdat ze alles weet.",
    'Zijn bijnaam is "Kruimel" en hij vindt dat niet leuk.',
    "In de klas heet hij 'Kleine Prins', zo noemen ze hem omdat hij netjes is.",
    "Iedereen kent hem als 'de Prof' en hij heeft er last van.",
  ])('finds the nickname in quotes of %j', (text) => {
    expect(kindsAndTexts(text).map(([kind]) => kind)).toContain('unique-description');
  });

  it("finds no nickname in what a thing is called: \"'Ghosting', zoals jongeren het noemen\"", () => {
    expect(kindsAndTexts("Het fenomeen 'ghosting', zoals jongeren het noemen, komt veel voor.")).toEqual([]);
  });

  it.each([
    'Vraag over de Sinterklaasviering: sommige leerlingen mogen thuis niet meedoen.',
    'Ze woont dichtbij en staat na school nog op de speelplaats.',
    'Thuis praat hij alleen over de kerstmarkt.',
  ])('reads no street in the event or school place of %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it.each([
    'Sanne (J&G coach) en Joost (preventief ambulant jeugdhulpverlener) draaiden samen 5 ouderspreekuren.',
    'Collega Van Dijk (wiskunde) en ik willen samen langskomen.',
    'Ilse, onze gedragswetenschapper, kijkt mee.',
    'Ik heb het met Ruud (ozco) besproken.',
  ])('reads staff named with their role as no pupil: %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it('still finds a pupil whose apposition names a relative on the staff', () => {
    expect(kindsAndTexts('Xandrijn, de dochter van onze docent, is steeds afwezig.').map(([kind, found]) => [kind, found])).toContainEqual(['name', 'Xandrijn']);
  });

  it.each([
    'Presentatie Oberon over fase 2 van de monitoring, daarna de netwerkgroep.',
    'Themabijeenkomst voor alle Noord-Kennemerlandse scholen; de Alkmaarse scholen sluiten ook aan.',
    'Op Vonk is het bij deze leerling echt Jantje lacht, Jantje huilt: hij loopt boos de klas uit.',
    'Bij het leesproject lezen ze Kees de jongen van Theo Thijssen; een leerling raakte van slag.',
    'Bij Nederlands lezen we Joep de Bokser van Pieter Jansen, een leerling huilde.',
  ])('reads the programme, its regions, sayings and books as no pupil: %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it.each([
    ['We lezen samen met Sanne een boek, ze huilt.', 'Sanne'],
    ['Jantje lacht de hele les en hij stoort.', 'Jantje'],
  ])('still finds the pupil beside reading or a saying\'s name: %j', (text, name) => {
    expect(kindsAndTexts(text)).toContainEqual(['name', name]);
  });

  it('takes an invented or mistyped BSN for one: after the word, or nine digits alone in a text about a pupil', () => {
    expect(kindsAndTexts('Het BSN (111222334) staat op het formulier')).toEqual([['reference-number', '111222334']]);
    expect(kindsAndTexts('BSN: 2045.17.396 (klopt niet helemaal)')).toEqual([['reference-number', '2045.17.396']]);
    expect(kindsAndTexts('Zijn burgerservicenummer is 123456789')).toEqual([['reference-number', '123456789']]);
    expect(kindsAndTexts('Op het formulier van de leerling staat 111222334.')).toEqual([['bsn', '111222334']]);
  });

  it('treats a word the mentor confirmed as no name, for that text only', () => {
    expect(kindsAndTexts('We gaan naar meneer Steenbok', ['Steenbok'])).toEqual([]);
    expect(kindsAndTexts('We gaan naar meneer Steenbok')).toEqual([['name', 'Steenbok']]);
    expect(kindsAndTexts('Een leerling uit Wielewaalde zit in 2B')).toEqual([['class-and-name', 'Wielewaalde zit in 2B']]);
    // The class stays: a confirmation clears a name, never the class next to it.
    expect(kindsAndTexts('Een leerling uit Wielewaalde zit in 2B', ['Wielewaalde'])).toEqual([['class', '2B']]);
    // Confirming a word does not hide a phone number that contains nothing of it.
    expect(kindsAndTexts('Steenbok 0612345678', ['Steenbok'])).toEqual([['phone', '0612345678']]);
  });

  it('lets a confirmation clear one name only, never a full name, a class or a number (issue 12, finding 4)', () => {
    const text = 'Sanne Bakker uit 3B is steeds afwezig, bel 0612345678';
    expect(kindsAndTexts(text, ['Sanne Bakker'])).toEqual(kindsAndTexts(text));
    expect(screenText(text, { now }).findings.find((found) => found.kind === 'name')?.confirmable).toBeUndefined();
    expect(kindsAndTexts(text, ['Sanne', 'Bakker'])).toEqual([['class', '3B'], ['phone', '0612345678']]);
    expect(screenText('We gaan naar meneer Steenbok', { now }).findings[0]?.confirmable).toBe(true);
  });

  it('masks a whole name, also one whose first name is a word (issue 12, finding 5)', () => {
    const text = 'Jan de Vries uit 2B is steeds onrustig';
    expect(maskText(text, screenText(text, { now }).findings)).toBe('[klas en naam] is steeds onrustig');
    expect(kindsAndTexts('Jan is steeds onrustig')).toEqual([['name', 'Jan']]);
  });

  // Classes of the misses and false alarms of blind batches b10 and b11 (docs/privacy-accuracy.md), each with other words.
  it.each([
    // A personal name from OpenTaal in lower case that no dictionary knows.
    ['het gaat om tjitske', ['name', 'tjitske']],
    ['de ouders van jorinde reageren niet op mails', ['name', 'jorinde']],
    // A listed first name that is also a word, in a pupil slot: after a pupil noun, as what a question is about, as a subject.
    ['mijn mentorleerling roos wordt gepest via snap', ['name', 'roos']],
    ['het gaat om bo, ze wil niet naar huis', ['name', 'bo']],
    ['bo zegt dat ze niet meer thuis wil slapen', ['name', 'bo']],
    // A bare word before "uit mijn klas" has no article, so it is a name.
    ['beer uit mijn klas is alweer geschorst', ['name', 'beer']],
    // A year in words or an ordinal with a level is a class.
    ['Een meisje uit de tweede klas havo vertelde het aan mij', ['class', 'tweede klas havo']],
    ['Hij zit in het derde jaar vwo en spijbelt', ['class', 'derde jaar vwo']],
    ['een eerstejaars tl leerling die spijbelt', ['class', 'eerstejaars tl']],
    ['een jongen uit de 4e klas mavo die vecht', ['class', '4e klas mavo']],
    ['Ik heb een leerling van 14 uit de derde klas havo die veel verzuimt.', ['class', 'derde klas havo']],
    // Class codes after a meeting word, in a list, or numbered with a group letter anywhere.
    ['Leerlingbespreking 4.2K donderdag: zorgen over twee leerlingen', ['class', '4.2K']],
    ['Morgen leerlingbespreking h3a, neem je dossier mee', ['class', 'h3a']],
    ['Klassen 2A, 2B en 3C hebben veel verzuim', ['class', '3C']],
    // Nicknames introduced by how people call someone, without quotes.
    ['Kippie, zoals hij door iedereen genoemd wordt, is weer geschorst', ['name', 'Kippie']],
    ['een jongen die ze Tank noemen wordt gepest', ['name', 'Tank']],
    ['zijn bijnaam is Tank en hij vecht veel', ['name', 'Tank']],
    // Own probe 22: a name whose stem looks like an inflected word ("wobbe"), in a slot where a question says whom it is about.
    ['kan ik iets vragen over wobbe? hij slaapt in de les', ['name', 'wobbe']],
    // Own probe 23: a person whom others call something in quotes, without "hem"/"haar".
    ["een meisje die ze 'de muis' noemen zit altijd alleen", ['unique-description', "meisje die ze 'de muis' noemen"]],
  ])('finds the class of a b10/b11 miss in %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each([
    'een jongen die ze lui noemen',
    'Hij heeft een bijnaam gekregen die hij niet leuk vindt.',
    'Pesten, zoals het vaak genoemd wordt, is een groot probleem',
    'de beer uit mijn klas is zoek',
    'leerlingen uit mijn klas zijn druk',
    'de leerling wil niet naar huis',
    'het gaat om geld en schulden thuis',
    'alle leerlingen van de tweede klas havo krijgen voorlichting',
    'maak opdracht 2.1a af voor vrijdag',
    'ik heb 4.5k volgers op tiktok',
    // Staff named with the subject they teach, and a writer introducing themself with their role.
    'Docent Duits (juf Sanne) ziet dat een leerling vaak blauwe plekken heeft.',
    'Meneer Visser (LO) ziet dat een leerling zich niet omkleedt.',
    'Ik ben Anouk, jeugd- en gezinscoach op het Stedelijk Dalton College.',
    // Own probe 22: a primary-school group or a subject in brackets, a subject after "collega van", an inflected adjective,
    // and what a thing is called in quotes.
    'Juf Marieke (groep 8) vraagt hoe ze de overstap naar het vo kan begeleiden.',
    'Mevrouw de Boer (biologie) ziet veel leerlingen met vapes op het toilet.',
    'Mijn collega van Engels, mevrouw Smit, heeft dezelfde zorgen over de sfeer in de klas.',
    'Leerling heeft al maanden kiespijn en rotte tanden.',
    "Leerlingen noemen het spreekuur 'het praatuurtje', is dat erg?",
    "Het is een methode die ze 'Rots en Water' noemen.",
    // Own probe 24: a teacher by the group or class they teach.
    'Juf Anne van groep 8 wil een warme overdracht voor drie leerlingen.',
    'Bij ons heeft de klas van meneer De Wit veel last van pesten.',
  ])('finds nothing in the trap or staff sentence %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it.each([
    ['vader (meneer Yilmaz) belde over zijn zoon', 'Yilmaz'],
    ['mevrouw Jansen (moeder) belde over haar zoon', 'Jansen'],
    ["Ik ben Sanne's mentor en ze huilt veel", "Sanne's"],
    ['de moeder van meneer De Wit belde', 'De Wit'],
    ['Sanne van groep 8 wordt gepest', 'Sanne'],
  ])('still finds a parent or pupil named beside a form of address or "ik ben": %j', (text, name) => {
    expect(kindsAndTexts(text)).toContainEqual(['name', name]);
  });

  // Round of b12/b13 (wt-screen5): classes of their misses and false alarms, each with a trap.
  it.each([
    ['gesprek met de jong verplaatst naar dinsdag', 'de jong'],
    ['vanmiddag gebeld met van dijk, hij komt weer niet', 'van dijk'],
    ['de kleine bakker is weer weggelopen uit de les', 'bakker'],
    ['afspraak met mevrouw de boer (moeder) verzet', 'de boer'],
    ['de zoon van mevrouw jansen heeft een eetstoornis', 'jansen'],
    ['mevrouw visser (moeder) belde over haar zoon', 'visser'],
    ['van dijk is weer te laat in de les', 'van dijk'],
    ['de lange de boer uit mijn mentorgroep is weer ziek', 'de boer'],
  ])('finds a lower-case surname in a person slot: %j', (text, name) => {
    expect(kindsAndTexts(text)).toContainEqual(['name', name]);
  });

  it.each(['gesprek met de jongerenwerker verplaatst naar dinsdag', 'de kleine pauze is ingekort', 'met de kleine bakker om de hoek kopen we brood', 'de boer is boos over de mest', 'de grote berg huiswerk is te veel', 'de lange berg uit Noorwegen is mooi'])(
    'reads no surname in a word outside a person slot: %j',
    (text) => expect(kindsAndTexts(text)).toEqual([]),
  );

  it('finds the relative of a member of staff by the staff name, while the colleague alone stays no pupil', () => {
    expect(kindsAndTexts('de dochter van meneer de haan (gym) had een paniekaanval')).toContainEqual(['name', 'de haan']);
    expect(kindsAndTexts('meneer de haan (gym) maakt zich zorgen over een leerling')).toEqual([]);
  });

  it.each([
    ['hij woont op de brink bij zn opa', ['address', 'brink']],
    ['zit bij zn opa op het kerkplein', ['address', 'kerkplein']],
    ['gezin is verhuisd naar 1862 ek, broertje zit daar op school', ['address', '1862 ek']],
    ['lln j.v.d.m. heeft morgen een gesprek', ['name', 'j.v.d.m.']],
    ['leerling a.b. zegt dat hij niet eet', ['name', 'a.b.']],
    ['lln m. de v. zegt dat ze gepest wordt', ['name', 'm. de v.']],
    ['postcode is 1901 ab', ['address', '1901 ab']],
  ])('finds a lower-case address, postcode or initials: %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each(['we lopen een rondje over de brink en het kerkplein', 'ze woont vlakbij en staat zaterdag op de markt', 'jongen c.q. meisje uit de brugklas', 'de reis is 1500 km lang', 'leerling z.s.m. doorverwijzen naar de zoco', 'in 2024 en 2025 waren er meer aanmeldingen'])(
    'finds no address, postcode or initials in: %j',
    (text) => expect(kindsAndTexts(text)).toEqual([]),
  );

  it('reads a month opening a sentence as a pupil when the sentence says what she does, not when it speaks of the month', () => {
    expect(kindsAndTexts('april is sinds de meivakantie nog maar 2x op school geweest')).toContainEqual(['name', 'april']);
    expect(kindsAndTexts('mei zit bij mij in de mentorgroep')).toContainEqual(['name', 'mei']);
    expect(kindsAndTexts('april is een drukke maand voor de zoco')).toEqual([]);
    expect(kindsAndTexts('mei is altijd druk met de examens')).toEqual([]);
    expect(kindsAndTexts('april zit vol met toetsen, daarna is het rustig')).toEqual([]);
  });

  it.each([
    'hoi Marloes, kun jij donderdag het spreekuur overnemen?',
    'Zie je Kees nog bij het MDO? Hij is de nieuwe leerplichtambtenaar voor Alkmaar-Noord.',
    'vanaf 1 februari is Jeroen Smit de nieuwe J&G coach voor Vonk',
    'meneer pieters (wisk) en mevr. el amrani (ne) maken zich zorgen over dezelfde leerling',
    'Bereikbaar via jos-castricum@groeimee.nl of zorgteam@clusius.nl',
    'bel het algemene nummer van school 072-5112340 en vraag naar de zoco',
    'Mail gerust naar zorg@petrus.nl of bel de receptie op 072-5678901',
    'Nieuw in het team: Fenna Bakker, zij is onze nieuwe schoolmaatschappelijk werker.',
    'Vraag het even aan Bas, die is hier mentor van de derde klassen',
    "Morgen neemt Esther het over, ze is onze vaste PAJ'er",
    'Collega\'s: onze nieuwe orthopedagoog heet Lotte Jansen en begint maandag',
    'Marloes, wil je het spreekuur overnemen?',
    'tel school: 072-5123456',
    'jantje lacht jantje huilt bij een leerling van 13',
  ])('reads staff in their role, a school mailbox or number, or a saying as no pupil: %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it.each([
    ['Beste mevrouw Jansen, uw zoon was vandaag afwezig', ['name', 'Jansen']],
    ['hoi Marloes, de moeder van Daan belde net', ['name', 'Daan']],
    ['Sanne is de nieuwe klassenvertegenwoordiger', ['name', 'Sanne']],
    ['mail moeder op sanne.bakker@gmail.com', ['email', 'sanne.bakker@gmail.com']],
    ['bel moeder op 072-5112340 na vijven', ['phone', '072-5112340']],
    ['mail jos@gmail.com, de vader van de leerling', ['email', 'jos@gmail.com']],
    ['het algemene nummer van moeder is 06-12345678', ['phone', '06-12345678']],
    ['de zoon van onze orthopedagoog heet Lotte en wordt gepest', ['name', 'Lotte']],
    ['Sanne, ze is de nieuwe in de klas', ['name', 'Sanne']],
    ['moeder werkt bij de receptie van het ziekenhuis, haar nummer is 072-5678901', ['phone', '072-5678901']],
  ])('still finds a parent or pupil beside a greeting, a role word or a contact: %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each([
    'Het sociaal team Uitgeest is bereikbaar via 0251-318 800 en zit aan de Molenweg 7.',
    'Ouders kunnen bellen op dinsdag via 072-514 20 30 (algemeen nummer Stichting Lumen).',
    'Het inloopspreekuur van de GGD is aan de Kennemerstraatweg 12, bel vooraf 088-010 05 00.',
    'Voor vragen: 072-514 20 30 (secretariaat van de school).',
    'Het jongerenloket is open op maandag, adres Kanaalkade 5.',
  ])('reads a landline or address said of an organisation or service as no one\'s own: %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it.each([
    ['Het sociaal team belt de moeder, zij woont aan de Molenweg 7.', ['address', 'Molenweg 7']],
    ['Het wijkteam deed een huisbezoek aan de Molenweg 7.', ['address', 'Molenweg 7']],
    ['Postcode 1811 KL, vlak bij het wijkteam', ['address', '1811 KL']],
    ['Stichting Lumen heeft het mobiele nummer van vader: 06-22 33 44 55.', ['phone', '06-22 33 44 55']],
  ])('still finds a home address or a mobile number beside an organisation: %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each([
    'Gebeld met Ilse (J&G coach); Ilse bespreekt het in het teamoverleg.',
    '@Niels (orthopedagoog): heb je tijd voor een vraag over faalangst in het algemeen?',
    'Vraag het aan Marit (orthoped.), zij kent de methode.',
    'Morgen spreekt de schoolarts van de GGD, dokter Bakker, over slaap bij pubers.',
    'Anouk van het wijkteam geeft een toelichting op het aanbod.',
    'Sandra van de GGD komt donderdag langs voor de voorlichting.',
    'Petra van Groeimee geeft een toelichting.',
  ])('reads a professional named in their role, or again later, as no pupil: %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it.each([
    ['Ik heb dokter Bakker gebeld, de vader van de leerling, over het verzuim.', ['name', 'Bakker']],
    ['Ilse (moeder) belde vanochtend over het rooster.', ['name', 'Ilse']],
    ['Anouk van de buren past op haar broertje.', ['name', 'Anouk']],
    ['Ze delen screenshots van @nina.bakker_09, de mentor wil weten wat we kunnen doen.', ['handle', '@nina.bakker_09']],
  ])('still finds a parent or pupil beside a role word or an organisation: %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it('reads what someone calls themself in a lower-case word as no nickname, but a name-like one as a name', () => {
    expect(kindsAndTexts("een leerling uit de derde noemt zichzelf vaak 'waardeloos'")).toEqual([]);
    expect(kindsAndTexts("ze noemen hem 'de Prof'")).toContainEqual(['unique-description', "noemen hem 'de Prof'"]);
  });

  it.each([
    ['kun je even kijken of Jaylinn al aangemeld is?', ['name', 'Jaylinn']],
    ['bijvoorbeeld die van wobbe die steeds te laat komt', ['name', 'wobbe']],
    ['Mentor h3b maakt zich zorgen over een leerling', ['class', 'h3b']],
    ['De zoco onderbouw 2havo vraagt om een gesprek met een leerling', ['class', '2havo']],
  ])('finds a first name after "kijken of", a name after "die van" and a class after a role word: %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each([
    ['ik denk dat sterre en noor elkaar opjutten in de app', ['name', 'sterre']],
    ['volgens mij gaan roos en haar vriendinnen samen naar huis', ['name', 'roos']],
    ['De ouders van Van der Kaai willen een gesprek.', ['name', 'Van der Kaai']],
    ['Gisteren waren we bij Ter Wielinga thuis, het was onrustig.', ['name', 'Ter Wielinga']],
    ['Ze speelt in MO15-2 en mist sinds oktober alle trainingen.', ['unique-description', 'MO15-2']],
    ['Hij is keeper van JO13-1 en komt steeds te laat.', ['unique-description', 'JO13-1']],
    ['Hij zit elke nacht op Discord als SnelleJelle en is moe in de les.', ['handle', 'SnelleJelle']],
    ['Zijn gamertag is GhostRiderNL en hij speelt met volwassenen.', ['handle', 'GhostRiderNL']],
  ])('finds a coordinated lower-case name, a capitalised tussenvoegsel surname, a team code and a handle after a platform: %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each([
    ['Haar TikTok is dansmeisje2012 en daar krijgt ze nare reacties.', ['handle', 'dansmeisje2012']],
    ['De mentor maakt zich zorgen over noor, ze eet niet meer.', ['name', 'noor']],
    ['Esther neemt het over van haar moeder, ze zorgt voor de kleintjes. Groet, Marieke Smit, mentor', ['name', 'Esther']],
    ['Ik kan het overleg niet doen, Wendy neemt het over.', ['name', 'Wendy']],
  ])('still finds a pupil next to a platform, a worry or someone taking over: %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each([
    'In de vaas staan de roos en haar knoppen nog mooi.',
    'storm en regen houden de leerlingen in de pauze binnen.',
    'Veel leerlingen zitten op Discord als ze niet kunnen slapen.',
    'Ouders maken zich zorgen over faalangst en vragen om een training.',
    'De mentor maakt zich zorgen over groepsdruk in de brugklas.',
    'Ik kan het overleg niet voorzitten, Wendy neemt het van me over. Groet, Petra Jansen, schoolmaatschappelijk werker',
    'Vrijdag ben ik vrij, Karin valt in voor het spreekuur. Met vriendelijke groet, Sandra de Boer, jeugdverpleegkundige',
  ])('reads a flower, weather, a platform, a worry and a colleague taking over as no pupil: %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it('reports offsets that point at the finding in the original text', () => {
    const text = 'Vandaag huilde Sanne weer.';
    const [found] = screenText(text, { now }).findings;
    expect(text.slice(found!.start, found!.end)).toBe('Sanne');
  });
});

describe('screenText on the classes of blind batches 18 and 19', () => {
  const identifying = (text: string) => screenText(text, { now }).identifying;

  it('finds nine digits later in a sentence about a BSN, also when they fail the eleven test', () => {
    expect(passesElfproef('305118426')).toBe(false);
    expect(kindsAndTexts('Het BSN staat al in Magister, maar de coach vraagt het voor het formulier nog een keer: 305118426')).toContainEqual(['reference-number', '305118426']);
    // A sentence ends the BSN's reach: nine digits in the next sentence about no pupil are no BSN.
    expect(identifying('Vraag het BSN niet in de chat. Het bestelnummer van de boeken is 305118426.')).toBe(false);
  });

  it('finds a case or registration code after "aanmelding", "casus" or "casusnummer"', () => {
    expect(kindsAndTexts('Dit hoort bij JOS-aanmelding 2024-0233 van vorig jaar.')).toContainEqual(['reference-number', 'JOS-aanmelding 2024-0233']);
    expect(kindsAndTexts('Kijk even bij casusnummer 5521 voor het verslag.')).toContainEqual(['reference-number', 'casusnummer 5521']);
    expect(identifying('De aanmelding van 2024 liep via het wijkteam.')).toBe(false);
  });

  it('reads a year written as "-jaars" with a level glued to a pupil word as a class', () => {
    expect(kindsAndTexts('Er is een tweedejaars havoleerling die al weken niet eet.')).toContainEqual(['class', 'tweedejaars havoleerling']);
    expect(kindsAndTexts('Een derdejaars mavo-meisje durft niet naar huis.')).toContainEqual(['class', 'derdejaars mavo-meisje']);
    expect(identifying('De derdejaars hebben vrijdag een toets.')).toBe(false);
  });

  it('reads a lower-case street right after "van/uit/op de" and a pupil word as where the pupil lives', () => {
    expect(kindsAndTexts('die jongen uit de lindestraat was er weer niet')).toContainEqual(['address', 'lindestraat']);
    expect(kindsAndTexts('het meisje op de berkenhof vertelde dat ze bang is')).toContainEqual(['address', 'berkenhof']);
    // A school yard or a car park is no street, and a street without a pupil before it stays a meeting place.
    expect(identifying('de jongen op de parkeerplaats rookte een sigaret')).toBe(false);
    expect(identifying('Het overleg is op de Stationsweg bij de bibliotheek.')).toBe(false);
  });

  it("keeps a professional's own signature and reachability block clean, and a parent's number in it flagged", () => {
    expect(identifying('Met vriendelijke groet, Lotte Mulder, orthopedagoog, Stichting Groeimee, 06-28173645, l.mulder@groeimee.nl')).toBe(false);
    expect(identifying('Bereikbaarheid jeugdverpleegkundige: Noor Hendriks, ma en wo, 06-91827364 of n.hendriks@ggdhn.nl')).toBe(false);
    expect(kindsAndTexts('Groet, Lotte Mulder, orthopedagoog, moeder van de leerling belt op 06-28173645')).toContainEqual(['phone', '06-28173645']);
    expect(kindsAndTexts('Met vriendelijke groet, Lotte Mulder, orthopedagoog. Vader is te bereiken op 06-28173645.')).toContainEqual(['phone', '06-28173645']);
    expect(kindsAndTexts('Bereikbaarheid orthopedagoog: Lotte Mulder, 06-28173645, privé lotte88@gmail.com')).toContainEqual(['email', 'lotte88@gmail.com']);
  });

  it("keeps the programme's own account and a colleague asked to take over the spreekuur clean, not a pupil's handle", () => {
    expect(identifying('Volg ons op TikTok via @jos_noordholland voor tips.')).toBe(false);
    expect(identifying('@Yara wil jij maandag het spreekuur overnemen? Ik ben ziek.')).toBe(false);
    expect(kindsAndTexts('Ze volgt op Instagram @lisa_2011 die haar uitscheldt.')).toContainEqual(['handle', '@lisa_2011']);
    expect(kindsAndTexts('@Yara kun jij kijken wat er met haar is?')).toContainEqual(['handle', '@Yara']);
  });

  it('reads "Joost mag weten" as an idiom and the writer\'s name after ", gr" at the end as no pupil', () => {
    expect(identifying('Joost mag weten waarom het rooster weer is veranderd.')).toBe(false);
    expect(identifying('ik wil de casus van een leerling met buikpijn inbrengen, gr Fenna')).toBe(false);
    expect(kindsAndTexts('Joost mag weten wat ze bedoelt, zegt Fenna uit 2B.')).toContainEqual(['class-and-name', 'Fenna uit 2B']);
    expect(kindsAndTexts("Ze appte 'kom je ook, gr Fenna'")).toContainEqual(['name', "Fenna'"]);
  });
});

describe('maskText', () => {
  it('replaces each identifying part with a placeholder and keeps the rest', () => {
    const text = 'Milan uit 1C belt vanaf 0612345678 naar zijn oma.';
    expect(maskText(text, screenText(text, { now }).findings)).toBe('[klas en naam] belt vanaf [telefoonnummer] naar zijn oma.');
  });
});

describe('loadNameLists', () => {
  it('loads the shipped lists with a few thousand names and phrases', () => {
    const lists = loadNameLists(defaultNameListsDir);
    expect(lists.firstNames.size).toBeGreaterThan(1000);
    expect(lists.firstNames.has('sanne')).toBe(true);
    expect(lists.notNamePhrases).toContain('rots & water');
  });

  it('names the file and field of a broken list', () => {
    const dir = mkdtempSync(join(tmpdir(), 'names-'));
    cpSync(defaultNameListsDir, dir, { recursive: true });
    writeFileSync(join(dir, 'surnames.yaml'), 'surnames: [Jansen, 42]\n');
    expect(() => loadNameLists(dir)).toThrow(KnowledgeError);
    expect(() => loadNameLists(dir)).toThrow(/surnames\.yaml: surnames\[1\]/);
    writeFileSync(join(dir, 'surnames.yaml'), 'surnames: [Jansen]\n');
    writeFileSync(join(dir, 'first-names.yaml'), 'girls: [Sanne, Ana Maria]\n');
    expect(() => loadNameLists(dir)).toThrow(/first-names\.yaml: girls\[1\]: één woord per naam/);
  });

  it('uses whatever lists it is given', () => {
    const lists = loadNameLists(defaultNameListsDir);
    // OpenTaal's personal names (personNames) would know Sanne too, so they are left out here.
    const screen = createScreen({ ...lists, firstNames: new Set(['wobbe']), personNames: new WordList([]) });
    // In lower case inside a sentence only the lists make a word a name (a capital no dictionary knows is one anyway).
    expect(screen('gisteren was wobbe er niet', { now }).identifying).toBe(true);
    expect(screen('gisteren was sanne er niet', { now }).identifying).toBe(false);
  });
});

describe('loadStaffRoles', () => {
  it('reads the staff roles people maintain, with the programme\'s roles', () => {
    const roles = loadStaffRoles(defaultNameListsDir);
    for (const role of ['ondersteuningscoördinator', 'gedragswetenschapper', 'procesbegeleider', 'projectleider', 'j&g', 'paj', 'consulent']) expect(roles.roles.has(role)).toBe(true);
    expect(roles.ending.test('schoolmaatschappelijkwerker')).toBe(true);
    for (const field of ['administratie', 'receptie', 'jeugd', 'wmo']) expect(roles.workFields.has(field)).toBe(true);
  });

  it('names the file and field of a broken list', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roles-'));
    cpSync(defaultNameListsDir, dir, { recursive: true });
    writeFileSync(join(dir, 'staff-roles.yaml'), 'roles: [mentor, Jeugd Arts]\nrole-endings: []\ncompound-heads: []\npupil-compound-starts: []\nwork-fields: []\n');
    expect(() => loadStaffRoles(dir)).toThrow(KnowledgeError);
    expect(() => loadStaffRoles(dir)).toThrow(/staff-roles\.yaml: roles\[1\]: één woord in kleine letters/);
    writeFileSync(join(dir, 'staff-roles.yaml'), 'roles: [mentor]\n');
    expect(() => loadStaffRoles(dir)).toThrow(/staff-roles\.yaml: role-endings/);
  });
});

describe('npm run screen', () => {
  it('prints one JSON object with the kind and text of each finding', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/screen.ts', 'Daan belt 0612345678'], { encoding: 'utf8' });
    expect(output.trim()).toBe('{"identifying": true, "findings": [{"kind": "name", "text": "Daan"}, {"kind": "phone", "text": "0612345678"}]}');
    expect(JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'scripts/screen.ts', 'Een leerling in Alkmaar'], { encoding: 'utf8' }))).toEqual({
      identifying: false,
      findings: [],
    });
  });
});


describe('the classes blind batches 20–23 missed or raised', () => {
  it.each([
    // A first name that is a word, beside a verb of what a pupil does, with no pronoun after it.
    ['Na de herfstvakantie eet merel steeds alleen in de kantine.', ['name', 'merel']],
    ['ik twijfel, sterre huilt vaak na de les en wil niks zeggen', ['name', 'sterre']],
    // A listed surname, bare, opening a sentence before a verb of what a pupil does.
    ['Visser schopt steeds tegen de tafel als hij moet wachten.', ['name', 'Visser']],
    // A parent's surname that is also a town, in brackets after the relative.
    ['Moeder (mevr. Wassenaar) wil een gesprek zonder de vader erbij.', ['name', 'Wassenaar']],
    ['Oma (mw. Renkum) haalt hem elke dag op.', ['name', 'Renkum']],
    // A year in words with a level, without "klas".
    ['Een meisje in vier vwo trekt zich steeds meer terug.', ['class', 'vier vwo']],
    // A year with a level and no group, in one pupil's case.
    ['Op de studiedag bespreken we een casus uit 4 vwo die ik anoniem wil houden.', ['class', '4 vwo']],
    // A birthday without a year: "word" for "wordt", and "geb." with a year of two digits.
    ['hij word 15 op 9 maart en wil dan zelf beslissen', ['birthdate', '9 maart']],
    ["Een meisje, geb. 14 mrt '12, komt sinds de herfst niet meer naar de gym.", ['birthdate', "14 mrt '12"]],
    // A file reference after "ref.".
    ['Graag het verslag van JGZ ref. 2025-1142 naar de mentor.', ['reference-number', 'ref. 2025-1142']],
    // A lower-case class someone teaches, and a class after an agenda topic.
    ['wie heeft h3b op maandag? daar zit een jongen die niet eet', ['class', 'h3b']],
    ['agenda: 1) absentie 2C, drie leerlingen te vaak te laat', ['class', '2C']],
    // Nicknames: what others call him or her, in brackets, in quotes after "noemen hem", or quoted and then "zo noemen ze hem".
    ['bolletje (zo noemen ze hem op het plein) wordt gepest', ['unique-description', 'bolletje (zo noemen ze hem op het plein)']],
    ["Ze noemen haar op het plein 'Kleine Muis' en ze moet erom huilen.", ['unique-description', "noemen haar op het plein 'Kleine Muis'"]],
    ["We vroegen naar 'Tijger' uit de brugklas, zo noemen ze hem, want hij vecht veel.", ['unique-description', "'Tijger' uit de brugklas, zo noemen ze hem"]],
  ])('finds %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each([
    // The same words where they are no pupil: an article before the word, a thing after the verb, no group letter.
    'Er zit roos op zijn jas.',
    'Is hoop niet genoeg?',
    'De roos bloeit weer in de schooltuin.',
    'Een leerling in een havo-klas is stil.',
    'Hij heeft B1 gehaald voor Engels.',
    'Ze heeft 2e uur vrij.',
    'Zondag rent hij de halve marathon.',
    // Brands, book and fairy-tale figures, and a professional of a team named in apposition.
    'Hij droeg een Ralph Lauren shirt en werd uitgelachen.',
    'Sjors en Sjimmie kwamen in de les voorbij als voorbeeld van vriendschap.',
    'Na het weekend zijn er altijd een paar Klaas Vaakjes in de klas.',
    'De jeugdverpleegkundige van het sociaal team Heiloo, Marieke Dekker, belt de ouders.',
  ])('finds nothing in %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it('keeps a pupil named in apposition after a role of a pupil, not of a team', () => {
    expect(kindsAndTexts('De mentor van de brugklasser, Sanne, belt de ouders.')).toEqual([['name', 'Sanne']]);
  });
});

describe('the classes blind batches 24 and 25 missed (and the last misses of b20 and b21)', () => {
  it.each([
    // A full stop after an abbreviation or an initial does not end the sentence a class is judged in.
    ['Jongen (geb. 2011, woont in Limmen, klas 3 havo, mentor dhr. Bos) is al weken stil.', ['class', '3 havo']],
    // A class as a whole item of a bracketed list of details, without "klas".
    ['Meisje (14 jr., woont in Bergen, 2 vwo, mentor mw. Kok) is weggelopen.', ['class', '2 vwo']],
    // An unknown capitalised word with an initial after it is a first name, not a title of two words.
    ['Overleg dinsdag: casus Nouhayla K. (Clusius) – moeder wil een gesprek.', ['name', 'Nouhayla K.']],
    // A child of someone with a public role, with "van de" typed short.
    ['de dochter vd burgemeester wordt gepest in de brugklas', ['unique-description', 'dochter vd burgemeester']],
    // One pupil with a rare trait in a named year group.
    ['de jongen met krukken uit de brugklas die net uit Eritrea komt zit alleen', ['unique-description', 'de jongen met krukken']],
    // A news outlet in capitals, with a relative in a sentence about a fire.
    ['Zijn moeder stond op RTV NH na de brand in de loods.', ['unique-description', 'op RTV NH']],
    // A lower-case street named by a plant, after "woont in de", and a lower-case street with its number later in a living sentence.
    ['hij woont op de lijsterbes, naast de speeltuin', ['address', 'lijsterbes']],
    ['woont nu op de kievit 14 met zijn moeder', ['address', 'kievit 14']],
    // "2D" after "zit in" is a class, not a film format.
    ['ze zit in 3D en wordt uitgescholden', ['class', '3D']],
    ['ze woont sinds de zomer bij haar tante, vinkenlaan 7, en fietst elke dag', ['address', 'vinkenlaan 7']],
    // A listed surname in lower case as a family: after a child word and "van", or taken up as "die familie".
    ['het zusje van dekker huilt vaak in de les', ['name', 'dekker']],
    ['dekker, nou die familie weer, komt niet naar het gesprek', ['name', 'dekker']],
    // A pet-name-shaped word after "noemen hem/haar" and a filler.
    ['ze noemen haar altijd pienie en ze vindt dat vreselijk', ['name', 'pienie']],
    ['iedereen noemt hem stiekem bolle, hij weet het', ['name', 'bolle']],
    // A capital after "zorgen om" that reads as an inflected word ("mink" + "e") but is no dictionary word as written (b21's miss).
    ['Notitie: zorgen om Minke, ze slaapt slecht.', ['name', 'Minke']],
    // A lower-case word no dictionary knows opening a clause before an adverb (b20's last miss).
    ['ik maak me zorgen omdat yuxuan al weken niet eet', ['name', 'yuxuan']],
  ])('finds %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each([
    // General places after "woont in/aan/op de", a number of times on a school yard, a fisherman's son and a baker's family, a class watching the news.
    'hij woont in de buurt van school en komt lopend',
    'ze woont in de beemster, bij haar vader, en fietst elke dag',
    'hij woont in de zorginstelling, sinds mei',
    'zij woont in de achterhoek en komt alleen op vrijdag.',
    'We kijken de film in 3D.',
    'ze woont aan de rand, bij het bos',
    'we zien elkaar op de speelplaats 2 keer per dag, ook als hij thuis is',
    'de zoon van de visser gaat mee op de boot',
    'ik kocht brood bij de bakker, die familie is heel aardig',
    'We keken in de les naar een brand op tv.',
    // What someone is called as a description, not a name; a wheelchair without a year group.
    'ze noemen hem altijd dom en hij wordt er stil van',
    'Hoe helpen we een leerling in een rolstoel bij de brandoefening?',
    'hoe gaan we om met een leerling in een rolstoel in de brugklas als er brandalarm is?',
    // A subject, a platform or a feast in the slot of what one worries about.
    'Ik maak me zorgen over Wiskunde en Magister.',
    'Het gaat om Fortnite, hij speelt te veel.',
    'ik weet niet of corona nog speelt in die klas',
    'Zie de bijlage (pagina 4, 5b) voor het rooster.',
    'ze noemen hem wel gek, maar hij is lief',
  ])('finds nothing in %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });
});

describe('the classes blind batches 26 and 27 missed or raised', () => {
  it.each([
    // "maar een" says "only one" after "er is/zit …"; "maar één" always does.
    ['er zit maar een meisje in de klas met een beugel en zij wordt gepest', ['unique-description', 'er zit maar een meisje in']],
    // Lower-case initials as whom a class or group holds, or whom one talks about.
    ['Ik wil het even hebben over j.d. uit 2B, hij slaapt slecht', ['name', 'j.d.']],
    ['het gaat om m.v. in mijn mentorgroep', ['name', 'm.v.']],
    // A short quoted name opening a clause before an action verb and an adverb.
    ["'dikke tim' loopt steeds huilend door de gang", ['name', 'dikke tim']],
    // A word after a dwelling and "aan/in/op de" is the street, without "woont".
    ['de familie heeft een huurwoning aan de lindelaan gekregen', ['address', 'lindelaan']],
    ['ze hebben nu een flatje op de klaverweide, bij het station', ['address', 'klaverweide']],
    // A lower-case first name after "naar/op/tegen" that the next clause takes up with ze/hij.
    ['Kun je even letten op merel, ze zit steeds alleen', ['name', 'merel']],
    // A school's domain without a staff context is a pupil's or parent's mailbox; a free-mail address is always someone's own.
    ['De leerling mailt vanaf s12345@pcc-oosterhout.nl, wat moet ik doen?', ['email', 's12345@pcc-oosterhout.nl']],
    ['Mail doorgestuurd van moeder (j.bakker@pcc-oosterhout.nl) over haar zoon.', ['email', 'j.bakker@pcc-oosterhout.nl']],
    ['Stuur het naar mijn werkmail k.jansen@gmail.com', ['email', 'k.jansen@gmail.com']],
  ])('finds %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each([
    // "maar een" as "but a"; abbreviations with dots before "in de klas".
    'We doen veel aan sport, maar een leerling met astma kan niet altijd meedoen.',
    'We bespreken o.a. in de klas wat pesten is.',
    'Dit geldt m.n. in de brugklas.',
    // A quoted method or phrase opening a sentence.
    "'Rots en Water' komt weer terug in het rooster.",
    "'Te laat' komen is niet oké.",
    // A dwelling on the edge of a village, across the road, on a floor.
    'ze zitten in een huis aan de rand van het dorp',
    'de opvang aan de overkant is vol',
    'ze wonen in een appartement op de derde verdieping',
    'We keken naar storm en regen op het nieuws.',
    // A staff member's work mail at a school's own domain, written out or in a forward header after a role.
    'Mail mijn werkadres: a punt visser at jan-arentsz punt nl, graag voor vrijdag.',
    'Van: Tom de Wit, teamleider Stedelijk Dalton College (t.dewit@stedelijkdaltoncollege.nl): graag een afspraak.',
  ])('finds nothing in %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });
});

describe('staff and organisations in their work role (batches 28 and 29)', () => {
  it.each([
    // An organisation's own mail domain: a colleague's work mail in a forward header, a role or school-type mailbox there.
    'Doorgestuurd: Van: Karin Bos (jeugdhulpverlener, Groeimee), k.bos@groeimee.nl. Onderwerp: rooster na de meivakantie.',
    'Voor het werkatelier mail je naar zorg-vo@groeimee.nl of naar gedragswetenschapper.jos@groeimee.nl.',
    // A switchboard with an extension, a desk introduced with "bellen op".
    'Vragen over het rooster? Bel 0251-654321 (toestel 12), niet via de app.',
    'Je kunt de zorgcoördinator bellen op 072-5400100 voor het formulier.',
    // Someone in brackets after an organisation, a contact person, a handover between role holders, "<Name> van <vak> (docent)".
    'Veilig Thuis (mevrouw de graaf) wil weten hoeveel meldingen er dit jaar zijn gedaan.',
    'Het wijkteam (contactpersoon Ilse Kramer) vraagt om cijfers over het kwartaal.',
    'Overdracht van zorgcoördinator Ruud Visser aan Anke Smit: vier lopende trajecten, alle met toestemming.',
    'Ellen van biologie (docent) sluit aan bij het overleg over de projectweek.',
    // A list after a colon opened by ordinary words; "onze zoon" in a parent's quoted words.
    'Signalen bij een leerling: Slecht slapen, Weinig contact, Vaak moe. Wat kan de mentor doen?',
    "Bericht van een moeder, namen weggelaten: 'Onze dochter durft niet meer naar gym.' Hoe reageer ik?",
  ])('finds nothing in %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it.each([
    // Guards: a pupil's or parent's mailbox at an organisation's domain, a free-mail address, a mobile with an extension word.
    ['De leerling mailt vanaf jesse.2011@groeimee.nl, wat nu?', ['email', 'jesse.2011@groeimee.nl']],
    ['Van: moeder, m.dekker@hotmail.com, over haar zoon.', ['email', 'm.dekker@hotmail.com']],
    ['Bel moeder op 06-12345678 (toestel 2) vanavond.', ['phone', '06-12345678']],
    // A name next to a pupil word stays a name, also after a colon.
    ['Het gaat om leerling: Sanne, ze eet niet meer.', ['name', 'Sanne']],
    // Recall: a spaced class before a pupil word, a session count before "met", a first name that is a word with a level in
    // brackets, a capitalised street after "aan de" while living with a relative, a rare trait plus a recent move.
    ['3 c leerling (havo) zegt dat ze niet meer thuis wil slapen', ['class', '3 c']],
    ['gesprek 2 van 6 met roos gehad, ze durft weer naar buiten', ['name', 'roos']],
    ['Intervisie, casus: Roos (vmbo-k, Vonk), de stage loopt niet.', ['name', 'Roos']],
    ['woont nu bij zijn opa aan de Weid, naast de bakker', ['address', 'Weid']],
  ])('finds %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it('reads a pupil in a wheelchair who moved here this summer from a named region as one pupil', () => {
    expect(kindsAndTexts('Het gaat om het meisje met krukken bij ons op Duin dat afgelopen zomer uit Zeeland is verhuisd; ze wordt gepest.').map(([kind]) => kind)).toContain('unique-description');
  });
});

describe('the classes blind batches 30 and 31 missed or raised', () => {
  it.each([
    // A foreign first name in -ing opening a sentence before a verb (no gerund: its stem is no word).
    ['Meiling zegt dat haar vader haar slaat.', ['name', 'Meiling']],
    // A word-name before a year with any level of the full list, in any case and spacing.
    ['Storm uit 2 gl heeft al weken geen huiswerk gemaakt.', ['name', 'Storm']],
    ['Roos uit 1 PrO is vaak boos op school.', ['name', 'Roos']],
    // "iemand" as the one pupil of a year and level.
    ['Iemand uit 4 kb vertelde me dat ze thuis geslagen wordt.', ['class', '4 kb']],
    // A capitalised street after "woont in/op de", a bare postcode after "woont in", "postcode" or "verhuisd naar".
    ['Ze woont in de Dijkgraaf, vlak bij school.', ['address', 'Dijkgraaf']],
    ['Hij woont sinds kort op de Laagzijde bij zijn tante.', ['address', 'Laagzijde']],
    ['Ze woont nu in 1943, in een flat bij het station.', ['address', '1943']],
    ['De postcode is 1815, meer weet ik niet van haar.', ['address', '1815']],
    ['Het gezin verhuisd naar 1862 vorige maand.', ['address', '1862']],
    // A quoted nickname before "noemen" with words between; an indefinite pupil called by a name that is not famous.
    ["het meisje dat ze in de klas steeds 'koekie' noemen wil niet meer naar gym.", ['unique-description', "meisje dat ze in de klas steeds 'koekie' noemen"]],
    ["Ze noemen een meisje uit mijn mentorklas 'de koe', wat moet ik doen?", ['unique-description', "noemen een meisje uit mijn mentorklas 'de koe'"]],
    // A pupil pointed at by the family's surname in lower case, ours or OpenTaal's.
    ['dat meisje van bakker zit weer alleen in de pauze', ['name', 'bakker']],
    ['die jongen van verhoeven is weer geschorst', ['name', 'verhoeven']],
    // Guards: a pupil's or parent's address at a school domain, free mail with a role after it, a pupil in apposition after a class.
    ['Zijn moeder mailt vanaf m.jansen@pcc-oosterhout.nl, dat is haar werk, zegt de mentor.', ['email', 'm.jansen@pcc-oosterhout.nl']],
    ['De leerling mailt steeds vanaf 12345@pcc-oosterhout.nl, ik ben mentor en weet niet wat ik moet doen.', ['email', '12345@pcc-oosterhout.nl']],
    ['Mail naar daan.k@gmail.com, dat is onze mentor.', ['email', 'daan.k@gmail.com']],
    ['De mentor van 2b, Sanne, huilt elke dag.', ['name', 'Sanne']],
  ])('finds %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each([
    // English gerunds opening a sentence are things.
    'Scrolling houdt ze de hele les bezig.',
    'Catfishing komt vaker voor dan je denkt.',
    // Regions after "woont op/in de" are data (not-names.yaml), no street; a year after a past or plural living verb.
    'Veel gezinnen wonen op de Veluwe en reizen ver.',
    'Ze woont in de Betuwe, maar komt hier naar school.',
    'Zijn opa woonde in 1995 in Suriname.',
    'Dit jaar wonen in 2026 meer kinderen bij pleegouders dan vroeger?',
    // A famous name given to someone unnamed, in a general question.
    "Leerlingen noemen iemand met een bril soms 'Harry Potter', hoe ga ik daarmee om?",
    "Kinderen noemen een klasgenoot al snel 'Einstein' als die goed kan leren, is dat erg?",
    "Een paar meiden noemen een klasgenote 'Pippi Langkous' om haar vlechten, is dat plagen?",
    // A colleague's school mail with the role after it; a name in apposition after a role and its service.
    'Vragen? Stuur een bericht naar k.bakker@pcc-oosterhout.nl, zij is de zorgcoördinator van de bovenbouw.',
    'mail maar naar r.dekker@stedelijkdaltoncollege.nl, ik ben docent en lees het na school',
    'onze orthopedagoog groeimee, Sanne de boer, schuift aan bij het overleg.',
  ])('finds nothing in %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });
});

describe('professionals named in their work role (batches 32 and 33)', () => {
  it.each([
    // A compound headed by a staff noun, before the name.
    'Schoolteamcollega Esther Mulder neemt de intake over.',
    'Groeimee-collega Tom Bakker komt dinsdag langs om de aanvragen door te nemen.',
    // A role and the organisation it works for, then the name (ending its sentence, or with a mobile in brackets).
    'De coördinator passend onderwijs, Marco Jansen. Hij stuurt het verslag rond.',
    'Adviseur samenwerkingsverband Peter de Wit (06-44556677) wil graag meedenken, bel hem gerust.',
    'Teamleider Henk Smit (06-33445566) plant de overdracht.',
    // The role, whom or where it serves, then its new holder.
    'De jeugdarts van de GGD Hollands Noorden is per 1 januari Lotte de Jong.',
    // A form of address with a tussenvoegsel and the subject taught; a title; a service number for appointments.
    'Mevrouw van der Berg van Engels vraagt of de toetsweek verschuift.',
    'De schoolarts, drs. Kuipers, zit maandag op school. Afspraken maken via 072 518 22 00.',
    // A role's holder after "is sinds …"; a conciërge; a role with the field it works in.
    'Onze nieuwe decaan is sinds oktober Rob Hendriks.',
    'De conciërge Piet de Graaf heeft de sleutels.',
    'Beleidsmedewerker onderwijs Ingrid Post stuurt de cijfers na de vakantie.',
    // The writer introduced with a role gives their own school mailbox later on.
    'Ik ben Mark Veen, docent bij Jac. P. Thijsse. Kan ik langskomen? Mijn mail is m.veen@jacpthijsse.nl.',
  ])('finds nothing in %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it.each([
    // Whom the role holder meets is a pupil.
    ['Zou het kunnen dat de jeugdarts Fleur een keer ziet? Ze eet slecht.', ['name', 'Fleur']],
    // Guards: a pupil's own role, a pupil word, the mentor OF a pupil, family roles, a class, a pupil introducing themself.
    ['Leerling-mentor Sanne de Boer helpt een brugklasser met plannen.', ['name', 'Sanne de Boer']],
    ['De leerling Karin Dekker komt niet meer naar school.', ['name', 'Karin Dekker']],
    ['Ik ben mentor van Sanne Smit, ze huilt veel.', ['name', 'Sanne Smit']],
    ['Mijn leerling Joyce Peeters wil niet naar huis.', ['name', 'Joyce Peeters']],
    ['Pleegmoeder Marieke Smit (06-21558730) maakt zich zorgen.', ['phone', '06-21558730']],
    ['Stiefvader Ruud Kok (06-12345678) wil een gesprek.', ['name', 'Ruud Kok']],
    ['De moeder van Tim, Karin Dekker, belt steeds.', ['name', 'Karin Dekker']],
    ['Haar broer is sinds maart Rob Hendriks.', ['name', 'Rob Hendriks']],
    ['Ik ben Sanne Vos, leerling van 4 havo, mijn mail is s.vos@pcc-oosterhout.nl', ['email', 's.vos@pcc-oosterhout.nl']],
  ])('finds %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });
});

describe('the classes blind batches 34 and 35 missed or raised', () => {
  it.each([
    // Whom a professional acts on is a pupil, also with a noun phrase holding a role word after the name.
    ['Jeugdarts zag vandaag Noa de Graaf, doorverwijzing naar de kinderarts, ouders akkoord.', ['name', 'Noa de Graaf']],
    ['De schoolverpleegkundige sprak Lars Mulder, verwijzing naar de huisarts volgt.', ['name', 'Lars Mulder']],
    ['Orthopedagoog onderzocht gisteren Jesse Kramer, advies voor de mentor volgt.', ['name', 'Jesse Kramer']],
    ['Ik zag Lotte Willems, aanmelding bij de psycholoog loopt.', ['name', 'Lotte Willems']],
    ['Gezinscoach heeft gesproken met Isa Dekker, gesprek met de jeugdarts volgende week.', ['name', 'Isa Dekker']],
    ['De mentor belde Sem Bakker, over de docent wiskunde klaagt hij veel.', ['name', 'Sem Bakker']],
    ['Maatschappelijk werker begeleidt Yara Peters, tegen de mentor zegt ze weinig.', ['name', 'Yara Peters']],
    ['Zag op het spreekuur Milan de Jong, via de coach aangemeld.', ['name', 'Milan de Jong']],
    ['Jeugdverpleegkundige verwees Fenna Smit door aan de jeugdarts, haar ouders weten het.', ['name', 'Fenna Smit']],
    // "wordt" names the holder only after a role: an object of another verb stays a pupil.
    ['De mentor wordt boos op Karin Mol.', ['name', 'Karin Mol']],
    // "sprak" before a full name is whom one spoke, not a language (that is one word: "sprak Tigrinya").
    ['Ik sprak Lars Mulder gisteren na de les.', ['name', 'Lars Mulder']],
    // A listed first name in lower case, also a word, as whom one talked to or saw, referred back to as a person.
    ['heb jij sterre nog gesproken? ze zat weer te huilen in de mediatheek', ['name', 'sterre']],
    ['hebben jullie roos al gezien vandaag? ze was er vanochtend niet', ['name', 'roos']],
    ['heb je storm gebeld? hij reageert niet op mijn berichten', ['name', 'storm']],
    // The idiom only covers "de bram uit…": a pupil Bram with a class stays found.
    ['Ik maak me zorgen om de Bram uit 3B.', ['class-and-name', 'Bram uit 3B']],
    // No role: the contact point may be a parent, the number stays found.
    ['Vanaf januari is Ahmed Ouali het vaste aanspreekpunt voor school, bereikbaar op 06-20391847.', ['phone', '06-20391847']],
    // A first name glued to a function word stays a person's mailbox, at any domain.
    ['Mail naar wijkteamsanne@alkmaar-sociaaldomein.nl', ['email', 'wijkteamsanne@alkmaar-sociaaldomein.nl']],
    ['Moeder mailt vanaf wijkteamoudorp@gmail.com', ['email', 'wijkteamoudorp@gmail.com']],
    // "Mail mij" with a pupil in the text, or at free mail, keeps the address.
    ['Mail mij gerust op s.dekker@dalton-alkmaar.nl, het gaat om een leerling uit mijn klas.', ['email', 's.dekker@dalton-alkmaar.nl']],
    ['Mail mij gerust op s.dekker@gmail.com, het gaat om groepsdynamiek.', ['email', 's.dekker@gmail.com']],
  ])('finds %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each([
    // The role's holder named after "wordt", as after "is" and "heet".
    'De nieuwe decaan wordt Karin Mol.',
    'Moeder sprak Tigrinya met de tolk.',
    'heb jij de zon nog gezien vandaag? het was mooi weer.',
    // An idiom with a name in it, also with the verb split off: "de bram uithangen".
    'Een leerling uit de tweede hangt steeds de bram uit tijdens wiskunde; docent wil tips voor de les.',
    'Hoe reageer je op een jongen die in elke les de bram uithangt?',
    // A professional named in their role as the contact point, and the number bound to them by "bereikbaar op".
    'Wijkteam Overdie meldt: vanaf januari is gezinscoach Ahmed Ouali het vaste aanspreekpunt voor school, bereikbaar op 06-20391847.',
    'Jeugdverpleegkundige Sanne Kok wordt de contactpersoon voor de onderbouw, bereikbaar via 06-11223344.',
    // A mailbox of function words and a place glued together, at a municipality's or care service's domain.
    'Het wijkteam Oudorp heeft een nieuw aanmeldadres: aanmelden.wijkteamoudorp@alkmaar-sociaaldomein.nl, telefonisch spreekuur van 9 tot 11 uur.',
    'Aanmelden kan via zorgheiloo@gemeente-heiloo.nl.',
    // The writer's own address at a school's domain, about a general question with no pupil in the text.
    'Mail mij gerust op s.dekker@dalton-alkmaar.nl, ik ben tot 16:00 bereikbaar. Het gaat om een algemene vraag over groepsdynamiek in de onderbouw.',
  ])('finds nothing in %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });
});

describe('staff in a sentence about staff only, by its shape (batches 36 and 37)', () => {
  it.each([
    // A role, words of what it is for or since when, then its holder; with the work mail or office number in the same sentence.
    'Nieuwe contactpersoon namens het wijkteam Heiloo is per februari Fatma Yildiz, te bereiken via f.yildiz@heiloo.nl.',
    'Aanspreekpunt Groeimee voor de Spinaker wordt na de herfstvakantie Lisa de Ruiter.',
    'Procesbegeleider leeromgeving is vanaf het nieuwe schooljaar Wouter Bakker.',
    'Gedragswetenschapper Midden-Kennemerland Tamara Vos observeert in januari een paar lessen van de docenten.',
    'De orthopedagoog van het samenwerkingsverband, mevr. Dijkstra, geeft een workshop over faalangst; haar mail is e.dijkstra@swv-nk.nl.',
    // A role heading with a colon before a list item.
    'Waarnemend ondersteuningscoördinator tot de kerstvakantie: Dirk Zwart.',
    'Vervangend J&G coach Bonhoeffer tijdens het verlof: Youssef el Amrani, y.elamrani@groeimee.nl.',
    'Voor vragen over de pilot: projectleider gemeenten Mirjam Hoek, m.hoek@alkmaar.nl, 072 548 1234.',
    // Who attends a meeting; who chairs it.
    'Aanwezig: Petra Smit (wijkteam), Karin Visser, Joost Mulder (GGD), Ilse de Boer (notulist)',
    'Agenda netwerkgroep: 1. opening door voorzitter Frank Jonker 2. verslag 3. rondvraag',
    // An organisation's own office number.
    'Leerplicht Alkmaar heeft een nieuw algemeen nummer: 072 548 7700.',
  ])('finds nothing in %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it.each([
    // The same forms with a pupil, a parent, an age or a class in the sentence, or the name as whom the role acts on.
    ['Nieuwe contactpersoon voor moeder is Fatma Yildiz, te bereiken via f.yildiz@gmail.com.', ['name', 'Fatma Yildiz']],
    ['Aanspreekpunt voor de leerling is Lisa de Ruiter uit 3B.', ['class-and-name', 'Lisa de Ruiter uit 3B']],
    ['Procesbegeleider vroeg naar Wouter Bakker, 14 jaar.', ['name', 'Wouter Bakker']],
    ['Gedragswetenschapper observeert Tamara Vos in de klas.', ['name', 'Tamara Vos']],
    ['De orthopedagoog onderzoekt Marit Dijkstra, haar moeder is bereikbaar op 06-12345678.', ['phone', '06-12345678']],
    ['Zoco: Daan Visser wil niet meer naar huis na schooltijd', ['name', 'Daan Visser']],
    ['Aanwezig: moeder, Petra Smit (leerling) en de mentor', ['name', 'Petra Smit']],
    ['Namens de leerling belde zijn tante Hanna Bos.', ['name', 'Hanna Bos']],
    ['Leerplicht belt vader op 06-44556677.', ['phone', '06-44556677']],
    ['Projectleider zag Mirjam Hoek uit 2 havo huilen.', ['name', 'Mirjam Hoek']],
    ['Jeugdarts heeft Frank Jonker doorverwezen.', ['name', 'Frank Jonker']],
    // After a preposition a role is who acted: the name is the pupil ("door de coach is Daan …").
    ['Door de coach is Daan Visser doorverwezen naar de huisarts.', ['name', 'Daan Visser']],
    ['Met de mentor is Sem Bakker naar huis gestuurd.', ['name', 'Sem Bakker']],
  ])('finds %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });
});

describe('online handles of pupils and class codes where someone looks (batches 36 and 37)', () => {
  it.each([
    ['snap van die jongen is jaydenxx07, daar komen de berichten vandaan', ['handle', 'jaydenxx07']],
    ['tiktok van dat meisje is lisa.xo, ze plaatst filmpjes van zichzelf', ['handle', 'lisa.xo']],
    ['kan iemand naar h4a kijken, daar zit een meisje met veel somberheid', ['class', 'h4a']],
    ['Kan de gedragswetenschapper naar 2b komen, een leerling daar wordt gepest', ['class', '2b']],
  ])('finds %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each([
    'Zijn tiktok is privé, daar kun je niks mee.',
    'Ik snap van die jongen niet waarom hij zo boos wordt.',
    'We gaan naar h4 voor de les, lokaal is vrij.',
    'Print het op A4 en ga naar A4 papier halen.',
    'Na de pauze gaan we naar 4e uur Engels.',
    'Kun je naar 3d printer lopen?',
  ])('finds nothing in %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });
});

describe('the classes blind batches 38 and 39 missed or raised', () => {
  it.each([
    // A word of any case right before a bracketed or apposed description of one pupil is that pupil's name.
    ['vlinder (meisje uit de brugklas) snijdt zichzelf, wie kan helpen?', ['name', 'vlinder']],
    ['merel (mijn mentorleerling) durft niet meer naar gym', ['name', 'merel']],
    ['Kan iemand kijken naar dex (jongen uit mijn mentorgroep)? hij is zo stil', ['name', 'dex']],
    ['bliss, een meisje van mijn mentorklas, komt steeds te laat', ['name', 'bliss']],
    ['zorgen om jazz (leerling van mij), ze eet niet', ['name', 'jazz']],
    ['Storm (een jongen uit mijn klas) zegt dat hij thuis geslagen wordt.', ['name', 'Storm']],
    ['hoop, een meisje uit mijn mentorgroep, eet al dagen niet', ['name', 'hoop']],
    ['Lente (leerling van mij) vertelt dat thuis geslagen wordt.', ['name', 'Lente']],
    ['river (jongen, 13) heeft een mes meegenomen', ['name', 'river']],
    // A year with an abbreviated level is a class code, glued or spaced, in any case.
    ['bespreking 2tl volgende week, drie leerlingen lopen achter', ['class', '2tl']],
    ['mentor van 4gt zegt dat het rommelig is in de klas', ['class', '4gt']],
    ['overleg 1bb: twee leerlingen met veel te laat komen', ['class', '1bb']],
    ['Leerlingbespreking 3 kb donderdag, wie neemt de notulen?', ['class', '3 kb']],
    ['zorgen over de sfeer in 2gl, kan de coach een keer meekijken', ['class', '2gl']],
    ['Zorgoverleg 4 TL: wie heeft er nog punten?', ['class', '4 TL']],
    // After "adres" (its heading up to the colon) or a living verb: one to three words with a house number.
    ['woonadres: zonnedauw 9, daar is het gezin net ingetrokken', ['address', 'zonnedauw 9']],
    ['huisadres volgens magister: het wed 3', ['address', 'wed 3']],
    ['adres moeder: achter de kerk 4, vader weet het niet', ['address', 'achter de kerk 4']],
    ['Adres voor de brief: Nieuwland 14, vader woont daar niet meer', ['address', 'Nieuwland 14']],
    ['Het woonadres is nu klaproos 8 in Heiloo.', ['address', 'klaproos 8']],
    ['postadres van het gezin: achterom 7, niet naar het oude adres sturen', ['address', 'achterom 7']],
    // A level and its year, either order, with a singular "ze" as the one pupil.
    ['Ze zit in havo 5 en heeft veel faalangst.', ['class', 'havo 5']],
    ['ze zit in mavo 4, het gaat thuis niet goed', ['class', 'mavo 4']],
    ['Ze zit nog in 3 vwo maar wil naar de havo.', ['class', '3 vwo']],
    ['Ze is nu in vwo 4 en mist veel lessen.', ['class', 'vwo 4']],
    ['ze zit in de vwo 5 en wil stoppen', ['class', 'vwo 5']],
    ['Ze doubleert nu in mavo 3, ouders boos.', ['class', 'mavo 3']],
  ])('finds %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each([
    // Staff bound to their role: by commas or brackets, a role in brackets after their mail, a Teams mention, work phone words.
    'Vragen over het spreekuur op Vonk kunnen naar m.kramer@vonk.nl (ondersteuningscoördinator), zij zet het door naar de coach.',
    'Aanmelden gaat via j.devries@spinaker.nl (zorgcoördinator), hij plant dan een intake.',
    'Bij spoed de ambulant hulpverlener van Focus bellen, Samira Benali, 06-19283746 (werktelefoon, niet na 18u).',
    'Voor het rooster kun je de teamleider onderbouw mailen, Kees Jansen, k.jansen@vonk.nl.',
    'De jeugdarts is op dinsdag bereikbaar op haar dienstnummer 06-11223344.',
    'Vragen over de intake? Tag de zoco in het kanaal, @Peter Vos, hij pakt het op.',
    'Het wijkteam heeft een nieuwe contactpersoon: @Linda Smit, ze start maandag.',
    'Wie een gesprek wil, kan de gezinscoach van het wijkteam appen, Joyce Maas, 06-55443322.',
    'Bij de intake sluit de orthopedagoog aan (Rik Veen, dienstmobiel 06-22446688).',
    // A character of the book, film or series the text is about, by first or last name alone.
    'Bij Nederlands lezen we Harry Potter en een leerling raakt steeds overstuur bij de stukken over de ouders van Harry.',
    'We kijken de film Pippi Langkous en sommige kinderen vinden Pippi eng, hoe bespreek ik dat?',
    'In het boek van Roald Dahl zit een heks; het personage Matilda maakt veel los in de klas.',
    'We lazen Percy Jackson; bij het hoofdstuk waarin Percy zijn moeder kwijtraakt moest een leerling huilen.',
    'De hoofdpersoon Kees heeft ook een vader die drinkt, dat raakt de klas.',
    // Guards of the recall side: labels, pupil words, sizes, rooms, plural counts and groups stay clean.
    'Casus (meisje uit de onderbouw) met veel verzuim, wat kunnen we doen?',
    'Mijn mentorleerling (jongen, 15) wil stoppen met school, wat nu?',
    'De nieuwe (jongen uit het buitenland) spreekt nog geen Nederlands.',
    'Een leerling (meisje uit de bovenbouw) vraagt hoe ze hulp kan krijgen.',
    'Zijn broertje (jongen uit groep 8) komt volgend jaar ook.',
    'De uitvoer van het script is 3 kb groot.',
    'Stuur de bijlage van 2 mb maar door naar de zoco.',
    'In leerjaar 3 kader zitten veel leerlingen met een stageplek.',
    'Het bezoekadres van het wijkteam is Kanaalweg 12.',
    'Ze wonen sinds 2019 in Alkmaar.',
    'In dat huis wonen nog 4 kinderen.',
    'Hij woont met 3 broers en zussen in een klein huis.',
    'Het adres van de vergadering: zaal 3 in het gemeentehuis.',
    'Mijn adres: lokaal 2 tot 4 uur, daarna thuis.',
    'De leerlingen wonen verspreid over 8 dorpen in de regio.',
    'Ze zitten allemaal in havo 4 en hebben veel toetsen.',
    'Hoeveel uur les krijgen ze in havo 4 per week?',
    'Vanaf vwo 5 kiezen ze een profiel, hoe begeleiden we dat?',
  ])('finds nothing in %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it.each([
    // The same forms with a pupil, a parent, a private mailbox or a platform: still found.
    ['Mail gerust m.kramer@vonk.nl (ondersteuningscoördinator) over Daan uit 2b, zij weet ervan.', ['class-and-name', 'Daan uit 2b']],
    ['Bel de moeder van de leerling, Fatma Yilmaz, 06-12345678 (werktelefoon).', ['name', 'Fatma Yilmaz']],
    ['lisa.devries2009@gmail.com (leerling) stuurt steeds mails naar de mentor', ['email', 'lisa.devries2009@gmail.com']],
    ['De mentor zag op insta dat @Daan gemeen doet tegen klasgenoten.', ['handle', '@Daan']],
    ['@Sanne uit 3b zegt dat ze niet naar huis durft, wat moet de coach doen?', ['class-and-name', 'Sanne uit 3b']],
    ['Kan de coach kijken naar het account @Jaylano, die jongen post rare dingen?', ['handle', '@Jaylano']],
    ['We lezen Harry Potter en Harry uit 2b wordt er steeds mee gepest.', ['class-and-name', 'Harry uit 2b']],
    ['Bij Nederlands lezen we Harry Potter, maar Daan raakt steeds overstuur bij de stukken over de ouders.', ['name', 'Daan']],
    ['We keken de film Pippi Langkous; Noor (meisje uit mijn klas) moest huilen.', ['name', 'Noor']],
    ['Sanne leest Harry Potter en zegt dat haar vader net zo is als oom Vernon.', ['name', 'Sanne']],
  ])('still finds %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });
});

describe('staff read per name, not per sentence (batches 40 and 41)', () => {
  it.each([
    // A professional bound to their role by adjacency, apposition, a handover, a heading or their own mailbox, in a sentence that also speaks of pupils or parents.
    // Each fails at main 9f3e082.
    'Vanaf januari neemt Marloes de Vries het over van Henk Bakker als aanspreekpunt voor leerlingen met verzuim.',
    'Tijdens het zwangerschapsverlof van Ilona Smit neemt J&G coach Kees Mulder de casussen van haar leerlingen over.',
    'Graag de aanmelding van de leerling naar de zorgcoördinator, Ruud Koster: r.koster@csgwillem.nl',
    'Gezinscoach Naima El Amrani vervangt Joyce Peeters bij de gesprekken met ouders.',
    'Aanspreekpunt Groeimee voor ouders: Esther Vos, e.vos@groeimee.nl',
    'Jeugdarts Priya Ramdin van de GGD ziet leerlingen uit klas 2 op woensdag, mail p.ramdin@ggdhn.nl.',
    'Zoco Bart Hendriks neemt de leerlingbesprekingen over van Yvonne, bereikbaar op 072-5112233 toestel 18.',
    'Vervanging: Lotte Kramer is de opvolger van Marieke Groen als ambulant hulpverlener, ouders krijgen een brief.',
    'Cc: orthopedagoog Hans Post, h.post@swvnk.nl, zodat hij het verslag over de leerling kan lezen.',
    'mijn mail is k.jansen@stedelijklyceum.nl, stuur het formulier maar daarheen',
    'Tijdens het ziekteverlof van Arjen Vos is J&G coach Nora Bakker het aanspreekpunt voor ouders.',
    'Ouders kunnen bellen met de leerplichtambtenaar, Tom Verhoeven: t.verhoeven@hollandskroon.nl',
    'Jeugdverpleegkundige Saskia Prins (GGD) ziet leerlingen in de mediatheek, mail s.prins@ggdhn.nl',
    'Mentor Joost Brink vervangt Ellen Maas bij de ouderavond van de eerste klassen.',
    'Aanspreekpunt Groeimee voor leerlingen en ouders: Ahmed Ouali, a.ouali@groeimee.nl',
    'Zoco Marit Kok (Petrus Canisius) neemt de zorgmail over van Iris, bereikbaar op 072-5401122 toestel 31.',
  ])('finds nothing in %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it.each([
    // The same forms for professionals that main already left clean: they stay clean.
    'Orthopedagoog Femke Jansen (f.jansen@swvnk.nl) sluit aan bij het gesprek met de ouders.',
    'Leerplichtambtenaar Ronald de Wit (r.dewit@alkmaar.nl) belt de ouders van leerlingen met veel verzuim.',
    'De schoolmaatschappelijk werker Anouk Meijer, a.meijer@wijkteam.nl, houdt een inloop voor ouders.',
    'Mentoren kunnen voor vragen over leerlingen terecht bij Sanne Dekker (orthopedagoog).',
    'Namens zorgcoördinator Wendy Brouwer (w.brouwer@petrus.nl) het verzoek om de ouders van de leerling uit te nodigen.',
    'I.o.v. teamleider Mirjam Bosch: de leerlingbespreking van donderdag gaat niet door, ouders zijn al ingelicht.',
    'Na de kerst volgt Fenna Dijkstra Carla Meijer op als ondersteuningscoördinator, leerlingen krijgen een mail.',
    'Gedragswetenschapper Lisa de Ruiter (l.deruiter@groeimee.nl) doet geen individuele gesprekken met leerlingen, alleen klassenobservaties.',
  ])('still finds nothing in %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it.each([
    // A name bound to a pupil's action or class beside a role word, and a lower-case (hyphenated) first name after "met/over" in a text about a pupil: each missed at main.
    ['Coach Sanne huilt na elke les, zegt haar vader.', ['name', 'Sanne']],
    ['Mentor Lotte zit in 4h en spijbelt veel volgens haar vader.', ['name', 'Lotte']],
    ['kan de coach een gesprek plannen met noor-jade? ze is heel stil en ouders maken zich zorgen', ['name', 'noor-jade']],
    ['mentor hier, wil graag overleg over lotte-marie, ze zit steeds alleen', ['name', 'lotte-marie']],
    ['zoco hier, gesprek gehad met anne-fleur, ouders maken zich zorgen en ze eet niet', ['name', 'anne-fleur']],
    ['Zoco Bart zit in 3b en huilt veel volgens zijn moeder.', ['name', 'Bart']],
  ])('finds %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each([
    // Pupils and parents in the same forms (handover, heading, mailbox, apposition, role word in the sentence) stay found.
    ['Vanaf januari neemt de mentor het over, Daan de Vries uit 2b zit nu bij hem in de klas.', ['name', 'Daan de Vries']],
    ['Orthopedagoog wil Femke Jansen (leerling, 14 jaar) testen, moeder is akkoord.', ['name', 'Femke Jansen']],
    ['De zorgcoördinator vraagt naar de leerling, Ruud Koster, die veel verzuimt.', ['name', 'Ruud Koster']],
    ['Gezinscoach ziet moeder Naima El Amrani elke week.', ['name', 'Naima El Amrani']],
    ['Jeugdarts zag Priya Ramdin (12) vanwege buikpijn, ouders waren erbij.', ['name', 'Priya Ramdin']],
    ['De mentor belde met de oma, mevr. Hendriks, over het verzuim van haar kleinzoon.', ['name', 'Hendriks']],
    ['Leerling Tamara Bos neemt het over van haar zus op het schoolplein, de mentor maakt zich zorgen.', ['name', 'Tamara Bos']],
    ['Sinds de scheiding neemt Daan Visser het over van zijn moeder, hij zorgt voor zijn zusje, zegt de mentor.', ['name', 'Daan Visser']],
    ['De coach zegt dat leerling Milan de Boer (m.deboer@leerling.petrus.nl) steeds zijn huiswerk niet inlevert.', ['email', 'm.deboer@leerling.petrus.nl']],
    ['Aanspreekpunt Groeimee voor Noor Hendriks uit 2c: haar moeder, 06-12345678', ['name', 'Noor Hendriks']],
    ['mijn mail is k.jansen@stedelijklyceum.nl, het gaat over mijn mentorleerling Bo Smit uit 2a', ['name', 'Bo Smit']],
    ['Tijdens het verlof van haar moeder woont Sara Mulder (14) bij oma, meldt de J&G coach.', ['name', 'Sara Mulder']],
    ['Zoco: leerling Yara Bos vervangt haar zus als oppas thuis en mist daardoor lessen.', ['name', 'Yara Bos']],
    ['Namens de orthopedagoog: Ilias Amrani, leerling uit 3b, krijgt extra tijd bij toetsen.', ['name', 'Ilias Amrani']],
    ['De J&G coach belt met de vader, dhr. Kramer, over de leerling.', ['name', 'Kramer']],
    ['Jeugdarts ziet Emma de Graaf uit 1b, haar ouders zijn gescheiden.', ['name', 'Emma de Graaf']],
    ['Tijdens het gesprek met J&G coach zei Kees Mulder uit 3havo dat hij niet meer wil.', ['name', 'Kees Mulder']],
  ])('still finds %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });
});

describe('staff bound in any relation, mentor classes and short names (batches 42 and 43)', () => {
  it.each([
    // A colleague bound to a role, organisation or contact word by a copula, a contact label, a role-headed list of
    // schools and names, a handover subject after its verb, a role set off after the name's clause; an English "X the Y"
    // character. Each fails at main dbd6206.
    'Jeugdteam Heiloo: aanmelden via het portaal, aanspreekpunt voor mentoren is Karin de Boer; ouders mogen zelf bellen.',
    'Het aanspreekpunt voor de scholen in Bergen wordt per maart Joris Koning. Leerlingen merken er niets van.',
    'Vooral leerlingen uit Koedijk worden aangemeld; sociaal team Heerhugowaard (contact: Anouk Jansen) komt graag langs.',
    'Overdracht: vanaf 1 maart neemt Ruben Meijer het over als jeugd- en gezinscoach op de Viaan; de lopende dossiers (vier leerlingen uit de bovenbouw) draagt Inge Post persoonlijk over.',
    'Coaches per school: Willem Blaeu - Sandra Mol, Clusius - Pieter de Groot, Huygens - Fatima Amrani. Zij houden de wachtlijst bij.',
    'Ik heb het vanochtend met Jolanda gehad, onze orthopedagoog, en zij raadt een gesprek met de ouders aan.',
    'Een leerling noemt zichzelf een echte Bob the Builder en de mentor vraagt hoe je dat in de klas gebruikt.',
  ])('finds nothing in %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it.each([
    // The writer's mentor class as year and level, a short first name that is also a word closing its clause after a
    // preposition, a lower-case street after "woont sinds de …": each missed at main dbd6206.
    ['Ik ben mentor van 3 havo en een van mijn jongens slaapt al weken slecht, wat kan ik doen?', ['class', '3 havo']],
    ['we hebben 1 mh als mentorklas en er is een meisje dat niet meer praat, hoe pakken we dit aan?', ['class', '1 mh']],
    ['mag ik even overleggen met jet? ze huilt elke dag sinds haar moeder ziek is', ['name', 'jet']],
    ['hij woont sinds de verhuizing bij opa aan de zwanenbloem in de rijp en mist veel lessen', ['address', 'zwanenbloem']],
  ])('finds %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each([
    // Pupils in the same forms stay found: a pupil bound to the name in a list, a handover of a pupil, a label of a pupil.
    ['Leerlingen per mentor: 2b - Daan de Vries, 3c - Sanne Bakker.', ['name', 'Sanne Bakker']],
    ['De mentor draagt Daan warm over aan het wijkteam, hij verzuimt veel.', ['name', 'Daan']],
    ['Contactpersoon thuis: moeder Ilse Kramer, zij belt dagelijks over haar zoon.', ['name', 'Ilse Kramer']],
    ['Ik heb het met Daan besproken, de leerling, en hij wil geen hulp.', ['name', 'Daan']],
  ])('still finds %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each([
    // General places and plural groups stay clean.
    'ze woont sinds de scheiding bij oma op de camping en komt daardoor te laat',
    'de mentoren van 2 havo en 3 havo overleggen over de toetsweek',
    'spreekuur over les? nee, over roosters en lokalen, zonder leerlingen',
  ])('still leaves %j clean', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });
});

describe('unique combinations, departments and fields of staff, published numbers, named groups (batches 44–47)', () => {
  it.each([
    // A colleague by the school department or field of work they are of, a name set off after a clause that is only an
    // organisation (also with initials), a contact point of a field offered as a choice, a role abbreviated ("lpa"); a
    // landline read on a website or in a folder; a separable verb's participle opening a note; a company after a debt or
    // subscription. Each fails at main a9ad58d.
    'Ik heb het aan Kok van de leerlingenadministratie gevraagd en het dossier is compleet.',
    'Vraag het even aan Yvonne van de receptie, die weet waar de sleutel van het lokaal ligt.',
    'Beleidsadviseur jeugd Tom Verhoef schuift donderdag aan bij het overleg over verzuim.',
    'Consulent wmo Linda Bakker belt de school terug over het leerlingenvervoer.',
    'Wie is op het Clusius het aanspreekpunt voor welzijn, mevrouw Visser of de teamleider?',
    'Het wijkteam Bergen, mevrouw Sanne Dekker, 072-5891234, komt donderdag naar het MDO.',
    'Leerplicht Heerhugowaard, mw. Y. Öztürk, sluit ook aan bij de netwerkgroep.',
    'Veilig Thuis, dhr. R. Koster, 088-1234567, neemt contact op met school.',
    'Marieke (lpa Heiloo) en Joost (lpa Bergen) schuiven aan bij het verzuimoverleg.',
    'Volgens hun website is het 072-5402010, maar daar wordt nooit opgenomen.',
    'Het nummer dat in de folder staat (0251-674400) klopt niet meer.',
    'Nagevraagd bij de teamleider: het rooster blijft zo.',
    'Afgebeld door de jeugdarts, nieuwe afspraak volgt.',
    'Hij heeft nog een abonnement bij Ziggo lopen dat hij niet kan betalen.',
    // A number right after a colleague's name set off by a comma is theirs (the second also at main: "not done" of batches 40 and 41).
    'Jeugdbescherming, mevrouw A. Yilmaz, 088-7776655, neemt de casus over.',
    'Contactpersoon voor ouders: Esther Vos, 06-12345678.',
  ])('finds nothing in %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it.each([
    // A pupil named after the family's business or the family's business with where it is, in the news for any reason, with
    // an own business or a national title; a class after "kl." or with a dashed group letter; a group a school names; a
    // user name in brackets after a platform; a first name discussed in a meeting. Each missed at main a9ad58d.
    ['Dat meisje van de snackbar tegenover het gemeentehuis wordt thuis geslagen, zegt ze.', ['unique-description', 'meisje van de snackbar']],
    ['De zoon van de bloemenwinkel bij de kerk in Heiloo komt sinds de herfst niet meer.', ['unique-description', 'zoon van de bloemenwinkel']],
    ['Haar ouders hebben de pizzeria aan de haven in Egmond en ze moet elke avond meehelpen.', ['unique-description', 'ouders hebben de pizzeria aan']],
    ['Het jongetje van de Chinees op het dorpsplein wordt gepest om zijn ogen.', ['unique-description', 'jongetje van de Chinees']],
    ['Een jongen uit mijn mentorklas die met zijn band op NH Nieuws was, trekt zich terug.', ['unique-description', 'die met zijn band op NH Nieuws was']],
    ['De jongen die met zijn eigen klusbedrijfje in de krant kwam, wordt gepest.', ['unique-description', 'die met zijn eigen klusbedrijfje in de krant kwam']],
    ['Die leerling die op zijn vijftiende al een eigen webshop in sneakers runt, verzuimt veel.', ['unique-description', 'die op zijn vijftiende al een eigen webshop']],
    ['Onze leerling die Nederlands kampioen judo is, wil stoppen met school.', ['unique-description', 'die Nederlands kampioen']],
    ['De mentor van klas h4-a wil een groepsgesprek.', ['class', 'h4-a']],
    ['Mentor van kl. 3-b vraagt of de coach kan meekijken.', ['class', '3-b']],
    ['Een meisje in de Zonnebloemgroep huilt elke ochtend bij het brengen.', ['class', 'Zonnebloemgroep']],
    ['Hij zit de hele nacht op tiktok (mo.b7) filmpjes te maken.', ['handle', 'mo.b7']],
    ['In het MDO kwam roos aan bod, ze eet nauwelijks nog.', ['name', 'roos']],
    ['Tijdens de leerlingbespreking werd merel ingebracht, ze slaapt slecht.', ['name', 'merel']],
  ])('finds %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each([
    // Pupils and families in the same forms stay found: a pupil or relative bound to the name, whom a service serves, a mobile,
    // a person's own number, a pupil one owes money to.
    ['De Vries van de brugklas wordt steeds gepest.', ['name', 'Vries']],
    ['De dochter van Kok van de administratie zit bij mij in de klas en spijbelt.', ['name', 'Kok']],
    ['Na het gesprek met het wijkteam, Daan, 14 jaar, wil hij niet meer praten.', ['name', 'Daan']],
    ['Het kind is aangemeld bij het wijkteam, Daan Visser, en wacht nu.', ['name', 'Daan Visser']],
    ['Wijkteam Bergen, moeder Sanne Dekker, 06-12345678, belt terug.', ['name', 'Sanne Dekker']],
    ['De consulent jeugd heeft Daan Visser gesproken over zijn verzuim.', ['name', 'Daan Visser']],
    ['Op de website staat 06-12345678 maar niemand neemt op.', ['phone', '06-12345678']],
    ['Moeder zegt dat op de site 072-5123456 staat, dat is haar nummer.', ['phone', '072-5123456']],
    ['Hij heeft schulden bij Daan en wordt nu bedreigd.', ['name', 'Daan']],
    ['De moeder, Sanne Bakker, 06-12345678, belt terug.', ['phone', '06-12345678']],
    ['Afgestemd met moeder: Xandrijn blijft deze week thuis.', ['name', 'Xandrijn']],
  ])('still finds %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each([
    // Pupils in general, what was in the paper, wishes, a film in 3-D, exercises, a year group, a named group as a whole.
    'Bij economie zetten de leerlingen in groepjes een eigen bedrijfje op; hoe bespreek ik faalangst bij presenteren?',
    'Een leerling vroeg of het klopt wat er in de krant stond over vapen bij jongeren.',
    'Veel leerlingen werken in het weekend bij een snackbar; hoe praat ik over werkdruk?',
    'Hoe begeleid ik een leerling die later een eigen bedrijf wil beginnen?',
    'Hij wil later net als zijn idool wereldkampioen worden, maar zijn cijfers zakken.',
    'Hij heeft het gisteren op tv gezien en is nu bang.',
    'We kijken in de les een film in 3-D over de ruimte.',
    'Maak de opdrachten 2-a tot en met 2-d voor vrijdag.',
    'Een jongen uit de Brugklas vroeg om hulp bij plannen.',
    'De leerlingen van de Vlindergroep gaan op excursie.',
    'We gaan met de klas eten bij de Chinees.',
    'Een jongen van de bakkerij kwam gastles geven over ondernemen.',
    'Dat stond gisteren in de krant: meer jongeren met schulden.',
  ])('still leaves %j clean', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });
});

describe('colleagues by where they work, a heading, a meeting task; pupils by age, class or what happens to them (batches 48 and 49)', () => {
  it.each([
    // Where someone works in brackets or set off by commas right after the name; a heading that is an organisation, or opened
    // by a role or contact word with what it is for; "namens/vanuit" an organisation before the verb; who holds a meeting's
    // papers or does its task; a contact-list or cc line; a school name with an initial ("Jac. P.") ends no sentence.
    // Each fails at main 4aa5004.
    'Marieke (gemeente Heiloo, team Jeugd) sluit aan bij de netwerkgroep.',
    'Sabine Visser (projectsecretariaat) stuurt de uitnodiging.',
    'Vraag het aan Bas (wijkteam Bergen), hij weet hoe de aanmelding loopt.',
    'Priya Ramdin, wijkteam Alkmaar-Noord, sluit aan.',
    'Wijkteam Castricum: Jeroen Smit; wijkteam Heiloo: Lisa de Ruiter.',
    'Vanuit de gemeente: Annemiek de Jong en Tom Verhoef.',
    'Namens het wijkteam schuift Priya Ramdin aan.',
    'GGD Alkmaar, aanspreekpunt scholen: Marloes Jansen.',
    'Stichting Groeimee, contactpunt voor scholen: Ilse Mulder.',
    'De lijst met thuiszitters ligt bij Sabine Visser.',
    'De presentielijst gaat via Ahmed Yilmaz.',
    'Volgende keer notuleert Femke de Boer, daarna is het mijn beurt.',
    'Joost zit het overleg voor, ik neem de notulen.',
    'Sabine Visser stuurt de actielijst maandag rond.',
    'Contactgegevens Groeimee: Lisa de Ruiter 06-12345678, Tom Bakker 06-87654321.',
    'cc: Sabine Visser, Pieter de Wit',
    'Bellijst zoco\'s Jac. P. Thijsse College: Pieter de Wit, 06-12345678.',
    // A task in a meeting or project as a role, a field of policy, what someone speaks for in brackets.
    'Trekker van de belronde is Sabine Visser.',
    'Kartrekker werkatelier: Esther Mulder.',
    'Tom Verhoef (beleid) schuift aan bij de netwerkgroep.',
    'Esther Mulder (beiden JOS Castricum) geeft de training.',
  ])('finds nothing in %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it.each([
    // An age or class right after a name, whatever organisation stands before it; a pupil abbreviated "lln" before a year and
    // level; a lower-case first name opening a clause about what happens to a pupil. Each missed at main 4aa5004.
    ['Casus netwerkgroep (Yusuf, 15): hij slaat andere kinderen.', ['name', 'Yusuf']],
    ['Werkatelier (Noor, 3 havo): ze eet niet meer.', ['name', 'Noor']],
    ['Overzicht verzuim: 1. lln 2 mavo, 8 wk afwezig', ['class', '2 mavo']],
    ['Ik hoorde dat sterre al twee weken thuiszit.', ['name', 'sterre']],
    ['Mentor meldt dat merel vaak verzuimt.', ['name', 'merel']],
  ])('finds %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each([
    // Pupils in the same forms stay found: an age or class after the name, pupils listed by what they do, help received in the
    // name's clause, a pupil event after the name or its brackets, at someone's home, a family word in the heading.
    ['Lijst ligt bij Daan (2b), hij deelt hem uit.', ['name', 'Daan']],
    ['Het formulier ligt bij Daan thuis.', ['name', 'Daan']],
    ['De lijst ligt bij Daan, hij verzuimt al weken.', ['name', 'Daan']],
    ['Thuiszitters: Daan (wijkteam), Sem (GGZ).', ['name', 'Daan']],
    ['Sem (Lucertis) verzuimt sinds de herfst.', ['name', 'Sem']],
    ['Daan Visser, wijkteam Heiloo, wacht op een intake.', ['name', 'Daan Visser']],
    ['Sem de Boer (wijkteam) heeft een beschikking.', ['name', 'Sem de Boer']],
    ['Daan (Groeimee) heeft nu een J&G coach.', ['name', 'Daan']],
    ['Aangemeld bij het wijkteam: Daan Visser.', ['name', 'Daan Visser']],
    ['Wijkteam: Daan Visser, aanmelding loopt.', ['name', 'Daan Visser']],
    ['Vanuit de gemeente: Daan de Jong, 15 jaar, wacht op een beschikking.', ['name', 'Daan de Jong']],
    ['Aanspreekpunt gezin: Fatima Yilmaz.', ['name', 'Fatima Yilmaz']],
    ['Contactlijst casus: vader Ahmed Benali 06-12345678', ['name', 'Ahmed Benali']],
    ['Bespreking netwerkgroep: Daan Visser (wijkteam) spijbelt weer.', ['name', 'Daan Visser']],
  ])('still finds %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each([
    // A role in a body of pupils is a pupil's: the first was read as staff at main 4aa5004, the second guards the task roles
    // added in this round (it passes at main, where "spreker" was no role).
    ['Voorzitter van de leerlingenraad is Daan Visser.', ['name', 'Daan Visser']],
    ['Spreker namens de leerlingenraad is Daan Visser.', ['name', 'Daan Visser']],
  ])('finds the pupil holding a role among pupils in %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });
});

describe('what is said of the name decides, not pupils or help spoken of in general (batches 50 and 51)', () => {
  it.each([
    // A work task the name performs for a meeting, report or programme named after it or earlier in the sentence; a contact
    // word as what the name is when an organisation is bound to it; pupils and help only as a general topic ("over …" in the
    // plural, of no one) or pupils as a group ("onder leerlingen", "hoe we thuiszitters …"). Each fails at main 354e927.
    'Ingrid zorgt voor de cijfers over het ouderspreekuur.',
    'Ruben levert de aantallen van de pilot aan voor het evaluatiegesprek.',
    'De auditor komt in maart, Ingrid bereidt de presentatie voor het teamoverleg voor.',
    'Ruben verzorgt de rapportage voor de stuurgroep.',
    'Lotte Verbeek is voortaan het aanspreekpunt van de GGD voor aanmeldingen.',
    'Namens het wijkteam (locatie Oudorp) is Femke de Wit het aanspreekpunt voor vragen over de wachtlijst.',
    'Karim El Idrissi (gemeente Bergen) is het aanspreekpunt voor de wachtlijst.',
    'Dinsdag spreek ik Karim El Idrissi (leerplicht Heiloo) over verzuimende leerlingen in het algemeen.',
    'Overleg met Lotte Verbeek, GGD Noord-Holland Noord, over wachtlijsten en beschikkingen voor jongeren.',
    'Marieke levert de verzuimcijfers aan voor het overleg.',
    'Jeroen geeft de training aan het mentorenteam.',
    'Volgende maand is de audit, Ruben regelt de aantallen.',
    'Met Karim (leerplicht) bespreken we hoe we thuiszitters eerder in beeld krijgen.',
    'Femke (GGD) presenteert de resultaten van de leefstijlmonitor onder leerlingen.',
  ])('finds nothing in %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it.each([
    // A paper or task that is schoolwork (a subject, a test week, whose it is, a talk about a pupil) is a pupil's: each was
    // read as a meeting's task at main 354e927.
    ['Daan maakt het verslag voor biologie.', ['name', 'Daan']],
    ['Daan maakt de planning voor zijn toetsweek.', ['name', 'Daan']],
    ['Daan neemt de lijst mee naar het mentorgesprek.', ['name', 'Daan']],
  ])('finds %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each([
    // The same forms with something bound to the name stay found: a topic of the name's own ("zijn"), others of the same
    // kind ("twee andere leerlingen", "een van de thuiszitters"), parents beside the name, a contact point of a class,
    // figures without a meeting, a presentation for a lesson, a number or class in the topic.
    ['Gesprek met Daan (Lucertis) over zijn wachtlijst.', ['name', 'Daan']],
    ['Daan (wijkteam) en twee andere leerlingen zitten thuis.', ['name', 'Daan']],
    ['Daan (wijkteam) is een van de thuiszitters.', ['name', 'Daan']],
    ['Overleg met Daan (Lucertis), ouders en mentor over thuiszitten.', ['name', 'Daan']],
    ['Overleg met Daan (Lucertis) over zijn verzuim en de thuiszitters.', ['name', 'Daan']],
    ['Daan is het aanspreekpunt voor de klas bij de leerlingenraad.', ['name', 'Daan']],
    ['Daan (wijkteam) is het aanspreekpunt voor de klas.', ['name', 'Daan']],
    ['Lotte Verbeek is voortaan het aanspreekpunt voor aanmeldingen.', ['name', 'Lotte Verbeek']],
    ['Daan zorgt voor de cijfers van zijn rapport.', ['name', 'Daan']],
    ['Sem bereidt de presentatie voor de les voor.', ['name', 'Sem']],
    ['Gesprek met Sem (wijkteam) over twee leerlingen uit 2b.', ['name', 'Sem']],
    ['Na het oudergesprek geeft Daan de presentatie.', ['name', 'Daan']],
    ['Daan, die thuiszit, geeft de training aan het team.', ['name', 'Daan']],
    ['Daan (wijkteam) en Sem (GGZ) zijn thuiszitters.', ['name', 'Daan']],
    ['Daan (Lucertis) zit thuis, net als veel jongeren.', ['name', 'Daan']],
    ['Daan (wijkteam) en andere leerlingen uit de onderbouw gaan mee.', ['name', 'Daan']],
  ])('still finds %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });
});

describe('a parent working at the school, a recent arrival, a handover between two names, a duty number, a mail to a professional (batches 52 and 53)', () => {
  it.each([
    // A pupil pinned down by a parent who works at this school ("hier", "bij ons", "op onze school") or by an arrival from a
    // named country within the last year in a named year group. Each was left clean at main 16d9d8c.
    'Vraag over de jongen uit de tweede klas wiens moeder bij ons op de administratie werkt.',
    'Het gaat om een leerling van wie de vader hier docent aardrijkskunde is.',
    'Vraag over een meisje wiens vader docent is op onze school.',
    'De zoon is bij ons in de klas; zijn tante is hier roostermaker.',
    'Het meisje uit mijn mentorklas dat dit schooljaar uit Eritrea kwam, wil niet praten.',
    'De jongen in klas 3 die vorig jaar vanuit Syrië naar Nederland kwam, praat met niemand.',
  ])('finds a unique description in %j', (text) => {
    expect(kindsAndTexts(text).map(([kind]) => kind)).toContain('unique-description');
  });

  it.each([
    // A parent who works elsewhere, pupils who arrived in general, a move long ago: no one pupil.
    'Een leerling wiens vader docent is, heeft daar thuis vaak gesprekken over.',
    'Veel leerlingen in de brugklas kwamen vorig jaar uit Oekraïne.',
    'Hoe begeleid je nieuwkomers in het algemeen?',
  ])('finds nothing in %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it.each([
    // The other name in a "van X aan Y" handover whose one side is bound to a role or workplace is a colleague too; an
    // organisation's on-call or duty mobile; a mail to a professional addressed by title whose tip, advice or training is
    // thanked, with no pupil or family in the text. Each fails at main 16d9d8c.
    'Overdracht van Esther aan Joost (ambulant begeleider Focus): vier lopende trajecten en twee aanmeldingen.',
    'Overdracht van Joost (jeugdconsulent gemeente Bergen) aan Esther, per 1 januari.',
    'Overdracht caseload van Esther aan Joost (jeugdconsulent wijkteam Heiloo): acht dossiers.',
    'Buiten kantoortijd: bereikbaarheidsdienst van het wijkteam, 06-55667788.',
    'Piketnummer Veilig Thuis voor professionals: 06-44332211',
    'Crisisdienst GGZ (alleen voor collega\'s): 06-99887766.',
    'Geachte meneer Bakker, hartelijk dank voor uw training over de meldcode. Uw advies over het gespreksformulier gebruiken we al. Groet, zorgcoördinator',
  ])('finds nothing in %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it.each([
    // The same forms with a pupil or family bound: a class after the name in the handover, a parent's own mobile after a
    // duty word, a parent thanked for a tip with her son or a child's name in the text.
    ['Overdracht van Esther (2b) aan Joost (ambulant begeleider Focus).', ['name', 'Esther']],
    ['Overdracht van Esther aan Joost (wijkteam Heiloo): intake volgende week.', ['name', 'Esther']],
    ['Bij spoed buiten schooltijd: moeder heeft avonddienst, 06-55667788.', ['phone', '06-55667788']],
    ['Bij spoed: piketnummer, of bel vader op 06-55667788', ['phone', '06-55667788']],
    ['Beste mevrouw Bakker, dank voor uw tips tijdens het oudergesprek.', ['name', 'Bakker']],
    ['Beste mevrouw Bakker, dank voor uw tip, uw zoon reageert er goed op.', ['name', 'Bakker']],
    ['Beste mevrouw Bakker, dank voor uw tip over het huiswerk. Daan gaat vooruit.', ['name', 'Bakker']],
    ['Beste mevrouw Bakker, dank voor het gesprek van vorige week.', ['name', 'Bakker']],
  ])('still finds %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });
});

describe('a class after "vanuit", a pupil by level and year, a nickname with where it is used (batches 54 and 55)', () => {
  it.each([
    // A class code after "vanuit" before a colon; a pupil named by her level with a year ("een havist uit de derde"); a quoted
    // nickname with where it is used between ("bijnaam bij de jongens is", "heet op school"). Each was left clean at main 8dc9d9a.
    ['Vanuit 3tb: ouders maken zich zorgen over een leerling die niet meer komt.', 'class'],
    ['Een vwo\'er uit de vijfde zegt dat hij niet meer wil leven.', 'class'],
    ['Een gymnasiast uit klas 2 krijgt geen eten mee.', 'class'],
    ['Een derdejaars havist wordt thuis geslagen.', 'class'],
    ['Zijn bijnaam bij de jongens is \'Grote Bas\', hij vindt dat niet leuk.', 'unique-description'],
    ['Hij heet op school \'Dikke Tim\' en trekt zich terug.', 'unique-description'],
  ])('finds %j', (text, kind) => {
    expect(kindsAndTexts(text).map(([found]) => found)).toContain(kind);
  });

  it.each([
    // Pupils of a level in the plural and the nickname of a building stay clean.
    'Havisten uit de derde zijn in het algemeen onrustig na de herfstvakantie.',
    'De bijnaam van het gebouw is \'De Kaasdoos\', iedereen kent dat.',
  ])('finds nothing in %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it.each([
    // A first name that is also a word, before "is/was het" in a sentence about the weather, is what "het" was; a mail to a
    // professional by title and surname with a staff role bound to her ("u als teamleider van", "in uw rol als voorzitter").
    // Each fails at main 8dc9d9a.
    'Storm was het vanochtend, de helft van de klas zat nat in de les.',
    'Geachte heer Jansen, graag nodig ik u als teamleider van het wijkteam uit voor ons overleg.',
    'Geachte meneer De Boer, wij vragen u in uw rol als voorzitter om de vergadering van 3 december te openen.',
  ])('finds nothing in %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it.each([
    // The same forms with a pupil bound: who it was, an idiom of a person, a parent's child or a parent's talk in the mail.
    ['Storm was het die begon met schelden, toen het zo regende.', ['name', 'Storm']],
    ['Storm was het gisteren kwijt, ze kwam nat binnen en huilde.', ['name', 'Storm']],
    ['Beste mevrouw Willemsen, ik nodig u als directeur van Focus uit; uw zoon mag ook komen.', ['name', 'Willemsen']],
    ['Beste mevrouw Willemsen, wij nodigen u als directeur uit voor het oudergesprek.', ['name', 'Willemsen']],
    ['Beste mevrouw Willemsen, u als ouder weet het best, hij gaat vooruit.', ['name', 'Willemsen']],
  ])('still finds %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each([
    // A name before "van" and an organisation's name of more than one word ("Sociaal Team", "Raad voor de Kinderbescherming")
    // works there. Each fails at main 8dc9d9a.
    'Volgens Mark van het Sociaal Team kan dat sneller.',
    'Kees van de Raad voor de Kinderbescherming heeft vandaag contact gehad.',
  ])('finds nothing in %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it.each([
    // A school is no organisation one works for in this sense: a pupil goes there.
    ['Daan (Vonk) zit in de brugklas.', ['name', 'Daan']],
    ['Lisa van Jan Arentsz wordt gepest.', ['name', 'Lisa']],
  ])('still finds %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });
});
