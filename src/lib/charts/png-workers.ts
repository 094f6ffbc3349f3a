/**
 * resvg on worker threads: each worker draws an SVG and encodes the PNG, so neither step runs on
 * the build's main thread. resvg-js's own renderAsync draws off the thread but encodes the PNG
 * (`asPng`, ~30 ms a chart at 2×) on it, and the build's main thread is its bottleneck: a 10×
 * build kept about one of two cores busy.
 *
 * The workers are made when first needed, as many as the machine has cores, and are left alone
 * (unref) while idle, so they never keep a build or a test from ending. The worker's code is a
 * string, not a file: Astro bundles this module into a chunk, where a file beside it would not be.
 */
import { createRequire } from 'node:module';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', ({ svg, options }) => {
  try {
    // asPng's buffer belongs to the addon and cannot be transferred: hand over a copy.
    const png = new Uint8Array(new Resvg(svg, options).render().asPng());
    parentPort.postMessage({ png }, [png.buffer]);
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
});
`;

interface Job {
  svg: string;
  options: ResvgRenderOptions;
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

let slots: Slot[] | null = null;
const waiting: Job[] = [];

function startSlots(): Slot[] {
  const resvg = createRequire(import.meta.url).resolve('@resvg/resvg-js');
  return Array.from({ length: Math.max(1, os.availableParallelism()) }, () => {
    const slot: Slot = {
      worker: new Worker(WORKER_CODE, { eval: true, workerData: { resvg } }),
      job: null,
    };
    slot.worker.on('message', (msg: { png?: Uint8Array; error?: string }) => {
      const job = slot.job!;
      slot.job = null;
      if (msg.png) job.resolve(new Uint8Array(msg.png));
      else job.reject(new Error(`resvg: ${msg.error}`));
      next(slot);
    });
    slot.worker.on('error', (error) => {
      // A worker that died takes its job with it; a new set of workers takes the rest.
      slot.job?.reject(error);
      slot.job = null;
      slots = null;
      if (waiting.length > 0) (slots = startSlots()).forEach(next);
    });
    // After the listeners: adding a 'message' listener refs the worker's port again, and a worker
    // that never gets a job (one PNG to draw on two cores) would keep the build from ending.
    slot.worker.unref();
    return slot;
  });
}

function next(slot: Slot): void {
  const job = waiting.shift();
  if (!job) {
    slot.worker.unref();
    return;
  }
  slot.job = job;
  slot.worker.ref();
  slot.worker.postMessage({ svg: job.svg, options: job.options });
}

/** The SVG drawn and encoded as PNG on a worker thread: the bytes `new Resvg(svg, options).render().asPng()` gives. */
export function renderPngOnWorker(svg: string, options: ResvgRenderOptions): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    waiting.push({ svg, options, resolve, reject });
    slots ??= startSlots();
    const idle = slots.find((s) => s.job === null);
    if (idle) next(idle);
  });
}
