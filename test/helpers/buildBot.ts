import { buildBot } from '../../scripts/build';

/**
 * globalSetup: tests that start the bot as a process run the built dist/main.js, as `npm run start:bot` does in
 * production, so it is built once per run (half a second) instead of each process transpiling bot/ through tsx.
 */
export default async function setup(): Promise<void> {
  await buildBot();
}
