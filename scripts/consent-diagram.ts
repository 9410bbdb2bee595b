/**
 * Writes the consent decision tree as a Mermaid flowchart for review by the FG:
 *   npm run consent:diagram [-- --dir knowledge/consent --out docs/consent-tree.md]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { consentDiagram } from '../src/consent/diagram';
import { loadConsentKnowledge } from '../src/consent/knowledge';
import { KnowledgeError } from '../src/knowledge/yaml';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'knowledge/consent' }, out: { type: 'string', default: 'docs/consent-tree.md' } },
});
try {
  writeFileSync(values.out, consentDiagram(loadConsentKnowledge(values.dir)));
  console.log(`Beslisboom geschreven naar ${values.out}`);
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  console.error(`Kennisbestand klopt niet: ${error.message}`);
  process.exit(1);
}
