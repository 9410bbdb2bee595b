import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod/v4';

/** The shared scenario file lives beside the repository: ../shared/consent-scenarios.json. */
export const SCENARIO_FILE = fileURLToPath(new URL('../../../shared/consent-scenarios.json', import.meta.url));

const scenarioSchema = z.object({
  id: z.string(),
  text: z.string(),
  answers: z.record(z.string(), z.string()),
  verdict: z.string(),
  rules: z.array(z.string()),
  first: z.string(),
});
export type Scenario = z.infer<typeof scenarioSchema>;

/** The scenarios; a missing shared file fails the tests that need it, with a message saying where it belongs. */
export function loadScenarios(): Scenario[] {
  if (!existsSync(SCENARIO_FILE)) {
    throw new Error(`Toestemmingsscenario's ontbreken: ${SCENARIO_FILE} bestaat niet (../shared hoort naast de repository).`);
  }
  return z.array(scenarioSchema).parse(JSON.parse(readFileSync(SCENARIO_FILE, 'utf8')));
}

/** Verdicts that ask for consent, the meldcode or the FG: giving V-GEEN or V-INFO there is the worst error. */
export const STRICT_VERDICTS = new Set(['V-OUDERS16', 'V-OUDERS12', 'V-BEIDEN', 'V-LEERLING16', 'V-LEERLING18', 'V-MELDCODE', 'V-ACUUT', 'V-FG']);

/** Counts passes per route and prints them when the file's tests are done. */
export function passCounter(route: string, total: number) {
  let passed = 0;
  return {
    pass: () => {
      passed += 1;
    },
    report: () => {
      if (total > 0) process.stdout.write(`Toestemmingsscenario's ${route}: ${passed}/${total} geslaagd\n`);
    },
  };
}
