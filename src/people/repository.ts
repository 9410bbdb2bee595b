import type { Db } from '../store/db';
import { RowCache } from '../store/rowCache';
import type { PersonRecord, SchoolRecord } from '../knowledge/core';
import type { JosFunction, Person, Role, RoleGrant } from './roles';

interface PersonRow {
  id: string;
  name: string;
  email: string | null;
  school_id: string | null;
}
interface RoleRow {
  role: Role;
  jos_function: JosFunction | null;
  school_id: string;
}

export interface School {
  id: string;
  name: string;
  town?: string;
  region: 'noord-kennemerland' | 'midden-kennemerland';
  hasPreventiefAmbulant: boolean;
}

export type PersonSource = 'chat' | 'config' | 'demo' | 'beheerder';

type PersonWithRolesRow = PersonRow & { roles_json: string };

export class PeopleRepository {
  /** Every turn asks for its person: kept in memory, dropped on any write to the person or their roles (src/store/rowCache.ts). */
  private readonly cached: RowCache<PersonWithRolesRow | undefined>;

  constructor(private readonly db: Db) {
    this.cached = RowCache.of(db, 'person', [
      { table: 'people', keyColumn: 'id' },
      { table: 'person_roles', keyColumn: 'person_id' },
    ]);
  }

  /** The person and their roles in one statement (each read of SQLite costs a read transaction); a fresh object per call. */
  get(id: string): Person | undefined {
    const row = this.cached.get(id, () =>
      this.db
        .prepare(
          `SELECT id, name, email, school_id,
             (SELECT json_group_array(json_array(role, jos_function, school_id) ORDER BY role) FROM person_roles WHERE person_id = people.id) AS roles_json
           FROM people WHERE id = ?`,
        )
        .get(id) as PersonWithRolesRow | undefined,
    );
    if (!row) return undefined;
    const roles = (JSON.parse(row.roles_json) as Array<[Role, JosFunction | null, string]>).map(
      ([role, jos_function, school_id]): RoleRow => ({ role, jos_function, school_id }),
    );
    return this.toPerson(row, roles);
  }

  /**
   * The person for a chat user, created on first contact. Someone known only from the chat takes the name
   * Teams sends (a first activity may carry none); `fallbackName` stands in until one comes. People from the
   * config file or the demo seed keep the name given there.
   */
  ensure(id: string, name: string | undefined, fallbackName: string, now: Date): Person {
    // Every turn asks; only a first contact or a changed chat name writes (a write takes the database's write lock, a read does not).
    const known = this.get(id);
    if (known && (!name || known.name === name || this.sourceOf(id) !== 'chat')) return known;
    this.db
      .prepare(
        `INSERT INTO people (id, name, source, created_at) VALUES (@id, @name, 'chat', @now)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name WHERE people.source = 'chat' AND @given = 1 AND people.name <> excluded.name`,
      )
      .run({ id, name: name ?? fallbackName, now: now.toISOString(), given: name ? 1 : 0 });
    return this.get(id)!;
  }

  /** Replaces a person's details and roles (config file, demo seed, beheerder command). */
  upsert(record: PersonRecord, source: PersonSource, now: Date): Person {
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO people (id, name, email, school_id, source, created_at) VALUES (@id, @name, @email, @school, @source, @now)
           ON CONFLICT(id) DO UPDATE SET name = excluded.name, email = excluded.email, school_id = excluded.school_id, source = excluded.source`,
        )
        .run({ id: record.id, name: record.name, email: record.email ?? null, school: record.school ?? null, source, now: now.toISOString() });
      this.replaceRoles(
        record.id,
        record.roles.map((grant) => ({ role: grant.role, function: grant.function, schoolId: grant.school })),
      );
    })();
    return this.get(record.id)!;
  }

  replaceRoles(personId: string, roles: RoleGrant[]): void {
    this.db.prepare('DELETE FROM person_roles WHERE person_id = ?').run(personId);
    const insert = this.db.prepare(
      'INSERT OR IGNORE INTO person_roles (person_id, role, jos_function, school_id) VALUES (?, ?, ?, ?)',
    );
    for (const grant of roles) insert.run(personId, grant.role, grant.function ?? null, grant.schoolId ?? '');
  }

  setSchool(personId: string, schoolId: string): void {
    this.db.prepare('UPDATE people SET school_id = ? WHERE id = ?').run(schoolId, personId);
  }

  /** Where a person's record came from (a first chat, the config file, the demo seed, the beheerder). */
  sourceOf(id: string): PersonSource | undefined {
    return (this.db.prepare('SELECT source FROM people WHERE id = ?').get(id) as { source: PersonSource } | undefined)?.source;
  }

  /** The ids of the people that came from one source (the demo seed, the config file, …). */
  idsFrom(source: PersonSource): string[] {
    return (this.db.prepare('SELECT id FROM people WHERE source = ?').all(source) as { id: string }[]).map((row) => row.id);
  }

  /** Everyone holding `role` (at `schoolId`, when given). */
  withRole(role: Role, schoolId?: string): Person[] {
    const rows = this.db
      .prepare(
        `SELECT DISTINCT p.id, p.name, p.email, p.school_id FROM people p JOIN person_roles r ON r.person_id = p.id
         WHERE r.role = ? AND (? IS NULL OR r.school_id = ?) ORDER BY p.name`,
      )
      .all(role, schoolId ?? null, schoolId ?? null) as PersonRow[];
    return rows.map((row) => this.toPerson(row, this.rolesOf(row.id)));
  }

  /** The JOS workers (J&G coach, preventief ambulant, gedragswetenschapper) of one school. */
  josTeam(schoolId: string): Person[] {
    return this.withRole('jos-functionaris', schoolId);
  }

  private rolesOf(personId: string): RoleRow[] {
    return this.db.prepare('SELECT role, jos_function, school_id FROM person_roles WHERE person_id = ? ORDER BY role').all(personId) as RoleRow[];
  }

  private toPerson(row: PersonRow, roleRows: RoleRow[]): Person {
    const roles = roleRows.map((r) => ({
      role: r.role,
      ...(r.jos_function ? { function: r.jos_function } : {}),
      ...(r.school_id ? { schoolId: r.school_id } : {}),
    }));
    return {
      id: row.id,
      name: row.name,
      ...(row.email ? { email: row.email } : {}),
      ...(row.school_id ? { schoolId: row.school_id } : {}),
      roles,
    };
  }
}

interface SchoolRow {
  id: string;
  name: string;
  town: string | null;
  region: School['region'];
  has_preventief_ambulant: number;
}

export class SchoolRepository {
  constructor(private readonly db: Db) {}

  list(): School[] {
    return (this.db.prepare('SELECT * FROM schools ORDER BY name').all() as SchoolRow[]).map(toSchool);
  }

  get(id: string): School | undefined {
    const row = this.db.prepare('SELECT * FROM schools WHERE id = ?').get(id) as SchoolRow | undefined;
    return row ? toSchool(row) : undefined;
  }

  upsert(record: SchoolRecord): void {
    this.db
      .prepare(
        `INSERT INTO schools (id, name, town, region, school_type, has_preventief_ambulant) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, town = excluded.town, region = excluded.region,
           school_type = excluded.school_type, has_preventief_ambulant = excluded.has_preventief_ambulant`,
      )
      .run(record.id, record.name, record.town ?? null, record.region, record.type, record.has_preventief_ambulant ? 1 : 0);
  }
}

function toSchool(row: SchoolRow): School {
  return {
    id: row.id,
    name: row.name,
    ...(row.town ? { town: row.town } : {}),
    region: row.region,
    hasPreventiefAmbulant: row.has_preventief_ambulant === 1,
  };
}
