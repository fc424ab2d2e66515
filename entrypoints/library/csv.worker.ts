/**
 * Builds one share of a large CSV export off the main thread and answers with a Blob (passed by
 * reference, not copied). The library runs one per core, so reading, formatting and encoding go
 * in parallel.
 */
import { type CsvJob, csvShare } from './csv-share';

/** Progress (clips done in this share), the finished share, or what went wrong. */
export type CsvReply = { done: number } | { blob: Blob } | { error: string };

const reply = (m: CsvReply) => (self as unknown as { postMessage(m: CsvReply): void }).postMessage(m);

self.onmessage = async (e: MessageEvent<CsvJob>) => {
  try {
    reply({ blob: await csvShare(e.data, (done) => reply({ done })) });
  } catch (err) {
    reply({ error: (err as Error).message });
  }
};
