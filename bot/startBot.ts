import { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter.js'; // not the index: see bot/app.ts
import { CallerIdConstants, ConfigurationServiceClientCredentialFactory, type TurnContext } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import { join } from 'node:path';
import { HolidayCalendar, loadSchoolHolidays } from '../src/calendar/holidays';
import { CalendarLinks } from '../src/calendar/links';
import { loadConsentKnowledge } from '../src/consent/knowledge';
import type { ConsentKnowledge } from '../src/consent/model';
import { ConsultationRepository } from '../src/consultations/repository';
import { ConsultationService } from '../src/consultations/service';
import { loadConsultationSettings } from '../src/consultations/settings';
import { systemClock, type Clock } from '../src/clock';
import type { Config } from '../src/config';
import { loadCoreKnowledge, loadPeopleFile, type CoreKnowledge } from '../src/knowledge/core';
import { JobQueue } from '../src/jobs/queue';
import { emailSenderFor } from '../src/meetings/mail';
import { replySourceFor } from '../src/meetings/replies/poller';
import { createMeetings } from '../src/meetings/setup';
import { createLogger, type Logger } from '../src/logger';
import { PeopleRepository, SchoolRepository } from '../src/people/repository';
import { createScreen, loadNameLists, maskText, type Screen } from '../src/privacy';
import { MyDataRepository } from '../src/mydata/repository';
import { MyDataService } from '../src/mydata/service';
import { RetentionService } from '../src/retention/service';
import { loadRetentionSettings } from '../src/retention/settings';
import { seedDemoSpreekuur } from '../src/spreekuur/demo';
import { loadSpreekuurRules } from '../src/spreekuur/rules';
import { SpreekuurRepository } from '../src/spreekuur/repository';
import { SpreekuurService } from '../src/spreekuur/service';
import { markRunning } from '../src/store/backup';
import { openDatabase, type Db } from '../src/store/db';
import { seedDatabase } from '../src/store/seed';
import { createApplication } from './app';
import { rememberingReader } from './handlers/consent/reader';
import { classifyAdapterErrors } from './http/adapterErrors';
import { reuseConnectorClients } from './http/connectorReuse';
import type { BotDeps } from './deps';
import { createIdentify } from './identity';
import { JobRunner } from './jobRunner';
import { Proactive } from './proactive';
import { createServer, type RunningServer } from './server';
import { SqliteStorage } from './storage';

export interface RunningBot extends RunningServer {
  deps: BotDeps;
}

/**
 * The SDK's public-cloud settings, with the key metadata from BotOpenIdMetadata when set: the SDK takes either none
 * of these or all of them.
 */
function authenticationSettings(config: Config): Record<string, string | boolean> {
  const metadata = config.teams?.openIdMetadataUrl;
  if (!metadata) return {};
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: metadata,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

function createAdapter(config: Config, logger: Logger): TeamsAdapter {
  const credentials = config.teams
    ? new ConfigurationServiceClientCredentialFactory({
        MicrosoftAppId: config.teams.appId,
        MicrosoftAppPassword: config.teams.appPassword,
        MicrosoftAppTenantId: config.teams.tenantId,
        MicrosoftAppType: config.teams.appType,
      })
    : // No app id: authentication disabled (local mode, bound to loopback).
      new ConfigurationServiceClientCredentialFactory({});
  const adapter = new TeamsAdapter(authenticationSettings(config), credentials);
  classifyAdapterErrors(adapter);
  reuseConnectorClients(adapter);
  if (config.allowedTenantIds) {
    const allowed = new Set(config.allowedTenantIds);
    adapter.use(async (context: TurnContext, next) => {
      const tenantId = (context.activity.conversation?.tenantId ?? context.activity.channelData?.tenant?.id)?.toLowerCase();
      if (!tenantId || !allowed.has(tenantId)) {
        logger.warn({ event: 'tenant.refused', tenantKnown: Boolean(tenantId) }, 'activity from a tenant outside ALLOWED_TENANT_IDS');
        return;
      }
      await next();
    });
  }
  return adapter;
}

/**
 * The one wiring point of the features: each service with its repository and knowledge, built once. A knowledge
 * file with an error stops the start with the file and field named.
 */
function buildFeatures(parts: {
  config: Config;
  db: Db;
  clock: Clock;
  people: PeopleRepository;
  jobs: JobRunner;
  holidays: HolidayCalendar;
  screen: Screen;
  schoolIds: Set<string>;
  knowledge: CoreKnowledge;
  proactive: Proactive;
  calendarLinks: CalendarLinks;
  storage: SqliteStorage;
  consent?: ConsentKnowledge;
}): Pick<BotDeps, 'consent' | 'consultations' | 'meetings' | 'spreekuur' | 'retention' | 'myData'> {
  const { config, db, clock, people, jobs, holidays, screen, schoolIds } = parts;
  const spreekuurRepository = new SpreekuurRepository(db);
  const spreekuur = new SpreekuurService({
    repository: spreekuurRepository,
    jobs: jobs.queue,
    clock,
    holidays,
    rules: loadSpreekuurRules(config.knowledgeDir, schoolIds),
    screenTopic: (topic) => {
      const result = screen(topic, { now: clock.now() });
      if (!result.identifying) return { ok: true };
      return { ok: false, found: [...new Set(result.findings.map((found) => found.kind))], masked: maskText(topic, result.findings) };
    },
  });
  // Local mode: invented demo hours for the demo JOS workers, so a newcomer sees slots at once.
  if (config.mode === 'local') seedDemoSpreekuur(db, spreekuur, people, clock.now());
  const consultations = new ConsultationService({
    repository: new ConsultationRepository(db),
    clock,
    people,
    jobs: jobs.queue,
    settings: loadConsultationSettings(config.knowledgeDir),
    screen: (text, allow) => screen(text, { allow, now: clock.now() }),
    dayOff: (schoolId, day) => holidays.holidayOn(schoolId, day) !== undefined,
    knownSchool: (schoolId) => schoolIds.has(schoolId),
  });
  const { setup, service, importer, outbox, pollReplies, forgetReplyFilesBefore, repository: meetingsRepository } = createMeetings({
    db,
    clock,
    jobs: jobs.queue,
    knowledgeDir: config.knowledgeDir,
    holidays,
    reachableInTeams: (personId) => parts.proactive.canReach(personId),
    coreGroups: parts.knowledge.meetingGroups,
    replySource: replySourceFor(config),
    identifying: (text) => screen(text, { now: clock.now() }).identifying,
  });
  const email = emailSenderFor(config, { name: setup.organizer.name, address: setup.organizer.email });
  const meetings = { setup, service, importer, outbox, email, pollReplies };
  // Every stored free text but the consultation question (purged with its count above), each by its owner's SQL.
  const retention = new RetentionService({
    db,
    clock,
    jobs: jobs.queue,
    settings: loadRetentionSettings(config.knowledgeDir),
    purges: {
      spreekuurTopicDays: (cutoff) => spreekuurRepository.forgetTopicsEndedBefore(cutoff),
      calendarLinkDays: (cutoff) => parts.calendarLinks.forgetEndedBefore(cutoff),
      meetingReplyAddressDays: (cutoff) => meetingsRepository.replies.forgetAddressesBefore(cutoff),
      meetingReplyFileDays: forgetReplyFilesBefore,
      sentMessageDays: (cutoff) => meetingsRepository.deliveries.forgetTextsBefore(cutoff),
      yearPlanDays: (cutoff) => meetingsRepository.imports.forgetBefore(cutoff),
      conversationStateDays: (cutoff) => parts.storage.forgetIdleBefore(cutoff),
    },
  });
  const myData = new MyDataService({ repository: new MyDataRepository(db), spreekuur, clock });
  const consent = parts.consent ?? loadConsentKnowledge(join(config.knowledgeDir, 'consent'));
  return { consent, consultations, meetings, spreekuur, retention, myData };
}

export interface StartOptions {
  clock?: Clock;
  logger?: Logger;
  /**
   * The screen and consent rules already built from `config.knowledgeDir`. The in-process tests start a hundred bots
   * on the shipped knowledge, and loading the name lists is most of a start; both hold no state.
   */
  knowledge?: Partial<Pick<BotDeps, 'screen' | 'consent'>>;
}

/** Builds everything from the configuration and starts listening. Used by bot/main.ts and by the tests (in-process). */
export async function startBot(config: Config, options: StartOptions = {}): Promise<RunningBot> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const knowledge = loadCoreKnowledge(config.knowledgeDir);
  const schoolIds = new Set(knowledge.schools.map((school) => school.id));
  const configuredPeople = loadPeopleFile(config.peopleFile, schoolIds);
  const holidayTables = loadSchoolHolidays(join(config.knowledgeDir, 'holidays'), schoolIds);
  const screen = options.knowledge?.screen ?? createScreen(loadNameLists(join(config.knowledgeDir, 'privacy')));
  const db = openDatabase(config.databaseFile);
  let unmark: (() => void) | undefined;
  try {
    seedDatabase(db, knowledge, { configured: configuredPeople, demo: config.mode === 'local' }, clock.now());
    const people = new PeopleRepository(db);
    const adapter = createAdapter(config, logger);
    const botAppId = config.teams?.appId ?? '';
    const jobs = new JobRunner(new JobQueue(db, clock), clock, logger);
    const holidays = new HolidayCalendar(db, holidayTables);
    const proactive = new Proactive(adapter, db, botAppId, clock, logger);
    const calendarLinks = new CalendarLinks(db);
    const storage = new SqliteStorage(db, clock);
    const features = buildFeatures({ config, db, clock, knowledge, people, jobs, holidays, screen, schoolIds, proactive, calendarLinks, storage, consent: options.knowledge?.consent });
    let serverUrl = '';
    const deps: BotDeps = {
      config,
      db,
      clock,
      logger,
      knowledge,
      people,
      schools: new SchoolRepository(db),
      jobs,
      holidays,
      screen,
      readConsent: rememberingReader(features.consent.cues, screen),
      calendarLinks,
      ...features,
      proactive,
      publicBaseUrl: () => config.publicBaseUrl ?? serverUrl,
      identify: createIdentify(people, config, clock),
      routes: { verbs: [], commands: [] },
    };
    const app = createApplication(adapter, storage, botAppId, deps);
    unmark = markRunning(config.dataDir);
    const server = await createServer({ config, deps, adapter, app, onClosed: unmark });
    serverUrl = server.url;
    jobs.start(config.jobIntervalSeconds);
    logger.info({ event: 'bot.started', mode: config.mode, port: server.port }, 'JOS-assistent listening');
    return { ...server, deps };
  } catch (error) {
    db.close();
    unmark?.();
    throw error;
  }
}
