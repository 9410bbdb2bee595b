import { KnowledgeError } from '../../src/knowledge/yaml';
import { checkKnowledge } from '../../scripts/knowledge-check';

/**
 * What `npm run knowledge:check` does for a directory, in-process: its exit code (1 for a KnowledgeError) and what it
 * prints then. test/foundation/knowledge-check.test.ts runs the command itself once.
 */
export function knowledgeCheck(dir = 'knowledge'): { code: number; output: string } {
  try {
    checkKnowledge(dir);
    return { code: 0, output: '' };
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    return { code: 1, output: error.message };
  }
}
