/**
 * `npm run build`: bundles the bot (bot/main.ts and all of src/ and bot/) into dist/main.js for `node dist/main.js`,
 * so a start no longer transpiles TypeScript. Packages stay in node_modules (better-sqlite3 is native), except the
 * teams-ai modules the bot imports (see `withoutSignInDialogs`) and the Bot Framework SDK (see `nativeAsyncSdk`).
 * The SQL migrations are read at run time next to the code (src/store/migrations.ts), so they are copied to dist/migrations/.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { isMain } from './isMain';
import { nativeAsync } from './nativeAsync';

const root = fileURLToPath(new URL('..', import.meta.url));
const DIST_DIR = `${root}dist`;
export const DIST_ENTRY = `${DIST_DIR}/main.js`;

const TEAMS_AI_MODULE = /^@microsoft\/teams-ai\/lib\//;
const TEAMS_AI_FILE = /[\\/]node_modules[\\/]@microsoft[\\/]teams-ai[\\/]/;
/** The Bot Framework SDK packages every turn runs through (adapter, turn context, authentication, activity types). */
const SDK_PACKAGES = ['botbuilder', 'botbuilder-core', 'botframework-connector', 'botframework-schema', 'botbuilder-stdlib'];
const SDK_MODULE = new RegExp(`^(${SDK_PACKAGES.join('|')})(/|$)`);
const SDK_FILE = new RegExp(`[\\\\/]node_modules[\\\\/](${SDK_PACKAGES.join('|')})[\\\\/].*\\.js$`);
const NODE_MODULES_FILE = /[\\/]node_modules[\\/]/;

/** Where `node dist/main.js` finds a package at run time: the bot's own node_modules. */
const atRunTime = createRequire(`${root}package.json`);

/**
 * False when a bundled package file imports another version of a package than the bot's node_modules holds (the SDK
 * keeps uuid 10 and https-proxy-agent 7 in its own node_modules): that one must be bundled too, or the bundle would
 * load the wrong version. A package that resolves nowhere is left to run time, as before.
 */
function sameAtRunTime(request: string, importer: string): boolean {
  try {
    return createRequire(importer).resolve(request) === atRunTime.resolve(request);
  } catch {
    return true;
  }
}

/**
 * teams-ai's Application loads its sign-in modules, which load botbuilder-dialogs: 17 MB of live heap for prompts the
 * bot never shows (scripts/noSignInDialogs.ts). So teams-ai's modules go into the bundle, where their import of
 * botbuilder-dialogs gets the stand-in.
 */
const withoutSignInDialogs: Plugin = {
  name: 'teams-ai-without-sign-in-dialogs',
  setup(builder) {
    builder.onResolve({ filter: /^botbuilder-dialogs$/ }, (args) =>
      TEAMS_AI_FILE.test(args.importer) ? { path: `${root}scripts/noSignInDialogs.ts` } : undefined,
    );
  },
};

/**
 * The SDK's async functions are tsc's ES2015 generators, and each call's generator function keeps the whole turn for
 * the young generation's collector until the next full collection (scripts/nativeAsync.ts, issue 15): the SDK goes
 * into the bundle with its async functions made native. Every other package stays in node_modules.
 */
const nativeAsyncSdk: Plugin = {
  name: 'native-async-sdk',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => {
      if (TEAMS_AI_MODULE.test(args.path) || SDK_MODULE.test(args.path)) return undefined;
      if (NODE_MODULES_FILE.test(args.importer) && !sameAtRunTime(args.path, args.importer)) return undefined;
      return { path: args.path, external: true };
    });
    builder.onLoad({ filter: SDK_FILE }, (args) => ({ contents: nativeAsync(readFileSync(args.path, 'utf8'), args.path), loader: 'js' }));
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
    plugins: [withoutSignInDialogs, nativeAsyncSdk],
    // The bundled CommonJS packages require others (axios, jsonwebtoken ...): an ES module has no `require` of its own.
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'warning',
  });
  cpSync(`${root}src/store/migrations`, `${outDir}/migrations`, { recursive: true, filter: (path) => !path.endsWith('.ts') });
  return entry;
}

if (isMain(import.meta.url)) await buildBot();
