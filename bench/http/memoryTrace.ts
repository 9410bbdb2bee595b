/**
 * `npm run bench:http -- --memory-trace`: preloaded into the bot (`node --import`), it appends once a second, as one
 * JSON line to $MEMORY_TRACE_FILE, where the process's memory is: RSS split into anonymous memory (V8 heap, malloc)
 * and file-backed pages (the node binary, ICU data), and the V8 heap per space, committed and in use. What grows
 * shows there: a V8 space (code space: compiled functions and regular expressions; old space: objects kept), or the
 * anonymous memory outside the V8 heap (malloc: glibc arenas, SQLite, buffers). Bench only, never in production.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';

const file = process.env.MEMORY_TRACE_FILE;
const started = Date.now();
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/** A field of /proc/self/smaps_rollup, in bytes. */
function rollup(text: string, field: string): number {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${field}:`));
  return Number(line?.split(/\s+/)[1] ?? NaN) * 1024;
}

function sample(): void {
  const usage = process.memoryUsage();
  const smaps = readFileSync('/proc/self/smaps_rollup', 'utf8');
  const spaces = getHeapSpaceStatistics().map((space) => [
    space.space_name.replace(/_space$/, ''),
    { committed: mb(space.space_size), used: mb(space.space_used_size) },
  ]);
  const line = {
    seconds: Math.round((Date.now() - started) / 1000),
    rss: mb(usage.rss),
    anonymous: mb(rollup(smaps, 'Anonymous')),
    fileBacked: mb(rollup(smaps, 'Rss') - rollup(smaps, 'Anonymous')),
    heapTotal: mb(usage.heapTotal),
    heapUsed: mb(usage.heapUsed),
    /** Anonymous memory outside the V8 heap: malloc (glibc arenas), SQLite, buffers, thread stacks. */
    outsideHeap: mb(rollup(smaps, 'Anonymous') - usage.heapTotal),
    external: mb(usage.external),
    arrayBuffers: mb(usage.arrayBuffers),
    spaces: Object.fromEntries(spaces),
  };
  appendFileSync(file!, JSON.stringify(line) + '\n');
}

if (file) setInterval(sample, 1000).unref();
