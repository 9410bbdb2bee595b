/**
 * `npm run build`: bundles the bot (bot/main.ts and all of src/ and bot/) into dist/main.js for `node dist/main.js`,
 * so a start no longer transpiles TypeScript. Packages stay in node_modules (better-sqlite3 is native). The SQL
 * migrations are read at run time next to the code (src/store/migrations.ts), so they are copied to dist/migrations/.
 */
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { isMain } from './isMain';

const root = fileURLToPath(new URL('..', import.meta.url));
const DIST_DIR = `${root}dist`;
export const DIST_ENTRY = `${DIST_DIR}/main.js`;

/** Builds into `outDir` (emptied first) and returns the path of its main.js. The unit tests build a private copy. */
export async function buildBot(outDir: string = DIST_DIR): Promise<string> {
  const entry = `${outDir}/main.js`;
  rmSync(outDir, { recursive: true, force: true });
  await build({
    entryPoints: [`${root}bot/main.ts`],
    outfile: entry,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'warning',
  });
  cpSync(`${root}src/store/migrations`, `${outDir}/migrations`, { recursive: true, filter: (path) => !path.endsWith('.ts') });
  return entry;
}

if (isMain(import.meta.url)) await buildBot();
