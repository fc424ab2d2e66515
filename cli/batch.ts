/**
 * `govlens batch DIR`: every page under DIR through the pipeline, one CSV row per metric (and
 * optionally one JSON line per page). A page that fails is reported and skipped; the run goes on.
 */
import { closeSync, openSync, readdirSync, statSync, writeSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze } from '../core/analyze';
import { toContract } from '../core/contract';
import { BOM, type Cell, csvLines } from '../export/csv';
import { METRIC_CELL_COLUMNS, metricCells } from '../export/figures';
import { CliError, parseHtml, readPage, savedFromUrl } from './load';

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

const PAGE_EXT = /\.(html?|shtml|xhtml|htm)$/i;

/** Every page file under `dir`, sorted for a stable order. */
export function listPages(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) visit(p);
      else if (PAGE_EXT.test(name)) out.push(p);
    }
  };
  visit(dir);
  return out;
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
export function runBatch(opts: BatchOptions): BatchSummary {
  let files: string[];
  try {
    if (!statSync(opts.dir).isDirectory()) throw new CliError(`${opts.dir}: not a directory`);
    files = listPages(opts.dir);
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
  const summary: BatchSummary = { pages: 0, reports: 0, metrics: 0, failed: [] };
  files.forEach((file, i) => {
    const rel = relative(opts.dir, file) || file;
    opts.progress?.(`[${i + 1}/${files.length}] ${rel}`);
    try {
      const page = readPage(file);
      const url = savedFromUrl(page.html);
      const a = analyze(parseHtml(page.html, url), { url });
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
  });
  if (csv !== null) closeSync(csv);
  if (jsonl !== null) closeSync(jsonl);
  return summary;
}
