import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { knowledgeCheck } from '../helpers/knowledgeCheck';

const run = promisify(execFile);

async function knowledgeCheckCommand(dir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'knowledge:check', '--', '--dir', dir]);
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
  // The one run of the command itself: the checks below call the same function in-process.
  it('passes on the shipped knowledge, and exits 1 naming file and field on a defect', async () => {
    const passed = await knowledgeCheckCommand('knowledge');
    expect(passed.code).toBe(0);
    expect(passed.stdout).toMatch(/knowledge OK .*8 scholen/);
    // Legal grounds not yet confirmed by the FG are named as a warning, without failing the check.
    expect(passed.stderr).toMatch(/door de FG te bevestigen: R\d+/);

    const dir = copyOfKnowledge();
    const file = join(dir, 'schools.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('region: midden-kennemerland', 'region: kennemerland-zuid'));
    const failed = await knowledgeCheckCommand(dir);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(`${file}: schools[5].region`);
  });

  it('fails naming the file and the field when a school has a wrong region', () => {
    const dir = copyOfKnowledge();
    const file = join(dir, 'schools.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('region: midden-kennemerland', 'region: kennemerland-zuid'));
    const result = knowledgeCheck(dir);
    expect(result.code).toBe(1);
    expect(result.output).toContain(`${file}: schools[5].region`);
  });

  it('fails naming the file when a demo person works at a school that does not exist', () => {
    const dir = copyOfKnowledge();
    const file = join(dir, 'demo-people.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('school: focus', 'school: nergens'));
    const result = knowledgeCheck(dir);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(new RegExp(`${file}: people\\[\\d+\\]\\.school: onbekende school "nergens"`));
  });
});
