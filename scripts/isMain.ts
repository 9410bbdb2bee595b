import { pathToFileURL } from 'node:url';

/** True when the module is the script node was started with, false when a test imports it. */
export function isMain(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && moduleUrl === pathToFileURL(process.argv[1]).href;
}
