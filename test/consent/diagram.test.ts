import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { consentDiagram } from '../../src/consent/diagram';
import { loadConsentKnowledge } from '../../src/consent/knowledge';
import { isLeaf } from '../../src/consent/model';

describe('the decision tree diagram', () => {
  const knowledge = loadConsentKnowledge('knowledge/consent');
  const diagram = consentDiagram(knowledge);

  it('draws every node and every option as an arrow', () => {
    const mermaid = diagram.slice(diagram.indexOf('```mermaid'), diagram.lastIndexOf('```'));
    const arrows = mermaid.split('\n').filter((line) => line.includes('-->'));
    const options = Object.values(knowledge.nodes).reduce((count, node) => count + (isLeaf(node) ? 0 : Object.keys(node.options).length), 0);
    expect(arrows).toHaveLength(options);
    for (const nodeId of Object.keys(knowledge.nodes)) expect(mermaid).toContain(`"${nodeId}`);
    expect(mermaid).toContain('"12-15"');
    expect(mermaid).not.toMatch(/\{"[^"]*"[^}]*"\}/);
  });

  it('is up to date in docs/consent-tree.md (run npm run consent:diagram after changing the YAML)', () => {
    expect(readFileSync('docs/consent-tree.md', 'utf8')).toBe(diagram);
  });
});
