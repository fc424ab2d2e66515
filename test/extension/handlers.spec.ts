/**
 * Background handlers with WXT's fakeBrowser: the analyser goes into the document (Chrome) or
 * frame (Firefox) that asked for it, and only from a tab.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.stubGlobal('browser', fakeBrowser);
const { handlers } = await import('../../entrypoints/background/handlers');
const { db } = await import('../../storage/db');

describe('background handlers: loadAnalyser', () => {
  const calls: unknown[] = [];
  const scripting = fakeBrowser.scripting as unknown as { executeScript: (o: unknown) => Promise<unknown[]> };
  scripting.executeScript = async (o) => {
    calls.push(o);
    return [];
  };
  const h = handlers(db(), async (html) => html);
  afterEach(() => {
    calls.length = 0;
  });

  it('injects analyser.js into the document that asked (Chrome gives its id)', async () => {
    await h.loadAnalyser({ tab: { id: 7 }, frameId: 0, documentId: 'DOC1' });
    expect(calls).toEqual([{ target: { tabId: 7, documentIds: ['DOC1'] }, files: ['/analyser.js'] }]);
  });

  it('injects into the frame when there is no document id (Firefox)', async () => {
    await h.loadAnalyser({ tab: { id: 7 }, frameId: 3 });
    expect(calls).toEqual([{ target: { tabId: 7, frameIds: [3] }, files: ['/analyser.js'] }]);
  });

  it('refuses a request that does not come from a tab', async () => {
    await expect(h.loadAnalyser({})).rejects.toThrow(/not sent from a tab/);
    expect(calls).toEqual([]);
  });
});
