/**
 * Answers a consent question from the command line, as the chat does, for the people who maintain the rules and for tests:
 *   npm run --silent consent -- "<vraag>" [--answer Q-ID=OPTIE …] [--dir knowledge/consent]
 *   npm run --silent consent -- --each <vragen.json>     (a JSON array of {"id", "text"}: one line per question)
 * Prints one JSON object per question:
 *   {"verdict": "V-…" | null, "rules": [...], "leaf": "L-…" | null, "understood": {"Q-…": "…"}, "next": {"question": "Q-…", "options": [...]} | null}
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod/v4';
import { decide } from '../src/consent/engine';
import { extractFacts } from '../src/consent/extract';
import { checkAnswer, mergeFacts } from '../src/consent/facts';
import { loadConsentKnowledge } from '../src/consent/knowledge';
import type { ConsentKnowledge } from '../src/consent/model';
import { KnowledgeError } from '../src/knowledge/yaml';
import { createScreen, loadNameLists, type Screen } from '../src/privacy';

/** What the command prints for a question and the answers given: the chat's first step, as one JSON-able object. */
function consentAnswer(knowledge: ConsentKnowledge, screen: Screen, text: string, answers: Record<string, string> = {}) {
  const facts = mergeFacts(extractFacts(text, knowledge.cues, screen).facts, { answers, ask: [] });
  const outcome = decide(knowledge, facts);
  const verdict = outcome.kind === 'verdict' ? outcome : null;
  return {
    verdict: verdict?.code ?? null,
    rules: verdict?.rules ?? [],
    leaf: verdict?.leaf ?? null,
    understood: facts.answers,
    next: outcome.kind === 'question' ? { question: outcome.question, options: outcome.options.map((option) => option.id) } : null,
  };
}

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        answer: { type: 'string', multiple: true, short: 'a' },
        dir: { type: 'string', default: 'knowledge/consent' },
        each: { type: 'string' },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\nGebruik: npm run --silent consent -- "<vraag>" [--answer Q-ID=OPTIE …]`, 2);
  }
  const { values, positionals } = parsed;

  let knowledge;
  try {
    knowledge = loadConsentKnowledge(values.dir);
  } catch (error) {
    if (error instanceof KnowledgeError) fail(`Kennisbestand klopt niet: ${error.message}`, 1);
    throw error;
  }

  const answers: Record<string, string> = {};
  for (const argument of values.answer ?? []) {
    const match = /^([^=]+)=(.+)$/.exec(argument.trim());
    if (!match) fail(`--answer ${argument}: schrijf het als Q-ID=OPTIE, bijvoorbeeld --answer Q-LEEFTIJD=12-15`, 2);
    const [, question, option] = match as unknown as [string, string, string];
    const check = checkAnswer(knowledge, question, option);
    if (!check.ok) {
      fail(
        check.reason === 'unknown-question'
          ? `--answer ${argument}: vraag ${question} bestaat niet; kies uit ${Object.keys(knowledge.questions).join(', ')}`
          : `--answer ${argument}: ${question} heeft geen optie ${option}; kies uit ${check.options?.join(', ')}`,
        2,
      );
    }
    answers[question] = option;
  }

  const screen = createScreen(loadNameLists());
  const questions = values.each ? readQuestions(values.each) : [{ text: positionals.join(' ') }];
  for (const question of questions) {
    const id = 'id' in question ? { id: question.id } : {};
    console.log(JSON.stringify({ ...id, ...consentAnswer(knowledge, screen, question.text, answers) }));
  }
}

function readQuestions(file: string): { id: string; text: string }[] {
  const parsed = z.array(z.object({ id: z.string(), text: z.string() })).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) fail(`--each ${file}: verwacht een lijst van {"id", "text"}`, 2);
  return parsed.data;
}

main();
