import type { Screen } from '../privacy';
import { extractAgeBand } from './age';
import type { Facts } from './model';
import { normalizeForFacts } from './text';
import type { StableAnswers, StableQuestion } from './vocabulary';

/**
 * Dutch free text → facts for the decision tree. Every fact must be supported by the text: when the text is
 * silent or unclear about something, the fact stays unknown and the engine asks for it (the age is never
 * defaulted). Patterns run on `normalizeForFacts` output: lower case, no accents, shorthand written out,
 * typos in keywords corrected, and roles joined into one token (jgc, paj, gedragswetenschapper, josmedewerker,
 * veiligthuis, mdo, zat, rvdk, overstapdossier, jeugdbeschermer, zorgcoordinator).
 */
export interface Extraction {
  facts: Facts;
  /** The text is about sharing information or consent at all (used to decide whether the consent feature answers). */
  consentCue: boolean;
}

const PARENT = '(?:ouders?|vader|moeder|verzorgers?|stiefvader|stiefmoeder|pleegouders?|voogd)';
const JOS_ROLE = '(?:jgc|paj|gedragswetenschapper|josmedewerker|orthopedagoog|psycholoog|hulpverlener|behandelaar)';
const PUPIL = '(?:hem|haar|ze|hen|(?:de|een|het|zijn|haar) (?:leerling|jongen|meisje|kind|jongere|zoon|dochter)|leerling|dochter|zoon)';

const re = (source: string) => new RegExp(source);

// --- safety -------------------------------------------------------------------------------------------------
const ACUTE = re(
  [
    '\\b(eind|einde) aan (zijn|haar|mijn|het) leven',
    '\\bzelfmoord\\w*',
    '\\bzichzelf (iets )?(aan ?doen|van kant|ophangen|dood)',
    '\\bvan kant maken',
    '\\b(wil|wilt|willen) (\\w+ )?dood\\b',
    '\\bdood (willen|wil|wilt)\\b',
    '\\b(wil|wilt|willen) niet meer leven|\\bniet meer (wil|willen|wilt) leven',
    '\\bdurf(t|en)? (\\w+ ){0,2}niet (meer )?naar huis|\\bniet naar huis (\\w+ )?durf\\w*',
    '\\b(acuut|direct|levens) ?gevaar\\b',
    '\\b(pillen|medicijnen|tabletten|medicatie)( \\w+){0,3} (geslikt|ingenomen|slikken)\\b|\\boverdosis\\b',
    '\\b(mes|wapen|pistool|vuurwapen)\\b( \\w+){0,3} (bij zich|mee|op school|gedreigd)',
    '\\bdreigt (\\w+ ){0,3}(neer te steken|dood te|te vermoorden|iets aan te doen|te doden)',
    '\\b(vermoorden|neersteken|neer te steken)\\b',
  ].join('|'),
);
const MAYBE_ACUTE = /\ber een (eind|einde) aan (\w+ )?maken\b|\bafscheidsbrie\w*|\b(krast|kraste|krassen|snijdt|sneed|snijden)( \w+){0,3} (armen?|polsen?|benen|been|huid)\b|\bwil(t)? niet (meer )?naar huis\b|\bzelfbeschadig\w*|\bsnijdt (zich|zichzelf)\b|\bzichzelf (snijdt|snijden|beschadigt|krast)\b|\bautomutilatie\b|\bkrast (zich|zichzelf)\b|\bweggelopen\b|\bvermist\b/;
const ABUSE = re(
  [
    '\\b(mishandel\\w*|kindermishandeling|huiselijk geweld|geweld (thuis|in het gezin)|thuis (geweld|onveilig)|onveilig thuis|onveilige thuissituatie)',
    '\\b(verwaarloos\\w*|verwaarlozing|misbruik\\w*|aangerand|aanranding|verkracht\\w*|incest|blauwe plekken|grooming|betast\\w*)',
    '\\baan (haar|hem) (zit|zat|zitten)\\b|\\bongewenst\\w* (aangeraakt|aanraking\\w*)',
    '\\bseksueel (misbruik|geweld|grensoverschrijdend\\w*)',
    '\\b(eer ?gerelateerd\\w*|eerwraak|uithuwelijk\\w*|gedwongen huwelijk|besnijdenis|loverboy\\w*|mensenhandel|uitbuiting|uitgebuit)',
    '\\bmet de (riem|broekriem|stok|pantoffel)\\b|\\b(klappen|slaag|tikken|rammel|billenkoek) (\\w+ )?(krijgt|kreeg|krijgen|geeft|gaf|gehad)\\b',
    '\\bmoet (\\w+ ){0,5}trouwen\\b',
    '\\b(wordt|werd|is) (\\w+ )?geslagen|\\bgeslagen (door|thuis|wordt|werd)|\\bthuis geslagen',
    `\\b(slaat|sloeg|schopt|schopte|mishandelt) ${PUPIL}\\b`,
    `\\b(${PARENT}|broer|oom|vriend van (zijn|haar) moeder)( \\w+){0,4} (slaat|sloeg|schopt|mishandelt|misbruikt|bedreigt|bedreigde)\\b`,
  ].join('|'),
);
const MAYBE_ABUSE = re(
  [
    '\\bzorgen (over|om) (de |zijn |haar )?(thuis\\w*|gezin\\w*|veiligheid)',
    '\\b(problemen|ruzie|geweld) thuis\\b|\\bthuis (gaat het niet goed|problemen|ruzie)|\\bthuis niet goed gaat\\b',
    '\\bverslaafd\\w*|\\bdrank ?probleem|\\b(alcohol|drugs) thuis',
    '\\bpolitie (aan de deur|over de vloer)',
    '\\bonveilig\\w*|\\bniet veilig\\b',
    // neglect and grooming said by what the mentor sees, not by name
    '\\b(honger|geen eten|niks te eten|geen ontbijt|dezelfde kleren|vieze kleren|onverzorgd|niet verzorgd|alleen thuis gelaten|nooit bereikbaar)\\b',
    `\\bbang (voor|van) (zijn |haar |de )?(${PARENT}|broer|oom|thuis)\\b|\\bgeschreeuw\\w*`,
    '\\b(brandwond\\w*|blauw oog|verwonding\\w*|striemen|kneuzing\\w*|letsel)\\b',
    '\\bs nachts( \\w+){0,4} (kamer|bed)\\b|\\bfoto s? van (haar|hem) (maakt|maakte|maken|stuurt)\\b|\\bniet (prettig|fijn) bij voel\\w*',
    '\\b(veel )?oudere (vriend|man|kerel)\\b|\\bdure cadeaus\\b|\\bnaaktfoto\\w*|\\bsexting\\b',
  ].join('|'),
);
/** Words just before a signal that deny it ("geen sprake van mishandeling"). */
const DENIAL = /\b(geen|niet|zonder|nooit)\b/;
/** Words that turn a denial into doubt ("geen idee of hij mishandeld wordt"): doubt is a signal. */
const DOUBT = /\b(idee|weet|of|twijfel|misschien|vermoed\w*|denk|lijkt)\b/;

// --- identifiable? --------------------------------------------------------------------------------------------
const ANONYMOUS = /\b(anoniem\w*|geanonimiseerd|onherkenbaar|niet herkenbaar|zonder (de |haar |zijn )?(naam|namen)|geen (naam|namen)|naam (weglaten|weg laten))\b/;
const IDENTIFYING = /\b(met|wel) (zijn |haar |de )?(naam|klas|foto)\b/;
/** A detail that points at one pupil even without a name ("de enige in een rolstoel", "iedereen kent hem"). */
const UNIQUE_DETAIL = /\b(de enige|enigste|iedereen (weet|kent)|opvallend\w*|kleine (school|klas|groep)|klein dorp)\b/;

// --- who --------------------------------------------------------------------------------------------------------
const PARENT_AS_RECIPIENT = re(
  [
    `\\b${PARENT}( \\w+){0,6} (belt|belde|bellen|vraagt|vroeg|vragen om|wil weten|willen weten|eist|eisen|mailt|mailde|informeren|inlichten|vertellen|op de hoogte|wil inzage|willen inzage|inzien|opvragen|komt vragen|komen vragen)\\b`,
    `\\b(bel|bellen|informeer|informeren|inlichten|vertel|vertellen|mail|mailen|laten weten|delen met|geven aan|sturen naar|doorgeven aan) (\\w+ ){0,2}${PARENT}\\b`,
    `\\b(aan|met) (de |zijn |haar |mijn )?${PARENT} (vertellen|delen|geven|bespreken|doorgeven|laten zien|sturen|mailen|laten weten|praten|spreken|overleggen)`,
    `\\b${PARENT} (heeft|hebben) geen gezag`,
  ].join('|'),
);

/** A parent asks, or the mentor asks about telling the parents ("mag ik de ouders vertellen wat hij bij de jgc zei"). */
const PARENTS_ASK_OR_TOLD = re(`\\b${PARENT} (belt|belde|vraagt|vroeg|mailt|mailde|eist|wil weten|wil inzage)\\b|\\b${PARENT}( \\w+){0,5} (wil|willen|wilt) (\\w+ ){0,6}(weten|zien|lezen|inzien|inzage|hebben)\\b|\\b(ik|wij|we)( \\w+){0,3} ${PARENT}( \\w+){0,6} (bellen|informeren|inlichten|vertellen|mailen|laten weten|op de hoogte)\\b|\\b(ik|wij|we)( \\w+){0,3} (aan|met) (de )?${PARENT} (vertellen|delen|bespreken)`);

/** Parties in order of precedence: the first that matches is the one the mentor shares with. */
const PARTIES: [StableAnswers['Q-MET-WIE'] & string, RegExp][] = [
  ['MW9', /\bveiligthuis\b/],
  ['MW4', /\b(mdo|zat|casusoverleg|thuiszittersoverleg|ondersteuningsteam|zorgoverleg|netwerkoverleg|rondetafel\w*|ot overleg)\b/],
  ['MW10', /\b(gezinsvoogd\w*|jeugdbeschermer\w*|jeugdbescherming|ots|ondertoezichtstelling|onder toezicht gesteld|jeugdreclassering)\b/],
  ['MW11', /\b(verwijsindex|vir)\b/],
  ['MW5', /\b(leerplicht\w*|rmc|verzuimloket)\b/],
  ['MW6', /\b(ggd|jeugdarts\w*|jeugdverpleegkundige\w*|jgz|schoolarts|mazl|jeugdgezondheidszorg)\b/],
  ['MW7', /\b(andere school|nieuwe school|vervolgschool|vervolgopleiding|overstap\w*|okr|warme overdracht|naar het mbo)\b/],
  ['MW8', PARENTS_ASK_OR_TOLD],
  ['MW3', /\b(wijkteam\w*|gebiedsteam\w*|sociaal team|buurtteam|jeugdteam|wijkcoach)\b/],
  ['MW2', /\b(jgc|paj|gedragswetenschapper|josmedewerker|jos|orthopedagoog|psycholoog|groeimee|jggz|gedragsdeskundige|ambulant\w*)\b/],
  ['MW12', /\b(politie|wijkagent|huisarts|rvdk|kinderbescherming|journalist|krant|de pers|sportclub|sportvereniging|trainer|werkgever|stagebedrijf|advocaat|tandarts)\b/],
  ['MW8', PARENT_AS_RECIPIENT],
  ['MW1', /\b(zorgcoordinator|teamleider|afdelingsleider|collega\w*|conrector|rector|directeur|directie|leerlingbegeleider|vertrouwenspersoon|decaan|coordinator|leerlingbespreking|docentenvergadering)\b/],
];

// --- what the JOS worker does -------------------------------------------------------------------------------
const SYSTEM_ACCESS = /\b(magister|somtoday|leerlingvolgsysteem|lvs|parnassys|eduarte)\b/;
const ACCESS_VERB = /\b(inlog\w*|toegang|account|bekijken|inzien|meekijken|kijken|rechten)\b/;
const FEEDBACK = re(
  [
    '\\bterugkoppel\\w*',
    `\\b${JOS_ROLE}( \\w+){0,4} (mij|me|ons|school|de school|de mentor) (\\w+ )?(vertellen|laten weten|informeren)`,
    '\\bwat (er )?(uit|in) (de |het )?(hulp|gesprekken|begeleiding|behandeling|test|onderzoek)',
    '\\b(uitslag|uitkomst\\w*|resultaten|bevindingen)\\b',
  ].join('|'),
);
const WHOLE_CLASS = /\b(hele|gehele|de|mijn) (klas|groep)( \w+){0,3} (observeren|bekijken|screenen|testen)\b/;
const PER_PUPIL = /\b(per leerling|elke leerling|iedere leerling|alle leerlingen|verslag|rapport\w*|individueel|individuele)\b/;
const CLASS_SCREENING = /\b(klassikale?|klassikaal) (test|screening|onderzoek)|\bscreening van de klas|\balle leerlingen (testen|observeren|screenen)\b/;
/** Concerns or a file passed on so that help can start; shared by the JOS and wijkteam branches. */
const PASS_ON = /\b(zorgen|dossier|verslag|gegevens)( \w+){0,7} (delen|doorgeven|melden|sturen|doorsturen|opsturen|mailen|meegeven)\b|\bhulp (\w+ )?(starten|opstarten|inzetten)\b/;
const HAND_OVER = /\b(aanmelden|aanmelding|doorverwijzen|verwijzen|doorgeven|doorsturen|overdragen|inschakelen|inschakel|inschakelt)\b/;
const HELP_WORK = /\b(\w*test|\w*testen|getest|testje|testjes|\w*onderzoek|toets afnemen|onderzoek|onderzoeken|diagnostiek|behandel\w*|begeleid\w*|coachen|coacht|coaching|gecoacht|traject|intake|therapie|hulptraject|helpen|hulp (bieden|geven|van|bij|door))\b/;
/** "met Sem zelf gesprekken voeren": someone other than the mentor, the parents or the class is talked with. */
const NOT_A_PUPIL = `(?!(?:mij|me|ons|jou|elkaar|de klas|de groep|de mentor|de docent|collega\\w*|school|${PARENT}|(?:de |zijn |haar )${PARENT}|(?:de |een )?${JOS_ROLE})\\b)`;
const TALKS_WITH_PUPIL = re(
  `\\bmet ${NOT_A_PUPIL}(\\w+ ){1,3}(zelf )?(gesprek\\w* (voeren|houden|hebben)|praten|praat|spreken|spreekt)\\b|\\bgesprek(ken|je|jes)? (voeren |houden |hebben )?met ${PUPIL}\\b|\\bvoor (een )?gesprek(ken|je|jes)?\\b(?! met (mij|me|ons|de mentor|de docent|het team)\\b)|\\b${JOS_ROLE} (\\w+ )?(met|bij) ${PUPIL} (\\w+ ){0,3}(praten|praat|spreken|spreekt|gesprekken)\\b|\\bmet (de |een )?${JOS_ROLE} (praten|praat|spreken|spreekt|gesprekken|een gesprek|gesprekjes)\\b|\\b(praten|spreken) met (de |een )?${JOS_ROLE}\\b`,
);
const MENTOR_SUBJECT = /\b(ik|mij|me|wij|we)\b/;
const TEACHER_FOCUS = /\b(mij|mijzelf|mezelf|de docent|de leraar) (\w+ )?(observeren|observeert|bekijken|bekijkt|coachen|coacht)\b|\bhoe ik (\w+ ){0,2}(klas|les|lesgeef|lesgeven|groep|instructie|uitleg)\w*|\bmijn (aanpak|lesgeven|lessen|les|klassenmanagement|didactiek|manier van lesgeven|instructie)\b|\b(klassenobservatie|groepsobservatie|lesobservatie|lesbezoek|collegiale consultatie|groepsdynamiek)\b/;
const OBSERVE = /\b(observeren|observatie|observeert|bekijken)\b/;
const CLASS_CONTEXT = /\b(klas|groep|les)\b/;
const INDIVIDUAL = /\b(de leerling|een leerling|hem|haar|\d{1,2})\b/;
/** The mentor brings a pupil up with the JOS worker ("mag ik Bram bespreken met de jgc"): advice, unless more is said. */
const MENTOR_RAISES = /\b(bespreken|bespreek|voorleggen|inbrengen)\b/;
const ADVICE = /\b(advies|adviseren|adviseert|meedenken|meedenkt|denkt mee|mee denken|tips|sparren|leerlingbespreking|bespreking|aanschuiven|aansluiten|overleg|overleggen|vragen hoe|handelingsadvies|raad)\b/;

// --- other branches ---------------------------------------------------------------------------------------------
const WIJK_REFER = /\b(aanmelden|aanmelding|doorverwijzen|verwijzen|doorgeven|inschakelen|hulp aanvragen|beschikking|melden bij|helpen|ondersteunen)\b/;
const WIJK_CASE = /\b(al|reeds) (jeugd)?hulp\b|\b(krijgt|heeft|ontvangt) (al )?(jeugd)?hulp\b|\bin behandeling\b|\bcontactpersoon\b|\b(bellen|overleggen|overleg|bespreken|afstemmen|praten)\b/;
const WIJK_GENERAL = /\b(algemene vraag|in het algemeen)\b/;
const MEETING_CARER = /\b(behandelaar|hulpverlener|therapeut|begeleider|hulpverlening)\b|\b(al|reeds) (in )?(behandeling|hulp|begeleiding)\b|\b(die|dat) (hem|haar|het gezin|de leerling|ze) (al )?(behandelt|begeleidt|helpt)\b/;
const MEETING_NO_CARER = /\b(geen|zonder) (hulpverlener|behandelaar|hulpverlening)\b|\balleen (school|mensen van school)\b/;
const SENSITIVE = /\b(diagnose\w*|medisch\w*|psychisch\w*|psychiatrisch\w*|gezondheid|ziektebeeld|thuissituatie|gevoelige|depressie\w*|depressief|adhd|autisme|\w*stoornis\w*|medicatie)\b|\bwat (hij|ze|zij) heeft\b/;
const TRUANCY = /\b(verzuim\w*|spijbel\w*|absent\w*|afwezig\w*|te laat|inseinen|melden|melding|thuiszit\w*|ongeoorloofd|luxeverzuim|vakantie|niet op school|verlof)\b/;
const GGD_QUESTIONNAIRE = /\b(vragenlijst\w*|signaleringslijst\w*|invullen|formulier)\b/;
const DOCTOR_REPORTS = /\bjeugdarts (\w+ ){0,3}(vertellen|vertelt|laten weten|terugkoppel\w*|informeren|informeert|koppelt)\b|\b(van|bij) de jeugdarts (\w+ ){0,2}(horen|weten|info|informatie)\b|\bwat (er )?(met|aan) (de leerling|hem|haar) (is|aan de hand)\b/;
const CLASS_LIST = /\b(klassenlijst\w*|leerlingenlijst\w*|namenlijst\w*|klaslijst\w*|geboortedat\w*|geb (data|datum))\b|\blijst\w* (met|van) (\w+ ){0,2}(namen|leerlingen)\b/;
const SICK_ABSENCE = /\b(ziek\w*|ziekteverzuim|mazl|inschakelen|aanmelden|doorverwijzen)\b/;
const WARM_HANDOVER = /\bhoe het thuis\b|\bthuis (gaat|speelt|loopt)\b|\bover (de situatie )?thuis\b|\b(warme overdracht|extra (info|informatie)|gesprek met|bellen met|thuissituatie|zorgen|hulpverlening|vertellen over|mondeling)\b/;
const FILE_HANDOVER = /\b(overstapdossier|dossier|rapport|okr|overdrachtsdossier)\b/;
const NO_CUSTODY = /\b(geen|zonder|niet (het )?) ?gezag\b|\bgezag (kwijt|verloren|ontnomen)\b/;
const SCHOOL_MATTERS = /\b(cijfer\w*|verzuim\w*|absent\w*|gedrag|rapport\w*|voortgang|resultaten|huiswerk|te laat|spijbel\w*|schoolzaken|hoe het gaat)\b/;
const CARE_OR_HEALTH = /\b(hulp|jgc|paj|gedragswetenschapper|behandel\w*|gezondheid|medisch\w*|diagnose\w*|psycholoog|depressie\w*|therapie|gesprekken|zwanger\w*|anticonceptie|medicatie)\b/;

// --- custody -----------------------------------------------------------------------------------------------------
const JOINT_CUSTODY = /\b(vader|moeder) heeft ook (het )?gezag\b|\b(beide|allebei|twee) ouders (hebben )?(het )?gezag\b|\bgezamenlijk gezag\b|\b(hebben|heeft) (allebei|beiden) (het )?gezag\b/;
const SOLE_CUSTODY = /\b(alleen|enkel) (de )?(moeder|vader) (heeft )?(het )?gezag\b|\beenhoofdig gezag\b|\b(moeder|vader) heeft (het )?enige gezag\b|\b(vader|moeder) (heeft geen|zonder) gezag\b/;
const GUARDIAN = /\bvoogd(ij)?\b/;
const PARENTS_DISAGREE = re(
  `\\b${PARENT}( \\w+){0,4} (weigert|weigeren|wil niet|willen niet|is tegen|zijn tegen|tekent niet|tekenen niet|geeft geen toestemming|geven geen toestemming|wil geen|willen geen)\\b|\\b${PARENT} (zijn het )?(het )?(niet )?(met elkaar )?oneens\\b|\\bniet met elkaar eens\\b`,
);
/** The pupil wants help without the parents knowing: asking them is not simply possible (R25). */
const KEPT_FROM_PARENTS = re(`\\b${PARENT} (mogen|mag) (het |er |dit |dat )?(niets?|niks) (van )?weten\\b|\\bzonder dat (de |haar |zijn )?${PARENT} het (weten|weet)\\b`);
/** Someone with a say does not agree ("de voogd is het er niet mee eens"); the mentor's own opinion does not count. */
const DISAGREES = /\b(is|zijn) het (er )?niet (mee )?eens\b|\b(is|zijn) het (er )?oneens\b/;
const CUSTODY_TOPIC = /\b(gescheiden|scheiding|vechtscheiding|gezag|voogd\w*|co ouderschap|omgangsregeling|stiefvader|stiefmoeder|pleeg\w*)\b/;

const CONSENT_CUE = /\b(toestemming|avg|privacy|delen|doorgeven|doorvertellen|vertellen|tekenen|gegevens|persoonsgegevens|informatie|info|bespreken|inlichten|melden)\b/;

/**
 * `screen` is the bot's identifying-details screen (name lists of KNOWLEDGE_DIR). `earlier` are the facts of an open
 * conversation: a follow-up like "hij gaat hem testen" names no party, so the branch of the party found earlier is read.
 */
export function extractFacts(text: string, screen: Screen, earlier?: Facts): Extraction {
  const t = normalizeForFacts(text);
  const answers: StableAnswers = {};
  const ask = new Set<StableQuestion>();

  const danger = signal(t, ACUTE);
  if (danger === 'yes') answers['Q-NOOD'] = 'ja';
  else if (danger === 'denied') answers['Q-NOOD'] = 'nee';
  else if (MAYBE_ACUTE.test(t)) ask.add('Q-NOOD');

  const abuse = signal(t, ABUSE);
  if (abuse === 'yes') answers['Q-ZORGEN'] = 'ja';
  else if (abuse === 'denied') answers['Q-ZORGEN'] = 'nee';
  else if (signal(t, MAYBE_ABUSE) === 'yes') ask.add('Q-ZORGEN');

  const party = partyOf(t);
  if (party) answers['Q-MET-WIE'] = party;

  const age = extractAgeBand(text);
  if (age) answers['Q-LEEFTIJD'] = age;

  const earlierParty = earlier?.answers['Q-MET-WIE'] as StableAnswers['Q-MET-WIE'];
  Object.assign(answers, branchFacts(t, party ?? earlierParty, age, ask));

  // Anonymity never overrides a question to Veilig Thuis. Next to a name, a telling detail or work that cannot be
  // done without knowing who the pupil is ("anoniem aanmelden") or a name the privacy screen finds, the bot asks instead of taking "anoniem" at its word.
  const anonymous = signal(t, ANONYMOUS);
  if (party !== 'MW9') {
    if (anonymous === 'yes') {
      if (IDENTIFYING.test(t) || UNIQUE_DETAIL.test(t) || needsKnownPupil(answers) || screen(text).identifying) ask.add('Q-HERKENBAAR');
      else answers['Q-HERKENBAAR'] = 'nee';
    } else if (anonymous === 'denied') answers['Q-HERKENBAAR'] = 'ja';
  }

  const disagree = PARENTS_DISAGREE.test(t) || KEPT_FROM_PARENTS.test(t) || notByMentor(t, DISAGREES);
  const custody = disagree ? 'oneens' : first(t, [['voogd', GUARDIAN], ['een', SOLE_CUSTODY], ['beide', JOINT_CUSTODY]] as const);
  if (custody) answers['Q-GEZAG'] = custody;
  else if (CUSTODY_TOPIC.test(t)) ask.add('Q-GEZAG');

  const known = Object.fromEntries(Object.entries(answers).filter(([, option]) => option !== undefined)) as Record<string, string>;
  const facts: Facts = { answers: known, ask: [...ask].filter((question) => known[question] === undefined) };
  // A follow-up such as "ze wil hem testen" names no party, but is still about what someone does with a pupil.
  const consentCue = Object.keys(known).length > 0 || facts.ask.length > 0 || CONSENT_CUE.test(t) || josActivity(t) !== undefined;
  return { facts, consentCue };
}

/**
 * The party by precedence. Telling the parents yields to a JOS worker who will test, help, report back, log in or be called in:
 * "moet ik de ouders informeren als de gw'er hem gaat testen" is about the test.
 */
function partyOf(t: string): StableAnswers['Q-MET-WIE'] {
  const party = PARTIES.find(([, pattern]) => pattern.test(t))?.[0];
  const josWork = ['J3', 'J4', 'J5', 'J6', 'J7'] as (string | undefined)[];
  if (party === 'MW8' && partyPattern('MW2').test(t) && josWork.includes(josActivity(t))) return 'MW2';
  return party;
}

function partyPattern(id: StableAnswers['Q-MET-WIE']): RegExp {
  return PARTIES.find(([party]) => party === id)![1];
}

/** The follow-up facts of the party's own branch of the tree; other branches stay unknown. */
function branchFacts(t: string, party: StableAnswers['Q-MET-WIE'], age: StableAnswers['Q-LEEFTIJD'], ask: Set<StableQuestion>): StableAnswers {
  switch (party) {
    case 'MW2':
      return { 'Q-JOS': josActivity(t) };
    case 'MW3':
      if (SYSTEM_ACCESS.test(t) && ACCESS_VERB.test(t)) return { 'Q-WIJKTEAM': 'W4' };
      return { 'Q-WIJKTEAM': first(t, [['W2', WIJK_REFER], ['W2', PASS_ON], ['W1', WIJK_CASE], ['W3', WIJK_GENERAL]] as const) };
    case 'MW4':
      if (signal(t, MEETING_NO_CARER) === 'yes') return { 'Q-MDO': 'nee' };
      if (MEETING_CARER.test(t)) return { 'Q-MDO': 'ja' };
      // A JOS worker or the wijkteam at the table may or may not already be helping this pupil: ask.
      if (partyPattern('MW2').test(t) || partyPattern('MW3').test(t)) ask.add('Q-MDO');
      return {};
    case 'MW5':
      return { 'Q-LEERPLICHT': first(t, [['L2', SENSITIVE], ['L1', TRUANCY]] as const) };
    case 'MW6':
      return { 'Q-GGD': first(t, [['G2', GGD_QUESTIONNAIRE], ['G4', DOCTOR_REPORTS], ['G1', CLASS_LIST], ['G3', SICK_ABSENCE]] as const) };
    case 'MW7':
      return { 'Q-OVERSTAP': first(t, [['S2', WARM_HANDOVER], ['S2', SENSITIVE], ['S2', CARE_OR_HEALTH], ['S1', FILE_HANDOVER]] as const) };
    case 'MW8':
      return { 'Q-OUDERS': parentsTopic(t, age) };
    default:
      return {};
  }
}

/** What a JOS worker will do, most consequential first: a consent-free reading is chosen only when nothing else fits. */
function josActivity(t: string): StableAnswers['Q-JOS'] {
  if (SYSTEM_ACCESS.test(t) && ACCESS_VERB.test(t)) return 'J6';
  if (FEEDBACK.test(t)) return 'J5';
  if ((WHOLE_CLASS.test(t) && PER_PUPIL.test(t)) || CLASS_SCREENING.test(t)) return 'J4';
  if (HAND_OVER.test(t) || PASS_ON.test(t)) return 'J7';
  if (doneByOther(t, HELP_WORK) || doneByOther(t, TALKS_WITH_PUPIL)) return 'J3';
  if (TEACHER_FOCUS.test(t)) return 'J2';
  if (OBSERVE.test(t) && (!CLASS_CONTEXT.test(t) || INDIVIDUAL.test(t))) return 'J3';
  if (ADVICE.test(t) || byMentor(t, MENTOR_RAISES)) return 'J1';
  return undefined;
}

/** Parents as recipients: what they may hear depends on custody, the pupil's age and the kind of information. */
function parentsTopic(t: string, age: StableAnswers['Q-LEEFTIJD']): StableAnswers['Q-OUDERS'] {
  if (age === '18+') return 'P3';
  if (NO_CUSTODY.test(t)) return 'P2';
  if (age === '16-17' && (CARE_OR_HEALTH.test(t) || SENSITIVE.test(t))) return 'P4';
  if (age && SCHOOL_MATTERS.test(t)) return 'P1';
  return undefined;
}

/** Options and parties whose work is about one known pupil: registering, testing, a file, a report to parents or leerplicht. */
const NAMED_WORK = new Set<string>(['J3', 'J4', 'J5', 'J6', 'J7', 'W2', 'W4', 'G2', 'G3', 'G4', 'L1', 'L2', 'S1', 'S2', 'P1', 'P2', 'P3', 'P4', 'MW10', 'MW11']);

function needsKnownPupil(answers: StableAnswers): boolean {
  const branch = [answers['Q-MET-WIE'], answers['Q-JOS'], answers['Q-WIJKTEAM'], answers['Q-GGD'], answers['Q-LEERPLICHT'], answers['Q-OVERSTAP'], answers['Q-OUDERS']];
  return branch.some((option) => option !== undefined && NAMED_WORK.has(option));
}

/** A match counts unless the mentor is the one doing it ("hoe ik hem het beste begeleid"). */
function notByMentor(t: string, pattern: RegExp): boolean {
  return matches(t, pattern).some((index) => !MENTOR_SUBJECT.test(wordsBefore(t, index, 5)));
}

/** A match counts when someone other than the mentor does it and it is not denied ("zonder dat hij met Sem praat"). */
function doneByOther(t: string, pattern: RegExp): boolean {
  return matches(t, pattern).some((index) => !MENTOR_SUBJECT.test(wordsBefore(t, index, 5)) && !denied(wordsBefore(t, index, 4)));
}

/** A match counts only when the mentor is the one doing it ("mag ik hem bespreken"). */
function byMentor(t: string, pattern: RegExp): boolean {
  return matches(t, pattern).some((index) => MENTOR_SUBJECT.test(wordsBefore(t, index, 5)));
}

/**
 * 'yes' when some match is stated, 'denied' when every match is plainly denied ("geen sprake van mishandeling"),
 * 'none' without a match. A denial mixed with doubt counts as a signal.
 */
function signal(t: string, pattern: RegExp): 'yes' | 'denied' | 'none' {
  const found = matches(t, pattern);
  if (found.length === 0) return 'none';
  return found.every((index) => denied(wordsBefore(t, index, 4))) ? 'denied' : 'yes';
}

/**
 * The words before a match deny it, without doubt ("geen sprake van", but not "geen idee of"), and not as a wish
 * ("ze willen niet dat hij met de gw'er praat" is about exactly that talk).
 */
function denied(before: string): boolean {
  return DENIAL.test(before) && !DOUBT.test(before) && !/\bniet dat\b/.test(before);
}

function first<const T extends string>(t: string, options: readonly (readonly [T, RegExp])[]): T | undefined {
  return options.find(([, pattern]) => pattern.test(t))?.[0];
}

function matches(t: string, pattern: RegExp): number[] {
  return [...t.matchAll(new RegExp(pattern.source, 'g'))].map((match) => match.index);
}

function wordsBefore(t: string, index: number, count: number): string {
  return t.slice(0, index).trim().split(' ').slice(-count).join(' ');
}
