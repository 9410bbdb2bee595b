import { TeamsAdapter } from '@microsoft/teams-ai';
import { CallerIdConstants, ConfigurationServiceClientCredentialFactory, type TurnContext } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import { join } from 'node:path';
import { HolidayCalendar, loadSchoolHolidays } from '../src/calendar/holidays';
import { systemClock, type Clock } from '../src/clock';
import type { Config } from '../src/config';
import { loadCoreKnowledge, loadPeopleFile } from '../src/knowledge/core';
import { JobQueue } from '../src/jobs/queue';
import { createLogger, type Logger } from '../src/logger';
import { PeopleRepository, SchoolRepository } from '../src/people/repository';
import { createScreen, loadNameLists } from '../src/privacy';
import { markRunning } from '../src/store/backup';
import { openDatabase } from '../src/store/db';
import { seedDatabase } from '../src/store/seed';
import { createApplication } from './app';
import { classifyAdapterErrors } from './http/adapterErrors';
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

/** Builds everything from the configuration and starts listening. Used by bot/main.ts and by the tests (in-process). */
export async function startBot(config: Config, options: { clock?: Clock; logger?: Logger } = {}): Promise<RunningBot> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const knowledge = loadCoreKnowledge(config.knowledgeDir);
  const schoolIds = new Set(knowledge.schools.map((school) => school.id));
  const configuredPeople = loadPeopleFile(config.peopleFile, schoolIds);
  const holidayTables = loadSchoolHolidays(join(config.knowledgeDir, 'holidays'), schoolIds);
  const screen = createScreen(loadNameLists(join(config.knowledgeDir, 'privacy')));
  const db = openDatabase(config.databaseFile);
  let unmark: (() => void) | undefined;
  try {
    seedDatabase(db, knowledge, { configured: configuredPeople, demo: config.mode === 'local' }, clock.now());
    const people = new PeopleRepository(db);
    const adapter = createAdapter(config, logger);
    const botAppId = config.teams?.appId ?? '';
    const jobs = new JobRunner(new JobQueue(db, clock), clock, logger);
    const proactive = new Proactive(adapter, db, botAppId, clock, logger);
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
      holidays: new HolidayCalendar(db, holidayTables),
      screen,
      proactive,
      publicBaseUrl: () => config.publicBaseUrl ?? serverUrl,
      identify: createIdentify(db, people, config, clock),
    };
    const app = createApplication(adapter, new SqliteStorage(db, clock), botAppId, deps);
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
