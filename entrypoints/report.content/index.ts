/**
 * Content script on government sites (and on any page the user asks about from the popup).
 *
 * It runs on every gov.cn page, most of which are not reports, so it stays small: after load,
 * when the browser is idle, it asks the one question the core can answer from the title alone
 * (core/gate.ts: can this page be a report?). Pages that can, pages holding the reader's own
 * highlights, and pages the user acts on (popup, selection, context menu) get the analyser,
 * which the background injects into this frame (entrypoints/analyser.ts). Everything else is
 * marked `data-govlens="page"` and left alone.
 */

import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { findAttachments } from '../../core/attachments';
import { mayBeReport } from '../../core/gate';
import type { RemoteAnalysis } from '../../core/remote';
import { onMessage, sendMessage } from '../../messaging/protocol';
import { ANALYZE_PORT, type AnalyzeRequest, Assembler, type Piece } from '../../messaging/stream';
import type { Controller } from './controller';
import { markDocument } from './highlight';
import type { Boot } from './session';
import { watchPage } from './watch';
// The figure colours, declared in the manifest: the browser has them before the page is built.
import './highlights.css';

/** The gate, failing open: a page the gate cannot read goes to the analyser, which decides. */
function mayBe(doc: Document): boolean {
  try {
    return mayBeReport(doc);
  } catch {
    return true;
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

/** A page's markup read by the extension, the answer taken in pieces (messaging/stream.ts). */
function readElsewhere(html: string, url: string): Promise<RemoteAnalysis> {
  return new Promise((resolve, reject) => {
    const port = browser.runtime.connect({ name: ANALYZE_PORT });
    const assembler = new Assembler();
    port.onMessage.addListener((piece) => {
      try {
        const r = assembler.add(piece as Piece);
        if (!r) return;
        port.disconnect();
        resolve(r);
      } catch (e) {
        port.disconnect();
        reject(e);
      }
    });
    port.onDisconnect.addListener(() => reject(new Error('GovLens: the page was not read (the extension went away)')));
    port.postMessage({ html, url } satisfies AnalyzeRequest);
  });
}

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // A copy injected again (popup "Analyse this page") takes over: WXT aborts the older copy's
    // context as this one starts, and the older copy takes itself off the page (below and in
    // session.ts). The same happens when the extension is reloaded or removed.
    const boot: Boot = {
      doc: document,
      backend: {
        listHighlights: (url) => sendMessage('listHighlights', url),
        putHighlight: (h) => sendMessage('putHighlight', h),
        deleteHighlight: (id) => sendMessage('deleteHighlight', id),
        saveClip: (payload) => sendMessage('saveClip', { payload }),
        openLibrary: (clipId) => sendMessage('openLibrary', clipId),
        analyzeMarkup: (html, url) => readElsewhere(html, url),
      },
      forced: !location.hostname.endsWith('gov.cn'),
      signal: ctx.signal,
    };

    // The analyser, injected once per frame and started once per copy; callers share the run.
    let analysed: Promise<Controller> | null = null;
    const analyser = (): Promise<Controller> => {
      if (!analysed) {
        const run = (async () => {
          if (!window.__govlensAnalyser) await sendMessage('loadAnalyser', undefined);
          const api = window.__govlensAnalyser;
          if (!api) throw new Error('GovLens: the analyser could not be loaded into this page');
          return api.start(boot);
        })();
        analysed = run;
        // A failed load is tried again at the next occasion (popup, selection, page change).
        run.catch((e) => {
          console.debug('GovLens could not read this page', e);
          if (analysed === run) analysed = null;
        });
      }
      return analysed;
    };

    const removers = [
      onMessage('getStatus', async () => (await analyser()).status()),
      onMessage('setHighlights', async ({ data }) => (await analyser()).setHighlights(data)),
      onMessage('setReader', async ({ data }) => (await analyser()).setReader(data)),
      onMessage('setAnnotations', async ({ data }) => (await analyser()).setAnnotations(data)),
      onMessage('getClip', async ({ data }) => (await analyser()).clip(data.selectionOnly)),
      onMessage('highlightSelection', async ({ data }) => (await analyser()).highlightSelection(data.note)),
      onMessage('showNotice', async ({ data }) => (await analyser()).notice(data.text, data.error, data.clipId)),
      onMessage('focusFigure', async ({ data }) => (await analyser()).focusFigure(data)),
      // Read without the analyser: a notice page that only links its report is no report itself.
      onMessage('getAttachments', () => findAttachments(document)),
    ];
    ctx.onInvalidated(() => {
      for (const remove of removers) remove();
    });

    await idle();
    if (ctx.isInvalid) return;
    const wanted =
      analysed !== null ||
      boot.forced ||
      mayBe(document) ||
      (await boot.backend.listHighlights(location.href.split('#')[0]).catch(() => [])).length > 0;
    if (
      wanted &&
      (await analyser().then(
        () => true,
        () => false,
      ))
    )
      return;
    if (ctx.isInvalid) return;
    if (!analysed) markDocument(document, false, 0);

    // Until the analyser runs: a selection may become a reader highlight, and late-loaded
    // content may turn the page into a report (its title arrives with it).
    const watching = new AbortController();
    ctx.onInvalidated(() => watching.abort());
    const done = (c: Controller) => {
      watching.abort();
      return c;
    };
    document.addEventListener(
      'mouseup',
      (ev) => {
        if ((ev.target as Element | null)?.closest?.('[data-govlens-ui]')) return;
        setTimeout(() => {
          if (!document.getSelection()?.toString().trim()) return;
          analyser()
            .then(done)
            .then((c) => c.offerHighlight())
            .catch(() => undefined);
        }, 0);
      },
      { signal: watching.signal },
    );
    watchPage(document.documentElement, watching.signal, () => {
      // isInvalid also notices an extension that was reloaded or removed, and stops us.
      if (!ctx.isInvalid && mayBe(document)) analyser().then(done, () => undefined);
    });
  },
});
