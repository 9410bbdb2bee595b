import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured JSON logs. Callers log ids, counts and outcomes only: never message text, names,
 * e-mail addresses or question text (pupil data must not end up in logs).
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'jos-assistent' },
      // Defence in depth: should a caller pass an activity or a person by mistake, these fields are dropped.
      redact: {
        paths: ['text', '*.text', 'name', '*.name', 'email', '*.email', 'activity', 'question', '*.question'],
        remove: true,
      },
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
