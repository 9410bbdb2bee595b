import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** ../shared beside the repository: read-only background material (schemas, scenarios) that tests read, never copy. */
export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url));

/** The absolute path of a file in ../shared; a missing file fails the test that needs it, never skips it. */
export function sharedFile(relativePath: string, path = `${SHARED_DIR}${relativePath}`): string {
  if (!existsSync(path)) {
    throw new Error(`${path} not found: these tests need ../shared beside the repository (see ../shared/teams/README.md).`);
  }
  return path;
}
