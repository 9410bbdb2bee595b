import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);

it('after the start-up warm-up, the questions mentors ask add hardly any machine code to the process', async () => {
  // V8 compiles a pattern to machine code on its second use: without the warm-up these 90 questions add about 12 MB of
  // code, with it under 2 (functions of the reader that V8 optimises, and the odd pattern the warm-up did not reach).
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'test/consent/processes/codeAfterQuestions.ts', 'test/consent/corpus/training-1.json']);
  const measured = JSON.parse(stdout) as { warmUpMb: number; questionsMb: number; questions: number };
  expect(measured.questions).toBe(90);
  expect(measured.warmUpMb).toBeGreaterThan(5);
  expect(measured.questionsMb).toBeLessThan(4);
});
