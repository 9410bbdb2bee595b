import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { HolidayCalendar } from '../src/calendar/holidays';
import type { CalendarLinks } from '../src/calendar/links';
import type { ConsentKnowledge } from '../src/consent/model';
import type { ConsultationService } from '../src/consultations/service';
import type { MyDataService } from '../src/mydata/service';
import type { RetentionService } from '../src/retention/service';
import type { SpreekuurService } from '../src/spreekuur/service';
import type { Clock } from '../src/clock';
import type { Config } from '../src/config';
import type { CoreKnowledge } from '../src/knowledge/core';
import type { Logger } from '../src/logger';
import type { EmailSender } from '../src/meetings/mail';
import type { Meetings } from '../src/meetings/setup';
import type { PeopleRepository, SchoolRepository } from '../src/people/repository';
import type { Person } from '../src/people/roles';
import type { Screen } from '../src/privacy';
import type { Db } from '../src/store/db';
import type { ConsentReader } from './handlers/consent/reader';
import type { AppTurnState, RouteCatalog } from './handlers/route';
import type { JobRunner } from './jobRunner';
import type { Proactive } from './proactive';

export type BotApp = Application<AppTurnState>;

/** Everything a feature's handlers may use; built once in bot/startBot.ts. */
export interface BotDeps {
  config: Config;
  db: Db;
  clock: Clock;
  logger: Logger;
  knowledge: CoreKnowledge;
  people: PeopleRepository;
  schools: SchoolRepository;
  jobs: JobRunner;
  /** School and public holidays, shared by every feature (one load of knowledge/holidays, validated against the schools). */
  holidays: HolidayCalendar;
  /** Netwerkgroep and leeromgeving: service, year-plan importer, outbox and the mail transport (SMTP or .eml files). */
  meetings: Meetings & { email: EmailSender };
  /** The identifying-details screen over the name lists in KNOWLEDGE_DIR/privacy. */
  screen: Screen;
  /** The consent facts of a message, remembered for recent texts (bot/handlers/consent/reader.ts). */
  readConsent: ConsentReader;
  /** Unguessable .ics links; each feature registers the renderer of its own kind. */
  calendarLinks: CalendarLinks;
  /** The features' services, built once at start-up. */
  consent: ConsentKnowledge;
  consultations: ConsultationService;
  spreekuur: SpreekuurService;
  /** The daily purge of free text past its retention (knowledge/retention.yaml). */
  retention: RetentionService;
  /** "Mijn gegevens" and "verwijder mijn gegevens" (AVG rights of the bot's own users). */
  myData: MyDataService;
  proactive: Proactive;
  /** Base of links the bot hands out (calendar files): PUBLIC_BASE_URL, or the local server address. */
  publicBaseUrl: () => string;
  /** The person behind the activity (created as mentor/docent on first contact). */
  identify: (context: TurnContext) => Person;
  /** Every card verb and text command registered through featureRoutes (test/security/role-action.test.ts has a row for each). */
  routes: RouteCatalog;
}
