/**
 * Screens a text for details that identify a pupil or family, as the consultation flow does:
 *   npm run --silent screen -- "<tekst>"        (or the text on stdin)
 * Prints one JSON object: {"identifying": true|false, "findings": [{"kind": "…", "text": "…"}]}
 */
import { readFileSync } from 'node:fs';
import { createScreen, loadNameLists, type ScreenResult } from '../src/privacy';

function formatScreenResult(result: ScreenResult): string {
  const findings = result.findings.map((found) => `{"kind": ${JSON.stringify(found.kind)}, "text": ${JSON.stringify(found.text)}}`);
  return `{"identifying": ${result.identifying}, "findings": [${findings.join(', ')}]}`;
}

const fromArguments = process.argv.slice(2).join(' ');
const text = fromArguments.trim() ? fromArguments : process.stdin.isTTY ? '' : readFileSync(0, 'utf8');
if (!text.trim()) {
  console.error('Geef de tekst mee: npm run --silent screen -- "<tekst>"');
  process.exit(2);
}
console.log(formatScreenResult(createScreen(loadNameLists())(text)));
