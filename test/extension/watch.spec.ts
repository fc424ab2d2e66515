// @vitest-environment jsdom
/**
 * The page watcher (issue: a page rewriting itself every 50 ms with 10,000 figures took the
 * whole core): reactions are paced by their own cost, and nothing runs while the tab is hidden.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../entrypoints/report.content/watch';

let hidden = false;
beforeEach(() => {
  vi.useFakeTimers();
  hidden = false;
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A page that changes its text every 50 ms for `ms` milliseconds. */
async function ticker(ms: number) {
  for (let t = 0; t < ms; t += 50) {
    document.body.textContent = `行情 ${t}`;
    await vi.advanceTimersByTimeAsync(50);
  }
}

describe('watchPage', () => {
  it('reacts at most once a second to a page that changes every 50 ms', async () => {
    const ac = new AbortController();
    let calls = 0;
    watchPage(document.body, ac.signal, () => {
      calls++;
    });
    await ticker(10_000);
    expect(calls).toBeGreaterThanOrEqual(8);
    expect(calls).toBeLessThanOrEqual(10);
    ac.abort();
  });

  it('waits twenty times what a reaction cost before the next one', async () => {
    const ac = new AbortController();
    let clock = 0;
    let calls = 0;
    // Each reaction costs 500 ms of (fake) main-thread time: the next waits 10 s.
    watchPage(
      document.body,
      ac.signal,
      () => {
        calls++;
        clock += 500;
      },
      { now: () => clock },
    );
    await ticker(30_000);
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(calls).toBeLessThanOrEqual(4);
    // At most 500 ms of work per 10 s: 5% of the main thread.
    expect((calls * 500) / 30_000).toBeLessThanOrEqual(0.07);
    ac.abort();
  });

  it('does nothing while the tab is hidden, and looks once when it is shown', async () => {
    const ac = new AbortController();
    let calls = 0;
    watchPage(document.body, ac.signal, () => {
      calls++;
    });
    hidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
    await ticker(5_000);
    expect(calls).toBe(0);
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(10);
    expect(calls).toBe(1);
    ac.abort();
  });

  it('tells of every change that is not ignored as it comes (onRecords), and of none that is', async () => {
    const ac = new AbortController();
    let seen = 0;
    const own = document.createElement('div');
    own.setAttribute('data-own', '');
    document.body.append(own);
    watchPage(document.body, ac.signal, () => undefined, {
      ignore: (records) => records.every((r) => (r.target as Element).closest?.('[data-own]')),
      onRecords: () => {
        seen++;
      },
    });
    for (let t = 0; t < 1000; t += 50) {
      own.textContent = `ours ${t}`;
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(seen).toBe(0);
    // The page's own changes, one batch every 50 ms: each is told, though reactions are paced.
    const clock = document.createElement('p');
    document.body.append(clock);
    await vi.advanceTimersByTimeAsync(50);
    seen = 0;
    for (let t = 0; t < 1000; t += 50) {
      clock.textContent = `更新时间 ${t}`;
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(seen).toBe(20);
    ac.abort();
  });

  it('stops when aborted', async () => {
    const ac = new AbortController();
    let calls = 0;
    watchPage(document.body, ac.signal, () => {
      calls++;
    });
    ac.abort();
    await ticker(3_000);
    expect(calls).toBe(0);
  });
});
