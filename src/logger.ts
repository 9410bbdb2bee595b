import pino from 'pino';

export type Logger = pino.Logger;

/** Keys that could hold message text, a name or an e-mail address, at the top of a log object and one level down. */
const PERSONAL_KEYS: ReadonlySet<string> = new Set(['text', 'name', 'email', 'question']);
/** A whole activity holds all of them, at any depth. */
const ACTIVITY_KEY = 'activity';

const isPlainRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Defence in depth: should a caller pass an activity, a person or a text by mistake, those keys are dropped from the
 * line. A correct call (ids, counts, codes) gets its own object back, so the common case copies nothing; otherwise
 * the caller's object is left as it was.
 */
function withoutPersonalKeys(object: Record<string, unknown>): Record<string, unknown> {
  let kept: Record<string, unknown> | undefined;
  for (const key of Object.keys(object)) {
    const value = object[key];
    if (key === ACTIVITY_KEY || PERSONAL_KEYS.has(key)) {
      kept ??= { ...object };
      delete kept[key];
    } else if (isPlainRecord(value) && Object.keys(value).some((inner) => PERSONAL_KEYS.has(inner))) {
      kept ??= { ...object };
      kept[key] = Object.fromEntries(Object.entries(value).filter(([inner]) => !PERSONAL_KEYS.has(inner)));
    }
  }
  return kept ?? object;
}

/**
 * Structured JSON logs. Callers log ids, counts and outcomes only: never message text, names,
 * e-mail addresses or question text (pupil data must not end up in logs).
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'jos-assistent' },
      // pino's own `redact` clones part of every object on every line; this looks at the keys and copies only when one must go.
      formatters: { log: withoutPersonalKeys },
    },
    // Tests pass their own destination to read the lines back (the privacy audit). Otherwise off the turn: a write
    // to stdout no longer blocks the event loop; lines queue only while a write is under way, and pino writes out
    // what is left when the process exits.
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

/**
 * What a log line may say about an error: its class and its code (`SQLITE_BUSY`, `SQLITE_FULL`, `ECONNREFUSED`),
 * never its message, which can quote input.
 */
export function errorFacts(error: unknown): { err: string; code?: string } {
  if (!(error instanceof Error)) return { err: typeof error };
  const code = (error as { code?: unknown }).code;
  return { err: error.name, ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}) };
}
