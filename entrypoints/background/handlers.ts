/**
 * What the background does for each message: storage, clip capture from a tab, library tab.
 * Kept apart from index.ts so tests can call the handlers with fakeBrowser and fake-indexeddb.
 */
import { browser } from 'wxt/browser';
import type { ClipLookup, ClipPayload, SaveResult, UserHighlight } from '../../messaging/protocol';
import { sendMessage } from '../../messaging/protocol';
import { findClip, listHighlights, putHighlight, saveClip } from '../../storage/clips';
import type { GovLensDB } from '../../storage/db';

/** The background's operations over one database. */
export function handlers(db: GovLensDB, sanitize: (html: string) => Promise<string>) {
  return {
    /** Save a clip from a payload, or read it from the tab first. */
    async saveClip(data: { tabId?: number; payload?: ClipPayload; selectionOnly?: boolean }): Promise<SaveResult> {
      let payload = data.payload ?? null;
      if (!payload && data.tabId !== undefined) {
        try {
          payload = await sendMessage('getClip', { selectionOnly: !!data.selectionOnly }, data.tabId);
        } catch {
          payload = null;
        }
      }
      if (!payload) {
        // In the UI language: the shortcut and the context menu show this message on the page.
        const key = data.selectionOnly ? 'selectFirst' : 'noPage';
        return { ok: false, error: 'no-page', message: browser.i18n?.getMessage(key) || key };
      }
      const html = await sanitize(payload.html);
      return saveClip(db, { ...payload, html });
    },
    /** Is this URL clipped, and did the page change since? */
    findClip(data: { url: string; contentHash: string }): Promise<ClipLookup> {
      return findClip(db, data.url, data.contentHash);
    },
    /** Reader highlights of a URL. */
    listHighlights(url: string): Promise<UserHighlight[]> {
      return listHighlights(db, url);
    },
    /** Store a reader highlight. */
    putHighlight(h: UserHighlight): Promise<SaveResult> {
      return putHighlight(db, h);
    },
    /**
     * Inject the analyser into the frame whose content script asked. Scripts injected this way
     * run in the content script's isolated world, so nothing is exposed to the page (unlike a
     * web-accessible module imported from the page's origin).
     */
    async loadAnalyser(sender: { tab?: { id?: number }; frameId?: number; documentId?: string }): Promise<void> {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('loadAnalyser: not sent from a tab');
      // Chrome names the very document that asked (a frame may have navigated since); Firefox
      // has no document ids, so the frame it is.
      const target = sender.documentId
        ? { tabId, documentIds: [sender.documentId] }
        : { tabId, frameIds: [sender.frameId ?? 0] };
      await browser.scripting.executeScript({ target, files: ['/analyser.js'] });
    },
    /** Open (or focus) the library. */
    async openLibrary(): Promise<void> {
      const url = browser.runtime.getURL('/library.html');
      const [tab] = await browser.tabs.query({ url });
      if (tab?.id !== undefined) await browser.tabs.update(tab.id, { active: true });
      else await browser.tabs.create({ url });
    },
  };
}
