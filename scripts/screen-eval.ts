/**
 * Measures the identifying-details screen on labelled sentences:
 *   npm run --silent screen:eval -- <file.json> [--now 2026-11-29]
 * The file holds {samples: [{id?, identifying, kinds?, text}]} (as test/fixtures/identifying-samples.json).
 * Prints recall, false-positive rate and every miss and false alarm; exits 0 (the figures are the result).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod/v4';
import { createScreen, formatScores, loadNameLists, measureScreen } from '../src/privacy';

const samplesFile = z.object({
  samples: z.array(z.object({ id: z.string().optional(), identifying: z.boolean(), kinds: z.array(z.string()).optional(), text: z.string() })),
});

const args = process.argv.slice(2);
const nowIndex = args.indexOf('--now');
const now = nowIndex >= 0 ? new Date(`${args[nowIndex + 1]}T12:00:00Z`) : new Date();
// Without --now every argument is a file (indexOf gives -1, and -1 + 1 would drop the first file).
const files = nowIndex >= 0 ? args.filter((_, index) => index !== nowIndex && index !== nowIndex + 1) : args;
if (files.length === 0 || Number.isNaN(now.getTime())) {
  console.error('Geef een of meer JSON-bestanden mee: npm run --silent screen:eval -- <bestand.json> [--now JJJJ-MM-DD]');
  process.exit(2);
}
const screen = createScreen(loadNameLists());
for (const file of files) {
  const { samples } = samplesFile.parse(JSON.parse(readFileSync(file, 'utf8')));
  console.log(formatScores(file, measureScreen(screen, samples, now)).join('\n'));
}
