import { buildBot } from '../../scripts/build';

/** The browser tests drive the built bot (dist/main.js), what `npm start` and `npm run start:bot` run: build it once. */
export default async function setup(): Promise<void> {
  await buildBot();
}
