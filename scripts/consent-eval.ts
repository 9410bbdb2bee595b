/**
 * Measures how the consent reader does on labelled phrasings (the format of ../shared/consent-scenarios.json):
 *   npm run --silent consent:eval -- <file.json> [more.json …] [--json]
 * Prints the first reply right (as the chat gives it), asked instead (a question where the text decided), another
 * question than the one due, wrong verdict, unsafe (permissive where not due, or danger/abuse not put first), the
 * misses, and for rows with answers the verdict the tree gives from those answers.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluate, labelledSetSchema, type EvaluationReport } from '../src/consent/evaluation';
import { answerToFacts, firstAnswerToText } from '../test/consent/firstAnswer';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
if (positionals.length === 0) {
  console.error('Gebruik: npm run --silent consent:eval -- <bestand.json> [meer.json …] [--json]');
  process.exit(2);
}

const firstAnswer = firstAnswerToText();
const verdictOf = answerToFacts();

const percent = (part: number, whole: number) => (whole === 0 ? '-' : `${Math.round((100 * part) / whole)}%`);

for (const file of positionals) {
  const parsed = labelledSetSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    console.error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    process.exit(1);
  }
  const report = evaluate(parsed.data, firstAnswer, verdictOf);
  if (values.json) console.log(JSON.stringify({ file, ...summary(report) }));
  else print(file, report);
}

function summary(report: EvaluationReport) {
  return {
    size: report.size,
    right: report.right,
    askedInstead: report.askedInstead,
    otherQuestion: report.otherQuestion,
    wrongVerdict: report.wrongVerdict,
    unsafe: report.unsafe,
    byFacts: { size: report.byFacts.size, right: report.byFacts.right },
  };
}

function print(file: string, report: EvaluationReport) {
  console.log(`${file}: ${report.size} formuleringen`);
  console.log(`  eerste antwoord goed: ${report.right}/${report.size} (${percent(report.right, report.size)})`);
  console.log(`  vraag gesteld waar de tekst al besliste: ${report.askedInstead}`);
  console.log(`  andere vraag dan de vraag die eerst hoort: ${report.otherQuestion}`);
  console.log(`  verkeerd oordeel: ${report.wrongVerdict}`);
  console.log(`  onveilig: ${report.unsafe}`);
  console.log(`  via antwoorden (feiten) goed: ${report.byFacts.right}/${report.byFacts.size}`);
  for (const { item, got, miss, unsafe } of report.misses) {
    const labels = [miss, unsafe && `ONVEILIG (${unsafe})`].filter(Boolean).join(', ');
    console.log(`  - ${item.id}: verwacht ${[item.first, ...(item.accept ?? [])].join(' of ')}, kreeg ${got} [${labels}]  ${item.text}`);
  }
  for (const { item, got } of report.byFacts.misses) console.log(`  - ${item.id} via antwoorden: verwacht ${item.verdict}, kreeg ${got}`);
}
