/**
 * The functions a V8 CPU profile (`node --cpu-prof`) spent most self time in, and the same per package or repo folder.
 * Frames in the bundle (dist/main.js) are traced back to their bot/ or src/ file through its source map.
 * `tsx bench/http/profileTop.ts <file.cpuprofile> [count]`; `npm run bench:http -- --profile` prints it after a run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { REPO_ROOT } from './processes';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileEntry {
  name: string;
  ms: number;
  share: number;
}

/** Where the source map of a bundled script is kept for one profile: beside the profile (the bundle is rebuilt per run). */
export const savedMapFile = (profileFile: string, scriptPath: string): string => `${profileFile}.${basename(scriptPath)}.map`;

/**
 * Rewrites the frames of bundled scripts to the source file and line they came from, through the map saved with the
 * profile or else the `.map` beside the script.
 */
function unbundle(nodes: ProfileNode[], profileFile: string): void {
  const maps = new Map<string, SourceMap | undefined>();
  const mapOf = (url: string): SourceMap | undefined => {
    if (!maps.has(url)) {
      const script = url.startsWith('file://') ? fileURLToPath(url) : '';
      const mapFile = [savedMapFile(profileFile, script), `${script}.map`].find((file) => script && existsSync(file));
      maps.set(url, mapFile ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')) as never) : undefined);
    }
    return maps.get(url);
  };
  for (const node of nodes) {
    const frame = node.callFrame;
    const map = frame.url ? mapOf(frame.url) : undefined;
    const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number } | undefined;
    if (!entry?.originalSource) continue;
    const source = resolve(dirname(fileURLToPath(frame.url)), entry.originalSource);
    node.callFrame = { ...frame, url: pathToFileURL(source).href, lineNumber: entry.originalLine ?? 0 };
  }
}

/** Where a script lives: its npm package, its repo folder (bot/handlers, src/consent …), or a node built-in. */
function placeOf(url: string): string {
  if (!url) return '(native)';
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const path = url.replace(/^file:\/\//, '');
  const inModules = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(path);
  if (inModules) return inModules[1]!;
  return path.startsWith(REPO_ROOT) ? path.slice(REPO_ROOT.length).split('/').slice(0, -1).join('/') || '.' : path;
}

function nameOf(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  if (!url) return functionName || '(anonymous)';
  const place = placeOf(url);
  return `${functionName || '(anonymous)'} ${place}/${url.split('/').at(-1)}:${lineNumber + 1}`;
}

/** Where the bot takes a request (bot/server.ts): samples before the first one are start-up, not turns. */
const REQUEST_HANDLER = /\/bot\/server\.ts$/;

/**
 * Self time per function and per place, and inclusive time of this repository's own functions (bot/, src/), from the
 * first request on (start-up, which loads the packages and knowledge files, is left out).
 */
export function profileTop(file: string, count = 15): { functions: ProfileEntry[]; places: ProfileEntry[]; ownInclusive: ProfileEntry[]; totalMs: number } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  unbundle(profile.nodes, file);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const functions = new Map<string, number>();
  const places = new Map<string, number>();
  const ownInclusive = new Map<string, number>();
  const stackOf = (id: number): ProfileNode[] => {
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) stack.push(byId.get(at)!);
    return stack;
  };
  const firstRequest = profile.samples.findIndex((id) => stackOf(id).some((frame) => REQUEST_HANDLER.test(frame.callFrame.url)));
  let total = 0;
  profile.samples.forEach((id, index) => {
    if (index < firstRequest) return;
    const node = byId.get(id)!;
    const micros = profile.timeDeltas[index] ?? 0;
    const { functionName, url } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') return;
    total += micros;
    functions.set(nameOf(node), (functions.get(nameOf(node)) ?? 0) + micros);
    places.set(placeOf(url), (places.get(placeOf(url)) ?? 0) + micros);
    const seen = new Set<string>();
    for (const frame of stackOf(id)) {
      const place = placeOf(frame.callFrame.url);
      if (!/^(bot|src)(\/|$)/.test(place)) continue;
      const name = nameOf(frame);
      if (seen.has(name)) continue;
      seen.add(name);
      ownInclusive.set(name, (ownInclusive.get(name) ?? 0) + micros);
    }
  });
  const top = (map: Map<string, number>): ProfileEntry[] =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, micros]) => ({ name, ms: Math.round(micros / 1000), share: Math.round((micros / total) * 1000) / 10 }));
  return { functions: top(functions), places: top(places), ownInclusive: top(ownInclusive), totalMs: Math.round(total / 1000) };
}

export function printProfileTop(file: string, count = 15): void {
  const { functions, places, ownInclusive, totalMs } = profileTop(file, count);
  console.log(`\nCPU profile ${file}: ${totalMs} ms busy from the first request on (idle and (program) left out)`);
  console.log('\n| self time | share | function |\n|---:|---:|---|');
  for (const entry of functions) console.log(`| ${entry.ms} ms | ${entry.share}% | ${entry.name} |`);
  console.log('\n| self time | share | package or folder |\n|---:|---:|---|');
  for (const entry of places) console.log(`| ${entry.ms} ms | ${entry.share}% | ${entry.name} |`);
  console.log('\n| inclusive | share | own function (bot/, src/) |\n|---:|---:|---|');
  for (const entry of ownInclusive) console.log(`| ${entry.ms} ms | ${entry.share}% | ${entry.name} |`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, count] = process.argv.slice(2);
  if (!file) {
    console.error('Gebruik: tsx bench/http/profileTop.ts <bestand.cpuprofile> [aantal]');
    process.exit(1);
  }
  printProfileTop(file, Number(count ?? 15));
}
