/**
 * Watching a page for changes (late-loaded content), shared by the content script and the
 * analyser's session. Paced by what reacting costs: after a reaction that took T ms the next one
 * waits at least `costFactor` × T (and never less than `minInterval`), so a page that rewrites
 * itself every 50 ms (a ticker over 10,000 figures) cannot make GovLens take the main thread;
 * nothing at all runs while the tab is hidden (the observer is off), and one check follows when
 * it is shown again. Nothing is left running once `signal` is aborted.
 */
export interface WatchOptions {
  /** Mutations to ignore (GovLens's own UI and marks). */
  ignore?: (records: MutationRecord[]) => boolean;
  /** Shortest wait between two reactions, ms. */
  minInterval?: number;
  /** How many times its own cost a reaction waits before the next. */
  costFactor?: number;
  /** The clock (tests pass their own). */
  now?: () => number;
  /** Called for every batch of changes that is not ignored, before the paced reaction. */
  onRecords?: () => void;
}

export function watchPage(
  target: Node,
  signal: AbortSignal,
  onChange: () => void | Promise<void>,
  options: WatchOptions | ((records: MutationRecord[]) => boolean) = {},
): void {
  if (signal.aborted) return;
  const o: WatchOptions = typeof options === 'function' ? { ignore: options } : options;
  const ignore = o.ignore ?? (() => false);
  const minInterval = o.minInterval ?? 1000;
  const costFactor = o.costFactor ?? 20;
  const now = o.now ?? (() => performance.now());
  const doc = (target.ownerDocument ?? target) as Document;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cost = 0;
  let running = false;
  let observing = false;

  const react = async () => {
    timer = undefined;
    if (signal.aborted || running) return;
    running = true;
    const t0 = now();
    try {
      await onChange();
    } finally {
      cost = now() - t0;
      running = false;
    }
  };
  const schedule = (delay = Math.max(minInterval, cost * costFactor)) => {
    timer ??= setTimeout(react, delay);
  };
  const observer = new MutationObserver((records) => {
    if (ignore(records)) return;
    o.onRecords?.();
    schedule();
  });
  const observe = () => {
    if (observing) return;
    observer.observe(target, { childList: true, subtree: true, characterData: true });
    observing = true;
  };
  const onVisibility = () => {
    if (doc.hidden) {
      observer.disconnect();
      observing = false;
      clearTimeout(timer);
      timer = undefined;
    } else if (!observing) {
      observe();
      // What changed while hidden is looked at once, now.
      schedule(0);
    }
  };
  if (!doc.hidden) observe();
  doc.addEventListener?.('visibilitychange', onVisibility, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
