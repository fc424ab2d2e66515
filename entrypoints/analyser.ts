/**
 * The analyser: the core and the page UI (highlights, figure card, reader view, selection
 * buttons). The background injects it into a frame when the content script asks, that is, on
 * pages that may be reports, pages with the reader's highlights, and on request (popup, a
 * selection, the context menu). It runs in the content script's isolated world and only leaves
 * its entry point there; the content script calls it.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { start } from './report.content/session';

export default defineUnlistedScript(() => {
  window.__govlensAnalyser ??= { start };
});
