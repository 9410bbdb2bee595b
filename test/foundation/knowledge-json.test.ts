import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

  // The examples grow with every corpus batch (270 KB when this was written, 0.35 MB kept; the yaml parser kept 6.2 MB,
  // 23 times the file): whole strings keep about the file's size, string pieces many times it.
  it('keeps its texts whole: the safety examples take under twice their size on disk (the yaml parser kept 23 times it)', () => {
    const fileMb = statSync(EXAMPLES).size / 2 ** 20;
    expect(memoryKeptMb(() => loadYamlFile(EXAMPLES, safetyExamplesSchema))).toBeLessThan(2 * fileMb);
  });

  it('that is not JSON names the file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'jos-json-')), 'broken.json');
    writeFileSync(file, '{ "examples": [ }');
    expect(() => loadYamlFile(file, z.object({}))).toThrow(KnowledgeError);
    expect(() => loadYamlFile(file, z.object({}))).toThrow(/broken\.json: kan het bestand niet lezen/);
  });
});
