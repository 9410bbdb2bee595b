import { join } from 'node:path';
import { z } from 'zod/v4';
import { loadYamlFile } from '../knowledge/yaml';

const days = z.number().int().min(1).max(365);

/** knowledge/retention.yaml: how many days each kind of free text is kept (consultation questions: consultations.yaml). */
export const retentionSchema = z.strictObject({
  spreekuurTopicDays: days,
  calendarLinkDays: days,
  meetingReplyAddressDays: days,
  meetingReplyFileDays: days,
  sentMessageDays: days,
  yearPlanDays: days,
  conversationStateDays: days,
});
export type RetentionSettings = z.infer<typeof retentionSchema>;

export function loadRetentionSettings(knowledgeDir: string): RetentionSettings {
  return loadYamlFile(join(knowledgeDir, 'retention.yaml'), retentionSchema);
}
