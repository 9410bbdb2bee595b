import { randomBytes } from 'node:crypto';
import { z } from 'zod/v4';
import { KnowledgeError, loadYamlFile } from '../knowledge/yaml';
import type { Db } from '../store/db';
import type { MeetingGroup } from './model';
import { MemberRepository } from './members';

const memberSchema = z.object({
  name: z.string().min(1),
  organisation: z.string().min(1),
  email: z.email(),
  role: z.string().min(1),
});

const groupMembersSchema = z.object({
  defaultTitle: z.string().min(1),
  roles: z.record(z.string(), z.string()),
  members: z.array(memberSchema).default([]),
});

const meetingsKnowledgeSchema = z
  .object({
    organizer: z.object({ name: z.string().min(1), email: z.email() }),
    groups: z.record(z.string(), groupMembersSchema),
  })
  .superRefine((value, ctx) => {
    for (const [groupId, group] of Object.entries(value.groups)) {
      group.members.forEach((member, m) => {
        if (!(member.role in group.roles)) {
          ctx.addIssue({ code: 'custom', path: ['groups', groupId, 'members', m, 'role'], message: `onbekende rol "${member.role}"` });
        }
      });
    }
  });

/** A group as the feature uses it: the core definition (meeting-groups.yaml) plus its member roles. */
export interface GroupDefinition {
  id: string;
  name: string;
  meetingsPerYear: number;
  defaultTitle: string;
  roles: Record<string, string>;
  members: z.infer<typeof memberSchema>[];
}

export interface MeetingsSetup {
  organizer: { name: string; email: string };
  groups: GroupDefinition[];
}

interface CoreGroup {
  id: string;
  name: string;
  meetings_per_year: number;
}

/** Reads knowledge/meetings/members.yaml and joins it to the core groups; a group missing on either side is an error. */
export function loadMeetingsSetup(file: string, coreGroups: readonly CoreGroup[]): MeetingsSetup {
  const knowledge = loadYamlFile(file, meetingsKnowledgeSchema);
  for (const groupId of Object.keys(knowledge.groups)) {
    if (!coreGroups.some((group) => group.id === groupId)) {
      throw new KnowledgeError(file, `groups.${groupId}`, 'staat niet in meeting-groups.yaml');
    }
  }
  const groups = coreGroups.map((core): GroupDefinition => {
    const extra = knowledge.groups[core.id];
    if (!extra) throw new KnowledgeError(file, `groups.${core.id}`, 'ontbreekt (rollen en leden van deze groep)');
    return { id: core.id, name: core.name, meetingsPerYear: core.meetings_per_year, ...extra };
  });
  return { organizer: knowledge.organizer, groups };
}

/**
 * Creates the groups (with their feed token) and their first members once; afterwards the procesbegeleider
 * owns the member list in the database, so a restart never re-adds a removed member.
 */
export function seedGroups(db: Db, setup: MeetingsSetup, now: Date): void {
  const members = new MemberRepository(db);
  const insertGroup = db.prepare('INSERT INTO meeting_group (id, name, feed_token) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING');
  db.transaction(() => {
    for (const group of setup.groups) {
      const created = insertGroup.run(group.id, group.name, randomBytes(24).toString('base64url')).changes > 0;
      if (!created) continue;
      for (const member of group.members) members.add(group.id, member, now);
    }
  })();
}

interface GroupRow {
  id: string;
  name: string;
  feed_token: string;
}

const toGroup = (row: GroupRow): MeetingGroup => ({ id: row.id, name: row.name, feedToken: row.feed_token });

export class GroupRepository {
  constructor(private readonly db: Db) {}

  list(): MeetingGroup[] {
    // Insertion order is the order of meeting-groups.yaml (netwerkgroep first).
    return (this.db.prepare('SELECT * FROM meeting_group ORDER BY rowid').all() as GroupRow[]).map(toGroup);
  }

  get(id: string): MeetingGroup | undefined {
    return this.findBy('id', id);
  }

  byFeedToken(token: string): MeetingGroup | undefined {
    return this.findBy('feed_token', token);
  }

  private findBy(column: 'id' | 'feed_token', value: string): MeetingGroup | undefined {
    const row = this.db.prepare(`SELECT * FROM meeting_group WHERE ${column} = ?`).get(value) as GroupRow | undefined;
    return row && toGroup(row);
  }
}
