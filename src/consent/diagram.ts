import { isLeaf, type ConsentKnowledge, type VerdictCode } from './model';

const VERDICT_CLASS: Record<VerdictCode, string> = {
  'V-ACUUT': 'safety',
  'V-MELDCODE': 'safety',
  'V-GEEN': 'free',
  'V-INFO': 'free',
  'V-OUDERS16': 'consent',
  'V-OUDERS12': 'consent',
  'V-BEIDEN': 'consent',
  'V-LEERLING16': 'consent',
  'V-LEERLING18': 'consent',
  'V-NIET': 'stop',
  'V-FG': 'stop',
};

/** Mermaid ids allow letters, digits and underscores only. */
const MERMAID_ID_CHARS: Record<string, string> = { '-': '_', '<': 'lt', '>': 'gt', '+': 'plus' };
const mermaidId = (id: string) => id.replace(/[^A-Za-z0-9]/g, (char) => MERMAID_ID_CHARS[char] ?? '_');
/** A quoted Mermaid label; the parts go on separate lines. */
const label = (...parts: string[]) =>
  `"${parts.map((part) => part.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;')).join('<br/>')}"`;
const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The decision tree as a Markdown page with a Mermaid flowchart and tables, for the FG to review as a picture. */
export function consentDiagram(knowledge: ConsentKnowledge): string {
  const lines = ['flowchart TD'];
  for (const [nodeId, node] of Object.entries(knowledge.nodes)) {
    if (isLeaf(node)) {
      lines.push(`  ${mermaidId(nodeId)}([${label(nodeId, node.verdict, node.rules.join(', '))}]):::${VERDICT_CLASS[node.verdict]}`);
      continue;
    }
    const question = knowledge.questions[node.ask]!;
    const title = nodeId === node.ask ? nodeId : `${nodeId}: ${node.ask}`;
    lines.push(`  ${mermaidId(nodeId)}{${label(title, question.text)}}`);
    for (const [optionId, edge] of Object.entries(node.options)) {
      const assumed = question.assume?.option === optionId ? ' (aangenomen)' : '';
      const rules = edge.rules.length > 0 ? ` · ${edge.rules.join(', ')}` : '';
      lines.push(`  ${mermaidId(nodeId)} -->|${label(`${optionId}${assumed}${rules}`)}| ${mermaidId(edge.next)}`);
    }
  }
  lines.push(
    '  classDef safety fill:#f8d7da,stroke:#a61b29,color:#000',
    '  classDef consent fill:#fff3cd,stroke:#8a6d00,color:#000',
    '  classDef free fill:#d4edda,stroke:#1e7b34,color:#000',
    '  classDef stop fill:#e2e3e5,stroke:#41464b,color:#000',
  );

  const questionRows = Object.entries(knowledge.questions).map(([id, question]) => {
    const options = Object.entries(question.options).map(([optionId, option]) => `${optionId}: ${option.label}`).join('<br/>');
    const assume = question.assume ? `${question.assume.option} (${question.assume.text})` : '';
    return `| ${id} | ${cell(question.text)} | ${cell(options)} | ${cell(assume)} |`;
  });
  const leafRows = Object.entries(knowledge.nodes).flatMap(([id, node]) =>
    isLeaf(node) ? [`| ${id} | ${node.verdict} | ${cell(node.headline ?? knowledge.verdicts[node.verdict].headline)} | ${node.rules.join(', ')} |`] : [],
  );

  return [
    '# Beslisboom toestemmingsvragen',
    '',
    'Gemaakt met `npm run consent:diagram` uit `knowledge/consent/`. Niet met de hand bewerken: pas de YAML aan en maak het plaatje opnieuw.',
    '',
    'Ruit = vraag, afgerond blok = oordeel. Rood: veiligheid; geel: toestemming nodig; groen: geen toestemming nodig; grijs: niet delen of de FG vragen.',
    '"(aangenomen)" = de bot gaat van dit antwoord uit als de vraag niets anders zegt, en toont dat met een correctieknop op de kaart.',
    '',
    '```mermaid',
    ...lines,
    '```',
    '',
    '## Vragen',
    '',
    '| vraag | tekst | opties | aangenomen |',
    '|---|---|---|---|',
    ...questionRows,
    '',
    '## Oordelen per blad',
    '',
    '| blad | oordeel | kop | regels van het blad |',
    '|---|---|---|---|',
    ...leafRows,
    '',
  ].join('\n');
}
