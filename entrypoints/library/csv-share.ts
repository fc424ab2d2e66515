/**
 * One share of a CSV export: its clips read from IndexedDB in batches, their rows formatted and
 * UTF-8-encoded (TextEncoder, so the Blob is one cheap copy rather than an encode). Run in
 * csv.worker.ts, or in the page where workers are unavailable.
 */
import { clipLines, figureLines } from '../../export/figures';
import { db } from '../../storage/db';
import { eachBatch } from '../../storage/queries';

/** What to export: which table and the ids of this share, in order. */
export interface CsvJob {
  table: 'figures' | 'clips';
  keys: string[];
}

/** The share's rows as a Blob; `progress` hears how many of its clips are done after each batch. */
export async function csvShare(job: CsvJob, progress: (done: number) => void | Promise<void>): Promise<Blob> {
  const lines = job.table === 'figures' ? figureLines : clipLines;
  const utf8 = new TextEncoder();
  const parts: Uint8Array<ArrayBuffer>[] = [];
  await eachBatch(db(), job.keys, 500, async (clips, done) => {
    parts.push(utf8.encode(lines(clips)));
    await progress(done);
  });
  return new Blob(parts);
}
