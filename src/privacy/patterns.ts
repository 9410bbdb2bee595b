import { finding, type Finding } from './kinds';
import { LEVEL, NICKNAME_SETTING } from './names';
import { sentenceAround } from './sentences';

/** Detectors for identifying details that have a recognisable shape (numbers, e-mail, dates, addresses). */

// The look-behind starts a match only where an address can start: without it every letter of a long word is a start, each
// scanning up to 64 characters ahead.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|\b[\p{L}\p{N}._%+-]{2,64}\s(?:at|apenstaartje)\s[\p{L}\p{N}-]+\s(?:punt|dot)\s\p{L}{2,4}\b/giu;
/** A run of digits with the separators people type inside numbers; validated afterwards by digit count. */
const NUMBER_RUN = /(?:\+|\b00)?\d[\d \-.()/]{6,18}\d/g;
/**
 * "leerlingnummer 22-0817", "lln.nr 204518", "ll-nr: 23-1184", "stamnr. 2023/0456": any abbreviation of leerling-, stam- or
 * studentnummer, then a number that may carry the separators an administration prints.
 */
const STUDENT_NUMBER =
  /\b(?:(?:leerling(?:en)?|lln?|leerl|stam|student)[\s.-]?(?:nummer|nr|no)|lln|leerling-id)\.?\s*[:#]?\s*(?=(?:\d[./ -]?){4,10}\b)\d(?:[\d./-]|\s(?=\d))*\d\b|\bleerling\s\d{5,8}\b/giu;
/** "In Magister staat ze onder 119402": a number a pupil administration files someone under. */
const LISTED_UNDER_NUMBER = /\b(?:staat|staan|vind je|zie je|geregistreerd|ingeschreven)\s(?:\p{L}+\s){0,2}(?:onder|als)\s(?:nummer\s)?#?\d{4,10}\b/giu;
/** A number that points to one person's file, locker, card or case: "dossiernummer VT-2023-004171", "kluisje 214". */
const REFERENCE_NUMBER = new RegExp(
  String.raw`\b(?:(?:dossier|zaak|casus|cli[eë]nt|klant|registratie|polis|pas|paspoort|id|ov|v|vreemdelingen|verwijs|meld|aanmeld|referentie|kenmerk)-?(?:nummer|nr\.?)|kluis(?:je|nummer)?|locker)` +
    String.raw`\s*[:#(]?\s*(?:(?:nummer|nr\.?|no\.?)\s*)?(?=[A-Z0-9-]*\d)[A-Z]{0,4}-?\d[\dA-Z]*(?:[-/]\d[\dA-Z]*)*\b` +
    String.raw`|\b[A-Z]{1,5}-\d{2,}(?:[-/]\d{2,})+\b|\b[A-Z]{2,5}\d{6,}\b`,
  'giu',
);
/**
 * Case codes and numbers after any number word, apart from REFERENCE_NUMBER so each pattern stays well under the time
 * budget on long adversarial input (together they took 56 ms on 28 KB in a CI run with other work alongside).
 */
const CASE_CODE_OR_NUMBER = new RegExp(
  // "JOS-aanmelding 2023-0417", "casus 2025/093", "ref. 2024-0871", "dossier VT-2023-004": a registration or case with a code of two parts.
    String.raw`\b(?:[\p{L}]+-)?(?:aanmelding|melding|casus|dossier|zaak|registratie|referentie|kenmerk)\s+(?:nr\.?\s*|nummer\s+)?#?[A-Z]{0,4}-?\d{2,}[-/]\d{2,}\b|\bref\.\s*[:#]?\s*[A-Z]{0,4}-?\d{2,}[-/]\d{2,}\b` +
    // Any number word ("zorgmelding met nummer 2024-0331", "klantnr 88123", "id 558231"): four or more digits after it.
    String.raw`|(?<!\b(?:artikel|wetsartikel|lokaal|pagina|bladzijde|hoofdstuk|bus|buslijn|lijn|route)\s)\b(?:\p{L}*nummer|\p{L}*nr\.?|no\.?|id)(?:\s+(?:is|was))?\s*[:#]?\s*(?=(?:\d[-/. ]?){4,8}\b)\d(?:[\d/-]|[. ](?=\d))*\d\b`,
  'giu',
);
/** An IBAN: two letters, two check digits, then up to 30 letters and digits, in groups of four or not. */
const BANK_ACCOUNT = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/gu;
/** A Dutch licence plate: three groups of letters or digits, six in all ("F-123-BX", "12-ABC-3"), or any after "kenteken". */
const LICENCE_PLATE =
  /\b(?=[A-Za-z0-9-]{8}\b)(?=[\w-]{0,10}\d)(?=[\w-]{0,10}[A-Z])(?:[A-Z]{1,3}|\d{1,3})-(?:[A-Z]{1,3}|\d{1,3})-(?:[A-Z]{1,3}|\d{1,3})\b|(?<=\bkenteken(?:nummer|plaat)?\s(?:is\s)?)[A-Za-z0-9-]{4,9}\b/gu;
/** A KNVB-style youth team ("JO16-1", "MO15-2", "O17-3"): a handful of pupils, so it singles one out like a class code does. */
const PLATFORMS = 'snap(?:chat)?|insta(?:gram)?|tiktok|discord|roblox|fortnite|minecraft|twitch|steam|youtube|telegram|twitter|threads|bereal|pinterest|facebook|fb|xbox|psn|playstation';
/**
 * "snap van die jongen is jaydenxx07", "insta van dat meisje: lisa.xo", "discordnaam = NoScopeNiek", "op haar snap
 * (jaydenn.x2)": a platform, whose account
 * it is, then a user name (with a digit, underscore or inner full stop). An account of a school, team or
 * organisation ("insta van school is jos_alkmaar") is theirs, not a pupil's.
 */
const PLATFORM_HANDLE = new RegExp(
  String.raw`(?<=\b(?:${PLATFORMS})(?:-?(?:naam|account|profiel|handle|tag|id))?(?:\s(?:van|is\svan)(?!\s(?:school|ons|onze|jos|de\sschool|het\steam|de\sgemeente)\b)(?:\s[\p{L}'’]{1,20}){1,3}?)?(?:(?:\s(?:is|was|heet|=)|\s?[:=])\s{1,3}["'“]?|\s{1,3}\(\s{0,2}))` +
    String.raw`(?=[\p{L}\p{N}_.-]*(?:[\p{N}_]|\.[\p{L}\p{N}]))[\p{L}\p{N}_.-]{3,30}(?<!\.)`,
  'giu',
);
const SPORTS_TEAM = /(?<![\p{L}\p{N}])(?:[JjMm][Oo]|O)(?:[7-9]|1\d|2[0-3])-\d{1,2}(?:JM)?(?![\p{L}\p{N}])/gu;
/**
 * "@lisa_xo_2011", a user name with an underscore, a full stop inside ("jaydenx.official", not a web address) or a birth
 * year glued to it ("sneakerking2009"), or any user name with a digit, underscore or inner capital ("NoScopeNiek") after a word
 * that announces one, also a platform ("op Discord als …", "zijn TikTok is …").
 */
const HANDLE =
  /(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}_.]{2,30}|\b[\p{L}\p{N}]+_[\p{L}\p{N}_]+\b|\b\p{Ll}[\p{L}.]{2,30}(?:199\d|20[01]\d)\b|\b\p{Ll}[\p{Ll}\p{N}_]{1,}\.(?!(?:nl|com|org|net|be|eu|de|io|info|nu)\b)\p{Ll}[\p{Ll}\p{N}_]{2,}\b|(?=[\p{L}\p{N}_.-])(?<=\b(?:gamertag|gebruikersnaam|username|accountnaam|account|profiel(?:naam)?|schermnaam|nickname|handle|(?:tiktok|insta(?:gram)?|snap(?:chat)?|discord|roblox|fortnite)-?naam|onder (?:de )?naam|met de naam|heet (?:hij|ze|zij)|noemt (?:hij|ze|zij) zich(?:zelf)?|[Oo]p (?:[Dd]iscord|[Tt]ik[Tt]ok|[Ii]nsta(?:gram)?|[Ss]nap(?:chat)?|[Rr]oblox|[Ff]ortnite|[Tt]witch|[Ss]team|[Yy]ou[Tt]ube) (?:als|onder)|(?:[Zz]ijn|[Hh]aar|z'n|d'r) (?:[Tt]ik[Tt]ok|[Ii]nsta(?:gram)?|[Ss]nap(?:chat)?|[Dd]iscord|[Rr]oblox|[Ff]ortnite)(?:-?naam)? (?:is|was))(?: (?:is|was))?(?: op \p{Lu}\p{L}{1,30}(?=[\s:"'“]))?\s{0,3}:?\s{0,3}["'“]?)(?=[\p{L}\p{N}_-]*(?:[\p{N}_]|\.[\p{L}\p{N}])|\p{L}*\p{Ll}\p{Lu})[\p{L}\p{N}_.-]{3,30}(?<!\.)/gu;
const NUMBER_WORD =
  '(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n)?(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)|honderd)';
/** A phone number written out in words: "nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig". */
const PHONE_IN_WORDS = new RegExp(`\\bnul(?:[\\s,-]+${NUMBER_WORD}){4,}\\b`, 'giu');
/** A postcode, with the house number when one follows ("1811 AB 12", "1811AB 12-a"), so the mask hides both. */
const POSTCODE = /\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b(?: ?\d{1,4}(?:-?[a-z](?![\p{L}])|-\d{1,3})?\b)?/gu;
/**
 * "verhuisd naar 1862 ek", "postcode is 1901 ab": a postcode typed in lower case, after "postcode" or in a sentence about where someone lives. Dutch postcodes never
 * use F, I, O, Q, U or Y, and units or small words ("1500 km", "2024 en") are no postcode.
 */
const LOWER_CASE_POSTCODE = /(?<![\p{L}\p{N}])[1-9]\d{3} ?(?!sa|sd|ss|en|de|te|ze|we|je|me|al|na|er|km|kg|cm|mm|ml|mg|gb|mb|kb|pm|am|hr|st|nr|ct|pk|kw|lb)[a-eghj-npr-tv-xz]{2}(?![\p{L}\p{N}])/gu;
const STREET_SUFFIXES =
  'straatweg|straat|laan|weg|plein|gracht|kade|singel|dijk|pad|hof|dreef|steeg|erf|ring|baan|markt|wal|park|plantsoen|veld|akker|zoom|oord|hout|plaats|weide|burgwal|dam';
const HOUSE_NUMBER = `\\s[1-9]\\d{0,3}(?:\\s?-?[a-zA-Z](?![\\p{L}])|-\\d{1,3})?`;
const STREET_WITH_NUMBER = new RegExp(`(?<![\\p{L}])(?:\\p{Lu}[\\p{L}'-]{0,40}\\s){0,6}\\p{Lu}[\\p{L}'-]{0,40}(?:${STREET_SUFFIXES})${HOUSE_NUMBER}`, 'gu');
/**
 * "woont op de kerkstraat 12": a street typed without its capital counts after a word about living there; without
 * that, "op de speelplaats 2 keer" would read as an address the mentor cannot wave through.
 */
const LOWER_CASE_STREET_WITH_NUMBER = new RegExp(
  `(?<=\\b(?:woont|wonen|woonde|verhuisd naar|adres(?: is)?:?)\\s(?:(?:op|aan|in)\\s)?(?:de\\s)?)\\p{Ll}[\\p{L}'-]{2,}(?:${STREET_SUFFIXES})${HOUSE_NUMBER}`,
  'gu',
);

/**
 * "woont bij oma, bergerweg 112": a lower-case street with a house number anywhere in a sentence about where someone lives
 * (LOWER_CASE_STREET_WITH_NUMBER reads it right after the living word). The number is no count of days or times.
 */
const LOWER_CASE_STREET_NUMBER_ANYWHERE = new RegExp(
  `(?<![\\p{L}\\p{N}])\\p{Ll}[\\p{L}'-]{2,40}(?:${STREET_SUFFIXES})${HOUSE_NUMBER}(?![\\p{L}\\p{N}]|\\s+(?:dagen|keer|weken|jaar|maanden|uur|minuten|kinderen|personen|leerlingen|km|meter)\\b)`,
  'gu',
);
/** Where someone lives in general terms, not a street: "woont in de buurt", "aan de rand", "op de camping", "in de vs". */
const GENERAL_PLACE =
  'buurt|wijk|buitenwijk|nieuwbouw|nieuwbouwwijk|stad|binnenstad|dorp|dorpskern|polder|buitengebied|flat|flats|opvang|noodopvang|crisisopvang|camping|zee|kust|strand|duinen|bossen|bos|natuur|heide|regio|omgeving|gemeente|provincie|randstad|rand|grens|overkant|hoek|verdieping|bovenverdieping|zolder|kelder|achterkant|voorkant|straat|kamer|caravan|woonwagen|woonboot|boot|boerderij|kliniek|instelling|gevangenis|cel|tent|schuur|garage|snelweg|spoorlijn|rivier|vs|usa|emiraten|oekraïne|oekraine|filipijnen|antillen|bijstand|schulden|problemen|knel|war|stress|zorg|jeugdzorg|gezinshuis|leefgroep|groep|krant|auto';
/** Tails of compounds that name a kind of place, not one street: "zorginstelling", "achterhoek", "zaanstreek", "jeugdopvang". */
const GENERAL_PLACE_ENDINGS = 'instelling|tehuis|huis|centrum|opvang|kliniek|groep|streek|gebied|hoek|land|wijk|buurt|dorp|stad|flat|woning|zaak|kamer|school';
/**
 * "woont in de meidoorn, bij die flats", "woont sinds kort bij oma aan de Laat, boven …": a word that closes the phrase after
 * "woont (bij oma) in/aan/op de" names the street (many are named after a plant, a bird or a tree), in any case and after
 * any of the three ("woont op de Ritsevoort boven …"); general places are left out, listed places and regions (the Dutch
 * lexicon's places, knowledge/privacy) are dropped later.
 */
const HOME_ON_NAMED_STREET = new RegExp(
  String.raw`(?<=\b(?:woont|wonen|woonde|woonden|verhuisd\s{1,3}naar|verhuist\s{1,3}naar|verhuizen\s{1,3}naar)\s{1,3}(?:(?:nu|sinds\s{1,3}kort|al\s{1,3}jaren|ook|daar|nog|tegenwoordig|sinds\s{1,3}(?:de|het|haar|zijn)\s{1,3}\p{Ll}{3,15})\s{1,3})?(?:bij\s{1,3}(?:(?:haar|zijn|z'n|d'r)\s{1,3})?(?:oma|opa|vader|moeder|tante|oom|zus|broer|pleeg\p{Ll}{0,8})\s{1,3})?(?:in|aan|op)\s{1,3}de\s{1,3})(?!(?:${GENERAL_PLACE}|\p{L}*(?:${GENERAL_PLACE_ENDINGS}))(?![\p{L}]))\p{L}[\p{L}-]{3,30}(?:${HOUSE_NUMBER})?(?=\s*[,.;:!?)]|\s*$|\s+(?:bij|in|met|en|samen|sinds|nummer|nr|naast|tegenover|want|maar|dus|achter|boven|vlakbij|vlak|hoek)\b)`,
  'gu',
);

/**
 * "in een noodwoning aan de zeeweg zit", "hun flat aan de meidoorn, bij …": a word closing the phrase after a dwelling and
 * "aan/in/op de" names the street, also without "woont"; general places and sides ("aan de rand", "in de wijk") are left out.
 */
const DWELLING_ON_NAMED_STREET = new RegExp(
  String.raw`(?<=\b(?:een|het|de|hun|haar|zijn|z'n|die|dat|nieuwe?)\s{1,3}(?:\p{Ll}{2,15}\s{1,3})?(?:nood|huur|koop|boven|beneden|portiek|rijtjes|hoek|tussen|sociale\s{1,3}huur)?(?:woning|huis|huisje|flat|flatje|appartement|opvang|noodopvang|crisisopvang|caravan|woonwagen|woonboot|chalet)\s{1,3}(?:aan|in|op)\s{1,3}de\s{1,3})` +
    String.raw`(?!(?:${GENERAL_PLACE}|\p{L}*(?:${GENERAL_PLACE_ENDINGS}|kant|zijde))(?![\p{L}]))\p{L}[\p{L}-]{3,30}(?:${HOUSE_NUMBER})?` +
    String.raw`(?=\s*[,.;:!?)]|\s*$|\s+(?:bij|in|met|en|samen|sinds|nummer|nr|naast|tegenover|want|maar|dus|achter|boven|vlakbij|vlak|hoek|zit|zitten|zat|zaten|woont|wonen|woonde|woonden|staat|terecht|gehuisvest|gekregen|gekomen|verhuisd|verhuizen|gaan|gaat)\b)`,
  'gu',
);

/**
 * "adres voor de leerplichtbrief: laat 112a", "woont nu kerkpad 3": after "adres" (its heading up to the colon) or a living
 * verb, one to three words with a house number are a street, whatever its case or ending. Words of time, amount,
 * company and rooms ("woont sinds 2019", "wonen nog 4 kinderen", "woont met 3 broers", "lokaal 2") are no street; "bezoekadres" is no home.
 */
const STREET_AFTER_ADDRESS = new RegExp(
  String.raw`(?<=(?<![\p{L}-])(?:woont|wonen|woonde|woonden|(?:woon|huis|post)?adres(?:(?![^:\n]{0,40}\b(?:school|team|kantoor|wijkteam|ggd|gemeente|praktijk|locatie|organisatie|stichting|jos|spreekuur|overleg|vergadering|bijeenkomst|training)\b)[^:\n.]{0,40}:|\s{1,3}is)?)\s{1,3}(?:(?:nu|sinds\s{1,3}kort|tegenwoordig|op|aan|in)\s{1,3})?(?:(?:de|het)\s{1,3})?)` +
    String.raw`(?!(?:op|aan|in|de|het|een|sinds|vanaf|ruim|bijna|ongeveer|circa|pas|ook|daar|hier|met|bij|na|voor|tot|tussen|over|nog|al|nu|per|samen|allebei|beide|huisnummer|nummer|nr|kamer|groep|klas|lokaal|zaal|postbus|pagina|blz|verspreid|verdeeld)\b)\p{L}[\p{L}'-]{2,30}(?:\s\p{L}[\p{L}'-]{1,30}){0,2}${HOUSE_NUMBER}(?![\p{L}\p{N}]|[.,:]\d|\s?%|\s+(?:dagen|keer|weken|jaar|jaren|maanden|uur|minuten|kinderen|personen|broers|zussen|mensen|leerlingen|km|meter|procent|euro|\p{Ll}+en)\b)`,
  'giu',
);

/** "verhuisd naar de Zeswielen 4", "woont op het Hoefplan 12": a street without a known suffix, with a house number, after living words. */
const NAMED_STREET_WITH_NUMBER = new RegExp(
  String.raw`(?<=\b(?:woont|wonen|woonde|woonden|verhuisd|verhuist|verhuizen|adres(?:\s{1,3}is)?:?)\s{1,3}(?:\p{Ll}{1,20}\s{1,3}){0,2}?(?:naar|op|aan|in)\s{1,3}(?:de|het)\s{1,3})\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+){0,2}${HOUSE_NUMBER}(?![\p{L}\p{N}]|\s+(?:dagen|keer|weken|jaar|maanden|uur|kinderen|personen)\b)`,
  'gu',
);

/**
 * A postcode of four digits without its letters: "woont sinds kort in 1827 bij …", "postcode 1943". After "postcode" always;
 * after a present-tense living verb and "in" any four digits ("woont in 1901" is no year: one lives in a year only in the
 * past, and "woont" is one person); after a past or plural one ("wonen in 2026 meer kinderen …") or "verhuisd naar" only
 * a number no year of 1900–2099 can be ("woonde in 1995 in …" is a year). A postcode of 19xx there is missed on purpose.
 */
const BARE_POSTCODE = new RegExp(
  String.raw`(?<=\bpostcode\s{0,3}(?:is\s{1,3}|:\s{0,3})?)[1-9]\d{3}(?![\p{L}\p{N}])` +
    String.raw`|(?<=\b(?:woont|verblijft|logeert|slaapt)\s{1,3}(?:(?:nu|sinds\s{1,3}kort|tegenwoordig|ook|daar|nog|al)\s{1,3}){0,2}in\s{1,3})[1-9]\d{3}(?![\p{L}\p{N}]|[.,:]\d|\s{0,3}(?:euro|km|m|meter|mensen|inwoners)\b)` +
    String.raw`|(?<=\b(?:(?:wonen|woonde|woonden)\s{1,3}(?:(?:toen|al|ook|nog|nu)\s{1,3}){0,2}in|(?:verhuisd|verhuist|verhuizen)\s{1,3}naar)\s{1,3})(?!19\d\d|20\d\d)[1-9]\d{3}(?![\p{L}\p{N}]|[.,:]\d)`,
  'giu',
);

/** Words that say where someone lives; a street without a number counts as an address only in such a sentence. */
const LIVING_CUE = /\b(?:woont|wonen|woonde|woonden|verhuisd|verhuist|verhuizen|adres|huisbezoek|flat|woning|appartement|huis|thuis|slaapt|opgevangen|(?:zit|zat|verblijft|logeert|slaapt)\s+bij\s+(?:zijn|haar|zn|z'n|d'r|hun)\s+(?:opa|oma|tante|oom|vader|moeder|pleegouders))\b/iu;
/** "woont op de brink", "aan de dam": a village square or quay that is a street by itself, after "op/aan de". */
const SQUARE_WITHOUT_NUMBER = /(?<=\b(?:op|aan)\s(?:de|het)\s)(?:brink|dam|kade|gracht|singel|dijk|plein)(?![\p{L}])/giu;
/** "in de vondelstraat", "aan de Bloemstraat": a street, of any case, after a place preposition. */
const STREET_WITHOUT_NUMBER = new RegExp(
  `(?<=\\b(?:in|aan|op|naar|vanaf|uit|van|bij|naast|achter|langs|over)\\s(?:de\\s|het\\s)?)[\\p{L}'-]{3,}(?:${STREET_SUFFIXES})(?![\\p{L}])`,
  'giu',
);

/** School types and streams: "uit 2 mavo", "4 vmbo-t", "3 havo/vwo" name one or two classes. */
/**
 * A class named after "uit", "in", "klas" ...: "uit 2B", "in h3a", "brugklas B1c", "uit 2 mavo", "uit 4 havo b", or opening
 * an item of an agenda ("1. BB2a - jongen …", "1) verzuim 3B"). A named class narrows a pupil down to a few dozen, and with what the question
 * tells about her, to one; a class code counts also when the sentence is about the class or its mentor ("Mentor van klas 2d").
 * Ordinals ("2e"), "in 3d"/"in 4g" (not after "klas"), "in 2x", "in A4" are no class.
 */
const CLASS = new RegExp(
  // "uit de 3b", "in de h2a": an article may stand before the code.
  String.raw`(?:(?<=\b(?:(?:uit|vanuit|in|van|bij)(?:\sde)?|(?:de|het)\shele|(?:klas|kl\.?),?|casus|betreft|re:|brugklas|leerjaar|zit|zat|cluster|lesgroep|mentorgroep|\p{L}*leerlinge?|lln?\.?|leerl\.|jongen|meisje|\p{L}*bespreking|\p{L}*overleg|\p{L}*vergadering|verzuim|absentie|observatie|mentoruur|mentorles|(?:mentor|mentrix|zoco|zorgco|teamleider|afdelingsleider)(?:\svan)?(?:\s(?:onder|boven|midden)bouw)?)\s)|(?<=(?:^|[\s(])(?:[a-z]{0,3}[1-6][a-z]{1,3}\d?|[a-z]{0,4}[1-6][a-z]{0,4}[.-]\d[a-z]{0,2})(?:,|\s(?:en|of|&)|\s?\/)\s?)|(?<=\(\s?)|(?<=\b(?:\p{L}*leerlinge?|lln?\.?|leerl\.|jongen|meisje|kind),\s)|(?<=(?:^|[\s:;])\d{1,2}[.)]\s)(?=[\p{L}\d.-]+\s[-–:]\s)|(?<=^|\n)(?=[\p{L}\d.-]+(?::|\s[-–]\s))|(?<=\bkl\.))(?!\d(?:e|de|ste)\b)(?!(?:2-?d|3-?d|4g|5g|4k)\b(?<!\b(?:klas|brugklas|mentorklas|zit\sin|zat\sin|zitten\sin)\s\w\w))(?!(?:[1-6](?:x|u|uur|min|km|kg|cm|mm|gb|mb|jr)|a[3-5])\b)` +
    // "2 mavo b", "3havo2", "3 havo 2", "2 HAVO-2": a level with a group letter or number after it.
    String.raw`(?:[1-6]\s?${LEVEL}(?:[/-]${LEVEL})?(?:\s[a-e]\d?(?![\p{L}\p{N}])|-[a-e\d](?![\p{L}\p{N}])|\d|\s[1-9](?![\p{L}\p{N}]|[.,]?\s*(?:x|keer|uur|u|jaar|weken|dagen|maanden|lessen|\p{L}*leerlingen|jongens|meisjes|meiden|kinderen)\b))?` +
    // "kl. 2-C", "klas h4-a": a group letter after a dash.
    String.raw`|[a-z]{0,3}[1-6]-[a-h]|[a-z]{0,4}[1-6][a-z]{0,4}[.-]\d[a-z]{0,2}|[a-z]{0,3}[1-6][a-z]{1,3}\d?|[a-z]{1,3}[1-6][a-z]?)(?![\p{L}\p{N}]|[.-]\d)` +
    // "wie heeft m2c op woensdag?": a class someone teaches, with its group letter (not "heeft B1", "heeft mp3", "heeft 2e").
    String.raw`|(?<=\b(?:heeft|hebt|heb|geeft|geef|geven)\s)(?:[a-z]{1,3}[1-6][a-e]|[1-6][a-d])(?![\p{L}\p{N}])` +
    // "in groep 7b", "groep 2.1": a group of a primary school with its letter, or a numbered group.
    String.raw`|(?<=\bgroep\s)(?:[1-8][a-e]|[1-8]\.\d)(?![\p{L}\p{N}])` +
    // "uit klas 2 b": after "klas" a letter may stand apart.
    String.raw`|(?<=\bklas\s)[1-6]\s[a-e](?![\p{L}\p{N}])` +
    // "de 2D-klas", "een 3c-leerling", "de h4a-mentor": a code glued to what belongs to the class.
    String.raw`|(?<![\p{L}\p{N}.-])(?:[a-z]{0,3}[1-6][a-z]{1,3}\d?)(?=-(?:klas|groep|leerlingen?|leerlinge|jongens?|meisjes?|meiden|mentor|mentoren)\b)`,
  'giu',
);
/**
 * "naar h4a kijken", "kijken bij v5b", "meekijken in m2c": a class code with its group letter where someone goes or looks,
 * in any case. "naar h4" (a room), "naar 4e uur" (an ordinal), "naar A4" and "naar 3d" (paper, print) are none.
 */
const CLASS_TO_VISIT = /(?<=\b(?:naar|(?:mee)?kijken\s(?:in|bij|naar)|observeren\sin|observatie\sin)\s(?:de\s)?)(?!\d(?:e|de|ste)\b|(?:2d|3d|4k)\b)(?:[a-z]{1,3}[1-6][a-e]|[1-6][a-h])(?![\p{L}\p{N}])/giu;
/**
 * "Jongen (13 jr., woont in Castricum, 2 vwo, mentor …)": a class as a whole item of a bracketed list of details, after
 * the first item (CLASS reads the first, right after the bracket). Apart from CLASS so each stays fast on long input.
 */
const CLASS_IN_BRACKETED_LIST = new RegExp(
  String.raw`(?<=\([^()
]{0,80}[,;]\s{0,2})(?:[1-6]\s?${LEVEL}(?:[/-]${LEVEL})?|[a-z]{0,3}[1-6][a-z]{1,3}\d?)(?=\s{0,2}[,;)])`,
  'giu',
);
/**
 * "Leerlingbespreking 4.2K donderdag", "zorgen over 1.3a": a class numbered within its year with a group letter after it is
 * a class wherever it stands, unless a word for a section, task or room comes before it ("opdracht 2.1a", "vraag 1.3b").
 */
const NUMBERED_CLASS_WITH_LETTER =
  /(?<![\p{L}\p{N}.,-])(?<!\b(?:hoofdstuk|paragraaf|par|lokaal|pagina|blz|bladzijde|opdracht|stap|artikel|versie|vraag|figuur|tabel|bijlage|punt|agendapunt|som|oefening|taak|onderdeel|deel|sectie|item|les|module|thema|lesbrief|route|lijn)\.?\s)[a-z]{0,4}[1-6][.-]\d\p{L}{1,2}(?![\p{L}\p{N}]|[.,]\d|\s+(?:volgers|views|likes|abonnees|downloads|euro)\b)/giu;
/**
 * "Jongen uit de Dolfijnengroep", "zit in de Uilenklas": a group or class a school names (often in special and primary
 * education) is one class; with one pupil in the sentence it singles them out as a class code does. A year ("de Brugklas",
 * "de Examenklas") or the writer's own group by its kind ("Mentorgroep") is no name.
 */
const NAMED_GROUP = /(?<=\b(?:uit|in|van|bij)\s{1,3}de\s{1,3})(?!(?:Brug|Examen|Eindexamen|Mentor|Les|Stam|Basis|Jaar)(?:groep|klas)\b)\p{Lu}\p{Ll}{2,30}(?:groep|klas)(?![\p{L}\p{N}])/gu;
/** Someone in the sentence who is one or a few pupils, not the class as a whole ("de mentor van 2C", "een klas in 3 vwo"). */
/** "2 b leerling (vmbo)", "een 3 c meisje": a year and group letter typed apart, right before one pupil ("2e leerling" is a count). */
const SPACED_CLASS_BEFORE_PUPIL = /(?<![\p{L}\p{N}.,:/-])[1-6][ \t][a-dfh](?=[ \t]{1,3}(?:\p{Ll}{0,12}leerlinge?|jongen|meisje|meid|kind|\p{Ll}{0,8}klasser)(?![\p{L}]))/giu;
const PUPIL_IN_SENTENCE = /\b(?:\p{L}*leerlinge?n?|jongens?|meisjes?|meid(?:en)?|kind|\p{L}*klasser|scholier|hij|zij|ze|hem|tweeling)\b/iu;
/**
 * A level before its year: "uit havo 4", "in vwo-5", like "uit 4 havo" one or two classes. A year in words with a level
 * ("de derde klas havo") is left out: the blind batches label it an ordinary case description.
 */
const LEVEL_WITH_YEAR = new RegExp(
  String.raw`(?<=\b(?:uit|in|klas|zit|zat)\s(?:de\s)?)${LEVEL}[\s-]?[1-6](?![\p{L}\p{N}]|[.,]?\s*(?:x|keer|uur|u|jaar|weken|dagen|maanden|lessen|\p{L}*leerlingen|jongens|meisjes|meiden|kinderen)\b)`,
  'giu',
);
/**
 * "mentor van 2 mavo", "mijn 3 havo", "2 kgt als mentorklas": a year and level that is the writer's own mentor class is one
 * class, whoever else the sentence names ("de mentoren van 2 mavo" and "2 havo als leerjaar" are not one).
 */
const MENTOR_CLASS = new RegExp(
  String.raw`(?:(?<=\b(?:mentor|mentrix|mentoraat)(?:\s{1,3}(?:van|in))?\s{1,3})|(?<=\bmijn\s{1,3}))[1-6]\s?(?:${LEVEL}|kgt|bk)(?:[/-]${LEVEL})*(?![\p{L}\p{N}])(?!\s{1,3}(?:en|of)\s{1,3}[1-6])` +
    String.raw`|[1-6]\s?(?:${LEVEL}|kgt|bk)(?:[/-]${LEVEL})*(?=\s{1,3}(?:als|is)\s{1,3}(?:mijn\s{1,3})?(?:mentorklas|mentorgroep)\b)`,
  'giu',
);
/** "kaderleerling", "mavo-leerling": a level glued to a word for a pupil. */
const PUPIL_COMPOUND = String.raw`(?:leerlinge?|jongen|meisje|meid|klasser)`;
const YEAR_WORD = String.raw`(?:eerste|tweede|derde|vierde|vijfde|zesde|[1-6](?:e|de|ste))`;
/** One pupil named by a level: "een havist", "vwo'er", "mavoleerling", "gymnasiast" (the plural is a group). */
const PUPIL_BY_LEVEL = String.raw`(?:havist|mavist|vwo'?er|vmbo'?er|gymnasiast|${LEVEL}-?${PUPIL_COMPOUND})(?![\p{L}'’])`;
/**
 * A year written as a word or an ordinal with a level: "uit de tweede klas havo", "derde jaar vwo", "4e klas mavo",
 * "in de 3e havo", "in drie havo", "eerstejaars tl", "havo derde klas", "brugklas havo". Like "uit 2 mavo" one or two classes; a year alone
 * ("de derde klas") or a level alone ("havo-leerling") is not.
 */
const YEAR_IN_WORDS_WITH_LEVEL = new RegExp(
  String.raw`\b(?:${YEAR_WORD}\s+(?:(?:klas|jaar|leerjaar)\s+)?(?:van\s+(?:de\s+|het\s+)?)?|(?:eerste|tweede|derde|vierde|vijfde|zesde)jaars\s+|brugklas\s+)${LEVEL}(?:-?${PUPIL_COMPOUND})?(?![\p{L}\p{N}])` +
    String.raw`|\b${LEVEL}[\s-](?:(?:de|het)\s)?(?:${YEAR_WORD}\s+(?:klas|jaar)|(?:eerste|tweede|derde|vierde|vijfde|zesde)jaars|brugklas)(?![\p{L}\p{N}])` +
    // "een jongen in drie havo": a cardinal in words after "in" or "uit" is a year as well ("een" is left out: "in een havo-klas").
    String.raw`|(?<=\b(?:uit|in|zit|zat)\s)(?:twee|drie|vier|vijf|zes)\s+${LEVEL}(?![\p{L}\p{N}])` +
    // "een havist uit de derde", "vwo'er uit klas 5", "derdejaars havist", "tweedejaars uit de mavo": a pupil named by level with a year.
    String.raw`|\b${PUPIL_BY_LEVEL}\s+(?:uit|van|in|op)\s+(?:(?:de|het)\s+${YEAR_WORD}(?:\s+(?:klas|jaar|leerjaar))?|(?:klas|jaar|leerjaar)\s+[1-6])(?![\p{L}\p{N}])` +
    String.raw`|\b(?:eerste|tweede|derde|vierde|vijfde|zesde)jaars\s+(?:${PUPIL_BY_LEVEL}|(?:${PUPIL_COMPOUND}\s+)?(?:uit|van|in|op)\s+(?:de|het)\s+${LEVEL}(?![\p{L}\p{N}]))`,
  'giu',
);
/** One pupil (or one pupil's case): a year with a level and no group ("3 vmbo-kader") is one or two classes, so it pins down one pupil, not "jongens in 3 vmbo-kader". */
// "ze" is one pupil only beside a verb in the singular ("Ze zit nu in havo 4", "zit ze in 3 vwo"); "ze zitten in 4 havo" is a group.
const ONE_PUPIL_IN_SENTENCE = /\b(?:iemand|\p{L}*leerlinge?|havist|mavist|vwo'?er|vmbo'?er|gymnasiast|lln?|casus|jongen|meisje|meid|kind|\p{L}*klasser|klasgeno(?:ot|te)|scholier|hij|zij|hem|haar|tweeling|ze\s(?:\p{Ll}{2,8}\s)?(?:zit|zat|is|was|heeft|had|wil|kan|mag|moet|gaat|ging|komt|blijft|doet|doubleert|krijgt|wordt|werd)|(?:zit|zat|is|was|heeft|doubleert|blijft|wil|moet|krijgt|slaapt|voelt|vindt)\s(?:\p{Ll}{2,8}\s)?ze)\b/iu;
/** "veel leerlingen", "de meeste meiden": a large part of the class is no pupil to pin down. */
const MANY_PUPILS = /\b(?:veel|alle|de meeste|meeste|sommige|verschillende|meerdere|heel wat|de hele klas|iedereen)\s+(?:\p{L}*leerlingen|jongens|meisjes|meiden|kinderen)?/giu;
/** Two or more initials, with or without tussenvoegsels between them: "J.v.d.B.", "A.K.". */
const INITIALS = /(?<![\p{L}.])\p{Lu}\.(?:\s?(?:v|d|vd|de|van|der|den|el|al|t|\p{Lu})\.)*\s?\p{Lu}\.(?![\p{L}])/gu;
/** "lln j.v.d.m.", "leerling a.b.": initials typed in lower case right after a word for the pupil. */
const LOWER_CASE_INITIALS = /(?<=\b(?:lln?|leerlinge?|mentorleerling|casus|betreft|re:|zoon|dochter|jongen|meisje)\.?\s)\p{Ll}\.(?:\s?(?:v|d|vd|de|van|der|den|el|al|t|\p{Ll})\.|\s(?:de|van|der|den|el|al|ter|ten)(?=\s))*\s?\p{Ll}\.(?![\p{L}])/gu;
/** "t.k. uit mijn klas", "het gaat om s.b. in 2C": lower-case initials as whom a class or group holds, or whom one talks about. */
// At most five parts: unbounded, "a. a. a. …" would be scanned again from every letter.
const LOWER_CASE_INITIALS_BODY = String.raw`(?<![\p{L}\p{N}.])\p{Ll}\.(?:\s?(?:v|d|vd|de|van|der|den|el|al|t|\p{Ll})\.){0,3}\s?\p{Ll}\.(?![\p{L}\p{N}.])`;
const LOWER_CASE_INITIALS_OF_PUPIL = new RegExp(
  String.raw`${LOWER_CASE_INITIALS_BODY}(?=\s{1,3}(?:uit|in|van)\s{1,3}(?:(?:mijn|onze|jouw|zijn|haar|de|het)\s{1,3})?(?:klas|mentorklas|mentorgroep|lesgroep|brugklas|jaarlaag|groep|[1-6]\p{L}{1,4}\b|[1-6]\s(?:havo|vwo|mavo|vmbo|kader|basis)\b))` +
    String.raw`|(?<=\b(?:het\s{1,3}over|gaat\s{1,3}om|bedoel|bedoelde)\s{1,3})${LOWER_CASE_INITIALS_BODY}`,
  'gu',
);
const NOT_INITIALS = new Set(['M.N.', 'I.E.', 'E.G.', 'Z.G.', 'N.B.', 'P.S.', 'V.S.', 'B.V.', 'N.V.', 'O.K.', 'A.U.B.', 'T.A.V.', 'I.V.M.', 'M.B.V.', 'E.D.', 'A.D.', 'V.O.', 'P.O.', 'S.V.P.', 'Z.S.M.', 'O.A.', 'M.B.T.', 'D.W.Z.', 'T.Z.T.', 'N.A.V.', 'I.O.M.', 'Z.O.Z.', 'A.S.', 'C.Q.', 'I.P.V.', 'M.A.W.', 'E.A.', 'A.H.W.', 'D.M.V.', 'M.U.V.', 'T.O.V.', 'I.C.M.', 'T.B.V.', 'V.A.', 'T.M.', 'I.S.M.']);
const KIN = 'zoon|zoontje|dochter|dochtertje|kind|kinderen|broer|broertje|zus|zusje|neef|neefje|nicht|nichtje|stiefzoon|stiefdochter|pleegzoon|pleegdochter|pleegkind|kleinzoon|kleindochter|vriend|vriendin|vriendje|vriendinnetje';
const KNOWN_ROLE =
  'conciërge|concierge|wethouder|burgemeester|directeur|directrice|rector|conrector|teamleider|afdelingsleider|schoolleider|mentor|docent|docente|leraar|lerares|juf|meester|collega|wijkagent|agent|politieagent|huisarts|dokter|tandarts|dominee|imam|pastoor|trainer|coach|zorgcoördinator|ondersteuningscoördinator|voorzitter|eigenaar|bestuurder|raadslid|kamerlid|jeugdarts|schoolmaatschappelijk werker|onderwijsassistent|administratief medewerker|gymdocent|decaan|vertrouwenspersoon|bakker|slager|buurman|buurvrouw';
/** Roles a whole town knows the holder of. */
const PUBLIC_ROLE = 'wethouder|burgemeester|raadslid|gemeenteraadslid|kamerlid|wijkagent|dominee|imam|pastoor|rector|schoolleider|conciërge';
/**
 * What pins a pupil down without a name: a child of someone everyone at school or in town knows, the writer's own child,
 * a relative in a public role. Each alone is rare enough in one school to point to one family.
 */
const UNIQUE_DESCRIPTION = new RegExp(
  String.raw`\b(?:${KIN})\s+van\s+(?:(?:de|het|onze|ons|mijn|een|die|deze|hun|zijn|haar)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${KNOWN_ROLE})\b` +
    String.raw`|\b(?:${KIN})\s+van\s+(?:de|het|onze|ons|mijn|een|die|deze)\s+\p{L}*(?:leraar|lerares|docent|docente|coach|trainer|agent|arts|leider|directeur|eigenaar|medewerker|voorzitter|juf|meester)\b` +
    String.raw`|\b(?:mijn|onze)\s+(?:eigen\s+)?(?:zoon|dochter|kind|neef|nicht)\b` +
    // "een leerling wiens moeder onze conciërge is": the same in a subordinate clause.
    String.raw`|\b(?:wiens|wier|van wie (?:de|het)|waarvan (?:de|het))\s+(?:vader|moeder|ouders?|stiefvader|stiefmoeder|oom|tante|opa|oma|broer|zus)\s+(?:[\p{L}-]+\s+){0,2}?(?:de|onze|ons|het)\s+(?:${KNOWN_ROLE}|\p{L}*(?:leraar|lerares|docent|docente|coach|trainer|agent|arts|leider|directeur|eigenaar))\b` +
    String.raw`|\b(?:${KIN}|vader|moeder|ouders)\s+van\s+(?:een|de|die|deze)\s+(?:bekende|beroemde)\b|\bBN'?ers?\b` +
    String.raw`|\b(?:vader|moeder|stiefvader|stiefmoeder|oom|tante|opa|oma)\s+(?:is|was|staat bekend als|werkt als)\s+(?:de|onze)\s+(?:${KNOWN_ROLE}|eigenaar van)\b` +
    String.raw`|\b(?:ouder|vader|moeder|stiefvader|stiefmoeder|oom|tante|opa|oma)\s+(?:die\s+)?(?:(?:is|was|werkt als)\s+)?(?:${PUBLIC_ROLE})\b`,
  'giu',
);
/** A quotation opened after a parent, still open: "bericht van een ouder (namen weggehaald): '…", "moeder schrijft: "…". */
const PARENT_QUOTE_BEFORE = /\b(?:ouders?|moeder|vader|verzorgers?)\b[^'"‘’“”\n]{0,80}['"‘“][^"‘’“”\n]{0,160}$/iu;
/** "de enige leerling met …", "als enige", twins, a very large family: only one such pupil. Apart from UNIQUE_DESCRIPTION so each stays fast on long input. */
const ONLY_ONE = new RegExp(
  String.raw`\b(?:de|het|onze|ons|mijn|jullie)\s+enige\s+(?:[\p{L}-]+\s+){0,2}?(?:leerling|leerlinge|jongen|meisje|kind|brugklasser|scholier|broer|zus|tweeling|zoon|dochter)\b` +
    String.raw`|\bals\s+enige\b|\b(?:tweeling|drieling|vierling)(?:broer|zus|broertje|zusje)?\b` +
    // "de enige op school met een prothese", "de enige in de klas met zo'n verhaal", "zij is de enige met een hoofddoek".
    String.raw`|\b(?:de|het)\s+enige\s+(?:(?:in|op|van|uit|binnen)\s+(?:de|het|onze|ons|deze|die|hun|zijn|haar)?\s*(?:\p{L}+\s+)?(?:klas|klassen|school|gebouw|jaarlaag|leerjaar|afdeling|locatie|groep|team|brugklas|onderbouw|bovenbouw|dorp|wijk|straat|buurt|vereniging|club|jaar|mentorgroep)\b)` +
    String.raw`|\b(?:hij|zij|ze)\s+(?:is|was)\s+(?:ook\s+)?(?:de|het)\s+enige\b|\b(?:de|het)\s+enige\s+met\s+(?:een|zo'n|die)\b` +
    // "een gezin met elf kinderen": few families in a school are that large.
    String.raw`|\b(?:gezin|familie)\s+(?:met|van)\s+(?:(?:[7-9]|1\d|2\d)|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien)\s+kinderen\b`,
  'giu',
);
/** "de zoon vd wethouder", "dochter v.d. directeur": "van de" typed short; apart from UNIQUE_DESCRIPTION so each stays fast on long input. */
const CHILD_OF_ROLE_SHORT = new RegExp(
  String.raw`\b(?:${KIN})\s+v\.?d\.?\s+(?:[\p{L}-]+\s+){0,2}?(?:${KNOWN_ROLE}|\p{L}*(?:leraar|lerares|docent|docente|coach|trainer|agent|arts|leider|directeur|eigenaar|medewerker|voorzitter|juf|meester))\b`,
  'giu',
);
const MONTH_NAMES = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
/**
 * "Het meisje dat vorige week op het schoolplein flauwviel": a pupil pointed at through something that happened at a
 * named time; everyone who was there knows who it is.
 */
const KNOWN_INCIDENT = new RegExp(
  // "een meisje uit de brugklas dat vorige week …": a one-off moment (a weekday alone may be a habit: "een jongen die op vrijdag …").
  String.raw`\been\s+(?:meisje|jongen|leerling|leerlinge|brugklasser|kind)\s+(?:(?:uit|van|in)\s+(?:de|het)?\s*[\p{L}\p{N}]+\s+)?(?:die|dat|wiens|wier)\s+(?:[\p{L}]+\s+){0,3}?` +
    String.raw`(?:gisteren|eergisteren|vanochtend|vanmiddag|vorige\s+(?:week|maand)|vorig\s+(?:jaar|schooljaar)|afgelopen\s+(?:week|maand|weekend|zomer))\b` +
  String.raw`|\b(?:het|de|die|dat)\s+(?:meisje|jongen|leerling|leerlinge|brugklasser|kind|tweeling)\s+(?:(?:uit|van|in)\s+(?:de|het)?\s*[\p{L}\p{N}]+\s+)?(?:die|dat|wiens|wier)\s+(?:[\p{L}]+\s+){0,3}?` +
    String.raw`(?:gisteren|eergisteren|vanochtend|vanmiddag|vandaag|vorige\s+(?:week|maand)|vorig\s+(?:jaar|schooljaar)|afgelopen\s+\p{L}+|(?:maandag|dinsdag|woensdag|donderdag|vrijdag)(?:ochtend|middag)?` +
    // "die in juni tijdens de schoolreis zijn been brak": a month or a school event everyone was at.
    String.raw`|in\s+(?:${MONTH_NAMES})|(?:tijdens|op|na)\s+(?:de|het)?\s*(?:schoolreis|kamp|werkweek|excursie|schoolfeest|diploma-uitreiking|sportdag|open dag|musical|eindfeest|galafeest))\b`,
  'giu',
);
/**
 * Rules that pin a pupil down by uniqueness rather than by a listed word, so they hold for descriptions nobody wrote down:
 * a relative working at school or holding a public or only-one role, "maar één leerling", knowledge everyone shares
 * ("iedereen weet wie ik bedoel"), a nickname everyone uses, "the pupil with the …" as a way of pointing at one person.
 */
const RELATIVE = 'vader|moeder|ouders?|stiefvader|stiefmoeder|oom|tante|opa|oma|broer|zus';
/** Where a relative works at this school: "hier", "bij ons (op school)", "op onze school". */
const AT_OUR_SCHOOL = String.raw`(?:hier|bij\s+ons(?:\s+op\s+school)?|op\s+(?:onze|deze)\s+school)`;
/** A job at a school: a known role, a teacher or assistant of any kind, a department. */
const SCHOOL_JOB = String.raw`(?:${KNOWN_ROLE}|\p{L}*(?:docent|docente|leraar|lerares|assistent|medewerker|administratie|receptie|kantine|conciërgerie|leerlingzaken|roostermaker|directie))`;
// A relative at school or in an only-one or public role; apart from the other rules so each stays fast on long input.
// "wiens vader hier conciërge is", "moeder bij ons op de administratie werkt", "vader is docent op onze school": a job at this
// very school with or without "werkt"; "wiens vader docent is" (somewhere) fits many pupils.
const PINNED_BY_RELATIVE = new RegExp(
  String.raw`\b(?:${RELATIVE})\s+(?:[\p{L}-]+\s+){0,5}?(?:werkt|werken)\s+(?:\p{L}+\s+){0,1}?(?:bij\s+ons|hier|op\s+(?:onze|deze|de)\s+school)\b` +
    String.raw`|\b(?:${RELATIVE})\s+(?:(?:is|was|zijn|waren)\s+)?(?:ook\s+)?${AT_OUR_SCHOOL}\s+(?:(?:als|op\s+de|bij\s+de|in\s+de|op\s+het)\s+)?${SCHOOL_JOB}(?![\p{L}])` +
    String.raw`|\b(?:${RELATIVE})\s+(?:(?:is|was|zijn|waren)\s+)?${SCHOOL_JOB}\s+(?:(?:is|was|zijn|waren)\s+)?${AT_OUR_SCHOOL}(?![\p{L}])` +
    String.raw`|\b(?:${RELATIVE})\s+(?:[\p{L}-]+\s+){0,6}?(?:is|was|werkt\s+als)\s+(?:(?:de\s+)?enige\s+[\p{L}-]+|${PUBLIC_ROLE})\b`,
  'giu',
);
/** A business a family runs, which a town knows the owners of: "de kapperszaak", "de snackbar", "de Chinees", "een eigen scooterbedrijfje". */
const BUSINESS = String.raw`(?:chinees|italiaan|griek|turk|\p{L}*(?:zaak|zaakje|winkel|winkeltje|salon|bedrijf|bedrijfje|studio|shop|webshop|kwekerij|bakkerij|slagerij|garage|snackbar|cafetaria|frituur|pizzeria|restaurant|café|cafe|hotel|camping|manege|boerderij|apotheek|drogisterij|toko|kiosk|tankstation|ijssalon|praktijk|onderneming))`;
/**
 * "het meisje van de kapperszaak naast het station", "de zoon van de snackbar": a pupil named after the business their family
 * runs ("een jongen van de bakkerij kwam gastles geven" is someone who works there); "haar ouders hebben de pizzeria aan de haven": the family's own business with where it is. Either points to one family.
 */
const CHILD_OF_BUSINESS = new RegExp(
  String.raw`\b(?:${KIN}|(?<!\been\s)(?:meisje|jongen|jongetje|jochie|meid|knul|leerlinge?))\s+(?:van|uit)\s+(?:de|het|die|dat)\s+(?:[\p{L}-]+\s+)?${BUSINESS}\b` +
    String.raw`|\b(?:${RELATIVE}|familie|gezin)\s+(?:\p{L}+\s+){0,2}?(?:heeft|hebben|had|hadden|runt|runnen|bezit|bezitten|beheert|beheren|is\s+eigenaar\s+van|zijn\s+eigenaar\s+van)\s+(?:de|het|die|dat|een(?:\s+eigen)?)\s+(?:[\p{L}-]+\s+)?${BUSINESS}\s+(?:in|aan|op|bij|naast|tegenover|achter|vlakbij)\b`,
  'giu',
);
/** "een eigen scooterbedrijfje", "Nederlands kampioen": a fact that makes a pupil public, found first so the scan stays linear. */
const PUBLIC_FACT = new RegExp(
  String.raw`\been\s+eigen\s+(?:[\p{L}-]+\s+)?(?:${BUSINESS}|merk|kledingmerk|label|youtube-?kanaal)\b|\b(?:nederlands|europees|wereld|regionaal|provinciaal|noord-hollands|nationaal)\s*kampioene?\b`,
  'giu',
);
/** Whose fact it is: one person ("die op z'n 16e al …", "hij is …"); that they have, run or hold it, after the fact or before it. */
const ONE_PERSON = /^(?:die|dat|hij|zij|ze)$/iu;
const HOLDS_FACT_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:heeft|runt|had|begon|begonnen|gestart|opgezet|opgericht|is|was|werd|geworden)\b/iu;
const HOLDS_FACT = /^(?:heeft|runt|had|is|was|werd)$/iu;
/** A wish is no fact: "wereldkampioen worden", "een eigen bedrijf wil beginnen". */
const WISH_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:worden|wil|willen|wilde)\b/iu;

/**
 * A pupil made public by a fact about them: their own business at school age ("die op z'n 16e al een eigen scooterbedrijfje
 * heeft"), a national or regional title ("die Nederlands kampioen judo is"). A school has one such pupil.
 */
function publicFactFindings(text: string): Finding[] {
  return [...text.matchAll(PUBLIC_FACT)].flatMap((fact) => {
    const end = fact.index + fact[0].length;
    const [clause, words] = clauseBefore(text, fact.index, 120);
    const person = words.slice(-7).find((word) => ONE_PERSON.test(word[0]) && !opensAsThing(word, words));
    const after = text.slice(end, end + 60);
    const heldBefore = !!person && words.slice(-5).some((word) => word.index > person.index && HOLDS_FACT.test(word[0]));
    if (!person || WISH_AFTER.test(after) || !(HOLDS_FACT_AFTER.test(after) || heldBefore)) return [];
    return [finding(text, 'unique-description', fact.index - clause.length + person.index, end)];
  });
}

/**
 * The clause before `at` (back to a stop, at most `reach` characters) and its words with where each starts: rules read the
 * last few words of it in code, as an expression anchored at its end is tried from every word of a long text.
 */
/** "Dat stond gisteren in de krant": "die" or "dat" opening the clause is a thing; after a noun ("het meisje dat …") it is someone. */
const opensAsThing = (word: RegExpExecArray, words: readonly RegExpExecArray[]) => words[0] === word && /^(?:die|dat)$/iu.test(word[0]);
const CLAUSE_STOPS = new Set([...'.!?;:,\n']);
function clauseBefore(text: string, at: number, reach: number): [string, RegExpExecArray[]] {
  const before = text.slice(Math.max(0, at - reach), at);
  let stop = before.length - 1;
  while (stop >= 0 && !CLAUSE_STOPS.has(before[stop]!)) stop--;
  const clause = before.slice(stop + 1);
  return [clause, [...clause.matchAll(/[\p{L}\p{N}'’-]+/gu)]];
}
const PINNED_BY_UNIQUENESS = new RegExp(
  String.raw`\b(?:de|het)\s+enige\s+[\p{L}-]+\s+(?:in|van|op)\s+\p{Lu}[\p{L}-]+` +
    // "maar een" is mostly "but a": only "maar één", or "er is/zit maar een", says "only one".
    String.raw`|(?:\bmaar\s+(?:één|eén)|\b(?:er\s+(?:is|zit|zijn|zitten)|(?:is|zit|zijn|zitten|heb|hebben|heeft)\s+(?:er|we|wij|ik|ze|hier)|hebben\s+we|heb\s+ik)\s{1,3}maar\s+(?:een|1))\s+(?:\p{L}*leerlinge?|jongen|meisje|kind|scholier)\s+(?:in|met|op|die|dat|zonder)\b` +
    String.raw`|\b(?:iedereen|het\s+hele\s+team|de\s+hele\s+school|heel\s+de\s+school|de\s+hele\s+klas)\s+(?:\p{L}+\s+){0,3}?weet\s+(?:wie|het|ervan)\b` +
    // "noemt zichzelf constant 'dom'": what someone calls themself in a lower-case word describes them, no nickname.
    String.raw`|\b(?:wordt|worden|noemen|noemt)\s+(?!(?:het|dat|dit|deze)\s)(?!(?:\p{L}+\s+){0,1}zich(?:zelf)?\s+(?:\p{L}+\s+){0,2}['‘"“]\p{Ll})(?:\p{L}+\s+){0,5}?['‘"“]\p{L}[^'’"”]{1,30}['’"”](?:\s*(?:wordt\s+)?(?:genoemd|noemen|noemt))?` +
    String.raw`|['‘"“]\p{L}[^'’"”]{1,30}['’"”]\s+(?:wordt\s+)?genoemd\b` +
    String.raw`|\b(?:de|het|die|dat)\s+(?:jongen|meisje|leerling|leerlinge|brugklasser)\s+met\s+(?:de|het|die|dat)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+` +
    // "het meisje in de vierde dat zwanger is": the one pupil at school everyone knows this of, pointed at with "het … dat".
    String.raw`|\b(?:het|dat|die|de)\s+(?:meisje|leerling|leerlinge)\s+(?:(?:in|uit|van)\s+(?:de|het)?\s*[\p{L}\p{N}]+\s+)?(?:dat|die)\s+(?:[\p{L}]+\s+){0,2}?(?:zwanger|bevallen)\b` +
    // "de langste jongen van de school", "het jongste meisje uit de klas": a superlative within a group is one person.
    String.raw`|(?<!\bniet\s)\b(?:de|het)\s+\p{L}+ste\s+(?:leerling|leerlinge|jongen|meisje|kind|brugklasser|scholier)\s+(?:van|op|in|uit)\s+(?:de|het|onze|ons)?\s*(?:school|klas|jaarlaag|groep|brugklas|onderbouw|bovenbouw|team|mentorklas)\b` +
    // "de jongen die altijd in dat oranje shirt rondloopt": pointing at one person by what they always wear or carry.
    String.raw`|\b(?:de|het|die|dat)\s+(?:jongen|meisje|leerling|leerlinge|brugklasser)\s+die\s+(?:altijd|elke\s+dag|steeds)\s+(?:in|met|op)\s+(?:dat|die|de|het|zijn|haar|een)\s+[\p{L}-]+`,
  'giu',
);
/**
 * What a person is called, in quotes: "'de Tank' zoals ze hem noemen", "'Prof', noemen ze haar", "zijn bijnaam is 'Kruimel'",
 * "iedereen kent hem als 'de Prof'". Apart from PINNED_BY_UNIQUENESS so each stays fast on long input.
 */
const QUOTED_NICKNAME = new RegExp(
  String.raw`['‘"“]\p{L}[^'’"”]{1,30}['’"”],?\s+(?:\p{L}+\s+){0,3}?(?:(?:hem|haar)(?:\s+\p{L}+){0,2}?\s+(?:noemen|noemt|noemde|noemden)|(?:noemen|noemt|noemde|noemden)\s+(?:\p{L}+\s+){0,2}?(?:hem|haar))\b` +
    // "iemand die ze 'het monster' noemen", "die jongen die ze allemaal 'bolletje' noemen": a person, then whom others call so.
    String.raw`|\b(?:iemand|jongen|meisje|\p{L}*leerlinge?|kind|brugklasser|klasgeno(?:ot|te))\s+(?:die|dat)\s+(?:ze|zij|we|wij|iedereen|men|klasgenoten|anderen|de\s+klas)\s+(?:\p{L}+\s+){0,4}?['‘"“]\p{L}[^'’"”]{0,30}['’"”]\s+(?:noemen|noemt|noemde|noemden)\b` +
    String.raw`|\b(?:(?:kent|kennen|kende|kenden)\s+(?:\p{L}+\s+){0,2}?(?:hem|haar)\s+als|bekend\s+als|(?:(?:heet|heette)\s+(?:hij|ze|zij)|(?:hij|ze|zij)\s+(?:heet|heette))${NICKNAME_SETTING}|(?:bijnaam|roepnaam|scheldnaam|koosnaam)${NICKNAME_SETTING})\s+(?:is\s+|was\s+)?['‘"“]\p{L}[^'’"”]{0,30}['’"”]`,
  'giu',
);
/**
 * What everyone calls him or her, said with the name: "ze noemen hem in de klas 'Bolle Bas'", "pukkie (zo noemt de hele klas
 * hem)", "'Sjors' uit haar klas, iedereen noemt hem zo". Apart from QUOTED_NICKNAME so each stays fast on long input.
 */
const NICKNAME_BY_CALLING = new RegExp(
  String.raw`\b(?:noemen|noemt|noemde|noemden)\s+(?:hem|haar)\s+(?:\p{L}+\s+){0,3}?['‘"“]\p{L}[^'’"”]{0,30}['’"”]` +
    String.raw`|(?<![\p{L}])\p{L}[\p{L}'-]{1,30}\s*\(\s*zo\s+(?:noemt|noemen|noemde|noemden)\s+(?:\p{L}+\s+){0,3}?(?:hem|haar)(?:\s+\p{L}+){0,4}?\s*\)` +
    String.raw`|['‘"“]\p{L}[^'’"”]{0,30}['’"”][^.!?\n'‘’"“”]{0,40}?\b(?:(?:noemt|noemen|noemde|noemden)\s+(?:\p{L}+\s+)?(?:hem|haar)\s+zo|zo\s+(?:noemt|noemen|noemde|noemden)\s+(?:\p{L}+\s+){0,3}?(?:hem|haar))\b`,
  'giu',
);
/**
 * "'kleine mo' zit weer alleen in de aula": a short quoted name opening a clause as the subject of what a pupil does, with an
 * adverb after the verb. A name kind, so a quoted method or school ("'Rots en Water' komt weer …") is left by the not-name spans.
 */
const QUOTED_NAME_AS_SUBJECT =
  /(?<=(?:^|[.:;!?\n]\s{0,3}|,\s{1,3})['‘"“])\p{L}[\p{L}'’-]{0,14}(?:\s\p{L}[\p{L}'’-]{0,14}){0,2}(?=['’"”]\s{1,3}(?:zit|zat|wordt|werd|loopt|liep|huilt|huilde|eet|spijbelt|scheldt|schold|slaat|sloeg|pest|pestte|komt|kwam|staat|stond|blijft|bleef|rent|vecht|vocht|doet|deed)\s{1,3}(?:weer|steeds|al|alleen|vaak|nooit|elke|iedere|opnieuw|niet|telkens|constant|nog|ook|de\s+hele)\b)/gu;
/** "Vader (dhr. Oosterbeek) wil niet …": a parent's surname in brackets after the relative is the pupil's surname too. */
const RELATIVE_NAMED_IN_BRACKETS = new RegExp(
  String.raw`(?<=\b(?:${RELATIVE})\s{0,3}\(\s{0,3}(?:dhr|mevr|mw|meneer|mevrouw|fam|familie)\.?\s{1,3})(?:(?:van|de|der|den|ter|ten|el|al)\s{1,3}){0,3}\p{Lu}[\p{L}'’-]{1,40}`,
  'giu',
);
/** Any capitalised word joined to "uit mijn mentorklas" is a pupil, also one that is a word ("Storm") or in no list ("Mercedes"); a name is at most 41 letters, which keeps the scan linear. */
const NAMED_FROM_OWN_CLASS =
  /(?<![\p{L}])(?!(?:Iemand|Niemand|Iedereen|Een|Twee|Drie|Vier|Vijf|Veel|Alle|Sommige|Wie|Die|Deze|Dit|Dat|Het|De|Leerlingen?|Leerlinge|Jongens?|Meisjes?|Kinderen|Ouders)\b)\p{Lu}[\p{L}'-]{1,40}(?=\s+uit\s+(?:mijn|onze|m'n)\s+(?:\p{L}+\s+)?(?:mentorklas|mentorgroep|klas|groep|lesgroep|stamgroep|basisgroep)\b)/gu;
/**
 * A code with letters and digits after a word for a login or record ("inlogcode jvdb0412"), or a BSN or part of one after
 * the word, whether or not it passes the eleven test ("BSN eindigt op 4471", "BSN (204517396)"): writers invent numbers, users mistype.
 */
const PERSONAL_CODE = /\b(?:inlogcode|inlognaam|gebruikerscode|leerlingcode|code|account)(?:\s+is|:)?\s+(?=[\p{L}\d]*\d)(?=[\p{L}\d]*\p{L})[\p{L}\d]{4,}\b|(?<=\b(?:BSN|burgerservicenummer|sofinummer|sofi-nummer)\b[^.!?\n]{0,25}?)(?<![\d.])(?:\d(?:[ .-]?\d){7,8}|\d{3,9})(?![\d]|\.\d)/giu;
const BSN_WORD = /\b(?:BSN|burgerservicenummer|sofinummer|sofi-nummer)\b/giu;
const NINE_DIGITS = /(?<![\d.])\d(?:[ .-]?\d){8}(?![\d]|\.\d)/gu;
/** A class or cluster written in an unseen notation: digits and letters joined by dashes after a class word ("cluster 4hNG-bi2", "uit 3-kb-2"). */
const CODED_GROUP = /(?<=\b(?:cluster|clustergroep|lesgroep|uit|klas|groep)\s)(?=[\p{L}\d-]*\d)(?=[\p{L}\d-]*\p{L})[\p{L}\d]+(?:-[\p{L}\d]+)+\b/giu;
/** A year level alone after "leerjaar" ("leerjaar 2 havo") is many pupils, not one class; "uit 2 mavo" names one or two classes. */
const YEAR_LEVEL_ALONE = new RegExp(String.raw`^[1-6]\s?${LEVEL}(?:[/-]${LEVEL})*$`, 'iu');
/** "3kb", "2 tl", "4GT": a year with an abbreviated level is how a timetable names one class, not a year level ("3 havo"). */
const ABBREVIATED_LEVEL_CODE = /^[1-6]\s?(?:kb|bb|tl|gt|gl|mh|hv)$/iu;

/** A pupil spoken of as one person ("het meisje", "een jongen"), the start of a description that may pin her down. */
const ONE_PUPIL_POINTED = /\b(?<article>het|de|die|dat|een|mijn|onze)\s+(?:meisje|jongen|\p{L}*leerlinge?|brugklasser|kind|meid)\b/giu;
/** A trait a school has one or two pupils with: a wheelchair or other visible aid, or having just arrived from abroad. */
// "net uit Eritrea komt", "dat vorig jaar uit Oekraïne kwam", "die dit schooljaar vanuit Syrië naar Nederland kwam": an arrival within the last year.
const RARE_TRAIT = /\b(?:rolstoel|rollator|krukken|prothese|beenprothese|gehoorapparaat|hoortoestel|blindenstok|geleidehond|sonde|insulinepomp|beenbeugel|(?:net|pas|sinds\s+kort|onlangs|(?:vorig|dit|afgelopen)\s+(?:jaar|schooljaar))\s+(?:uit|vanuit)\s+(?!(?:de|het|een|school|huis|bed|bad|vakantie)\b)\p{L}+\s+(?:naar\s+(?:Nederland|hier)\s+)?(?:komt|kwam|gekomen|gevlucht|gevlucht\s+is)|nieuwkomer|vluchteling|statushouder|asielzoeker)\b/iu;
/** "dat deze zomer uit Friesland is verhuisd": a recent move from a named region; with a rare trait, that leaves one pupil. */
const RECENT_MOVE_FROM = /\b(?:(?:deze|afgelopen|vorige)\s{1,3}(?:zomer|winter|herfst|lente|maand|week|vakantie)|net|pas|sinds\s{1,3}kort|onlangs)\s{1,3}(?:\p{Ll}{1,20}\s{1,3}){0,2}?(?:uit|vanuit)\s{1,3}\p{Lu}[\p{L}-]{1,30}\s{1,3}(?:(?:is|zijn)\s{1,3})?(?:verhuisd|gekomen|gevlucht|overgekomen)\b/u;
/** A year group or a pupil's own class: with a rare trait, that leaves one pupil. */
const YEAR_GROUP = /\b(?:brugklas(?:ser)?|klas\s+[1-6]|[1-6](?:e|de)\s+klas|(?:eerste|tweede|derde|vierde|vijfde|zesde)\s+klas|jaarlaag|mentorklas|(?:mijn|onze|zijn|haar)\s+klas)\b/iu;

/**
 * "het meisje in de rolstoel uit de brugklas", "een jongen uit 2 die net uit Eritrea komt": one pupil with a rare trait in a
 * named year group, or with a second trait ("in de rolstoel … dat deze zomer uit Friesland is verhuisd"); each alone fits
 * several pupils, together one.
 */
function rareTraitInGroupFindings(text: string): Finding[] {
  return [...text.matchAll(ONE_PUPIL_POINTED)].flatMap((pupil) => {
    const end = pupil.index + pupil[0].length;
    const clause = /^[^.!?\n]{0,160}/u.exec(text.slice(end, end + 160))![0];
    const trait = RARE_TRAIT.exec(clause);
    // "een leerling in een rolstoel in de brugklas, hoe …" may be any pupil; "een meisje … dat net uit Syrië komt" is one.
    const onePupil = pupil.groups!.article!.toLowerCase() !== 'een' || (!!trait && /\b(?:die|dat)\b/iu.test(clause.slice(0, trait.index)));
    const moved = RECENT_MOVE_FROM.exec(clause);
    const secondTrait = !!trait && !!moved && (moved.index >= trait.index + trait[0].length || moved.index + moved[0].length <= trait.index);
    return trait && onePupil && (YEAR_GROUP.test(clause) || secondTrait) ? [finding(text, 'unique-description', pupil.index, end + trait.index + trait[0].length)] : [];
  });
}

/** A news event ("het ongeluk op de N203", "de brand die in de krant stond") pins down the family it happened to. */
const NEWS_EVENT = /\b(?:afbrandde|afgebrand|uitgebrand|omkwam|omgekomen|om het leven|verongelukt|verongelukte|verdronk|verdronken|doodgestoken|neergestoken|doodgeschoten|neergeschoten|vermoord|vermist|opgepakt|gearresteerd|veroordeeld|brand|steek\p{L}*|schiet\p{L}*|aanslag|overval|explosie|ongeluk|ongeval|incident|mishandeling|inbraak|ontvoering|moord|doodslag|drugsvangst|inval)\b/iu;
const NEWS_PLACE = /\b[ANE]\d{1,3}\b|\bin (?:de|het) (?:\p{Lu}\p{L}+ )?(?:Dagblad|Courant|Krant|Nieuwsblad|Dagblad van \p{Lu}\p{L}+)\b/gu;
const NEWS_PERSON = new RegExp(String.raw`\b(?:${RELATIVE}|\p{L}*leerlinge?|jongen|meisje|kind|gezin|familie|hij|zij|ze|hem|haar|zijn)\b`, 'iu');
const OUTLETS = String.raw`(?:de krant|het nieuws|het journaal|nh nieuws|rtv nh|rtv noord-holland|hart van nederland|(?:de\s)?(?:tv|televisie|radio)|de lokale omroep|omroep [\p{L}-]+|(?:de|het)\s(?:\p{L}+\s)?(?:dagblad|courant|krant|nieuwsblad))`;
/** "op NH Nieuws", "in de krant", "op tv": the news outlet in any case (NEWS_PLACE reads road numbers, which need their capital). */
const NEWS_OUTLET = new RegExp(String.raw`\b(?:in|op)\s${OUTLETS}\b`, 'giu');
/** "… in de krant stond", "… op NH Nieuws was": someone was in the news. */
const WAS_IN_NEWS_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:stond|stonden|kwam|kwamen|verscheen|was|waren|gestaan|geweest)\b|^\s+(?:heeft\s+gestaan|is\s+geweest)\b/iu;
/** Who was: one person before the outlet ("die vorige maand", "haar vader", not "wat er"), or with the verb before it ("hij stond … in de krant"). */
const PERSON_IN_NEWS = new RegExp(String.raw`^(?:die|dat|hij|zij|ze|${RELATIVE})$`, 'iu');
const WAS_IN_NEWS = /^(?:stond|stonden|kwam|kwamen|verscheen|was|waren)$/iu;

/**
 * "vorige week door de politie uit de les gehaald", "gisteren opgepakt": an arrest with a named time is something the
 * whole school saw or heard about, so it points to one pupil.
 */
const ARREST = /\b(?:opgepakt|gearresteerd|aangehouden|in de cel|vastgezet|door de politie\s+(?:\p{L}+\s+){0,5}?(?:gehaald|weggehaald|opgehaald|meegenomen|afgevoerd|thuisgebracht|ondervraagd|verhoord))\b/iu;
const NAMED_TIME =
  /\b(?:gisteren|eergisteren|vanochtend|vanmiddag|vannacht|vorige|afgelopen|(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:ochtend|middag|avond|nacht)?|tijdens\s+het\s+\S+\s+uur|net|onlangs|laatst)\b/giu;

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
/** Day-month-year ("12-03-2011", "12/3/11", "05.09.2010") or the ISO order year-month-day ("2011-03-12"). */
const NUMERIC_DATE = /\b(?:(?<day>\d{1,2})[-/.](?<month>\d{1,2})[-/.]['’]?(?<year>\d{4}|\d{2})|(?<isoYear>\d{4})-(?<isoMonth>\d{1,2})-(?<isoDay>\d{1,2}))\b/g;
const DAY_WORD =
  'een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]ntwintig|dertig|eenendertig|[eé]énendertig';
/** "14 maart 2011", "twaalf juni 2011", "3 juni", "3 feb '11": the day in digits or in words. */
const WRITTEN_DATE = new RegExp(`\\b(\\d{1,2}|${DAY_WORD})\\s(?:${MONTHS})\\.?(?:\\s(\\d{4})\\b|\\s['’](\\d{2})\\b)?(?![\\p{L}\\p{N}])`, 'giu');
/** "geb. 3 feb": the abbreviation ends in a dot, so it takes no word boundary after it. */
const BIRTH_CUE = /(?:(?:geboren|geboortedatum|geboortedag|jarig|verjaardag|verjaart|dob)\b|\bgeb\.)[^.!?\n]{0,20}$/iu;
const AGE = String.raw`(?:\d{1,2}|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig)`;
/** "op 3 oktober, zijn verjaardag", "op 9 juni, de dag dat ze jarig is". */
const BIRTH_CUE_AFTER = /^[^.!?\n]{0,30}?\b(?:jarig|verjaardag|verjaart|geboren|geboortedag)\b/iu;
/** "ze wordt op 3 februari zestien", "hij word 14 op 12 maart" (a common typo): the day someone turns an age is their birthday. */
const TURNS_AGE_BEFORE = new RegExp(String.raw`\bwordt?\s+(?:(?:ze|hij|zij)\s+)?${AGE}\s+(?:jaar\s+)?op\s*$`, 'iu');
/** "ze wordt op 3 februari zestien", "ze wordt 12 april zestien": the age follows the date. */
const TURNS_BEFORE_DATE = /\bwordt?\s+(?:(?:ze|hij|zij)\s+)?(?:op\s+)?$/iu;
const AGE_AFTER = new RegExp(String.raw`^\s+${AGE}\b`, 'iu');
/** "ze is op 2 februari 16 geworden": the day someone turned an age is their birthday. */
const TURNED_AGE_AFTER = new RegExp(String.raw`^\s+${AGE}\s+(?:jaar\s+)?(?:geworden|werd|wordt)\b`, 'iu');

/** The Dutch eleven test for a BSN: 9d1 + 8d2 + ... + 2d8 - d9 is a multiple of 11. */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

function phoneDigits(raw: string): boolean {
  const digits = raw.replace(/\D/g, '');
  // Any country: many families keep a Polish, Belgian or Moroccan number (E.164 allows up to 15 digits).
  if (/^(?:\+|00)/.test(raw.trim())) return /^\d{10,15}$/.test(digits.replace(/^00/, ''));
  return /^0\d{9}$/.test(digits);
}

function numberFindings(text: string): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(NUMBER_RUN)) {
    const raw = match[0];
    const start = match.index;
    const digits = raw.replace(/\D/g, '');
    if (phoneDigits(raw)) found.push(finding(text, 'phone', start, start + raw.length));
    else if (digits.length === 9 && passesElfproef(digits) && !/[()/]/.test(raw))
      found.push(finding(text, 'bsn', start, start + raw.length));
  }
  // A bare nine-digit BSN is shorter than NUMBER_RUN's minimum span of separators, so look for it on its own too. In a
  // text about a pupil any nine digits standing alone are taken for one: an invented or mistyped BSN fails the eleven test.
  const aboutPupil = PUPIL_IN_SENTENCE.test(text);
  for (const match of text.matchAll(/(?<![\d.,-])\b\d{9}\b(?![.,-]?\d)/g)) {
    if (aboutPupil || passesElfproef(match[0])) found.push(finding(text, 'bsn', match.index, match.index + 9));
  }
  return found;
}

function isBirthYear(year: number, today: Date): boolean {
  return year >= 1930 && year <= today.getUTCFullYear() - 8;
}

function fullYear(raw: string, today: Date): number {
  if (raw.length === 4) return Number(raw);
  const twoDigits = Number(raw);
  return 2000 + twoDigits > today.getUTCFullYear() ? 1900 + twoDigits : 2000 + twoDigits;
}

/** A date is read as a date of birth when a birth word precedes it, or when its year is that of someone of school age or older. */
function birthdateFindings(text: string, today: Date): Finding[] {
  const found: Finding[] = [];
  const hasCue = (start: number, end: number) => {
    const [before, after] = [text.slice(Math.max(0, start - 40), start), text.slice(end, end + 40)];
    const turnsAge = TURNS_AGE_BEFORE.test(before) || (TURNS_BEFORE_DATE.test(before) && AGE_AFTER.test(after));
    return BIRTH_CUE.test(before) || BIRTH_CUE_AFTER.test(after) || turnsAge || TURNED_AGE_AFTER.test(after);
  };
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const parts = match.groups!;
    const [day, month, year] = [parts.day ?? parts.isoDay!, parts.month ?? parts.isoMonth!, parts.year ?? parts.isoYear!];
    if (Number(day) < 1 || Number(day) > 31 || Number(month) < 1 || Number(month) > 12) continue;
    if (hasCue(match.index, match.index + match[0].length) || isBirthYear(fullYear(year, today), today))
      found.push(finding(text, 'birthdate', match.index, match.index + match[0].length));
  }
  // "jarig op 15-3": a day and month without a year count after a birthday word.
  for (const match of text.matchAll(/\b(\d{1,2})[-/](\d{1,2})\b(?![-/.]\d)/g)) {
    const [day, month] = [Number(match[1]), Number(match[2])];
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12 && BIRTH_CUE.test(text.slice(Math.max(0, match.index - 40), match.index)))
      found.push(finding(text, 'birthdate', match.index, match.index + match[0].length));
  }
  for (const match of text.matchAll(WRITTEN_DATE)) {
    const [raw, , year, shortYear] = match;
    const birthYear = year ?? (shortYear === undefined ? undefined : String(fullYear(shortYear, today)));
    if (hasCue(match.index, match.index + raw.length) || (birthYear !== undefined && isBirthYear(Number(birthYear), today)))
      found.push(finding(text, 'birthdate', match.index, match.index + raw.length));
  }
  return found;
}

function regexFindings(text: string, pattern: RegExp, kind: Finding['kind']): Finding[] {
  return [...text.matchAll(pattern)].map((match) => finding(text, kind, match.index, match.index + match[0].length));
}

/** "op camping De Lepelaar", "in hotel Het Wapen": a named place to stay, in a sentence about where someone lives. */
const NAMED_LODGING = /\b(?:camping|vakantiepark|bungalowpark|chaletpark|woonwagenkamp|woonwagencentrum|hotel|pension|hostel|opvang|noodopvang|crisisopvang|woonzorgcentrum)\s+(?:(?:De|Het|'t)\s)?\p{Lu}[\p{L}'-]+/gu;
const STAYING_CUE = /\b(?:slapen|sliepen|verblijft|verblijven|verbleef|logeert|logeren|staan|staat|wonen|woont|woonde|woonden|leven|leeft|zitten|zit)\b/iu;

/**
 * A home described so that one door fits: a dwelling or "woont" next to a landmark ("op de woonboot vlak naast de Friese
 * brug", "woont boven de snackbar", "het huis tegenover de kerk") or "het huis met de rode deur". "woont bij haar oma" or
 * "in een flat in Heiloo" says nothing of the kind.
 */
const DWELLING = String.raw`(?:woonboot|woonark|woonwagen|stacaravan|caravan|chalet|boerderij|molen|vuurtoren|pastorie|kasteel|villa|bungalow|huis|huisje|woning|flat|flatje|appartement|bovenwoning|benedenwoning|hoekhuis|rijtjeshuis|portiekflat|hofje)`;
const NEXT_TO = String.raw`(?:(?:vlak|pal|recht|schuin|direct|precies|net)\s+)?(?:naast|tegenover|boven|achter|bovenop|aan het eind van|op de hoek (?:van|bij)|grenzend aan)`;
/** A stretch of land or town, not one landmark: "woont vlak achter de duinen" fits many homes. */
const AREAS = String.raw`(?:duinen|dijk|bos|bossen|polder|zee|strand|kust|snelweg|spoor|spoorlijn|weilanden|velden|heuvels|grens|stad|dorp|wijk|buurt|rivier|kanaal)`;
const HOME_BY_LANDMARK = new RegExp(
  String.raw`\b(?:(?:de|het|die|dat|een|hun|zijn|haar)\s+(?:[\p{L}-]+\s+)?${DWELLING}|woont|wonen|woonde|woonden)\s+(?:[\p{L}-]+\s+){0,2}?${NEXT_TO}\s+(?:de|het|den|die|dat)\s+(?!${AREAS}\b)(?:[\p{L}-]+e\s+)?[\p{L}-]+` +
    String.raw`|\b(?:het|dat|die)\s+(?:[\p{L}-]+\s+)?${DWELLING}\s+met\s+(?:de|het|die|dat)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+`,
  'giu',
);
/** "woont in de molen", "slaapt op de woonboot": a home of a kind a town has one or two of, named with "de" in a sentence about living. */
const ONE_OF_A_KIND_HOME = /\b(?:in|op|aan)\s+(?:de|het)\s+(?:woonboot|woonark|molen|vuurtoren|pastorie|kasteel)\b/giu;

function homeDescriptionFindings(text: string): Finding[] {
  const rare = regexFindings(text, ONE_OF_A_KIND_HOME, 'address').filter((found) => LIVING_CUE.test(sentenceAround(text, found.start, found.end)));
  return [...regexFindings(text, HOME_BY_LANDMARK, 'address'), ...rare];
}

function lodgingFindings(text: string): Finding[] {
  return regexFindings(text, NAMED_LODGING, 'address').filter((found) => STAYING_CUE.test(sentenceAround(text, found.start, found.end)));
}

/** A street without a house number, in a sentence about where someone lives. */
/**
 * Compounds whose tail looks like a street's but that name an event or a place at school: "Sinterklaasviering",
 * "herinnering" (-ring), "kerstmarkt", "loopbaan", "speelplaats", "sportveld".
 */
const NOT_A_STREET = /(?:[ei]ring|(?:school|speel)plein|(?:snel|fiets|zee)weg|fietspad|(?:parkeer|bouw)plaats|(?:kerst|jaar|vlo|rommel|week|boeken|kinder|zomer|winter|schaats)markt|(?:loop|werk|woon|speel|sport|voetbal|hockey|ijs|ren|atletiek|schaats|glij|midden)(?:baan|plaats|park|veld))$/iu;

/** "dat meisje van de wilgenlaan", "die jongen uit de kastanjestraat": a pupil known by the street they live on or come from. */
const PUPIL_OF_STREET_BEFORE = /\b(?:\p{L}*leerlinge?|jongen|jongens|meisje|meisjes|meid|kind|kinderen|\p{L}*klasser|scholier|tweeling|gezin|familie)\s+(?:van|uit|op)\s+de\s$/iu;

function streetFindings(text: string): Finding[] {
  return [...regexFindings(text, STREET_WITHOUT_NUMBER, 'address'), ...regexFindings(text, SQUARE_WITHOUT_NUMBER, 'address')].filter(
    (found) => !NOT_A_STREET.test(found.text) && (LIVING_CUE.test(sentenceAround(text, found.start, found.end)) || PUPIL_OF_STREET_BEFORE.test(text.slice(Math.max(0, found.start - 40), found.start))),
  );
}

/**
 * "BSN staat al in Magister, maar de coach vraagt het nog een keer: 214387659": nine digits further on in the sentence about
 * the BSN, eleven test or not (PERSONAL_CODE reads the first 25 characters; a look back of 160 would be slow on long input).
 */
function bsnLaterInSentenceFindings(text: string): Finding[] {
  return [...text.matchAll(BSN_WORD)].flatMap((word) => {
    const from = word.index + word[0].length;
    const sentence = /^[^.!?\n]{0,160}/u.exec(text.slice(from, from + 160))![0];
    return [...sentence.matchAll(NINE_DIGITS)].map((digits) => finding(text, 'reference-number', from + digits.index, from + digits.index + digits[0].length));
  });
}

/** A road or news mention in a sentence about an accident or crime, or someone who was in the news. */
function newsEventFindings(text: string): Finding[] {
  // On the news, someone's family must be in the sentence: "we keken naar een brand op tv" is no one.
  const onTheNews = regexFindings(text, NEWS_OUTLET, 'unique-description').filter((found) => NEWS_PERSON.test(sentenceAround(text, found.start, found.end)));
  const events = [...regexFindings(text, NEWS_PLACE, 'unique-description'), ...onTheNews].filter((found) => NEWS_EVENT.test(sentenceAround(text, found.start, found.end)));
  // A news event already found keeps its own words ("in de krant"); someone in the news for anything else is found whole.
  return [...events, ...inTheNewsFindings(text).filter((story) => !events.some((event) => event.start < story.end && event.end > story.start))];
}

/**
 * "die vorige maand in de krant stond", "hij was met zijn band op NH Nieuws", "haar vader stond in het Noordhollands Dagblad":
 * someone who was in the news, for whatever reason; everyone who read it knows who is meant. Not "wat er in de krant stond".
 */
function inTheNewsFindings(text: string): Finding[] {
  return [...text.matchAll(NEWS_OUTLET)].flatMap((outlet) => {
    const end = outlet.index + outlet[0].length;
    const [clause, words] = clauseBefore(text, outlet.index, 160);
    const from = outlet.index - clause.length;
    const verbAfter = WAS_IN_NEWS_AFTER.exec(text.slice(end, end + 40));
    const near = words.slice(-11);
    const person = verbAfter && near.find((word, i) => PERSON_IN_NEWS.test(word[0]) && !opensAsThing(word, words) && near[i + 1]?.[0].toLocaleLowerCase('nl') !== 'er');
    if (person) return [finding(text, 'unique-description', from + person.index, end + verbAfter![0].length)];
    const recent = words.slice(-7);
    const personWas = recent.find((word, i) => PERSON_IN_NEWS.test(word[0]) && !opensAsThing(word, words) && WAS_IN_NEWS.test(recent[i + 1]?.[0] ?? ''));
    return personWas ? [finding(text, 'unique-description', from + personWas.index, end)] : [];
  });
}

/** A named time in a sentence about an arrest. */
function arrestFindings(text: string): Finding[] {
  return regexFindings(text, NAMED_TIME, 'unique-description').filter((found) => ARREST.test(sentenceAround(text, found.start, found.end)));
}

/** All shape-based findings; overlaps are resolved by the caller. */
export function patternFindings(text: string, today: Date): Finding[] {
  return [
    ...regexFindings(text, EMAIL, 'email'),
    ...regexFindings(text, STUDENT_NUMBER, 'student-number'),
    ...regexFindings(text, LISTED_UNDER_NUMBER, 'student-number'),
    ...regexFindings(text, REFERENCE_NUMBER, 'reference-number'),
    ...regexFindings(text, CASE_CODE_OR_NUMBER, 'reference-number'),
    ...regexFindings(text, BANK_ACCOUNT, 'bank-account'),
    ...regexFindings(text, LICENCE_PLATE, 'licence-plate'),
    // "procesbegeleider.jos@groeimee.nl": the local part of a mail address is judged as the address, not as a handle.
    ...regexFindings(text, HANDLE, 'handle').filter((found) => !/^@[\p{L}\p{N}-]+\./u.test(text.slice(found.end, found.end + 64))),
    ...regexFindings(text, PLATFORM_HANDLE, 'handle'),
    ...regexFindings(text, SPORTS_TEAM, 'unique-description'),
    ...regexFindings(text, PHONE_IN_WORDS, 'phone'),
    ...birthdateFindings(text, today),
    ...numberFindings(text),
    ...regexFindings(text, POSTCODE, 'address'),
    ...regexFindings(text, BARE_POSTCODE, 'address'),
    ...regexFindings(text, LOWER_CASE_POSTCODE, 'address').filter((found) => /\bpostcode\b/iu.test(text.slice(0, found.start)) || LIVING_CUE.test(sentenceAround(text, found.start, found.end))),
    ...regexFindings(text, STREET_WITH_NUMBER, 'address'),
    ...regexFindings(text, LOWER_CASE_STREET_WITH_NUMBER, 'address'),
    ...regexFindings(text, NAMED_STREET_WITH_NUMBER, 'address'),
    ...regexFindings(text, STREET_AFTER_ADDRESS, 'address'),
    ...regexFindings(text, LOWER_CASE_STREET_NUMBER_ANYWHERE, 'address').filter((found) => !NOT_A_STREET.test(found.text.replace(/\s.*$/su, '')) && LIVING_CUE.test(sentenceAround(text, found.start, found.end))),
    ...regexFindings(text, HOME_ON_NAMED_STREET, 'address'),
    ...streetFindings(text),
    ...regexFindings(text, DWELLING_ON_NAMED_STREET, 'address'),
    ...lodgingFindings(text),
    ...homeDescriptionFindings(text),
    ...regexFindings(text, CLASS, 'class').filter((found) => !YEAR_LEVEL_ALONE.test(found.text) || ABBREVIATED_LEVEL_CODE.test(found.text) || (!/leerjaar\s$/iu.test(text.slice(0, found.start)) && ONE_PUPIL_IN_SENTENCE.test(sentenceAround(text, found.start, found.end)))),
    ...regexFindings(text, MENTOR_CLASS, 'class'),
    ...regexFindings(text, LEVEL_WITH_YEAR, 'class').filter((found) => !/leerjaar\s$/iu.test(text.slice(0, found.start)) && ONE_PUPIL_IN_SENTENCE.test(sentenceAround(text, found.start, found.end).replace(MANY_PUPILS, ''))),
    ...regexFindings(text, NUMBERED_CLASS_WITH_LETTER, 'class'),
    ...regexFindings(text, NAMED_GROUP, 'class').filter((found) => ONE_PUPIL_IN_SENTENCE.test(sentenceAround(text, found.start, found.end).replace(MANY_PUPILS, ''))),
    ...regexFindings(text, CLASS_TO_VISIT, 'class'),
    ...regexFindings(text, SPACED_CLASS_BEFORE_PUPIL, 'class'),
    ...regexFindings(text, CLASS_IN_BRACKETED_LIST, 'class').filter((found) => ONE_PUPIL_IN_SENTENCE.test(sentenceAround(text, found.start, found.end))),
    ...regexFindings(text, YEAR_IN_WORDS_WITH_LEVEL, 'class').filter((found) => ONE_PUPIL_IN_SENTENCE.test(sentenceAround(text, found.start, found.end).replace(MANY_PUPILS, ''))),
    ...[...regexFindings(text, INITIALS, 'name'), ...regexFindings(text, LOWER_CASE_INITIALS, 'name'), ...regexFindings(text, LOWER_CASE_INITIALS_OF_PUPIL, 'name')].filter((found) => !NOT_INITIALS.has(found.text.replace(/\s/gu, '').toUpperCase())),
    // "Doorgestuurd bericht van een ouder: 'Onze zoon wordt …'": in a parent's own words "onze zoon" is theirs, not the writer's.
    ...regexFindings(text, UNIQUE_DESCRIPTION, 'unique-description').filter((found) => !(/^(?:mijn|onze)\s/iu.test(found.text) && PARENT_QUOTE_BEFORE.test(text.slice(Math.max(0, found.start - 240), found.start)))),
    ...regexFindings(text, ONLY_ONE, 'unique-description'),
    ...regexFindings(text, CHILD_OF_ROLE_SHORT, 'unique-description'),
    ...regexFindings(text, CHILD_OF_BUSINESS, 'unique-description'),
    ...publicFactFindings(text),
    ...regexFindings(text, KNOWN_INCIDENT, 'unique-description'),
    ...regexFindings(text, PINNED_BY_RELATIVE, 'unique-description'),
    ...regexFindings(text, PINNED_BY_UNIQUENESS, 'unique-description'),
    ...regexFindings(text, QUOTED_NICKNAME, 'unique-description'),
    ...regexFindings(text, QUOTED_NAME_AS_SUBJECT, 'name'),
    ...regexFindings(text, NICKNAME_BY_CALLING, 'unique-description'),
    ...regexFindings(text, NAMED_FROM_OWN_CLASS, 'name'),
    ...regexFindings(text, RELATIVE_NAMED_IN_BRACKETS, 'name'),
    ...regexFindings(text, PERSONAL_CODE, 'reference-number'),
    ...bsnLaterInSentenceFindings(text),
    ...regexFindings(text, CODED_GROUP, 'class').filter((found) => PUPIL_IN_SENTENCE.test(sentenceAround(text, found.start, found.end))),
    ...rareTraitInGroupFindings(text),
    ...newsEventFindings(text),
    ...arrestFindings(text),
  ];
}
