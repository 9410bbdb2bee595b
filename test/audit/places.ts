import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestBot } from '../helpers/bot';
import { databaseHolds } from '../helpers/sqlite';

/** A made-up pupil, written the ways people write: every one of these must stay out of every stored or sent byte. */
export const SECRETS = ['Jorinde', 'Vlasbloem', '123456782', '14-03-2011', '06-12345678'];
export const PUPIL = 'Jorinde Vlasbloem (BSN 123456782, geboren 14-03-2011, moeder bereikbaar op 06-12345678)';

/**
 * Every place the bot writes to: the database file and its write-ahead log, the logs it wrote (`logLines`), the
 * outbox and the calendar files it served (`served`). Returns the places that hold `text`.
 */
export function placesHolding(bot: TestBot, logLines: readonly string[], served: readonly string[], text: string): string[] {
  const places: string[] = [];
  if (databaseHolds(bot.databaseFile, text)) places.push('database');
  if (logLines.some((line) => line.includes(text))) places.push('logs');
  const outbox = join(bot.dataDir, 'outbox');
  if (existsSync(outbox) && readdirSync(outbox).some((file) => readFileSync(join(outbox, file), 'utf8').includes(text))) places.push('outbox');
  if (served.some((ics) => ics.includes(text))) places.push('ics');
  return places;
}
