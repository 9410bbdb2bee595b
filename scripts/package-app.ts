/**
 * `npm run package [-- --out <file>]`: builds the Teams app package (manifest.json with the placeholders filled, and the
 * two icons) into build/appPackage.zip. Upload that zip in Teams or the Teams admin centre (docs/deploy.md).
 */
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ZipFile } from 'yazl';
import { ConfigError, loadDotEnv } from '../src/config';
import { fillManifest, manifestValuesFromEnv } from './manifest-template';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifestsDir = resolve(root, 'manifests');
// A fixed timestamp makes the same input give the same zip, byte for byte.
const ENTRY_TIME = new Date('2026-01-01T00:00:00Z');

function buildPackage(outFile: string): Promise<void> {
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
  const values = manifestValuesFromEnv(process.env, version);
  const manifest = fillManifest(readFileSync(resolve(manifestsDir, 'manifest.json'), 'utf8'), values);
  const { icons } = JSON.parse(manifest) as { icons: { color: string; outline: string } };

  const zip = new ZipFile();
  zip.addBuffer(Buffer.from(manifest), 'manifest.json', { mtime: ENTRY_TIME });
  for (const icon of [icons.color, icons.outline]) {
    zip.addBuffer(readFileSync(resolve(manifestsDir, icon)), icon, { mtime: ENTRY_TIME });
  }
  zip.end();

  mkdirSync(dirname(outFile), { recursive: true });
  return new Promise((done, fail) => {
    zip.outputStream.pipe(createWriteStream(outFile)).on('finish', done).on('error', fail);
  });
}

const { values: options } = parseArgs({ options: { out: { type: 'string' } } });
const outFile = resolve(options.out ?? resolve(root, 'build', 'appPackage.zip'));
loadDotEnv();
try {
  await buildPackage(outFile);
  const inWorkingDir = outFile.startsWith(process.cwd());
  console.log(`Teams-app-pakket geschreven: ${inWorkingDir ? relative(process.cwd(), outFile) : outFile}`);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
