/**
 * The one module that changes the live page. Figures are painted with the CSS Custom Highlight
 * API where the browser has it (no DOM change at all), else wrapped in <mark> elements that are
 * unwrapped again on clear. Our UI lives in one shadow-DOM host so no CSS leaks either way.
 * Everything here is reversible.
 */
import type { MetricKind } from '../../core/types';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../messaging/protocol';

/** Attribute on GovLens's own elements, so that readers of the page can skip them. */
export const UI_ATTR = 'data-govlens-ui';
const MARK_ATTR = 'data-govlens-mark';
const KINDS: MetricKind[] = ['count', 'money', 'percent', 'duration', 'other'];
const USER = 'govlens-user';

/** Colours by kind: light enough to read through, distinct for the five kinds. */
export const KIND_COLORS: Record<MetricKind, string> = {
  count: 'rgba(255, 214, 10, 0.45)',
  money: 'rgba(52, 199, 89, 0.35)',
  percent: 'rgba(10, 132, 255, 0.30)',
  duration: 'rgba(191, 90, 242, 0.30)',
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

const hasHighlightApi = (): boolean =>
  typeof CSS !== 'undefined' &&
  'highlights' in CSS &&
  typeof (globalThis as { Highlight?: unknown }).Highlight === 'function';

let styleEl: HTMLStyleElement | null = null;

function ensureStyle(doc: Document): void {
  if (styleEl?.isConnected) return;
  styleEl = doc.createElement('style');
  styleEl.setAttribute(UI_ATTR, 'style');
  // `* { all: unset !important }` would show a <style> element's text; an inline !important wins.
  styleEl.setAttribute('style', 'display:none !important');
  styleEl.textContent = [
    ...KINDS.map((k) => `::highlight(govlens-${k}){background-color:${KIND_COLORS[k]};}`),
    ...KINDS.map((k) => `mark[${MARK_ATTR}="${k}"]{background-color:${KIND_COLORS[k]};color:inherit;padding:0;}`),
    ...HIGHLIGHT_COLORS.flatMap((c) => [
      `::highlight(${USER}-${c}){background-color:rgba(${USER_COLORS[c]},.22);text-decoration:underline 2px rgb(${USER_COLORS[c]});}`,
      `mark[${MARK_ATTR}="user"][data-govlens-color="${c}"]{background-color:rgba(${USER_COLORS[c]},.22);color:inherit;text-decoration:underline 2px rgb(${USER_COLORS[c]});}`,
    ]),
    `::highlight(govlens-focus){background-color:rgba(255,59,48,.45);}`,
  ].join('\n');
  (doc.head ?? doc.documentElement).appendChild(styleEl);
}

/** A painted figure: its range and, in the fallback, its <mark> elements. */
export interface Painted {
  range: Range;
  kind: MetricKind | 'user';
  /** A reader highlight's colour (pink when none was chosen). */
  color?: HighlightColor;
  marks: HTMLElement[];
}

/** Wrap each text-node piece of `range` in a <mark> (fallback when there is no Highlight API). */
function wrap(range: Range, kind: string, color?: HighlightColor): HTMLElement[] {
  const doc = range.startContainer.ownerDocument as Document;
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

/** The Highlight objects of CSS.highlights (a set of ranges). */
interface HighlightSet {
  add(r: Range): void;
  delete(r: Range): boolean;
  size: number;
}

/** From this many ranges on, only those near the viewport are registered (see {@link paint}). */
export const VIEWPORT_PAINT_FROM = 300;

/** The viewport painting in force: our highlight sets and how many figures they stand for. */
let managed: { sets: Map<string, HighlightSet>; figures: number } | null = null;
let viewportObserver: IntersectionObserver | null = null;

/**
 * Register each range while its block is within two screens of the viewport, and take it out
 * when it leaves: the browser repaints a few hundred ranges on a change, not thousands.
 */
function paintNearViewport<T extends { range: Range }>(
  doc: Document,
  items: T[],
  setOf: (i: T) => HighlightSet | undefined,
): void {
  viewportObserver?.disconnect();
  const byBlock = new Map<Element, T[]>();
  for (const i of items) {
    const node = i.range.startContainer;
    const block = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(
      'p,li,td,th,dd,dt,h1,h2,h3,h4,h5,h6,div,section,article',
    );
    if (!block) {
      setOf(i)?.add(i.range);
      continue;
    }
    if (!byBlock.has(block)) byBlock.set(block, []);
    byBlock.get(block)?.push(i);
  }
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view?.IntersectionObserver) {
    for (const list of byBlock.values()) for (const i of list) setOf(i)?.add(i.range);
    return;
  }
  viewportObserver = new view.IntersectionObserver(
    (entries) => {
      for (const e of entries)
        for (const i of byBlock.get(e.target) ?? []) {
          if (e.isIntersecting) setOf(i)?.add(i.range);
          else setOf(i)?.delete(i.range);
        }
    },
    { rootMargin: '200% 0px' },
  );
  for (const block of byBlock.keys()) viewportObserver.observe(block);
}

/** Paint figure and reader highlights; returns what was painted (for hit-testing and clear). */
export function paint(
  doc: Document,
  items: { range: Range; kind: MetricKind | 'user'; color?: HighlightColor }[],
  useApi = hasHighlightApi(),
): Painted[] {
  ensureStyle(doc);
  if (useApi) {
    const registry = (CSS as unknown as { highlights: Map<string, HighlightSet> }).highlights;
    const H = (globalThis as unknown as { Highlight: new (...r: Range[]) => HighlightSet }).Highlight;
    const nameOf = (i: (typeof items)[number]) =>
      i.kind === 'user' ? `${USER}-${i.color ?? 'pink'}` : `govlens-${i.kind}`;
    const names = [...KINDS.map((k) => `govlens-${k}`), ...HIGHLIGHT_COLORS.map((c) => `${USER}-${c}`)];
    const sets = new Map<string, HighlightSet>();
    for (const name of names) {
      const ranges = items.filter((i) => nameOf(i) === name).map((i) => i.range);
      if (!ranges.length) {
        registry.delete(name);
        continue;
      }
      // Thousands of ranges: the browser repaints every one on any change to the page (a ticker
      // every 50 ms took the whole core). Then only the ranges near the viewport are registered.
      const set = items.length > VIEWPORT_PAINT_FROM ? new H() : new H(...ranges);
      registry.set(name, set);
      sets.set(name, set);
    }
    managed =
      items.length > VIEWPORT_PAINT_FROM ? { sets, figures: items.filter((i) => i.kind !== 'user').length } : null;
    if (managed) paintNearViewport(doc, items, (i) => sets.get(nameOf(i)));
    return items.map((i) => ({ ...i, marks: [] }));
  }
  // Wrap from last to first so earlier ranges' offsets stay valid.
  const out: Painted[] = items.map((i) => ({ ...i, marks: [] as HTMLElement[] }));
  for (let i = out.length - 1; i >= 0; i--) out[i].marks = wrap(out[i].range, out[i].kind, out[i].color);
  return out;
}

/** Remove every highlight GovLens painted. */
export function clearPaint(doc: Document, painted: Painted[]): void {
  viewportObserver?.disconnect();
  viewportObserver = null;
  managed = null;
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

/** Briefly emphasise one range (after "scroll to figure"). */
export function flash(range: Range): void {
  if (!hasHighlightApi()) return;
  const registry = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
  const H = (globalThis as unknown as { Highlight: new (...r: Range[]) => unknown }).Highlight;
  registry.set('govlens-focus', new H(range));
  setTimeout(() => registry.delete('govlens-focus'), 1600);
}

/** The stable hook for tests and other tools: data-govlens and data-govlens-metrics on <html>. */
export function markDocument(doc: Document, isReport: boolean, highlighted: number): void {
  doc.documentElement.setAttribute('data-govlens', isReport ? 'report' : 'page');
  doc.documentElement.setAttribute('data-govlens-metrics', String(highlighted));
}

/** Remove the hook attributes (when GovLens is switched off for the page). */
export function unmarkDocument(doc: Document): void {
  doc.documentElement.removeAttribute('data-govlens');
  doc.documentElement.removeAttribute('data-govlens-metrics');
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
export function scrollToRange(range: Range): void {
  const el = range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
