import type { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import restify from 'restify';
import type { Config } from '../src/config';
import { memoize } from '../src/memo';
import type { BotDeps } from './deps';
import { AdapterResponse } from './http/adapterErrors';
import { checkEnvelope } from './http/envelope';
import { processRequest } from './http/processRequest';
import { registerMeetingHttp } from './http/feed';
import { registerHealth } from './http/health';
import { registerIcsRoutes } from './http/ics';

export interface RunningServer {
  port: number;
  url: string;
  /** Stops accepting, lets in-flight turns finish, stops the job runner and closes the database. */
  close(): Promise<void>;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Distinct service URLs whose answer is kept (a local client sends one, or a few). */
const SERVICE_URLS_KEPT = 100;

const isLoopbackServiceUrl = memoize((value: string): boolean => {
  try {
    const host = new URL(value).hostname;
    return LOOPBACK_HOSTS.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
  } catch {
    return false;
  }
}, SERVICE_URLS_KEPT);

/** In local mode the bot is anonymous: it must only ever post replies back to a client on this machine. */
export function isLoopbackUrl(value: unknown): boolean {
  return typeof value === 'string' && isLoopbackServiceUrl(value);
}

export async function createServer(parts: {
  config: Config;
  deps: BotDeps;
  adapter: TeamsAdapter;
  app: Application<TurnState>;
  /** Runs after the database is closed (removes the mark that a bot runs on the data directory). */
  onClosed?: () => void;
}): Promise<RunningServer> {
  const { config, deps, adapter, app, onClosed } = parts;
  const { logger } = deps;
  const server = restify.createServer({ name: 'jos-assistent', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: config.maxBodyBytes, mapParams: false, mapFiles: false }));

  let inFlight = 0;
  let drained: (() => void) | undefined;
  const track = async (work: () => Promise<void>): Promise<void> => {
    inFlight += 1;
    try {
      await work();
    } finally {
      inFlight -= 1;
      if (inFlight === 0) drained?.();
    }
  };

  server.post('/api/messages', async (req, res) => {
    const envelope = checkEnvelope(req.body, config);
    if (!envelope.ok) {
      logger.warn({ event: 'activity.refused', status: envelope.status, reason: envelope.message });
      res.send(envelope.status, { code: envelope.code, message: envelope.message });
      return;
    }
    if (config.mode === 'local' && !isLoopbackUrl((req.body as { serviceUrl?: unknown } | undefined)?.serviceUrl)) {
      res.send(403, { code: 'Forbidden', message: 'Local mode only answers clients on this machine (serviceUrl must be loopback).' });
      return;
    }
    const collected = new AdapterResponse(res);
    await track(() =>
      processRequest(adapter, req, collected, async (context) => {
        await app.run(context);
      }),
    );
    const { status, failure } = collected.flush();
    if (failure) logger.warn({ event: 'activity.failed', status, reason: failure });
  });

  registerHealth(server, deps);
  registerIcsRoutes(server, deps);
  registerMeetingHttp(server, deps);

  server.on('after', (req: restify.Request, res: restify.Response) => {
    // Route path, not URL: calendar links carry secret tokens.
    logger.info({ event: 'http', reqId: req.id(), method: req.method, route: req.getRoute()?.path ?? 'unknown', status: res.statusCode });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const url = `http://${config.host}:${address.port}`;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      logger.info({ event: 'bot.stopping', inFlight }, 'shutting down');
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
      await deps.jobs.stop();
      await stopped;
      deps.db.close();
      onClosed?.();
      logger.info({ event: 'bot.stopped' }, 'stopped');
    })();
    return closing;
  };
  return { port: address.port, url, close };
}
