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
 * One Chromium serves every browser test file (each gets a fresh context): starting it per file cost a second or two.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (e2eSkipped) return undefined;
  const [, chromium] = await Promise.all([buildBot(), launchSharedChromium()]);
  project.provide('chromiumEndpoint', chromium.wsEndpoint());
  return () => chromium.close();
}
