import { readFileSync } from 'node:fs';
import { z } from 'zod/v4';
import { SHARED_DIR, sharedFile } from '../helpers/shared';

/** The shared scenario file beside the repository: ../shared/consent-scenarios.json. */
export const SCENARIO_FILE = `${SHARED_DIR}consent-scenarios.json`;

const scenarioSchema = z.object({
  id: z.string(),
  text: z.string(),
  answers: z.record(z.string(), z.string()),
  verdict: z.string(),
  rules: z.array(z.string()),
  first: z.string(),
});
export type Scenario = z.infer<typeof scenarioSchema>;

/** The scenarios of ../shared/consent-scenarios.json; when the file is absent the test file fails saying so. */
export function loadScenarios(): Scenario[] {
  return z.array(scenarioSchema).parse(JSON.parse(readFileSync(sharedFile('consent-scenarios.json', SCENARIO_FILE), 'utf8')));
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
      process.stdout.write(`Toestemmingsscenario's ${route}: ${passed}/${total} geslaagd\n`);
    },
  };
}
