import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type restify from 'restify';
import type { AdapterResponse } from './adapterErrors';

type ProcessActivity = (authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>) => Promise<InvokeResponse | undefined>;

/** The SDK's own fix-up of an incoming activity (botbuilder validateAndFixActivity): times arrive as strings. */
function withDates(activity: Activity): Activity {
  const raw = activity as unknown as Record<string, unknown>;
  for (const [field, rawField] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    const value = raw[field];
    if (typeof value === 'string') {
      raw[rawField] = value;
      raw[field] = new Date(value);
    }
  }
  return activity;
}

/**
 * What `TeamsAdapter.process` (CloudAdapter) does with an HTTP request, without the zod schemas CloudAdapter builds and
 * runs on every request (a record schema twice, a string schema, checks of `res` and `logic`): about a twentieth of a
 * turn's CPU. The envelope was checked before (bot/http/envelope.ts), so the body is an object with a type; the steps
 * and answers are the SDK's: authenticate and run the turn (`processActivity`), answer with the invoke response, 401 for
 * an authentication error and 500 with the error's message otherwise (AdapterResponse keeps that message from the caller).
 * Left out: TeamsAdapter's `User-Agent` header on the response (meaningless in a response) and CloudAdapter's
 * `console.error` of a failure (bot/server.ts logs its status and code).
 */
export async function processRequest(
  adapter: TeamsAdapter,
  req: restify.Request,
  res: AdapterResponse,
  logic: (context: TurnContext) => Promise<void>,
): Promise<void> {
  const end = (status: number, body?: unknown): void => {
    res.status(status);
    if (body) res.send(body);
    res.end();
  };
  const activity = withDates(req.body as Activity);
  const authHeader = String(req.headers.authorization ?? '');
  // Protected in the SDK: the step CloudAdapter.process hands the request to (wrapped by classifyAdapterErrors).
  const processActivity = (adapter as unknown as { processActivity: ProcessActivity }).processActivity.bind(adapter);
  try {
    const invokeResponse = await processActivity(authHeader, activity, logic);
    end(invokeResponse?.status ?? 200, invokeResponse?.body);
  } catch (error) {
    end(error instanceof AuthenticationError ? 401 : 500, (error as Error | undefined)?.message ?? error);
  }
}
