import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildBot } from '../../scripts/build';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The bot built for this run (`inject('botEntry')`), for the tests that start it as a process. */
    botEntry: string;
  }
}

/**
 * globalSetup: tests that start the bot as a process run it built, as `npm run start:bot` runs dist/main.js in
 * production, instead of each process transpiling bot/ through tsx. Built once per run into a directory of its own,
 * so that it never races the browser tests, which build dist/ at the same time under `npm test`.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  // Inside the checkout: the bundle imports its packages from node_modules, which node finds by walking up.
  const cache = resolve('node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'jos-test-build-'));
  project.provide('botEntry', await buildBot(join(dir, 'dist')));
  return () => rmSync(dir, { recursive: true, force: true });
}
