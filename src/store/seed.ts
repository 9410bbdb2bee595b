import type { CoreKnowledge, PersonRecord } from '../knowledge/core';
import { PeopleRepository, SchoolRepository } from '../people/repository';
import type { Db } from './db';

export interface SeedCounts {
  schools: number;
  people: number;
}

/**
 * Brings the database in line with the data files: schools, roles and meeting groups from knowledge/,
 * people from config/people.yaml, and in local mode the invented demo people. Safe to run at every start.
 */
export function seedDatabase(
  db: Db,
  knowledge: CoreKnowledge,
  people: { configured: PersonRecord[]; demo: boolean },
  now: Date,
): SeedCounts {
  const schools = new SchoolRepository(db);
  const repository = new PeopleRepository(db);
  db.transaction(() => {
    const upsertRole = db.prepare(
      'INSERT INTO roles (id, label, description) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET label = excluded.label, description = excluded.description',
    );
    for (const role of knowledge.roles.roles) upsertRole.run(role.id, role.label, role.description);
    for (const school of knowledge.schools) schools.upsert(school);
    const upsertGroup = db.prepare(
      `INSERT INTO meeting_groups (id, name, description, meetings_per_year) VALUES (?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET name = excluded.name, description = excluded.description, meetings_per_year = excluded.meetings_per_year`,
    );
    for (const group of knowledge.meetingGroups) upsertGroup.run(group.id, group.name, group.description, group.meetings_per_year);
    if (people.demo) for (const person of knowledge.demoPeople) repository.upsert(person, 'demo', now);
    for (const person of people.configured) repository.upsert(person, 'config', now);
  })();
  return {
    schools: knowledge.schools.length,
    people: people.configured.length + (people.demo ? knowledge.demoPeople.length : 0),
  };
}
