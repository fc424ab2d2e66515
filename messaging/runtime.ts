/**
 * What @webext-core/messaging needs from `webextension-polyfill`, on the browser's own APIs.
 *
 * The library imports the polyfill (10 kB minified) for one thing Chrome lacks: a
 * `runtime.onMessage` listener that answers by returning a promise. Chrome (MV3) and Firefox
 * both return promises from `sendMessage`, and both accept the older answer, `sendResponse` plus
 * `return true`, so this adapter turns the library's promise into that. The build aliases
 * `webextension-polyfill` to this file (wxt.config.ts, vitest.config.ts); extension code uses
 * WXT's native `browser` (`wxt/browser`).
 */
import { browser } from 'wxt/browser';

type Listener = (message: unknown, sender: unknown) => unknown;
type NativeListener = (message: unknown, sender: unknown, sendResponse?: (r: unknown) => void) => unknown;

const wrapped = new WeakMap<Listener, NativeListener>();

/** An error as @webext-core/messaging sends it (zero-serialize-error's shape), for the sender. */
function errorAnswer(e: unknown): { err: { name: string; message: string; stack: string } } {
  const err = e instanceof Error ? e : new Error(String(e));
  return { err: { name: err.name, message: err.message, stack: err.stack ?? '' } };
}

/** The part of `runtime.onMessage` the library uses, adapted to answer with `sendResponse`. */
export function adapt(listener: Listener): NativeListener {
  let native = wrapped.get(listener);
  if (!native) {
    native = (message, sender, sendResponse) => {
      let result: unknown;
      try {
        result = listener(message, sender);
      } catch (e) {
        // A handler that throws before it has a promise: the sender still gets the error.
        if (typeof sendResponse !== 'function') throw e;
        sendResponse(errorAnswer(e));
        return true;
      }
      // Not ours to answer (another type, or no listener): let other listeners answer.
      if (!result || typeof (result as Promise<unknown>).then !== 'function') return result;
      // Test doubles (fakeBrowser) call listeners without sendResponse and await the promise.
      if (typeof sendResponse !== 'function') return result;
      (result as Promise<unknown>).then(sendResponse, (e: unknown) => sendResponse(errorAnswer(e)));
      return true;
    };
    wrapped.set(listener, native);
  }
  return native;
}

const api = () =>
  browser as unknown as {
    runtime: {
      sendMessage(m: unknown): Promise<unknown>;
      onMessage: { addListener(l: NativeListener): void; removeListener(l: NativeListener): void };
    };
    tabs: { sendMessage(tabId: number, m: unknown, o?: { frameId: number }): Promise<unknown> };
  };

export default {
  runtime: {
    sendMessage: (message: unknown) => api().runtime.sendMessage(message),
    onMessage: {
      addListener: (l: Listener) => api().runtime.onMessage.addListener(adapt(l)),
      removeListener: (l: Listener) => api().runtime.onMessage.removeListener(adapt(l)),
    },
  },
  tabs: {
    sendMessage: (tabId: number, message: unknown, options?: { frameId: number }) =>
      api().tabs.sendMessage(tabId, message, options),
  },
};
