import { join } from 'node:path';
import type { Clock } from '../../clock';
import type { Config } from '../../config';
import type { MeetingsRepository } from '../repository';
import { pollImap, type ImapSettings } from './imap';
import { forgetProcessedFilesBefore, pollInboxDir, type PollSummary } from './inbox';
import { ReplyProcessor } from './processor';

/** Where calendar replies come in: the organizer mailbox over IMAP, or else files dropped into a folder. */
export type ReplySource = { imap: ImapSettings } | { inboxDir: string };

/** The organizer mailbox when IMAP is configured, else DATA_DIR/inbox (the embedded default, like the .eml outbox). */
export function replySourceFor(config: Pick<Config, 'imap' | 'dataDir'>): ReplySource {
  if (!config.imap) return { inboxDir: join(config.dataDir, 'inbox') };
  const { host, port, user, password, mailbox } = config.imap;
  return { imap: { host, port, user, password, mailbox } };
}

/** One poll of the configured source; both go through the same ReplyProcessor. */
export function replyPoller(repository: MeetingsRepository, clock: Clock, source: ReplySource): () => Promise<PollSummary> {
  const processor = new ReplyProcessor(repository, clock);
  return 'imap' in source ? () => pollImap(source.imap, repository, processor) : () => pollInboxDir(source.inboxDir, repository, processor);
}

/** The retention purge of read reply files: only the inbox folder keeps them (IMAP mail stays in the mailbox, unmoved). */
export function replyFileForgetter(repository: MeetingsRepository, source: ReplySource): (cutoff: Date) => number {
  return 'imap' in source ? () => 0 : (cutoff) => forgetProcessedFilesBefore(source.inboxDir, repository, cutoff);
}
