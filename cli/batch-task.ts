/**
 * One unit of a batch: a file, or a page taken from a WARC record, read into the CSV rows and the
 * JSON line it contributes. Run in a worker thread (cli/batch-worker.ts) or in the main thread
 * when no worker bundle is at hand; the output is the same.
 */
import { toContract } from '../core/contract';
import { csvLines } from '../export/csv';
import { metricCells } from '../export/figures';
import { analyzeBytes, analyzePath } from './analyze-path';
import { CliError } from './load';

/** A unit of work: a file path, or a page's bytes with its URL and declared charset. */
export interface BatchTask {
  index: number;
  /** How the input is named in the output (a path, or ARCHIVE.warc.gz#N). */
  file: string;
  path?: string;
  bytes?: Uint8Array;
  url?: string | null;
  charset?: string | null;
}

/** What a unit gives: its CSV rows and JSON line, or why it was skipped. */
export type BatchResult =
  | { index: number; file: string; ok: true; csv: string; json: string; report: boolean; metrics: number }
  | { index: number; file: string; ok: false; error: string };

/** Read one unit. Never throws: a failure is a result. */
export async function runTask(task: BatchTask): Promise<BatchResult> {
  const { index, file } = task;
  try {
    const a = task.bytes
      ? await analyzeBytes(task.bytes, task.url ?? file, task.url ?? null, task.charset)
      : await analyzePath(task.path ?? file);
    const m = a.metadata;
    const rows = a.metrics.map((x) => [file, a.url, a.title, m.agency, m.reportYear, m.publishedAt, ...metricCells(x)]);
    return {
      index,
      file,
      ok: true,
      csv: rows.length ? csvLines(rows) : '',
      json: `${JSON.stringify({ file, ...toContract(a) })}\n`,
      report: a.isReport,
      metrics: a.metrics.length,
    };
  } catch (e) {
    const msg = (e as Error).message?.split('\n')[0] ?? String(e);
    return { index, file, ok: false, error: e instanceof CliError ? msg : `${file}: ${msg}` };
  }
}
