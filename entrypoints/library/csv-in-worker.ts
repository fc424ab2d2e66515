/** CSV shares built in workers (csv.worker.ts), or in this thread where workers are unavailable. */
import type { CsvReply } from './csv.worker';
import CsvWorker from './csv.worker?worker';
import { type CsvJob, csvShare } from './csv-share';

/**
 * One share of a CSV export, in a worker (see csv.worker.ts); in this thread where workers are
 * unavailable. Resolves to the share's rows as a Blob.
 */
export function csvShareInWorker(job: CsvJob, progress: (done: number) => void): Promise<Blob> {
  let worker: Worker;
  try {
    worker = new CsvWorker();
  } catch {
    return csvHere(job, progress);
  }
  return new Promise<Blob>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<CsvReply>) => {
      const m = e.data;
      if ('done' in m) return progress(m.done);
      worker.terminate();
      if ('blob' in m) resolve(m.blob);
      else reject(new Error(m.error));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      csvHere(job, progress).then(resolve, reject);
    };
    worker.postMessage(job);
  });
}

/** A share built in this thread, yielding to the page between batches. */
function csvHere(job: CsvJob, progress: (done: number) => void): Promise<Blob> {
  return csvShare(job, async (done) => {
    progress(done);
    await new Promise((r) => setTimeout(r, 0));
  });
}
