import { join } from 'node:path';
import { z } from 'zod/v4';
import { loadYamlFile } from '../knowledge/yaml';

export const settingsSchema = z.object({
  retentionDays: z.number().int().min(1).max(365),
  /** A request never claimed or never closed is purged this many days after it was sent, like an ended one. */
  openRetentionDays: z.number().int().min(7).max(365).default(90),
  escalateAfterSchoolDays: z.number().int().min(1).max(20),
});
export type ConsultationSettings = z.infer<typeof settingsSchema>;

/** knowledge/consultations.yaml: retention and escalation periods. */
export function loadConsultationSettings(knowledgeDir: string): ConsultationSettings {
  return loadYamlFile(join(knowledgeDir, 'consultations.yaml'), settingsSchema);
}
