import { join } from 'node:path';
import { z } from 'zod/v4';
import { KnowledgeError, loadYamlFile } from '../knowledge/yaml';

const rulesSchema = z.object({
  minimumNoticeMinutes: z.number().int().min(0),
  maxFutureBookingsPerUser: z.number().int().min(1),
  reminderMinutesBefore: z.number().int().min(0),
  horizonDays: z.number().int().min(1).max(90),
  slotMinutes: z.number().int().min(5).max(120),
});

const fileSchema = z.object({
  defaults: rulesSchema,
  schools: z.record(z.string(), rulesSchema.partial()).default({}),
});

export type SpreekuurRules = z.infer<typeof rulesSchema>;
export type SpreekuurRulesFile = z.infer<typeof fileSchema>;

export const DEFAULT_RULES: SpreekuurRules = {
  minimumNoticeMinutes: 60,
  maxFutureBookingsPerUser: 2,
  reminderMinutesBefore: 60,
  horizonDays: 14,
  slotMinutes: 15,
};

/** knowledge/spreekuur.yaml; a school id that is not in schools.yaml is named as the wrong field. */
export function loadSpreekuurRules(knowledgeDir: string, knownSchools: Set<string>): SpreekuurRulesFile {
  const file = join(knowledgeDir, 'spreekuur.yaml');
  const rules = loadYamlFile(file, fileSchema);
  for (const schoolId of Object.keys(rules.schools)) {
    if (!knownSchools.has(schoolId)) throw new KnowledgeError(file, `schools.${schoolId}`, 'onbekende school');
  }
  return rules;
}

export function rulesFor(file: SpreekuurRulesFile | undefined, schoolId: string): SpreekuurRules {
  if (!file) return DEFAULT_RULES;
  return { ...file.defaults, ...file.schools[schoolId] };
}
