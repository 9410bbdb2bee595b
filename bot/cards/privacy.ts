import type { ConsultationSettings } from '../../src/consultations/settings';
import type { PersonalData } from '../../src/mydata/model';
import type { Erasure } from '../../src/mydata/service';
import type { RetentionSettings } from '../../src/retention/settings';
import { adaptiveCard, bulletList, CAPABILITY_VERBS, emphasis, executeAction, facts, heading, messageCard, paragraph, smallPrint, type AdaptiveCardJson } from './kit';
import { dayLabel, timeLabel } from './spreekuur/common';

export const PRIVACY_VERBS = {
  statement: CAPABILITY_VERBS.privacy,
  myData: 'privacy.myData',
  eraseAsk: 'privacy.eraseAsk',
  erase: 'privacy.erase',
} as const;

const ROLE_NAMES: Record<string, string> = {
  mentor: 'mentor of docent',
  'jos-functionaris': 'JOS-medewerker',
  ondersteuningscoordinator: 'ondersteuningscoördinator',
  procesbegeleider: 'procesbegeleider',
  projectleider: 'projectleider',
  beheerder: 'beheerder',
};

const SOURCES: Record<PersonalData['source'], string> = {
  chat: 'aangemaakt bij je eerste bericht aan de bot',
  config: 'ingevoerd door de beheerder (personenlijst)',
  demo: 'demogebruiker',
  beheerder: 'ingevoerd door de beheerder',
};

const myDataButtons = () => [executeAction('Mijn gegevens', PRIVACY_VERBS.myData), executeAction('Verwijder mijn gegevens', PRIVACY_VERBS.eraseAsk, {}, { style: 'destructive' })];

/** The short version of the README's privacy statement: what, where, how long (every default), who sees it, your rights. */
export function privacyStatementCard(consultations: ConsultationSettings, retention: RetentionSettings): AdaptiveCardJson {
  return adaptiveCard(
    [
      heading('Privacy: wat de bot bewaart'),
      paragraph(
        'De bot bewaart je naam, Teams-id, e-mailadres, school en rol; je spreekuurafspraken met hun onderwerp; je consultatievragen; ' +
          'je lidmaatschap van overleggroepen met je antwoorden en aanwezigheid. Toestemmingsvragen zelf worden niet bewaard. ' +
          'Alles staat in één database op de server van JOS; in de logboeken staan nooit namen of tekst.',
      ),
      paragraph('Hoe lang vrije tekst blijft staan:', { bold: true }),
      bulletList([
        `consultatievraag: ${consultations.retentionDays} dagen na afronding, of ${consultations.openRetentionDays} dagen na versturen als hij nooit is afgerond; daarna alleen een anonieme telling`,
        `onderwerp van een spreekuurafspraak: ${retention.spreekuurTopicDays} dagen na de afspraak`,
        `agendalink van een afspraak of bijeenkomst: ${retention.calendarLinkDays} dagen na afloop`,
        `adres van iemand buiten de groep die op een uitnodiging antwoordde: ${retention.meetingReplyAddressDays} dagen`,
        `gelezen antwoordbestand in de map inbox (met wat iemand bij zijn antwoord schreef): ${retention.meetingReplyFileDays} dagen`,
        `tekst van een verstuurde uitnodiging of herinnering: ${retention.sentMessageDays} dagen na versturen`,
        `geplakt jaarplan: ${retention.yearPlanDays} dagen`,
        `wat een onafgemaakt gesprek onthoudt: ${retention.conversationStateDays} dagen na je laatste bericht`,
      ]),
      paragraph(
        'Wie het ziet: je afspraak ziet de JOS-medewerker van het spreekuur; je consultatievraag ziet het JOS-team van je school (zonder je naam tot iemand hem oppakt); ' +
          'groepsleden en antwoorden ziet de procesbegeleider. De projectleider ziet alleen tellingen.',
      ),
      smallPrint('Typ "mijn gegevens" om te zien wat er over jou is opgeslagen, of "verwijder mijn gegevens" om het te laten wissen.'),
    ],
    myDataButtons(),
  );
}

const appointment = (line: PersonalData['bookingsAsBooker'][number], nameOf: (id: string) => string, status: Record<string, string>) =>
  `${dayLabel(line.startsAt)} ${timeLabel(line.startsAt)} met ${nameOf(line.otherId)} (${status[line.status]})`;

const STATUS = { booked: 'gepland', cancelled: 'geannuleerd', 'no-show': 'niet gekomen' };

/** "Mijn gegevens": everything stored about the person, from the database itself. */
export function myDataCard(data: PersonalData, nameOf: (id: string) => string, schoolName: (id: string) => string): AdaptiveCardJson {
  const none = 'geen';
  return adaptiveCard(
    [
      heading('Mijn gegevens'),
      facts([
        ['Naam', data.name],
        ['E-mail', data.email ?? none],
        ['School', data.schoolId ? schoolName(data.schoolId) : none],
        ['Herkomst', SOURCES[data.source]],
        ['Sinds', dayLabel(data.createdAt)],
        ['Rollen', data.roles.map((grant) => `${ROLE_NAMES[grant.role] ?? grant.role}${grant.schoolId ? ` (${schoolName(grant.schoolId)})` : ''}`).join(', ') || 'mentor of docent'],
        ['Gespreksverwijzing', data.conversationReference ? 'ja: de bot kan je uit zichzelf berichten sturen' : 'nee'],
      ]),
      paragraph(`Spreekuurafspraken die jij boekte: ${data.bookingsAsBooker.length}`, { bold: true }),
      ...(data.bookingsAsBooker.length ? [bulletList(data.bookingsAsBooker.map((line) => appointment(line, nameOf, STATUS)))] : []),
      paragraph(`Afspraken in jouw spreekuur: ${data.bookingsAsHost.length} (actieve spreekuurreeksen: ${data.activeSeries})`, { bold: true }),
      ...(data.bookingsAsHost.length ? [bulletList(data.bookingsAsHost.map((line) => appointment(line, nameOf, STATUS)))] : []),
      paragraph(
        `Consultatievragen: ${data.consultations.sent} verstuurd, waarvan ${data.consultations.open} nog open; ${data.consultations.claimed} opgepakt door jou`,
        { bold: true },
      ),
      paragraph(`Overleggroepen: ${data.memberships.length}`, { bold: true }),
      ...(data.memberships.length
        ? [bulletList(data.memberships.map((member) => `${member.groupName}${member.organisation ? ` (${member.organisation})` : ''}: ${member.answers} antwoorden, ${member.presence} keer aanwezigheid genoteerd`))]
        : []),
    ],
    [executeAction('Verwijder mijn gegevens', PRIVACY_VERBS.eraseAsk, {}, { style: 'destructive' }), executeAction('Privacy', PRIVACY_VERBS.statement)],
  );
}

/** The confirmation card: what goes, what stays, and who is told. */
export function eraseConfirmCard(): AdaptiveCardJson {
  return adaptiveCard(
    [
      heading('Weet je het zeker?'),
      paragraph('Als je je gegevens laat verwijderen:'),
      bulletList([
        'verdwijnen je naam, e-mailadres, rollen en de gespreksverwijzing',
        'worden je toekomstige spreekuurafspraken geannuleerd; de ander krijgt daarvan bericht',
        'worden je open consultatievragen ingetrokken en hun tekst gewist',
        'verdwijnt je naam uit de overleggroepen',
      ]),
      paragraph('Wat blijft, zonder je naam: dat een afspraak of bijeenkomst in het verleden plaatsvond, voor de tellingen van JOS.', { subtle: true }),
    ],
    [executeAction('Ja, verwijder mijn gegevens', PRIVACY_VERBS.erase, {}, { style: 'destructive' }), executeAction('Nee, niets verwijderen', PRIVACY_VERBS.myData)],
  );
}

export function erasedCard(erasure: Erasure): AdaptiveCardJson {
  const cancelled = erasure.cancelledAsBooker.length + erasure.cancelledAsHost.length;
  return adaptiveCard([
    heading('Je gegevens zijn verwijderd'),
    paragraph(
      `${cancelled} toekomstige afspraken geannuleerd (de ander is op de hoogte), ${erasure.consultationsWithdrawn} open consultatievragen ingetrokken, ` +
        `${erasure.membershipsRemoved} lidmaatschappen van overleggroepen verwijderd.`,
    ),
    ...(erasure.configured
      ? [emphasis('⚠ Je staat in de personenlijst van de beheerder; vraag de beheerder je daar ook te verwijderen, anders zet de bot je er bij een herstart weer in.')]
      : []),
    smallPrint('Stuur je de bot later weer een bericht, dan begin je opnieuw als nieuwe gebruiker.'),
  ]);
}

export const noDataCard = (): AdaptiveCardJson => messageCard('Mijn gegevens', 'Er staat niets over jou opgeslagen.');
