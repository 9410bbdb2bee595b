import type { Clock } from '../../clock';
import type { MeetingsRepository } from '../repository';
import { pollImap, type ImapSettings } from './imap';
import { pollInboxDir, type PollSummary } from './inbox';
import { ReplyProcessor } from './processor';

/** Where calendar replies come in: the organizer mailbox over IMAP, or else files dropped into a folder. */
export type ReplySource = { imap: ImapSettings } | { inboxDir: string };

/** One poll of the configured source; both go through the same ReplyProcessor. */
export function replyPoller(repository: MeetingsRepository, clock: Clock, source: ReplySource): () => Promise<PollSummary> {
  const processor = new ReplyProcessor(repository, clock);
  return 'imap' in source ? () => pollImap(source.imap, repository, processor) : () => pollInboxDir(source.inboxDir, repository, processor);
}
