import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'zod/v4';

/** A data file that people maintain is wrong; the message names the file and the field so they can fix it. */
export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${field ? `${field}: ` : ''}${detail}`);
    this.name = 'KnowledgeError';
  }
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
}

export function loadYamlFile<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  let raw: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    // JSON is YAML too, but the yaml parser builds a quoted string a character at a time: the 270 KB of safety
    // examples stayed 6 MB of string pieces in memory (issue 15). JSON.parse makes each string whole.
    raw = file.endsWith('.json') ? JSON.parse(text) : parse(text);
  } catch (error) {
    throw new KnowledgeError(file, '', `kan het bestand niet lezen: ${(error as Error).message}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new KnowledgeError(file, fieldPath(issue.path), issue.message);
  }
  return result.data;
}
