/**
 * Content script on government sites (and on any page the user asks about from the popup):
 * reads the page with the core, highlights its figures, and answers the popup. Nothing runs at
 * module top level; work starts after load, when the browser is idle.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage, sendMessage } from '../../messaging/protocol';
import { Controller } from './controller';
import { UI_ATTR } from './highlight';

declare global {
  interface Window {
    __govlens?: Controller;
  }
}

function idle(): Promise<void> {
  return new Promise((resolve) => {
    const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => void })
      .requestIdleCallback;
    if (ric) ric(() => resolve(), { timeout: 1500 });
    else setTimeout(resolve, 50);
  });
}

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // Injected again on a page that already has us (popup "Analyse this page"): keep the one.
    if (window.__govlens) return;
    const forced = !location.hostname.endsWith('gov.cn');
    const controller = new Controller(
      document,
      {
        listHighlights: (url) => sendMessage('listHighlights', url),
        putHighlight: (h) => sendMessage('putHighlight', h),
      },
      forced,
    );
    window.__govlens = controller;

    onMessage('getStatus', () => controller.status());
    onMessage('setHighlights', ({ data }) => controller.setHighlights(data));
    onMessage('setReader', ({ data }) => controller.setReader(data));
    onMessage('getClip', ({ data }) => controller.clip(data.selectionOnly));
    onMessage('highlightSelection', ({ data }) => controller.highlightSelection(data.note));

    await idle();
    try {
      await controller.run();
    } catch (e) {
      // Never break the page: report and stay quiet.
      console.debug('GovLens could not read this page', e);
      return;
    }
    const abort = new AbortController();
    ctx.onInvalidated(() => abort.abort());
    controller.listen(abort.signal);

    // Late-loaded content: re-read when the text changes noticeably, at most once a second.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver((records) => {
      if (records.every((r) => (r.target as Element).closest?.(`[${UI_ATTR}], govlens-ui, mark[data-govlens-mark]`)))
        return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (controller.changedEnough()) controller.run().catch(() => undefined);
      }, 1000);
    });
    if (document.body) observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => observer.disconnect());
  },
});
