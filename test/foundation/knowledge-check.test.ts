import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');

async function knowledgeCheck(dir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ['scripts/knowledge-check.ts', '--dir', dir]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function copyOfKnowledge(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'jos-knowledge-')), 'knowledge');
  cpSync('knowledge', dir, { recursive: true });
  return dir;
}

describe('npm run knowledge:check', () => {
  it('passes on the shipped knowledge', async () => {
    const result = await knowledgeCheck('knowledge');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/knowledge OK .*8 scholen/);
  });

  it('fails naming the file and the field when a school has a wrong region', async () => {
    const dir = copyOfKnowledge();
    const file = join(dir, 'schools.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('region: midden-kennemerland', 'region: kennemerland-zuid'));
    const result = await knowledgeCheck(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}: schools[5].region`);
  });

  it('fails naming the file when a demo person works at a school that does not exist', async () => {
    const dir = copyOfKnowledge();
    const file = join(dir, 'demo-people.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('school: focus', 'school: nergens'));
    const result = await knowledgeCheck(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`${file}: people\\[\\d+\\]\\.school: onbekende school "nergens"`));
  });
});
