/**
 * DOMPurify, and the reading of a big page's markup, need a DOM. Extension pages and Firefox's
 * background page have one; Chrome's service worker does not, so there the work goes through an
 * offscreen document (DOM_PARSER).
 */
import { browser } from 'wxt/browser';
import { purifyClipHtml } from '../../components/purify';
import { analyzeMarkup, type RemoteAnalysis } from '../../core/remote';
import { sendMessage } from '../../messaging/protocol';

/** Sanitise clip HTML here when this context has a DOM. */
export function sanitizeHere(html: string): string {
  return purifyClipHtml(html);
}

let creating: Promise<void> | null = null;

export async function ensureOffscreen(): Promise<void> {
  const offscreen = (
    browser as unknown as {
      offscreen?: { createDocument(o: unknown): Promise<void>; hasDocument?(): Promise<boolean> };
    }
  ).offscreen;
  if (!offscreen) throw new Error('no DOM to sanitise with');
  if (offscreen.hasDocument && (await offscreen.hasDocument())) return;
  creating ??= offscreen
    .createDocument({
      url: browser.runtime.getURL('/offscreen.html'),
      reasons: ['DOM_PARSER'],
      justification:
        'Sanitise clipped HTML with DOMPurify before storing it, and read big report pages off their main thread.',
    })
    .catch((e: Error) => {
      if (!/single offscreen/i.test(e.message)) throw e;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** The error a message gets when the offscreen document exists but its listener is not up yet. */
const NOT_LISTENING = /Receiving end does not exist|Could not establish connection/i;

/**
 * Call `send` again while it fails because nobody listens yet, waiting `delays` between tries.
 * `offscreen.hasDocument()` is true as soon as the document exists, before its script has
 * registered the listener: five tabs saving at once right after the browser started lost 20 saves
 * of 30 to that moment. Any other error is thrown at once.
 */
export async function whenListening<T>(
  send: () => Promise<T>,
  delays: readonly number[] = [20, 50, 100, 200, 400, 800],
): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await send();
    } catch (e) {
      if (i >= delays.length || !NOT_LISTENING.test((e as Error).message ?? '')) throw e;
      await new Promise((r) => setTimeout(r, delays[i]));
    }
  }
}

/**
 * Do DOM work in whichever context has a DOM: `here` in an extension page or Firefox's background
 * page, else `there` in the offscreen document, once it listens.
 */
async function withDom<T>(here: () => T, there: () => Promise<T>): Promise<T> {
  if (typeof DOMParser !== 'undefined' && typeof document !== 'undefined') return here();
  await ensureOffscreen();
  return whenListening(there);
}

/** Sanitise clip HTML in whichever context has a DOM. */
export function sanitize(html: string): Promise<string> {
  return withDom(
    () => sanitizeHere(html),
    () => sendMessage('sanitizeHtml', html),
  );
}

/** Read a page's markup in whichever extension context has a DOM (core/remote.ts). */
export function analyzePage(html: string, url: string): Promise<RemoteAnalysis> {
  return withDom(
    () => analyzeMarkupHere(html, url),
    () => sendMessage('analyzeMarkup', { html, url }),
  );
}

/** Parse and read markup here (the offscreen document, or Firefox's background page). */
export function analyzeMarkupHere(html: string, url: string): RemoteAnalysis {
  return analyzeMarkup(new DOMParser().parseFromString(html, 'text/html'), url);
}
