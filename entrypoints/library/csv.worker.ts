/**
 * Builds one share of a large CSV export off the main thread: reads its clips from IndexedDB in
 * batches, formats and UTF-8-encodes their rows, and answers with a Blob (passed by reference, not
 * copied). The library runs one per core, so reading, formatting and encoding go in parallel.
 */
import { clipLines, figureLines } from '../../export/figures';
import { db } from '../../storage/db';
import { eachBatch } from '../../storage/queries';

/** What to export: which table and the ids of this worker's share, in order. */
export interface CsvJob {
  table: 'figures' | 'clips';
  keys: string[];
}

/** Progress (clips done in this share), the finished share, or what went wrong. */
export type CsvReply = { done: number } | { blob: Blob } | { error: string };

const reply = (m: CsvReply) => (self as unknown as { postMessage(m: CsvReply): void }).postMessage(m);

self.onmessage = async (e: MessageEvent<CsvJob>) => {
  try {
    const lines = e.data.table === 'figures' ? figureLines : clipLines;
    // UTF-8 bytes made here (TextEncoder), so the Blob is one cheap copy rather than an encode.
    const utf8 = new TextEncoder();
    const parts: Uint8Array<ArrayBuffer>[] = [];
    await eachBatch(db(), e.data.keys, 500, (clips, done) => {
      parts.push(utf8.encode(lines(clips)));
      reply({ done });
    });
    reply({ blob: new Blob(parts) });
  } catch (err) {
    reply({ error: (err as Error).message });
  }
};
