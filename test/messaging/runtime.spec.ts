/**
 * messaging/runtime.ts stands in for webextension-polyfill under @webext-core/messaging: a
 * listener's promise must reach the sender through sendResponse (Chrome), messages that are not
 * ours must be left to other listeners, and test doubles without sendResponse get the promise.
 */
import { describe, expect, it } from 'vitest';
import { adapt } from '../../messaging/runtime';

describe('onMessage adapter', () => {
  it('answers a promise through sendResponse and keeps the channel open', async () => {
    const native = adapt(async (m) => ({ res: `got ${String(m)}` }));
    let answer: unknown;
    const answered = new Promise<void>((resolve) => {
      const kept = native('ping', {}, (r) => {
        answer = r;
        resolve();
      });
      expect(kept).toBe(true);
    });
    await answered;
    expect(answer).toEqual({ res: 'got ping' });
  });

  it('reports a rejection as an error answer rather than leaving the sender waiting', async () => {
    const native = adapt(() => Promise.reject(new Error('quota')));
    const answer = await new Promise((resolve) => native('x', {}, resolve));
    expect(answer).toMatchObject({ err: { name: 'Error', message: 'quota' } });
  });

  it('answers a handler that throws before it has a promise with the error', () => {
    const native = adapt(() => {
      throw new TypeError('no data');
    });
    let answer: unknown;
    expect(native('x', {}, (r) => (answer = r))).toBe(true);
    expect(answer).toMatchObject({ err: { name: 'TypeError', message: 'no data' } });
  });

  it('leaves messages it does not handle to other listeners', () => {
    const native = adapt(() => undefined);
    let called = false;
    expect(
      native('other', {}, () => {
        called = true;
      }),
    ).toBeUndefined();
    expect(called).toBe(false);
  });

  it('hands the promise itself to callers without sendResponse (fakeBrowser)', async () => {
    const native = adapt(async () => 42);
    await expect(native('x', {}) as Promise<number>).resolves.toBe(42);
  });

  it('wraps a listener once, so removeListener finds it', () => {
    const l = async () => 1;
    expect(adapt(l)).toBe(adapt(l));
  });
});
