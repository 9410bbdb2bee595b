import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { z } from 'zod/v4';
import { extractFacts } from '../../src/consent/extract';
import { loadConsentKnowledge } from '../../src/consent/knowledge';
import { KnowledgeError } from '../../src/knowledge/yaml';
import { knowledgeCheck } from '../helpers/knowledgeCheck';
import { screen } from '../helpers/screen';

const FIXTURES = join(import.meta.dirname, 'fixtures');

/** A path into a YAML document: keys, and indexes into lists ("ordinary", 0, "unless"). */
const pathSchema = z.array(z.union([z.string(), z.number().int().min(0)]));
const editSchema = z.object({
  file: z.string(),
  set: z.array(z.object({ path: pathSchema, value: z.unknown() })).default([]),
  delete: z.array(pathSchema).default([]),
});
const fixtureSchema = editSchema.extend({
  also: editSchema.optional(),
  expect: z.object({ file: z.string(), field: z.string(), message: z.string() }),
});
type Fixture = z.infer<typeof fixtureSchema>;

const fixtures = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ name: basename(name, '.yaml'), ...fixtureSchema.parse(parseDocument(readFileSync(join(FIXTURES, name), 'utf8')).toJS()) }));

const workDir = mkdtempSync(join(tmpdir(), 'jos-consent-fixtures-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** A copy of the whole knowledge directory with one small defect applied to knowledge/consent. */
function brokenKnowledge(fixture: Fixture & { name: string }): string {
  const root = join(workDir, fixture.name);
  cpSync('knowledge', root, { recursive: true });
  for (const edit of [fixture, ...(fixture.also ? [fixture.also] : [])]) {
    const file = join(root, 'consent', edit.file);
    const document = parseDocument(readFileSync(file, 'utf8'));
    for (const { path, value } of edit.set) document.setIn(path, value);
    for (const path of edit.delete) document.deleteIn(path);
    writeFileSync(file, document.toString());
  }
  return root;
}

describe('the consent knowledge as shipped', () => {
  it('loads and passes every check', () => {
    const knowledge = loadConsentKnowledge('knowledge/consent');
    expect(Object.keys(knowledge.nodes).length).toBeGreaterThan(20);
    expect(Object.keys(knowledge.rules)).toEqual(expect.arrayContaining(['R01', 'R04b', 'R14d', 'R16a', 'R29', 'R32']));
  });

  it('the knowledge check (npm run knowledge:check) passes', () => {
    const result = knowledgeCheck();
    expect(result.output).not.toMatch(/consent.*(klopt niet|fout)/i);
    expect(result.code).toBe(0);
  });
});

describe('the text reader reads with the knowledge it was loaded with', () => {
  it('uses the vocabulary and safety cues of that directory, not the shipped ones', () => {
    const root = join(workDir, 'extended');
    cpSync('knowledge', root, { recursive: true });
    const consentDir = join(root, 'consent');
    const edit = (file: string, path: (string | number)[], value: unknown) => {
      const document = parseDocument(readFileSync(join(consentDir, file), 'utf8'));
      document.addIn(path, value);
      writeFileSync(join(consentDir, file), document.toString());
    };
    // A JOS staff member adds a shorthand for the leerplichtambtenaar and a new word for a weapon.
    edit('vocabulary.yaml', ['parties', 'MW5'], 'verzuimcoach');
    edit('safety.yaml', ['groups', 'weapon'], 'zwaard');
    const text = 'Een leerling liet een zwaard zien en zei: ik ga hem pakken. Mag ik de verzuimcoach bellen?';
    const shipped = loadConsentKnowledge('knowledge/consent');
    const extended = loadConsentKnowledge(consentDir);
    expect(extractFacts(text, shipped.cues, screen).facts.answers['Q-NOOD']).not.toBe('ja');
    expect(extractFacts(text, extended.cues, screen).facts.answers['Q-NOOD']).toBe('ja');
    const party = 'Mag ik de verzuimcoach laten weten dat Sem (14) vaak te laat is?';
    expect(extractFacts(party, shipped.cues, screen).facts.answers['Q-MET-WIE']).not.toBe('MW5');
    expect(extractFacts(party, extended.cues, screen).facts.answers['Q-MET-WIE']).toBe('MW5');
  });
});

describe.each(fixtures)('broken knowledge: $name', (fixture) => {
  const dir = brokenKnowledge(fixture);

  it('the loader names the file and the field', () => {
    let thrown: unknown;
    try {
      loadConsentKnowledge(join(dir, 'consent'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(KnowledgeError);
    const error = thrown as KnowledgeError;
    expect(basename(error.file)).toBe(fixture.expect.file);
    expect(error.field).toBe(fixture.expect.field);
    expect(error.message).toContain(fixture.expect.message);
  });

  it('the knowledge check (npm run knowledge:check) fails and says where', () => {
    const result = knowledgeCheck(dir);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(fixture.expect.file);
    expect(result.output).toContain(fixture.expect.field);
  });
});
