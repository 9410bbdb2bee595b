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
export const DIST_ENTRY = `${root}dist/main.js`;

export async function buildBot(): Promise<void> {
  rmSync(`${root}dist`, { recursive: true, force: true });
  await build({
    entryPoints: [`${root}bot/main.ts`],
    outfile: DIST_ENTRY,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  cpSync(`${root}src/store/migrations`, `${root}dist/migrations`, { recursive: true, filter: (path) => !path.endsWith('.ts') });
}

if (isMain(import.meta.url)) await buildBot();
