/**
 * Background: registers message handlers, the context menu and the save shortcut. The work
 * itself is in handlers.ts.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { saveMessage } from '../../components/i18n';
import { onMessage, type SaveResult, sendMessage } from '../../messaging/protocol';
import { ANALYZE_PORT, type AnalyzeRequest, type Piece, pieces } from '../../messaging/stream';
import { db } from '../../storage/db';
import { handlers } from './handlers';
import { analyzePage, sanitize } from './sanitize';

const MENU_SAVE = 'govlens-save-selection';
const MENU_HIGHLIGHT = 'govlens-highlight-selection';

export default defineBackground(() => {
  const h = handlers(db(), sanitize);
  onMessage('saveClip', ({ data }) => h.saveClip(data));
  onMessage('findClip', ({ data }) => h.findClip(data));
  onMessage('saveAllTabs', () => h.saveAllTabs());
  onMessage('listHighlights', ({ data }) => h.listHighlights(data));
  onMessage('putHighlight', ({ data }) => h.putHighlight(data));
  onMessage('deleteHighlight', ({ data }) => h.deleteHighlight(data));
  onMessage('openLibrary', ({ data }) => h.openLibrary(data ?? undefined));
  onMessage('loadAnalyser', ({ sender }) => h.loadAnalyser(sender));
  // A big page's markup, read off its main thread; the answer goes back in pieces (messaging/stream.ts).
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== ANALYZE_PORT) return;
    port.onMessage.addListener(async (message) => {
      const req = message as AnalyzeRequest;
      try {
        const r = await analyzePage(req.html, req.url);
        for (const piece of pieces(r)) port.postMessage(piece);
      } catch (e) {
        port.postMessage({ part: 'error', message: (e as Error).message } satisfies Piece);
      }
    });
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({
        id: MENU_SAVE,
        title: browser.i18n.getMessage('contextSaveSelection'),
        contexts: ['selection'],
      });
      browser.contextMenus.create({
        id: MENU_HIGHLIGHT,
        title: browser.i18n.getMessage('contextHighlight'),
        contexts: ['selection'],
      });
    });
  });

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (tab?.id === undefined) return;
    if (info.menuItemId === MENU_SAVE) await report(tab.id, await h.saveClip({ tabId: tab.id, selectionOnly: true }));
    if (info.menuItemId === MENU_HIGHLIGHT)
      await sendMessage('highlightSelection', { note: '' }, tab.id).catch(() => null);
  });

  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    if (command === 'save-clip') await report(tab.id, await h.saveClip({ tabId: tab.id }));
    if (command === 'next-figure' || command === 'previous-figure')
      await sendMessage('focusFigure', command === 'next-figure' ? 1 : -1, tab.id).catch(() => null);
    // Alt+Shift+H: highlight the selection, as the floating button does; a selection that cannot
    // be kept is said on the page.
    if (command === 'highlight-selection') {
      const made = await sendMessage('highlightSelection', { note: '' }, tab.id).catch(() => null);
      if (!made)
        await sendMessage(
          'showNotice',
          { text: browser.i18n.getMessage('highlightFailed'), error: true },
          tab.id,
        ).catch(() => null);
    }
  });

  /**
   * Tell the reader how a save made without the popup went, in the UI language: a notice on the
   * page (where the content script runs), the badge and the toolbar button's title.
   */
  async function report(tabId: number, result: SaveResult): Promise<void> {
    const text = saveMessage(result);
    await sendMessage(
      'showNotice',
      { text, error: !result.ok, clipId: result.ok ? result.clipId : undefined },
      tabId,
    ).catch(() => null);
    const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
    await action.setBadgeText({ tabId, text: result.ok ? '✓' : '!' });
    await action.setTitle({ tabId, title: text });
    setTimeout(() => {
      action.setBadgeText({ tabId, text: '' }).catch(() => null);
      action.setTitle({ tabId, title: browser.i18n.getMessage('extName') }).catch(() => null);
    }, 4000);
  }
});
