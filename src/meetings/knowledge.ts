import { z } from 'zod/v4';
import { KnowledgeError, loadYamlFile } from '../knowledge/yaml';
import { memberSchema } from './model';

const groupMembersSchema = z.object({
  defaultTitle: z.string().min(1),
  roles: z.record(z.string(), z.string()),
  members: z.array(memberSchema).default([]),
});

const meetingsKnowledgeSchema = z
  .object({
    organizer: z.object({ name: z.string().min(1), email: z.email() }),
    /** Members without an answer get one reminder this many days before a meeting. */
    reminders: z.object({ unansweredDaysBefore: z.number().int().min(1).max(60).default(7) }).default({ unansweredDaysBefore: 7 }),
    groups: z.record(z.string(), groupMembersSchema),
  })
  .superRefine((value, ctx) => {
    for (const [groupId, group] of Object.entries(value.groups)) {
      group.members.forEach((member, m) => {
        if (!Object.hasOwn(group.roles, member.role)) {
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
  /** Days before a meeting that members without an answer are reminded. */
  unansweredReminderDays: number;
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
  return { organizer: knowledge.organizer, unansweredReminderDays: knowledge.reminders.unansweredDaysBefore, groups };
}
