import type { TestProject } from 'vitest/node';
import { buildBot } from '../../scripts/build';
import { e2eSkipped, launchSharedChromium } from '../helpers/playground';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The browser server every browser test opens its own context in (test/helpers/playground.ts). */
    chromiumEndpoint: string;
  }
}

/**
 * The browser tests drive the built bot (dist/main.js), what `npm start` and `npm run start:bot` run: build it once.
 * One Chromium serves every test file (each gets a fresh browser context): starting it per file cost a second or two.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (e2eSkipped) {
    await buildBot();
    return async () => undefined;
  }
  const [, chromium] = await Promise.all([buildBot(), launchSharedChromium()]);
  project.provide('chromiumEndpoint', chromium.wsEndpoint());
  return () => chromium.close();
}
