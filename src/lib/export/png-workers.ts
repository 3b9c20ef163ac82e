// PNG rendering on worker threads: resvg draws and encodes an image there, so the build's main thread never
// spends its time on a PNG (encoding alone was about 16 ms of the main thread per social card with resvg's
// renderAsync, which draws on libuv's pool but encodes on the caller's thread). One worker per core but the
// main thread's; a worker is referenced only while it has work, so an idle pool never keeps a build alive.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { encodeOpaquePng } from './png-encode.ts';

const require = createRequire(import.meta.url);

// The worker's whole code, evaluated as CommonJS: Astro bundles this module, so a worker file beside it would
// not exist in the build; resvg is loaded by the absolute path the main thread resolved, and the PNG encoder
// is the source of its function.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
const zlib = require('node:zlib');
const encodeOpaquePng = (${encodeOpaquePng.toString()});
// resvg's drawings live outside the worker's small heap, which the garbage collector would leave for long:
// collected after every few images, a worker stays at a few megabytes instead of hundreds.
require('node:v8').setFlagsFromString('--expose-gc');
const gc = require('node:vm').runInNewContext('gc');
let drawn = 0;
let scratch = Buffer.alloc(0);
parentPort.on('message', ({ id, svg, options }) => {
  try {
    const image = new Resvg(svg, options).render();
    const size = (image.width * 4 + 1) * image.height;
    if (scratch.length < size) scratch = Buffer.allocUnsafe(size);
    const png = encodeOpaquePng(image.pixels, image.width, image.height, zlib, scratch) ?? image.asPng();
    if (++drawn % 8 === 0) gc();
    parentPort.postMessage({ id, png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});`;

interface Job {
  readonly id: number;
  readonly svg: string;
  readonly options: ResvgRenderOptions;
  readonly resolve: (png: Buffer) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  job: Job | null;
}

type Reply = { id: number; png: Uint8Array; error?: undefined } | { id: number; error: string };

const queue: Job[] = [];
let slots: Slot[] | null = null;
let nextId = 0;

/** Workers for a build: every core but one, at least one (PNG_WORKERS sets the number). */
export const workerCount = (env: NodeJS.ProcessEnv = process.env): number => Math.max(1, Number(env['PNG_WORKERS']) || availableParallelism() - 1);

/** The PNG resvg draws from an SVG with these options, drawn and encoded on a worker thread. */
export function renderOnWorker(svg: string, options: ResvgRenderOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    queue.push({ id: nextId++, svg, options, resolve, reject });
    dispatch();
  });
}

/** Jobs waiting or drawing: callers that prepare work ahead keep this small. */
export const inFlight = (): number => queue.length + (slots ?? []).filter((s) => s.job !== null).length;

function dispatch(): void {
  slots ??= Array.from({ length: workerCount() }, spawn);
  for (const slot of slots) {
    if (slot.job !== null) continue;
    const job = queue.shift();
    if (job === undefined) return;
    slot.job = job;
    slot.worker.ref();
    slot.worker.postMessage({ id: job.id, svg: job.svg, options: job.options });
  }
}

function spawn(): Slot {
  const worker = new Worker(WORKER, { eval: true, workerData: { resvg: require.resolve('@resvg/resvg-js') } });
  const slot: Slot = { worker, job: null };
  worker.unref();
  worker.on('message', (reply: Reply) => {
    const job = slot.job;
    slot.job = null;
    worker.unref();
    if (job !== null && job.id === reply.id) {
      if (reply.error === undefined) job.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
      else job.reject(new Error(`resvg: ${reply.error}`));
    }
    dispatch();
  });
  worker.on('error', (error: Error) => {
    // A worker that died fails every job of the pool; the next render starts a new pool.
    const dead = slots ?? [];
    slots = null;
    for (const s of dead) {
      s.job?.reject(error);
      s.job = null;
      if (s !== slot) void s.worker.terminate();
    }
    for (const job of queue.splice(0)) job.reject(error);
  });
  return slot;
}
