import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { extname, join } from 'node:path';
import { readIcs, readMail } from './parse';
import type { MeetingsRepository } from '../repository';
import type { ReplyProcessor } from './processor';

export interface PollSummary {
  /** Messages read for the first time. */
  read: number;
  /** Answers that changed a member's answer. */
  applied: number;
}

/**
 * Without IMAP (the embedded default): reply files (.eml or .ics) dropped into `dir` go the same way as mails.
 * A file with calendar replies moves to `dir/processed/`; any other file stays where it is (and is read once).
 */
export async function pollInboxDir(dir: string, repository: MeetingsRepository, processor: ReplyProcessor): Promise<PollSummary> {
  const summary: PollSummary = { read: 0, applied: 0 };
  if (!existsSync(dir)) return summary;
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /^\.(eml|ics)$/i.test(extname(entry.name)))
    .map((entry) => entry.name)
    .sort();
  for (const name of files) {
    const raw = readFileSync(join(dir, name));
    const hash = createHash('sha256').update(raw).digest('hex');
    const key = `inbox:${hash}`;
    const isIcs = extname(name).toLowerCase() === '.ics';
    const handled = await processor.handle(key, () => (isIcs ? Promise.resolve(readIcs(raw.toString('utf8'))) : readMail(raw)));
    if (handled.fresh) summary.read += 1;
    summary.applied += handled.replies.filter((outcome) => outcome === 'applied').length;
    if (!handled.mark) continue;
    const processed = join(dir, 'processed');
    mkdirSync(processed, { recursive: true });
    // The same name may come again (another reply saved as invite.ics): the hash keeps both.
    const target = existsSync(join(processed, name)) ? `${hash.slice(0, 12)}-${name}` : name;
    renameSync(join(dir, name), join(processed, target));
    repository.replies.markDone(key);
  }
  return summary;
}
