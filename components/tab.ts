/**
 * Which tab a popup or side panel acts on: `?tab=<id>` when given (tests), else the active tab of
 * `?window=<id>` (a side panel drawn in a tab of its own, as the end-to-end tests do), else the
 * active tab of the current window.
 */
import { browser } from 'wxt/browser';

/** The target tab id, or null when there is none. */
export async function targetTabId(search = location.search): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const win = new URLSearchParams(search).get('window');
  const [tab] = await browser.tabs.query(
    win && /^\d+$/.test(win) ? { active: true, windowId: Number(win) } : { active: true, currentWindow: true },
  );
  return tab?.id ?? null;
}
