import type { Db } from '../../store/db';
import { DeliveryTable } from './deliveries';
import { GroupTable } from './groups';
import { ImportTable } from './imports';
import { MeetingTable } from './meetings';
import { MemberTable } from './members';
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

  constructor(private readonly db: Db) {
    this.groups = new GroupTable(db);
    this.meetings = new MeetingTable(db);
    this.members = new MemberTable(db);
    this.rsvps = new RsvpTable(db);
    this.deliveries = new DeliveryTable(db);
    this.imports = new ImportTable(db);
  }

  /** Runs `work` in one SQLite transaction (nested calls join the outer one). */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }
}
