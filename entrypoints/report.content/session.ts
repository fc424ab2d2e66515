/**
 * The analyser's work on one page, once the content script has decided the page needs it: run
 * the core on the live document, paint, answer pointer and selection events, and re-read the
 * page when late-loaded content changes its text noticeably.
 */
import { type Backend, Controller } from './controller';
import { UI_ATTR } from './highlight';

/** What the content script hands the analyser. */
export interface Boot {
  doc: Document;
  backend: Backend;
  /** Highlight even when the page is not a report (the user asked for it). */
  forced: boolean;
  /** Aborted when this copy of the content script is replaced, or the extension reloaded. */
  signal: AbortSignal;
}

/** What the analyser script (entrypoints/analyser.ts) leaves on the isolated world's window. */
export interface AnalyserApi {
  start(boot: Boot): Promise<Controller>;
}

declare global {
  interface Window {
    /** Set by the analyser script when the background has injected it into this frame. */
    __govlensAnalyser?: AnalyserApi;
  }
}

/** Read and paint the page, then keep it up to date; never throws at the page. */
export async function start({ doc, backend, forced, signal }: Boot): Promise<Controller> {
  if (signal.aborted) throw new Error('GovLens: this copy of the content script was replaced');
  const controller = new Controller(doc, backend, forced);
  await controller.run();
  if (signal.aborted) {
    controller.dispose();
    throw new Error('GovLens: this copy of the content script was replaced');
  }
  controller.listen(signal);

  // Late-loaded content: re-read when the text changes noticeably, at most once a second.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    if (records.every((r) => (r.target as Element).closest?.(`[${UI_ATTR}], govlens-ui, mark[data-govlens-mark]`)))
      return;
    timer ??= setTimeout(() => {
      timer = undefined;
      if (controller.changedEnough()) controller.run().catch(() => undefined);
    }, 1000);
  });
  if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    controller.dispose();
  });
  return controller;
}
