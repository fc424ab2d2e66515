/**
 * `govlens batch DIR`: every page under DIR through the pipeline, one CSV row per metric (and
 * optionally one JSON line per page). A page that fails is reported and skipped; the run goes on.
 */
import { closeSync, openSync, readdirSync, realpathSync, type Stats, statSync, writeSync } from 'node:fs';
import { join, relative } from 'node:path';
import { toContract } from '../core/contract';
import { BOM, type Cell, csvLines } from '../export/csv';
import { METRIC_CELL_COLUMNS, metricCells } from '../export/figures';
import { analyzePath } from './analyze-path';
import { CliError } from './load';

/** CSV columns of the metrics table, in order. */
export const METRIC_COLUMNS = ['file', 'url', 'title', 'agency', 'report_year', 'published', ...METRIC_CELL_COLUMNS];

/** Options of a batch run. */
export interface BatchOptions {
  dir: string;
  csv?: string;
  jsonl?: string;
  /** Where progress and failures are written (stderr in the CLI). */
  log: (line: string) => void;
  /** Progress line updates (overwritten in a terminal). */
  progress?: (line: string) => void;
}

/** What a batch run did. */
export interface BatchSummary {
  pages: number;
  reports: number;
  metrics: number;
  failed: { file: string; error: string }[];
}

const PAGE_EXT = /\.(html?|shtml|xhtml|htm|pdf|docx|doc|wps|ofd)$/i;

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

/** Run the batch. */
export async function runBatch(opts: BatchOptions): Promise<BatchSummary> {
  let files: string[];
  const skipped: { file: string; error: string }[] = [];
  try {
    if (!statSync(opts.dir).isDirectory()) throw new CliError(`${opts.dir}: not a directory`);
    files = listPages(opts.dir, (path, reason) => {
      const rel = relative(opts.dir, path) || path;
      skipped.push({ file: rel, error: `${rel}: ${reason}` });
      opts.log(`skipped ${rel}: ${reason}`);
    });
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${opts.dir}: no such directory`);
  }
  const csv = opts.csv ? openOut(opts.csv) : null;
  const jsonl = opts.jsonl ? openOut(opts.jsonl) : null;
  const write = (fd: number | null, s: string) => {
    if (fd !== null) writeSync(fd, s);
  };
  write(csv, BOM + csvLines([METRIC_COLUMNS]));
  const summary: BatchSummary = { pages: 0, reports: 0, metrics: 0, failed: skipped };
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    // jsdom frees a closed window's context only once the event loop turns: without a turn every
    // few pages, a batch of 1,000 pages held them all (4.3 GB) and aborted.
    if (i % 8 === 7) await new Promise((r) => setImmediate(r));
    const rel = relative(opts.dir, file) || file;
    opts.progress?.(`[${i + 1}/${files.length}] ${rel}`);
    try {
      const a = await analyzePath(file);
      summary.pages++;
      if (a.isReport) summary.reports++;
      summary.metrics += a.metrics.length;
      const m = a.metadata;
      const rows: Cell[][] = a.metrics.map((x) => [
        rel,
        a.url,
        a.title,
        m.agency,
        m.reportYear,
        m.publishedAt,
        ...metricCells(x),
      ]);
      if (rows.length) write(csv, csvLines(rows));
      write(jsonl, `${JSON.stringify({ file: rel, ...toContract(a) })}\n`);
    } catch (e) {
      const error = e instanceof CliError ? e.message : `${rel}: ${(e as Error).message}`;
      summary.failed.push({ file: rel, error });
      opts.log(`skipped ${error}`);
    }
  }
  if (csv !== null) closeSync(csv);
  if (jsonl !== null) closeSync(jsonl);
  return summary;
}
