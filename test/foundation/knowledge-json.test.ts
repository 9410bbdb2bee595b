import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod/v4';
import { safetyExamplesSchema } from '../../src/consent/safetyModel';
import { KnowledgeError, loadYamlFile } from '../../src/knowledge/yaml';
import { memoryKeptMb } from '../helpers/memory';

const EXAMPLES = join(__dirname, '../../knowledge/consent/safety-examples.json');

describe('a .json knowledge file', () => {
  it('reads as the yaml parser read it', () => {
    expect(loadYamlFile(EXAMPLES, safetyExamplesSchema)).toEqual(parse(readFileSync(EXAMPLES, 'utf8')));
  });

  it('keeps its texts whole: the safety examples take under 1 MB (read by the yaml parser, 6 MB of string pieces)', () => {
    expect(memoryKeptMb(() => loadYamlFile(EXAMPLES, safetyExamplesSchema))).toBeLessThan(1);
  });

  it('that is not JSON names the file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'jos-json-')), 'broken.json');
    writeFileSync(file, '{ "examples": [ }');
    expect(() => loadYamlFile(file, z.object({}))).toThrow(KnowledgeError);
    expect(() => loadYamlFile(file, z.object({}))).toThrow(/broken\.json: kan het bestand niet lezen/);
  });
});
