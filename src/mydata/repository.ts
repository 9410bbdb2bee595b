import { randomUUID } from 'node:crypto';
import type { JosFunction, Role } from '../people/roles';
import { truncateWal } from '../store/checkpoint';
import type { Db } from '../store/db';
import type { AppointmentLine, ErasureSummary, PersonalData } from './model';

type AppointmentRow = { starts_at: string; other_id: string; status: AppointmentLine['status'] };
const toLine = (row: AppointmentRow): AppointmentLine => ({ startsAt: new Date(row.starts_at), otherId: row.other_id, status: row.status });
const count = (db: Db, sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number }).n;

/**
 * The SQL of the AVG rights: reads every table that names a person, and erases or anonymises those rows. Counts that
 * another party needs (a past spreekuur for the monitoring report, answers and presence of a meeting) stay, tied to
 * an anonymous placeholder instead of the person.
 */
export class MyDataRepository {
  constructor(private readonly db: Db) {}

  /** Meeting members that are this person: linked to their Teams id, or with their e-mail address. */
  private memberIds(personId: string, email: string | undefined): number[] {
    return (
      this.db
        .prepare('SELECT id FROM meeting_member WHERE teams_person_id = ? OR (? IS NOT NULL AND lower(email) = lower(?))')
        .all(personId, email ?? null, email ?? null) as Array<{ id: number }>
    ).map((row) => row.id);
  }

  gather(personId: string): PersonalData | undefined {
    const person = this.db.prepare('SELECT * FROM people WHERE id = ?').get(personId) as
      | { name: string; email: string | null; school_id: string | null; source: PersonalData['source']; created_at: string }
      | undefined;
    if (!person) return undefined;
    const roles = this.db.prepare('SELECT role, jos_function, school_id FROM person_roles WHERE person_id = ? ORDER BY role').all(personId) as Array<{
      role: string;
      jos_function: string | null;
      school_id: string;
    }>;
    const appointments = (column: 'booker_id' | 'host_id', other: 'booker_id' | 'host_id') =>
      (this.db.prepare(`SELECT starts_at, ${other} AS other_id, status FROM spreekuur_bookings WHERE ${column} = ? ORDER BY starts_at`).all(personId) as AppointmentRow[]).map(toLine);
    const email = person.email ?? undefined;
    const memberships = this.memberIds(personId, email).map((memberId) => {
      const row = this.db
        .prepare('SELECT g.name AS group_name, m.organisation FROM meeting_member m JOIN meeting_group g ON g.id = m.group_id WHERE m.id = ?')
        .get(memberId) as { group_name: string; organisation: string };
      return {
        groupName: row.group_name,
        organisation: row.organisation,
        answers: count(this.db, 'SELECT count(*) AS n FROM meeting_rsvp WHERE member_id = ?', memberId),
        presence: count(this.db, 'SELECT count(*) AS n FROM meeting_presence WHERE member_id = ?', memberId),
      };
    });
    return {
      name: person.name,
      ...(email ? { email } : {}),
      ...(person.school_id ? { schoolId: person.school_id } : {}),
      source: person.source,
      createdAt: new Date(person.created_at),
      roles: roles.map((role) => ({
        role: role.role as Role,
        ...(role.jos_function ? { function: role.jos_function as JosFunction } : {}),
        ...(role.school_id ? { schoolId: role.school_id } : {}),
      })),
      bookingsAsBooker: appointments('booker_id', 'host_id'),
      bookingsAsHost: appointments('host_id', 'booker_id'),
      activeSeries: count(this.db, 'SELECT count(*) AS n FROM spreekuur_series WHERE host_id = ? AND active = 1', personId),
      consultations: {
        sent: count(this.db, 'SELECT count(*) AS n FROM consultations WHERE mentor_id = ?', personId),
        open: count(this.db, "SELECT count(*) AS n FROM consultations WHERE mentor_id = ? AND status IN ('nieuw', 'opgepakt')", personId),
        claimed: count(this.db, 'SELECT count(*) AS n FROM consultations WHERE claimed_by = ?', personId),
      },
      memberships,
      conversationReference: count(this.db, 'SELECT count(*) AS n FROM conversation_refs WHERE person_id = ?', personId) > 0,
    };
  }

  /**
   * Erases the person in one write transaction (call after their future appointments were cancelled): the person,
   * roles, conversation reference and conversation state go; past appointments, meeting answers and presence stay as
   * counts under an anonymous placeholder; open consultation requests are withdrawn and their text replaced.
   */
  erase(personId: string, now: Date): (ErasureSummary & { walCleared: boolean }) | undefined {
    const summary = this.eraseRows(personId, now);
    // The replaced text and the deleted rows also leave the write-ahead log, checked as in the purges.
    return summary && { ...summary, walCleared: truncateWal(this.db).complete };
  }

  private eraseRows(personId: string, now: Date): ErasureSummary | undefined {
    const db = this.db;
    return db.transaction(() => {
      const person = db.prepare('SELECT email, source FROM people WHERE id = ?').get(personId) as { email: string | null; source: string } | undefined;
      if (!person) return undefined;
      const at = now.toISOString();
      const placeholder = `verwijderd-${randomUUID()}`;
      db.prepare("INSERT INTO people (id, name, email, school_id, source, created_at) VALUES (?, 'Verwijderde gebruiker', NULL, NULL, 'chat', ?)").run(placeholder, at);

      const bookingsAnonymised =
        db.prepare('UPDATE spreekuur_bookings SET booker_id = ?, topic = NULL WHERE booker_id = ?').run(placeholder, personId).changes +
        db.prepare('UPDATE spreekuur_bookings SET host_id = ?, topic = NULL WHERE host_id = ?').run(placeholder, personId).changes;
      db.prepare('UPDATE spreekuur_series SET host_id = ?, active = 0, updated_at = ? WHERE host_id = ?').run(placeholder, at, personId);
      db.prepare('DELETE FROM spreekuur_notices WHERE host_id = ?').run(personId);
      db.prepare('UPDATE spreekuur_cancelled_dates SET cancelled_by = ? WHERE cancelled_by = ?').run(placeholder, personId);
      db.prepare('UPDATE school_holiday_periods SET set_by = ? WHERE set_by = ?').run(placeholder, personId);

      const consultationsWithdrawn = db
        .prepare(
          `UPDATE consultations SET status = 'ingetrokken', ended_at = ?, question = '(verwijderd op verzoek van de mentor)'
           WHERE mentor_id = ? AND status IN ('nieuw', 'opgepakt')`,
        )
        .run(at, personId).changes;
      // Ended requests keep their place in the counts until their purge, without their text or mentor.
      db.prepare("UPDATE consultations SET question = '(verwijderd op verzoek van de mentor)' WHERE mentor_id = ?").run(personId);
      db.prepare('UPDATE consultations SET mentor_id = ? WHERE mentor_id = ?').run(placeholder, personId);
      db.prepare('DELETE FROM consultation_cards WHERE person_id = ?').run(personId);

      const memberIds = this.memberIds(personId, person.email ?? undefined);
      const anonymiseMember = db.prepare(
        `UPDATE meeting_member SET name = 'Verwijderde deelnemer', organisation = '', email = ?, teams_person_id = NULL,
           removed_at = coalesce(removed_at, ?) WHERE id = ?`,
      );
      for (const memberId of memberIds) {
        const member = db.prepare('SELECT name, email FROM meeting_member WHERE id = ?').get(memberId) as { name: string; email: string };
        anonymiseMember.run(`verwijderd-${memberId}@deelnemer.invalid`, at, memberId);
        db.prepare("DELETE FROM meeting_delivery WHERE member_id = ? AND status <> 'sent'").run(memberId);
        // Sent invitations to others list every attendee: their stored text is no longer needed once sent.
        db.prepare("UPDATE meeting_delivery SET message = '{}' WHERE member_id = ? OR (status = 'sent' AND (instr(message, ?) > 0 OR instr(message, ?) > 0))")
          .run(memberId, member.email, member.name);
      }
      if (person.email) db.prepare('UPDATE meeting_reply SET attendee = NULL WHERE lower(attendee) = lower(?)').run(person.email);
      db.prepare('UPDATE meeting SET created_by = ? WHERE created_by = ?').run(placeholder, personId);
      db.prepare('UPDATE meeting_presence SET marked_by = ? WHERE marked_by = ?').run(placeholder, personId);
      db.prepare('DELETE FROM meeting_import WHERE created_by = ?').run(personId);

      // What the conversation remembered, found through the stored reference's conversation id.
      const reference = db.prepare('SELECT reference_json FROM conversation_refs WHERE person_id = ?').get(personId) as { reference_json: string } | undefined;
      const conversationId = reference && (JSON.parse(reference.reference_json) as { conversation?: { id?: string } }).conversation?.id;
      if (conversationId) db.prepare("DELETE FROM bot_state WHERE instr(key, ?) > 0").run(conversationId);
      db.prepare("DELETE FROM bot_state WHERE instr(key, ?) > 0").run(personId);
      // Roles and the conversation reference go with the person (ON DELETE CASCADE).
      db.prepare('DELETE FROM people WHERE id = ?').run(personId);
      return { bookingsAnonymised, consultationsWithdrawn, membershipsRemoved: memberIds.length, configured: person.source === 'config' };
    }).immediate();
  }
}
