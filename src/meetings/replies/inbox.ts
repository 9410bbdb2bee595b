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
  /** data/inbox only: the error code (EACCES, …) of each file that could not be read or moved; tried again next poll. */
  failed?: string[];
}

/** NAME_MAX of the usual file systems, in bytes. */
const MAX_NAME_BYTES = 255;

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
  // A file is often named after the mail's subject, and a file error's message quotes the name: only its code is kept.
  const failed = (error: unknown): void => {
    (summary.failed ??= []).push(String((error as NodeJS.ErrnoException).code ?? 'unknown'));
  };
  for (const name of files) {
    let raw: Buffer;
    try {
      raw = readFileSync(join(dir, name));
    } catch (error) {
      failed(error);
      continue;
    }
    const { hash, key } = inboxKey(raw);
    const isIcs = extname(name).toLowerCase() === '.ics';
    const handled = await processor.handle(key, () => (isIcs ? Promise.resolve(readIcs(raw.toString('utf8'))) : readMail(raw)));
    if (handled.fresh) summary.read += 1;
    summary.applied += handled.replies.filter((outcome) => outcome === 'applied').length;
    if (!handled.mark) continue;
    try {
      moveToProcessed(dir, name, hash);
    } catch (error) {
      // Saved but not moved: the next poll knows the file and only moves it.
      failed(error);
      continue;
    }
    repository.replies.markDone(key);
  }
  return summary;
}

function moveToProcessed(dir: string, name: string, hash: string): void {
  const processed = join(dir, 'processed');
  mkdirSync(processed, { recursive: true });
  // The same name may come again (another reply saved as invite.ics, a second member's "Geaccepteerd: …"): the hash
  // keeps both; a name that would grow too long for the file system keeps only its extension.
  let target = name;
  if (existsSync(join(processed, name))) {
    target = `${hash.slice(0, 12)}-${name}`;
    if (Buffer.byteLength(target) > MAX_NAME_BYTES) target = `${hash.slice(0, 12)}${extname(name)}`;
  }
  renameSync(join(dir, name), join(processed, target));
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
    try {
      const readAt = repository.replies.processedAt(inboxKey(readFileSync(file)).key);
      if (readAt && readAt > cutoff) continue;
      rmSync(file);
      deleted += 1;
    } catch {
      // Tried again at the next purge; the error would quote the name (often the mail's subject) into the job's record.
    }
  }
  return deleted;
}
