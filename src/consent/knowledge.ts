import { join } from 'node:path';
import { loadYamlFile } from '../knowledge/yaml';
import { checkConsentKnowledge, type ConsentFiles } from './checks';
import { loadSafetyCues } from './safety';
import { loadSafetyNet } from './safetyModel';
import { loadVocabulary } from './vocabulary';
import {
  questionsFileSchema,
  rulesFileSchema,
  sourcesFileSchema,
  treeFileSchema,
  verdictsFileSchema,
  type ConsentKnowledge,
} from './model';

export const CONSENT_FILES = {
  tree: 'tree.yaml',
  questions: 'questions.yaml',
  rules: 'rules.yaml',
  sources: 'sources.yaml',
  verdicts: 'verdicts.yaml',
} as const;

/**
 * Loads the consent decision tree, its questions, rules, sources and verdict texts from `dir`
 * (usually knowledge/consent) and checks that they fit together, with the vocabulary and safety cues the text reader uses.
 * Throws a KnowledgeError naming the file and field.
 */
export function loadConsentKnowledge(dir: string): ConsentKnowledge {
  const files: ConsentFiles = {
    tree: join(dir, CONSENT_FILES.tree),
    questions: join(dir, CONSENT_FILES.questions),
    rules: join(dir, CONSENT_FILES.rules),
    sources: join(dir, CONSENT_FILES.sources),
    verdicts: join(dir, CONSENT_FILES.verdicts),
  };
  const sources = loadYamlFile(files.sources, sourcesFileSchema);
  const rules = loadYamlFile(files.rules, rulesFileSchema);
  const questions = loadYamlFile(files.questions, questionsFileSchema);
  const verdicts = loadYamlFile(files.verdicts, verdictsFileSchema);
  const tree = loadYamlFile(files.tree, treeFileSchema);
  const cues = { safety: loadSafetyCues(dir), safetyNet: loadSafetyNet(dir), vocabulary: loadVocabulary(dir) };
  return { ...checkConsentKnowledge({ sources, rules, questions, verdicts, tree }, files), cues };
}
