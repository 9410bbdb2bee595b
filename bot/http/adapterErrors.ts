import type { TeamsAdapter } from '@microsoft/teams-ai';
import { AuthenticationError } from 'botframework-connector';
import type restify from 'restify';

const NETWORK_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
/** The SDK answers 500 with the error's message; this message marks "a service we depend on is unreachable". */
const UNREACHABLE = 'upstream-unreachable';
/** Errors of the token library the SDK lets through as 500 (a forged signature, a token not yet valid). */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * Sorts what the adapter throws while checking a request: a bad token is the caller's fault (401), unreachable
 * key metadata or Bot Connector is ours for a while (503); everything else stays an internal error.
 */
export function classifyAdapterErrors(adapter: TeamsAdapter): void {
  // Protected in the SDK: CloudAdapter.process calls it for the token check and the turn, and turns its throws into 500.
  const target = adapter as unknown as { processActivity: (...args: unknown[]) => Promise<unknown> };
  const processActivity = target.processActivity.bind(adapter);
  target.processActivity = async (...args) => {
    try {
      return await processActivity(...args);
    } catch (error) {
      if (error instanceof AuthenticationError) throw error;
      const { name, code } = (error ?? {}) as { name?: string; code?: string };
      if (name && TOKEN_ERRORS.has(name)) throw new AuthenticationError('Unauthorized', 401);
      if (code && NETWORK_CODES.has(code)) throw new Error(UNREACHABLE);
      throw error;
    }
  };
}

/**
 * What the adapter answers, collected instead of sent: on failure the SDK puts its error message in the body
 * ("request to https://login.botframework.com/… failed, reason: getaddrinfo ENOTFOUND …", token details), which
 * a caller must not see. `send` then answers with the same status and a body that names no internals.
 */
export class AdapterResponse {
  readonly socket: unknown;
  private statusCode = 200;
  private body: unknown;
  private readonly headers: Array<[string, unknown]> = [];

  constructor(private readonly res: restify.Response) {
    this.socket = res.socket;
  }

  status(code: number): this {
    this.statusCode = code;
    return this;
  }
  header(name: string, value: unknown): this {
    this.headers.push([name, value]);
    return this;
  }
  send(body: unknown): this {
    this.body = body;
    return this;
  }
  end(): this {
    return this;
  }

  /** Sends what was collected; returns the public status and, for failures, a short code for the log. */
  flush(): { status: number; failure?: string } {
    if (this.res.headersSent) return { status: this.res.statusCode };
    for (const [name, value] of this.headers) this.res.header(name, value);
    if (this.statusCode < 400) {
      if (this.body === undefined) this.res.send(this.statusCode);
      else this.res.send(this.statusCode, this.body);
      return { status: this.statusCode };
    }
    if (this.statusCode === 401) {
      this.res.send(401, { code: 'Unauthorized', message: 'The request is not signed by the Bot Framework for this bot.' });
      return { status: 401, failure: 'unauthorized' };
    }
    if (this.body === UNREACHABLE) {
      this.res.header('retry-after', '30');
      this.res.send(503, { code: 'ServiceUnavailable', message: 'The bot cannot verify requests right now. Try again later.' });
      return { status: 503, failure: 'upstream-unreachable' };
    }
    if (this.statusCode < 500) {
      this.res.send(this.statusCode, { code: 'BadRequest', message: 'The request was refused.' });
      return { status: this.statusCode, failure: 'refused' };
    }
    this.res.send(500, { code: 'InternalError', message: 'Something went wrong on the bot. Try again later.' });
    return { status: 500, failure: 'internal' };
  }
}
