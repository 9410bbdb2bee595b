import type { TestProject } from 'vitest/node';
import { e2eSkipped, launchSharedChromium } from '../helpers/playground';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The browser server every browser test opens its own context in (test/helpers/playground.ts). */
    chromiumEndpoint: string;
  }
}

/** One Chromium serves every browser test file (each gets a fresh context): starting it per file cost a second or two. */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (e2eSkipped) return undefined;
  const chromium = await launchSharedChromium();
  project.provide('chromiumEndpoint', chromium.wsEndpoint());
  return () => chromium.close();
}
