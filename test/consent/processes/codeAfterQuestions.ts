/**
 * Run as its own process by warmUp.test.ts (a fresh V8: the test workers share compiled patterns between files):
 * warms the consent reader as bot/main.ts does after start-up, then reads every question of one corpus file once.
 * Prints, as JSON, how much V8 code space each step took in MB.
 */
import { readFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';
import { extractFacts } from '../../../src/consent/extract';
import { loadConsentKnowledge } from '../../../src/consent/knowledge';
import { warmUpReader } from '../../../src/consent/warmUp';
import { createScreen, loadNameLists } from '../../../src/privacy';

const codeSpaceMb = () => getHeapSpaceStatistics().find((space) => space.space_name === 'code_space')!.space_used_size / 2 ** 20;

const { cues } = loadConsentKnowledge('knowledge/consent');
const screen = createScreen(loadNameLists());
const questions = (JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Array<{ text: string }>).map((entry) => entry.text);

const atStart = codeSpaceMb();
warmUpReader(cues, screen);
const warm = codeSpaceMb();
for (const question of questions) extractFacts(question, cues, screen);
process.stdout.write(JSON.stringify({ warmUpMb: warm - atStart, questionsMb: codeSpaceMb() - warm, questions: questions.length }) + '\n');
