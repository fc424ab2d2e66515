/**
 * Work in steps: a long loop written as a generator that yields now and then (every thousand
 * nodes or so) can run at once ({@link runSync}, in the CLI and the tests) or in slices of a few
 * milliseconds between which the page gets its main thread back ({@link runSliced}, on a live page).
 */
export type Steps<T> = Generator<void, T, void>;

/** Run the steps to the end, now. */
export function runSync<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Give the main thread back to the page: scheduler.yield() where the browser has it. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Run the steps in slices of at most about `budgetMs`, yielding to the page between slices. */
export async function runSliced<T>(
  steps: Steps<T>,
  budgetMs = 20,
  pause: () => Promise<void> = yieldToPage,
): Promise<T> {
  let deadline = performance.now() + budgetMs;
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() >= deadline) {
      await pause();
      deadline = performance.now() + budgetMs;
    }
  }
}
