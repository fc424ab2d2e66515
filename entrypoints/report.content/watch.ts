/**
 * Watching a page for changes (late-loaded content), shared by the content script and the
 * analyser's session: at most one call a second however busy the page is (tickers, carousels),
 * and nothing left running once `signal` is aborted.
 */
export function watchPage(
  target: Node,
  signal: AbortSignal,
  onChange: () => void,
  /** Mutations to ignore (GovLens's own UI and marks). */
  ignore: (records: MutationRecord[]) => boolean = () => false,
): void {
  if (signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    if (ignore(records)) return;
    timer ??= setTimeout(() => {
      timer = undefined;
      onChange();
    }, 1000);
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
