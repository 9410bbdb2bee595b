import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
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

/** The read record's key of a dropped file: its content, so a copy under another name is read once. */
const inboxKey = (raw: Buffer): { hash: string; key: string } => {
  const hash = createHash('sha256').update(raw).digest('hex');
  return { hash, key: `inbox:${hash}` };
};

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
    const { hash, key } = inboxKey(raw);
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

/**
 * Deletes the files in `dir/processed/` read at or before `cutoff`: they still hold whatever the member typed with the
 * answer (a note, the mail body, a subject), which the bot itself never stores. A file without a read record (the
 * database was replaced) counts as read long ago. Returns how many files were deleted.
 */
export function forgetProcessedFilesBefore(dir: string, repository: MeetingsRepository, cutoff: Date): number {
  const processed = join(dir, 'processed');
  if (!existsSync(processed)) return 0;
  let deleted = 0;
  for (const entry of readdirSync(processed, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(processed, entry.name);
    const readAt = repository.replies.processedAt(inboxKey(readFileSync(file)).key);
    if (readAt && readAt > cutoff) continue;
    rmSync(file);
    deleted += 1;
  }
  return deleted;
}
