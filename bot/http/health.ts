import { timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type restify from 'restify';
import { errorFacts } from '../../src/logger';
import type { Db } from '../../src/store/db';
import type { BotDeps } from '../deps';

// From the working directory, like the knowledge files: the bundle (dist/main.js) sits at another depth than this file.
const VERSION = (JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { version: string }).version;
/** A probe must not hang on a lock another process holds: a write that waits this long counts as failing. */
const PROBE_BUSY_MS = 250;

/** Writes one row, the way every turn does; undefined when that works, otherwise the error's code. */
export function probeWrite(db: Db, now: Date): string | undefined {
  const busyTimeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma(`busy_timeout = ${PROBE_BUSY_MS}`);
  try {
    db.prepare(
      `INSERT INTO bot_state (key, value_json, updated_at) VALUES ('healthz', '{}', ?)
       ON CONFLICT(key) DO UPDATE SET updated_at = excluded.updated_at`,
    ).run(now.toISOString());
    return undefined;
  } catch (error) {
    const facts = errorFacts(error);
    return facts.code ?? facts.err;
  } finally {
    db.pragma(`busy_timeout = ${busyTimeout}`);
  }
}

function isLoopbackAddress(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

function tokenMatches(expected: string | undefined, given: unknown): boolean {
  if (!expected || typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * `/healthz`: 503 when the database cannot be written or the last job run failed (a full disk, a lock held by
 * another process), so a load balancer or monitor sees what users see. Strangers get the status only; a request
 * from this machine or with `x-health-token` also gets the version, the mode, the failing codes and the counts.
 */
export function registerHealth(server: restify.Server, deps: BotDeps): void {
  server.get('/healthz', async (req, res) => {
    const write = probeWrite(deps.db, deps.clock.now());
    const jobs = deps.jobs.failure?.code;
    const healthy = write === undefined && jobs === undefined;
    const detailed = isLoopbackAddress(req.socket.remoteAddress) || tokenMatches(deps.config.healthToken, req.header('x-health-token'));
    const status = healthy ? 'ok' : 'degraded';
    res.send(
      healthy ? 200 : 503,
      detailed
        ? {
            status,
            version: VERSION,
            mode: deps.config.mode,
            database: write ?? 'ok',
            jobs: jobs ?? 'ok',
            knowledge: { schools: deps.knowledge.schools.length, meetingGroups: deps.knowledge.meetingGroups.length },
          }
        : { status },
    );
  });
}
