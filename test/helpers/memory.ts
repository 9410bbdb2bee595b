import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Heap and array buffers (typed arrays keep their bytes outside the heap) after full collections, in MB. */
export function memoryInUseMb(): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 2 ** 20;
}

/** The least memory `load` kept of three tries (other work in the worker only adds), with its result alive meanwhile. */
export function memoryKeptMb(load: () => unknown): number {
  const sizes = [0, 1, 2].map(() => {
    const before = memoryInUseMb();
    const kept = load();
    const used = memoryInUseMb() - before;
    if (kept === undefined) throw new Error('memoryKeptMb: load returned nothing to keep');
    return used;
  });
  return Math.min(...sizes);
}
