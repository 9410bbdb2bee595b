import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENARIO_FILE, loadScenarios, passCounter } from './scenarios';

const run = promisify(execFile);
const scenarios = loadScenarios();

interface CliResult {
  verdict: string | null;
  rules: string[];
  leaf: string | null;
  understood: Record<string, string>;
  next: { question: string; options: string[] } | null;
}

/** `npm run --silent consent -- …` is `node --import tsx scripts/consent.ts …`; npm itself is run once, below. */
const COMMAND = [process.execPath, ['--import', 'tsx', 'scripts/consent.ts']] as const;

async function consent(...args: string[]): Promise<CliResult> {
  const { stdout } = await run(COMMAND[0], [...COMMAND[1], ...args]);
  const lines = stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0]!) as CliResult;
}

async function consentFails(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    await run(COMMAND[0], [...COMMAND[1], ...args]);
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
  throw new Error('expected the command to fail');
}

describe('shared scenarios through the command line (text only)', () => {
  const counter = passCounter('via de opdrachtregel (tekst → first)', scenarios.length);
  afterAll(() => counter.report());

  // One process answers every scenario (--each), so the suite stays fast and the command itself is what is tested.
  let results: Map<string, CliResult>;
  beforeAll(async () => {
    const { stdout } = await run(COMMAND[0], [...COMMAND[1], '--each', SCENARIO_FILE]);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as CliResult & { id: string });
    results = new Map(lines.map((line) => [line.id, line]));
  });

  it.each(scenarios)('$id: first answer is $first', (scenario) => {
    const result = results.get(scenario.id);
    expect(result?.verdict ?? result?.next?.question).toBe(scenario.first);
    if (result?.verdict) expect(result.leaf).toMatch(/^L-/);
    counter.pass();
  });
});

describe('npm run consent', () => {
  it('runs as the npm script the README gives', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'consent', '--', 'mag de jgc met een leerling praten?']);
    expect(JSON.parse(stdout)).toMatchObject({ verdict: null, next: { question: 'Q-LEEFTIJD' } });
  });

  it('prints the next question with its options, then the verdict once answered', async () => {
    const asked = await consent('mag de jgc met een leerling praten?');
    expect(asked).toEqual({
      verdict: null,
      rules: [],
      leaf: null,
      understood: { 'Q-MET-WIE': 'MW2', 'Q-JOS': 'J3' },
      next: { question: 'Q-LEEFTIJD', options: ['<12', '12-15', '16-17', '18+', 'onbekend'] },
    });
    const answered = await consent('mag de jgc met een leerling praten?', '--answer', 'Q-LEEFTIJD=12-15');
    expect(answered).toMatchObject({ verdict: 'V-BEIDEN', leaf: 'L-BEIDEN', next: null });
    expect(answered.rules).toEqual(expect.arrayContaining(['R04', 'R05', 'R16a', 'R29']));
  });

  it('lets --answer override what it read in the text', async () => {
    const result = await consent('gw\'er wil Sem (13) observeren', '--answer', 'Q-LEEFTIJD=16-17', '--answer', 'Q-JOS=J2');
    expect(result).toMatchObject({ verdict: 'V-GEEN', understood: { 'Q-JOS': 'J2', 'Q-LEEFTIJD': '16-17' } });
  });

  it('refuses an answer that is not an option, and says which options exist', async () => {
    const failed = await consentFails('vraag', '--answer', 'Q-LEEFTIJD=13');
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('Q-LEEFTIJD heeft geen optie 13');
    expect(failed.stderr).toContain('12-15');
    expect((await consentFails('vraag', '--answer', 'leeftijd')).stderr).toContain('Q-ID=OPTIE');
  });
});
