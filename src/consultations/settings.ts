import { join } from 'node:path';
import { z } from 'zod/v4';
import { loadYamlFile } from '../knowledge/yaml';

export const settingsSchema = z.object({
  retentionDays: z.number().int().min(1).max(365),
  escalateAfterSchoolDays: z.number().int().min(1).max(20),
});
export type ConsultationSettings = z.infer<typeof settingsSchema>;

/** knowledge/consultations.yaml: retention and escalation periods. */
export function loadConsultationSettings(knowledgeDir: string): ConsultationSettings {
  return loadYamlFile(join(knowledgeDir, 'consultations.yaml'), settingsSchema);
}
