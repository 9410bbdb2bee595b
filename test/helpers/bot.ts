import type { Activity } from 'botbuilder';
import { mkdtempSync } from 'node:fs';
import pino from 'pino';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConsentKnowledge } from '../../src/consent/knowledge';
import { ManualClock, type Clock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import type { Logger } from '../../src/logger';
import type { RoleGrant, Person } from '../../src/people/roles';
import { startBot, type RunningBot, type StartOptions } from '../../bot/startBot';
import { cardOf } from './cards';
import { assertValidCards } from './cardSchema';
import { MockConnector } from './connector';
import { screen } from './screen';

export interface TestBotOptions {
  clock?: Clock;
  /** Reuse a data directory (a second bot on the same database file, or a restart). */
  dataDir?: string;
  env?: Record<string, string>;
  /** Receives the bot's log lines (parsed JSON), e.g. to assert that no turn failed. */
  onLog?: (line: Record<string, unknown>) => void;
  /** Captures the bot's logs (the privacy audit reads them); silent otherwise. */
  logger?: Logger;
}

export interface UserSeed {
  name?: string;
  email?: string;
  schoolId?: string;
  roles?: RoleGrant[];
}

export interface ExecuteResult {
  /** The card that replaced the clicked card, when the handler returned one. */
  card?: Record<string, unknown>;
  /** The invoke response as Teams gets it. */
  invokeResponse?: { status: number; body?: { type?: string; value?: unknown } };
  /** Messages sent during the click. */
  replies: Array<Partial<Activity>>;
  status: number;
}

let activityCounter = 0;

const SHIPPED_KNOWLEDGE = resolve('knowledge');
let shippedKnowledge: StartOptions['knowledge'];

/**
 * The screen and consent rules of the shipped knowledge, built once per test worker instead of once per bot. A test
 * with its own KNOWLEDGE_DIR (which it may change between starts) gets a bot that loads its knowledge itself.
 */
function prebuiltKnowledge(knowledgeDir: string): StartOptions['knowledge'] {
  if (knowledgeDir !== SHIPPED_KNOWLEDGE) return undefined;
  shippedKnowledge ??= { screen, consent: loadConsentKnowledge(join(SHIPPED_KNOWLEDGE, 'consent')) };
  return shippedKnowledge;
}

/** The real server, in-process, on an ephemeral port, with a real SQLite file and a mock Bot Connector. */
export class TestBot {
  private running!: RunningBot;
  readonly connector = new MockConnector();

  private constructor(
    readonly dataDir: string,
    readonly clock: Clock,
    private readonly env: Record<string, string>,
    private readonly onLog: TestBotOptions['onLog'],
    private readonly logger?: Logger,
  ) {}

  static async start(options: TestBotOptions = {}): Promise<TestBot> {
    const bot = new TestBot(
      options.dataDir ?? mkdtempSync(join(tmpdir(), 'jos-test-')),
      options.clock ?? new ManualClock('2026-11-23T09:00:00Z'),
      options.env ?? {},
      options.onLog,
      options.logger,
    );
    await bot.connector.start();
    await bot.boot();
    return bot;
  }

  private async boot(): Promise<void> {
    // The clock stands still in tests, so a long conversation would hit the per-minute limit; test/security sets it.
    const config = loadConfig({
      PORT: '0',
      DATA_DIR: this.dataDir,
      LOG_LEVEL: 'silent',
      JOB_INTERVAL_SECONDS: '3600',
      RATE_LIMIT_PER_MINUTE: '10000',
      ...this.env,
    });
    const onLog = this.onLog;
    // Debug: tests read every line the bot can write (the privacy audit, the route lines of role × action).
    const logger = onLog
      ? pino({ level: 'debug' }, { write: (line: string) => onLog(JSON.parse(line) as Record<string, unknown>) })
      : this.logger;
    this.running = await startBot(config, { clock: this.clock, knowledge: prebuiltKnowledge(config.knowledgeDir), ...(logger ? { logger } : {}) });
  }

  get url(): string {
    return this.running.url;
  }
  get deps() {
    return this.running.deps;
  }
  get db() {
    return this.running.deps.db;
  }
  /** Every card verb and text command the features registered. */
  get routes() {
    return this.running.deps.routes;
  }
  get databaseFile(): string {
    return this.running.deps.config.databaseFile;
  }

  /** Seeds (or updates) a person with roles, and returns a chat user acting as them. */
  user(id: string, seed: UserSeed = {}): TestUser {
    this.deps.people.upsert(
      {
        id,
        name: seed.name ?? `Testgebruiker ${id}`,
        email: seed.email,
        school: seed.schoolId,
        roles: (seed.roles ?? []).map((grant) => ({ role: grant.role, function: grant.function, school: grant.schoolId })),
      },
      'config',
      this.clock.now(),
    );
    return new TestUser(this, id, seed.name ?? `Testgebruiker ${id}`);
  }

  person(id: string): Person | undefined {
    return this.deps.people.get(id);
  }

  runDueJobs(): Promise<number> {
    return this.deps.jobs.runDue();
  }

  /** Proactive messages delivered to one user's personal chat. */
  proactiveTo(userId: string): Array<Partial<Activity>> {
    return this.connector.sentTo(personalConversationId(userId));
  }

  async post(activity: Partial<Activity>): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const text = await response.text();
    const body = text ? (JSON.parse(text) as unknown) : undefined;
    // What the turn left to the job runner (notices to others) has been tried once before the test looks further;
    // the answer above never waited for it.
    await this.deps.jobs.idle();
    // Every card a conversation test makes the bot send is checked against the published Adaptive Cards schema.
    assertValidCards((body as { activities?: Array<Partial<Activity>> } | undefined)?.activities ?? []);
    return { status: response.status, body };
  }

  async restart(): Promise<void> {
    await this.running.close();
    await this.boot();
  }

  async stop(): Promise<void> {
    await this.running.close();
    await this.connector.stop();
    assertValidCards(this.connector.everySent);
  }
}

export function personalConversationId(userId: string): string {
  return `personal-${userId}`;
}

export interface SayOptions {
  conversationType?: 'personal' | 'groupChat' | 'channel';
  mentionBot?: boolean;
}

/** One chat user; every call is one activity POSTed with `deliveryMode: expectReplies`, returning the bot's replies. */
export class TestUser {
  constructor(
    private readonly bot: TestBot,
    readonly id: string,
    readonly name: string,
  ) {}

  activity(partial: Partial<Activity>, options: SayOptions = {}): Partial<Activity> {
    const conversationType = options.conversationType ?? 'personal';
    return {
      channelId: 'msteams',
      serviceUrl: this.bot.connector.url,
      id: `activity-${++activityCounter}`,
      timestamp: this.bot.clock.now(),
      from: { id: `29:${this.id}`, name: this.name, aadObjectId: this.id },
      recipient: { id: '28:jos-bot', name: 'JOS-assistent' },
      conversation: {
        id: conversationType === 'personal' ? personalConversationId(this.id) : `${conversationType}-conversation`,
        conversationType,
        isGroup: conversationType !== 'personal',
        tenantId: '00000000-0000-0000-0000-000000000001',
      } as Activity['conversation'],
      channelData: { tenant: { id: '00000000-0000-0000-0000-000000000001' } },
      locale: 'nl-NL',
      deliveryMode: 'expectReplies',
      ...partial,
    };
  }

  async say(text: string, options: SayOptions = {}): Promise<Array<Partial<Activity>>> {
    const mention = options.mentionBot
      ? { text: `<at>JOS-assistent</at> ${text}`, entities: [{ type: 'mention', text: '<at>JOS-assistent</at>', mentioned: { id: '28:jos-bot', name: 'JOS-assistent' } }] }
      : { text };
    return this.send(this.activity({ type: 'message', ...mention }, options));
  }

  async install(): Promise<Array<Partial<Activity>>> {
    return this.send(
      this.activity({ type: 'conversationUpdate', membersAdded: [{ id: '28:jos-bot', name: 'JOS-assistent' }, { id: `29:${this.id}`, name: this.name }] }),
    );
  }

  /** Clicks an `Action.Execute` button (an `adaptiveCard/action` invoke) with the card's inputs merged into `data`. */
  async execute(verb: string, data: Record<string, unknown> = {}, replyToId?: string): Promise<ExecuteResult> {
    const { status, body } = await this.bot.post(
      this.activity({
        type: 'invoke',
        name: 'adaptiveCard/action',
        ...(replyToId ? { replyToId } : {}),
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      }),
    );
    const activities = ((body as { activities?: Array<Partial<Activity>> } | undefined)?.activities ?? []);
    const invoke = activities.find((activity) => activity.type === 'invokeResponse');
    const invokeResponse = invoke?.value as ExecuteResult['invokeResponse'];
    const returned = invokeResponse?.body;
    return {
      status,
      invokeResponse,
      card: returned?.type === 'application/vnd.microsoft.card.adaptive' ? cardOf(returned.value as Record<string, unknown>) : undefined,
      replies: activities.filter((activity) => activity.type !== 'invokeResponse' && activity.type !== 'typing'),
    };
  }

  private async send(activity: Partial<Activity>): Promise<Array<Partial<Activity>>> {
    const { status, body } = await this.bot.post(activity);
    if (status >= 400) throw new Error(`bot answered HTTP ${status}: ${JSON.stringify(body)}`);
    return ((body as { activities?: Array<Partial<Activity>> } | undefined)?.activities ?? []).filter(
      (reply) => reply.type !== 'typing',
    );
  }
}

export const startTestBot = (options?: TestBotOptions): Promise<TestBot> => TestBot.start(options);
