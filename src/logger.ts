import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured JSON logs. Callers log ids, counts and outcomes only: never message text, names,
 * e-mail addresses or question text (pupil data must not end up in logs).
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'jos-assistent' },
    // Defence in depth: should a caller pass an activity or a person by mistake, these fields are dropped.
    redact: {
      paths: ['text', '*.text', 'name', '*.name', 'email', '*.email', 'activity', 'question', '*.question'],
      remove: true,
    },
  };
  // Tests read the lines back (the privacy audit); the bot writes to stdout.
  return destination ? pino(options, destination) : pino(options);
}
