/**
 * One hostile input through its parser entry point, in a process of its own so that its heap is
 * measured from a clean start: `node --expose-gc --import tsx scripts/bench-hostile-one.ts
 * <entry point> <file>`. Prints one line of JSON: wall and CPU time of the call, the growth of
 * V8's committed heap (the most it needed, as the process pays for it) and of array buffers, and
 * what the answer said. scripts/bench-hostile.ts runs it for every file of the corpus.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { answer, type EntryPoint } from './hostile-corpus';

const [through, path] = process.argv.slice(2) as [EntryPoint, string];
const text = readFileSync(path, 'utf8');
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
gc();
const before = getHeapStatistics();
const buffers = process.memoryUsage().arrayBuffers;
const cpu = process.cpuUsage();
const start = performance.now();
const result = answer(through, basename(path), text);
const ms = performance.now() - start;
const used = process.cpuUsage(cpu);
const after = getHeapStatistics();
const heap = Math.max(after.total_heap_size - before.total_heap_size, after.used_heap_size - before.used_heap_size);
console.log(JSON.stringify({
  ms,
  cpuMs: (used.user + used.system) / 1000,
  heapMB: (heap + Math.max(0, process.memoryUsage().arrayBuffers - buffers)) / 1_000_000,
  ok: result.ok,
  said: result.said,
  count: result.count,
}));
