import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const PARALLEL = resolve('scripts/parallel.ts');
const TSX = resolve('node_modules/.bin/tsx');

describe('npm test runs its scripts side by side (scripts/parallel.ts)', () => {
  const project = mkdtempSync(join(tmpdir(), 'parallel-'));
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('prints a failed script after the ones that passed, ends with a summary, and exits with its code', () => {
    const scripts = { broken: 'sleep 0.2; echo broken-output; exit 3', fine: 'echo fine-output' };
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'parallel-check', private: true, scripts }));
    const run = spawnSync(TSX, [PARALLEL, 'broken', 'fine'], { cwd: project, encoding: 'utf8' });

    expect(run.status).toBe(3);
    const output = run.stderr;
    expect(output.indexOf('fine-output')).toBeGreaterThan(-1);
    expect(output.indexOf('broken-output')).toBeGreaterThan(output.indexOf('fine-output'));
    const lastLines = output.trimEnd().split('\n').slice(-2);
    expect(lastLines[0]).toMatch(/^> npm run broken: failed \(exit 3\) in \d+ s$/);
    expect(lastLines[1]).toMatch(/^> npm run fine: ok in \d+ s$/);
  });
});
