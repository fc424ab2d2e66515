/** Which tab a popup or side panel acts on: `?tab=<id>` when given (side panel, tests), else the active one. */
import { browser } from 'wxt/browser';

/** The target tab id, or null when there is none. */
export async function targetTabId(search = location.search): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
