import { ImapFlow, type MessageStructureObject } from 'imapflow';
import type { MeetingsRepository } from '../repository';
import type { PollSummary } from './inbox';
import { readMail } from './parse';
import type { ReplyProcessor } from './processor';

export interface ImapSettings {
  host: string;
  port: number;
  user: string;
  password: string;
  mailbox: string;
}

/** The keyword a processed reply gets (with \Seen); nothing is ever deleted or moved. */
export const PROCESSED_KEYWORD = '$JosProcessed';

/** Whether a message carries a calendar object: a text/calendar part or an .ics attachment. Only those are downloaded. */
export function hasCalendarPart(node: MessageStructureObject | undefined): boolean {
  if (!node) return false;
  const name = node.dispositionParameters?.filename ?? node.parameters?.name ?? '';
  if (/^(text\/calendar|application\/ics)$/i.test(node.type) || /\.ics$/i.test(name)) return true;
  return (node.childNodes ?? []).some(hasCalendarPart);
}

/**
 * Reads new messages of the organizer mailbox once each: only the structure of every new message is fetched, and
 * only a message with a calendar part is downloaded and read. Processed replies get \Seen and $JosProcessed.
 */
export async function pollImap(settings: ImapSettings, repository: MeetingsRepository, processor: ReplyProcessor): Promise<PollSummary> {
  const summary: PollSummary = { read: 0, applied: 0 };
  const state = repository.mailboxes;
  const client = new ImapFlow({
    host: settings.host,
    port: settings.port,
    secure: settings.port === 993,
    auth: { user: settings.user, pass: settings.password },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: 15_000,
    socketTimeout: 60_000,
  });
  await client.connect();
  try {
    const lock = await client.getMailboxLock(settings.mailbox);
    try {
      const mailbox = client.mailbox;
      if (!mailbox) throw new Error('mailbox not open');
      const uidValidity = String(mailbox.uidValidity);
      const prefix = `imap:${settings.mailbox}:${uidValidity}:`;
      const flag = async (key: string): Promise<void> => {
        await client.messageFlagsAdd(key.slice(prefix.length), ['\\Seen', PROCESSED_KEYWORD], { uid: true });
        repository.replies.markDone(key);
      };
      // Saved before a stop but not flagged yet.
      for (const key of repository.replies.unmarked(prefix)) await flag(key);

      const last = state.lastUid(settings.mailbox, uidValidity);
      const fresh: { uid: number; calendar: boolean }[] = [];
      if (mailbox.exists > 0) {
        for await (const message of client.fetch(`${last + 1}:*`, { uid: true, bodyStructure: true }, { uid: true })) {
          // "n:*" also returns the last message when n is past it.
          if (message.uid > last) fresh.push({ uid: message.uid, calendar: hasCalendarPart(message.bodyStructure) });
        }
      }
      for (const { uid, calendar } of fresh.sort((a, b) => a.uid - b.uid)) {
        if (calendar) {
          const key = `${prefix}${uid}`;
          const handled = await processor.handle(key, async () => {
            const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
            return readMail(message && message.source ? message.source : '');
          });
          if (handled.fresh) summary.read += 1;
          summary.applied += handled.replies.filter((outcome) => outcome === 'applied').length;
          if (handled.mark) await flag(key);
        }
        state.advance(settings.mailbox, uidValidity, uid);
      }
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => client.close());
  }
  return summary;
}
