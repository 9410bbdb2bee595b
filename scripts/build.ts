/**
 * `npm run build`: bundles the bot (bot/main.ts and all of src/ and bot/) into dist/main.js for `node dist/main.js`,
 * so a start no longer transpiles TypeScript. Packages stay in node_modules (better-sqlite3 is native), except the
 * teams-ai modules the bot imports: see `withoutSignInDialogs`. The SQL migrations are read at run time next to the
 * code (src/store/migrations.ts), so they are copied to dist/migrations/.
 */
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { isMain } from './isMain';

const root = fileURLToPath(new URL('..', import.meta.url));
const DIST_DIR = `${root}dist`;
export const DIST_ENTRY = `${DIST_DIR}/main.js`;

const TEAMS_AI_MODULE = /^@microsoft\/teams-ai\/lib\//;
const TEAMS_AI_FILE = /[\\/]node_modules[\\/]@microsoft[\\/]teams-ai[\\/]/;

/**
 * teams-ai's Application loads its sign-in modules, which load botbuilder-dialogs: 17 MB of live heap for prompts the
 * bot never shows (scripts/noSignInDialogs.ts). So teams-ai's modules go into the bundle, where their import of
 * botbuilder-dialogs gets the stand-in; every other package, botbuilder included, stays in node_modules as before.
 */
const withoutSignInDialogs: Plugin = {
  name: 'teams-ai-without-sign-in-dialogs',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path === 'botbuilder-dialogs' && TEAMS_AI_FILE.test(args.importer)) return { path: `${root}scripts/noSignInDialogs.ts` };
      if (TEAMS_AI_MODULE.test(args.path)) return undefined;
      return { path: args.path, external: true };
    });
  },
};

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
    plugins: [withoutSignInDialogs],
    // teams-ai's bundled CommonJS requires its packages (botbuilder, axios ...): an ES module has no `require` of its own.
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'warning',
  });
  cpSync(`${root}src/store/migrations`, `${outDir}/migrations`, { recursive: true, filter: (path) => !path.endsWith('.ts') });
  return entry;
}

if (isMain(import.meta.url)) await buildBot();
