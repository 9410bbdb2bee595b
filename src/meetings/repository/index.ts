import { immediate, type Db } from '../../store/db';
import { DeliveryTable } from './deliveries';
import { GroupTable } from './groups';
import { ImportTable } from './imports';
import { MeetingTable } from './meetings';
import { MemberTable } from './members';
import { PresenceTable } from './presence';
import { MailboxStateTable, ReplyTable } from './replies';
import { RsvpTable } from './rsvp';

/**
 * All SQL of the meetings feature, one small file per table behind this one class. Built once at start-up and
 * handed to the service and the outbox; nothing in bot/ reaches it.
 */
export class MeetingsRepository {
  readonly groups: GroupTable;
  readonly meetings: MeetingTable;
  readonly members: MemberTable;
  /** Attendance answers (RSVP): repository/rsvp.ts. */
  readonly rsvps: RsvpTable;
  readonly deliveries: DeliveryTable;
  readonly imports: ImportTable;
  /** Calendar replies read from the organizer mailbox or data/inbox, and how far each mailbox was read. */
  readonly replies: ReplyTable;
  readonly mailboxes: MailboxStateTable;
  /** Who actually came. */
  readonly presence: PresenceTable;

  constructor(private readonly db: Db) {
    this.groups = new GroupTable(db);
    this.meetings = new MeetingTable(db);
    this.members = new MemberTable(db);
    this.rsvps = new RsvpTable(db);
    this.deliveries = new DeliveryTable(db);
    this.imports = new ImportTable(db);
    this.replies = new ReplyTable(db);
    this.mailboxes = new MailboxStateTable(db);
    this.presence = new PresenceTable(db);
  }

  /** Runs `work` in one SQLite transaction (nested calls join the outer one). */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /** Like `transaction`, but takes the write lock first: a check-then-write that another process may race. */
  immediate<T>(work: () => T): T {
    return immediate(this.db, work);
  }
}
