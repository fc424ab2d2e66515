/** The list collector's queue with a fake clock and fake pages: politeness, outcomes, pause, cancel, retry. */
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../core/types';
import { CollectQueue, type QueueIO } from '../../entrypoints/collect/queue';

function fakeIO(pages: Record<string, { status: number; html: string } | Error>, clipped: string[] = []) {
  let clock = 0;
  const fetched: { url: string; at: number }[] = [];
  const saved: string[] = [];
  const io: QueueIO = {
    async fetchPage(url) {
      fetched.push({ url, at: clock });
      const p = pages[url];
      if (p instanceof Error) throw p;
      return p ?? { status: 404, html: '' };
    },
    analyse(html) {
      const kind = html.startsWith('report') ? 'report' : html.startsWith('notice') ? 'article' : 'other';
      return {
        isReport: kind === 'report',
        kind,
        attachments: html.includes('.pdf') ? 1 : 0,
      } as unknown as Analysis & {
        attachments: number;
      };
    },
    async save(_a, url) {
      saved.push(url);
      return { ok: true, status: 'created' };
    },
    async isClipped(url) {
      return clipped.includes(url);
    },
    now: () => clock,
    async sleep(ms) {
      clock += ms;
    },
  };
  return { io, fetched, saved, tick: (ms: number) => (clock += ms) };
}

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ url: `u${i}`, title: `报告${i}`, date: null }));

describe('CollectQueue', () => {
  it('fetches one page at a time, at least a second apart, and says what became of each', async () => {
    const { io, fetched, saved } = fakeIO({
      u0: { status: 200, html: 'report' },
      u1: { status: 200, html: 'notice 附件 a.pdf' },
      u2: { status: 200, html: 'home' },
      u3: new Error('timeout'),
      u5: { status: 200, html: 'report' },
    });
    const q = new CollectQueue(items(6), io, { interval: 1000, skipClipped: true });
    await q.start();
    expect(q.items.map((i) => [i.state, i.detail])).toEqual([
      ['saved', undefined],
      ['attachments', '1'],
      ['not-report', 'other'],
      ['failed', 'timeout'],
      ['failed', 'HTTP 404'],
      ['saved', undefined],
    ]);
    expect(saved).toEqual(['u0', 'u5']);
    const gaps = fetched.slice(1).map((f, i) => f.at - fetched[i].at);
    expect(gaps.every((g) => g >= 1000)).toBe(true);
    expect(q.counts()).toMatchObject({ saved: 2, failed: 2, attachments: 1, 'not-report': 1, waiting: 0 });
  });

  it('skips what is clipped already without fetching it', async () => {
    const { io, fetched } = fakeIO({ u0: { status: 200, html: 'report' }, u1: { status: 200, html: 'report' } }, [
      'u0',
    ]);
    const q = new CollectQueue(items(2), io, { interval: 1000, skipClipped: true });
    await q.start();
    expect(q.items.map((i) => i.state)).toEqual(['clipped', 'saved']);
    expect(fetched.map((f) => f.url)).toEqual(['u1']);
  });

  it('pauses after the page in hand, resumes where it stopped, cancels what waits, retries what failed', async () => {
    const pages = {
      u0: { status: 200, html: 'report' },
      u1: { status: 500, html: '' },
      u2: { status: 200, html: 'report' },
    };
    const { io, fetched } = fakeIO(pages);
    let q: CollectQueue;
    q = new CollectQueue(items(4), io, { interval: 1000, skipClipped: false }, () => {
      if (q?.items[0].state === 'saved' && !q.isPaused && fetched.length === 1) q.pause();
    });
    await q.start();
    expect(q.items.map((i) => i.state)).toEqual(['saved', 'waiting', 'waiting', 'waiting']);
    expect(q.busy).toBe(false);
    const resumed = q.start();
    q.cancel();
    await resumed;
    expect(q.items.map((i) => i.state)).toEqual(['saved', 'failed', 'cancelled', 'cancelled']);
    Object.assign(pages, { u1: { status: 200, html: 'report' }, u3: { status: 200, html: 'report' } });
    await q.retry();
    expect(q.items.map((i) => i.state)).toEqual(['saved', 'saved', 'saved', 'saved']);
    expect(fetched.map((f) => f.url)).toEqual(['u0', 'u1', 'u1', 'u2', 'u3']);
  });
});
