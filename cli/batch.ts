/**
 * `govlens batch`: every page and report file under the inputs through the pipeline, one CSV row
 * per figure and one JSON line per page, in input order. Inputs are folders, files, WARC and
 * WARC.gz archives (each HTML response record read with its URL and its declared charset) and, for
 * `-`, a list of paths on stdin. Pages are read in worker threads over all cores (tinypool), at
 * most a few per thread in flight, and written out as soon as their turn comes: memory stays
 * bounded however many pages there are. A page that fails is reported and skipped.
 */
import {
  closeSync,
  createReadStream,
  existsSync,
  openSync,
  readdirSync,
  realpathSync,
  type Stats,
  statSync,
  writeSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Tinypool } from 'tinypool';
import { WARCParser } from 'warcio';
import { BOM, csvLines } from '../export/csv';
import { METRIC_CELL_COLUMNS } from '../export/figures';
import type { BatchResult, BatchTask } from './batch-task';
import { CliError } from './load';

/** CSV columns of the metrics table, in order. */
export const METRIC_COLUMNS = ['file', 'url', 'title', 'agency', 'report_year', 'published', ...METRIC_CELL_COLUMNS];

/** Options of a batch run. */
export interface BatchOptions {
  /** Folders, files, WARC archives; `-` reads a list of paths from `stdin`. */
  inputs: string[];
  /** CSV of figures; `-` is stdout. */
  csv?: string;
  /** One JSON line per page; `-` is stdout. */
  jsonl?: string;
  /** Worker threads (default: one per core but one); 0 reads in this thread. */
  workers?: number;
  /** Where progress and failures are written (stderr in the CLI). */
  log: (line: string) => void;
  /** Progress updates: done so far, the total when known, pages per second. */
  progress?: (p: { done: number; total: number | null; rate: number }) => void;
  /** The list of paths for `-` (process.stdin in the CLI). */
  stdin?: NodeJS.ReadableStream;
  /** Where `-` outputs go (stdout in the CLI). */
  stdout?: (s: string) => void;
}

/** What a batch run did. */
export interface BatchSummary {
  pages: number;
  reports: number;
  metrics: number;
  failed: { file: string; error: string }[];
}

const PAGE_EXT = /\.(html?|shtml|xhtml|htm|pdf|docx|doc|wps|ofd|warc|warc\.gz)$/i;
const WARC_EXT = /\.warc(?:\.gz)?$/i;

/**
 * Every page file under `dir`, sorted for a stable order. What cannot be read (an unreadable
 * folder, a broken symbolic link, a link loop) is passed to `skip` with a one-line reason and the
 * walk goes on; a folder reached twice through links is walked once.
 */
export function listPages(dir: string, skip: (path: string, reason: string) => void = () => {}): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const pending = [dir];
  while (pending.length) {
    const d = pending.pop() as string;
    let real: string;
    let names: string[];
    try {
      real = realpathSync(d);
      if (seen.has(real)) {
        if (d !== dir) skip(d, 'folder already read (a symbolic link loops back to it)');
        continue;
      }
      seen.add(real);
      names = readdirSync(d).sort();
    } catch (e) {
      skip(d, `cannot read folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      continue;
    }
    const sub: string[] = [];
    for (const name of names) {
      const p = join(d, name);
      let st: Stats;
      try {
        st = statSync(p);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        skip(p, code === 'ENOENT' ? 'broken symbolic link' : `cannot read (${code ?? 'error'})`);
        continue;
      }
      if (st.isDirectory()) sub.push(p);
      else if (PAGE_EXT.test(name)) out.push(p);
    }
    // Depth-first in name order: the folders of `d` next, first name first.
    pending.push(...sub.reverse());
  }
  return out.sort();
}

/** Open an output file, turning failures into one-line errors. */
function openOut(path: string): number {
  try {
    return openSync(path, 'w');
  } catch (e) {
    throw new CliError(`${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Old-space limit of each worker thread, MB (GOVLENS_WORKER_HEAP_MB overrides). */
const WORKER_HEAP_MB = Number(process.env.GOVLENS_WORKER_HEAP_MB) || 160;

/** The worker bundle (dist/batch-worker.mjs, built with the CLI), if it is there. */
function workerFile(): string | null {
  const f = fileURLToPath(new URL('../dist/batch-worker.mjs', import.meta.url));
  return existsSync(f) ? f : null;
}

type Unit = Omit<BatchTask, 'index'>;

/** The HTML responses of a WARC or WARC.gz archive, with their URLs and declared charsets. */
async function* warcUnits(path: string, name: string, log: (l: string) => void): AsyncGenerator<Unit> {
  let n = 0;
  try {
    const parser = new WARCParser(createReadStream(path));
    for await (const record of parser) {
      if (record.warcType !== 'response') continue;
      const type = record.httpHeaders?.headers.get('content-type') ?? '';
      if (!/text\/html|application\/xhtml/i.test(type)) continue;
      const status = Number(record.httpHeaders?.statusCode ?? 200);
      if (status < 200 || status >= 300) continue;
      const bytes = await record.readFully(true);
      n++;
      yield {
        file: `${name}#${n}`,
        bytes,
        url: record.warcTargetURI ?? null,
        charset: /charset=([^;\s]+)/i.exec(type)?.[1] ?? null,
      };
    }
  } catch (e) {
    log(`skipped the rest of ${name}: not a readable WARC archive (${(e as Error).message.split('\n')[0]})`);
  }
}

/** A folder's pages, walked once, with what the walk could not read. */
interface Listing {
  files: string[];
  skipped: [path: string, reason: string][];
}

/** The walk of each folder input, shared by the count and the run (a big tree is walked once). */
type Listings = Map<string, Listing>;

function listing(input: string, cache: Listings): Listing {
  let l = cache.get(input);
  if (!l) {
    const skipped: [string, string][] = [];
    l = { files: listPages(input, (p, reason) => skipped.push([p, reason])), skipped };
    cache.set(input, l);
  }
  return l;
}

/** Every unit of the inputs, in order; what cannot be read goes to `skip`. */
async function* unitsOf(
  opts: BatchOptions,
  skip: (file: string, reason: string) => void,
  cache: Listings,
): AsyncGenerator<Unit> {
  const one = async function* (input: string): AsyncGenerator<Unit> {
    let st: Stats;
    try {
      st = statSync(input);
    } catch {
      skip(input, 'no such file or directory');
      return;
    }
    let files = [{ path: input, name: input }];
    if (st.isDirectory()) {
      const l = listing(input, cache);
      for (const [p, reason] of l.skipped) skip(relative(input, p) || p, reason);
      files = l.files.map((p) => ({ path: p, name: relative(input, p) || p }));
    }
    for (const f of files) {
      if (WARC_EXT.test(f.path)) yield* warcUnits(f.path, f.name, opts.log);
      else yield { file: f.name, path: f.path };
    }
  };
  for (const input of opts.inputs) {
    if (input !== '-') {
      yield* one(input);
      continue;
    }
    const lines = createInterface({ input: opts.stdin ?? process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      const p = line.trim();
      if (p) yield* one(p);
    }
  }
}

/** How many units the inputs hold, when that is known without reading them (no WARC, no stdin). */
function knownTotal(opts: BatchOptions, cache: Listings): number | null {
  if (opts.inputs.includes('-')) return null;
  let n = 0;
  for (const input of opts.inputs) {
    try {
      const files = statSync(input).isDirectory() ? listing(input, cache).files : [input];
      if (files.some((f) => WARC_EXT.test(f))) return null;
      n += files.length;
    } catch {
      // counted as skipped when it is reached
    }
  }
  return n;
}

/** Run the batch. */
export async function runBatch(opts: BatchOptions): Promise<BatchSummary> {
  for (const input of opts.inputs)
    if (input !== '-' && !existsSync(input)) throw new CliError(`${input}: no such file or directory`);
  const toStdout = opts.stdout ?? ((s: string) => process.stdout.write(s));
  const sink = (path: string | undefined) => {
    if (!path) return null;
    if (path === '-') return toStdout;
    const fd = openOut(path);
    return Object.assign((s: string) => writeSync(fd, s), { fd });
  };
  const csv = sink(opts.csv);
  const jsonl = sink(opts.jsonl);
  csv?.(BOM + csvLines([METRIC_COLUMNS]));
  const summary: BatchSummary = { pages: 0, reports: 0, metrics: 0, failed: [] };
  const skip = (file: string, reason: string) => {
    summary.failed.push({ file, error: `${file}: ${reason}` });
    opts.log(`skipped ${file}: ${reason}`);
  };

  // Results are written in input order: each waits here for the ones before it.
  const ready = new Map<number, BatchResult>();
  let next = 0;
  let done = 0;
  const listings: Listings = new Map();
  const total = knownTotal(opts, listings);
  const started = Date.now();
  const flush = () => {
    for (let r = ready.get(next); r; r = ready.get(next)) {
      ready.delete(next++);
      if (r.ok) {
        summary.pages++;
        if (r.report) summary.reports++;
        summary.metrics += r.metrics;
        if (r.csv) csv?.(r.csv);
        jsonl?.(r.json);
      } else {
        summary.failed.push({ file: r.file, error: r.error });
        opts.log(`skipped ${r.error}`);
      }
    }
  };
  const finished = (r: BatchResult) => {
    ready.set(r.index, r);
    done++;
    flush();
    opts.progress?.({ done, total, rate: done / Math.max(0.001, (Date.now() - started) / 1000) });
  };

  // One core stays with this thread (walking, WARC parsing, writing in order); the others read.
  const threads = opts.workers ?? Math.max(1, availableParallelism() - 1);
  const file = threads > 0 ? workerFile() : null;
  const pool = file
    ? new Tinypool({
        filename: file,
        minThreads: threads,
        maxThreads: threads,
        // V8 grows a heap lazily up to its limit before collecting the closed jsdom windows: a
        // bounded heap per worker keeps memory flat (the main thread is bounded by bin/govlens.mjs).
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 },
      })
    : null;
  // The reader itself (jsdom, pdf.js) is loaded here only when no worker reads for this thread.
  const runTask = pool ? null : (await import('./batch-task')).runTask;
  try {
    const inFlight = new Set<Promise<void>>();
    const limit = Math.max(1, threads) * 4;
    let index = 0;
    for await (const unit of unitsOf(opts, skip, listings)) {
      const task: BatchTask = { ...unit, index: index++ };
      if (runTask) {
        finished(await runTask(task));
        // jsdom frees a closed window's context only once the event loop turns.
        if (task.index % 8 === 7) await new Promise((r) => setImmediate(r));
        continue;
      }
      const p: Promise<void> = ((pool as Tinypool).run(task) as Promise<BatchResult>)
        .catch((e: Error) => ({
          index: task.index,
          file: task.file,
          ok: false as const,
          error: `${task.file}: ${e.message}`,
        }))
        .then(finished)
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
      if (inFlight.size >= limit) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool?.destroy();
    for (const s of [csv, jsonl]) if (s && 'fd' in s) closeSync(s.fd as number);
  }
  return summary;
}
