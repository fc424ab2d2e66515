/** The batch's worker thread (tinypool): one unit of work per call. Bundled to dist/batch-worker.mjs. */
import { type BatchTask, runTask } from './batch-task';

export default async function work(task: BatchTask) {
  const result = await runTask(task);
  // jsdom lets go of a closed window once the event loop turns; turning it here, before the next
  // page, keeps a bounded heap from filling with windows that are closed but not yet released.
  await new Promise((r) => setImmediate(r));
  return result;
}
