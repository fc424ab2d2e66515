/**
 * What the background does for each message: storage, clip capture from a tab, library tab.
 * Kept apart from index.ts so tests can call the handlers with fakeBrowser and fake-indexeddb.
 */
import { browser } from 'wxt/browser';
import type { ClipLookup, ClipPayload, SaveAllResult, SaveResult, UserHighlight } from '../../messaging/protocol';
import { sendMessage } from '../../messaging/protocol';
import { deleteHighlight, findClip, listHighlights, putHighlight, saveClip } from '../../storage/clips';
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
    /**
     * Save every open tab that is a report, one after the other (the same save as the button),
     * and say how it went: how many reports, how many saved, which failed and why.
     */
    async saveAllTabs(): Promise<SaveAllResult> {
      const tabs = await browser.tabs.query({});
      // Which tabs are reports, asked of all at once; then saved one after the other, the
      // popup or side panel that asked told how far it has come after each.
      const statuses = await Promise.all(
        tabs.map((tab) =>
          tab.id === undefined || !/^https?:/.test(tab.url ?? 'https:')
            ? null
            : sendMessage('getStatus', undefined, tab.id).catch(() => null),
        ),
      );
      const reports = tabs.flatMap((tab, i) => {
        const status = statuses[i];
        return tab.id !== undefined && status?.isReport ? [{ tabId: tab.id, status }] : [];
      });
      const result: SaveAllResult = { reports: reports.length, saved: 0, failed: [] };
      const progress = (done: number) =>
        // No page listening (the popup was closed) is no error: the saves go on.
        sendMessage('saveAllProgress', { done, total: reports.length }).catch(() => undefined);
      await progress(0);
      for (const [i, { tabId, status }] of reports.entries()) {
        const r = await this.saveClip({ tabId });
        if (r.ok) result.saved++;
        else result.failed.push({ title: status.title ?? status.url, message: r.message });
        await progress(i + 1);
      }
      return result;
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
    /** Delete a reader highlight. */
    deleteHighlight(id: string): Promise<SaveResult> {
      return deleteHighlight(db, id);
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
    /** Open (or focus) the library; a clip, when one is named, opens in a tab of its own. */
    async openLibrary(clipId?: string): Promise<void> {
      const url = browser.runtime.getURL('/library.html');
      if (clipId) {
        await browser.tabs.create({ url: `${url}?clip=${encodeURIComponent(clipId)}` });
        return;
      }
      const [tab] = await browser.tabs.query({ url });
      if (tab?.id !== undefined) await browser.tabs.update(tab.id, { active: true });
      else await browser.tabs.create({ url });
    },
  };
}
