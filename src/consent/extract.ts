import type { Screen } from '../privacy';
import { extractAgeBand } from './age';
import { denied, signalAt, wordsBefore } from './cues';
import type { Facts, TextCues } from './model';
import { readSafety, type SafetyLevel, type SafetyReading } from './safety';
import type { SafetyNet } from './safetyModel';
import { readText } from './text';
import type { StableAnswers, StableQuestion, Vocabulary, WordParty } from './vocabulary';

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
const JOS_ROLE = '(?:jos|jgc|paj|gedragswetenschapper|josmedewerker|orthopedagoog|psycholoog|hulpverlener|behandelaar|coach)';
const PUPIL = '(?:hem|haar|ze|hen|(?:de|een|het|zijn|haar) (?:leerling|jongen|meisje|kind|jongere|zoon|dochter)|leerling|dochter|zoon)';

const re = (source: string) => new RegExp(source);

// --- identifiable? --------------------------------------------------------------------------------------------
/** Said to be anonymous, also by leaving out the name with other details ("ik laat naam, school en klas weg"); the name alone is half. */
const ANONYMOUS = /\b(anoniem\w*|geanonimiseerd|onherkenbaar|niet herkenbaar|zonder (de |haar |zijn )?(naam|namen)|geen (naam|namen)|(naam|namen)( \w+){0,4} (weglaten|weg laten|weg te laten)|(niemand|niet) (\w+ )?(te herkennen|herkenbaar (is|zijn|wordt|worden))|zonder (\w+ )?(leerling|leerlingen|namen|naam) te noemen)\b|\b(laat|laten|haal|halen) (ik |we )?(de |zijn |haar )?(naam|namen)( \w+){0,5} (en|of) (de |het |zijn |haar )?\w+ (weg|eruit)\b|\b(naam|namen)( \w+){0,5} (en|of) (de |het |zijn |haar )?\w+ (laat|laten|haal|halen) (ik|we) (\w+ )?(weg|eruit)\b/;
const IDENTIFYING = /\b(met|wel) (zijn |haar |de )?(naam|klas|foto)\b|\b(kennen|kent) (ze|zij|hij|men|jullie) (\w+ )?(dat|het|die|dit|de) (gezin|familie|kind|leerling|jongen|meisje)\b|\b(nog|echt|wel) (als |)anoniem\b/;
/** A detail that points at one pupil even without a name ("de enige in een rolstoel", "iedereen kent hem"). */
/** "als ik het een beetje algemeen hou", "de naam haal ik eruit", "de naam laat ik weg": less than anonymous, so whether the pupil can be recognised is asked. */
const HALF_ANONYMOUS = /\b(algemeen|globaal|vaag|neutraal) (\w+ )?(hou|houd|houdt|houden|blijf|blijven)\b|\b(haal|haalt|halen|laat|laten) (\w+ ){0,2}(naam|namen) (\w+ )?(eruit|weg)\b|\b(naam|namen) (haal|haalt|halen|laat|laten) (\w+ ){0,2}(eruit|weg)\b|\b(verander|veranderen|wijzig|wijzigen|verzin|verzinnen) (\w+ )?(naam|namen)\b|\b(andere|gefingeerde|fictieve|verzonnen|nep) (voor)?(naam|namen)\b/;
/**
 * Only the name left out ("zonder naam natuurlijk", "geen naam erbij"): with peers of other schools listening, whether
 * the pupil can still be recognised is asked. Leaving out the name with school, class or more is anonymous.
 */
const NAME_LEFT_OUT = /\b(zonder (de |haar |zijn )?(naam|namen)|geen (naam|namen)|(naam|namen) (\w+ ){0,2}(weglaten|weg laten|weg te laten|laat ik weg|laten we weg|haal ik eruit|halen we eruit))\b/;
const MORE_LEFT_OUT = /\b(naam|namen) (en |of |geen |zonder )?(de |het |zijn |haar )?(school|scholen|schoolnaam|klas|klassen|leerjaar|leeftijd|woonplaats|geboortedatum|gezinssamenstelling|details|gegevens|achternaam|adres|verhalen|verhaal)\b/;
/** Someone outside the school, not named, or colleagues of other schools (intervisie): who receives it is still unknown. */
const UNNAMED_OUTSIDER = /\b(iemand|een persoon|een ander|anderen|iemand anders) (\w+ )?(van )?buiten (de |onze )?school\b|\b(collega\w*|mentoren|docenten|intervisie\w*|netwerk\w*)\b( [\w-]+){0,4} (van|op|bij|uit|met) (andere|een andere|meerdere|verschillende|diverse|alle) (scholen|school|vo scholen)\b/;
/**
 * The writer says that details which point to the pupil are still in after the name went out: "maar er staat nog in dat
 * het om een meisje uit 3 vwo van het Dalton gaat", "school en klas staan er nog in", "de kliniek noem ik wel".
 */
const STILL_NAMED = /\b(staat|staan|zit|zitten|blijft|blijven) (er |daar )?(nog|wel|gewoon) (\w+ ){0,2}(in|bij|erin|erbij|genoemd|vermeld)\b|\b(school|klas|leerjaar|woonplaats|kliniek|instelling|afdeling)\w{0,10} (\w+ ){0,4}(noem|vermeld|laat|houd|hou) (ik|we|wij) (\w+ ){0,2}(wel|nog|gewoon)\b/;
/** Counts over many pupils, no one pupil in them ("hoeveel leerlingen per school een traject hadden", "aantallen aanmeldingen per leerjaar"). */
const COUNTS_ONLY = /\b(hoeveel|aantallen|aantal|percentages?|totalen|jaarcijfers|cijfers)( \w+){0,3} (leerlingen|jongeren|gezinnen|trajecten|aanmeldingen|verwijzingen|meldingen)\b( \w+){0,4} per (school|scholen|leerjaar|jaar|maand|regio|gemeente|locatie)\b|\bper (school|scholen|leerjaar|jaar|maand|regio|gemeente|locatie) (\w+ ){0,2}(het |de )?(aantal|aantallen|percentage)\b/;
/** A consultation before any registration: advice, or checking whether registering makes sense ("om te checken of aanmelden zin heeft"). */
const CONSULT_FIRST = /\b(advies|raad)\b|\b(checken|navragen|polsen|peilen|aftasten|kijken|vragen|horen) (\w+ ){0,2}of (een |het )?(aanmelden|aanmelding|melden|doorverwijzen|verwijzen|verwijzing)\w{0,4} (\w+ ){0,3}(zin heeft|zin had|nodig is|zinvol is|nut heeft|past|mogelijk is)\b/;
const UNIQUE_DETAIL = /\b(tweeling|drieling|rolstoel|doof|dove|gebarentaal|\w{0,6}prothese|overleden|de enige|het enige (\w+ )?(meisje|kind|gezin|jongetje)|enigste|iedereen (\w+ ){0,3}(weet|kent)|(weet|kent) (\w+ )?iedereen|(hele|heel het|half het) (dorp|school|wijk|buurt|stad) (\w+ )?(kent|weet|praat)|(in|op) (de|het) (krant|nieuws|tv|televisie|socials)|bekend (gezin|verhaal|familie)|opvallend\w*|kleine (school|klas|groep)|klein dorp|in het dorp)\b|\b(vader|moeder|ouders|opa|oma)( \w+){0,3} (de|die|het|een|dat) (\w+ )?(\w*kraam|\w*winkel|\w*zaak(?<!rechtszaak)|bakkerij|slagerij|snackbar|friettent|garage|kapsalon|restaurant|cafe|eetcafe|supermarkt|apotheek|bloemenwinkel|kiosk|manege|camping)( \w+){0,4} (heeft|hebben|runt|runnen|bestiert|bestieren)\b|\b(eigenaar|eigenaresse|uitbater) van (de|het|die|dat) (\w+ )?(\w*kraam|\w*winkel|\w*zaak(?<!rechtszaak)|bakkerij|slagerij|snackbar|friettent|garage|kapsalon|restaurant|cafe|eetcafe|supermarkt|apotheek|kiosk|manege|camping)\b|\b(vader|moeder) (\w+ )?(is )?(de )?(wethouder|burgemeester|dominee|pastoor|imam|dorpsarts|dorpsagent)\b|\b(afbrandde|afgebrand|uitgebrand)\b|\b(na|door|sinds|bij|van|om) (de|het|die|dat|een|hun|zijn|haar) (\w+ ){0,2}(\w{0,10}brand|\w{0,10}ongeluk|\w{0,10}ongeval|aanrijding|overval|explosie|ontploffing|steekpartij|schietpartij|steekincident|schietincident|overstroming|aanslag)\b/;

// --- who --------------------------------------------------------------------------------------------------------
const PARENT_AS_RECIPIENT = re(
  [
    `\\b${PARENT}( \\w+){0,6} (belt|belde|bellen|vraagt|vroeg|vragen om|wil weten|willen weten|eist|eisen|mailt|mailde|informeren|inlichten|vertellen|op de hoogte|wil inzage|willen inzage|inzien|opvragen|komt vragen|komen vragen)\\b`,
    // "vertellen dat de moeder ziek is": the parent is what is told, not who is told. Nor is a parent who starts the next
    // clause once the comma is gone ("als ik het vertel, moeder weet nog niet …").
    `\\b(bel|bellen|informeer|informeren|inlichten|vertel|vertellen|mail|mailen|laten weten|delen met|geven aan|sturen naar|doorgeven aan) ((?!dat\\b|over\\b)\\w+ ){0,2}${PARENT}\\b(?! (weet|weten|wist|wisten|vindt|vinden|zegt|zeggen|heeft|hebben|is|zijn)\\b)`,
    `\\b(aan|met) (de |zijn |haar |mijn )?${PARENT}( \\w+){0,3} (vertellen|delen|geven|bespreken|doorgeven|laten zien|sturen|mailen|laten weten|praten|spreken|overleggen)`,
    `\\b${PARENT} (heeft|hebben) geen gezag`,
    // "dat we thuis bellen als hij spijbelt": the school calls the parents
    `\\b(naar )?(thuis|huis) (bellen|belt|mailen|mailt|informeren)\\b`,
    // "moeder wil dat ik haar elke avond app", "wil de vader elke dag een update": a parent who wants to be kept posted
    `\\b(${PARENT}( \\w+){0,4} (wil|willen|verwacht|verwachten)|(wil|willen|verwacht|verwachten) (de |zijn |haar )?${PARENT}( van \\w+)?( \\d{1,2})?) (\\w+ ){0,9}(app|appen|appje|appjes|bel|bellen|belletje|mail|mailen|mailtje|bericht|berichtje|berichtjes|update|updates|verslagje)\\b`,
    // "wil niet dat ik zijn ouders mail": the writer contacts the parents, verb after the object
    `\\b(ik|wij|we) (de |zijn |haar )?${PARENT} (\\w+ )?(mail|mailen|bel|bellen|app|appen|informeer|informeren|inlicht|inlichten|vertel|vertellen)\\b`,
  ].join('|'),
);

/** A parent asks, or the mentor asks about telling the parents ("mag ik de ouders vertellen wat hij bij de jgc zei"). */
const PARENTS_ASK_OR_TOLD = re(`\\b${PARENT}( \\w+){0,8} (ik )?(heb|heeft|hebben) (er |daar |toch )?(\\w+ )?recht (op|om)\\b|\\b(nu )?(belt|belde|mailt|mailde|appt|appte) (\\w+ ){0,2}${PARENT}\\b(?! (op|terug|bellen))|\\b${PARENT}( \\w+){0,4} (belt|belde|vraagt|vroeg|mailt|mailde|eist|wil weten|wil inzage)\\b|\\b${PARENT}( \\w+){0,8} (wil|willen|wilt|vraagt|vragen|vroeg|eist|eisen)( \\w+){0,4} (cijfer\\w*|rapport\\w*|\\w*verslag\\w*|info|informatie|gegevens|dossier|kopie|inzage|gesprek|afspraak|\\w*overzicht|absent\\w*|verzuim\\w*)\\b|\\b${PARENT}( \\w+){0,5} (wil|willen|wilt) (\\w+ ){0,6}(weten|zien|lezen|inzien|inzage|hebben)\\b|\\b(ik|wij|we)( \\w+){0,3} ${PARENT}( \\w+){0,6} (bellen|informeren|inlichten|vertellen|mailen|laten weten|op de hoogte)\\b|\\b(ik|wij|we)( \\w+){0,3} (aan|met) (de )?${PARENT} (vertellen|delen|bespreken)`
  // a parent who wants to go over the pupil's matters with the writer ("moeder wil met mij haar cijfers doornemen")
  + `|\\b${PARENT}( \\w+){0,8} (wil|willen|wilt) (graag |samen |even )?met (mij|me|ons) (\\w+ ){0,8}(doornemen|doorlopen|doorspreken|bespreken|bekijken|nalopen|kijken|praten|spreken)\\b`
  // a meeting the parents asked for or come to: "haar ouders hebben een gesprek aangevraagd", "vader komt morgen op gesprek"
  + `|\\b${PARENT}( \\w+){0,4} (heeft|hebben) (\\w+ ){0,3}(gesprek|afspraak|oudergesprek|gesprekje)\\w{0,2} (\\w+ ){0,2}(aangevraagd|gevraagd|gepland|ingepland|gemaakt)\\b(?! (met|bij) (de |het )?(${JOS_ROLE}|jos)\\b)|\\b${PARENT}( \\w+){0,4} (komt|komen) (\\w+ ){0,3}(op gesprek|praten|voor een gesprek)\\b(?! (met|bij) (de |het )?(${JOS_ROLE}|jos)\\b)`
  // a message from a parent, a parent of a pupil who asks, answering the parent back
  + `|\\b(bericht|mail|mailtje|brief|appje|berichtje|email) (\\w+ ){0,2}van (de )?${PARENT}\\b|\\b${PARENT} van (een|de|onze) (leerling|jongen|meisje)( \\w+){0,12} (wil|wilt|vraagt|vroeg|mailt|mailde|belt|belde)( \\w+){0,4} (gesprek|cijfer\\w*|rapport\\w*|info|informatie|weten|inzage|gegevens)\\b|\\b(mag|moet|kan) (ik|we) (de )?${PARENT} (\\w+ ){0,3}(terugmailen|antwoorden|terugbellen|te woord staan)\\b`);

/** A parent asks or calls: then the parents are who the answer goes to, whatever help is mentioned on the way. */
const PARENTS_ASKING = re(`(?<!\\b(ik|we|wij) )\\b(vroeg|vraagt|vroegen|vragen) (\\w+ ){0,2}${PARENT} (\\w+ ){0,3}(of|wat|hoe|waarom|naar)\\b(?! (\\w+ ){0,2}${JOS_ROLE}\\b)|(?<!\\bvan (de |zijn |haar )?)\\b${PARENT}( \\w+){0,4} (stuurt|stuurde|sturen|stuurden|schrijft|schreef|schrijven|schreven) (\\w+ ){0,2}(mail|mailtje|email|brief|bericht|berichtje|appje)\\b(?=.*\\b(wil|willen|wilt) (\\w+ ){0,3}(weten|horen)\\b)|(?<!\\bvan (de |zijn |haar )?)\\b${PARENT}( \\w+){0,4} vragen (mij|me|ons|of|wat|hoe)\\b|(?<!\\bvan (de |zijn |haar )?)\\b${PARENT}( \\w+){0,10} (belt|belde|mailt|mailde)\\b|(?<!\\bvan (de |zijn |haar )?)\\b${PARENT}( \\w+){0,4} (heeft|hebben) (mij |me |ons )?(gebeld|gemaild)\\b|(?<!\\bvan (de |zijn |haar )?)\\b${PARENT}( \\w+){0,4} bellen\\b|(?<!\\bvan (de |zijn |haar )?)\\b${PARENT}( \\w+){0,4} (vraagt|vroeg|eist|eisen|wil weten|willen weten|wil inzage|willen inzage)\\b|(?<!\\bvan (de |zijn |haar )?)\\b${PARENT}( \\w+){0,8} (bellen|belt) (\\w+ ){0,3}(willen|wil) (\\w+ ){0,2}weten\\b|(?<!\\bvan (de |zijn |haar )?)\\b${PARENT} (wil|willen|vraagt|vragen) (\\w+ ){0,2}(cijfer\\w*|absent\\w*|verzuim\\w*|rapport\\w*|gegevens|inzage)\\b|\\b(belt|belde|mailt|mailde|appt|appte) (\\w+ ){0,2}${PARENT}\\b(?! (op|terug|bellen))`
  // the parents named first, then "ze eisen te weten …" (a plural verb: the parents, not the pupil)
  + `|(?<!\\bvan (de |zijn |haar )?)\\b${PARENT}( \\w+){0,14} ((ze|zij) (eisen|eisten|willen|wilden|vragen|vroegen|staan erop)|(eisen|eisten|willen|wilden|vragen|vroegen) (ze|zij)) (\\w+ ){0,2}(te )?weten\\b`
  // the parent's own letter, passed on by a colleague: "ik wil graag weten of mijn zoon …", "mijn dochter vertelt thuis niets, ik wil weten …"
  + `|\\b(ik|wij|we) (wil|willen|zou|zouden) (\\w+ ){0,2}(weten|horen)\\b[^]{0,200}?\\bmijn (zoon|dochter|kind)\\b|\\bmijn (zoon|dochter|kind)\\b[^]{0,200}?\\b(ik|wij|we) (wil|willen|zou|zouden) (\\w+ ){0,2}(weten|horen)\\b`);

/** A parent asks for the JOS worker's help: "moeder vraagt of ik met de psycholoog kan regelen dat hij een test doet". */
const PARENT_ASKS_FOR_HELP = re(`\\b${PARENT}( \\w+){0,3} (vraagt|vroeg|vragen|wil|wilt|willen) (of|om|dat)( \\w+){0,12} (${JOS_ROLE}|jos)\\b`);

const RELATIVE = /\b(opa|oma|tante|oom|grootouders|neef|nicht)\b/;

/** A relative the pupil lives with, or who may have to consent ("woont bij zijn oom", "de oom of hijzelf"): who cares for her, not who is told. */
const RELATIVE_CARE = re(
  [
    `\\b(woont|wonen|woonde|verblijft|verblijven|verbleef|logeert|opgevangen|opgroeit|groeit op|opgegroeid|ondergebracht) (\\w+ ){0,3}bij (zijn |haar |de |een )?(opa|oma|tante|oom|grootouders|neef|nicht|familie)\\b`,
    `\\b(de |zijn |haar )?(opa|oma|tante|oom|grootouders) of (hij|zij|ze)( ?zelf)?\\b|\\b(hij|zij|ze)( ?zelf)? of (de |zijn |haar )?(opa|oma|tante|oom|grootouders)\\b|\\b(moet|moeten|mag|mogen) (de |zijn |haar )?(opa|oma|tante|oom|grootouders) (\\w+ )?(tekenen|toestemming geven)\\b`,
  ].join('|'),
);
/** A parent asks the JOS worker who writes for her own work with the pupil ("moeder vraagt om onderzoek naar zijn woede"). */
const PARENT_ASKS_JOS_WORK = re(`\\b${PARENT}( \\w+){0,4} (vraagt|vroeg|vragen|vroegen|wil|wilt|willen) (mij |me |ons )?(om|naar|of ik|of we|dat ik|dat we) (\\w+ ){0,5}(onderzoek|test\\w*|diagnostiek|begeleiding|hulp|gesprekken|behandeling|coaching|intake|aan de slag|(kan |mag |ga )?(coachen|begeleiden|helpen|werken))\\b`);
/** The Verwijsindex signal itself is what is asked, wherever it was proposed ("in het ZAT werd voorgesteld hem in de Verwijsindex te zetten"). */
const REFERRAL_INDEX_SIGNAL = /\b(in|bij) de verwijsindex (\w+ )?(te )?(zetten|plaatsen|melden|signaleren|opnemen|registreren)\b|\b(signaleren|melden|signalering|melding|registreren) (\w+ )?(in|bij) de verwijsindex\b/;
/** A parent asks for someone not named to help ("moeder vraagt of er iemand met hem kan praten"): who that is, is asked. */
const PARENT_ASKS_SOMEONE = re(`\\b${PARENT}( \\w+){0,3} (vraagt|vroeg|vragen|vroegen|wil|wilt|willen|wilde) (of|dat) er (\\w+ )?(iemand|hulp|hulpverlening|ondersteuning|begeleiding)\\b`);

/** A parent without custody is the one asking: that is what the rule for them is about (R16b). */
const PARENT_WITHOUT_CUSTODY = re(`\\b${PARENT}( \\w+){0,10} ((geen|zonder) (\\w+ )?gezag|gezag (verloren|kwijt|ontnomen))\\b`);

/**
 * Mentions of a party that are context, not the one the information goes to: whose guardian or help someone is ("een voogd
 * bij Jeugdbescherming", "dat hij bij de jgc liep") and the parents as the ones whose consent is asked ("zonder eerst de
 * ouders te bellen", "brief naar ouders nodig?"). When another party is named, that one is the recipient.
 */
/** Whose guardian or custody it is ("de voogdij ligt bij Jeugdbescherming", "het gezag over Tim ligt bij een GI"): who decides, not who is told. */
const GUARDIANSHIP = /\bvoogd (is |zit |werkt )?(van|via|bij) (de |het |een )?(jeugdbescherming|jeugdbeschermer|gi)\b|\bjeugdbescherming is (zijn|haar|de) voogd\b|\b(voogdij|gezag|voogd|gezinsvoogd|jeugdbeschermer)( (over|van) [a-z]+( \d{1,2})?)? (ligt|is|zit|berust|werkt) (\w+ ){0,2}bij (de |het |een )?\w+|\b(staat |valt )?onder (de )?(voogdij|gezag) (van|bij) (de |het )?\w+( \w+)?/;
/**
 * Who prescribed a pupil's medication: "slikt antidepressiva via de huisarts", "heeft van de huisarts slaappillen gekregen",
 * "medicatie die de psychiater heeft voorgeschreven". Context, never who is told, also when the only other party is the
 * parents of "moet ik haar ouders inlichten".
 */
const MEDICINE = '(medicatie|\\w{1,20}medicatie|medicijn\\w{0,3}|pil|pillen|pilletjes|\\w{1,20}pillen|tabletten|antidepressiva|ritalin|\\w{0,20}middel\\w{0,3})';
const PRESCRIBED_BY = re(
  [
    `\\b(slikt|slikken|slikte|voorgeschreven) (\\w+ ){0,3}(via|van|door) (de |haar |zijn |een )?(huisarts|dokter|psychiater)\\b`,
    `\\b(krijgt|kreeg|gebruikt|gebruikte|neemt|nam) (\\w+ ){0,2}${MEDICINE} (via|van|door) (de |haar |zijn |een )?(huisarts|dokter|psychiater)\\b`,
    `\\b(heeft|had|hebben) (\\w+ ){0,2}(via|van) (de |haar |zijn |een )?(huisarts|dokter|psychiater) (\\w+ ){0,2}${MEDICINE} (gekregen|voorgeschreven|meegekregen)\\b`,
    `\\b${MEDICINE} (die|dat) (de |haar |zijn |een )?(huisarts|dokter|psychiater) (\\w+ ){0,2}(voorschrijft|voorschreef|voorgeschreven|gaf|geeft|gegeven)\\b`,
    `\\b(de |haar |zijn )?(huisarts|dokter|psychiater) (heeft|had) (haar|hem) (\\w+ ){0,2}${MEDICINE} (voorgeschreven|gegeven)\\b`,
  ].join('|'),
);
const CONTEXT_MENTIONS = re(
  [
    GUARDIANSHIP.source,
    // "de jgc zei in het zorgoverleg dat …": the meeting is where it was said, not who is told
    `\\b(zei|zegt|vertelde|vroeg|meldde|opperde|stelde) (\\w+ ){0,2}(in|tijdens) (het|de) (\\w+ )?(zorgoverleg|overleg|mdo|zat|leerlingbespreking|vergadering)\\b`,
    `\\b(heeft|hebben|krijgt|krijgen|kreeg|met|zijn|haar) (een |al |nu |ook )?(voogd|gezinsvoogd|hulp|begeleiding|behandeling|traject|maatregel|ots|ondertoezichtstelling) (\\w+ ){0,2}(bij|van|via|vanuit) (de |het |een )?\\w+`,
    `\\b(loopt|liep|liepen|lopen|zit|zat|zaten) (al |ook |nog )?(\\w+ )?(bij|onder) (de |het |een )?\\w+`,
    `\\bbij (de |het |een )?\\w+ (loopt|liep|liepen|zit|zat|kwam|komt|(is|was|zijn|waren) )?geweest\\b|\\bbij (de |het |een )?\\w+ (loopt|liep|liepen|zit|zat|kwam|komt|te lopen|lopen)\\b`,
    `\\b(zonder|voordat|eerst|vooraf)( \\w+){0,4} (de |zijn |haar )?${PARENT}( \\w+){0,3} (te )?(bellen|vragen|inlichten|informeren|tekenen|laten tekenen)\\b`,
    `\\b(aan |van )?(de |zijn |haar )?${PARENT} (eerst |vooraf )?(om toestemming )?(vragen|laten tekenen|tekenen) (of|voor)\\b`,
    `\\btoestemming (\\w+ ){0,2}(van|aan|bij) (de |zijn |haar )?${PARENT}\\b`,
    // "moeten de ouders van de klas toestemming geven", "moet ik daarvoor de ouders mailen": whether consent is needed
    `\\b${PARENT}( van (de |het |een )?\\w+)? (\\w+ ){0,2}toestemming (geven|verlenen|tekenen|hebben gegeven)\\b`,
    `\\b(moet|moeten|hoef|hoeven) (ik|we|wij|je|de school) ((daarvoor|dan|eerst|vooraf|hiervoor|daarover|nog|ook) )*(de |zijn |haar |alle )?${PARENT}( van (de |het |een )?\\w+)? (iets |het |dit |dat |daarover |hierover )?(te )?(mailen|bellen|informeren|inlichten|aanschrijven|vragen|laten weten|op de hoogte (brengen|stellen))\\b`,
    // "moet ik ouders mailen voor toestemming": how consent is asked, not who is told
    `\\b${PARENT} (\\w+ ){0,2}(mailen|bellen|aanschrijven|benaderen|een mail sturen|een brief sturen) (\\w+ ){0,2}(voor|om) (hun )?toestemming\\b`,
    // "moet ik de ouders (van die leerlingen vooraf) inlichten of toestemming vragen": the consent question, not who is told
    `\\b${PARENT} (\\w+ ){0,4}(inlichten|informeren|op de hoogte (brengen|stellen)|laten weten) (of|en) (\\w+ ){0,2}toestemming\\b`,
    `\\bbrief (\\w+ )?(naar|aan|voor) (de |zijn |haar )?${PARENT}\\b`,
    // "… en zijn moeder. Zijn mentor vraagt me …": the one asking is the mentor, the parent is who the help is with
    `\\b${PARENT} (\\w+ ){0,2}(zijn |haar |de )?(mentor|mentrix|docent|leraar|teamleider|zorgcoordinator) (vraagt|vroeg|wil|wilde)\\b`,
    // "de vader stond vorige maand in de krant": news about the family, not the press as the one told
    `\\b(in|op) (de|het) (krant|nieuws|tv|televisie) (stond|stonden|kwam|kwamen|staat|staan|was|waren|geweest)\\b|\\b(stond|stonden|kwam|kwamen|was|waren) (\\w+ ){0,3}(in|op) (de|het) (krant|nieuws|tv|televisie)\\b`,
    // "vertellen dat zijn ouders midden in een scheiding zitten": the parents are what is told, in a clause of their own
    `\\b(dat|omdat|want) (zijn|haar|de|hun) ${PARENT} ((?!wil\\b|willen\\b|wilt\\b|vraagt\\b|vragen\\b|belt\\b|bellen\\b|mailt\\b)\\w+ ){0,5}(zitten|zit|zijn|is|gaan|gaat|hebben|heeft|scheiden|liggen|ligt|wonen|woont)\\b`,
    // "er loopt een ots", "staat onder toezicht": a measure around the child, not the GI as the one told
    `\\b(er (is|loopt|liep|was) (\\w+ )?(een )?|(staat|stond|valt|viel) (\\w+ )?)(ots|ondertoezichtstelling|onder toezicht)\\b|\\b(omgang\\w*|contact\\w*|begeleiding|toezicht) (\\w+ ){0,2}(via|door|bij) (de |het )?(jeugdbescherming|gezinsvoogd|voogd)\\b`,
    // "vraagt de naam van haar nieuwe school op": the school is what a parent asks for, not who asks or is told
    `\\b(naam|adres|gegevens|locatie) van (haar|zijn|de|die) (nieuwe |andere |volgende )?school\\b|\\b(naar )?welke (nieuwe |andere )?school (ze|hij|zij) (\\w+ )?(gaat|zit)\\b`,
    // "zodat ik een passende stageplek kan zoeken": the placement is what the writer looks for, not who is told
    `\\b(stageplek|stageplaats|stageadres|stagebedrijf|leerbaan|leerwerkplek)\\w{0,2} (\\w+ )?(kan |kunnen |te |gaan )?(zoeken|vinden|regelen|kiezen|uitzoeken)\\b|\\b(zoeken|zoek|vinden|vind|regelen|regel|uitzoeken) (\\w+ ){0,2}(stageplek|stageplaats|stageadres|stagebedrijf|leerbaan|leerwerkplek)\\b`,
    // the police or an ambulance that came: what happened, not who is told
    `\\b(politie|ambulance) (kwam|kwamen|komt|was|is|stond|aan)\\b`,
    // a relative as the subject of what happened ("de opa van Sem is overleden"), not the one told
    `\\b(opa|oma|tante|oom|grootouders|neef|nicht) (van (\\w+ ){1,2})?(is|was|zijn|waren|heeft|had|woont|ligt|lag|overleed|overleden)\\b`,
  ].join('|'),
);

/**
 * "door de ouders is aan de mentor verteld dat …", "ze vertelde het aan haar mentor", "een collega vertelde me": where
 * the information came from. Never who it goes to, even when no one else is named (then who receives it is asked).
 */
/**
 * The parents named only as those whose consent may be needed ("moeten we ouders om toestemming vragen", "een ouder
 * mailt boos dat ze niet gevraagd is"): they give consent, they are not who is told, so the work named elsewhere decides.
 */
const CONSENT_OF_PARENTS = re(
  `\\b(moeten|moet|hoeven|hoeft|zouden|hadden|had|heb) (we|wij|ik|jullie|je|de school) (\\w+ ){0,2}(de |haar |zijn )?${PARENT} (\\w+ ){0,3}(om )?(toestemming|akkoord|een handtekening) (\\w+ ){0,2}(vragen|hebben|gevraagd)\\b`
  + `|\\b(toestemming|akkoord|handtekening) (\\w+ ){0,2}(van|aan|bij) (de |haar |zijn )?${PARENT}( (vragen|nodig|hebben))?\\b`
  + `|\\b((belt|mailt|mailde|belde|appt|appte|klaagt|klaagde) (\\w+ ){0,3})?${PARENT}( \\w+){0,4} (dat|omdat) (\\w+ ){0,2}niet (\\w+ )?(gevraagd|ingelicht|geinformeerd|op de hoogte gebracht)( (is|was|zijn|waren))?\\b`
  + `|\\b${PARENT} (\\w+ ){0,3}(moeten|moet|hoeven|hoeft) (\\w+ ){0,2}(tekenen|ondertekenen|akkoord geven|toestemming geven)\\b`
  // a parent who phones to say yes gives consent; she is not who the information goes to
  + `|\\b${PARENT}( \\w+){0,6} (toestemming|akkoord|ja|groen licht) (\\w+ )?(geeft|gaf|geven|gaven|gegeven|gezegd|zegt|zei)\\b|\\b${PARENT}( \\w+){0,3} (heeft|hebben|had|hadden) (\\w+ ){0,4}(ja|akkoord|toestemming|groen licht) (gezegd|gegeven)\\b`,
);
/**
 * The help named as context is then contacted ("de zoco wil bellen met de contactpersoon daar om af te stemmen", "met
 * hun begeleider overleggen"): the team that helps the pupil is who the school talks to about her, not the school itself.
 */
const CONTACTS_THE_HELP = /\b(contactpersoon|hulpverlener|begeleider|casemanager|medewerker|coach) (daar|van hen|van hun|van dat team|van die hulp)\b|\b(bellen|overleggen|afstemmen|contact (\w+ )?(opnemen|zoeken|leggen)|mailen|spreken|praten) (\w+ ){0,2}met (hen|hun|daar|die hulpverlener|die begeleider|dat team|haar begeleider|zijn begeleider|haar hulpverlener|zijn hulpverlener)\b|\bmet (hen|daar|dat team|die hulpverlener|haar begeleider|zijn begeleider|haar hulpverlener|zijn hulpverlener)( \w+){0,4} (af te stemmen|afstemmen|overleggen|te overleggen|bellen|te bellen)\b/;
/**
 * The writer's own school role, said to sign the question ("decaan hier", "zoco hier.", "als teamleider wil ik", "ik ben
 * de OC", "(OC)" at the end, "vragen mij (teamleider)"): who asks, never who is told. Read away before the parties, so a colleague is only the
 * recipient when the text names one.
 */
const STAFF_ROLE = '(zorgcoordinator|teamleider|afdelingsleider|conrector|rector|directeur|leerlingbegeleider|vertrouwenspersoon|decaan|coordinator)';
const WRITER_ROLE = re(`^(\\w+ ){0,2}${STAFF_ROLE} hier\\b|\\b(mij|me) ${STAFF_ROLE}\\b|\\b(ik ben|als) (de |een )?nieuwe (mentor|mentrix)\\b|\\b(ik ben|ben ik|ik als) (de |een |hier |bij ons |op school )?(\\w+ )?${STAFF_ROLE}\\b|\\bals (?!(?:de|het|een|die|onze|jullie|mijn|zijn|haar)\\b)(\\w+ )?${STAFF_ROLE}\\b|(?<!\\b(met|aan|naar|voor|bij|de|het|een|onze|mijn|die|deze|jullie|zijn|haar) )\\b${STAFF_ROLE}$`);
const TOLD_BY_SOURCE = re(`\\b(aanmelding|aanmelden|aangemeld|doorverwezen|verwezen) (\\w+ ){0,2}(via|door|van) (de |het |onze |mijn )?(decaan|mentor|mentrix|zorgcoordinator|teamleider|afdelingsleider|collega\\w{0,3})\\b|\\b(collega\\w*|teamleider|afdelingsleider|decaan|zorgcoordinator|directeur|conrector|rector|coordinator) ((?!(?:jgc|paj|coach|gedragswetenschapper|josmedewerker|orthopedagoog|psycholoog)\\b)\\w+ ){0,2}(zegt|zei|vraagt|vroeg|mailt|mailde|appt|appte|belt|belde|stuurt|stuurde) (me|mij|ons|dat|of)\\b|\\bcollega\\w* (\\w+ ){0,3}(stuurt|stuurde|stuurden|heeft|forwardt|forwardde) (\\w+ ){0,3}(door|doorgestuurd|geforward)\\b|\\b(doorgestuurd|geforward|doorgezet) (\\w+ )?(door|van) (een |mijn |de |onze )?collega\\w*\\b|\\b(van|door) (een |mijn |onze )?collega\\w* (\\w+ )?(doorgestuurd|geforward|gekregen|ontvangen)\\b|\\b(collega\\w*|mentor|mentrix|docent\\w*)( \\w+){0,4} (vraagt|vroeg|vragen|vroegen) (me|mij|ons)\\b|\\bcollega\\w* (\\w+ ){0,4}(vraagt|vroeg|vroegen)\\b|\\b(collega\\w*|zorgcoordinator|teamleider|afdelingsleider|decaan|leerlingbegeleider) (wil|wilt|willen|wou|wilde) (dit |dat |het )?(\\w+ ){0,2}(graag )?(delen|vertellen|doorgeven|doorvertellen|melden|bespreken)\\b|\\b(collega\\w*|zorgcoordinator|teamleider|afdelingsleider|decaan|vertrouwenspersoon|leerlingbegeleider) (\\w+ ){0,2}(vertelde|vertelden|meldde|meldden|zei|zeiden|liet weten|lieten weten|heeft verteld|heeft gemeld) (me|mij|ons)\\b|\\b(is|werd|zijn|heeft|hebben|had|hadden) (\\w+ ){0,3}aan (de |zijn |haar |hun )?(mentor|mentrix|docent|leraar) (\\w+ )?(verteld|gemeld|gezegd|aangegeven|toevertrouwd|laten weten|doorgegeven)\\b|\\b(vertelde|vertelden|meldde|meldden|zei|zeiden) (\\w+ ){0,3}aan (de |zijn |haar |hun )?(mentor|mentrix|docent|leraar)\\b|\\b(de |zijn |haar )?${PARENT} (\\w+ ){0,2}(vertelde|vertelden|vertelt|vertellen|meldde|meldden|meldt|melden|zei|zeiden|zegt|zeggen|liet weten|lieten weten|heeft verteld|hebben verteld|heeft gemeld|hebben gemeld) (me|mij|ons)\\b`);

/**
 * Another school, however it is named, that asks about a pupil or where the pupil registered: "het Clusius College belt",
 * "het Berger lyceum vroeg", "hij heeft zich ingeschreven bij het Horizon College". The writer's own school ("ik werk op
 * het X college") does nothing in such a sentence, so it is not read as one.
 */
const SCHOOL_KIND = '(college|lyceum|scholengemeenschap|gymnasium|atheneum|academie|roc|mbo|vakschool)';
const OTHER_SCHOOL = re(
  `(?<!\\b(op|bij|aan|in|naast) (het |de )?)\\b(?!(?:de|het|een|onze|ons|mijn|deze|die|dit|jullie|hun)\\b)[a-z]+ ${SCHOOL_KIND} (belt|belde|vraagt|vroeg|mailt|mailde|heeft gebeld|heeft gemaild|wil weten|stuurde|neemt contact)\\b`
    + `|\\b(een|die|andere) school (\\w+ )?(belt|belde|vraagt|vroeg|mailt|mailde)\\b|\\bschool waar (\\w+ ){0,3}(heen|naartoe|naar toe|straks|volgend jaar) (\\w+ )?(gaat|wil|start|begint)\\b`
    + `|\\b(ingeschreven|aangemeld|inschrijving|aanmelding) (\\w+ )?(op|bij|aan|voor) (het |de )?(\\w+ ){0,2}${SCHOOL_KIND}\\b|\\b(zich|is|staat) (daar|er) (\\w+ )?(ingeschreven|aangemeld)\\b`
    // "stapt na de kerst over naar het Bonhoeffer": a school named by its own name, not a level or a class
    + `|\\b((stapt|stappen|stapte|stroomt|stromen|stroomde) (\\w+ ){0,4}over|overstap\\w*) naar (het |de )?(?!(?:de|het|een|onze|ons|mijn|een|volgende|andere|huis|school|mbo|havo|vwo|vmbo|mavo|atheneum|gymnasium|klas|leerjaar|niveau|basis|kader|praktijkonderwijs|\\d\\w*)\\b)[a-z]+\\b`,
);
/**
 * A case brought to colleagues outside the school's own care (intervisie, a netwerkgroep or werkatelier, other schools):
 * whether the pupil can be recognised decides it, so it is asked when the text does not say (R01).
 */
const CASE_WORD = /\b(casus|casussen|casuistiek)\b/;
const PEER_SETTING = /\b(intervisie\w*|leeromgeving\w*|netwerk\w*|werkatelier\w*|themabijeenkomst\w*|studiedag\w*|leerkring\w*|andere scholen|collega s van andere)\b/;
/**
 * "de nieuwe mentor" is the mentor at the next school, unless the text places her in this school's class ("ze wil weten
 * waar ze in de klas rekening mee moet houden", "heeft de klas overgenomen") and names no move: then she is a colleague.
 */
const NEW_MENTOR_HERE = /\bnieuwe (mentor|mentrix)\b(?=.*\b(in (de|haar|zijn|onze) (klas|les|lessen)|rekening (\w+ ){0,3}houden|(klas|groep) (\w+ ){0,2}(overgenomen|overneemt))\b)/;
const SCHOOL_MOVE = /\b(gaat|stapt|stroomt|wisselt|verhuist|vertrekt|overstappen|doorstromen) (\w+ ){0,4}(naar|over)\b|\b(overstap\w*|andere school|nieuwe school|vervolgschool)\b/;
/**
 * A colleague who goes along on a school trip gets what the trip needs ("ik ga als begeleider mee op de werkweek, mag de
 * mentor mij een lijstje geven", "de gymdocent die meegaat wil weten wie astma heeft"): a colleague in school, the task.
 */
const SCHOOL_TRIP = /\b(werkweek|excursie|schoolkamp|kamp|uitwisseling|\w{0,12}reis|reis naar)\b/;
const GOES_ALONG = /\b(ik|we|wij) (ga|gaan) (\w+ ){0,3}mee\b|\b(als|ik ben|ben ik) (de |een )?(\w+ )?begeleider\b|\b(\w{0,12}docent|collega|begeleider|mentor)\w{0,3} die (\w+ ){0,3}(meegaat|mee gaat|meegaan|mee gaan)\b/;
const GETS_TOLD = /\b(mij|me|hem|haar) (\w+ ){0,6}(geven|doorgeven|sturen|mailen|vertellen|laten weten|laten zien)\b|\b(geeft|stuurt|mailt|geven|sturen|mailen) (mij|me)\b|\b(wil|willen|wilt) (ik|we|wij|hij|zij) (\w+ ){0,4}(van|bij) (de |het )?(mentor|mentoren|administratie|leerlingadministratie|zorgcoordinator|collega\w{0,3}) (\w+ ){0,2}weten\b|\b(meegaat|mee gaat|meegaan|mee gaan)( \w+){0,5} (vraagt|vroeg|vragen|wil|wilt|willen) (\w+ ){0,3}(lijst|lijstje|overzicht|weten|gegevens)\b|\bwil (\w+ ){0,4}weten wie\b/;
/** "mag ik de mentor van Noa vertellen dat …": the pupil's own mentor or teacher told, a colleague in school. */
const PUPILS_MENTOR_TOLD = /\b(de|zijn|haar) (mentor|mentrix|\w*docent\w*|leraar|lerares|leraren) (van [a-z0-9]+ )?(\d{1,2} )?(jaar )?(vertellen|inlichten|informeren|laten weten|op de hoogte)\b/;
/**
 * The writer says who would receive it is unknown ("ik weet ook niet wie 'ze' zijn"), or that an outsider nobody names asks
 * ("een mail van een externe die informatie wil"): asked, never guessed from a colleague or the writer's own help named on the way.
 */
const RECIPIENT_UNKNOWN = /\bgeen (organisatie|instantie|functie|werkgever) (\w+ )?(genoemd|gezegd|vermeld|opgegeven|bekend|achtergelaten)\b|\b(een|die|deze) (externe|onbekende|onbekend) ?(partij|persoon|instantie|organisatie|afzender|man|vrouw|meneer|mevrouw|mailadres|nummer)?\b(?! (\w+ )?(van|bij|uit|namens|vanuit) )(?=( \w+){0,6} (informatie|info|gegevens|weten|vragen|vraagt|vroeg|hebben|inzage)\b)|\b(noemde|noemt|zei|zegt|gaf|geeft) (\w+ ){0,2}(geen|niet welke|niet van welke|niet voor welke) (organisatie|instantie|functie)\b|\b(van|namens|vanuit|voor) welke (organisatie|instantie) (\w+ ){0,3}(weet|weten) (ik|we|wij) (\w+ )?niet\b|\b(zegt|zei|noemt zich\w*|noemde zich\w*) (\w+ ){0,3}betrokken (is |was |te zijn |zou zijn )?bij\b|\bwie (\w+ )?(weet|weten) (ik|we|wij) (het |dat )?(ook )?niet\b|\b(met|naar|aan|voor) wie (\w+ ){0,2}(weet|weten) (ik|we|wij) (het |dat )?(\w+ )?niet\b|\b(weet|weten) (ik |we |wij )?(\w+ ){0,2}niet (\w+ )?(naar|aan|voor|met) wie\b|\b(weet|weten) (ik |we |wij )?(\w+ ){0,2}niet (\w+ )?wie (ze|zij|die|dat|het|dat dan) (zijn|is|waren|was|bedoel\w*)\b|\b(geen idee|onduidelijk|onbekend) wie (ze|zij|die|dat|het) (zijn|is|waren|was)\b|\bniet (\w+ )?(wie|naar wie) (het|dit|dat|de info|de informatie) (\w+ )?(gaat|moet|heen)\b|\b(van|vanuit|uit) (verschillende|meerdere|diverse|allerlei|alle) (kanten|hoeken|partijen|instanties|richtingen) (\w+ ){0,4}(gevraagd|vraagt|vragen|vroeg|vroegen|naar gevraagd|om gevraagd)\b|\b(verschillende|meerdere|diverse|allerlei) (partijen|instanties|mensen|hulpverleners|organisaties) (\w+ ){0,3}(vragen|vroegen|willen|wilden) (\w+ ){0,3}(om|naar|het|dat|dit|een kopie)\b|\b(vragen|vroegen|willen|wilden) (\w+ )?(verschillende|meerdere|diverse|allerlei) (partijen|instanties|mensen|hulpverleners|organisaties) (\w+ )?(om|naar)\b|\bmet wie (mag|kan|moet|mogen|moeten) (ik|we|wij) (\w+ ){0,3}(delen|bespreken)\b|\baan wie (mag|kan|moet|mogen|moeten) (ik|we|wij) (\w+ ){0,3}(vertellen|doorgeven|doorsturen|geven|sturen)\b|\bverder (doorsturen|sturen|verspreiden|delen)\b(?! (naar|aan|met)\b)/;
/** The GI is involved with this child: a guardian, a measure, or the GI asking. */
const GI_INVOLVED = /\b(gezinsvoogd\w*|jeugdbeschermer\w*|ots|ondertoezichtstelling|onder toezicht|voogd\w*|maatregel\w*)\b|\b(vraagt|vroeg|vragen|vroegen|belt|belde|bellen|mailt|mailde|wil weten|willen weten|verzoek\w*|opvragen|vraagt op)\b/;
/** The colleague named with her preposition ("aan de mentor") or as a meeting ("leerlingbespreking"): the audience itself. */
const COLLEAGUE_AUDIENCE = /^(aan|met|voor|naar|tegen) |(bespreking|vergadering|overleg|zorgteam|docenten)/;
/** Before a colleague, within a few words: who is spoken to ("aan de", "met zijn mentor en de", "zodat de"). */
const TOLD_BEFORE = /\b(aan|met|naar|voor|bij|tegen|zodat)\b/;
/** After a colleague, within a few words: what is done to tell her ("de teamleider inlichten", "mijn collega's vertellen dat"). */
const TOLD_AFTER = /^\S+ (weten|weet|horen|hoort)\b|^\S+( \S+){0,7} (wil weten|wilt weten|willen weten|vertellen|vertel|inlichten|informeren|laten weten|op de hoogte|bijpraten|mailen|mail|bellen|bel|appen|delen|doorgeven|doorsturen|sturen|geven|melden|bespreken|inbrengen|voorleggen|uitleggen|zeggen|laten zien|laten lezen|tonen|vragen)\b/;
/** Patterns that name a party beside its words in the vocabulary. */
const PARTY_SHAPES: Partial<Record<WordParty, RegExp>> = { MW1: PUPILS_MENTOR_TOLD, MW7: OTHER_SCHOOL };
/**
 * Parties in order of precedence: the first that matches is the one the mentor shares with. The words of each party
 * come from knowledge/consent/vocabulary.yaml; the parents are read from how the sentence is built.
 */
const PRECEDENCE: (WordParty | RegExp)[] = ['MW9', 'MW4', 'MW11', 'MW10', 'MW5', 'MW6', 'MW7', PARENTS_ASKING, 'MW12', PARENTS_ASK_OR_TOLD, PARENT_WITHOUT_CUSTODY, 'MW3', 'MW2', PARENT_AS_RECIPIENT, 'MW1'];
type PartyPatterns = [StableAnswers['Q-MET-WIE'] & string, RegExp][];
/** Per loaded vocabulary (a new one after a knowledge reload gets its own), the parties in order of precedence. */
const partiesOf = new WeakMap<Vocabulary, PartyPatterns>();
const withShape = (words: RegExp, shape: RegExp | undefined) => (shape ? new RegExp(`${words.source}|${shape.source}`) : words);
function partyPatterns(vocabulary: Vocabulary): PartyPatterns {
  let parties = partiesOf.get(vocabulary);
  if (!parties) {
    parties = PRECEDENCE.map((entry) => (typeof entry === 'string' ? [entry, withShape(vocabulary.parties.get(entry)!, PARTY_SHAPES[entry])] : ['MW8', entry]));
    partiesOf.set(vocabulary, parties);
  }
  return parties;
}

// --- what the JOS worker does -------------------------------------------------------------------------------
const SYSTEM = '(magister|somtoday|som|leerlingvolgsysteem|lvs|parnassys|eduarte)';
const SYSTEM_ACCESS = re(`\\b${SYSTEM}\\b`);
/** Looking in the system oneself ("mag zij in somtoday de absenties zien"): access, whatever it saves in mailing. */
const LOOKS_IN_SYSTEM = `\\bin (de |het )?${SYSTEM} (\\w+ ){0,6}(zien|bekijken|inzien|checken|opzoeken|volgen|bijhouden)\\b`;
// Compounds count: "een leesaccount", "kijkrechten", "een eigen login".
const ACCESS_VERB = re(`\\b(\\w{0,10}inlog\\w{0,12}|login\\w{0,12}|toegang|\\w{0,10}account\\w{0,3}|bekijken|inzien|meekijken|kijken|\\w{0,10}rechten)\\b|${LOOKS_IN_SYSTEM}`);
/** Access of one's own to the system, never just something sent out of it. */
const OWN_ACCESS = re(`\\b(\\w{0,10}inlog\\w{0,12}|login\\w{0,12}|toegang|\\w{0,10}account\\w{0,3}|\\w{0,10}rechten|meekijken)\\b|${LOOKS_IN_SYSTEM}`);
/**
 * Pupils as a helper's own caseload ("mijn cliënten", "de leerlingen die ik begeleid", "uit haar caseload"): whoever
 * gets access to the system for them is the JOS worker, even when the colleague who offers it is named first.
 */
const OWN_CASELOAD = /\b(mijn|haar|zijn|onze|hun) (eigen )?(clienten|client|caseload|trajecten|gezinnen)\b|\b(leerlingen|jongeren|kinderen|gezinnen) die (ik|zij|hij|ze|we) (\w+ ){0,2}(begeleid|begeleidt|begeleiden|coach|coacht|coachen|in begeleiding (heb|heeft|hebben))\b/;
/** What the writer takes out of the system and sends ("de notities uit Magister mailen zodat zij kan kijken"). */
const SENT_FROM_SYSTEM = /\b(mailen|mail|sturen|stuur|doorsturen|opsturen|doormailen|printen|print|uitdraai\w*|geven|meegeven|doorgeven)\b/;
/** The school briefs the JOS worker ("ik moet de jgc bijpraten over de leerlingen op het lijstje"): she is told, she tells nothing. */
const JOS_BRIEFED = re(`\\b(ik|we|wij) (\\w+ ){0,6}(de |het |onze |een )?${JOS_ROLE} ((?!(mij|me|ons)\\b)\\w+ ){0,4}(bijpraten|inlichten|informeren|briefen)\\b`);
const FEEDBACK = re(
  [
    '\\bterugkoppel\\w*',
    // "mag zij me dat gewoon vertellen", "ik zou graag weten wat er speelt": the JOS worker tells the school
    '\\b(mag|kan|wil|mogen) (zij|hij|ze) (\\w+ ){0,3}(aan )?(mij|me|ons) (\\w+ ){0,3}(vertellen|laten weten|doorgeven|doorvertellen|delen|laten horen|zeggen)\\b',
    // after talks with the pupil: "wil mij vertellen hoe het gaat en wat ze gemerkt heeft", "hoe het thuis gaat"
    '\\b(mij|me|ons|de mentor|school) (\\w+ ){0,2}(vertellen|laten weten|bijpraten|doorgeven) (\\w+ ){0,2}(hoe het (\\w+ ){0,3}(gaat|loopt)|wat (ze|hij|zij) (\\w+ ){0,2}(gemerkt|gezien|merkt|ziet|opviel|opvalt)|wat er (\\w+ ){0,2}(speelt|aan de hand is))\\b|\\b(wil|zou) (\\w+ ){0,2}(graag )?weten wat er (speelt|aan de hand is)\\b',
    `\\b${JOS_ROLE}( \\w+){0,8} (mij|me|ons|school|de school|de mentor) (\\w+ ){0,3}(vertellen|laten weten|informeren|bijpraten|uitleggen)`,
    // the JOS worker brings the school up to date, in any words: "kan de coach mij bijpraten", "wat eruit kwam"
    '\\b(mij|me|ons|de mentor|school) (\\w+ ){0,2}(te )?(informeren|bijpraten|vertellen) over (de |het )?(inhoud|voortgang|verloop)\\b|\\b(inhoud|voortgang|verloop) van (de |die |haar |zijn |het |hun )?(gesprekken|hulp|begeleiding|behandeling|sessies|traject|contacten)\\b',
    // "vertelt me daarna hoe het met Tim gaat": how one pupil is doing, told to the school
    '\\b(vertelt|vertellen|vertelde|laat|laten|bespreekt|bespreken|koppelt) (\\w+ ){0,3}(me|mij|ons) (\\w+ ){0,3}hoe het (\\w+ ){0,2}met (?!(de|die|deze|mijn|onze|het) (groep|klas)\\b)[a-z]+ (\\w+ )?(gaat|loopt)\\b',
    '\\b(bijpraten|bijpraat|bijgepraat)\\b|\\bop de hoogte (\\w+ )?(houden|brengen|stellen)\\b|\\bwat (er ?uit|eruit) (\\w+ ){0,2}(kwam|komt|gekomen|is gekomen)\\b',
    '\\bwat (er )?(uit|in) (de |het )?(hulp|gesprekken|begeleiding|behandeling|test|onderzoek)',
    '\\b(uitslag|uitkomst\\w*|resultaten|bevindingen|testverslag\\w*|onderzoeksverslag\\w*|testuitslag\\w*)\\b',
    '\\bhoe (de |het )?(hulp|begeleiding|behandeling|gesprekken|traject)( \\w+){0,5} (gaat|gaan|verloopt|verlopen|loopt|lopen)\\b',
    `\\b(verslag\\w*|rapportage\\w*) (van )?(de )?${JOS_ROLE}\\b|\\b${JOS_ROLE} (\\w+ )?(verslag\\w*|rapportage)\\b`,
  ].join('|'),
);
/** A class named by its code ("in 2c", "bij h3b"): the class is where it happens. */
const CLASS_CODE = '(in|bij) (\\d[a-z]{1,2}|[a-z]{1,2}\\d[a-z]?)';
const WHOLE_CLASS = re(`\\b((hele|gehele|de|mijn) (klas|groep)|${CLASS_CODE})( \\w+){0,3} (observeren|bekijken|screenen|testen)\\b`);
const PER_PUPIL = /\b((per|elke|iedere) leerling(en)?|alle leerlingen|verslag|rapport\w*|individueel|individuele)\b/;
/** A report on each pupil after watching a class: no longer advice on the group (R03). */
/** A written account per pupil of a class, whatever it is called: identifiable pupil data, not advice (R04b). */
const PUPIL_WRITEUP = '(\\w{0,14}advie[sz]\\w{0,6}|\\w{0,14}verslag\\w*|\\w{0,14}rapport\\w*|tips|\\w{0,14}profiel\\w*|beschrijving\\w*|typering\\w*|overzicht\\w*|notitie\\w*|aantekening\\w*|opmerking\\w*|beeld|schets\\w*|stukje\\w*|analyse\\w*|regels|verhaaltje\\w*)';
const PUPIL_NOTED = '(vastleggen|vastgelegd|vastlegt|legt (\\w+ ){0,3}vast|opschrijven|opgeschreven|schrijft (\\w+ ){0,3}op|noteren|noteert|genoteerd|registreren|registreert|invoeren|voert (\\w+ ){0,3}in|zet|zetten|bijhouden|houdt (\\w+ ){0,3}bij)';
const REPORT_PER_PUPIL = re(
  `\\b${PUPIL_WRITEUP} (\\w+ ){0,4}(per|van|voor|over) (elk|elke|iedere|ieder|alle) (leerling|kind|leerlingen|kinderen)\\b|\\b(per|van|voor|over|bij) (elk|elke|iedere|ieder) (leerling|kind) (\\w+ ){0,6}${PUPIL_WRITEUP}\\b|\\bper (leerling|kind) (\\w+ ){0,3}${PUPIL_WRITEUP}\\b|\\b${PUPIL_WRITEUP} (\\w+ ){0,4}per (leerling|kind)\\b|\\b(van|voor|over) alle (leerlingen|kinderen) (\\w+ ){0,6}${PUPIL_WRITEUP}\\b`
    // what is noted per pupil, said with the verb: "zet per kind in Magister wat opviel"
    + `|\\b(per|van|over) (elk|elke|iedere|ieder) (leerling|kind) (\\w+ ){0,5}${PUPIL_NOTED}\\b|\\bper (leerling|kind) (\\w+ ){0,5}${PUPIL_NOTED}\\b|\\b${PUPIL_NOTED} (\\w+ ){0,2}per (leerling|kind)\\b`,
);
/** "er wordt niks per leerling opgeschreven": nothing per pupil, said with niks/niets which the general denial leaves alone. */
const NOTHING_PER_PUPIL = /\b(niks|niets|geen \w+) (\w+ ){0,2}(per|over (een |de )?(individuele|losse|aparte)) (leerling|kind|leerlingen|kinderen)\b/;
const CLASS_SCREENING = /\b(klassikale?|klassikaal) (test|screening|onderzoek)|\bscreening van de klas|\balle leerlingen (testen|observeren|screenen)\b/;
/** Concerns or a file passed on so that help can start; shared by the JOS and wijkteam branches. */
const PASS_ON = /\b(naar|aan) (de )?(jgc|coach|paj|gedragswetenschapper|josmedewerker|orthopedagoog|wijkteam|gebiedsteam) (\w+ )?(sturen|doorsturen|opsturen|mailen|doorgeven|geven)\b|\b(zorgen|dossier|verslag|gegevens|opp|groeidocument|toetsresultaten|gespreksverslagen|informatie|info)( \w+){0,7} (delen|doorgeven|melden|sturen|doorsturen|opsturen|mailen|meegeven|neerleggen)\b|\bhulp (\w+ )?(starten|opstarten|inzetten)\b|\bzodat (hij|zij|ze|die) (\w+ ){0,3}(kan|kunnen) (opstarten|starten|oppakken|inzetten)\b|\bzodat (hij|zij|ze|die) (\w+ ){0,3}aan de slag\b/;
const PUPIL_SENT_TO_JOS = re(`\\b(hem|haar|ze|de leerling|het kind|dit meisje|deze jongen|die jongen|dat meisje) (\\w+ )?(naar|bij) (de |het |een )?(${JOS_ROLE}|jos) (\\w+ ){0,2}(sturen|doorsturen|verwijzen|brengen|aanmelden)\\b`);
/** The pupil wants to go to the JOS worker ("Daan wil naar de jgc", "ze wil bij de pajh langs"): her own help (J3). */
const PUPIL_GOES_TO_JOS = re(`\\b(wil|wilt|willen|wou|wilde) (graag |zelf |ook )?(naar|bij) (de |het |een )?(${JOS_ROLE}|jos)( langs| terecht)?\\b(?! (\\w+ )?(sturen|mailen|doorgeven|geven|vertellen|stappen)| \\w*spreekuur)`);
/**
 * A report or note, whoever wrote it, given to the JOS worker ("het verslag van de psycholoog aan de jgc geven", "het dossier
 * met de dyslexieverklaring … naar de jgc sturen", "hij wil het opp en het verslag van de orthopedagoog alvast doorsturen"):
 * passed on (R11), not feedback. Compound words are bounded (`\w{0,30}`): an open `\w*` before and after the same stem
 * backtracks quadratically over one long run of those stems (test/security/patterns.test.ts).
 */
const REPORT_TO_JOS = /\b(opp|groeidocument|\w{0,30}verslag\w{0,30}|\w{0,30}rapport\w{0,30}|rapportage\w{0,30}|dossier|notities|aantekeningen)( \S+){0,16} (doorsturen|sturen|opsturen|mailen|doormailen|geven|meegeven) (naar|aan) (de |het |een |onze )?(jgc|paj|coach|gedragswetenschapper|josmedewerker|orthopedagoog)\b|\b(ik|we|wij) (\w+ ){0,3}(de |het |een )?(jgc|paj|coach|gedragswetenschapper|josmedewerker|orthopedagoog) (het |de |een |mijn |dat |dit )?(ingevulde |volledige |nieuwe |getekende )?(\w{0,30}verslag\w{0,30}|\w{0,30}rapport\w{0,30}|rapportage\w{0,30}|dossier|uitslag\w{0,30}|testuitslag\w{0,30}|\w{0,30}verklaring|notities|aantekeningen|\w{0,30}formulier\w{0,30}|\w{0,30}overzicht\w{0,30}|opp|groeidocument)( \S+){0,16} (geven|sturen|doorsturen|mailen|doorgeven|meegeven|opsturen|doormailen)\b|\b(verslag\w{0,30}|rapport\w{0,30}|rapportage\w{0,30}|dossier|uitslag\w{0,30}|testuitslag\w{0,30}|\w{0,30}verklaring|notities|aantekeningen|\w{0,30}formulier\w{0,30}|\w{0,30}overzicht\w{0,30})( \w+){0,16} (aan|naar) (de |het |een )?(jgc|paj|coach|gedragswetenschapper|josmedewerker|orthopedagoog) (\w+ )?(geven|sturen|doorsturen|mailen|doorgeven|meegeven|opsturen|doormailen)\b|\b(ik|we|wij|hij|zij|ze|mentor|zorgcoordinator|zoco) (wil|wilt|willen|gaat|ga|gaan|zou|kan|mag|moet) (\w+ |(me|mij) (\w+ ){0,5})?(het |de |mijn |zijn |haar |ons |onze )?(hele |volledige |complete )?(opp|groeidocument|\w{0,30}verslag\w{0,30}|\w{0,30}rapport\w{0,30}|dossier|notities|aantekeningen)( \S+){0,20} (alvast |vooraf |van tevoren |gewoon |even )?(doorsturen|opsturen|doormailen|mailen|meegeven)\b(?! (naar|aan) (mij|ons|de school|de mentor|de ouders))|\b(stuur|stuurt|sturen|mail|mailt|mailen|geef|geeft) (ik|we|wij) (\w+ ){0,2}(het |de |een |mijn |ons |onze )?(\w{0,30}formulier\w{0,30}|\w{0,30}verslag\w{0,30}|\w{0,30}overzicht\w{0,30}|dossier|notities|opp|groeidocument)( \w+){0,8} (naar|aan) (de |het |een )?(jgc|paj|coach|gedragswetenschapper|josmedewerker|orthopedagoog)\b/;
/**
 * Passing the pupil or her information on. "de jgc inschakelen voor Tygo" is not among these: calling JOS in says who,
 * not whether the JOS worker will help herself (J3) or the school passes information so help can start (J7), so it is asked.
 */
const HAND_OVER = /\b(aanmelden|aanmelding|doorverwijzen|verwijzen|doorgeven|doorsturen|doorzetten|overdragen)\b/;
/** The one asking is the JOS worker ("als jgc heb ik ...", "ik ben de paj van ..."): their own help is JOS work. */
/**
 * The writer describes her own help to one pupil ("ik begeleid een meisje", "kwam op mijn inloopspreekuur", "bij Sem diagnostiek
 * gedaan", "rond ik mijn traject af"), or is the JOS worker someone talks with at the spreekuur ("bij het spreekuur wilde een
 * docent iets met mij bespreken").
 */
const OWN_HELP_WORDS = /\b(nieuwe|een) (aanmelding|aanmelden)\b(?=.*\b(wil|wilt|zoekt|vraagt) (\w+ ){0,2}hulp\b)|\b(bij mij|bij me) (\w+ )?aangemeld\b|\bik (ga|wil|zal|mag) (\w+ ){0,8}(begeleiden|coachen|behandelen)\b(?!.*\b(jgc|paj|coach|josmedewerker|gedragswetenschapper|orthopedagoog)\b)|\b(bij|op|in|tijdens) het (jos )?spreekuur\b(?=.*\bmet (mij|me)\b)|^(ik )?begeleid\b|\bik (\w+ ){0,2}(begeleid|coach|behandel)\b|\b(naar|op|in|tijdens|bij) mijn \w{0,12}spreekuur\b|\b(mijn|ons) (\w+ )?(traject|begeleiding|coaching|hulptraject) (met|van|bij) [a-z]+\b|\b((sluit|rond) ik|ik (\w+ )?(sluit|rond)|(sluit|rond) (\w+ )?mijn) (\w+ ){0,4}(traject|begeleiding|coaching|gesprekken|behandeling|hulptraject) (\w+ ){0,6}af\b|\bof ik (\w+ ){0,4}(kan|mag|wil) (coachen|begeleiden|helpen|testen)\b|\bik heb (\w+ ){0,12}(diagnostiek|onderzoek|testen|test|intake) (gedaan|afgenomen)\b|\bik heb (\w+ ){0,8}(gezien|gesproken) (\w+ ){0,6}(voor|in) (\w+ ){0,3}(gesprek\w{0,4}|sessies|begeleiding)\b|\bik heb (\w+ ){0,3}(gesprekken|gesprekjes|sessies) (\w+ ){0,3}(gehad|gevoerd) met\b|\b(ik (ga|wil|zal|mag)|(ga|wil|zal|mag) ik) (\w+ ){0,10}((onderzoek|test|testen|diagnostiek)( bij (hem|haar))? (doen|afnemen|uitvoeren)|(?<!\blaten )(testen|onderzoeken))\b(?!.*\b(jgc|paj|coach|josmedewerker|gedragswetenschapper|orthopedagoog|psycholoog)\b)/;
/** A pupil, not a parent, who wants talks or help from the writer ("Sanne wil graag een paar gesprekken met me"). */
const PUPIL_WANTS_MY_HELP = re(`(?<!\\b${PARENT}( \\w+){0,4} )\\b(wil|wilt|wilde|vraagt|vroeg) (graag |zelf |ook )?(\\w+ ){0,3}(gesprek\\w{0,4}|hulp|begeleiding|coaching) (met|van|bij) (mij|me)\\b`);
/** The writer herself will give the help: "ik ga ambulante begeleiding doen", "ik wil gesprekken met hem voeren". */
const OWN_HELP_STARTS = /\bik (ga|wil|zal) (\w+ ){0,4}(begeleiding|coaching|gesprekken|behandeling|ondersteuning|hulp) (\w+ ){0,3}(doen|geven|bieden|starten|opstarten|voeren)\b(?!.*\b(jgc|paj|coach|josmedewerker|gedragswetenschapper|orthopedagoog|psycholoog)\b)/;
/**
 * The writer herself will observe a pupil for a diagnostic or do the diagnostic ("wil dinsdag Mila observeren + daarna
 * korte HGD met vragenlijsten", "ik ga bij hem een HGD doen"): the JOS worker's own assessment, whoever passed on a yes.
 */
const OWN_ASSESSMENT_PLANNED = /(^|\bik )(wil|ga|zal|kom) (\w+ ){0,12}(observeren|hgd|handelingsgerichte diagnostiek|vragenlijst\w{0,3} (afnemen|laten invullen))\b(?=.{0,200}\b(hgd|handelingsgerichte diagnostiek|vragenlijst\w{0,3})\b)(?!.*\b(jgc|paj|coach|josmedewerker|gedragswetenschapper|orthopedagoog|psycholoog)\b)/;
/** A pupil who came to the writer's own consultation hour herself ("meldde zich zelf op mijn spreekuur"): help the pupil asks for (J3). */
const PUPIL_CAME_TO_MY_HOURS = /\b(meldde|meldt|melden|meldden|kwam|komt|kwamen|komen|liep|loopt)( \w+){0,3} (op|naar|bij|in) mijn \w{0,12}spreekuur\b|\b(op|naar|bij|in) mijn \w{0,12}spreekuur (\w+ ){0,3}(gemeld|gekomen|geweest|langsgekomen|binnengelopen)\b/;
const OWN_HELP = new RegExp(`${OWN_HELP_WORDS.source}|${PUPIL_WANTS_MY_HELP.source}|${OWN_ASSESSMENT_PLANNED.source}|${OWN_HELP_STARTS.source}`);
/**
 * The writer's own JOS work, said in any words: a first person (ik, mij, mijn, "pamb hier", "begeleid ik", or a note that
 * drops "ik": "heb gisteren de intake gehad", "gesprekken met Tim lopen") next to an act of that work (a first contact, an intake, talks,
 * starting or beginning, an HGD, screening or other assessment, an observation, a trajectory, guidance, a profile per pupil; her
 * report or handover when she calls it hers; a closing talk, "afsluiting traject Mila"). "OC vraagt of ik een hgd traject kan doen" and "na mijn hgd" read the same;
 * "ik begeleid hem niet" is no such act. A mentor or teacher who says so, or a writer who names another JOS worker, is
 * not the one doing JOS work (see ownWorkOfWriter).
 */
const OWN_WORK_ACT = '(?:intake\\w{0,10}|(?:eind|afrondings|afsluit|slot)gesprek\\w{0,4}|\\w{0,12}gesprek(?:ken|jes)|eerste (?:gesprek|contact)|kennismaking\\w{0,8}|coaching\\w{0,10}|begeleid(?:en|ing|t)?|hgd\\w{0,8}|onderzoek(?:en)?|diagnostiek|screening\\w{0,2}|obs|observ\\w{1,6}|\\w{0,8}traject|profiel\\w{0,4}|starten|opstarten|beginnen)';
/** What the work yields is hers only when she says so ("mijn verslag"): "mag ik het verslag sturen" may be anyone's. */
const OWN_WORK_PRODUCT = '(?:\\w{0,6}verslag\\w{0,4}|overdracht)';
const WRITER_OWN_WORK = re(`\\b(?:ik|mij|me)\\b (?:\\w+ ){0,10}${OWN_WORK_ACT}\\b(?! (?:\\w+ ){0,2}niet\\b)|\\bmijn (?:\\w+ )?(?:${OWN_WORK_ACT}|${OWN_WORK_PRODUCT})\\b|\\b${OWN_WORK_ACT} (?:\\w+ ){0,2}door (?:mij|me)\\b|\\b(?:na|sinds|tijdens|voor|bij|in) (?:de |het |mijn |\\w+ )?${OWN_WORK_ACT} (?:\\w+ ){0,12}ik\\b|^(?:afsluiting|afronding|einde|afsluiten|afronden) (?:van )?(?:het |de |mijn )?${OWN_WORK_ACT}\\b|^(?:\\w+ ){0,2}${OWN_WORK_ACT} (?:\\w+ ){0,6}(?:gepland|ingepland|afgerond|gedaan|gehad|gestart|begonnen|lopen|loopt|liepen)\\b|\\bik (?:\\w+ ){0,12}(?:komen kijken|meekijken|mee kijken)\\b|^(?:heb|had|ga|wil|zou|kan|mag|zie|start|begin) (?:\\w+ ){0,8}${OWN_WORK_ACT}\\b|\\b(?:begeleid|coach|behandel|observeer|onderzoek|test|start|begin) ik\\b(?! (?:\\w+ ){0,2}niet\\b)|^(?:\\w+ )?(?:${JOS_ROLE}|pamb(?: ?er)?) hier\\b`);
/** An act of the work itself is named (not only the writer's role, "gw'er hier … eens naar Sophie kijken"). */
const WORK_ACT_NAMED = re(`\\b${OWN_WORK_ACT}\\b`);
/** A JOS worker named in the text ("hij zat bij de jgc"): the writer's own work is then a reading, not the JOS worker's. */
const JOS_WORKER_NAMED = /\b(jgc|paj|coach|josmedewerker|gedragswetenschapper|orthopedagoog|psycholoog)\b/;
const ASKER_IS_JOS = re(`${OWN_HELP.source}|\\bvraag van (de |een )?${JOS_ROLE}\\b|^(\\w+ )?${JOS_ROLE} hier\\b|^(ik )?ben (de |een )?(\\w+ )?${JOS_ROLE}\\b|\\bals (\\w+ )?${JOS_ROLE}\\b|\\bik ben (de |een )?(\\w+ )?${JOS_ROLE}\\b|\\bik (\\w+ ){0,2}als (\\w+ )?${JOS_ROLE}\\b`);
/**
 * The writer's own report of an assessment, ready, that she shares with the school ("het HGD-verslag van Milan is klaar …
 * voordat ik het deel", "mijn onderzoeksverslag", "het verslag van mijn observatie"): the JOS worker telling the school (J5).
 * A report by someone else ("het verslag van de psycholoog") is not hers.
 */
const OWN_REPORT = /\b(hgd|onderzoeks|test|diagnostiek|diagnostisch|psychologisch|observatie) ?(verslag|rapport|rapportage)\w{0,6}\b(?! (van|door) (de|het|een|haar|zijn|onze)\b)( \w+){0,4} (is|zijn) (nu )?(klaar|af|afgerond|gereed)\b|\b(mijn|ons) (\w+ )?(hgd|onderzoeks|test|diagnostiek|observatie|eind) ?(verslag|rapport|rapportage)\w{0,6}\b|\b(verslag|rapport|rapportage|uitslag)\w{0,6} van mijn (onderzoek|observatie|diagnostiek|test|testen|gesprekken)\b|\b(hgd|diagnostiek|onderzoek|observatie)\w{0,8}\b(?! (van|door) (de|het|een|haar|zijn|onze)\b)( \w+){0,8} (is |zijn )?(nu )?(afgerond|klaar|gereed|afgesloten)\b/;
/** The writer shares it, discusses or explains it ("de conclusies met de mentor bespreken"), or asks whether her report may go somewhere ("mag mn verslag naar de zoco"). */
const WRITER_SHARES = /\b(ik|we) (\w+ ){0,3}(deel|delen|stuur|sturen|doorsturen|mail|mailen|geef|geven|doorgeven|laat lezen|laten lezen)\b|\b(ik|we) (\w+ ){0,10}(bespreek|bespreken|doornemen|doorspreken|toelichten|voorleggen)\b|\b(mag|kan|moet|mogen|kunnen|moeten) (mijn|ons|het|dat|dit|de|die) (\w+ )?(verslag|rapport|rapportage)\w{0,6} (\w+ ){0,2}naar\b/;
/**
 * A teacher asks the writer to come to a lesson ("de mentor van 2A heeft me gevraagd een les bij te wonen vanwege Jayden",
 * "de docent wil dat ik in zijn les kom kijken"): the writer is the JOS worker; what she will do there is read or asked.
 */
const VISIT_VERB = '(bij te wonen|bijwonen|bijwoon|observeren|observeer|observeert|te observeren|bezoeken|bezoek|te bezoeken|mee te kijken|meekijken|meekijk|kijken|kijk|te kijken|zitten|te zitten)';
/** The visit is for a pupil without saying what is done ("vanwege Jayden", "met het oog op een leerling"): observing her or advising the teacher, asked. */
const VISIT_BECAUSE = /\b(vanwege|ivm|in verband met|met (het|een) oog op)\b/;
/** Who asks the writer to a lesson: a teacher, someone leading the year or its team ("team 1e klas vraagt of ik in 1c kom observeren"). */
const LESSON_ASKER = '(mentor|mentrix|docent\\w{0,4}|leraar|lerares|teamleider|zorgcoordinator|afdelingsleider|team|docententeam|sectie)';
const ASKED_TO_VISIT_LESSON = re(`\\b${LESSON_ASKER}( \\w+){0,4} (heeft|vraagt|vroeg|wil|wilde|wou) (me|mij|dat ik|of ik)( \\w+){0,6} (les|lessen|klas)( \\w+){0,3} ${VISIT_VERB}\\b|\\b${LESSON_ASKER}( \\w+){0,4} (heeft|vraagt|vroeg|wil|wilde|wou) (me|mij|dat ik|of ik)( \\w+){0,4} ${VISIT_VERB} (in|bij|tijdens) (de|zijn|haar|een|hun) (\\w+ )?(les|lessen|klas)\\b|\\b${LESSON_ASKER}( \\w+){0,4} (heeft|vraagt|vroeg|wil|wilde|wou) (me|mij|dat ik|of ik) (\\w+ ){0,3}${CLASS_CODE} (\\w+ ){0,2}${VISIT_VERB}\\b|\\bop (zijn|haar|hun) (verzoek|vraag)( \\w+){0,4} (les|lessen|klas)( \\w+){0,3} ${VISIT_VERB}\\b|\\bop (verzoek|vraag) van (de |het |een )?${LESSON_ASKER}( \\w+){0,6} (les|lessen|klas)( \\w+){0,3} ${VISIT_VERB}\\b`);
/** A colleague wants to send the writer a pupil's file ahead of her intake ("wil me voor de intake alvast het hele dossier doorsturen"): the JOS worker receives. */
const FILE_SENT_TO_ME = /\b(wil|wilt|willen|gaat|wou|wilde) (me|mij) (\w+ ){0,6}(opp|groeidocument|dossier|\w{0,20}verslag\w{0,6}|rapport\w{0,6})( \S+){0,12} (doorsturen|sturen|opsturen|mailen|doormailen|geven|meegeven)\b/;
const INTAKE = /\b(intake|eerste gesprek|kennismaking\w{0,8}|voorbereiden|voorbereiding)\b/;
/** Someone asks the JOS worker how it goes or what is going on, or for an account of it ("vraagt om een kort verslagje"), or the worker wants to tell it. */
const ASKED_ABOUT_HELP = /\b(vraagt|vroeg|vragen|wil weten|wilt weten|willen weten) (\w+ ){0,3}(hoe|wat)\b|\b(vraagt|vroeg|vragen|wil|wilt|willen|wilde) (\w+ ){0,3}(verslag\w{0,6}|samenvatting\w{0,4}|update)\b|\b(vertellen|vertel|delen|doorgeven|bijpraten|informeren|zeggen)\b/;
const HELP_WORK = /\b(\w*test|\w*testen|getest|testje|testjes|\w*onderzoek|toets afnemen|(vragenlijst\w*|lijst\w*|toets\w*|test\w*) (\w+ ){0,3}(afnemen|af te nemen|laten invullen)|onderzoek|onderzoeken|diagnostiek|behandel\w*|begeleid\w*|coachen|coacht|coaching|gecoacht|traject|intake|therapie|hulptraject|helpen|hulp (\w+ ){0,2}(bieden|geven|van|bij|door)|terecht (kan|kunnen)|bij (de |het |een )?(jgc|paj|coach|gedragswetenschapper|josmedewerker|psycholoog|orthopedagoog) (\w+ )?(terecht|langs|komen|tekent|tekenen)|beginnen met|met (hem|haar) beginnen|starten met|begint met|start met|(met (hem|haar) )?(gaan )?(werken aan|aan de slag)|met (hem|haar) (gaan )?werken)\b/;
/** "met Sem zelf gesprekken voeren": someone other than the mentor, the parents or the class is talked with. */
const NOT_A_PUPIL = `(?!(?:mij|me|ons|jou|elkaar|de klas|de groep|de mentor(en)?|de docent(en)?|collega\\w*|school|${PARENT}|(?:de |zijn |haar )${PARENT}|(?:de |een )?${JOS_ROLE})\\b)`;
/** A colleague asks the writer to take a look at a pupil ("mailt of ik even naar Ilias kan kijken"): the JOS worker, her task not yet said. */
const ASKED_TO_LOOK_AT_PUPIL = re(`\\b${LESSON_ASKER}( \\w+){0,4} (mailt|mailde|appt|appte|vraagt|vroeg|belt|belde|heeft) (me |mij )?(gevraagd )?(of ik|om|dat ik) (\\w+ ){0,3}naar (hem|haar|${NOT_A_PUPIL}(?!(?:de|het|een|zijn|hun|mijn|onze|die|deze|dat|dit)\\b)[a-z]+) (\\w+ ){0,3}(te )?kijken\\b`);
const TALKS_WITH_PUPIL = re(
  `\\bmet ${NOT_A_PUPIL}(\\w+ ){1,8}(zelf )?(\\w{0,12}gesprek\\w{0,4} (voeren|houden|hebben|beginnen|starten|opstarten|aangaan)|praten|praat|spreken|spreekt)\\b|\\bgesprek(ken|je|jes)? (gaan )?(voeren |houden |hebben )?met ${PUPIL}\\b|\\bvoor (een )?gesprek(ken|je|jes)?\\b(?! met (mij|me|ons|de mentor|de docent|het team)\\b)|\\b${JOS_ROLE} (\\w+ )?(met|bij) ${PUPIL} (\\w+ ){0,3}(praten|praat|spreken|spreekt|gesprekken)\\b|\\bmet (de |een )?${JOS_ROLE}( \\w+){0,5} (praten|praat|spreken|spreekt|gesprekken|een gesprek|gesprekjes)\\b|\\bgesprek(ken|je|jes)? met (de |een )?${JOS_ROLE}\\b|\\b(in )?gesprek(ken|je|jes)? ((gaan )?(voeren|houden|hebben) )?met ${NOT_A_PUPIL}[a-z]+\\b(?! ${JOS_ROLE})|\\b${JOS_ROLE} (wil|wilt|gaat|mag|kan|komt)( \\w+){1,8} (spreken|zien(?! (hoe|wat|of|waar)\\b)|uit de les halen|ophalen)\\b|\\b(praten|spreken) met (de |een )?${JOS_ROLE}\\b`,
);
/** Help said not to be given to any of the pupils ("geen van de vier krijgt hulp van haar"): no help by the JOS worker. */
const NO_HELP_GIVEN = /\b(geen van (de |die |deze )?\w+ |niemand (van (hen|hun|de \w+) )?|geen (enkele )?(leerling|kind) )(krijgt|krijgen|heeft|hebben|zit|zitten) (nu |al |nog )?(\w+ )?(hulp|begeleiding|gesprekken|behandeling|in begeleiding|in behandeling)( (van|bij) \w+)?\b|\b(heeft|hebben|had|hadden) (nu |nog |zelf )?(geen van (de |die |deze )?\w+|geen (enkele )?(leerling|kind|jongere)|niemand( van (hen|hun|de \w+))?)( \w+){0,2} (in|onder) (begeleiding|behandeling|zorg|traject)\b/;
/** The mentor asks the JOS worker to talk with or help the pupil: the worker's own help (J3), not advice. */
const ASK_JOS_TO_HELP = re(`\\b${JOS_ROLE} (\\w+ )?(vragen|vraag|gevraagd) (om |of )?(\\w+ ){0,5}(met (hem|haar) (\\w+ ){0,2}(praten|spreken|gesprek\\w*)|(hem|haar) (\\w+ ){0,2}(helpen|begeleiden|spreken|testen|zien))\\b`);
/**
 * A record of one pupil shown, read or sent: no longer advice without data. A new mail counts when it carries what is
 * known ("een mail met wat ik weet"); "een mail over een leerling" may be advice or information, so it is asked.
 */
const PUPIL_RECORD = /\b(dossier|leerlingdossier|opp|groeidocument|toetsresultaten|gespreksverslag\w*|schriften|rapport) (\w+ ){0,4}(inzien|lezen|laten lezen|laten zien|bekijken|bekijkt|doorsturen|sturen|geven|delen|leest)\b|\bmail\w* (\w+ ){0,4}(inzien|laten lezen|laten zien|bekijken|doorsturen|doormailen|delen|leest)\b|\bmail\w* ((\w+ ){0,2}(sturen|geven|schrijven) )?(met wat|waarin|met (de |alle |mijn )?(zorgen|informatie|info|gegevens|details))\b|\b(inzien|lezen|laten zien|doorsturen) (\w+ ){0,2}(het |de )?(dossier|leerlingdossier|opp|groeidocument)\b/;
const MENTOR_SUBJECT = /\b(ik|mij|me|wij|we)\b/;
/** "niet dat zij met hem gaat praten", "niet de bedoeling dat hij haar test": the work named next is what the mentor does not want. */
const NOT_MEANT = /\bniet (de bedoeling |nodig |het idee )?dat (zij|hij|ze|die|de \w+)( \w+){0,3}$/;
/** Said outright that only the teacher is helped: nothing on single pupils, feedback on managing the class (R02, before any help word). */
/** A lesson visit mainly for one named pupil ("vooral vanwege Kenzo (13)", "met een oog op Fleur (12)"): not only advice on the teacher's lessons. */
const PUPIL_FOCUS = /\b((vooral|met name|voornamelijk|speciaal|specifiek|eigenlijk|in het bijzonder|juist) (vanwege|om|voor|naar|op)|vanwege|met een oog op) (?!(de|het|een|mijn|die|deze|haar|zijn|hun|ons|onze|hoe|wat|alle)\b)[a-z]+ \d{1,2}\b/;
const TEACHER_ONLY = /\b(geen|niks|niets) (\w+ )?(verslag\w*|aantekeningen|notities|rapport\w*|verslagje\w*) (\w+ ){0,2}(per|over) (leerling|leerlingen|kind|kinderen)\b|\b(niets|niks|geen \w+) (\w+ ){0,4}over (de )?leerlingen (\w+ )?(op papier|vastgelegd|genoteerd|opgeschreven)\b|\balleen (om )?(feedback|tips|advies) (\w+ ){0,2}(voor|aan) (mij|de docent|haar|hem|de leraar|de docente)\b|\bom (haar|hem|de docent|mij) te helpen (\w+ ){0,3}(klas|groep|les)\b|\b(niets|niks|geen \w+) (\w+ ){0,4}over (losse|individuele|aparte) leerlingen\b|\b(feedback|tips|advies) (\w+ ){0,2}(voor|aan) (haar|hem|de docent|de leraar)( \w+){0,2} over (klassenmanagement|de groep|de klas|orde|haar lessen|zijn lessen)\b|\bklassenmanagement\b/;
const TEACHER_FOCUS = /\b(vanwege|om|voor) (de |het )?(\w+ )?(onrust|sfeer|drukte|orde|werkhouding|groepsdynamiek) (in|van) (de|mijn|die|deze|onze) (klas|groep|les|lessen)\b|\bhoe de (groep|klas)( \w+){0,3} (loopt|functioneert|werkt|reageert)\b|\bhoe het (\w+ ){0,2}(loopt|gaat|ging|liep) (in|met) (de|mijn|die|deze|haar|zijn) (klas|groep|les|lessen)\b|\bwat ik (\w+ ){0,2}anders kan doen\b|\b(observeren|observeert|bekijken|kijken) (\w+ )?voor mij\b|\bom mij (\w+ ){0,3}(te )?(helpen|adviseren|feedback)\b|\bniet (om|over) een (specifieke |bepaalde )?leerling\b|\b(mij|mijzelf|mezelf|de docent|de leraar) (\w+ )?(observeren|observeert|bekijken|bekijkt|coachen|coacht)\b|\bhoe ik (hem|haar|de leerling)( \w+){0,5} (aanpak|benader\w*|ondersteun|help)\b|\bhoe ik (\w+ ){0,3}(klas|les|lesgeef|lesgeven|groep|instructie|uitleg)\w*|\bhoe ik (die |deze |mijn |de |onze )(\w+ ){0,2}(\d[a-z]{1,2}|[a-z]{1,2}\d[a-z]?|klassen|groepen) (aanpak|hanteer|aanstuur|begeleid|rustig krijg|stil krijg)\b|\bmijn (aanpak|lesgeven|lessen|les|klassenmanagement|didactiek|manier van lesgeven|instructie)\b|\b(klassenobservatie|groepsobservatie|lesobservatie|lesbezoek|collegiale consultatie|groepsdynamiek)\b/;
/**
 * "meekijken bij Jelle" with a question about what he may have or a report on him: an assessment of one pupil (J3).
 * Watching one pupil without either ("loopt vast in de lessen") may still be advice to the teacher, so it is asked.
 */
const WATCHES_ONE = /\b((mee)?(kijken|kijkt|observeren|observeert)|kijkt (\w+ ){0,5}mee) bij (?!(?:de|het|een|mijn|onze|ons|hun|die|deze|alle|mij|me|jou|haar|hem|collega\w*)\b)[a-z]+\b/;
const ASSESSMENT_CUE = /\b(add|adhd|autisme|ass|dyslexie|dyscalculie|hoogbegaafd\w*|diagnose\w*|\w*stoornis\w*|\w*verslag\w*|rapport\w*|rapportage\w*)\b/;
/** A consent form signed for the JOS worker ("het toestemmingsformulier voor de gw'er getekend") is consent to her help (J3). */
const SIGNED_FOR_JOS = re(`\\b(\\w*formulier\\w*|toestemming\\w*|handtekening) (\\w+ ){0,3}(voor|van) (de |het |een )?(${JOS_ROLE}|jos)\\b(?=.*\\b(getekend|ondertekend|tekent|tekende|ondertekent|tekenen|ondertekenen)\\b)|\\b(getekend|ondertekend|tekent|tekende) (\\w+ ){0,3}(formulier\\w*|toestemming\\w*) (\\w+ ){0,2}(voor|van) (de |het |een )?(${JOS_ROLE}|jos)\\b`);
/**
 * "mag ik info over een leerling delen met de jgc?": who, not what for. Without a purpose or a record named, passing on
 * (J7) is a guess next to asking advice (J1), so what the JOS worker is for is asked, before the age (the tree's order).
 */
const BARE_INFO = /\b(info|informatie)\b/;
const SHARE_PURPOSE = /\b(zodat|om (hem|haar|te)|hulp|aanmeld\w*|verwijz\w*|starten|opstarten|oppakken|inzetten|dossier|\w*verslag\w*|gegevens|opp|groeidocument|zorgen|overdragen|overdracht|aan de slag|begeleid\w*|gesprek\w*|test\w*|onderzo\w*|traject|behandel\w*|advies|tips|meedenken)\b/;
/** A talk with the pupil's family, joined or attended: "bij het oudergesprek", "tijdens het huisbezoek", "in het gesprek met moeder". */
const FAMILY_TALK = /\b(bij|in|tijdens|naar) (het |een |de |dat |hun )?(oudergesprek\w*|huisbezoek\w*|driehoeksgesprek\w*|thuisbezoek\w*|gesprek met (\w+ ){0,3}(ouders|moeder|vader|gezin))\b/;
const ONE_PUPIL_WATCHED = /\b(let|letten|kijkt|kijken|focust|focussen|richt|richten) (\w+ ){0,2}(vooral |speciaal |extra |met name |in het bijzonder |vooral ook )(op|naar) (?!(?:de|het|een|mijn|onze|hun|die|deze|alle|hoe|wat|mij|me|zichzelf)\b)[a-z]+\b/;
const OBSERVE = /\b(observeren|observatie|observeert|bekijken)\b|\bnaar (hem|haar|[a-z]+) (\w+ )?kijken\b/;
const CLASS_CONTEXT = re(`\\b(klas|groep|les)\\b|\\b${CLASS_CODE}\\b`);
const INDIVIDUAL = /\b(de leerling|een leerling|hem|haar|\d{1,2})\b/;
/** Where a lesson observation happens, which says nothing about for whom. */
/** The teacher's lesson as the place someone comes to watch ("in mijn les komen kijken", "komt observeren in de klas"). */
const VISITED_LESSON = /(?<=\b(komen|komt|kom) (\w+ ){0,3}(kijken |meekijken |mee kijken |observeren )?)(in|bij|tijdens) (mijn|de|onze) (\w+)?(les|lessen|klas)\b|\b(in|bij|tijdens) (mijn|de|onze) (\w+)?(les|lessen|klas)(?= (\w+ ){0,3}((komen|komt|kom) (\w+ )?)?(kijken|meekijken|mee kijken|observeren)\b)/g;
const LESSON_PLACE = /\b(in|tijdens|bij) (mijn|de|zijn|haar|onze|een) (\w+)?(les|lessen|klas)\b/g;
/** "de paj wil Thijs in de klas observeren", "naar Daan kijken": one pupil, by name, watched in class (not the class itself). */
const PUPIL_IN_CLASS = /\b(wil|wilt|willen|gaat|gaan|komt|komen|mag|kan|moet) (?!(?:de|het|een|mijn|onze|jouw|zijn|haar|hun|die|deze|dat|graag|even|eens|ook|nog|vaker|morgen|straks|binnenkort|daar|hier|er|zelf|wel|niet|alleen|gewoon|volgende|in|bij|tijdens)\b)[a-z]+ (\d{1,2} (jaar )?)?((uit|van) (\w+ ){1,2})?(in de|in zijn|in haar|in mijn|in onze|bij mij in de|tijdens de|tijdens een|tijdens zijn|tijdens haar|tijdens mijn) (\w+)?(klas|les|lessen|groep|gymles|pauze)\b( \w+){0,3} (observeren|bekijken|volgen|testen)\b|\bnaar (?!(?:de|het|een|mijn|onze|hun|die|deze|alle|hoe|wat)\b)[a-z]+ (\w+ )?kijken\b/;
/** The mentor brings a pupil up with the JOS worker ("mag ik Bram bespreken met de jgc"): advice, unless more is said. */
const MENTOR_RAISES = /\b(bespreken|bespreek|voorleggen|inbrengen)\b/;
const ADVICE = /\bmee te denken\b|\b(schuift|schuiven|sluit|sluiten) (\w+ ){0,3}aan\b|\bhoe ik (\w+ ){0,3}(kan |moet |zou )?(reageren|omgaan|omga|handelen|aanpakken|aanpak|reageer)\b|\b(advies|adviseren|adviseert|meedenken|meedenkt|denkt mee|mee denken|tips|sparren|inloopspreekuur|spreekuur van|leerlingbespreking|bespreking|aanschuiven|aansluiten|overleg|overleggen|vragen hoe|handelingsadvies|raad)\b/;

// --- other branches ---------------------------------------------------------------------------------------------
/** Asking the wijkteam to take a family on: to help, register, or contact or visit the family ("zodat zij contact met het gezin opnemen"). */
const WIJK_REFER = /\b(stuur|sturen|doorsturen|doorgestuurd|brengen|verwijs) (\w+ ){0,4}naar (het|de|een) (\w+ )?(wijkteam\w*|gebiedsteam\w*|buurtteam|jeugdteam|sociaal team|cjg)\b|\b(vragen|vraag|vroeg|aankloppen|klop|klopt|aanklop\w*) (\w+ ){0,2}(om|voor) (hulp|steun|ondersteuning|begeleiding|hulpverlening)\b|\b(hulp|steun|ondersteuning|begeleiding) (\w+ ){0,3}(vragen|vraag|aanvragen|zoeken) (voor|bij)\b|\b(hulp|steun|ondersteuning|begeleiding) (vragen|aanvragen|zoeken)\b|\b(klop|klopt|kloppen) (\w+ ){0,4}aan (voor|om)\b|\bzodat (er )?(\w+ ){0,2}hulp (\w+ ){0,4}(komt|kan komen|krijgt|krijgen|kunnen krijgen)\b|\b(of|zodat) (ze|zij|jullie|het team|die) (\w+ )?hulp (\w+ )?(kunnen |kan )?(bieden|geven|inzetten)\b|\b(of|zodat) (het gezin|hij|zij|ze|er|de leerling) (\w+ )?hulp (\w+ )?(krijgen|krijgt|komt|komen)\b|\b(iets|wat) (voor|betekenen)\b|\b(aanmeld\w*|doorverwijzen|verwijzen|doorgeven|inschakelen|overdragen|draag (\w+ ){0,3}over|hulp aanvragen|beschikking|melden bij|helpen|ondersteunen|betekenen|oppakken)\b|\bzodat (ze|zij|die|jullie|het team|het wijkteam|het gebiedsteam) (\w+ ){0,3}(contact (met (het gezin|de ouders|de familie|moeder|vader|hem|haar)|(\w+ ){0,3}(opnemen|zoeken|leggen))|op huisbezoek|een huisbezoek|langs (kunnen|kan) gaan|(het gezin|de ouders|de familie|hem|haar) (\w+ ){0,4}(benaderen|bezoeken))\b|\b(vragen|vraag|vroeg) (\w+ ){0,2}of (ze|zij|jullie|het team) (\w+ ){0,6}(langs (willen |kunnen |kan |wil )?(gaan|komen)|op huisbezoek|contact (\w+ ){0,2}(opnemen|zoeken|leggen))\b|\bom (\w+ ){0,2}contact (\w+ ){0,3}op te nemen met (het gezin|de ouders|de familie)\b|\b(dat|of|zodat) (het )?(wijkteam|gebiedsteam|buurtteam|ze|zij|jullie) (\w+ ){0,6}(gaat|gaan|komt|komen|kan|kunnen|wil|willen) (kijken|langsgaan|langskomen)\b/;
/**
 * Talking with the wijkteam about a pupil who already gets help there, also as the team says it ("die bij ons in zorg is",
 * "hij heeft via ons een hulpverlener"); talking alone does not say that (then ask).
 */
const WIJK_CASE = /\b(waar|met wie|die) (\w+ ){0,3}al (\w+ ){0,2}(mee )?(werkt|werken|bezig is|bezig zijn|contact heeft|contact hebben)\b|\b(bij (hen|hun|ons|het wijkteam|het gebiedsteam) )?in (een )?(traject|begeleiding|behandeling)\b|\b(die|dat) (het gezin|hem|haar|de leerling|het kind)( \w+){0,3} (begeleidt|begeleiden|helpt|helpen|ondersteunt|ondersteunen|behandelt)\b|\b(die|dat) (\w+ ){1,5}(al|reeds|sinds) (\w+ ){0,3}(begeleidt|begeleiden|helpt|helpen|ondersteunt|ondersteunen|behandelt)\b|\b(zij|hij|ze|die) (begeleidt|helpt|ondersteunt|behandelt) [a-z]+ (\d{1,2} )?(al|reeds|sinds)\b|\b(wordt|worden) (\w+ ){0,4}(al|reeds|sinds) (\w+ ){0,4}(begeleid|geholpen|ondersteund|behandeld)\b|\b(die|dat|omdat|sinds|waar) (\w+ ){0,5}(jeugd)?(hulp|begeleiding|behandeling|ondersteuning) (\w+ ){0,2}(krijgt|krijgen|heeft|hebben|ontvangt|kreeg|kregen)\b|\b(heeft|krijgt|kreeg) (\w+ )?via (hen|hun|het wijkteam|het gebiedsteam|daar) (al )?(een )?\w+\b|\b(heeft|krijgt|met) (\w+ ){0,3}(een |al een )?(\w+ )?(begeleider|hulpverlener|behandelaar|gezinscoach|coach) (van|bij|via|vanuit|uit) (het |de |ons |hun |jullie )?(\w+ )?(wijkteam|gebiedsteam|team)\b|\b(begeleiden|begeleidt|helpen|helpt|ondersteunen|ondersteunt|behandelen|behandelt) (\w+ ){0,3}(het (pleeg)?gezin|hem|haar|de leerling|het kind)\b|\b((ik|wij|we) (begeleid|begeleiden|help|helpen|ondersteun|ondersteunen|behandel|behandelen|coach|coachen)|(begeleid|begeleiden|help|helpen|ondersteun|ondersteunen|coach|coachen) (ik|wij|we)) (\w+ ){0,2}(al|reeds|sinds)\b|\b(in|onder) (begeleiding|behandeling)\b|\b(al|reeds) (een )?(\w+ )?(jeugd)?(hulp|begeleider|hulpverlener|behandelaar|begeleiding|traject)\b|\b(krijgt|heeft|ontvangt) (al )?(\w+ )?(jeugd)?hulp\b|\bin behandeling\b|\b(haar|zijn) (contactpersoon|wijkcoach)\b|\b(wijkcoach|wijkteammedewerker|contactpersoon) van (?!(?:het|de|een|ons|hun|jullie|school)\b)[a-z]+\b|\b(hulp|begeleiding|ondersteuning) (van|bij|door|via) (het |de )?(\w+ )?(wijkteam|gebiedsteam)\b|\b(krijgt|heeft|ontvangt) (\w+ ){0,4}(begeleiding|ondersteuning)\b|\b(bij|via) (ons|hen|hun|jullie) (\w+ )?in (zorg|traject)\b|\b(is|zijn|staat|staan) (daar|bij (hen|ons|hun)) (\w+ )?(client|clienten|in zorg|in traject|aangemeld)\b|\b(heeft|krijgt|kreeg) (\w+ ){0,4}(een |al een )?(\w+ )?(begeleider|hulpverlener|behandelaar|coach|paj|jgc) (via|bij|van) (ons|hen|hun)\b/;
/** "Wij begeleiden sinds oktober het gezin van Lotte. Kunt u laten weten hoe het gaat?": the team already helping asks (W1). */
const WIJK_CLIENT_ASKS = /\b(wij|we|zij|ze|jullie|(het |de )?(\w+ )?(wijkteam|gebiedsteam|buurtteam|jeugdteam)( \w+)?) (\w+ ){0,2}(begeleiden|begeleidt|ondersteunen|ondersteunt|helpen|helpt|behandelen|behandelt) (\w+ ){0,3}(het (pleeg)?gezin|de familie|de ouders|hem|haar|de leerling|het kind)\b(?=.*\b(laten weten|vertellen|weten|vraagt|vragen|vroeg|informeren|afstemmen|overleggen)\b)/;
/**
 * The handover to help outside school that takes over ("bij de overdracht naar de wijkteammedewerker"): no school transfer
 * (MW7), and that help is already in the case (W1), as when it asks for the report itself.
 */
const HANDOVER_TO_HELP = /\b(warme )?overdracht\b(?= (\w+ ){0,3}(naar|aan|met) (de |het |een |haar |zijn )?(\w+ )?(wijkteam\w{0,12}|gebiedsteam\w{0,12}|buurtteam|jeugdteam|sociaal team|wijkcoach\w{0,2}|cjg|ggz|jeugdhulp|hulpverlen\w{0,4}|behandelaar)\b)/;
const WIJK_GENERAL = /\b(algemene (vraag|info|informatie)|in het algemeen)\b/;
/** "een algemene vraag over hoe je een jonge mantelzorger ondersteunt": how one helps a kind of pupil, not a referral of one. */
const GENERAL_HOW = /\b(algemene (vraag|info|informatie)|in het algemeen|in algemene zin)\b(?=.*\b(hoe (je|jullie|men|zij|ze)|welke (hulp|steun|ondersteuning|mogelijkheden)|wat (\w+ )?(er|jullie|ze|zij|je|het wijkteam) (\w+ ){0,2}(doen|doet|biedt|bieden|aanbieden|betekenen))\b)/;
const MEETING_CARER = /\bik (\w+ ){0,3}(begeleid|behandel|ondersteun|coach) (hem|haar|het gezin|de leerling|het kind|de familie|zijn gezin|haar gezin)\b|\b(begeleid|behandel|ondersteun|coach) ik (hem|haar|het gezin|de leerling|het kind|de familie|zijn gezin|haar gezin)\b|\b(hem|haar|het gezin|de leerling|het kind|de familie) (al|reeds|nu|sinds \w+) (\w+ )?(begeleidt|begeleiden|behandelt|behandelen|helpt|helpen|ondersteunt|ondersteunen)\b|\b(voert|heeft|houdt|had) (\w+ ){0,4}gesprekken met (hem|haar|de leerling|het kind)\b|\b(sinds|al) (\w+ ){0,3}(wekelijks |elke week |regelmatig )?(gesprekken|begeleiding|behandeling)\b|\b(behandelaar|hulpverlener|therapeut|begeleider|hulpverlening)\b|\b(al|reeds) (in )?(behandeling|hulp|begeleiding)\b|\b(die|dat) (hem|haar|het gezin|de leerling|ze)( \w+){0,8} (behandelt|begeleidt|helpt|ondersteunt)\b|\b(die|dat) \w+ (al|sinds|vanaf|nu) (\w+ ){0,4}(behandelt|begeleidt|helpt|ondersteunt|coacht)\b|\b(behandelt|begeleidt|helpt|ondersteunt) (hem|haar|het gezin|de leerling|het kind|de familie)\b|\b(heeft|krijgt) (een |al een )?(\w+ )?(psycholoog|psychiater|therapeut|orthopedagoog|gezinscoach) (bij|van|via)\b|\b(zijn|haar|hun) (eigen )?(\w+ )?(psycholoog|psychiater|orthopedagoog|gedragswetenschapper|jgc|paj|coach|gezinscoach|casemanager|gezinsvoogd|jeugdbeschermer)\b|\b(psycholoog|psychiater|orthopedagoog|gedragswetenschapper|jgc|paj|coach|gezinscoach|casemanager) van (hem|haar|het gezin)\b/;
/** Someone at the table whose work may be help to this pupil (the SWV's consulent, the municipality, youth care): ask. */
/** A pupil who stays at home instead of going to school: help is often already around, the text rarely says. */
const STUCK_AT_HOME = /\bthuiszit\w*|\b(zit|zitten|zat) (\w+ ){0,4}thuis\b|\bthuis (zit|zitten|zat)\b/;
const MEETING_MAY_HELP = /\b(consulent\w*|swv|samenwerkingsverband|gemeente|gezinscoach|jeugdhulp\w*|jeugdzorg|ggz)\b/;
/** Whether anyone already helps is not known ("ik weet niet of ze al ergens hulp heeft"): ask, never assume. */
const MEETING_UNKNOWN = /\b(weet|weten) (ik |we |wij )?(\w+ )?niet (bij|van|met|door|via) wie\b|\b(weet|weten) (ik |we |wij )?(\w+ )?niet (\w+ )?wie er (\w+ ){0,3}(aanschui\w*|bij zit\w*|bij is|bij zijn|bij komt|bij komen|deelne\w*|aanwezig|aan tafel)\b|\bwie er (\w+ ){0,3}(aanschui\w*|bij zit\w*|bij is|bij zijn|bij komen|deelne\w*|aanwezig|aan tafel) (\w+ )?(weet|weten) (ik|we|wij) (\w+ )?niet\b|\bof (\w+ ){0,4}(hulp|hulpverlening|begeleiding|behandeling|hulpverlener)\w* (\w+ ){0,2}weet (ik|we) (\w+ ){0,3}niet\b|\b(weet|weten) (ik |we |wij )?(\w+ ){0,2}niet (\w+ ){0,2}of (\w+ ){0,4}(hulp|begeleiding|behandeling|hulpverlen\w*|hulpverlener)\b|\b(geen (\w+ )?idee|geen (\w+ )?benul|onduidelijk|onbekend) of (\w+ ){0,4}(hulp|begeleiding|behandeling|hulpverlen\w*)\b|\b(weet|weten) (ik |we |wij )?(\w+ )?niet (\w+ )?of (\w+ ){0,5}(aanschui\w*|aansluit\w*|meedoe\w*|komt|komen|erbij (is|zijn|zit|zitten))\b|\b(weet|weten) (ik |we |wij )?(\w+ ){0,2}niet (\w+ ){0,2}of (die|dat|het|hij|zij|ze|deze|diegene) (\w+ ){0,3}(betrokken|in beeld|actief|loopt|bezig)\b|\b(geen (\w+ )?idee|onduidelijk|onbekend|niet zeker) of (die|dat|het|hij|zij|ze|deze) (\w+ ){0,3}(betrokken|in beeld|actief|loopt|bezig)\b|\bmisschien (is|zijn) er (\w+ ){0,2}(een )?(behandelaar|hulpverlener|hulpverlening|begeleider|begeleiding|therapeut)\w*\b|\b(misschien|mogelijk|eventueel|wellicht|waarschijnlijk) (ook )?(aanschui\w*|aansluit\w*|meedoe\w*|erbij (komt|zit|is))\b|\b(nooit|niet) (\w+ )?(nagevraagd|gecheckt|nagegaan|uitgezocht|geverifieerd)\b/;
/** The meeting is still being set up: planned, organised, its consent to be arranged. */
const MEETING_ORGANISED = /\b(ik|we|wij) (\w+ )?(plan|organiseer|beleg)\b|\b(plannen|inplannen|gepland|ingepland|organiseren|organiseer|georganiseerd|beleggen|belegd|opzetten|bijeenroepen|op touw zetten)\b|\b(zetten|zet|roepen|roep) (\w+ ){1,3}(op|bijeen)\b|\btoestemming (\w+ ){0,7}(regelen|te regelen|geregeld)\b|\b(moet|moeten) (ik|we|wij) (iets|wat) (\w+ )?regelen\b|\bwat (moet|moeten) (ik|we|wij) (\w+ ){0,3}regelen\b|\b(ik|we|wij) (\w+ ){0,2}(wil|willen|wilde|wilden|gaan|ga|zou|zouden) (\w+ ){0,2}(een|het) (mdo|\w*overleg|zat)\b|\b(een|het) (mdo|\w*overleg) (\w+ ){0,3}(houden|aanvragen|inplannen|opstarten|starten)\b|\ber komt (binnenkort |volgende week )?(een|het) (mdo|\w*overleg)\b/;
/** Who joins is listed ("met school, ouders en de leerplichtambtenaar"). */
/** A pupil to be brought into a standing meeting ("we willen Yara bespreken in het ZAT", "ik wil Daan inbrengen in het zorgadviesteam"); who sits there is not said. */
const CASE_BROUGHT_IN = /\b(wil|willen|wilde|gaan|ga|kunnen|kan|mag|mogen|zou|zouden|moet|moeten) (\w+ ){0,5}((bespreken|inbrengen|aanmelden|agenderen) (\w+ ){0,2}(in|bij|voor) (het|de|ons) (zat|mdo|\w*overleg|\w{0,12}team)|(in|bij|voor) (het|de|ons) (zat|mdo|\w*overleg|\w{0,12}team) (\w+ ){0,3}(bespreken|inbrengen|aanmelden|agenderen))\b/;
const MEETING_GUESTS = /\bmet (\w+ ){0,3}\w+,? (\w+ ){0,3}(en|,) (\w+ ){0,3}\w+\b/;
/**
 * Guests named only as a group that is not listed: "met ouders, de zoco en iedereen die betrokken is", "alle betrokkenen",
 * "en wie er verder bij hoort". Whether a carer of the pupil is among them is then not said.
 */
const OPEN_GUESTS = /\b(iedereen|allen|alle partijen|alle mensen|al die mensen) die (er |nog |verder |ook |bij |allemaal ){0,3}(\w+ ){0,2}(betrokken (is|zijn|was|waren)|mee te maken (heeft|hebben)|omheen (staat|staan)|bij (hoort|horen))\b|\balle (andere |overige )?betrokken\w{0,10}\b|\b(en|of|plus) wie er (nog |verder |ook |allemaal ){1,2}(\w+ ){0,2}(betrokken (is|zijn)|bij (is|zit|hoort|komt)|aanschuift|aansluit)\b|\biedereen (rond|rondom|om) (het gezin|de leerling|haar|hem)( heen)?\b/;
/** A meeting the school sets up, as a noun ("we zetten een overleg op", "aan tafel: …"); "na overleg met" is how a decision came about. */
const MEETING_SET_UP = /(?<!\b(na|in|tijdens|uit|door|zonder) (\w+ )?)\boverleg\b(?! (gehad|geweest|was|had))/;
/** "overleg voor Daan", "een overleg over Sem": a meeting about one pupil. */
const MEETING_ABOUT = /\boverleg (voor|over|rond|rondom|omtrent)\b/;
/** "met ouders, leerplicht en de jgc om tafel": a meeting without the word overleg. */
const AROUND_THE_TABLE = /\b(om|aan) (de )?tafel (zitten|gaan|met|over|rond)\b|\b(met|samen) (\w+ ){1,8}(om|aan) (de )?tafel\b/;
const AT_THE_TABLE = /\b(aan|om) tafel\b|\b(schuift|schuiven) (\w+ ){0,3}aan\b|\baanwezig (zijn|is)\b/;
/** Who may sit at a meeting, per kind: a meeting with three of them (one from outside school) is a multidisciplinary one. */
const MEETING_SIDES: readonly (WordParty | RegExp)[] = [
  /\b(school|mentor|mentrix|zorgcoordinator|teamleider|afdelingsleider|ik|ikzelf|wij|we)\b/,
  re(`\\b${PARENT}\\b`),
  'MW2',
  'MW3',
  'MW5',
  'MW6',
  'MW10',
  /\b(consulent\w*|swv|samenwerkingsverband|gemeente|jeugdzorg|ggz)\b/,
];
const MEETING_NO_CARER = /\b(niemand|geen van (hen|hun|allen|beiden|die|de deelnemers)) (\w+ ){0,2}(kent|kennen) (\w+ ){0,4}(vanuit|uit|via|van) (de |een )?(hulp|begeleiding|behandeling|hulpverlening)\b|\b(niemand|geen van (hen|hun|allen|beiden|die)) (\w+ ){0,2}(behandelt|begeleidt|helpt)\b|\bniemand (\w+ ){0,2}die (\w+ ){0,5}(behandelt|begeleidt|helpt|ondersteunt)\b|\b(hulpverlening|hulp|behandeling|begeleiding|hulpverlener) (heeft|krijgt) (hij|ze|zij) (nog )?(niet|geen)\b|\b(geen|zonder) (\w+ )?(hulpverleners?|behandelaars?|hulpverlening)\b|\b(krijgt|heeft) (verder |ook |nu )?(nog )?geen (jeugd)?hulp\b|\b(nog )?niemand (van (de )?(hulp|hulpverlening|jeugdhulp|zorg) )?(\w+ )?(betrokken|in beeld|ingezet)\b|\bgeen (jeugd)?hulp krijgt\b|\balleen (school|mensen van school)\b|\b(er|het gezin|hij|ze|zij) (is|zit|loopt|heeft) (er )?(nog )?(geen|niks|niets) (\w+ )?(aan )?(jeugd)?(hulp|hulpverlening|begeleiding|behandeling)\b|\b(jeugd)?(hulp|hulpverlening|begeleiding|behandeling) (is|zit|loopt) er (\w+ ){0,3}(niet|geen)\b/;
const SENSITIVE = /\bwat er (\w+ ){0,3}thuis (\w+ )?(speelt|aan de hand is|gebeurt)\b|\b(diagnose\w*|medisch\w*|psychisch\w*|psychiatrisch\w*|gezondheid|ziektebeeld|thuissituatie|gevoelige|depressie\w*|depressief|adhd|autisme|\w*stoornis\w*|medicatie)\b|\bwat (hij|ze|zij) heeft\b|\b(\w+ziekte|ziekte van \w+|welke ziekte|chronisch\w*|aandoening\w*|epilepsie|diabetes|migraine|astma|crohn|reuma|kanker|mankeert|mankeren)\b|\bwat (\w+ ){1,2}(precies|eigenlijk|nou|nu) (heeft|mankeert)\b/;
const TRUANCY = /\b(verzuim\w*|spijbel\w*|absent\w*|afwezig\w*|te laat|inseinen|melden|melding|thuiszit\w*|ongeoorloofd|luxeverzuim|vakantie|niet op school|verlof)\b/;
/** Absence in any words ("komt al 6 weken niet naar mijn lessen", "mist veel uren"), or what the school did about it for the leerplicht inquiry. */
const ABSENCE_DESCRIBED = /\bniet (meer )?(naar|in|op) (de |mijn |zijn |haar |onze )?(les|lessen|school|klas|uren) (komt|kwam|komen|kwamen|verschijnt)\b|\b(komt|kwam|komen|kwamen|gaat|ging|verschijnt|verscheen) (\w+ ){0,4}niet (meer )?(naar|in|op|bij) (de |mijn |zijn |haar |onze )?(les|lessen|school|klas|uren)\b|\b(mist|miste|missen|skipt|overslaat|slaat) (\w+ ){0,3}(les|lessen|uren|lesuren)\b|\b(voor )?(haar|zijn|het) (verzuim)?onderzoek\b|\bwat (wij|we|school|de school) (\w+ ){0,3}(gedaan|ondernomen|geprobeerd) (hebben|heeft)\b|\bwat (wij|we|school|de school) (\w+ ){0,3}(hebben|heeft) (\w+ ){0,2}(gedaan|ondernomen|geprobeerd|ingezet)\b|\b(welke|wat voor) (stappen|acties|maatregelen) (\w+ ){0,4}(gezet|ondernomen|genomen|gedaan|ingezet)\b|\b(nauwelijks|amper|zelden|bijna niet|haast niet|bijna nooit|haast nooit|maar (een paar|enkele) (dagen|keer|uur|uren)) (meer )?(\w+ ){0,2}(op|in|naar) (de |het )?(school|les|lessen|klas)\b/;
/** Words that name attendance itself, not only a report ("melden"). */
const ATTENDANCE = /\b(weg|afwezig|thuis) zonder (geldige |goede )?(reden|afmelding|bericht)\b|\b\d+ (les)?(uur|uren|lesuren|dagen) (\w+ ){0,2}in (\d+|een|twee|drie|vier) (weken|week|maand|maanden)\b|\b(verzuim\w*|spijbel\w*|absent\w*|afwezig\w*|te laat|thuiszit\w*|ongeoorloofd|luxeverzuim|vakantie|niet op school|verlof|lesuren|uren gemist|gemist)\b/;
/** What leerplicht does not need for its task: the family's background, a divorce, money (R13b, R14). */
const BEYOND_ATTENDANCE = /\b(verslag\w*|gesprekken|rapportage\w*) (\w+ ){0,4}(jgc|paj|coach|gedragswetenschapper|psycholoog|hulpverlener|josmedewerker|orthopedagoog|behandelaar|wijkteam)\b|\b(medicijn\w*|pillen|achtergrond\w*|gezin\w*|gescheiden|scheiding|geld(?!ig)\w*|schulden|financi\w*|relatie\w*|prive)\b/;
/** BSN or PGN never go to the GGD (R14b); asked with a class list, the list is still given without them. */
const NATIONAL_NUMBER = /\b(bsn\w*|burgerservicenummer\w*|pgn|persoonsgebonden nummer\w*|onderwijsnummer\w*)\b/;
const GGD_QUESTIONNAIRE = /\b(vragenlijst\w*|signaleringslijst\w*|invullen|in (wil |wilt |kan |kunt |moet |zou |mag )?(te )?vullen|ingevuld|formulier(?! (\w+ )?(tekenen|ondertekenen|laten tekenen)))\b/;
const DOCTOR_REPORTS = /\bwat (haar|zijn|het|de) (advies|conclusie|uitkomst|bevinding\w*|oordeel) (was|is)\b|\b(horen|weten|vragen) (\w+ ){0,2}(advies|conclusie)\b|\b(uitkomst|uitslag|bevindingen|conclusie)\b|\bwat (er |daar )?uit (\w+ ){1,5}(kwam|komt|gekomen|kwamen)\b|\b(daar|er)? ?(uitkwam|uitgekomen|uitkomt)\b|\b(wil|willen|wilt) (\w+ ){0,2}weten wat\b|\bwat (er )?(daar)?uit (kwam|komt|gekomen)\b|\bwat (er|daar)uit (kwam|komt|gekomen)\b|\b(bellen|mailen) en (het |dat )?(vragen|navragen)\b|\bjeugdarts (\w+ ){0,3}(vertellen|vertelt|laten weten|terugkoppel\w*|informeren|informeert|koppelt)\b|\b(van|bij) de jeugdarts (\w+ ){0,2}(horen|weten|info|informatie)\b|\bwat (er )?(\w+ ){0,3}(met|aan) (\w+ ){1,3}(is|aan de hand|speelt|scheelt|mankeert|loos is)\b|\b(vragen|horen|weten|navragen) (\w+ ){0,2}waarom (\w+ ){1,4}(ziek|thuis|afwezig)\w*\b|\b(navragen|nagaan|vragen|informeren) bij de jeugdarts\b|\bjeugdarts (\w+ ){0,2}(vragen|navragen|nagaan) (wat|hoe|of)\b|\bjeugdarts (\w+ ){0,2}(navragen|nagaan)\b/;
const CLASS_LIST = /\b(klassenlijst\w*|leerlingenlijst\w*|namenlijst\w*|klaslijst\w*|geboortedat\w*|geb (data|datum))\b|\blijst\w*( \w+){0,3} (met|van) (\w+ ){0,2}(namen|naam|leerlingen|klassen|klas)\b|\b(namen|naam) ([\w+]+ ){0,4}(van|uit) (de |alle )?(klas\w*|leerjaar|\w{0,10}klassers)\b|\bper klas (een )?(lijst\w*|overzicht\w*|excel\w*)\b/;
const SICK_OR_ABSENT = /\b(ziek\w*|ziekteverzuim|mazl|verzuim\w*|afwezig\w*|absent\w*|thuiszit\w*|mist|gemist|niet op school)\b/;
const SICK_ABSENCE = /\b(ziek\w*|ziekteverzuim|mazl|inschakelen|aanmelden|doorverwijzen)\b/;
const WARM_HANDOVER = /\bhoe het thuis\b|\bthuis (gaat|speelt|loopt)\b|\bover (de situatie )?thuis\b|\bsituatie thuis\b|\b(faalangst\w*|angst\w*|onzeker\w*|gepest|pesten|somber\w*|stress|zorgleerling)\b|\b\w*gesprek (met|over)\b|\b(warme overdracht|extra (info|informatie)|gesprek met|bellen met|thuissituatie|zorgen|hulpverlening|vertellen over|mondeling|bellen|bel|spreken|praten|overleggen)\b|\bnaast (het|de) (okr|overstapdossier|dossier)\b|\b(vertellen|vertel|noemen) dat\b|\bwat (\w+ ){0,3}werkte\b/;
/** Before the pupil has applied or enrolled there: not to be exchanged yet, whatever the file ("nog niet aangemeld", "twijfelen tussen twee scholen"). */
const NOT_YET_ENROLLED = /\b(nog )?(niet|geen) (\w+ ){0,3}(aangemeld|ingeschreven|inschrijving|aanmelding|toegelaten|plaatsing)\b|\b(voor|voordat|voor dat|zodra|voorafgaand aan) (\w+ ){0,4}(aanmeld\w*|inschrij\w*|ingeschreven|aangemeld|toegelaten)\b|\btwijfel\w* (\w+ ){0,4}(tussen|over) (\w+ ){0,2}scholen\b|\b(nog aan het |nog )(kiezen|orienteren|twijfelen)\b|\b(open dag|kijkt nog rond|scholen bekijken)\b/;
/** "wat mag ik (allemaal) (aan die school) doorgeven", not followed by what it is about ("vertellen over haar faalangst"). */
const OPEN_TRANSFER = /\bwat (mag|mogen|kan|kunnen) (ik|we|wij) ((\w+ ){0,7})(vertellen|doorgeven|meegeven|sturen|geven|delen|zeggen)\b(?! over\b)/;
/** The language the parents speak ("ouders spreken geen Nederlands", "via een tolk") is no talk with the new school. */
const HOME_LANGUAGE = /\b(spreken|spreekt|praten|praat|verstaan|verstaat) (\w+ ){0,2}\w{0,12}(nederlands|engels|arabisch|turks|pools|tigrinya|tigrinia|oekraiens|russisch|frans|duits|spaans|somalisch|dari|farsi|koerdisch|taal)\b|\b((spreken|spreekt|praten|praat) (\w+ ){0,3})?(via|met) (een |de )?tolk\b/;
const FILE_HANDOVER = /\b(overstapdossier|dossier|rapport|okr|overdrachtsdossier)\b/;
/** Custody the writer does not know ("geen idee hoe het met het gezag zit"): unknown, never assumed. */
const CUSTODY_UNKNOWN = /\b(geen idee|weet (ik |hij |ze |zij |niemand )?(\w+ ){0,2}niet|onduidelijk|onbekend|niet (zeker|duidelijk|bekend)|vraag me af|twijfel)( \w+){0,6} gezag\b|\bgezag( \w+){0,4} (onduidelijk|onbekend|niet duidelijk|weet ik niet|geen idee|niet bekend)\b/;
const STEP_PARENT = /\b(stiefvader|stiefmoeder|stiefouders?|stiefpa|stiefma)\b/;
const NO_CUSTODY = /\b(geen|zonder|niet (het )?) ?((ouderlijk|juridisch|wettelijk) )?gezag\b|\bgezag (kwijt|verloren|ontnomen)\b|\b(heeft|hebben) (het )?gezag niet\b|\b(niets|niks) met (het )?gezag te maken\b/;
/** A parent's partner: a step-parent, or the (new) partner or friend of the mother or father. */
const PARENTS_PARTNER = '(?:stiefvader|stiefmoeder|stiefouders?|stiefpa|stiefma|(?:nieuwe )?(?:vriend|vriendin|partner) van (?:zijn |haar |de )?(?:moeder|vader)|(?:moeders|vaders) (?:nieuwe )?(?:vriend|vriendin|partner))';
/** The partner is the one who asks or comes for the pupil's matters. */
const PARTNER_ASKS = re(`\\b${PARENTS_PARTNER}( \\w+){0,8} (belt|belde|wil|wilt|vraagt|vroeg|mailt|mailde|appt|appte|staat|stond|komt|kwam|eist|eiste)\\b|\\b(belt|belde|mailt|mailde|vraagt|vroeg) (\\w+ ){0,2}${PARENTS_PARTNER}\\b`);
/** The partner is said to have custody ("stiefvader heeft samen met moeder het gezag"). */
const PARTNER_HAS_CUSTODY = re(`\\b${PARENTS_PARTNER}( \\w+){0,6} (heeft|hebben) (\\w+ ){0,4}gezag\\b(?<!\\b(geen|zonder) (\\w+ )?gezag)|\\bgezag (\\w+ ){0,3}(ook )?(bij )?(de |zijn |haar )?${PARENTS_PARTNER}\\b`);
/** Custody said to lie with the parents themselves ("dat hebben moeder en de biologische vader", "het gezag ligt bij vader en moeder"). */
const CUSTODY_WITH_PARENTS = /\b(dat|het gezag|gezag) (hebben|heeft|ligt|liggen|berust|zit) (\w+ ){0,2}(alleen |enkel |nog )?(bij )?(zijn |haar |de )?(biologische |eigen )?(moeder|vader|ouders)\b|\b(biologische |eigen )?(moeder|vader|ouders) (en (de |zijn |haar )?(biologische |eigen )?(moeder|vader) )?(hebben|heeft) (samen |allebei |beiden )?(het )?gezag\b/;
/** A parent of the child said to be without custody ("vader van Tim (14) heeft geen gezag"): then the no-custody is theirs, R16b. */
const PARENT_SAID_WITHOUT_CUSTODY = /\b(?<!stief)(vader|moeder|ouders?)( van \w+( \d{1,2})?)? ((heeft|hebben) geen|zonder) ((ouderlijk|juridisch) )?gezag\b/;
const SCHOOL_MATTERS = /\b(cijfer\w*|onvoldoende\w*|achterstand\w*|prestaties|overgang\w*|blijft zitten|zittenblijven|verzuim\w*|absent\w*|gedrag|rapport\w*|voortgang|resultaten|huiswerk|te laat|spijbel\w*|gespijbeld|uit de les|uitgestuurd|eruit gestuurd|gemist|lessen|toets\w*|proefwerk\w*|cijferlijst\w*|schoolzaken|hoe het gaat)\b|\b(brutaal|brutale|grote mond|verstoort|verstoren|stoort (de|het|in)|luistert (\w+ )?niet|(sport|gym)(kleren|spullen|tas)|houding in de (les|klas)|inzet|gedraagt|misdraagt|op (zijn|haar) (telefoon|mobiel) (zit|zat)|(werk|opdrachten|huiswerk) niet (maakt|af)|(houdt|hield) (zich )?(\w+ )?niet aan (de )?(afspraken|regels)|niet aan (de )?(afspraken|regels) (houdt|hield))\b|\b(niet|nooit|weigert|weigerde) (\w+ ){0,3}(meedoet|meedoen|meewerkt|meewerken|mee te doen|mee te werken)\b/;
const CARE_OR_HEALTH = /\b(hulp|jgc|paj|gedragswetenschapper|josmedewerker|orthopedagoog|coach|behandel\w*|gezondheid|medisch\w*|diagnose\w*|psycholoog|depressie\w*|therapie|gesprekken|zwanger\w*|anticonceptie|\w*medicatie|\w*medicijn\w*|pil|pillen|antidepressiv\w*|ritalin|concerta|slaapmiddel\w*)\b/;

/** A second-year class is 13 and 14, 15 when held back once: all 12 to 15 (one pupil's age is still asked). */
const SECOND_YEAR = /\b((2e|tweede) klas|klas 2[a-h]?|2 (havo|vwo|vmbo|mavo|kader|basis|tl|gt|atheneum|gymnasium)|2(havo|vwo|vmbo|mavo|[a-h]))\b/;
const FIRST_YEAR = /\b(brugklas\w*|brugpieper\w*|eerstejaars|(1e|eerste) klas|klas 1|1 (havo|vwo|vmbo|mavo|kader|basis|tl|gt|atheneum|gymnasium))\b/;

// --- doubts that lead to the FG ---------------------------------------------------------------------------------
/** Signs that contact with the parent without custody may harm the child: then R16b's doubt is asked, not assumed away. */
/** How a child's distress is described: "overstuur", "van streek", "in paniek", "nachtmerries". */
const DISTRESS = '(van slag|van streek|overstuur|in paniek|paniek\\w*|angstig|bang|onrustig|ontregeld|nachtmerries?|kapot|in tranen|in de war|uit balans)';
/** Contact with the parent in any form: a visit, a weekend, a call, that parent coming up. */
const CONTACT = '(contact\\w*|omgang\\w*|bezoek\\w*|weekend\\w*|ontmoeting\\w*|telefoontje\\w*|belletje\\w*|appje\\w*)';
const CONTACT_CONFLICT = re(
  [
    `\\b(van slag|omgang\\w* (\\w+ ){0,5}(zaak|procedure|geding|ligt stil|stopgezet|geschorst|opgeschort|verboden)|omgangszaak|omgangsprocedure|\\w*rechter|rechtszaak|rechtbank|contactverbod|straatverbod|gebiedsverbod|tegen ons|tegen (haar|hem) (gebruik\\w*)|bang voor (hem|haar|vader|moeder))\\b`,
    // a court case about contact, in any word order: "er loopt een zaak over de omgang", "een kort geding over het contact"
    `\\b(zaak|procedure|rechtszaak|kort geding|geding|zitting) (\\w+ ){0,3}(over|om|rond|rondom) (de |het )?(omgang\\w*|contact\\w*)\\b`,
    // the child's distress tied to contact: "raakt overstuur van elk contact", "na elk bezoek ontregeld", "in paniek als hij ter sprake komt"
    `\\b${DISTRESS} (\\w+ ){0,4}(van|door|na|bij|rond|voor) ((elk|ieder|het|een|de) )?${CONTACT}\\b|\\b(na|bij|door|van) (elk|ieder|het|een|de) ${CONTACT} (\\w+ ){0,5}${DISTRESS}\\b|\\b${DISTRESS} (\\w+ ){0,4}als (hij|zij|ze|die|vader|moeder|die vader|die moeder) (\\w+ ){0,3}(ter sprake|langskomt|langs komt|belt|appt|komt|contact)\\b`,
    // the child refuses contact: "wil hem nooit meer zien", "wil geen contact meer met haar"
    `\\b(wil|wilt) (hem|haar|vader|moeder|zijn vader|haar vader|zijn moeder|haar moeder) (\\w+ )?(niet|nooit) (meer )?(zien|spreken)\\b|\\b(wil|wilt) (\\w+ ){0,2}geen contact (meer )?met\\b|\\b(weigert|weigerde|vermijdt|ontloopt) (elk |ieder |alle |het )?(contact|omgang|bezoek\\w*)\\b|\\b(wil|wilt) (\\w+ ){0,2}(niks|niets) (meer )?met (hem|haar) te maken\\b`,
  ].join('|'),
);
/** "geen contactverbod of rechtszaak", "er speelt geen omgangszaak": a conflict the writer rules out, right where it is named. */
/** A judge's ruling named as what there is none of: "geen uitspraak van de rechter", "geen rechterlijke beslissing". */
const COURT_RULING = '((rechterlijke )?uitspraak( (van|door) de (kinder)?(rechter|rechtbank))?|rechterlijke (beslissing|uitspraak)|(kinder)?rechter|rechtbank)';
const CONFLICT_WORD = `(contactverbod|straatverbod|gebiedsverbod|omgangszaak|omgangsprocedure|rechtszaak|procedure|zaak|kort geding|${COURT_RULING})`;
const COURT_NOT_INVOLVED = '(aan te pas gekomen|aan te pas|bij (betrokken|geweest)|in beeld|geweest|gekomen|beland)';
const CONFLICT_RULED_OUT = re(
  [
    `\\b(geen|zonder) (sprake van (een )?)?${CONFLICT_WORD}( (of|en|noch) (een |iets )?(${CONFLICT_WORD}|\\w+ ${CONFLICT_WORD}|\\w+))*( (bij|voor|van|via) de (kinder)?(rechter|rechtbank))?\\b`,
    // the judge said to have no part in it: "er is nooit een rechter aan te pas gekomen", "de rechter heeft niets bepaald",
    // "het is nooit bij de rechter geweest", "niks door de rechter vastgelegd"
    `\\b(nooit|geen) (een )?(kinder)?(rechter|rechtbank) (\\w+ ){0,3}${COURT_NOT_INVOLVED}\\b`,
    `\\b(de )?(kinder)?(rechter|rechtbank) (heeft|is) (er |daar |hier )?(nooit|niets|niks|niet|geen) (\\w+ ){0,3}(bepaald|besloten|beslist|uitgesproken|gezegd|opgelegd|geregeld|vastgelegd|${COURT_NOT_INVOLVED})\\b`,
    `\\b(niet|nooit|niets|niks) (\\w+ ){0,2}(bij|via|voor|door) de (kinder)?(rechter|rechtbank) (\\w+ ){0,2}(bepaald|besloten|geregeld|vastgelegd|uitgesproken|opgelegd|${COURT_NOT_INVOLVED})\\b`,
  ].join('|'),
);
/**
 * A court or protection measure that limits this parent's contact with the child, in any words and tense: "de rechter heeft
 * het contact stopgezet", "er loopt een contactverbod", "omgang is beperkt / onder toezicht", "begeleide omgang",
 * "straatverbod", "ondertoezichtstelling". The child's interest is then in doubt (R16b → V-FG), never assumed away.
 */
const CONTACT_WORD = '(omgang\\w*|contact\\w*|bezoek\\w*)';
const LIMITED = '(stopgezet|stop gezet|gestopt|geschorst|opgeschort|beperkt|ingeperkt|verboden|verbiedt|verbood|stilgelegd|ligt stil|lag stil|onder toezicht|begeleid|afgenomen|ontzegd|bevroren|ingetrokken)';
const COURT_RESTRICTION = re(
  [
    `\\b(contactverbod|straatverbod|gebiedsverbod|huisverbod|omgangsverbod|contact ?verbod|ondertoezichtstelling|ondertoezicht gesteld|onder toezicht gesteld|staat onder toezicht|ots|begeleiden? omgang\\w*|omgang\\w* onder toezicht|beschermingsmaatregel)\\b`,
    `\\b(kinder)?(rechter|rechtbank) (\\w+ ){0,6}(bepaald|besloten|beslist|uitgesproken|opgelegd) dat (\\w+ ){0,6}(zien|spreken|contact|omgang|begeleiding|toezicht)\\b|\\bonder (begeleiding|toezicht) (\\w+ ){0,2}(mag|mogen|zien|spreken)\\b|\\b(ziet|zien|zag|spreekt|spreken|sprak) (\\w+ ){0,3}(alleen |enkel |nog )?onder (toezicht|begeleiding)\\b`,
    `\\b${CONTACT_WORD} (\\w+ ){0,6}${LIMITED}\\b`,
    // contact only through others, or a ban in plain words: "contactregeling via Jeugdbescherming", "alleen in het bijzijn
    // van een hulpverlener", "mag hem niet zien", "mag niet in de buurt van de school komen", "volgens een beschikking"
    `\\b${CONTACT_WORD} (\\w+ ){0,3}(via|door|onder|bij) (de |het |een )?(jeugdbescherming|gi|gezinsvoogd|voogd|raad|hulpverlen\\w*|omgangshuis)\\b|\\b(in (het )?bijzijn van|onder begeleiding van|onder toezicht van)\\b|\\bomgangshuis\\b|\\bbeschikking\\w*\\b`,
    `\\b(mag|mogen) ((hij|zij|ze|vader|moeder) )?(?!(?:de|het|die|dat|zijn|haar) (?:cijfers|rapport\\w*|info\\w*|gegevens|foto\\w*|dossier|verslag\\w*)\\b)(haar|hem|het kind|de kinderen|(zijn|haar) (dochter|zoon|kind|kinderen)|[a-z]+) (van (de )?(rechter|rechtbank|jeugdbescherming) )?(niet|nooit) (meer )?(zien|spreken|opzoeken|benaderen|ophalen|bellen|contacteren|bezoeken)\\b|\\b(mag|mogen) (\\w+ ){0,2}(niet|nooit) (meer )?(in de buurt|bij (de |het )?(school|huis|woning)|naar (de |het )?(school|huis))\\b`,
    `\\b${LIMITED} (\\w+ ){0,2}(het |de )?${CONTACT_WORD}\\b`,
    `\\b(kinder)?(rechter|rechtbank) (\\w+ ){0,4}(het |de )?${CONTACT_WORD}\\b|\\b${CONTACT_WORD} (\\w+ ){0,5}(door|bij) de (kinder)?(rechter|rechtbank)\\b`,
  ].join('|'),
);
/** The judge named as where custody came from ("geen gezag van de rechter"), not as a dispute about contact. */
const CUSTODY_BY_JUDGE = /\bgezag( (?!omgang|contact|zaak|procedure|geding)\w+){0,6} (rechter|rechtbank)\b|\b(rechter|rechtbank)( (?!omgang|contact)\w+){0,5} gezag\b/;
/** A pupil whose capacity to decide is in question: ask it (R26) rather than let a 16- or 17-year-old sign alone. */
const CAPACITY_SIGN = /\b(begrijpt|snapt|denkt|redeneert|reageert|praat|functioneert) (\w+ ){0,3}(als|zoals|op het niveau van) (een )?(kind|kleuter|basisschoolkind|\d{1,2} ?jarige)\b|\b(verstandelijke|mentale|emotionele) (leeftijd|niveau) (van|rond|onder)\b|\b(tekent|ondertekent) (\w+ )?(alles|overal|elk papier|elk formulier)\b|\bzegt (overal|op alles) ja\b|\b(lvb|verstandelijk\w* beperk\w*|licht verstandelijk\w*|iq (van |rond |onder )?(de )?\d{2}|niveau van een kind|zegt ja op alles|zegt (op )?(\w+ )?alles ja|ja op alles|overziet (het )?niet)\b/;
/**
 * Doubt whether telling a parent without custody serves the child: said outright, a danger the other parent names, or
 * that the information would be used against that parent or in the court case, or upsets the child ("er kapot van").
 */
const INTEREST_DOUBT = /\btwijfel\w* (\w+ ){0,5}(belang|goed (is |zou zijn |)voor)\b|\b(slecht|schadelijk|niet goed) (\w+ )?(is |zou zijn |)voor (het kind|haar|hem|de leerling)\b|\b(slecht|schadelijk|niet goed) (\w+ )?(is |zou zijn |)voor \w+ als\b|\bik twijfel (echt|erg|enorm|sterk|heel erg)\b|\b(niet )?in (haar|zijn|het) belang\b|\btegen (haar|zijn|het) belang\b|\b(mag|mogen) (\w+ ){0,2}niet weten (waar|op welke|welke school|waar (ze|hij|zij) woont)\b|\bgeheim (\w+ ){0,2}(adres|verblijfplaats)\b|\b(zegt|zeggen|zei|vindt|vinden|noemt|volgens)( \w+){0,3} (dat )?(hij|zij|ze|hem|haar|vader|moeder|die) (\w+ ){0,4}(onveilig|gevaarlijk|een gevaar|onder druk|manipul\w*|bedreig\w*|chanteer\w*|chantage|intimide\w*|agressief|bang (maakt|maken|maakte)|angst (aanjaagt|aanjaagde))\b|\b(gebruik\w*|misbruik\w*|inzet\w*) (\w+ ){0,8}(tegen (haar|hem|mij|ons|moeder|vader|de moeder|de vader|de kinderen|het kind)|in (een |de |die )?(lopende )?(rechtszaak|procedure|rechtbankzaak|zaak))\b|\btegen (haar|hem|mij|ons|moeder|vader|de moeder|de vader|de kinderen) (\w+ ){0,2}(te )?(gebruiken|inzetten)\b|\bals munitie\b|\btegen (haar|hem|mij|ons|moeder|vader|de moeder|de vader|de andere ouder) (op te zetten|opzet\w*|opgezet|op te stoken|opstook\w*|opgestookt)\b|\b(kapot|overstuur|van slag|ontdaan|ontredderd) (\w+ )?(van|door)\b/;
/** The writer rules the doubt out: "geen enkele reden om te denken dat hij niet overziet", "ik twijfel er niet aan dat". */
const CAPACITY_DOUBT_DENIED = /\b((geen|geen enkele|niet de minste) (\w+ )?(reden|aanleiding|aanwijzing\w*|signalen|twijfel\w*)|niets wijst erop|twijfel (er )?niet)( (?!maar\b)\w+){0,7} (overziet|overzien|begrijpt|snapt|beseft|bevat|wilsbekwaam\w*)\b/;
const CAPACITY_DOUBT = /\b(snapt|begrijpt|overziet|beseft|bevat) (volgens (mij|ons|de \w+|haar \w+|zijn \w+) |denk ik |lijkt me |geloof ik |naar mijn idee |vermoed ik )?(echt |totaal |helemaal |gewoon |eigenlijk |absoluut )?(niet|niks|weinig|nauwelijks) (echt |goed |helemaal |zo goed |precies |zo )?(waar|wat)\b|\b(niet|nauwelijks) (echt |goed |helemaal |zo goed |precies )?(begrijpt|snapt|overziet|beseft|bevat) (waar|wat)\b|\bof (hij|ze|zij) (het |dat |dit |er )?(\w+ ){0,3}(snapt|begrijpt|overziet|beseft) (\w+ ){0,4}(betwijfel|twijfel) ik\b|\b(snapt|begrijpt|overziet|beseft|bevat) (hij|ze|zij) (het |er |dat |dit )?(\w+ )?(niet|niks|weinig|nauwelijks)\b|\b(hij|ze|zij) (snapt|begrijpt|overziet|beseft|bevat) (het |er |dat |dit )?(\w+ )?(niet|niks|weinig|nauwelijks)\b|\b(wilsbekwaam\w*|wilsonbekwaam\w*)\b|\b(denk|geloof|verwacht) (\w+ ){0,2}niet dat (hij|ze|zij|die|[a-z]+) (\w+ ){0,2}(snapt|begrijpt|overziet|beseft|bevat|kan overzien)\b|\b((be)?twijfel\w*|weet (\w+ ){0,2}niet|vraag me af) (\w+ ){0,3}of (\w+ ){0,8}(snapt|begrijpt|overziet|overzien|beseft|kan beslissen|weet waar)\b|\b(niet|nauwelijks) (kan |goed )?(overzien|overziet|begrijpt|snapt) (waar(voor| hij| ze| zij| het| iets| dit| dat)|wat (dat|dit|het|iets) (betekent|inhoudt))\b|\b(niet|nauwelijks|slecht) (\w+ ){0,2}te (overzien|begrijpen|snappen|bevatten) (waar(voor| hij| ze| zij| het| mee)?|wat)\b/;
/** Next to a sign that capacity is limited, the writer asks whether the pupil may decide alone: that is the doubt (R26). */
const DECIDES_ALONE = /\bof (alleen|enkel|zelf) (hij|ze|zij)\b|\b(hij|ze|zij) (alleen|zelf)\?? ?$|\b(kan|mag|mogen|moet) (hij|ze|zij) (dit |dat |het )?(wel |echt |toch |gewoon )?zelf (beslissen|bepalen|kiezen|tekenen|toestemming geven|ondertekenen)\b|\b(tekent|beslist|kiest|bepaalt|ondertekent) (hij|ze|zij) (\w+ )?zelf\b|\b(volstaat|voldoet|is) (zijn|haar) (eigen )?(handtekening|toestemming)\b|\b(zijn|haar) (eigen )?(handtekening|toestemming) (\w+ )?(genoeg|voldoende)\b|\b(genoeg|voldoende) (als|dat) (\w+ )?zelf (\w+ ){0,2}(toestemming geeft|tekent|ja zegt|instemt)\b|\b(kan|mag|mogen|moet) (?!(ik|we|wij|jij|u)\b)(\w+ ){1,3}(toch |wel |gewoon )zelf (beslissen|bepalen|kiezen|tekenen|toestemming geven|ondertekenen)\b/;
/** The help runs on to a later date ("mijn traject met Roos loopt nog tot de zomer"). */
const HELP_RUNS_ON = /\b(begeleiding|hulp|gesprekken|traject|behandeling|coaching|ondersteuning)( \w{1,30}){0,6} (loopt|lopen|duurt|duren) (nog )?(door )?(tot|langer)\b/;
/** The question is about the time after the 18th birthday, whatever the age today. */
const AFTER_18_WORDS = /\b(wordt (\w+ ){0,4}18|18 (wordt|worden)|(in|na|over) (\w+ ){0,2}(is|wordt) (hij|ze|zij) 18)\b(.*)\b(daarna|na die tijd|dan nog|straks nog|na de zomer|na de vakantie|volgend schooljaar|als (hij|ze|zij) 18 is)\b|\bna (zijn|haar|het|\w+) (18e|achttiende)( verjaardag)?\b|\bna (zijn|haar) 18\b|\b(wordt (\w+ ){0,4}18|18 (wordt|worden))\b(.*)\b(tot )?na (zijn|haar|het) (\w+ )?(examen|eindexamen|diploma|zomer\w*|vakantie)\b|\bwordt (\w+ ){0,3}18\b(.*)\bna (zijn|haar) verjaardag\b/;
/** Turning 18 while the help runs on past that date ("loopt nog tot de zomer, ze wordt volgende maand 18"). */
const AFTER_18 = new RegExp(`${AFTER_18_WORDS.source}|^(?=.*\\bwordt (\\w+ ){0,4}18\\b)(?=.*${HELP_RUNS_ON.source})`);
/** Help said to go on ("de jgc wil zijn begeleiding doorzetten / verlengen / doortrekken tot de zomer"): the JOS worker's own help, not a referral. */
const HELP_GOES_ON_WORDS = /\b(begeleiding|hulp|gesprekken|traject|behandeling|coaching|ondersteuning)( \w+){0,4} (doorzetten|voortzetten|doortrekken|verlengen|continueren|laten doorlopen|door laten lopen)\b|\b(doorzetten|voortzetten|doortrekken|verlengen|continueren) (van )?(de |zijn |haar |het )?(begeleiding|hulp|gesprekken|traject|behandeling|coaching|ondersteuning)\b/;
const HELP_GOES_ON = new RegExp(`${HELP_GOES_ON_WORDS.source}|${HELP_RUNS_ON.source}`);
/** A parent's question to know, not to get something done: "ze wil weten of haar zoon nog gesprekken heeft", "vraagt hoe het gaat". */
const PARENT_WANTS_TO_KNOW = /\b(wil|willen|wilt|wilde|wilden) (\w+ ){0,2}weten (of|hoe|wat)\b|\b(vraagt|vroeg|vragen|vroegen) (\w+ ){0,2}hoe het (\w+ ){0,3}(gaat|loopt)\b/;
const HELP_AFTER_18 = /\bdaarna (\w+ ){0,3}(door|verder)\b|\b(door|verder) met (de |het |een |haar |zijn )?(jgc|coach|paj|gedragswetenschapper|josmedewerker|orthopedagoog|psycholoog|hulp|begeleiding|gesprekken|traject|behandeling)\b|\b(wil|willen|wilt) (\w+ ){0,3}door\b|\b(verder|blijven) helpen\b|\b(stopt|eindigt|ophouden|stoppen) (\w+ ){0,2}(jos|hulp|begeleiding|traject) (\w+ )?(bij|na|met) (18|haar 18e?|zijn 18e?)\b|\b(verder|door) met (hem|haar)\b|\bnog (\w+ ){0,2}(oppakken|ondersteunen|begeleiden|helpen|gesprekken)\b|\b(binnen|vanuit|bij) jos\b|\bna (zijn|haar|het) (18e?|achttiende)\b|\bna 18\b|\b(door|verder) (ga|gaat|gaan)\b|\b(doorga|doorgaat|verdergaan|doorlopen|doorgaan|voortzetten|voortgezet|blijven (helpen|begeleiden|komen|gaan))\b|\bnog (\w+ ){0,3}(helpen|begeleiden)\b|\bnog (\w+ ){0,4}doen nu (ze|hij|zij) 18\b|\b(nog|ook) onder (de )?jos\b|\bnog (\w+ ){0,2}hulp\b|\bvia jos\b/;
const REPORTER = /\bmeldingsbevoegd\w*\b/;
/**
 * Connected, said or implied: an appointed reporter for the Verwijsindex exists only where the school is connected, so
 * the writer saying they are the reporter ("ik ben als OC de meldingsbevoegde", "bij ons ben ik meldingsbevoegd") is both.
 */
const CONNECTED = /\baangesloten\b|\baangewezen meldingsbevoegd\w*|\bmeldingsbevoegd\w* (\w+ ){0,2}voor de verwijsindex\b|\b(ik ben|ben ik)( (?!niet\b|geen\b|nog\b)\w+){0,5} meldingsbevoegd\w*|\bmeldingsbevoegd\w* (ben ik|dat ben ik)\b/;
/** Someone else named as the reporter ("zij is bij ons de meldingsbevoegde", "onze zoco is de aangewezen meldingsbevoegde"). */
const OTHER_IS_REPORTER = /\b(zij|ze|hij|die|\w+) is (\w+ ){0,4}de (aangewezen )?meldingsbevoegde\b/;
/** A "not" next to the reporter, or the writer in the text at all: then it is unclear who signals, and another's role decides nothing. */
const NOT_REPORTER = /\b(niet|geen)\b|\b(ik|mij|me|zelf|wij|we)\b/;
/** A role that is often the school's reporter, named for the writer without saying they are: ask, never assume "nee". */
const ASKER_MAY_BE_REPORTER = /\b(als|ik ben( de)?|ben ik( de)?) (?!geen |niet )(\w+ )?(oc|zoco|zorgco\w*|ondersteuningsco\w*|intern begeleider|ib'?er|teamleider)\b|\b(wij|we) (\w+ )?(zorgteam|ondersteuningsteam|zorgcoordinator\w*|zat)\b|\b(ons|het|vanuit het) (zorgteam|ondersteuningsteam) (wil|willen|gaat|overweegt)\b/;
/**
 * The writer, her role unsaid, asks whether she herself should signal the pupil and gives the index's own purpose (several
 * helpers around the pupil who do not know of each other): words of someone who may be the school's reporter, so it is asked.
 * A writer who says she is the mentor is not (R21); "er speelt van alles" alone is no such purpose.
 */
const WRITER_WOULD_SIGNAL = /\b(moet|mag|kan|zal|wil|zou) ik (\w+ ){0,5}(in|bij) de verwijsindex\b|\b(moet|mag|kan|zal|wil|zou) ik (\w+ ){0,5}(signaleren|signaal afgeven|melden) (in|bij) de verwijsindex\b/;
const INDEX_PURPOSE = /\b(niemand|geen van hen|ze|zij|die) (\w+ ){0,2}(weet|weten) (\w+ ){0,2}van elkaar\b|\blangs elkaar heen\b|\b(meerdere|verschillende|diverse|twee|drie|vier|vijf|zes|\d) (hulpverleners|instanties|partijen|organisaties|hulpverlenende instanties)\b/;
const WRITER_IS_MENTOR = /\b(ik ben|ben ik|ben|als) (\w+ ){0,2}(mentor|mentrix|docent|leraar|lerares)\b|\b(mentor|mentrix) (\w+ )?hier\b/;
/** The writer does not know who may report: then they are not the reporter themselves. */
const REPORTER_UNKNOWN = /\b(geen idee|weet (\w+ ){0,2}niet|niet duidelijk|onduidelijk) wie\b/;
/** The writer doubts whether she herself may signal ("ik weet niet of ik daarvoor bevoegd ben", "ben ik wel meldingsbevoegd?"): asked, never assumed "nee". */
const AUTHORITY_UNSURE = /\b(weet|weten) (ik |we )?(\w+ ){0,3}niet (\w+ )?of (ik|we|wij) (\w+ ){0,3}(meldingsbevoegd|bevoegd|gemachtigd)\w{0,3}\b|\b(twijfel|vraag me af|geen idee|onduidelijk|niet zeker)( \w+){0,3} of (ik|we|wij) (\w+ ){0,3}(meldingsbevoegd|bevoegd|gemachtigd)\w{0,3}\b|\b(ben ik|zijn we|zijn wij) (daar |daarvoor |hiervoor )?(\w+ ){0,2}(meldingsbevoegd|bevoegd|gemachtigd)\w{0,3}\b/;
const CONNECTION_UNSURE = /\b(niet|geen idee|weet niet|onduidelijk|twijfel\w*)\b( \w+){0,5} aangesloten\b/;

// --- custody -----------------------------------------------------------------------------------------------------
const JOINT_CUSTODY = /\b(beide|beiden|allebei) met (\w+ )?gezag\b|\b(beide|beiden|allebei) (ouders )?(het )?gezag\b|\b(vader|moeder) heeft ook (\w+ ){0,2}gezag\b|\b(vader|moeder) heeft ((?!geen\b)\w+ ){0,4}(ook|nog|eveneens|tevens) (nog |steeds )?(het )?gezag\b|\b(beide|allebei|beiden|twee) ouders (hebben )?(\w+ ){0,2}gezag\b|\bgezamenlijk gezag\b|\b(hebben|heeft) (allebei|beiden) (\w+ ){0,2}gezag\b|\b(samen|allebei|beiden|gezamenlijk)( (?!geen\b)\w+){0,2} gezag\b|\bgezag( \w+){0,3} (samen|allebei|beiden|gezamenlijk)\b|(?<!\bof )\b(vader|moeder)( die)? (heeft )?(ook|eveneens|tevens) (het )?gezag\b/;
const SOLE_CUSTODY = /\b(zij|hij|die) heeft (alleen|als enige) (het )?gezag\b|\b(alleen|enkel) (de )?(moeder|vader) (heeft )?(het )?gezag\b|\b(moeder|vader) heeft (het )?gezag alleen\b|\b(moeder|vader) (\w+ )?heeft (alleen|als enige) (het )?gezag\b|\beenhoofdig gezag\b|\b(vader|moeder|ouder) die( (?!zegt|zei|beweert|denkt|vindt)\w+){0,4} (als enige|alleen) (het )?gezag (heeft|had)\b|\b(moeder|vader) heeft (het )?enige gezag\b|\b(vader|moeder) (heeft geen|zonder) gezag\b/;
const GUARDIAN = /\b(gezins)?voogd(ij)?\b|\bgezag (\w+ ){0,3}(ligt|berust|is|zit) (\w+ ){0,2}bij (de |het |een )?(jeugdbescherm\w*|gi)\b/;
const PARENTS_DISAGREE = re(
  `\\b${PARENT}( \\w+){0,8} (wil|wilt|willen) (\\w+ ){0,2}niet (meer )?dat (ik|de|hij|zij|ze|we|wij)\\b|\\b${PARENT}( \\w+){0,6} (weigert|weigeren|is tegen|zijn tegen|tekent niet|tekenen niet|geeft geen toestemming|geven geen toestemming|(wil|willen)( absoluut| echt| per se| helemaal)? (niet|geen)|(wil|willen) (het|dat|dit) niet|(wil|willen) (er |daar )?(niks|niets) van (weten|horen)|(moet|moeten) (er |daar )?(niks|niets) (\\w+ )?van hebben|(moet|moeten) (niks|niets) hebben van|(zegt|zeggen|zei)( \\w+)? nee|(nergens|niet|niks|niets) (\\w+ )?(aan )?(mee )?(werkt|werken|meewerkt|meewerken|tekent|tekenen|ondertekent)|(niks|niets|nergens) (mee )?te maken (wil|wilt|willen) hebben)\\b|\\b${PARENT}( \\w+){0,10} dat (hij|zij|ze) (het |dit |dat |er |daar )?((absoluut|echt|per se|helemaal|beslist|zeker|pertinent|gewoon) )?(geen|niet)( \\w+){0,7} (wil|wilt|willen)\\b|\\b${PARENT}( \\w+){0,8} ((reageert|reageren|reageerde) (\\w+ ){0,4}(niet|nooit)|(neemt|nemen|nam) (\\w+ ){0,3}(niet|nooit) op|(is|zijn|was) (niet |on)bereikbaar|(laat|laten|liet) (\\w+ ){0,2}(niks|niets) van zich horen|(geeft|geven|gaf) geen (antwoord|reactie)|(antwoordt|antwoorden) niet)\\b|\\b${PARENT} (zijn het )?(het )?(niet )?(met elkaar )?oneens\\b`
  // "vader wil dat absoluut niet", "moeder wil daar echt niets van weten": a word of emphasis between the verb and the no
  + `|\\b${PARENT} (\\w+ ){0,2}(wil|wilt|willen) (het|dat|dit|er|daar) (absoluut|echt|per se|helemaal|beslist|zeker|pertinent|gewoon|ook) (niet|niets|niks)\\b`
  // one parent yes, the other no: "moeder wil wel, vader niet", "de ene ouder vindt het prima, de andere niet"
  + `|\\b(ene ouder|${PARENT})( \\w+){0,10} (wel|prima|akkoord|goed idee|voor)\\b( \\w+){0,8} (maar |en )?(de andere( ouder)?|vader|moeder) (is |zegt |wil |wilt |juist |helemaal )?(niet|nee|tegen)\\b|\\b${PARENT}( \\w+){0,6} (vindt|vinden) (het|dat) (\\w+ )?niet (goed|oke|ok|prima|nodig)\\b|\\b${PARENT}( \\w+){0,8} (het|dat|dit) (\\w+ )?niet (goed|oke|ok|prima|nodig) (vindt|vinden)\\b|\\bniet met elkaar eens\\b`,
);
/** One parent wants the other parent kept out of it ("wil liever niet dat we vader erbij halen", "wil moeder er liever buiten laten"). */
const OTHER_PARENT_KEPT_OUT = /\b(wil|wilt|willen|heeft|hebben|had) (\w+ )?(liever )?niet dat (ik|we|wij|jullie|de school) (de |haar |zijn )?(vader|moeder|andere ouder|ex) (\w+ ){0,2}(erbij (halen|haal|betrekken|betrek|roepen)|inlichten|inlicht|informeren|informeer|vragen|vraag|bellen|bel|benaderen|benader|betrekken|betrek|mailen|mail|laten tekenen|om toestemming vragen)\b|\b(vader|moeder|andere ouder|ex) (\w+ )?(er |daar )?(liever |het liefst )?(buiten|erbuiten) (\w+ )?(laten|houden)\b/;
/**
 * An aside on divorce or custody right after the parent ("vader (ze zijn gescheiden, hij heeft ook gezag) weigert"): read
 * for custody, and left out where the parent's stance is read, so the stance stays next to the parent it belongs to.
 */
const CUSTODY_ASIDE = re(`(?<=\\b${PARENT}) ((ze|zij|ouders|ze zijn|zijn|is|die is) )?(gescheiden|uit elkaar)( (hij|zij|ze|die) (heeft|hebben) ook (het )?gezag| (ook|allebei|beide|samen) gezag)?\\b|(?<=\\b${PARENT}) (((hij|zij|die) )?heeft )?ook (het )?gezag\\b`);
/** A parent's refusal quoted in her own words: "vader mailt 'daar werk ik niet aan mee'", "moeder zegt: ik teken niet". */
const PARENT_QUOTED_REFUSAL = re(`\\b${PARENT}( \\w+){0,3} (mailt|mailde|zegt|zei|appt|appte|schrijft|schreef|antwoordt|antwoordde|laat weten|liet weten|reageert|reageerde)( met)? (\\w+ ){0,2}((daar|hier|ik) (\\w+ ){0,3}(niet|nooit) (\\w+ )?(aan mee|mee|teken|onderteken|akkoord)|ik (teken|onderteken) (\\w+ ){0,2}(niet|nooit))\\b|\\b${PARENT}( \\w+){0,3} (mailt|mailde|zegt|zei|appt|appte|schrijft|schreef|antwoordt|antwoordde) (\\w+ ){0,2}(geen sprake van|over mijn lijk|ik weiger|no way)\\b`);
/** The pupil wants help without the parents knowing: asking them is not simply possible (R25). */
const KEPT_FROM_PARENTS = re(`\\b${PARENT} (\\w+ ){0,4}(niets?|niks|nooit|geen woord) (\\w+ ){0,2}(mogen|mag|hoeven|hoeft) (te )?(\\w+ )?(weten|horen|achter komen|achterkomen|merken)\\b|\\b${PARENT} (hoeven|hoeft) (\\w+ ){0,3}(niets?|niks|nooit) (\\w+ ){0,2}te (weten|horen|merken)\\b|\\b${PARENT}( die)? (mogen|mag) (\\w+ ){0,3}(niets?|niks|nooit) (\\w+ )?(van )?(weten|horen|achter komen|achterkomen|merken)\\b|\\b${PARENT} (\\w+ )?(erbuiten|er buiten|buiten) (\\w+ ){0,2}(te )?(laten|houden|gelaten|gehouden)\\b|(?<!\\bwel (of|en) )\\b(niet|nooit) (\\w+ ){0,2}(te )?(mogen |mag )?(weten|horen) (van|voor) (de |haar |zijn )?${PARENT}\\b|\\bzonder dat (de |haar |zijn )?${PARENT} (het |dit |er )?(\\w+ )?(weten|weet|hoort|horen|merkt|merken|ziet)\\b|\\b(wil|wilt|absoluut|echt|liever) (\\w+ )?niet dat (de |haar |zijn )?${PARENT}( (of|en) ${PARENT})? (het |dit |er )?(\\w+ )?(weten|weet|hoort|horen|merken)\\b|\\bbuiten (de |haar |zijn )?${PARENT} om\\b|\\bgeheim (\\w+ )?voor (de |haar |zijn )?${PARENT}\\b|(?<!\\bwel (of|en) )\\b(niet|niets|niks) (\\w+ ){0,3}(tegen|aan) (de |haar |zijn )?${PARENT} (\\w+ )?(te )?(zeggen|vertellen|zegt|vertelt)\\b`
  // "zonder dat ze thuis het weten", "thuis mag niemand het weten": home is the parents
  + `|\\bzonder dat (ze |iemand |men )?thuis (iemand |ze )?(het |er |dit )?(\\w+ )?(weet|weten|hoort|horen|merkt|merken)\\b|\\bthuis (mag|mogen|hoeft|hoeven) (niemand|ze|het|er) (\\w+ ){0,3}(weten|horen|merken)\\b`);
/**
 * A stance against the help attributed to one parent, in any words: "vader is er fel op tegen", "moeder heeft bezwaar",
 * "vader ziet het niet zitten", "moeder blokkeert het", "trek ik mijn toestemming in", "wil zijn handtekening intrekken". Plain "tegen" only as a stance ("is er tegen"), never as a
 * preposition ("zei tegen mij").
 */
const PARENT_OBJECTS = re(
  `\\b${PARENT}( \\w+){0,6} ((is|zijn|was|waren|staat|staan|stond)( \\w+){0,3} (er|daar|ertegen|faliekant|fel|pertinent|mordicus|sterk|heel erg|erg)( \\w+){0,2} tegen(?! (mij|me|de|het|hem|haar|ons|zijn|een|jou))|(er|daar) (\\w+ ){0,2}(op )?tegen (is|zijn|was)|ertegen|(heeft|hebben|had|maakt|maken|maakte) (er |daar )?(ook |wel |grote |veel |sterk )?bezwaar(en)?|(weiger|verbied|verbiedt|verbood|blokkeer|blokkeert|blokkeerde|dwarsligt|dwarslag|ligt dwars|houdt (\\w+ )?tegen|tegenhoudt|protesteert|protesteerde)\\w*|(niet|geen) akkoord|(ziet|zien|zag) (\\w+ ){0,7}niet (\\w+ )?zitten|(ziet|zien|zag) (er )?(niks|niets) in|(voelt|voelen|voelde) (er |daar )?(niks|niets) voor|(trek|trekt|trekken|trok|trokken) (\\w+ ){0,3}(toestemming|handtekening) (\\w+ ){0,10}in|(toestemming|handtekening) (\\w+ ){0,8}(ingetrokken|intrekken|intrekt|in te trekken)|(wil|wilt|willen) er niet aan)\\b`,
);
/**
 * The pupil's wish to keep the parents out, in any words: "smeekt me zijn moeder niks te zeggen", "houd mijn ouders
 * erbuiten", "buiten medeweten van vader". Read for custody only: the parents may still be the ones asked about.
 */
const KEPT_OUT_WISH = re(
  `\\b(smeekt|smeekte|vraagt|vroeg|wil|wilt|wilde|hoopt|verzoekt|liefst|liever)( \\w+){0,4} ${PARENT} (\\w+ ){0,3}(niet|niets|niks|nooit|geen woord) (\\w+ ){0,3}(te )?(zeggen|vertellen|inlichten|informeren|betrekken|laten weten|weten|horen|melden)\\b`
  + `|\\b(zonder|buiten) (het )?(medeweten|weten) van (de |haar |zijn |mijn )?${PARENT}\\b|\\b(hou|houd|houdt|houden|laat|laten) (\\w+ ){0,2}${PARENT} (er |daar )?(buiten|erbuiten)\\b`
  + `|\\b${PARENT} (\\w+ ){0,2}(mag|mogen) (\\w+ ){0,3}(er |daar )?(niet bij (betrokken|zijn)|buiten (blijven|gehouden))\\b`,
);
/** Someone with a say does not agree ("de voogd is het er niet mee eens"); the mentor's own opinion does not count. */
const DISAGREES = /\bhet (er |daar )?(absoluut |helemaal |echt |totaal )?niet (mee|over) eens\b|\b(is|zijn) het (er )?niet (mee |over )?eens\b|\b(is|zijn) het (er )?oneens\b/;
const NEVER = /(?!)/;
/** The pupil lives under a guardianship or with foster parents: the voogd decides about help to the pupil. */
const FOSTER_OR_WARDSHIP = /\b(voogdij|pleeg\w*)\b/;
/**
 * The divorce as the cause or the topic of what is told ("dat het thuis onrustig is sinds de scheiding", "de gesprekken gaan
 * over de scheiding van haar ouders"): the news, not a custody question.
 */
const DIVORCE_AS_CAUSE = /\bdat (het|hij|zij|ze) (\w+ ){0,6}(sinds|door|na|vanwege) (de |hun )?(scheiding|vechtscheiding)\b|\b(gaat|ging|gingen|gaan|kwam|kwamen|komt|praten|praatten|spraken|gesprekken) (\w+ ){0,5}over (\w+ ){0,3}de (scheiding|vechtscheiding)\b/;
const DIVORCE = /\b(gescheiden|scheiding|vechtscheiding|scheiden)\b/;
const CUSTODY_TOPIC = /\b(gescheiden|scheiding|vechtscheiding|gezag|voogd\w*|co ouderschap|omgangsregeling|stiefvader|stiefmoeder|pleeg\w*)\b/;

const ASKED_AS_JOS = re(`\\b(mij|me) ${JOS_ROLE}\\b`);
/** A party with its own right asks the JOS worker herself about her work ("de jeugdbeschermer belt mij", "vader zonder gezag vraagt me hoe het gaat"). */
const ASKS_THE_WRITER = /\b(belt|belde|mailt|mailde|appt|appte|vraagt|vroeg|benadert|benaderde) (\w+ ){0,2}(mij|me)\b|\b(heeft|hebben) (mij|me) (\w+ )?(gebeld|gemaild|gevraagd|benaderd)\b/;
/** A kind of JOS work named as such: next to a vague request it says what will happen after all. */
const NAMED_JOS_WORK = /\b(test\w*|onderzo\w*|observ\w*|gesprek\w*|praten|begeleid\w*|behandel\w*|diagnos\w*|intake|screening|dossier|verslag\w*|advies|adviseren|meedenken|terugkoppel\w*|magister|somtoday)\b/;
/** What is done is not said: "iets met de jeugdarts", "ze wil iets gaan doen met Noah". */
const VAGUE_REQUEST = /\biets (met|over|doen met|regelen met|vragen aan) (de|het|een|die)\b|\b(iets|wat) (\w+ ){0,3}(doen|ondernemen|oppakken|betekenen) (met|voor)\b|\b(iets|wat) (met|voor) (\w+ ){1,3}(doen|ondernemen|oppakken|betekenen)\b|\b(wil|gaat|kan) (\w+ ){0,2}iets (mee|mee gaan) doen\b/;
const BRANCH_QUESTIONS = ['Q-JOS', 'Q-WIJKTEAM', 'Q-GGD', 'Q-LEERPLICHT', 'Q-OVERSTAP'] as const;

const CONSENT_CUE = /\b(toestemming|avg|privacy|delen|doorgeven|doorvertellen|vertellen|tekenen|gegevens|persoonsgegevens|informatie|info|bespreken|inlichten|melden)\b/;

/**
 * A danger (abuse) already found and asked is decided (V-ACUUT, V-MELDCODE) when the certainty head, trained on which
 * corpus texts of that kind are decided and which are asked, is confident and the text gives no reason to ask: the
 * writer doubts (acute), the pupil gives another cause or the writer only heard it (abuse). Only ever turns the safety
 * question into its answer "ja".
 */
function decideFoundSafety(text: string, net: SafetyNet, safety: SafetyReading, answers: StableAnswers, ask: Set<StableQuestion>): void {
  const open = [
    // Danger only the net found is asked, not decided, when the pupil gives a cause herself (a scrape "van skaten").
    ['Q-NOOD', 'acute', safety.doubted || (safety.explained && safety.acute === 'none')],
    // Abuse only the net guessed (no cue of it read) is asked, not decided: a dentist's prick "die geen pijn deed".
    ['Q-ZORGEN', 'abuse', safety.explained || safety.hearsay || safety.struggling || safety.handled || safety.abuse === 'none' || safety.abuse === 'unsure'],
  ] as const;
  if (!open.some(([question, , hedged]) => ask.has(question) && !hedged)) return;
  const sure = net.certaintyScores(text);
  for (const [question, kind, hedged] of open)
    if (ask.has(question) && !hedged && sure[kind] >= net.certainty[kind]) {
      ask.delete(question);
      answers[question] = 'ja';
    }
}

/**
 * `cues` are the vocabulary and safety signals of the consent knowledge (KNOWLEDGE_DIR/consent), `screen` the bot's
 * identifying-details screen (name lists of KNOWLEDGE_DIR). `earlier` are the facts of an open conversation: a follow-up
 * like "hij gaat hem testen" names no party, so the branch of the party found earlier is read.
 */
export function extractFacts(text: string, cues: TextCues, screen: Screen, earlier?: Facts): Extraction {
  const { normalized: t, corrected } = readText(text, cues.vocabulary);
  const weak = new Set<StableQuestion>();
  const parties = partyPatterns(cues.vocabulary);
  const answers: StableAnswers = {};
  const ask = new Set<StableQuestion>();

  // Safety first and on its own: a certain cue decides, any other cue makes the bot ask, never assume "nee".
  const safety = readSafety(cues.safety, t);
  for (const [question, level] of [['Q-NOOD', safety.acute], ['Q-ZORGEN', safety.abuse]] as const) {
    if (level === 'certain') answers[question] = 'ja';
    else if (level === 'denied') answers[question] = 'nee';
    else if (level === 'possible') ask.add(question);
  }
  // Worrying words alone: the bot may assume "nee" for a verdict that needs consent, not for a consent-free one.
  const unsure = (['Q-NOOD', 'Q-ZORGEN'] as const).filter((question) => (question === 'Q-NOOD' ? safety.acute : safety.abuse) === 'unsure');

  // A parent who refuses the JOS worker's help is not the one the information goes to: the question is about that help.
  // One parent who agreed but wants the other kept out ("moeder wil liever niet dat we vader erbij halen") refuses nothing:
  // with joint custody both still sign.
  const stance = withoutMatches(t, [OTHER_PARENT_KEPT_OUT, CUSTODY_ASIDE]).replace(/ {2,}/g, ' ');
  const disagree = PARENTS_DISAGREE.test(stance) || PARENT_OBJECTS.test(stance) || PARENT_QUOTED_REFUSAL.test(stance) || notByMentor(stance, DISAGREES);
  // Without any context the recipient is plain; else the help the pupil gets is a likelier recipient than her guardian.
  // A secret kept from the parents names them as the ones not told, never as the recipient.
  const told = withoutMatches(t, [KEPT_FROM_PARENTS, TOLD_BY_SOURCE, CONSENT_OF_PARENTS, WRITER_ROLE, RELATIVE_CARE, PRESCRIBED_BY, HANDOVER_TO_HELP]).replace(SCHOOL_MOVE.test(t) ? NEVER : NEW_MENTOR_HERE, 'collega');
  const without = (pattern: RegExp) => withoutMatches(told, [pattern]);
  // A party named only as context ("staat onder voogdij van Jeugdbescherming") next to the writer's own help is not who is told.
  // The help contacted is neither the school's own staff nor whoever holds custody.
  const notStaffOrGuardian = withoutMatches(told, [partyPattern(parties, 'MW1'), GUARDIANSHIP]);
  const contacted = CONTACTS_THE_HELP.test(t) ? partyOf(notStaffOrGuardian, parties) : undefined;
  const named = contacted ?? partyOf(without(CONTEXT_MENTIONS), parties) ?? partyOf(without(GUARDIANSHIP), parties) ?? (OWN_HELP.test(t) ? undefined : partyOf(told, parties)) ?? tripCompanion(t);
  // Nobody else named and the writer describes her own help to the pupil: the JOS worker's own work.
  // A parent asking the JOS worker who writes for her own work is help to the pupil, not information to the parent;
  // a meeting that proposed a Verwijsindex signal leaves the signal as what is asked.
  const parentAsksJosWork = named === 'MW8' && PARENT_ASKS_JOS_WORK.test(t) && ASKER_IS_JOS.test(t);
  // A mentor asked to a colleague's lesson, or sent a file, is no JOS worker.
  const ownWork = (named === undefined || named === 'MW1') && (ownReportShared(t) || ownWorkOfWriter(t) || OWN_ASSESSMENT_PLANNED.test(t) || ((ASKED_TO_VISIT_LESSON.test(t) || ASKED_TO_LOOK_AT_PUPIL.test(t) || (FILE_SENT_TO_ME.test(t) && INTAKE.test(t))) && !WRITER_IS_MENTOR.test(t)));
  const reread = partnerWithoutCustody(t, named) ? 'MW12' : parentAsksJosWork || ownWork || helperGetsAccess(t, named) ? 'MW2' : named === 'MW4' && REFERRAL_INDEX_SIGNAL.test(t) ? 'MW11' : named;
  // A parent without custody who asks the writer himself has his own right to general information (R16b): the other
  // parent's "no" is about telling him, not a refusal of help.
  const withoutCustody = (PARENT_WITHOUT_CUSTODY.test(t) || NO_CUSTODY.test(t)) && !STEP_PARENT.test(t);
  const askingWithoutCustody = reread === 'MW8' && withoutCustody && ASKS_THE_WRITER.test(t);
  const party = reread === 'MW8' && disagree && !askingWithoutCustody ? refusedHelpParty(told, parties, t) : (reread ?? (OWN_HELP.test(t) ? 'MW2' : undefined));
  // "iemand buiten school" is not a colleague: an unnamed outsider leaves the recipient to be asked.
  if (party && !(party === 'MW1' && UNNAMED_OUTSIDER.test(t)) && !RECIPIENT_UNKNOWN.test(t)) answers['Q-MET-WIE'] = party;
  // The statistical second opinion (safety-model.yaml), where the rules found nothing: a text that reads like the
  // corpus's danger or abuse texts asks first. It only ever adds a question, never an answer. A certain signal of the
  // other kind keeps its route (the meldcode is not delayed by a guess), and so does a question to Veilig Thuis.
  const open = (level: SafetyLevel, other: SafetyLevel) => (level === 'none' || level === 'unsure') && other !== 'certain';
  // Care tasks and tiredness next to an ill carer, and nothing else, is an ordinary worry: no guess of acute danger.
  // So are signs of abuse alone when the writer says nothing concrete happened ("verder niks concreets"), or when they
  // are only what a pupil carries from an old hurt (long sleeves at gym, startling).
  // A stay with family or a friend arranged because the parents are away is no sign for the net to guess at, and a
  // theft or damage that is done (the police ask who is on camera at a stolen scooter) is no danger now.
  const netAcute = open(safety.acute, safety.abuse) && !safety.ordinaryWorry && !safety.arranged && !safety.offence && !safety.handled;
  // So is abuse the writer rules out: the net does not guess it back.
  const netAbuse = open(safety.abuse, safety.acute) && !safety.arranged && !safety.ruledOut;
  if (cues.safetyNet && party !== 'MW9' && (netAcute || netAbuse)) {
    const { thresholds, scores } = cues.safetyNet;
    const score = scores(text);
    if (netAcute && score.acute >= thresholds.acute) ask.add('Q-NOOD');
    if (netAbuse && score.abuse >= thresholds.abuse) ask.add('Q-ZORGEN');
  }
  if (cues.safetyNet) decideFoundSafety(text, cues.safetyNet, safety, answers, ask);
  // Information for Veilig Thuis, asked by it or given to it, is the meldcode route itself: a sign of abuse that is only
  // possible is not asked first (acute danger still is).
  if (party === 'MW9') ask.delete('Q-ZORGEN');
  // The GI receives by its task under a measure (R20): named without a measure, a guardian of this child or a request
  // from it ("jeugdbescherming inschakelen", "de jeugdreclassering bellen"), who it is and why is asked.
  if (party === 'MW10' && !GI_INVOLVED.test(t)) weak.add('Q-MET-WIE');
  // A colleague is who is told only when the text tells her something ("aan de teamleider", "de mentor inlichten"); a
  // colleague who approves, is in cc or passes a request on leaves the recipient a guess, asked before V-GEEN (R09).
  if (party === 'MW1' && !colleagueTold(told, partyPattern(parties, 'MW1')) && !tripCompanion(t)) weak.add('Q-MET-WIE');
  // A party named only by a mistyped word is a guess: shown as one, and asked before a consent-free verdict.
  if (party && party !== 'MW8' && readOnlyFrom(t, partyPattern(parties, party), corrected)) weak.add('Q-MET-WIE');

  const age = extractAgeBand(text);
  if (age) answers['Q-LEEFTIJD'] = age;

  const earlierParty = earlier?.answers['Q-MET-WIE'] as StableAnswers['Q-MET-WIE'];
  Object.assign(answers, branchFacts(t, party ?? earlierParty, age, ask, parties));
  if (parentAsksJosWork) answers['Q-JOS'] = 'J3';
  // Asked to a lesson "vanwege Jayden": watching him or advising the teacher about him is the writer's to say.
  // So is a colleague's "kun je even naar Ilias kijken" without a test or report named: a talk, an observation or advice.
  if (answers['Q-JOS'] === 'J3' && ((ASKED_TO_VISIT_LESSON.test(t) && VISIT_BECAUSE.test(t)) || (ASKED_TO_LOOK_AT_PUPIL.test(t) && !ASSESSMENT_CUE.test(t)))) delete answers['Q-JOS'];
  // A first-year pupil is 11 to 13: the bot asks the age only when that changes the verdict. A whole second-year class
  // watched with notes per pupil (J4) is 12 to 15, assumed on the card.
  const ageRange = age ? undefined : FIRST_YEAR.test(t) ? ['<12', '12-15'] : answers['Q-JOS'] === 'J4' && SECOND_YEAR.test(t) ? ['12-15'] : undefined;
  // "mag ik Bram bespreken met de gw'er" says who, not what for: advice is a guess until a purpose is named.
  if (answers['Q-JOS'] === 'J1' && !ADVICE.test(t) && !ASKER_IS_JOS.test(t)) weak.add('Q-JOS');
  // "aanmelden bij de jeugdarts" without sickness or absence may be another referral than the sick-absence one (R14a).
  if (answers['Q-GGD'] === 'G3' && !SICK_OR_ABSENT.test(t)) weak.add('Q-GGD');
  // The JOS worker joining a talk with the family ("aanschuiven bij het oudergesprek") meets the pupil's family: whether
  // that is advice to the school or the start of help is asked, never assumed consent-free.
  if (answers['Q-JOS'] === 'J1' && FAMILY_TALK.test(t)) weak.add('Q-JOS');
  // Watching the teacher's lesson while keeping an eye on one pupil ("en let vooral op Sem"): advice to the teacher or
  // help to that pupil is asked (R03 holds only without a focus on single pupils).
  if (answers['Q-JOS'] === 'J2' && ONE_PUPIL_WATCHED.test(t)) weak.add('Q-JOS');
  // "melden" alone does not say it is about attendance: a hint for the consent-free verdict, not a statement.
  if (answers['Q-LEERPLICHT'] === 'L1' && !ATTENDANCE.test(t) && !ABSENCE_DESCRIBED.test(t) && !STUCK_AT_HOME.test(t)) weak.add('Q-LEERPLICHT');
  // "iets met de jeugdarts over Mo": what is done was guessed from a detail, not said.
  if (VAGUE_REQUEST.test(t)) for (const question of BRANCH_QUESTIONS) weak.add(question);
  // "de gw'er wil 'iets' met Finn, 'even naar hem kijken'": the writer does not know what the JOS worker will do, and
  // the kind of work decides who consents, so it is asked rather than assumed on the card.
  if (VAGUE_REQUEST.test(t) && answers['Q-JOS'] && !NAMED_JOS_WORK.test(t)) delete answers['Q-JOS'];
  if (answers['Q-JOS'] === 'J7' && BARE_INFO.test(t) && !SHARE_PURPOSE.test(t)) delete answers['Q-JOS'];
  // A JOS worker who asks about someone else ("er is een voogd", "pleegmoeder vroeg mij (jgc)") may be asking about
  // her own work: who receives it is a reading, not a statement.
  // Not so when that party asks her about her own work by its own right, or she is the Verwijsindex reporter herself.
  // Only the GI under a measure (R20) and a parent without custody (R16b) have that right; a parent with custody asking
  // her stays a reading (school matters are the school's to tell), and a step-parent has no such right at all.
  const ownRight = party === 'MW10' || (party === 'MW8' && withoutCustody);
  // Leerplicht that writes to the JOS worker herself is who would receive it, whatever she is allowed to give (R13).
  const askedByRight = ((ownRight || party === 'MW5') && ASKS_THE_WRITER.test(t)) || (party === 'MW11' && REPORTER.test(t) && CONNECTED.test(t));
  if (party && party !== 'MW2' && (ASKER_IS_JOS.test(t) || ASKED_AS_JOS.test(t)) && !askedByRight) weak.add('Q-MET-WIE');

  // Anonymity never overrides a question to Veilig Thuis. Next to a name, a telling detail or work that cannot be
  // done without knowing who the pupil is ("anoniem aanmelden") or a name the privacy screen finds, the bot asks instead of taking "anoniem" at its word.
  const anonymous = anonymitySignal(t);
  let identifiable: string[] | undefined;
  if (party !== 'MW9') {
    // A detail that only fits this pupil, or one the writer says is still in: "anoniem" in quotes, but "iedereen kent ze".
    const telling = UNIQUE_DETAIL.test(t) || STILL_NAMED.test(t);
    if (anonymous === 'yes') {
      // A telling detail decides it. Only a consultation that asks first whether the team is needed hangs on it: whether
      // she is known is then the writer's to weigh (asked), not assumed.
      if (telling && party === 'MW3' && CONSULT_FIRST.test(t)) ask.add('Q-HERKENBAAR');
      else if (telling) answers['Q-HERKENBAAR'] = 'ja';
      // A case told to peers as an example ("hoe de samenwerking met het wijkteam vastliep") names the party as part of the story, not as work needing the pupil.
      else if (IDENTIFYING.test(t) || (needsKnownPupil(answers) && !peerAudience(t, answers)) || (nameOnlyLeftOut(t) && (peerAudience(t, answers) || UNNAMED_OUTSIDER.test(t)))) ask.add('Q-HERKENBAAR');
      // Only the screen finds a detail ("een jongen uit havo 4"): asked when it changes the verdict, not for advice that
      // needs no consent either way (R01, R02).
      else if (screen(text).identifying) identifiable = ['ja', 'nee'];
      else answers['Q-HERKENBAAR'] = 'nee';
    } else if (anonymous === 'denied') answers['Q-HERKENBAAR'] = 'ja';
    else if (HALF_ANONYMOUS.test(t) || peerAudience(t, answers)) {
      if (telling) answers['Q-HERKENBAAR'] = 'ja';
      else ask.add('Q-HERKENBAAR');
    }
    // Counts over schools or years tell no one pupil's story, said anonymous or not.
    if (COUNTS_ONLY.test(t) && anonymous !== 'denied' && !telling && !IDENTIFYING.test(t)) {
      ask.delete('Q-HERKENBAAR');
      answers['Q-HERKENBAAR'] = 'nee';
    }
  }

  Object.assign(answers, doubts(t, answers, ask, partyPattern(parties, 'MW2').test(t)));

  // A pupil who wants to keep it from the parents is not a parent who refuses: the advice differs. "Geen idee of vader
  // gezag heeft" is itself the answer "onbekend": the verdict then says to find out, so asking it again adds nothing.
  const custody = disagree
    ? 'oneens'
    : CUSTODY_UNKNOWN.test(t)
      ? 'onbekend'
      : first(t, [['geheim', age === '16-17' || age === '18+' ? NEVER : KEPT_FROM_PARENTS], ['geheim', age === '16-17' || age === '18+' ? NEVER : KEPT_OUT_WISH], ['voogd', GUARDIAN], ['een', SOLE_CUSTODY], ['beide', JOINT_CUSTODY]] as const);
  // The voogd as the one who is told is the recipient (MW8, MW10), not a custody fact about help to the pupil; a pupil
  // under voogdij or in a foster family still has one.
  const voogdTold = custody === 'voogd' && (party === 'MW8' || (party === 'MW10' && !FOSTER_OR_WARDSHIP.test(t)));
  // The GI receives by its legal task (R20), not by the parents' consent: keeping it from them changes nothing there.
  const secretForGi = custody === 'geheim' && party === 'MW10';
  // Advice to the teacher or school (J1, J2) starts no help: "ouders hoeven niks te weten" asks whether consent is due
  // (R02, R03), never who holds custody.
  const secretForAdvice = custody === 'geheim' && (answers['Q-JOS'] === 'J1' || answers['Q-JOS'] === 'J2') && !ASSESSMENT_CUE.test(t) && !PUPIL_RECORD.test(t);
  if (custody && !voogdTold && !secretForGi && !secretForAdvice) answers['Q-GEZAG'] = custody;
  // Custody, a refusal or a secret only matter for help to the pupil: that is what the JOS worker would do.
  // A vague "iets gaan doen" stays a question about what JOS will do.
  if (answers['Q-MET-WIE'] === 'MW2' && !answers['Q-JOS'] && custody && !VAGUE_REQUEST.test(t)) answers['Q-JOS'] = 'J3';
  // What the JOS worker already helping tells the school (J5) may be the divorce itself: news, not a custody question.
  else if ((CUSTODY_TOPIC.test(withoutMatches(t, answers['Q-JOS'] === 'J5' ? [DIVORCE_AS_CAUSE, DIVORCE] : [DIVORCE_AS_CAUSE])) || (SIGNED_FOR_JOS.test(t) && RELATIVE.test(t))) && !['MW5', 'MW6', 'MW7', 'MW9', 'MW10', 'MW11', 'MW12'].includes(answers['Q-MET-WIE'] ?? '')) ask.add('Q-GEZAG');

  const known = Object.fromEntries(Object.entries(answers).filter(([, option]) => option !== undefined)) as Record<string, string>;
  const weakKnown = [...[...weak].filter((question) => known[question] !== undefined), ...unsure];
  const facts: Facts = {
    answers: known,
    ask: [...ask].filter((question) => known[question] === undefined),
    ...(ageRange || identifiable ? { ranges: { ...(ageRange ? { 'Q-LEEFTIJD': ageRange } : {}), ...(identifiable ? { 'Q-HERKENBAAR': identifiable } : {}) } } : {}),
    ...(weakKnown.length > 0 ? { weak: weakKnown } : {}),
  };
  // A follow-up such as "ze wil hem testen" names no party, but is still about what someone does with a pupil.
  const consentCue = Object.keys(known).length > 0 || facts.ask.length > 0 || CONSENT_CUE.test(t) || josActivity(t) !== undefined;
  return { facts, consentCue };
}

/** Doubts and roles the text states that lead elsewhere than the usual verdict (R16b, R21, R26, R28). */
function doubts(t: string, answers: StableAnswers, ask: Set<StableQuestion>, josNamed: boolean): StableAnswers {
  const found: StableAnswers = {};
  if (answers['Q-OUDERS'] === 'P2' && (INTEREST_DOUBT.test(t) || COURT_RESTRICTION.test(withoutMatches(t, [CONFLICT_RULED_OUT])))) found['Q-BELANG'] = 'twijfel';
  // The child wants this parent kept out ("Liam wil echt niet dat zijn vader iets hoort"): whether it serves the child is asked.
  else if (answers['Q-OUDERS'] === 'P2' && (CONTACT_CONFLICT.test(withoutMatches(t, [CUSTODY_BY_JUDGE, CONFLICT_RULED_OUT])) || KEPT_FROM_PARENTS.test(t) || KEPT_OUT_WISH.test(t))) ask.add('Q-BELANG');
  if (answers['Q-LEEFTIJD'] === '16-17' && ((CAPACITY_DOUBT.test(t) && !CAPACITY_DOUBT_DENIED.test(t)) || (CAPACITY_SIGN.test(t) && DECIDES_ALONE.test(t)))) found['Q-WILSBEKWAAM'] = 'twijfel';
  else if (answers['Q-LEEFTIJD'] === '16-17' && CAPACITY_SIGN.test(t)) ask.add('Q-WILSBEKWAAM');
  // What happens after the 18th birthday is asked with the age then, whatever the age today.
  if ((!answers['Q-LEEFTIJD'] || answers['Q-LEEFTIJD'] === '16-17') && AFTER_18.test(t)) found['Q-LEEFTIJD'] = '18+';
  if ((found['Q-LEEFTIJD'] ?? answers['Q-LEEFTIJD']) === '18+' && (HELP_AFTER_18.test(t) || HELP_GOES_ON.test(t))) found['Q-NA18'] = 'ja';
  // Help going on after 18 is the JOS worker's help, whoever asks ("decaan hier … liep al bij de jgc"): R28, not a colleague's question.
  // A parent who wants to know whether the adult pupil still has talks is who is told (R08b), not help asked to go on.
  if (found['Q-NA18'] === 'ja' && josNamed && !(answers['Q-MET-WIE'] === 'MW8' && PARENT_WANTS_TO_KNOW.test(t))) found['Q-MET-WIE'] = 'MW2';
  const recipient = found['Q-MET-WIE'] ?? answers['Q-MET-WIE'];
  // Whether the pupil can oversee the consent only matters for the JOS worker's own help (J3), as after 18.
  if (found['Q-WILSBEKWAAM'] === 'twijfel' && answers['Q-MET-WIE'] === 'MW2' && !answers['Q-JOS']) found['Q-JOS'] = 'J3';
  // Going on with help after 18 is the JOS worker's own help (J3), whatever else the text names.
  if (found['Q-NA18'] === 'ja' && recipient === 'MW2' && !answers['Q-JOS']) found['Q-JOS'] = 'J3';
  if (answers['Q-MET-WIE'] === 'MW11' && REPORTER.test(t) && CONNECTED.test(t) && !CONNECTION_UNSURE.test(t)) found['Q-MELDBEVOEGD'] = 'ja';
  else if (answers['Q-MET-WIE'] === 'MW11' && OTHER_IS_REPORTER.test(t) && !NOT_REPORTER.test(t) && !CONNECTION_UNSURE.test(t)) found['Q-MELDBEVOEGD'] = 'ja';
  else if (answers['Q-MET-WIE'] === 'MW11' && (AUTHORITY_UNSURE.test(t) || (!REPORTER.test(t) && (ASKER_MAY_BE_REPORTER.test(t) || writerMayBeReporter(t)) && !REPORTER_UNKNOWN.test(t)))) ask.add('Q-MELDBEVOEGD');
  return found;
}

/** The writer is the JOS worker speaking of her own work (WRITER_OWN_WORK), not a mentor or teacher. */
function ownWorkOfWriter(t: string): boolean {
  return WRITER_OWN_WORK.test(t) && !WRITER_IS_MENTOR.test(t) && (!JOS_WORKER_NAMED.test(t) || ASKER_IS_JOS.test(t));
}

/** The writer's own assessment report, which she is about to share. */
function ownReportShared(t: string): boolean {
  return OWN_REPORT.test(t) && WRITER_SHARES.test(t);
}

/** The writer may be the school's Verwijsindex reporter: see WRITER_WOULD_SIGNAL. */
function writerMayBeReporter(t: string): boolean {
  return WRITER_WOULD_SIGNAL.test(t) && INDEX_PURPOSE.test(t) && !WRITER_IS_MENTOR.test(t);
}

/**
 * The party by precedence. Telling the parents yields to a JOS worker who will test, help, report back, log in or be called in:
 * "moet ik de ouders informeren als de gw'er hem gaat testen" is about the test.
 */
function partyOf(t: string, parties: PartyPatterns): StableAnswers['Q-MET-WIE'] {
  const found = parties.find(([, pattern]) => pattern.test(t))?.[0];
  // A meeting set up with several sides is the MDO question first, in the meeting's place of precedence (after Veilig Thuis).
  const party = found !== 'MW9' && multiPartyMeeting(t, parties) ? 'MW4' : found;
  // Watching the class for the teacher (J2) is the JOS worker's work too: "moet ik de ouders informeren als de gw'er komt kijken".
  const josWork = ['J2', 'J3', 'J4', 'J5', 'J6', 'J7'] as (string | undefined)[];
  // A relative named as context ("haar opa is overleden") yields the same way to the JOS worker's work.
  // So does a parent's question about a lesson visit said to record nothing on single pupils ("een ouder vroeg of er iemand
  // naar haar kind komt kijken"): the answer is about that visit.
  const teacherOnly = TEACHER_ONLY.test(t) && !PUPIL_RECORD.test(t);
  const yields = (party === 'MW8' && (!PARENTS_ASKING.test(t) || teacherOnly)) || (party === 'MW12' && RELATIVE.test(t));
  const activity = josActivity(t);
  if (yields && partyPattern(parties, 'MW2').test(t) && josWork.includes(activity)) return 'MW2';
  // A parent who asks for the JOS worker's help to the pupil ("moeder vraagt of de psycholoog hem kan testen") is who wants
  // the help, not who is told.
  if (party === 'MW8' && PARENT_ASKS_FOR_HELP.test(t) && partyPattern(parties, 'MW2').test(t) && activity === 'J3') return 'MW2';
  if (party === 'MW8' && PARENT_ASKS_SOMEONE.test(t)) return undefined;
  return party;
}

/** "Voor Fenna zetten we een overleg op: school, ouders, leerplicht en het sociaal team": set up, with three sides, one from outside school. */
function multiPartyMeeting(t: string, parties: PartyPatterns): boolean {
  const meeting = (MEETING_SET_UP.test(t) && (MEETING_ORGANISED.test(t) || AT_THE_TABLE.test(t) || MEETING_ABOUT.test(t))) || AROUND_THE_TABLE.test(t);
  if (!meeting) return false;
  const sides = MEETING_SIDES.map((side) => (typeof side === 'string' ? partyPattern(parties, side) : side).test(t));
  return sides.filter(Boolean).length >= 3 && sides.slice(2).some(Boolean);
}

/** A parent refuses: the help or meeting named next to the refusal is who is told, else the JOS worker who asks (else the parents). */
function refusedHelpParty(told: string, parties: PartyPatterns, t: string): StableAnswers['Q-MET-WIE'] {
  const other = parties.find(([id, pattern]) => id !== 'MW8' && id !== 'MW1' && pattern.test(told))?.[0];
  return other ?? (ASKER_IS_JOS.test(t) ? 'MW2' : 'MW8');
}

function partyPattern(parties: PartyPatterns, id: StableAnswers['Q-MET-WIE']): RegExp {
  return parties.find(([party]) => party === id)![1];
}

/** The follow-up facts of the party's own branch of the tree; other branches stay unknown. */
function branchFacts(t: string, party: StableAnswers['Q-MET-WIE'], age: StableAnswers['Q-LEEFTIJD'], ask: Set<StableQuestion>, parties: PartyPatterns): StableAnswers {
  switch (party) {
    case 'MW2':
      return { 'Q-JOS': josActivity(t) };
    case 'MW3':
      if (systemAccess(t)) return { 'Q-WIJKTEAM': 'W4' };
      return { 'Q-WIJKTEAM': first(t, [['W3', GENERAL_HOW], ['W1', WIJK_CLIENT_ASKS], ['W1', HANDOVER_TO_HELP], ['W2', WIJK_REFER], ['W2', PASS_ON], ['W1', WIJK_CASE], ['W1', CONTACTS_THE_HELP], ['W3', WIJK_GENERAL]] as const) };
    case 'MW4':
      if (MEETING_UNKNOWN.test(t)) {
        ask.add('Q-MDO');
        return {};
      }
      if (signal(t, MEETING_NO_CARER) === 'yes') return { 'Q-MDO': 'nee' };
      if (MEETING_CARER.test(t)) return { 'Q-MDO': 'ja' };
      // A JOS worker, the wijkteam or the jeugdarts at the table may or may not already be helping this pupil: ask.
      // So may someone for a pupil stuck at home (a thuiszittersoverleg), whoever the text names at the table.
      // So does a meeting still being organised without saying who joins ("mdo plannen, wat moet ik regelen"):
      // who sits at the table decides the consent, so it is asked before any age scheme. So do guests named only as a
      // group ("en iedereen die betrokken is").
      if (
        ['MW2', 'MW3', 'MW6'].some((id) => partyPattern(parties, id as WordParty).test(t)) ||
        MEETING_MAY_HELP.test(t) ||
        STUCK_AT_HOME.test(t) ||
        ABSENCE_DESCRIBED.test(t) ||
        (MEETING_ORGANISED.test(t) && !MEETING_GUESTS.test(t)) ||
        // A pupil brought into such a meeting, age not given: a question is due anyway, and who sits there comes first.
        (CASE_BROUGHT_IN.test(t) && !age) ||
        OPEN_GUESTS.test(t)
      )
        ask.add('Q-MDO');
      return {};
    case 'MW5':
      return { 'Q-LEERPLICHT': first(t, [['L2', SENSITIVE], ['L2', BEYOND_ATTENDANCE], ['L1', TRUANCY], ['L1', ABSENCE_DESCRIBED], ['L1', STUCK_AT_HOME]] as const) };
    case 'MW6': {
      const request = first(t, [['G2', GGD_QUESTIONNAIRE], ['G4', DOCTOR_REPORTS], ['G1', CLASS_LIST], ['G3', SICK_ABSENCE]] as const);
      // A class list stays a class list when a BSN is asked with it (R14b: V-GEEN, and the card says to leave the BSN
      // off); a BSN for anything else is refused.
      return { 'Q-GGD': NATIONAL_NUMBER.test(t) && request !== 'G1' ? 'G5' : request };
    }
    case 'MW7':
      // "wat mag ik de nieuwe school over haar vertellen?": the writer asks what may go, so what kind of transfer is asked
      // (the file, or more), whatever worry the text tells on the way.
      if (!NOT_YET_ENROLLED.test(t) && openTransferQuestion(t)) return {};
      return { 'Q-OVERSTAP': first(withoutMatches(t, [HOME_LANGUAGE]), [['S3', NOT_YET_ENROLLED], ['S2', WARM_HANDOVER], ['S2', SENSITIVE], ['S2', CARE_OR_HEALTH], ['S1', FILE_HANDOVER]] as const) };
    case 'MW8':
      return { 'Q-OUDERS': parentsTopic(t, age) };
    default:
      return {};
  }
}

/** An open "wat mag ik (allemaal) … doorgeven?" about a move, with no topic of its own between the question and the verb. */
function openTransferQuestion(t: string): boolean {
  return [...t.matchAll(new RegExp(OPEN_TRANSFER.source, 'g'))].some((match) => {
    const between = match[3] ?? '';
    return !WARM_HANDOVER.test(between) && !SENSITIVE.test(between) && !CARE_OR_HEALTH.test(between) && !FILE_HANDOVER.test(between);
  });
}

/** Some mention of a colleague is told something: a preposition or telling verb before it, or a telling verb just after. */
function colleagueTold(t: string, colleague: RegExp): boolean {
  return [...t.matchAll(new RegExp(colleague.source, 'g'))].some(
    (match) => COLLEAGUE_AUDIENCE.test(match[0]) || TOLD_BEFORE.test(wordsBefore(t, match.index, 5)) || TOLD_AFTER.test(t.slice(match.index)),
  );
}

/** What a JOS worker will do, most consequential first: a consent-free reading is chosen only when nothing else fits. */
function josActivity(t: string): StableAnswers['Q-JOS'] {
  if (systemAccess(t)) return 'J6';
  if (REPORT_TO_JOS.test(t)) return 'J7';
  // What the JOS worker saw of the teacher's own lessons or class, with no pupil in it, is advice to the teacher (R03).
  if (FEEDBACK.test(t) && (TEACHER_FOCUS.test(t) || TEACHER_ONLY.test(t)) && !INDIVIDUAL.test(t) && !PUPIL_RECORD.test(t)) return 'J2';
  // The school briefing the JOS worker is not her telling the school.
  const notBriefing = withoutMatches(t, [JOS_BRIEFED]);
  if (FEEDBACK.test(notBriefing) || ownReportShared(t)) return 'J5';
  const asker = ASKER_IS_JOS.test(t) || ownWorkOfWriter(t);
  if (asker && ASKED_ABOUT_HELP.test(notBriefing)) return 'J5';
  if ((WHOLE_CLASS.test(t) && signal(t, PER_PUPIL) === 'yes') || CLASS_SCREENING.test(t) || (signal(t, REPORT_PER_PUPIL) === 'yes' && !NOTHING_PER_PUPIL.test(t))) return 'J4';
  // "ik wil haar naar de jgc sturen voor gesprekken": the pupil is who is sent, for help; no file goes along.
  if (PUPIL_SENT_TO_JOS.test(t) && !PUPIL_RECORD.test(t)) return 'J3';
  // "de begeleiding doorzetten" is help going on, not a referral passed on ("doorzetten naar het wijkteam").
  if (HELP_GOES_ON.test(t) && !PUPIL_RECORD.test(t)) return 'J3';
  // "aanmelding binnengekomen … ik ga ambulante begeleiding doen": the writer's own help starting, not a referral passed on.
  if (OWN_HELP_STARTS.test(t) && !PUPIL_RECORD.test(t)) return 'J3';
  // "nieuwe aanmelding via de OC … kan ik de intake plannen": an application that reached the writer is no handover by her.
  if (HAND_OVER.test(withoutMatches(t, [TOLD_BY_SOURCE])) || PASS_ON.test(t)) return 'J7';
  if (TEACHER_ONLY.test(t) && !PUPIL_RECORD.test(t)) return 'J2';
  // One pupil watched in a lesson is help to that pupil; the lesson is only where, not a purpose for the teacher.
  if (PUPIL_IN_CLASS.test(t) && !(TEACHER_FOCUS.test(t.replace(LESSON_PLACE, ' ')) && !PUPIL_RECORD.test(t))) return 'J3';
  if (WATCHES_ONE.test(t) && ASSESSMENT_CUE.test(t)) return 'J3';
  if (SIGNED_FOR_JOS.test(t) || OWN_ASSESSMENT_PLANNED.test(t)) return 'J3';
  if (doneByOther(t, PUPIL_GOES_TO_JOS)) return 'J3';
  const helped = withoutMatches(t, [NO_HELP_GIVEN]);
  if (doneByOther(helped, HELP_WORK) || doneByOther(helped, TALKS_WITH_PUPIL)) return 'J3';
  if (ASK_JOS_TO_HELP.test(t) || ((PUPIL_CAME_TO_MY_HOURS.test(t) || PUPIL_WANTS_MY_HELP.test(t)) && !PUPIL_RECORD.test(t))) return 'J3';
  if (asker && (HELP_WORK.test(t) || TALKS_WITH_PUPIL.test(t) || /\bik (\w+ ){0,3}(zie|zien|spreek|spreken|praat|praten)\b/.test(t))) return 'J3';
  // "wil in mijn les komen kijken" says where, not what for: only a purpose for the teacher makes it advice (R03).
  if (TEACHER_FOCUS.test(t.replace(VISITED_LESSON, ' ')) && !PUPIL_RECORD.test(t) && !PUPIL_FOCUS.test(t)) return 'J2';
  if (OBSERVE.test(t) && (!CLASS_CONTEXT.test(t) || INDIVIDUAL.test(t) || PUPIL_IN_CLASS.test(t))) return 'J3';
  // Advice needs no record of the pupil: a file, plan or report shown or sent is information passed on (R11).
  if (PUPIL_RECORD.test(t)) return 'J7';
  if (ADVICE.test(t) || byMentor(t, MENTOR_RAISES)) return 'J1';
  // Whatever else the writer's own work with a pupil is ("volgende week begin ik bij Aya met gesprekjes"), it is her help.
  if (ownWorkOfWriter(t) && WORK_ACT_NAMED.test(t)) return 'J3';
  return undefined;
}

/** Parents as recipients: what they may hear depends on custody, the pupil's age and the kind of information. */
function parentsTopic(t: string, age: StableAnswers['Q-LEEFTIJD']): StableAnswers['Q-OUDERS'] {
  if (age === '18+') return 'P3';
  if (CUSTODY_UNKNOWN.test(t)) return undefined;
  if (NO_CUSTODY.test(t) || otherParentWithoutCustody(t)) return 'P2';
  // A step-parent has custody only when the text says so: school matters go freely only to a parent with custody (R16).
  if (STEP_PARENT.test(t) && !/\bgezag\b/.test(t)) return undefined;
  // A parent's partner who asks has custody only when the text gives it to her, whatever else it says about custody.
  if (PARTNER_ASKS.test(t) && !PARTNER_HAS_CUSTODY.test(t)) return undefined;
  if (age === '16-17' && (CARE_OR_HEALTH.test(t) || SENSITIVE.test(t))) return 'P4';
  if (age && (SCHOOL_MATTERS.test(t) || ABSENCE_DESCRIBED.test(t))) return 'P1';
  return undefined;
}

/**
 * A parent's partner without custody asks ("stiefvader … heeft geen gezag, dat hebben moeder en vader"): not a parent
 * without custody with a right to information (R16b) but someone else, a third party (R30).
 */
function partnerWithoutCustody(t: string, named: StableAnswers['Q-MET-WIE']): boolean {
  if (named !== 'MW8' || !PARTNER_ASKS.test(t) || PARTNER_HAS_CUSTODY.test(t)) return false;
  return CUSTODY_WITH_PARENTS.test(t) || (NO_CUSTODY.test(t) && !PARENT_SAID_WITHOUT_CUSTODY.test(t));
}

/** One parent has sole custody and the other parent is the one the text is about ("moeder heeft alleen het gezag; vader mailt"). */
function otherParentWithoutCustody(t: string): boolean {
  const sole = SOLE_CUSTODY.exec(t)?.[0] ?? '';
  const holder = /\b(heeft geen|zonder) gezag\b/.test(sole) ? undefined : /\b(moeder|vader)\b/.exec(sole)?.[1];
  if (!holder) return false;
  const other = holder === 'moeder' ? 'vader' : 'moeder';
  return new RegExp(`\\b${other}\\b`).test(t);
}

/** Someone gets to look in the school's system ("een eigen inlog voor SOMtoday"), not notes taken out of it and sent (R10 vs R11). */
function systemAccess(t: string): boolean {
  return SYSTEM_ACCESS.test(t) && ACCESS_VERB.test(t) && (OWN_ACCESS.test(t) || !SENT_FROM_SYSTEM.test(t));
}

/** A helper gets access to the school's system for her own caseload, whoever offers it ("de OC wil me een Magister-account geven"). */
function helperGetsAccess(t: string, named: StableAnswers['Q-MET-WIE']): boolean {
  return (named === undefined || named === 'MW1') && systemAccess(t) && OWN_CASELOAD.test(t) && !WRITER_IS_MENTOR.test(t);
}

/** Options and parties whose work is about one known pupil: registering, testing, a file, a report to parents or leerplicht. */
const NAMED_WORK = new Set<string>(['J3', 'J4', 'J5', 'J6', 'J7', 'W2', 'W4', 'G2', 'G3', 'G4', 'L1', 'L2', 'S1', 'S2', 'S3', 'P1', 'P2', 'P3', 'P4', 'MW10', 'MW11']);

function needsKnownPupil(answers: StableAnswers): boolean {
  const branch = [answers['Q-MET-WIE'], answers['Q-JOS'], answers['Q-WIJKTEAM'], answers['Q-GGD'], answers['Q-LEERPLICHT'], answers['Q-OVERSTAP'], answers['Q-OUDERS']];
  return branch.some((option) => option !== undefined && NAMED_WORK.has(option));
}

/** A match counts unless the mentor is the one doing it ("hoe ik hem het beste begeleid"). */
function notByMentor(t: string, pattern: RegExp): boolean {
  return matches(t, pattern).some((index) => !MENTOR_SUBJECT.test(wordsBefore(t, index, 5)));
}

/**
 * A match counts when someone other than the mentor does it and it is not denied ("zonder dat hij met Sem praat") or
 * said not to be meant ("alleen advies, niet dat zij met hem gaat praten").
 */
function doneByOther(t: string, pattern: RegExp): boolean {
  return matches(t, pattern).some((index) => !mentorLastSubject(wordsBefore(t, index, 5)) && !denied(wordsBefore(t, index, 4)) && !NOT_MEANT.test(wordsBefore(t, index, 8)));
}

/** The mentor is the nearest subject before a match: "vroeg hij me of hij met de paj mag praten" is the pupil's talk. */
function mentorLastSubject(before: string): boolean {
  const words = before.split(' ');
  // "een leerling van mij": after a preposition the mentor is not the one doing it.
  const mentor = words.findLastIndex((word, at) => MENTOR_SUBJECT.test(word) && !/^(van|bij|voor|aan|met|naar)$/.test(words[at - 1] ?? ''));
  return mentor >= 0 && mentor > words.findLastIndex((word) => /^(hij|ze|zij)$/.test(word));
}

/** A match counts only when the mentor is the one doing it ("mag ik hem bespreken"). */
function byMentor(t: string, pattern: RegExp): boolean {
  return matches(t, pattern).some((index) => MENTOR_SUBJECT.test(wordsBefore(t, index, 5)));
}

/** Every match of the pattern is a word the text has only through a typo correction. */
function readOnlyFrom(t: string, pattern: RegExp, corrected: Set<string>): boolean {
  if (corrected.size === 0) return false;
  const found = [...t.matchAll(new RegExp(pattern.source, 'g'))].map((match) => match[0]);
  return found.length > 0 && found.every((word) => corrected.has(word));
}

/**
 * "zonder namen" and "geen naam" carry their own denial: only a denial right before them ("niet zonder naam") turns
 * them round, not a "niet" of the sentence before ("een kind dat niet meer naar school wil. Zonder namen").
 */
function anonymitySignal(t: string): 'yes' | 'denied' | 'none' {
  const found = matches(t, ANONYMOUS);
  if (found.length === 0) return 'none';
  const deniedAt = (index: number) => denied(wordsBefore(t, index, /^(zonder|geen|niet) /.test(t.slice(index)) ? 2 : 5));
  return found.every((index) => signalAt(t, [index]) === 'denied' && deniedAt(index)) ? 'denied' : 'yes';
}

function tripCompanion(t: string): 'MW1' | undefined {
  return SCHOOL_TRIP.test(t) && GOES_ALONG.test(t) && GETS_TOLD.test(t) ? 'MW1' : undefined;
}

/** A case shown to colleagues outside the school's own care; a meeting about the pupil (MDO) is about a known pupil. */
function peerAudience(t: string, answers: StableAnswers): boolean {
  return CASE_WORD.test(t) && PEER_SETTING.test(t) && answers['Q-MET-WIE'] !== 'MW4';
}

/** Anonymous only because the name is left out: nothing else is said to be left out or made unrecognisable. */
function nameOnlyLeftOut(t: string): boolean {
  return NAME_LEFT_OUT.test(t) && !MORE_LEFT_OUT.test(t) && !ANONYMOUS.test(withoutMatches(t, [NAME_LEFT_OUT]));
}

function signal(t: string, pattern: RegExp): 'yes' | 'denied' | 'none' {
  return signalAt(t, matches(t, pattern));
}

function first<const T extends string>(t: string, options: readonly (readonly [T, RegExp])[]): T | undefined {
  return options.find(([, pattern]) => pattern.test(t))?.[0];
}

/** The text with every match of each pattern, in turn, replaced by a space. */
function withoutMatches(t: string, patterns: readonly RegExp[]): string {
  return patterns.reduce((rest, pattern) => rest.replace(new RegExp(pattern.source, 'g'), ' '), t);
}

function matches(t: string, pattern: RegExp): number[] {
  return [...t.matchAll(new RegExp(pattern.source, 'g'))].map((match) => match.index);
}
