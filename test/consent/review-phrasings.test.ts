import { beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIVE_VERDICTS } from '../../src/consent/model';
import { firstAnswerToText } from './firstAnswer';

let first: (text: string) => string;
beforeAll(() => {
  first = firstAnswerToText();
});

/**
 * A review set written before it was run (consent-rules.md decides each row): parties under other names, ages
 * written in many ways, negations, a pupil being helped against a teacher being advised, named against anonymous,
 * and danger or abuse said indirectly. A row with several answers accepts any of them (e.g. a verdict, or the
 * question that leads to it); none of them may be a consent-free answer where the rules ask for more.
 * First run: 47 of the first 68 right (2 unsafe: "anoniem" next to registering or a telling detail gave V-GEEN);
 * after general fixes, 13 of the next 25 (3 unsafe: a named pupil talked with or brought into an MDO "anoniem");
 * after those, 12 of the last 20 (none unsafe, but three safety signals missed: "uitgebuit", a farewell letter,
 * a stepfather in her room at night).
 */
const REVIEW: Array<[string, string | string[]]> = [
  // parties under other names
  ['mag de coach van jos even meekijken in de klas hoe ik de les geef?', 'V-GEEN'],
  ['iemand van het wijkteam wil info over Lisa (13), ze krijgt daar al hulp', 'V-BEIDEN'],
  ['de leerplichtambtenaar vraagt wat wij allemaal gedaan hebben aan het verzuim van Bram', 'V-INFO'],
  ['de schoolarts wil weten hoe vaak Ayoub ziek is geweest, mag ik dat doorgeven?', ['V-INFO', 'Q-GGD']],
  ['de voogd van Amir (14) wil zijn cijfers weten', 'V-GEEN'],
  ['nieuwe school vraagt het dossier van Fleur op', 'V-INFO'],
  ['de ouders willen het verslag van de gw\'er lezen, hij is 16', 'V-LEERLING16'],
  ['de wijkagent wil weten of een leerling gisteren op school was', 'V-FG'],
  ['de huisarts van een leerling belt mij met vragen over haar', 'V-FG'],
  ['de jeugdbeschermer van Sara vraagt hoe het op school gaat', 'V-INFO'],
  ['Iemand van Veilig thuis belde, wil info over een leerling', 'V-MELDCODE'],
  ['Moet ik iemand in de VIR melden?', 'V-FG'],
  ['wijkteam wil toegang tot somtoday', 'V-NIET'],
  ['mag de jgc in magister meekijken?', 'V-NIET'],
  ['Een docent wil dat de PAJ\'er een leerling van 12 coacht', 'V-BEIDEN'],
  ['Mag ik het overstapdossier naar het mbo sturen?', 'V-INFO'],
  // ages written in many ways
  ['leerling is veertien jaar, jgc wil haar gaan begeleiden', 'V-BEIDEN'],
  ['ze is elf en zit in klas 1, mag de gedragswetenschapper haar observeren in de les?', 'V-OUDERS12'],
  ['mag de paj bij een 17jarige thuis langs gaan voor begeleiding', 'V-LEERLING16'],
  ['De jongen is 15 maar wordt volgende week 16, mag de jgc hem gaan helpen?', 'V-BEIDEN'],
  ['Leerling werd gisteren 16. mag de gw\'er haar testen?', 'V-LEERLING16'],
  ['hij is 12 jaar (word in maart 13), mag jgc met hem praten', 'V-BEIDEN'],
  ['jongen van 2 havo, mag de gw\'er \'m testen?', 'Q-LEEFTIJD'],
  ['leerling is 11 maar zit in de 2e, jgc wil gesprekjes met hem', 'V-OUDERS12'],
  ['gw-er wil 3 lln uit mijn klas individueel observeren, ze zijn 13 en 14', 'V-BEIDEN'],
  ['Mag de orthopedagoog een dyslexietest afnemen bij een leerling uit de brugklas?', 'Q-LEEFTIJD'],
  ['leerling geboren in 2012, mag de jgc met haar praten?', 'Q-LEEFTIJD'],
  ['een 13 jr oude leerling wil met de jgc praten', 'V-BEIDEN'],
  // a pupil helped against a teacher advised
  ['kan de gw\'er mij tips geven over Sem uit 2C, zonder dat hij met Sem zelf praat?', 'V-GEEN'],
  ['de gw\'er wil mij coachen in hoe ik met de klas omga', 'V-GEEN'],
  ['de jgc gaat Tess (14) coachen', 'V-BEIDEN'],
  ['de gw\'er geeft mij advies nadat ze Lisa (13) heeft getest', 'V-BEIDEN'],
  ['Kan ik in de leerlingbespreking met de orthopedagoog van JOS praten over een meisje uit 1A dat niet lekker in haar vel zit?', 'V-GEEN'],
  ['is er toestemming nodig als de gedragswetenschapper niet de leerling maar mij observeert?', 'V-GEEN'],
  ['De jgc wil me vertellen hoe het met de hulp aan het gezin gaat. Leerling is 11', 'V-OUDERS12'],
  // negations
  ['geen toestemming van ouders, mag de gw\'er Daan (13) toch testen?', ['V-BEIDEN', 'V-FG']],
  ['de ouders weten van niks, mag de jgc gewoon gesprekken met hem voeren? hij is 13', 'V-BEIDEN'],
  ['de ouders hebben geen bezwaar, mag de jgc haar (14) begeleiden?', 'V-BEIDEN'],
  ['ik heb geen zorgen over de thuissituatie, mag de jgc een leerling van 14 begeleiden?', 'V-BEIDEN'],
  ['Er is geen sprake van mishandeling maar ik wil een leerling van 15 aanmelden bij het wijkteam', 'V-OUDERS16'],
  ['Mag de jeugd en gezins coach een leerling van 14 jaar testen zonder de ouders te vragen?', 'V-BEIDEN'],
  ['ze is 15 en wil hulp van de jgc, maar haar ouders mogen het niet weten', 'V-FG'],
  // named against anonymous
  ['Het is geen anonieme casus, mag ik Bram (13) bespreken met de jgc?', 'V-GEEN'],
  ['ik wil niet anoniem maar met naam de situatie van Bram (13) doorgeven aan het wijkteam zodat ze hulp kunnen starten', 'V-OUDERS16'],
  ['mag ik anoniem een leerling aanmelden bij het wijkteam', ['Q-HERKENBAAR', 'Q-LEEFTIJD']],
  ['mag ik zonder naam met het wijkteam praten over een leerling, het is wel de enige in een rolstoel bij ons op school', 'Q-HERKENBAAR'],
  ['mag ik de naam van de leerling noemen als ik de gw\'er om advies vraag?', 'V-GEEN'],
  // other branches
  ['leerplicht vraagt of ik de medische situatie van een leerling kan toelichten', 'V-NIET'],
  ['mag ik een lijst met alle namen en geb. data van klas 3 naar de ggd mailen', 'V-GEEN'],
  ['de ggd wil dat ik een signaleringslijst invul over een leerling van 16', 'V-LEERLING16'],
  ['ik wil de jeugdarts laten vertellen wat er met Kim (12) is', 'V-BEIDEN'],
  ['mag ik de ouders laten weten dat hun dochter (17) zwanger is?', 'V-LEERLING16'],
  ['de ouders van een leerling van 16 willen weten wat hij met de jgc bespreekt', 'V-LEERLING16'],
  ['moet ik voor een ZAT-bespreking van een 16-jarige toestemming vragen?', 'V-LEERLING16'],
  ['MDO over Jayden (11) met zijn therapeut erbij', 'V-OUDERS12'],
  ['mag ik de zorgcoordinator vertellen dat mijn ll depressief is', 'V-GEEN'],
  ['mag ik bij de overdracht naar de nieuwe school ook vertellen dat ze adhd heeft? ze is 12', 'V-OUDERS16'],
  ['ik wil het wijkteam vragen of ze het gezin van Mo kunnen helpen, hij is 12', 'V-OUDERS16'],
  // danger and abuse said indirectly
  ['Noor (14) heeft blauwe plekken en zegt dat ze thuis klappen krijgt', 'V-MELDCODE'],
  ['hij wil niet meer naar huis want zijn stiefvader drinkt en wordt dan boos', 'Q-NOOD'],
  ['ze zei dat ze er een eind aan wil maken', ['V-ACUUT', 'Q-NOOD']],
  ['hij vertelde dat hij thuis met de riem krijgt', 'V-MELDCODE'],
  ['ze komt vaak met honger op school en heeft al dagen dezelfde kleren aan, moeder is nooit bereikbaar', ['V-MELDCODE', 'Q-ZORGEN']],
  ['ze moet van haar ouders deze zomer trouwen met een neef', ['V-MELDCODE', 'Q-ZORGEN']],
  ['een leerling van 14 heeft een veel oudere vriend die haar dure cadeaus geeft, mag ik dat met de jgc bespreken', ['V-MELDCODE', 'Q-ZORGEN']],
  ['leerling (13) durft niet naar huis, vader heeft gedreigd hem te slaan', 'V-ACUUT'],
  ['Ik zie steeds blauwe plekken bij een leerling, geen idee waar ze vandaan komen. mag ik de jgc erbij halen?', 'V-MELDCODE'],
  ['ze krast in haar armen, mag ik de jgc inschakelen? ze is 14', ['Q-NOOD', 'V-ACUUT']],
  // A second set, written after the fixes to the first and before running it, hunting for unsafe answers.
  ['geen toestemming nodig toch als de jgc Sem (13) gaat begeleiden?', 'V-BEIDEN'],
  ["hoef ik geen ouders te vragen als de gw'er een leerling van 12 observeert?", 'V-BEIDEN'],
  ['mag ik zonder toestemming van de ouders de jgc inschakelen voor een meisje van 14?', ['V-OUDERS16', 'V-BEIDEN']],
  ['de jgc wil niet alleen advies geven maar ook met Sem (13) zelf gesprekken voeren', 'V-BEIDEN'],
  ["mag de gw'er na de leerlingbespreking ook even met de leerling (15) praten?", 'V-BEIDEN'],
  ['de orthopedagoog wil in mijn klas kijken, vooral naar Milan (12)', ['V-BEIDEN', 'Q-JOS']],
  ['ik wil het dossier van een leerling (14) naar het wijkteam sturen', 'V-OUDERS16'],
  ["mag ik het verslag van de gw'er over een leerling van 13 doorsturen naar de nieuwe school", 'V-OUDERS16'],
  ['de moeder vertelde dat de vader haar en de kinderen bedreigt', ['V-MELDCODE', 'Q-ZORGEN']],
  ['thuis wordt er veel geschreeuwd en ze is bang voor haar vader', ['V-MELDCODE', 'Q-ZORGEN']],
  ['hij heeft een brandwond op zijn arm en zegt dat hij gevallen is, maar dat geloof ik niet', ['V-MELDCODE', 'Q-ZORGEN']],
  ["ze vertelde dat haar oom foto's van haar maakt waar ze zich niet prettig bij voelt", ['V-MELDCODE', 'Q-ZORGEN']],
  ['leerling zegt dat hij niet meer wil leven, maar niet vandaag', ['V-ACUUT', 'Q-NOOD']],
  ['Lotte (15) appt dat ze pillen heeft geslikt', ['V-ACUUT', 'Q-NOOD']],
  ['Mag ik het adres van een leerling aan de politie geven?', 'V-FG'],
  ['een journalist belt over een leerling', 'V-FG'],
  ['de ouders van Finn (13) willen niet dat hij met de gedragswetenschapper praat, maar hij wil het zelf wel', 'V-FG'],
  ['mag ik de vragenlijst van de ggd invullen over een leerling, ze is net 17', 'V-LEERLING16'],
  ['ik wil voor een anonieme casus de ouders niet lastigvallen, mag de jgc Sara uit 3b observeren?', ['Q-HERKENBAAR', 'Q-LEEFTIJD']],
  ['ik wil een leerling (16) aanmelden bij de jgc zonder het haar te vertellen', 'V-LEERLING16'],
  ['mag de leerplicht weten dat zijn moeder psychische problemen heeft', 'V-NIET'],
  ['een gezinsvoogd vraagt naar de psychische problemen van een leerling', 'V-INFO'],
  ['kan ik Thijs (12) anoniem inbrengen in het MDO', ['Q-HERKENBAAR', 'V-OUDERS16']],
  ['ik wil mijn zorgen over Sanne (13) delen met de jgc zodat die hulp kan starten', 'V-OUDERS16'],
  ["moet de gw'er toestemming hebben om een leerling te testen? de ouders zijn al akkoord, leerling is 14", 'V-BEIDEN'],
  // A third set, written after all fixes and before running it: how well the fixes carry over.
  ['mag de jeugd- en gezinscoach mee naar een huisbezoek bij Ilse (14)?', ['V-BEIDEN', 'Q-JOS']],
  ['onze PAJ-er wil Bo (15) wekelijks uit de les halen voor een gesprekje', 'V-BEIDEN'],
  ['Kan de gedragsdeskundige van JOS een observatie doen van Yusuf uit 1C? Hij is 12.', 'V-BEIDEN'],
  ['De gedragswetenschapper gaat in de klas kijken naar de groepsdynamiek, geen verslag per kind', 'V-GEEN'],
  ['mag ik de ortho vragen hoe ik het beste omga met een meisje met faalangst', 'V-GEEN'],
  ['Moeder wil dat ik de jgc inschakel voor haar zoon van 13, is haar ok genoeg?', ['V-OUDERS16', 'V-BEIDEN']],
  ['ik vermoed dat een leerling van 16 thuis wordt uitgebuit', 'V-MELDCODE'],
  ["leerling vertelde dat haar stiefvader 's nachts op haar kamer komt", ['V-MELDCODE', 'Q-ZORGEN']],
  ['ze heeft een afscheidsbrief geschreven', ['V-ACUUT', 'Q-NOOD']],
  ['hij zegt dat hij morgen een mes meeneemt naar school', ['V-ACUUT', 'Q-NOOD']],
  ['mag de schoolmaatschappelijk werker van buiten school met Jan (14) praten?', ['Q-MET-WIE', 'V-FG']],
  ['de jeugdverpleegkundige wil Noah (13) spreken en daarna aan mij vertellen hoe het ging', ['V-BEIDEN', 'Q-GGD']],
  ['de nieuwe school van Lieke (12) belt, ze willen weten hoe het thuis gaat', 'V-OUDERS16'],
  ['leerplicht wil weten waarom Daan zo vaak ziek is, mag ik zeggen dat hij depressief is?', 'V-NIET'],
  ['mag de gezinsvoogd het rapport van Joep inzien?', 'V-INFO'],
  ['geen idee hoe oud ze is, maar mag de jgc haar helpen?', 'Q-LEEFTIJD'],
  ['Mag ik Fatima (15) zonder haar naam te noemen bespreken met het wijkteam?', ['Q-HERKENBAAR', 'V-GEEN']],
  ['de ouders willen geen hulp, maar de leerling (14) wil wel met de jgc praten', 'V-FG'],
  ['mag de jgc met een 12-jarige praten als alleen moeder tekent? vader heeft ook gezag', 'V-BEIDEN'],
  ['Kan ik info over een leerling (17) met haar ouders delen over haar eetstoornis?', 'V-LEERLING16'],
  // Guards that the fixes do not over-read ordinary words ("thuis", "gesprek", "praten").
  ["de gw'er komt voor een gesprek met mij over de klas", ['Q-JOS', 'V-GEEN']],
  ['hij woont thuis bij zijn moeder, mag de nieuwe school het dossier?', 'V-INFO'],
  ['mag ik met de ouders praten over hoe het gaat? hij is 14', 'V-GEEN'],
  ['de jgc wil met de klas praten over pesten', ['Q-JOS', 'V-GEEN']],
];

describe('review phrasings (written before running; consent-rules.md decides)', () => {
  it.each(REVIEW)('%s → %s', (text, expected) => {
    expect([expected].flat()).toContain(first(text));
  });

  it('never gives a consent-free answer where the rules ask for more', () => {
    const unsafe = REVIEW.filter(([text, expected]) => {
      const got = first(text);
      return (PERMISSIVE_VERDICTS as readonly string[]).includes(got) && ![expected].flat().includes(got);
    }).map(([text]) => text);
    expect(unsafe).toEqual([]);
  });
});
