/**
 * The analyser's work on one page, once the content script has decided the page needs it: run
 * the core on the live document, paint, answer pointer and selection events, and re-read the
 * page when late-loaded content changes its text noticeably.
 */
import { type Backend, Controller } from './controller';
import { UI_ATTR } from './highlight';
import { watchPage } from './watch';

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
  const replaced = () => new Error('GovLens: this copy of the content script was replaced');
  if (signal.aborted) throw replaced();
  const controller = new Controller(doc, backend, forced);
  await controller.run();
  if (signal.aborted) {
    controller.dispose();
    throw replaced();
  }
  controller.listen(signal);

  // Late-loaded content: re-read when the text changes noticeably.
  if (doc.body)
    watchPage(
      doc.body,
      signal,
      // Awaited, so that the watcher paces itself by what a re-read costs.
      async () => {
        if (controller.changedEnough()) await controller.run().catch(() => undefined);
      },
      {
        ignore: (records) =>
          records.every((r) => (r.target as Element).closest?.(`[${UI_ATTR}], mark[data-govlens-mark]`)),
        onRecords: () => controller.pageChanged(),
      },
    );
  signal.addEventListener('abort', () => controller.dispose());
  return controller;
}
