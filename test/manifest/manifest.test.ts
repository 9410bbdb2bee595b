import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Ajv from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedFile } from '../helpers/shared';
import { fillManifest, type ManifestValues } from '../../scripts/manifest-template';
import { decodeRgbaPixels, readPngHeader } from './png';
import { readZipEntries } from './zip';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const manifestsDir = join(root, 'manifests');

const testValues: ManifestValues = {
  TEAMS_APP_ID: '6f1c2d3e-4a5b-4c6d-8e7f-901234567890',
  BOT_ID: '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d',
  BOT_DOMAIN: 'jos.test.example',
  APP_VERSION: '1.4.2',
  DEVELOPER_WEBSITE_URL: 'https://www.test.example/jos',
  PRIVACY_URL: 'https://www.test.example/privacy',
  TERMS_OF_USE_URL: 'https://www.test.example/voorwaarden',
};
const MANIFEST_ENV_NAMES = [...Object.keys(testValues), 'MicrosoftAppId', 'PUBLIC_BASE_URL'];

interface Manifest {
  manifestVersion: string;
  id: string;
  version: string;
  validDomains: string[];
  icons: { color: string; outline: string };
  bots: Array<{ botId: string; scopes: string[]; commandLists: Array<{ scopes: string[]; commands: Array<{ title: string }> }> }>;
}

let validateManifest: ValidateFunction | undefined;

function schemaErrors(manifest: unknown): string[] {
  if (!validateManifest) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addFormat('uri', (value: string) => URL.canParse(value));
    // The official schema lives beside the project (read-only background material), never copied into it.
    validateManifest = ajv.compile(JSON.parse(readFileSync(sharedFile('teams/MicrosoftTeams.schema.json'), 'utf8')));
  }
  const validate = validateManifest;
  return validate(manifest) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** The environment without any manifest variable the developer's shell may happen to set. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of MANIFEST_ENV_NAMES) delete env[name];
  return { ...env, ...extra };
}

const template = readFileSync(join(manifestsDir, 'manifest.json'), 'utf8');
const filled = JSON.parse(fillManifest(template, testValues)) as Manifest;

describe('Teams app manifest', () => {
  it('passes the official Teams manifest schema once its placeholders are filled', () => {
    expect(filled.manifestVersion).toBe('1.29');
    expect(template).not.toContain('packageName');
    expect(schemaErrors(filled)).toEqual([]);
  });

  it('the schema check rejects a manifest whose ids are still placeholders', () => {
    expect(schemaErrors(JSON.parse(template)).join('\n')).toMatch(/\/id .*pattern/);
  });

  it('fills the app id, bot id, domain and version from the values given', () => {
    expect(filled.id).toBe(testValues.TEAMS_APP_ID);
    expect(filled.bots[0]!.botId).toBe(testValues.BOT_ID);
    expect(filled.validDomains).toEqual([testValues.BOT_DOMAIN]);
    expect(filled.version).toBe('1.4.2');
    expect(JSON.stringify(filled)).not.toContain('${{');
  });

  it('offers the bot in personal chat, group chat and teams with the Dutch commands in each', () => {
    const bot = filled.bots[0]!;
    expect(bot.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const scope of ['personal', 'team', 'groupChat']) {
      const list = bot.commandLists.find((l) => l.scopes.includes(scope));
      expect(list?.commands.map((c) => c.title), scope).toEqual([
        'toestemming',
        'spreekuur',
        'consultatie',
        'bijeenkomsten',
        'help',
      ]);
    }
  });

  it('has a 192×192 colour icon', () => {
    const header = readPngHeader(readFileSync(join(manifestsDir, filled.icons.color)));
    expect([header.width, header.height]).toEqual([192, 192]);
  });

  it('has a 32×32 outline icon: white where drawn, transparent elsewhere', () => {
    const file = readFileSync(join(manifestsDir, filled.icons.outline));
    const header = readPngHeader(file);
    expect([header.width, header.height]).toEqual([32, 32]);
    expect(header.hasAlpha).toBe(true);
    const pixels = decodeRgbaPixels(file);
    const drawn = pixels.filter(([, , , alpha]) => alpha > 0);
    expect(drawn.filter(([r, g, b]) => r !== 255 || g !== 255 || b !== 255)).toEqual([]);
    expect(drawn.length).toBeGreaterThan(50); // something is drawn …
    expect(pixels.filter(([, , , alpha]) => alpha === 0).length).toBeGreaterThan(pixels.length / 3); // … on a transparent field
  });
});

describe('npm run package', () => {
  let workDir: string;
  let entries: Map<string, Buffer>;
  let packageOutput: string;

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'jos-package-'));
    const outFile = join(workDir, 'appPackage.zip');
    const { stdout } = await run('npm', ['run', '--silent', 'package', '--', '--out', outFile], {
      cwd: root,
      env: cleanEnv(testValues),
    });
    packageOutput = stdout;
    entries = readZipEntries(readFileSync(outFile));
  });

  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('writes a zip with manifest.json and both icons at its root, and says where', () => {
    expect([...entries.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(entries.get('color.png')).toEqual(readFileSync(join(manifestsDir, 'color.png')));
    expect(entries.get('outline.png')).toEqual(readFileSync(join(manifestsDir, 'outline.png')));
    expect(packageOutput).toContain('appPackage.zip');
  });

  it('puts in a manifest with the ids from the environment', () => {
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as Manifest;
    expect(manifest.id).toBe(testValues.TEAMS_APP_ID);
    expect(manifest.bots[0]!.botId).toBe(testValues.BOT_ID);
    expect(manifest.validDomains).toEqual([testValues.BOT_DOMAIN]);
  });

  it('puts in a manifest that passes the official schema', () => {
    expect(schemaErrors(JSON.parse(entries.get('manifest.json')!.toString('utf8')))).toEqual([]);
  });

  it('takes the bot id from MicrosoftAppId and the domain from PUBLIC_BASE_URL when not given separately', async () => {
    const outFile = join(workDir, 'fallback.zip');
    const { BOT_ID, BOT_DOMAIN, ...rest } = testValues;
    await runPackageScript(['--out', outFile], { ...rest, MicrosoftAppId: BOT_ID, PUBLIC_BASE_URL: `https://${BOT_DOMAIN}/` });
    const manifest = JSON.parse(readZipEntries(readFileSync(outFile)).get('manifest.json')!.toString('utf8')) as Manifest;
    expect(manifest.bots[0]!.botId).toBe(BOT_ID);
    expect(manifest.validDomains).toEqual([BOT_DOMAIN]);
  });

  it.each([
    ['a missing variable', { TEAMS_APP_ID: '' }, /^Configuratiefout: TEAMS_APP_ID ontbreekt/],
    ['a bot id that is no GUID', { BOT_ID: 'mijn-bot' }, /^Configuratiefout: BOT_ID moet een GUID zijn/],
    ['a domain given as a URL', { BOT_DOMAIN: 'https://jos.test.example' }, /^Configuratiefout: BOT_DOMAIN moet een hostnaam zijn/],
    ['a privacy page over plain http', { PRIVACY_URL: 'http://www.test.example/privacy' }, /^Configuratiefout: PRIVACY_URL moet een https-adres/],
  ])('refuses %s with one line naming the variable, and writes nothing', async (_, override, message) => {
    const outFile = join(workDir, 'refused.zip');
    const failure = await runPackageScript(['--out', outFile], { ...testValues, ...override }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr.trim().split('\n')).toHaveLength(1);
    expect(failure?.stderr.trim()).toMatch(message);
    expect(existsSync(outFile)).toBe(false);
  });

  /** The script itself, run from the temporary directory so that a developer's .env cannot supply a value. */
  function runPackageScript(args: string[], env: Record<string, string>) {
    return run(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'scripts', 'package-app.ts'), ...args], {
      cwd: workDir,
      env: cleanEnv(env),
    });
  }
});
