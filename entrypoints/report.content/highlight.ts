/**
 * The one module that changes the live page. Figures are painted with the CSS Custom Highlight
 * API where the browser has it (no DOM change at all), else wrapped in <mark> elements that are
 * unwrapped again on clear. Our UI lives in one shadow-DOM host so no CSS leaks either way.
 * Everything here is reversible.
 */
import { liveRange, type Spot } from '../../core/anchor';
import { isBlock } from '../../core/text';
import type { MetricKind } from '../../core/types';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../messaging/protocol';
import PAGE_CSS from './highlights.css?raw';

/** Attribute on GovLens's own elements, so that readers of the page can skip them. */
export const UI_ATTR = 'data-govlens-ui';
const MARK_ATTR = 'data-govlens-mark';
const KINDS: MetricKind[] = ['count', 'money', 'percent', 'duration', 'other'];
const USER = 'govlens-user';

/** Colours by kind: light enough to read through, distinct for the five kinds. */
export const KIND_COLORS: Record<MetricKind, string> = {
  count: 'rgba(255, 214, 10, 0.45)',
  money: 'rgba(52, 199, 89, 0.35)',
  percent: 'rgba(10, 132, 255, 0.3)',
  duration: 'rgba(191, 90, 242, 0.3)',
  other: 'rgba(255, 159, 10, 0.35)',
};

/** The reader's own highlights: a tint and an underline of their colour (figures have no underline). */
export const USER_COLORS: Record<HighlightColor, string> = {
  pink: '255, 105, 180',
  yellow: '212, 160, 0',
  green: '26, 127, 55',
  blue: '9, 105, 218',
  purple: '130, 80, 223',
};

export const hasHighlightApi = (): boolean =>
  typeof CSS !== 'undefined' &&
  'highlights' in CSS &&
  typeof (globalThis as { Highlight?: unknown }).Highlight === 'function';

let styleEl: HTMLStyleElement | null = null;

/** Pages the manifest's stylesheet (highlights.css) reaches: *.gov.cn, as the content script. */
const hasManifestStyle = (doc: Document): boolean => /(^|\.)gov\.cn$/i.test(doc.location?.hostname ?? '');

/**
 * The figure and highlight colours on the page. gov.cn pages have them from the manifest
 * (highlights.css, there before the page is built); any other page the reader asks about gets
 * them as a <style> element.
 */
function ensureStyle(doc: Document): void {
  if (hasManifestStyle(doc) || styleEl?.isConnected) return;
  styleEl = doc.createElement('style');
  styleEl.setAttribute(UI_ATTR, 'style');
  // `* { all: unset !important }` would show a <style> element's text; an inline !important wins.
  styleEl.setAttribute('style', 'display:none !important');
  styleEl.textContent = PAGE_CSS;
  (doc.head ?? doc.documentElement).appendChild(styleEl);
}

/** A painted figure: where it is and, in the fallback, its <mark> elements. */
export interface Painted {
  /** A figure's spot (a StaticRange's fields), or a reader highlight's live Range. */
  range: Spot;
  /** The block it is painted with near the viewport, when the caller knows it ({@link blockOf}). */
  block?: Element | null;
  kind: MetricKind | 'user';
  /** A reader highlight's colour (pink when none was chosen). */
  color?: HighlightColor;
  marks: HTMLElement[];
}

/** Wrap each text-node piece of `spot` in a <mark> (fallback when there is no Highlight API). */
function wrap(spot: Spot, kind: string, color?: HighlightColor): HTMLElement[] {
  const doc = spot.startContainer.ownerDocument as Document;
  const range = liveRange(doc, spot);
  if (!range) return [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* SHOW_TEXT */);
  const pieces: Text[] = [];
  for (let n = walker.currentNode; n; n = walker.nextNode() as Node) {
    if (n.nodeType === 3 && range.intersectsNode(n)) pieces.push(n as Text);
  }
  const marks: HTMLElement[] = [];
  for (let t of pieces) {
    const start = t === range.startContainer ? range.startOffset : 0;
    const end = t === range.endContainer ? range.endOffset : t.data.length;
    if (end <= start) continue;
    if (end < t.data.length) t.splitText(end);
    if (start > 0) t = t.splitText(start);
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTR, kind);
    if (kind === 'user') mark.setAttribute('data-govlens-color', color ?? 'pink');
    t.parentNode?.insertBefore(mark, t);
    mark.appendChild(t);
    marks.push(mark);
  }
  return marks;
}

function unwrap(mark: HTMLElement): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  parent.removeChild(mark);
  parent.normalize?.();
}

/** The Highlight objects of CSS.highlights (a set of ranges, live or static). */
interface HighlightSet {
  add(r: AbstractRange): void;
  delete(r: AbstractRange): boolean;
  size: number;
}

/**
 * What the Highlight API is given for a spot: a reader highlight's live Range as it is (it follows
 * edits of the page), a figure's spot as a StaticRange, which the browser does not keep up to date
 * on every change of the document.
 */
function registered(spot: Spot): AbstractRange {
  if (typeof (spot as Range).getClientRects === 'function') return spot as Range;
  return new StaticRange(spot as StaticRangeInit);
}

/** From this many ranges on, only those near the viewport are registered (see {@link paint}). */
export const VIEWPORT_PAINT_FROM = 300;

/** The viewport painting in force: our highlight sets and how many figures they stand for. */
let managed: { sets: Map<string, HighlightSet>; figures: number; boxes: BoxLayer | null } | null = null;

/** Set while figures are drawn as boxes: the page changed itself, the boxes may have to move. */
let layoutMayHaveMoved: (() => void) | null = null;

/**
 * The page changed itself (called by the page watcher for changes that are not ours). With the
 * figures drawn as boxes, whether they moved is checked at the next frame; otherwise nothing.
 */
export function pageChanged(): void {
  layoutMayHaveMoved?.();
}

/**
 * The boxes of a spot's text, from its text nodes only: a range's own client rects also hold the
 * border box of every element it wholly contains (1.<b>5</b>万), which would be tinted twice.
 */
function textRects(doc: Document, spot: Spot): DOMRect[] {
  const r = liveRange(doc, spot);
  if (!r) return [];
  if (spot.startContainer === spot.endContainer) return Array.from(r.getClientRects());
  const out: DOMRect[] = [];
  const piece = doc.createRange();
  const walker = doc.createTreeWalker(r.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!r.intersectsNode(n)) continue;
    const t = n as Text;
    piece.setStart(t, t === spot.startContainer ? spot.startOffset : 0);
    piece.setEnd(t, t === spot.endContainer ? spot.endOffset : t.length);
    if (!piece.collapsed) out.push(...Array.from(piece.getClientRects()));
    if (t === spot.endContainer) break;
  }
  return out;
}

/**
 * Figures drawn as translucent boxes in a layer of our own, above the text, where the page laid
 * the text out: for a page with thousands of figures that keeps changing itself (a clock, a
 * ticker). The browser re-validates every registered highlight range on each change of the
 * document (300 ranges near the viewport added half again to such a page's main-thread time);
 * boxes in a layer out of the page's flow cost nothing when the page changes elsewhere. They are
 * moved when the page's size changes or the blocks near the viewport move. The reader's own
 * highlights stay highlights. Colours are the kinds' (KIND_COLORS); the layer takes no pointer.
 */
class BoxLayer {
  readonly host: HTMLElement;
  private readonly layer: HTMLElement;
  private readonly boxes = new Map<number, HTMLElement[]>();
  private pending: { k: number; range: Spot; kind: MetricKind }[] = [];

  constructor(private readonly doc: Document) {
    this.host = doc.createElement('div');
    this.host.setAttribute(UI_ATTR, 'boxes');
    this.host.setAttribute(
      'style',
      'all:initial !important;position:absolute !important;left:0 !important;top:0 !important;' +
        'width:0 !important;height:0 !important;overflow:visible !important;pointer-events:none !important;' +
        // Low: under the page's own fixed headers, menus and dialogs (and under GovLens's UI),
        // over the text of its flow.
        'z-index:1 !important;display:block !important',
    );
    const root = this.host.attachShadow({ mode: 'closed' });
    this.layer = doc.createElement('div');
    root.append(this.layer);
    // Outside <body>, before it: the page's observers of its body and the text index never see
    // it, and the page's positioned elements come after it in painting order.
    doc.documentElement.insertBefore(this.host, doc.body);
  }

  /** The layer's origin in the viewport (boxes are placed relative to it). */
  origin(): { left: number; top: number } {
    const r = this.host.getBoundingClientRect();
    return { left: r.left, top: r.top };
  }

  add(k: number, range: Spot, kind: MetricKind): void {
    this.pending.push({ k, range, kind });
  }

  remove(k: number): void {
    const list = this.boxes.get(k);
    if (!list) return;
    for (const b of list) b.remove();
    this.boxes.delete(k);
  }

  /** Draw what was added: every position read first, then every box written (one layout). */
  flush(): void {
    if (!this.pending.length) return;
    const origin = this.origin();
    const clips = new Map<Element | null, DOMRect | null>();
    const rects: (readonly DOMRect[] | null)[] = this.pending.map(({ range }) => {
      const clip = this.clipOf(range.startContainer, clips);
      const out: DOMRect[] = [];
      for (const b of textRects(this.doc, range)) {
        if (!clip) {
          out.push(b);
          continue;
        }
        // Only what shows through the boxes that clip it (a carousel's hidden slides, a ticker's
        // other lines): none of it drawn over the content around.
        const left = Math.max(b.left, clip.left);
        const right = Math.min(b.right, clip.right);
        const top = Math.max(b.top, clip.top);
        const bottom = Math.min(b.bottom, clip.bottom);
        if (right > left && bottom > top) out.push(new DOMRect(left, top, right - left, bottom - top));
      }
      return out;
    });
    const frag = this.doc.createDocumentFragment();
    this.pending.forEach(({ k, kind }, i) => {
      this.remove(k);
      const list: HTMLElement[] = [];
      for (const b of rects[i] ?? []) {
        if (!b.width || !b.height) continue;
        const box = this.doc.createElement('div');
        box.style.cssText =
          `position:absolute;left:${b.left - origin.left}px;top:${b.top - origin.top}px;` +
          `width:${b.width}px;height:${b.height}px;background:${KIND_COLORS[kind]}`;
        list.push(box);
        frag.append(box);
      }
      this.boxes.set(k, list);
    });
    this.pending = [];
    this.layer.append(frag);
  }

  /**
   * Where the text at `node` can show: its ancestors' boxes that clip their overflow, intersected
   * (null: nothing clips it). Which ancestors clip is kept per element for the layer's life.
   */
  private clipOf(node: Node, rects: Map<Element | null, DOMRect | null>): DOMRect | null {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (rects.has(el)) return rects.get(el) ?? null;
    let clippers = this.clippers.get(el as Element);
    if (!clippers) {
      clippers = [];
      const view = this.doc.defaultView;
      for (let a = el; a && a !== this.doc.body && a !== this.doc.documentElement; a = a.parentElement) {
        const style = view?.getComputedStyle(a);
        if (style && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) clippers.push(a);
      }
      if (el) this.clippers.set(el, clippers);
    }
    let clip: DOMRect | null = null;
    for (const a of clippers) {
      const r = a.getBoundingClientRect();
      clip = clip
        ? new DOMRect(
            Math.max(clip.left, r.left),
            Math.max(clip.top, r.top),
            Math.max(0, Math.min(clip.right, r.right) - Math.max(clip.left, r.left)),
            Math.max(0, Math.min(clip.bottom, r.bottom) - Math.max(clip.top, r.top)),
          )
        : r;
    }
    rects.set(el, clip);
    return clip;
  }

  private readonly clippers = new WeakMap<Element, Element[]>();

  dispose(): void {
    this.host.remove();
    this.boxes.clear();
    this.pending = [];
  }
}
/** The marks of a highlight painted with the Highlight API: none (shared, never written to). */
const NO_MARKS: HTMLElement[] = [];

/** Stops the viewport painting in force (its listeners and observer). */
let stopViewport: (() => void) | null = null;

/**
 * The block that holds `node` (its nearest block element, as the core reads blocks: p, li, td…):
 * what the viewport painting registers and unregisters together. `cache` keeps the answer per
 * parent element.
 */
export function blockOf(node: Node, cache: Map<Element, Element | null>): Element | null {
  const parent = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!parent) return null;
  const known = cache.get(parent);
  if (known !== undefined) return known;
  let e: Element | null = parent;
  while (e && !isBlock(e)) e = e.parentElement;
  cache.set(parent, e);
  return e;
}

/**
 * Register each range while its block is within half a screen of the viewport, and take it out when
 * it leaves: the browser re-validates every registered range on any change to the page, so a few
 * hundred are registered, not thousands. Which blocks are near is found when the page scrolls or
 * changes size, by a binary search over the blocks in document order (a few layout reads), not by
 * an IntersectionObserver over thousands of blocks, which the browser updates on every frame a
 * page that changes itself lays out.
 */
function paintNearViewport(
  doc: Document,
  items: readonly { range: Spot; block?: Element | null }[],
  figures: readonly number[],
  add: (k: number) => void,
  remove: (k: number) => void,
  /** Boxes drawn where the figures are (the box layer), after each round of add and remove. */
  boxes?: BoxLayer,
): void {
  stopViewport?.();
  stopViewport = null;
  layoutMayHaveMoved = null;
  const blocks: Element[] = [];
  const byBlock = new Map<Element, number[]>();
  const cache = new Map<Element, Element | null>();
  /** Figures in no block: painted outright (and, as boxes, drawn again when the page moves). */
  const loose: number[] = [];
  for (const k of figures) {
    const i = items[k];
    const block = i.block !== undefined ? i.block : blockOf(i.range.startContainer, cache);
    if (!block) {
      add(k);
      loose.push(k);
      continue;
    }
    const list = byBlock.get(block);
    if (list) list.push(k);
    else {
      byBlock.set(block, [k]);
      blocks.push(block);
    }
  }
  const view = doc.defaultView;
  if (!view) {
    for (const list of byBlock.values()) for (const k of list) add(k);
    return;
  }
  // Figures come in document order, so their blocks do (sorting 5,000 blocks by
  // compareDocumentPosition took 300 ms).
  let shown = new Set<Element>();
  /** Where the first and the last block shown stood (box layer): a move of either redraws the boxes. */
  let mark = '';
  const where = () => {
    if (!shown.size) return '';
    const origin = boxes?.origin() ?? { left: 0, top: 0 };
    const first = shown.values().next().value as Element;
    const last = [...shown].pop() as Element;
    const a = first.getBoundingClientRect();
    const b = last.getBoundingClientRect();
    return `${a.left - origin.left},${a.top - origin.top},${b.left - origin.left},${b.top - origin.top},${b.width}`;
  };
  let stopped = false;
  const update = (reflow = false) => {
    if (stopped) return;
    // Boxes: the blocks near the viewport moved against the layer (an inner scroller scrolled,
    // the page moved its text): every box is drawn again.
    if (boxes && !reflow && mark && where() !== mark) reflow = true;
    const h = view.innerHeight || 800;
    const top = -h / 2;
    const bottom = 1.5 * h;
    // The first block whose bottom is below `top` (blocks in normal flow go down the page).
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid].getBoundingClientRect().bottom < top) lo = mid + 1;
      else hi = mid;
    }
    // From a little before it (floats, table cells side by side), every block that is in reach.
    const next = new Set<Element>();
    let misses = 0;
    for (let k = Math.max(0, lo - 8); k < blocks.length && misses < 16; k++) {
      const r = blocks[k].getBoundingClientRect();
      if (r.bottom >= top && r.top <= bottom && (r.width || r.height)) {
        next.add(blocks[k]);
        misses = 0;
      } else if (r.top > bottom) misses++;
    }
    // Boxes are where the page laid the text out: a change of size may have moved them all.
    const again = reflow && !!boxes;
    for (const b of shown) if (again || !next.has(b)) for (const k of byBlock.get(b) ?? []) remove(k);
    for (const b of next) if (again || !shown.has(b)) for (const k of byBlock.get(b) ?? []) add(k);
    if (again)
      for (const k of loose) {
        remove(k);
        add(k);
      }
    shown = next;
    if (boxes) {
      boxes.flush();
      mark = where();
    }
  };
  let queued = false;
  let queuedReflow = false;
  const soon = (reflow = false) => {
    queuedReflow ||= reflow;
    if (queued) return;
    queued = true;
    view.requestAnimationFrame(() => {
      queued = false;
      if (stopped) return;
      const r = queuedReflow;
      queuedReflow = false;
      update(r);
    });
  };
  // The page changed itself (the box layer only): at the next frame, when the browser lays the
  // page out anyway, two block positions say whether the boxes have to follow.
  let checking = false;
  let poll: ReturnType<typeof setInterval> | undefined;
  if (boxes) {
    layoutMayHaveMoved = () => {
      if (checking || queued || stopped) return;
      checking = true;
      view.requestAnimationFrame(() => {
        checking = false;
        if (!stopped && where() !== mark) soon(true);
      });
    };
    // Moves that change no node (a class or a style switched, an image or a font loaded): looked
    // for once a second while the tab is shown.
    poll = setInterval(() => {
      if (!doc.hidden) layoutMayHaveMoved?.();
    }, 1000);
  }
  // The page's window's own (a DOM checks that the signal is of its realm).
  const off = new (view.AbortController ?? AbortController)();
  doc.addEventListener('scroll', () => soon(), { capture: true, passive: true, signal: off.signal });
  view.addEventListener('resize', () => soon(true), { passive: true, signal: off.signal });
  const resized = view.ResizeObserver ? new view.ResizeObserver(() => soon(true)) : null;
  resized?.observe(doc.documentElement);
  stopViewport = () => {
    stopped = true;
    off.abort();
    resized?.disconnect();
    clearInterval(poll);
    layoutMayHaveMoved = null;
  };
  // At the next frame, when the browser lays the page out anyway: reading boxes now would force
  // a layout of the whole page inside this task.
  soon();
}

/** Paint figure and reader highlights; returns what was painted (for hit-testing and clear). */
export function paint(
  doc: Document,
  items: { range: Spot; kind: MetricKind | 'user'; color?: HighlightColor; block?: Element | null }[],
  useApi = hasHighlightApi(),
  /**
   * Thousands of figures on a page that keeps changing itself: paint them as boxes in a layer of
   * our own instead (see {@link BoxLayer}). Only with more than VIEWPORT_PAINT_FROM items.
   */
  asBoxes = false,
): Painted[] {
  ensureStyle(doc);
  if (useApi) {
    const registry = (CSS as unknown as { highlights: Map<string, HighlightSet> }).highlights;
    const H = (globalThis as unknown as { Highlight: new (...r: AbstractRange[]) => HighlightSet }).Highlight;
    const nameOf = (i: (typeof items)[number]) =>
      i.kind === 'user' ? `${USER}-${i.color ?? 'pink'}` : `govlens-${i.kind}`;
    const names = [...KINDS.map((k) => `govlens-${k}`), ...HIGHLIGHT_COLORS.map((c) => `${USER}-${c}`)];
    // One pass over the items, by index (25,000 figures: no object per figure is made here).
    const itemNames = items.map(nameOf);
    const regs: (AbstractRange | undefined)[] = new Array(items.length);
    // What is registered for an item is made when it is first registered (a StaticRange per
    // figure near the viewport, not per figure of the page), and kept.
    const regOf = (k: number) => {
      let r = regs[k];
      if (!r) {
        r = registered(items[k].range);
        regs[k] = r;
      }
      return r;
    };
    const byName = new Map<string, number[]>();
    for (let k = 0; k < items.length; k++) {
      const list = byName.get(itemNames[k]);
      if (list) list.push(k);
      else byName.set(itemNames[k], [k]);
    }
    const many = items.length > VIEWPORT_PAINT_FROM;
    const boxes = many && asBoxes ? new BoxLayer(doc) : null;
    const sets = new Map<string, HighlightSet>();
    for (const name of names) {
      const ks = byName.get(name);
      // Figures drawn as boxes: their highlight sets are not registered at all.
      if (!ks || (boxes && !name.startsWith(USER))) {
        registry.delete(name);
        continue;
      }
      // Thousands of ranges: the browser rebuilds every one on any change to the page (a ticker
      // every 50 ms took the whole core). Then only the ranges near the viewport are registered.
      const set = many ? new H() : new H(...ks.map(regOf));
      registry.set(name, set);
      sets.set(name, set);
    }
    const figures: number[] = [];
    for (let k = 0; k < items.length; k++) if (items[k].kind !== 'user') figures.push(k);
    managed = many ? { sets, figures: figures.length, boxes } : null;
    if (many) {
      // The reader's own highlights (a few) are registered outright; the figures by where they are.
      for (let k = 0; k < items.length; k++) if (items[k].kind === 'user') sets.get(itemNames[k])?.add(regOf(k));
      // `figures` holds no reader highlight: its items' kinds are metric kinds.
      paintNearViewport(
        doc,
        items,
        figures,
        boxes
          ? (k) => boxes.add(k, items[k].range, items[k].kind as MetricKind)
          : (k) => sets.get(itemNames[k])?.add(regOf(k)),
        boxes ? (k) => boxes.remove(k) : (k) => sets.get(itemNames[k])?.delete(regOf(k)),
        boxes ?? undefined,
      );
    }
    return items.map((i) => ({ range: i.range, kind: i.kind, color: i.color, marks: NO_MARKS }));
  }
  // Wrap from last to first so earlier ranges' offsets stay valid.
  const out: Painted[] = items.map((i) => ({ ...i, marks: [] as HTMLElement[] }));
  for (let i = out.length - 1; i >= 0; i--) out[i].marks = wrap(out[i].range, out[i].kind, out[i].color);
  return out;
}

/** Remove every highlight GovLens painted. */
export function clearPaint(doc: Document, painted: Painted[]): void {
  stopViewport?.();
  stopViewport = null;
  managed?.boxes?.dispose();
  managed = null;
  // And a layer an earlier copy of GovLens left (it stands among <html>'s children).
  for (const h of Array.from(doc.documentElement.children)) if (h.getAttribute(UI_ATTR) === 'boxes') h.remove();
  if (hasHighlightApi()) {
    const registry = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
    for (const k of [
      ...KINDS.map((x) => `govlens-${x}`),
      ...HIGHLIGHT_COLORS.map((c) => `${USER}-${c}`),
      'govlens-focus',
    ])
      registry.delete(k);
  }
  for (const p of painted) for (const m of p.marks) unwrap(m);
  for (const m of Array.from(doc.querySelectorAll(`mark[${MARK_ATTR}]`))) unwrap(m as HTMLElement);
}

/**
 * How many figures are painted on the page now, read back from the page rather than remembered:
 * the page can clear CSS.highlights or remove our marks, and the popup must not say otherwise.
 */
export function paintedFigureCount(painted: Painted[]): number {
  if (hasHighlightApi()) {
    const registry = (CSS as unknown as { highlights: Map<string, HighlightSet> }).highlights;
    // Painting near the viewport: every figure is painted while our sets are still registered.
    if (managed) {
      // Boxes: every figure is painted while the layer is on the page.
      if (managed.boxes) return managed.boxes.host.isConnected ? managed.figures : 0;
      const sets = managed.sets;
      const kept = [...sets].filter(
        ([name, set]) => name.startsWith('govlens-') && !name.startsWith(USER) && registry.get(name) === set,
      );
      const ours = [...sets.keys()].filter((name) => !name.startsWith(USER));
      return kept.length === ours.length ? managed.figures : 0;
    }
    let n = 0;
    for (const k of KINDS) n += registry.get(`govlens-${k}`)?.size ?? 0;
    return n;
  }
  // The <mark> fallback: a figure is painted while one of its marks is still in the page.
  return painted.filter((p) => p.kind !== 'user' && p.marks.some((m) => m.isConnected)).length;
}

/** Briefly emphasise one figure or highlight (after "scroll to figure"). */
export function flash(range: Spot): void {
  if (!hasHighlightApi()) return;
  const registry = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
  const H = (globalThis as unknown as { Highlight: new (...r: AbstractRange[]) => unknown }).Highlight;
  registry.set('govlens-focus', new H(registered(range)));
  setTimeout(() => registry.delete('govlens-focus'), 1600);
}

/**
 * The stable hook for tests and other tools, on <html>: data-govlens (report | page),
 * data-govlens-metrics (figures painted) and data-govlens-highlights (the reader's own highlights
 * attached to the page).
 */
export function markDocument(doc: Document, isReport: boolean, highlighted: number, userHighlights = 0): void {
  doc.documentElement.setAttribute('data-govlens', isReport ? 'report' : 'page');
  doc.documentElement.setAttribute('data-govlens-metrics', String(highlighted));
  doc.documentElement.setAttribute('data-govlens-highlights', String(userHighlights));
}

/** Remove the hook attributes (when GovLens is switched off for the page). */
export function unmarkDocument(doc: Document): void {
  doc.documentElement.removeAttribute('data-govlens');
  doc.documentElement.removeAttribute('data-govlens-metrics');
  doc.documentElement.removeAttribute('data-govlens-highlights');
}

let host: HTMLElement | null = null;

/** Random per content-script instance: the host element's name cannot be squatted. */
const HOST_SUFFIX = Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => b.toString(16).padStart(2, '0')).join(
  '',
);

/** The host's box: nothing on the page, whatever the page's stylesheet says. */
const HOST_STYLE = [
  'all:initial',
  'position:fixed',
  'top:0',
  'left:0',
  'width:0',
  'height:0',
  'overflow:visible',
  'display:block',
  'z-index:2147483646',
]
  .map((d) => `${d} !important`)
  .join(';');

/** The closed shadow root of {@link host}: only this script holds it (the page's `host.shadowRoot` is null). */
let shadow: ShadowRoot | null = null;

/**
 * The shadow root that holds all GovLens UI on the page (one fixed, zero-size host element). It is
 * closed: the page cannot reach into it, so a note being typed or the reader's text is GovLens's
 * alone (end-to-end tests reach it through DevTools, as a page cannot).
 */
export function uiRoot(doc: Document): ShadowRoot {
  if (host?.isConnected && host.ownerDocument === doc && shadow) return shadow;
  // A name no page can have defined first (a page's own "govlens-ui" element would run its code
  // in our host); inline !important styles that `* { all: unset !important }` cannot undo; and a
  // place outside <body>, so that a contenteditable body (a CMS editor) never saves our UI.
  host = doc.createElement(`govlens-ui-${HOST_SUFFIX}`);
  host.setAttribute(UI_ATTR, 'host');
  host.setAttribute('style', HOST_STYLE);
  shadow = host.attachShadow({ mode: 'closed' });
  doc.documentElement.appendChild(host);
  return shadow;
}

/** Take GovLens's UI (card, buttons, reader) off the page. */
export function removeUi(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(`[${UI_ATTR}="host"]`))) el.remove();
  host = null;
  shadow = null;
}

/** Scroll the page so that `range` is in view. */
export function scrollToRange(range: Spot): void {
  const el = range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
