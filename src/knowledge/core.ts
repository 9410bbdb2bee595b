import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod/v4';
import { JOS_FUNCTIONS, ROLES } from '../people/roles';
import { loadYamlFile } from './yaml';

const slug = z.string().regex(/^[a-z0-9-]+$/, 'gebruik kleine letters, cijfers en streepjes');

const schoolSchema = z.object({
  id: slug,
  name: z.string().min(1),
  town: z.string().min(1).optional(),
  region: z.enum(['noord-kennemerland', 'midden-kennemerland']),
  type: z.string().min(1),
  has_preventief_ambulant: z.boolean(),
});
const schoolsFile = z.object({ schools: z.array(schoolSchema).min(1) });

const rolesFile = z.object({
  roles: z.array(z.object({ id: z.enum(ROLES), label: z.string().min(1), description: z.string().min(1) })),
  jos_functions: z.array(z.object({ id: z.enum(JOS_FUNCTIONS), label: z.string().min(1) })),
});

const groupsFile = z.object({
  groups: z
    .array(
      z.object({ id: slug, name: z.string().min(1), description: z.string().min(1), meetings_per_year: z.number().int().min(1) }),
    )
    .min(1),
});

const personSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  email: z.email().optional(),
  school: slug.optional(),
  roles: z
    .array(z.object({ role: z.enum(ROLES), function: z.enum(JOS_FUNCTIONS).optional(), school: slug.optional() }))
    .default([]),
});
export const peopleFileSchema = z.object({ people: z.array(personSchema) });

export type SchoolRecord = z.infer<typeof schoolSchema>;
export type PersonRecord = z.infer<typeof personSchema>;

export interface CoreKnowledge {
  schools: SchoolRecord[];
  roles: z.infer<typeof rolesFile>;
  meetingGroups: z.infer<typeof groupsFile>['groups'];
  demoPeople: PersonRecord[];
}

/** Loads and validates the core data files; throws a KnowledgeError naming the file and field. */
export function loadCoreKnowledge(dir: string): CoreKnowledge {
  const schools = loadYamlFile(join(dir, 'schools.yaml'), schoolsFile).schools;
  const known = new Set(schools.map((school) => school.id));
  const demoFile = join(dir, 'demo-people.yaml');
  const demoPeople = loadPeopleFile(demoFile, known);
  return {
    schools,
    roles: loadYamlFile(join(dir, 'roles.yaml'), rolesFile),
    meetingGroups: loadYamlFile(join(dir, 'meeting-groups.yaml'), groupsFile).groups,
    demoPeople,
  };
}

/** People of a deployment (config/people.yaml, outside git) or the invented demo people. */
export function loadPeopleFile(file: string, knownSchools: Set<string>): PersonRecord[] {
  if (!existsSync(file)) return [];
  const people = loadYamlFile(file, peopleFileSchema.superRefine((value, ctx) => {
    value.people.forEach((person, index) => {
      const schools = [person.school, ...person.roles.map((role) => role.school)].filter(Boolean) as string[];
      for (const school of schools) {
        if (!knownSchools.has(school)) {
          ctx.addIssue({ code: 'custom', path: ['people', index, 'school'], message: `onbekende school "${school}"` });
        }
      }
      person.roles.forEach((grant, roleIndex) => {
        if (grant.role === 'jos-functionaris' && (!grant.function || !grant.school)) {
          ctx.addIssue({
            code: 'custom',
            path: ['people', index, 'roles', roleIndex],
            message: 'een jos-functionaris heeft een function en een school nodig',
          });
        }
      });
    });
  })).people;
  return people;
}
