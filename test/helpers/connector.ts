import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Activity } from 'botbuilder';

export interface ConnectorCall {
  method: 'POST' | 'PUT';
  conversationId: string;
  activityId?: string;
  activity: Partial<Activity>;
}

/**
 * A stand-in for the Bot Connector service on loopback: proactive messages and card updates the bot sends
 * outside a request land here, so tests can read what a user would have seen.
 */
export class MockConnector {
  readonly calls: ConnectorCall[] = [];
  /** Every activity received since start, also those `clear()` forgot, for the card schema check at the end. */
  readonly everySent: Array<Partial<Activity>> = [];
  /**
   * While true every request fails at once at the transport (the answer is not HTTP), as when the Bot Connector
   * cannot be reached. Unlike a dropped connection, the SDK does not retry this itself (about 7 s of back-off per
   * message): the bot's own job queue does the retrying, and the tests stay fast.
   */
  unreachable = false;
  private server: Server | undefined;
  private nextId = 1;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      if (this.unreachable) {
        req.socket.end('NOT-HTTP\r\n\r\n');
        return;
      }
      void readBody(req).then((body) => {
        const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url ?? '');
        if (!match || (req.method !== 'POST' && req.method !== 'PUT')) {
          // restify (loaded in the same process) patches writeHead so it no longer returns the response.
          res.writeHead(404);
          res.end();
          return;
        }
        const activityId = req.method === 'PUT' ? decodeURIComponent(match[2]!) : `proactive-${this.nextId++}`;
        const activity = JSON.parse(body || '{}') as Partial<Activity>;
        this.calls.push({ method: req.method, conversationId: decodeURIComponent(match[1]!), activityId, activity });
        this.everySent.push(activity);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: activityId }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    return this;
  }

  /** Messages sent (not updates) to one conversation. */
  sentTo(conversationId: string): Array<Partial<Activity>> {
    return this.calls.filter((call) => call.method === 'POST' && call.conversationId === conversationId).map((call) => call.activity);
  }

  updatesTo(conversationId: string): ConnectorCall[] {
    return this.calls.filter((call) => call.method === 'PUT' && call.conversationId === conversationId);
  }

  clear(): void {
    this.calls.length = 0;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => resolve(body));
  });
}
