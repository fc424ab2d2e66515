/**
 * The collector's queue: the chosen pages of a list fetched one at a time from the same site,
 * politely (at most one request per `interval`), each read by the same core and saved through the
 * same storage call as a click. Pause, resume, cancel, retry of what failed. The I/O is handed in,
 * so the queue is tested with a fake clock and fake pages.
 */
import type { Analysis } from '../../core/types';

/** Where an item stands. */
export type ItemState =
  | 'waiting'
  | 'fetching'
  | 'saved'
  | 'unchanged'
  | 'clipped'
  | 'not-report'
  | 'attachments'
  | 'failed'
  | 'cancelled';

/** One page of the list in the queue. */
export interface QueueItem {
  url: string;
  title: string;
  date: string | null;
  state: ItemState;
  /** Why it failed (404, a timeout…), or how many attachments a notice holds. */
  detail?: string;
}

/** What the queue needs from its host. */
export interface QueueIO {
  /** Fetch a page: its status and text (decoded), or throw for a network error or timeout. */
  fetchPage(url: string): Promise<{ status: number; html: string }>;
  analyse(html: string, url: string): Analysis & { attachments: number };
  /** Save a report; `false` when storage failed (with the reason). */
  save(
    a: Analysis,
    url: string,
  ): Promise<{ ok: true; status: 'created' | 'updated' | 'unchanged' } | { ok: false; message: string }>;
  isClipped(url: string): Promise<boolean>;
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The queue's settings. */
export interface QueueOptions {
  /** Least time between two requests, ms (1000: one request a second). */
  interval: number;
  /** Skip pages that are clipped already. */
  skipClipped: boolean;
}

/** A queue of list pages to collect. */
export class CollectQueue {
  readonly items: QueueItem[];
  private paused = false;
  private cancelled = false;
  private running: Promise<void> | null = null;
  private lastRequest = Number.NEGATIVE_INFINITY;

  constructor(
    items: Omit<QueueItem, 'state'>[],
    private io: QueueIO,
    private opts: QueueOptions,
    private onChange: () => void = () => {},
  ) {
    this.items = items.map((i) => ({ ...i, state: 'waiting' }));
  }

  /** Whether the queue is working through its items now. */
  get busy(): boolean {
    return this.running !== null;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  /** Counts by state. */
  counts(): Record<ItemState, number> {
    const c = Object.fromEntries(
      (
        [
          'waiting',
          'fetching',
          'saved',
          'unchanged',
          'clipped',
          'not-report',
          'attachments',
          'failed',
          'cancelled',
        ] as const
      ).map((s) => [s, 0]),
    ) as Record<ItemState, number>;
    for (const i of this.items) c[i.state]++;
    return c;
  }

  /** Work through the waiting items (resolves when all are done, or on pause or cancel). */
  start(): Promise<void> {
    this.paused = false;
    this.cancelled = false;
    this.running ??= this.run().finally(() => {
      this.running = null;
      this.onChange();
    });
    this.onChange();
    return this.running;
  }

  /** Stop after the page being fetched; `start()` resumes. */
  pause(): void {
    this.paused = true;
    this.onChange();
  }

  /** Stop and drop what is still waiting. */
  cancel(): void {
    this.cancelled = true;
    for (const i of this.items) if (i.state === 'waiting') i.state = 'cancelled';
    this.onChange();
  }

  /** Put the failed (and cancelled) items back in the queue and start again. */
  retry(): Promise<void> {
    for (const i of this.items)
      if (i.state === 'failed' || i.state === 'cancelled') {
        i.state = 'waiting';
        i.detail = undefined;
      }
    return this.start();
  }

  private async polite(): Promise<void> {
    const wait = this.lastRequest + this.opts.interval - this.io.now();
    if (wait > 0) await this.io.sleep(wait);
    this.lastRequest = this.io.now();
  }

  private async run(): Promise<void> {
    for (const item of this.items) {
      if (this.paused || this.cancelled) return;
      if (item.state !== 'waiting') continue;
      if (this.opts.skipClipped && (await this.io.isClipped(item.url))) {
        item.state = 'clipped';
        this.onChange();
        continue;
      }
      item.state = 'fetching';
      this.onChange();
      await this.one(item);
      this.onChange();
    }
  }

  private async one(item: QueueItem): Promise<void> {
    await this.polite();
    let page: { status: number; html: string };
    try {
      page = await this.io.fetchPage(item.url);
    } catch (e) {
      item.state = 'failed';
      item.detail = (e as Error).message || 'network';
      return;
    }
    if (page.status < 200 || page.status >= 300) {
      item.state = 'failed';
      item.detail = `HTTP ${page.status}`;
      return;
    }
    let a: Analysis & { attachments: number };
    try {
      a = this.io.analyse(page.html, item.url);
    } catch (e) {
      item.state = 'failed';
      item.detail = (e as Error).message;
      return;
    }
    if (!a.isReport) {
      // A notice that only links its report (附件：…pdf) is said so: the file reader opens it.
      item.state = a.attachments > 0 ? 'attachments' : 'not-report';
      item.detail = a.attachments > 0 ? String(a.attachments) : a.kind;
      return;
    }
    const saved = await this.io.save(a, item.url);
    if (!saved.ok) {
      item.state = 'failed';
      item.detail = saved.message;
      return;
    }
    item.state = saved.status === 'unchanged' ? 'unchanged' : 'saved';
  }
}
