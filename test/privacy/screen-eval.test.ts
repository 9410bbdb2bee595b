import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const evaluate = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/screen-eval.ts', ...args], { encoding: 'utf8' });

describe('npm run screen:eval', () => {
  it('measures every file it is given, also without --now', () => {
    const files = ['test/privacy/corpus/own-probe-3.json', 'test/privacy/corpus/own-probe-5.json'];
    const run = evaluate(files);
    expect(run.status).toBe(0);
    for (const file of files) expect(run.stdout).toContain(`[${file}]`);
  });

  it('takes --now before or after the files', () => {
    const run = evaluate(['--now', '2026-11-29', 'test/privacy/corpus/own-probe-3.json', 'test/privacy/corpus/own-probe-5.json']);
    expect(run.stdout.match(/^\[/gmu)).toHaveLength(2);
  });
});
