/**
 * The content script's state: runs the core on the live document, anchors figures and reader
 * highlights to the page, and answers the popup. Page changes go through highlight.ts only.
 */

import { saveMessage, t } from '../../components/i18n';
import { analyze, readAnalysisFigures } from '../../core/analyze';
import {
  buildTextIndex,
  indexPosition,
  liveRange,
  locate,
  rangeFor,
  type Spot,
  spotFor,
  spotHolds,
  squashWithMap,
  type TextIndex,
  textIndexSteps,
} from '../../core/anchor';
import { toContract } from '../../core/contract';
import { contentHash } from '../../core/hash';
import { findMetrics } from '../../core/metrics';
import { adoptRemote, type RemoteAnalysis } from '../../core/remote';
import { blocksToHtml } from '../../core/render';
import { describe, resolve } from '../../core/selectors';
import { runSliced, runSync, type Steps } from '../../core/steps';
import type { Analysis } from '../../core/types';
import type { ClipPayload, PageStatus, SaveResult, UserHighlight } from '../../messaging/protocol';
import { type AnnotationItem, renderAnnotations } from './annotations';
import { caretAt, hideCard, rangeHit, showCard, showNoteCard, uiBox } from './card';
import {
  blockOf,
  pageChanged as boxesMayHaveMoved,
  clearPaint,
  flash,
  hasHighlightApi,
  markDocument,
  type Painted,
  paint,
  paintedFigureCount,
  removeUi,
  scrollToRange,
  UI_ATTR,
  uiRoot,
  unmarkDocument,
  VIEWPORT_PAINT_FROM,
} from './highlight';
import { openReader, type ReaderHighlight } from './reader';
import { hideSelectionButtons, showSelectionButtons } from './selection';
import { UI_CSS } from './ui-style';

/** Storage access the controller needs (the background, in the extension; fakes in tests). */
export interface Backend {
  listHighlights(url: string): Promise<UserHighlight[]>;
  putHighlight(h: UserHighlight): Promise<unknown>;
  deleteHighlight(id: string): Promise<unknown>;
  /** Save a clip of this page (its payload made here, as the popup's save makes it). */
  saveClip(payload: ClipPayload): Promise<SaveResult>;
  /** Open the library, at a clip when one is given. */
  openLibrary(clipId?: string): Promise<unknown>;
  /** Read a page's markup away from the page (core/remote.ts); absent in tests that read in place. */
  analyzeMarkup?(html: string, url: string): Promise<RemoteAnalysis>;
}

/**
 * From this many elements on, a page is read away from its main thread (an extension document
 * parses its markup and runs the core) and anchored in slices: a 50,000-node report read in place
 * held the page for a third of a second at a time.
 */
export const READ_ELSEWHERE_FROM = 5000;
/** Markup larger than this is read in place (a message has its limits). */
const MAX_MARKUP = 32 * 1024 * 1024;

const skipOwn = (el: Element) => el.hasAttribute(UI_ATTR) || el.tagName === 'GOVLENS-UI';

/** Where the figures are on the page, by figure index. */
interface Anchored {
  /** Where each figure is: spots, not live Ranges (see core/anchor.ts {@link Spot}). */
  spots: (Spot | null)[];
  /** The block each figure is painted with near the viewport (highlight.ts {@link blockOf}). */
  blocks: (Element | null)[];
  /** The figures (their indices) that each text node holds part of: hover looks one node up. */
  at: Map<Node, number[]>;
}

/** {@link Anchored} for an analysis, in steps. */
function* anchorSteps(a: Analysis, index: TextIndex | null, clean: { text: string; map: Int32Array }): Steps<Anchored> {
  const at = new Map<Node, number[]>();
  const blocks: (Element | null)[] = [];
  if (!index) return { spots: a.metrics.map(() => null), blocks, at };
  const spots: (Spot | null)[] = [];
  const blockCache = new Map<Element, Element | null>();
  let from = 0;
  for (let i = 0; i < a.metrics.length; i++) {
    if ((i & 255) === 255) yield;
    const m = a.metrics[i];
    const hit = locate(clean, index, m.start, m.end, from);
    if (!hit) {
      spots.push(null);
      blocks.push(null);
      continue;
    }
    from = hit[1];
    for (let n = index.node[hit[0]]; n <= index.node[hit[1] - 1]; n++) {
      const node = index.nodes[n];
      const list = at.get(node);
      if (list) list.push(i);
      else at.set(node, [i]);
    }
    const spot = spotFor(index, hit[0], hit[1]);
    spots.push(spot);
    // The block the viewport painting registers it with, found here, in the sliced steps.
    blocks.push(blockOf(spot.startContainer, blockCache));
  }
  return { spots, blocks, at };
}

/** One page's GovLens state. */
export class Controller {
  analysis: Analysis | null = null;
  private index: TextIndex | null = null;
  private clean: { text: string; map: Int32Array } = { text: '', map: new Int32Array(0) };
  private figures: Anchored = { spots: [], blocks: [], at: new Map() };
  private painted: Painted[] = [];
  private user: { h: UserHighlight; range: Range | null }[] = [];
  private highlightsOn = true;
  private reader: HTMLElement | null = null;
  private hash = '';
  private lastLength = 0;

  constructor(
    private readonly doc: Document,
    private readonly backend: Backend,
    /** Highlight even when the page is not a report (the user asked for it). */
    private readonly forced = false,
  ) {}

  /** The page URL without its fragment. */
  get url(): string {
    return this.doc.location?.href.split('#')[0] ?? '';
  }

  /** Read the page and paint; safe to call again when the page changed. */
  async run(): Promise<void> {
    const big = !!this.backend.analyzeMarkup && this.doc.getElementsByTagName('*').length >= READ_ELSEWHERE_FROM;
    // A big page is read elsewhere and anchored in slices; otherwise values and spans first,
    // painted at once, and what each figure says read in idle time right after (or sooner, when
    // the card, the reader or the popup asks for it).
    const a = (big && (await this.readElsewhere())) || analyze(this.doc, { url: this.url, readFigures: false });
    const steps = big ? <T>(s: Steps<T>) => runSliced(s) : <T>(s: Steps<T>) => Promise.resolve(runSync(s));
    const root = a.root ?? this.doc.body;
    const index = root ? await steps(textIndexSteps(root, skipOwn)) : null;
    const clean = squashWithMap(a.text);
    const figures = await steps(anchorSteps(a, index, clean));
    this.analysis = a;
    this.hash = contentHash(a.text);
    this.lastLength = this.doc.body?.textContent?.length ?? 0;
    this.index = index;
    this.clean = clean;
    this.figures = figures;
    try {
      const stored = await this.backend.listHighlights(this.url);
      this.user = stored.map((h) => ({ h, range: this.anchorUser(h) }));
    } catch {
      this.user = [];
    }
    this.repaint();
    this.drawAnnotations();
    if (a.figuresRead) return;
    const idle = (this.doc.defaultView as (Window & { requestIdleCallback?: Window['requestIdleCallback'] }) | null)
      ?.requestIdleCallback;
    const readLater = () => {
      if (this.analysis === a) readAnalysisFigures(a);
    };
    if (idle) idle.call(this.doc.defaultView, readLater, { timeout: 500 });
    else setTimeout(readLater, 0);
  }

  /** The page read by an extension document from its markup; null when that cannot be used. */
  private async readElsewhere(): Promise<Analysis | null> {
    const html = this.doc.documentElement.outerHTML;
    if (html.length > MAX_MARKUP || !this.backend.analyzeMarkup) return null;
    try {
      const remote = await this.backend.analyzeMarkup(html, this.url);
      return remote ? adoptRemote(this.doc, remote) : null;
    } catch (e) {
      console.debug('GovLens reads this page in place', e);
      return null;
    }
  }

  /** The analysis with what each figure says (read now if idle time has not come yet). */
  private get read(): Analysis | null {
    return this.analysis ? readAnalysisFigures(this.analysis) : null;
  }

  private anchorUser(h: UserHighlight): Range | null {
    if (!this.analysis || !this.index) return null;
    const span = resolve(this.analysis.text, h.selectors);
    if (!span) return null;
    const hit = locate(this.clean, this.index, span.start, span.end, 0);
    return hit ? rangeFor(this.doc, this.index, hit[0], hit[1]) : null;
  }

  /** Whether figures are painted on this page (reports, or any page the user asked about). */
  private get paintsFigures(): boolean {
    return !!this.analysis && (this.analysis.isReport || this.forced) && this.highlightsOn;
  }

  private repaint(): void {
    clearPaint(this.doc, this.painted);
    const items: Pick<Painted, 'range' | 'kind' | 'color' | 'block'>[] = [];
    if (this.paintsFigures && this.analysis) {
      this.figures.spots.forEach((r, i) => {
        if (r && this.analysis)
          items.push({ range: r, kind: this.analysis.metrics[i].kind, block: this.figures.blocks[i] });
      });
    }
    const figures = items.length;
    if (this.highlightsOn)
      for (const u of this.user) if (u.range) items.push({ range: u.range, kind: 'user', color: u.h.color });
    this.painted = paint(this.doc, items, undefined, this.asBoxes);
    if (this.painted.some((p) => p.marks.length)) {
      // <mark> wrapping split text nodes: rebuild the index and ranges over the new nodes.
      this.reindexAfterWrap();
    }
    markDocument(this.doc, !!this.analysis?.isReport, figures, this.user.filter((u) => u.range).length);
  }

  private reindexAfterWrap(): void {
    const root = this.analysis?.root ?? this.doc.body;
    if (!this.analysis || !root) return;
    this.index = buildTextIndex(root, skipOwn);
    this.figures = runSync(anchorSteps(this.analysis, this.index, this.clean));
    this.painted.forEach((p, i) => {
      const spot = this.figures.spots[i];
      if (spot) p.range = spot;
    });
  }

  /** A short notice on the page (the outcome of a shortcut or menu save), gone after a while. */
  notice(text: string, error: boolean, clipId?: string): boolean {
    const box = uiBox(this.ui(), 'notice', { role: 'status', 'aria-live': 'polite' });
    box.textContent = text;
    box.classList.toggle('error', error);
    if (clipId) {
      // A saved clip: one click to it in the library.
      const open = this.doc.createElement('button');
      open.type = 'button';
      open.className = 'notice-action';
      open.textContent = t('openInLibrary');
      open.addEventListener('click', () => {
        box.hidden = true;
        this.backend.openLibrary(clipId).catch(() => this.notice(t('openLibraryFailed'), true));
      });
      box.append(open);
    }
    box.hidden = false;
    clearTimeout(this.noticeTimer);
    // Long enough to reach its button; kept while the pointer or the keyboard is on it.
    const hide = () => {
      clearTimeout(this.noticeTimer);
      this.noticeTimer = setTimeout(
        () => {
          if (box.matches(':hover, :focus-within')) hide();
          else box.hidden = true;
        },
        clipId ? 8000 : 4000,
      );
    };
    hide();
    return true;
  }

  /**
   * Save the selected passage (or `selected`, a passage of the reader view) as a clip, as the
   * selection buttons' Save does, and say how it went.
   */
  async saveSelection(selected?: string): Promise<SaveResult> {
    const payload = this.clip(true, selected);
    if (!payload) {
      this.notice(t('selectFirst'), true);
      return { ok: false, error: 'no-page', message: t('selectFirst') };
    }
    let r: SaveResult;
    try {
      r = await this.backend.saveClip(payload);
    } catch (e) {
      r = { ok: false, error: 'storage', message: (e as Error).message };
    }
    this.notice(saveMessage(r), !r.ok, r.ok ? r.clipId : undefined);
    return r;
  }

  private noticeTimer: ReturnType<typeof setTimeout> | undefined;

  /** The status the popup shows. */
  status(): PageStatus {
    const a = this.read;
    return {
      url: this.url,
      contentType: this.doc.contentType,
      analysed: !!a,
      isReport: !!a?.isReport,
      kind: a?.kind ?? 'other',
      isGovernment: !!a?.detection.isGovernment,
      score: a?.detection.score ?? 0,
      reasons: a?.detection.reasons ?? [],
      title: a?.title ?? null,
      metadata: a?.metadata ?? {
        agency: null,
        siteName: null,
        siteCode: null,
        publishedAt: null,
        reportYear: null,
        source: null,
      },
      metricCount: a?.metrics.length ?? 0,
      highlighted: this.paintsFigures ? paintedFigureCount(this.painted) : 0,
      removedCount: a?.removed.length ?? 0,
      highlightsOn: this.highlightsOn,
      readerOpen: !!this.reader?.isConnected,
      contentHash: this.hash,
      userHighlights: this.user.length,
      orphaned: this.user.filter((u) => !u.range).length,
    };
  }

  /** The figure the keyboard is on (focusFigure), -1 before the first. */
  private focused = -1;

  /**
   * Keyboard reading: move to the next or previous figure that is on the page, scroll it to the
   * middle, emphasise it and show its card (announced: the card is a live region then).
   */
  focusFigure(delta: number): PageStatus {
    const a = this.read;
    if (!a || !this.paintsFigures) return this.status();
    const n = this.figures.spots.length;
    let i = this.focused;
    for (let step = 0; step < n; step++) {
      i = (((i + delta) % n) + n) % n;
      if (this.figures.spots[i]) break;
    }
    const spot = this.figures.spots[i];
    if (!spot) return this.status();
    this.focused = i;
    (spot.startContainer.parentElement as HTMLElement | null)?.scrollIntoView({ block: 'center' });
    flash(spot);
    const rect = liveRange(this.doc, spot)?.getBoundingClientRect();
    const root = this.ui();
    showCard(root, a.metrics[i], rect?.left ?? 16, rect?.bottom ?? 16, t('figureOf', i + 1, n));
    return this.status();
  }

  /** Turn figure highlights on or off. */
  setHighlights(on: boolean): PageStatus {
    this.highlightsOn = on;
    this.repaint();
    return this.status();
  }

  private annotationsOpen = false;

  /** Open or close the page's list of highlights and notes. */
  setAnnotations(open: boolean): PageStatus {
    this.annotationsOpen = open;
    this.drawAnnotations();
    if (open) (this.ui().querySelector('.annots .x') as HTMLElement | null)?.focus();
    return this.status();
  }

  /** The reader's highlights in reading order (where they attach), the orphans after them. */
  private annotationItems(): AnnotationItem[] {
    const at = (u: { h: UserHighlight; range: Range | null }) =>
      u.h.selectors.find((x) => x.type === 'TextPositionSelector')?.start ?? Number.MAX_SAFE_INTEGER;
    const ordered = [...this.user].sort((a, b) => {
      if (a.range && b.range) {
        try {
          return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
        } catch {
          return at(a) - at(b);
        }
      }
      return a.range ? -1 : b.range ? 1 : at(a) - at(b);
    });
    return ordered.map((u) => ({
      id: u.h.id,
      quote: u.h.selectors[0].exact,
      note: u.h.note,
      color: u.h.color ?? 'pink',
      attached: !!u.range,
    }));
  }

  /** Draw the panel (or its pill) again from the highlights as they are now. */
  private drawAnnotations(): void {
    // No highlights and nothing drawn yet: the page gets no UI host for nothing.
    if (!this.analysis || (!this.user.length && !this.doc.querySelector(`[${UI_ATTR}="host"]`))) return;
    renderAnnotations(this.ui(), this.annotationItems(), this.annotationsOpen, {
      open: () => this.setAnnotations(true),
      close: () => this.setAnnotations(false),
      jump: (id) => {
        const r = this.user.find((u) => u.h.id === id)?.range;
        if (r) {
          scrollToRange(r);
          flash(r);
        }
      },
      setNote: (id, note) => this.editHighlight(id, { note }),
      setColor: (id, color) => this.editHighlight(id, { color }),
      remove: (id) => this.removeHighlight(id),
    });
  }

  /** Change a highlight's note or colour: painted, listed and stored. */
  async editHighlight(id: string, changes: Partial<Pick<UserHighlight, 'note' | 'color'>>): Promise<void> {
    const u = this.user.find((x) => x.h.id === id);
    if (!u) return;
    u.h = { ...u.h, ...changes, updatedAt: new Date().toISOString() };
    if (changes.color) this.repaint();
    this.drawAnnotations();
    await this.backend.putHighlight(u.h);
  }

  /** Delete a highlight: off the page, off the list, out of storage. */
  async removeHighlight(id: string): Promise<void> {
    this.user = this.user.filter((x) => x.h.id !== id);
    this.repaint();
    this.drawAnnotations();
    await this.backend.deleteHighlight(id);
  }

  /** Open or close the reader view. */
  setReader(open: boolean): PageStatus {
    if (!open || !this.analysis) {
      this.reader?.remove();
      this.reader = null;
      return this.status();
    }
    if (this.reader?.isConnected) return this.status();
    const root = this.ui();
    // The page's figure card belongs to the page: it would float over the reader.
    hideCard(root);
    const a = readAnalysisFigures(this.analysis);
    const highlights: ReaderHighlight[] = this.user.map((u) => ({
      id: u.h.id,
      quote: u.h.selectors[0].exact,
      note: u.h.note,
      color: u.h.color ?? 'pink',
      span: u.range ? resolve(a.text, u.h.selectors) : null,
    }));
    const main = () => this.reader?.querySelector('.doc') as HTMLElement | null;
    this.reader = openReader(
      root,
      a,
      {
        close: () => this.setReader(false),
        goToFigure: (i) => {
          this.setReader(false);
          const r = this.figures.spots[i];
          if (r) {
            scrollToRange(r);
            flash(r);
          }
        },
        highlight: async (start, end, note) => {
          const made = await this.highlightText(start, end, note);
          // Shown again with the new highlight, where the reader was.
          const top = main()?.scrollTop ?? 0;
          this.setReader(false);
          this.setReader(true);
          const m = main();
          if (m) m.scrollTop = top;
          return !!made;
        },
        save: async (start, end) => (await this.saveSelection(a.text.slice(start, end))).ok,
        setNote: (id, note) => {
          this.editHighlight(id, { note });
        },
        remove: (id) => {
          this.removeHighlight(id);
        },
      },
      highlights,
    );
    return this.status();
  }

  private ui(): ShadowRoot {
    const root = uiRoot(this.doc);
    if (!root.querySelector('style')) {
      const style = this.doc.createElement('style');
      style.textContent = UI_CSS;
      root.append(style);
    }
    return root;
  }

  /** The clip payload of the page (or of the current selection). */
  clip(selectionOnly: boolean, selected?: string): ClipPayload | null {
    const a = this.read;
    if (!a) return null;
    const canonical = this.doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    let canonicalUrl = this.url;
    try {
      if (canonical) canonicalUrl = new URL(canonical, this.url).href;
    } catch {
      // keep the page URL
    }
    const base = {
      canonicalUrl,
      title: a.title,
      kind: a.kind,
      isReport: a.isReport,
      metadata: a.metadata,
      removed: a.removed,
      highlights: this.user.map((u) => u.h),
    };
    if (selectionOnly) {
      const sel = (selected ?? this.doc.getSelection()?.toString() ?? '').trim();
      if (!sel) return null;
      const metrics = findMetrics(sel).map((m) => toContract({ ...a, metrics: [m] }).metrics[0]);
      const paragraphs = sel
        .split(/\n+/)
        .map((p) => p.trim())
        .filter(Boolean);
      return {
        ...base,
        url: `${this.url}#govlens-selection-${contentHash(sel)}`,
        text: sel,
        html: blocksToHtml(paragraphs.map((text) => ({ type: 'p' as const, text, start: 0 }))),
        metrics,
        contentHash: contentHash(sel),
        selection: sel,
        highlights: [],
      };
    }
    return {
      ...base,
      url: this.url,
      text: a.text,
      html: blocksToHtml(a.blocks),
      metrics: toContract(a).metrics,
      disclosure: a.disclosure,
      contentHash: this.hash,
    };
  }

  /** Turn the current selection into a reader highlight. */
  async highlightSelection(note: string, selected?: Range): Promise<UserHighlight | null> {
    const sel = this.doc.getSelection();
    // The Note box takes the focus, and with it the page's selection: the range is kept from the
    // moment the buttons were offered.
    const range = selected ?? (sel && !sel.isCollapsed ? sel.getRangeAt(0) : null);
    if (!range || range.collapsed || !this.analysis || !this.index) return null;
    const s = indexPosition(this.index, range.startContainer, range.startOffset);
    const e = indexPosition(this.index, range.endContainer, range.endOffset);
    if (s < 0 || e <= s) return null;
    const needle = this.index.text.slice(s, e);
    const pre = this.index.text.slice(Math.max(0, s - 12), s);
    let at = this.clean.text.indexOf(pre + needle);
    at = at >= 0 ? at + pre.length : this.clean.text.indexOf(needle);
    if (at < 0) return null;
    const start = this.clean.map[at];
    const end = this.clean.map[at + needle.length - 1] + 1;
    sel?.removeAllRanges();
    return this.highlightText(start, end, note);
  }

  /** A reader highlight over [start, end) of the clean text: painted, listed and stored. */
  async highlightText(start: number, end: number, note: string): Promise<UserHighlight | null> {
    if (!this.analysis || end <= start) return null;
    const h: UserHighlight = {
      id: globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`,
      url: this.url,
      selectors: describe(this.analysis.text, start, end),
      note,
      createdAt: new Date().toISOString(),
    };
    this.user.push({ h, range: this.anchorUser(h) });
    this.repaint();
    this.drawAnnotations();
    await this.backend.putHighlight(h);
    return h;
  }

  /** Pointer and selection listeners: the figure card and the highlight buttons. */
  listen(signal: AbortSignal): void {
    let pending = false;
    this.doc.addEventListener(
      'mousemove',
      (ev) => {
        if (pending || (!this.painted.length && !this.user.length)) return;
        pending = true;
        requestAnimationFrame(() => {
          pending = false;
          this.hover(ev.clientX, ev.clientY);
        });
      },
      { signal, passive: true },
    );
    this.doc.addEventListener(
      'mouseup',
      (ev) => {
        if ((ev.target as Element | null)?.closest?.('[data-govlens-ui]')) return;
        setTimeout(() => this.offerHighlight(), 0);
      },
      { signal },
    );
    // Escape puts away a card reached by keyboard (and one left by the pointer).
    this.doc.addEventListener(
      'keydown',
      (ev) => {
        if (ev.key === 'Escape' && this.focused >= 0) {
          hideCard(this.ui());
          this.focused = -1;
        }
      },
      { signal },
    );
  }

  private hover(x: number, y: number): void {
    const a = this.analysis;
    if (!a) return;
    const caret = caretAt(this.doc, x, y);
    const root = this.ui();
    if (caret) {
      // The reader's own notes first: a note on a highlight is what they came back for.
      for (const u of this.user) {
        if (!u.h.note || !u.range) continue;
        try {
          if (u.range.isPointInRange(caret.node, caret.offset) && rangeHit(u.range, x, y)) {
            showNoteCard(root, u.h.note, x, y);
            return;
          }
        } catch {
          // another fragment
        }
      }
      // The figures in the text node under the pointer, not every figure of the page.
      for (const i of this.paintsFigures ? (this.figures.at.get(caret.node) ?? []) : []) {
        const spot = this.figures.spots[i];
        if (!spot || !spotHolds(spot, caret.node, caret.offset)) continue;
        const r = liveRange(this.doc, spot);
        if (r && rangeHit(r, x, y)) {
          showCard(root, readAnalysisFigures(a).metrics[i], x, y);
          return;
        }
      }
    }
    hideCard(root);
  }

  /** Offer the highlight buttons for the current selection (or hide them when there is none). */
  async offerHighlight(): Promise<void> {
    const sel = this.doc.getSelection();
    const root = this.ui();
    if (!sel || sel.isCollapsed || !sel.toString().trim()) {
      hideSelectionButtons(root);
      return;
    }
    const range = sel.getRangeAt(0).cloneRange();
    const text = sel.toString();
    const choice = await showSelectionButtons(root, range.getBoundingClientRect());
    if (!choice) return;
    // Done with the selection: the mouseup that follows the button's press finds none, and the
    // buttons do not come back over it.
    sel.removeAllRanges();
    if ('save' in choice) {
      await this.saveSelection(text);
      return;
    }
    const h = await this.highlightSelection(choice.note, range);
    if (!h) this.notice(t('highlightFailed'), true);
  }

  /**
   * Leave the page as it was: highlights, UI and the <html> hooks removed. For a copy of GovLens
   * that is being replaced (injected again) or whose extension was reloaded or removed.
   */
  dispose(): void {
    clearPaint(this.doc, this.painted);
    this.painted = [];
    this.reader = null;
    removeUi(this.doc);
    unmarkDocument(this.doc);
  }

  /** The seconds (since the page's start) in which the page changed itself lately. */
  private changeSeconds: number[] = [];
  /** Figures drawn as boxes (highlight.ts BoxLayer): a page of many figures that keeps changing. */
  private asBoxes = false;

  /**
   * The page changed itself (the watcher calls this for every change that is not ours). A page
   * that paints more than VIEWPORT_PAINT_FROM figures and has changed in each of four seconds in
   * a row (a clock, a ticker; not a page that loads its widgets in a burst) has its figures drawn
   * as boxes from then on: with highlights, the browser re-validates every registered range on
   * each change.
   */
  pageChanged(now = performance.now()): void {
    boxesMayHaveMoved();
    if (this.asBoxes || !this.paintsFigures || !hasHighlightApi()) return;
    const second = Math.floor(now / 1000);
    const seen = this.changeSeconds;
    if (seen[seen.length - 1] === second) return;
    seen.push(second);
    if (seen.length > 4) seen.shift();
    if (seen.length < 4 || seen[3] - seen[0] !== 3) return;
    // As many figures as the painting counts (those anchored on the page).
    let anchored = 0;
    for (const spot of this.figures.spots) if (spot) anchored++;
    if (anchored <= VIEWPORT_PAINT_FROM) return;
    this.asBoxes = true;
    this.changeSeconds = [];
    this.repaint();
  }

  /** Re-run when the page's text grew or shrank noticeably (late-loaded content). */
  changedEnough(): boolean {
    const now = this.doc.body?.textContent?.length ?? 0;
    return Math.abs(now - this.lastLength) > Math.max(200, this.lastLength * 0.05);
  }
}
