import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod/v4';
import { JOS_FUNCTIONS, ROLES, type JosFunction, type RoleGrant } from './people/roles';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;


/**
 * The schema of the environment, built for the one parse at start-up and dropped after: zod keeps dozens of objects
 * per field (about 5,000 here) that every full collection of a long-running bot would mark again (issue 15).
 */
function envSchema() {
  const optionalText = z
    .string()
    .trim()
    .transform((value) => (value === '' ? undefined : value))
    .optional();

  return z.object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: optionalText,
    DATA_DIR: z.string().trim().min(1).default('data'),
    KNOWLEDGE_DIR: z.string().trim().min(1).default('knowledge'),
    PEOPLE_FILE: z.string().trim().min(1).default('config/people.yaml'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    PUBLIC_BASE_URL: z.url().optional(),
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(512 * 1024),
    JOB_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(30),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
    HEALTH_TOKEN: optionalText.pipe(z.string().min(16, 'moet minstens 16 tekens lang zijn').optional()),
    MicrosoftAppId: optionalText.pipe(z.string().regex(GUID, 'moet een GUID zijn').optional()),
    MicrosoftAppPassword: optionalText,
    MicrosoftAppTenantId: optionalText.pipe(z.string().regex(GUID, 'moet een GUID zijn').optional()),
    MicrosoftAppType: z.enum(['SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
    BotOpenIdMetadata: optionalText.pipe(z.url().optional()),
    ALLOWED_TENANT_IDS: optionalText.pipe(
      z
        .string()
        .regex(/^\s*[0-9a-f-]{36}(\s*,\s*[0-9a-f-]{36})*\s*$/i, 'moet een komma-gescheiden lijst van tenant-GUIDs zijn')
        .optional(),
    ),
    LOCAL_ROLES: z.string().trim().default('mentor'),
    LOCAL_SCHOOL: optionalText,
    SMTP_HOST: optionalText,
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
    SMTP_SECURE: z.enum(['true', 'false']).default('false'),
    SMTP_USER: optionalText,
    SMTP_PASSWORD: optionalText,
    SMTP_FROM: optionalText.pipe(z.email().optional()),
    IMAP_HOST: optionalText,
    IMAP_PORT: z.preprocess((value) => (value === '' ? undefined : value), z.coerce.number().int().min(1).max(65535).optional()),
    IMAP_USER: optionalText,
    IMAP_PASSWORD: optionalText,
    IMAP_MAILBOX: optionalText,
    IMAP_POLL_SECONDS: z.coerce.number().int().min(10).default(300),
  });
}

export type Env = z.input<ReturnType<typeof envSchema>>;

export type LocalRoleGrant = Pick<RoleGrant, 'role' | 'function'>;

export interface TeamsCredentials {
  appId: string;
  appPassword: string;
  tenantId: string;
  appType: 'SingleTenant' | 'UserAssignedMSI';
  /** Where the signing keys of the Bot Framework are published; the SDK's default unless set (sovereign clouds). */
  openIdMetadataUrl: string | undefined;
}

export interface Config {
  mode: 'local' | 'teams';
  port: number;
  host: string;
  dataDir: string;
  databaseFile: string;
  knowledgeDir: string;
  peopleFile: string;
  logLevel: string;
  publicBaseUrl: string | undefined;
  maxBodyBytes: number;
  jobIntervalSeconds: number;
  /** Messages, card clicks and invokes one person may send per minute; more get one friendly refusal. */
  rateLimitPerMinute: number;
  /** Callers of /healthz that send this in `x-health-token` (or call from this machine) see version and counts. */
  healthToken: string | undefined;
  teams: TeamsCredentials | undefined;
  allowedTenantIds: string[] | undefined;
  localRoles: LocalRoleGrant[];
  localSchool: string | undefined;
  smtp:
    | { host: string; port: number; secure: boolean; user?: string; password?: string; from: string }
    | undefined;
  /** The organizer mailbox the calendar replies arrive in (port 993: TLS); without it replies are read from DATA_DIR/inbox. */
  imap: { host: string; port: number; user: string; password: string; mailbox: string; pollSeconds: number; address: string } | undefined;
}

/** One line an operator can act on: which variable, and what is wrong with it. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Configuratiefout: ${variable} ${detail}`);
    this.name = 'ConfigError';
  }
}

const CREDENTIAL_VARIABLES = ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId'] as const;
const IMAP_VARIABLES = ['IMAP_HOST', 'IMAP_PORT', 'IMAP_USER', 'IMAP_PASSWORD', 'IMAP_MAILBOX'] as const;
const IMAP_REQUIRED = ['IMAP_HOST', 'IMAP_USER', 'IMAP_PASSWORD'] as const;

/** All of host, user and password, or no IMAP at all: half a mailbox configuration is refused, naming what is missing. */
function imapSettings(env: z.output<ReturnType<typeof envSchema>>): Config['imap'] {
  const present = IMAP_VARIABLES.filter((name) => env[name] !== undefined);
  if (!present.length) return undefined;
  const missing = IMAP_REQUIRED.find((name) => env[name] === undefined);
  if (missing) throw new ConfigError(missing, `ontbreekt: nodig als ${present.join(' en ')} is gezet`);
  // The replies go to the ORGANIZER of the invitations, which is the address the mail goes out from.
  if (!env.SMTP_FROM) throw new ConfigError('SMTP_FROM', 'ontbreekt: nodig als IMAP_HOST is gezet (het adres van de mailbox die de bot leest)');
  return {
    host: env.IMAP_HOST!,
    port: env.IMAP_PORT ?? 993,
    user: env.IMAP_USER!,
    password: env.IMAP_PASSWORD!,
    mailbox: env.IMAP_MAILBOX ?? 'INBOX',
    pollSeconds: env.IMAP_POLL_SECONDS,
    address: env.SMTP_FROM.toLowerCase(),
  };
}

function parseLocalRoles(value: string): LocalRoleGrant[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [role, fn] = entry.split(':');
      if (!(ROLES as readonly string[]).includes(role!)) {
        throw new ConfigError('LOCAL_ROLES', `bevat onbekende rol "${role}" (kies uit ${ROLES.join(', ')})`);
      }
      if (fn !== undefined && !(JOS_FUNCTIONS as readonly string[]).includes(fn)) {
        throw new ConfigError('LOCAL_ROLES', `bevat onbekende functie "${fn}" (kies uit ${JOS_FUNCTIONS.join(', ')})`);
      }
      return { role: role as LocalRoleGrant['role'], ...(fn ? { function: fn as JosFunction } : {}) };
    });
}

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema().safeParse(environment);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(String(issue.path[0]), `is ongeldig: ${issue.message}`);
  }
  const env = parsed.data;

  const present = CREDENTIAL_VARIABLES.filter((name) => env[name] !== undefined);
  if (present.length > 0 && present.length < CREDENTIAL_VARIABLES.length) {
    const missing = CREDENTIAL_VARIABLES.find((name) => env[name] === undefined)!;
    throw new ConfigError(missing, `ontbreekt: ${present.join(' en ')} is gezet, dus zijn alle drie nodig`);
  }
  const teams =
    present.length === CREDENTIAL_VARIABLES.length
      ? {
          appId: env.MicrosoftAppId!,
          appPassword: env.MicrosoftAppPassword!,
          tenantId: env.MicrosoftAppTenantId!,
          appType: env.MicrosoftAppType,
          openIdMetadataUrl: env.BotOpenIdMetadata,
        }
      : undefined;
  if (env.SMTP_HOST && !env.SMTP_FROM) {
    throw new ConfigError('SMTP_FROM', 'ontbreekt: nodig als SMTP_HOST is gezet');
  }

  const dataDir = resolve(env.DATA_DIR);
  return {
    mode: teams ? 'teams' : 'local',
    port: env.PORT,
    // Without credentials the adapter accepts unsigned requests: only this machine may reach it.
    host: teams ? (env.HOST ?? '0.0.0.0') : '127.0.0.1',
    dataDir,
    databaseFile: resolve(dataDir, 'jos.sqlite'),
    knowledgeDir: resolve(env.KNOWLEDGE_DIR),
    peopleFile: resolve(env.PEOPLE_FILE),
    logLevel: env.LOG_LEVEL,
    publicBaseUrl: env.PUBLIC_BASE_URL?.replace(/\/$/, ''),
    maxBodyBytes: env.MAX_BODY_BYTES,
    jobIntervalSeconds: env.JOB_INTERVAL_SECONDS,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    healthToken: env.HEALTH_TOKEN,
    teams,
    allowedTenantIds: env.ALLOWED_TENANT_IDS?.split(',').map((id) => id.trim().toLowerCase()),
    localRoles: parseLocalRoles(env.LOCAL_ROLES),
    localSchool: env.LOCAL_SCHOOL,
    smtp: env.SMTP_HOST
      ? {
          host: env.SMTP_HOST,
          port: env.SMTP_PORT,
          secure: env.SMTP_SECURE === 'true',
          user: env.SMTP_USER,
          password: env.SMTP_PASSWORD,
          from: env.SMTP_FROM!,
        }
      : undefined,
    imap: imapSettings(env),
  };
}

/** Reads `.env` from the working directory when there is one (Node's own loader; no extra dependency). */
export function loadDotEnv(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
