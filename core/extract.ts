/**
 * Main-content extraction: finds the article root, walks it in reading order into paragraphs,
 * headings and tables, and lists every piece of boilerplate it leaves out, inside the root and
 * around it. The document is only read, never changed.
 */
import { kindByAttr, kindByText, removedEntry, removedFor } from './boilerplate';
import { findRoot } from './find-root';
import { collapse, isBlock, lines, SKIP_TAGS, squash, textWithBreaks } from './text';
import type { Block, Extraction, Removed } from './types';

/** Options for {@link extract}. */
export interface ExtractOptions {
  /** The document's title; a leading block equal to it is not repeated in the text. */
  title?: string | null;
}

interface Draft {
  type: Block['type'];
  text: string;
  rows?: string[][];
  spans?: [number, number][][];
  level?: number;
}

/**
 * A table used for layout (it holds the page, other tables, headings or long text) rather than
 * data. Word-pasted data tables put a <p class=MsoNormal> in every cell: paragraphs alone do not
 * make a layout table.
 */
function isLayoutTable(table: Element): boolean {
  const cells = Array.from(table.querySelectorAll('td, th'));
  if (cells.length <= 2) return true;
  if (table.querySelector('table, h1, h2, h3, h4, ul, ol')) return true;
  for (const cell of cells) if ((cell.textContent ?? '').length > 200) return true;
  // Cells holding several paragraphs of prose lay out a page; a data cell holds one short item.
  let prose = 0;
  for (const cell of cells)
    if (cell.querySelectorAll('p, div').length > 2 && collapse(cell.textContent ?? '').length > 60) prose++;
  if (prose > 0) return true;
  const rows = Array.from(table.querySelectorAll('tr'));
  return rows.every((r) => r.querySelectorAll('td, th').length <= 1);
}

/** Span attribute as a number in [1, max] (portals write rowspan="", "0" and "2 "). */
function spanOf(cell: Element, name: string, max: number): number {
  const n = Number.parseInt(cell.getAttribute(name) ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

function tableRows(table: Element): { rows: string[][]; spans: [number, number][][] } {
  const rows: string[][] = [];
  const spans: [number, number][][] = [];
  for (const tr of Array.from(table.querySelectorAll('tr'))) {
    if (tr.closest('table') !== table) continue;
    const cells = Array.from(tr.children).filter((c) => /^(TD|TH)$/i.test(c.tagName));
    const texts = cells.map((c) => collapse(textWithBreaks(c)));
    // Empty rows are kept (a cell above may span into them): the grid stays aligned.
    if (!cells.length) continue;
    rows.push(texts);
    spans.push(cells.map((c) => [spanOf(c, 'rowspan', 1000), spanOf(c, 'colspan', 100)]));
  }
  return { rows, spans };
}

class Walker {
  readonly drafts: Draft[] = [];
  readonly removed: Removed[] = [];
  private buffer: string[] = [];
  /** Whether the body proper has started (before it, article-info lines are chrome). */
  private started = false;

  private pushLine(line: string): void {
    const kind = kindByText(line, !this.started);
    if (kind) {
      this.removed.push(removedEntry(kind, line));
      return;
    }
    this.drafts.push({ type: 'p', text: line });
    if (line.length > 40) this.started = true;
  }

  private flush(): void {
    if (!this.buffer.length) return;
    const text = this.buffer.join('');
    this.buffer = [];
    for (const line of lines(text)) this.pushLine(line);
  }

  /**
   * The report's own images and charts under `el` (never the chrome's: those go with it), listed
   * as removed with their alt text or file name: the clean text has no images, and nothing is
   * dropped silently. Spacers (1×1 pixels) are not images.
   */
  private images(el: Element): void {
    const all = el.tagName.toUpperCase() === 'IMG' ? [el] : Array.from(el.getElementsByTagName('img'));
    for (const img of all) {
      const w = Number(img.getAttribute('width'));
      const h = Number(img.getAttribute('height'));
      if ((w > 0 && w <= 2) || (h > 0 && h <= 2)) continue;
      const src = img.getAttribute('src') ?? '';
      let name = '';
      if (!src.startsWith('data:')) {
        const file = src.split(/[?#]/)[0].split('/').pop() ?? '';
        try {
          name = decodeURIComponent(file);
        } catch {
          name = file;
        }
      }
      const label = collapse(img.getAttribute('alt') || img.getAttribute('title') || '') || name;
      this.removed.push(removedEntry('image', label || 'image'));
    }
  }

  walk(container: Element): void {
    for (let c = container.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        this.buffer.push(c.nodeValue ?? '');
        continue;
      }
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) continue;
      if (tag === 'BR') {
        this.buffer.push('\n');
        continue;
      }
      const attrKind = kindByAttr(el);
      if (attrKind) {
        this.flush();
        if (collapse(el.textContent ?? '')) this.removed.push(...removedFor(el, attrKind));
        continue;
      }
      if (!isBlock(el) && !el.querySelector('p, div, table, h1, h2, h3, h4, h5, h6, ul, ol, li')) {
        this.images(el);
        const text = textWithBreaks(el);
        // A date of its own after a title (a list's <a>…</a><span>2026-01-16</span>) is not glued to it.
        const last = this.buffer[this.buffer.length - 1] ?? '';
        if (DATE_ALONE.test(text) && /\S$/.test(last)) this.buffer.push(' ');
        this.buffer.push(text);
        continue;
      }
      this.flush();
      this.block(el, tag);
    }
    this.flush();
  }

  private block(el: Element, tag: string): void {
    const raw = el.textContent ?? '';
    if (!/[^\s\u00a0\u3000]/.test(raw)) {
      // A paragraph that is only a chart.
      this.images(el);
      return;
    }
    // Only short blocks can be a boilerplate line; long ones are never collapsed twice.
    if (raw.length <= 600) {
      const whole = collapse(raw);
      const textKind = whole.length <= 300 ? kindByText(whole, !this.started) : null;
      if (textKind) {
        this.removed.push(removedEntry(textKind, whole));
        return;
      }
    }
    if (/^H[1-6]$/.test(tag)) {
      this.images(el);
      this.drafts.push({ type: 'h', text: collapse(textWithBreaks(el).replace(/\n/g, '')), level: Number(tag[1]) });
      return;
    }
    if (tag === 'TABLE' && !isLayoutTable(el)) {
      this.images(el);
      const { rows, spans } = tableRows(el);
      if (!rows.length) return;
      // <caption>单位：万元</caption> says what the table is or counts in: a line before it.
      const caption = Array.from(el.children).find((c) => c.tagName === 'CAPTION');
      const captionText = caption ? collapse(caption.textContent ?? '') : '';
      if (captionText) this.drafts.push({ type: 'p', text: captionText });
      this.drafts.push({ type: 'table', text: rows.map((r) => r.join('\t')).join('\n'), rows, spans });
      return;
    }
    this.walk(el);
  }
}

/** An element that holds a date and nothing else (2026-01-16, 2025/3/8). */
const DATE_ALONE = /^\s*[[(（]?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[\])）]?\s*$/;

/** Boilerplate around the root, for the `removed` list: top-most matches only. */
function chromeAround(doc: Document, root: Element | null): Removed[] {
  const out: Removed[] = [];
  const body = doc.body;
  if (!body) return out;
  // The root's ancestors, looked up in a set: contains() per level was quadratic in the depth.
  const holdsRoot = new Set<Element>();
  for (let a = root?.parentElement; a; a = a.parentElement) holdsRoot.add(a);
  // Depth first in document order with a stack of next siblings, not recursion: a page nested
  // tens of thousands deep must not run out of stack.
  const stack: (Element | null)[] = [body.firstElementChild];
  while (stack.length) {
    const c = stack[stack.length - 1];
    if (!c) {
      stack.pop();
      continue;
    }
    stack[stack.length - 1] = c.nextElementSibling;
    if (c === root) continue;
    if (SKIP_TAGS.has(c.tagName.toUpperCase())) continue;
    if (holdsRoot.has(c)) {
      stack.push(c.firstElementChild);
      continue;
    }
    const kind = kindByAttr(c);
    if (kind) out.push(...removedFor(c, kind));
    else if (Array.from(c.children).some(isBlock)) stack.push(c.firstElementChild);
    else out.push(...removedFor(c, null));
  }
  return out;
}

/** Extract the main content of `doc` without modifying it. */
export function extract(doc: Document, options: ExtractOptions = {}): Extraction {
  const { root, via } = findRoot(doc);
  const walker = new Walker();
  if (root) walker.walk(root);
  const drafts = walker.drafts;
  const removed = [...chromeAround(doc, root), ...walker.removed];

  // The title repeated at the top of the body is shown once, as the title.
  const title = options.title ? squash(options.title) : '';
  if (title) {
    for (let i = 0; i < Math.min(3, drafts.length); i++) {
      if (squash(drafts[i].text) === title) {
        removed.push(removedEntry('title', drafts[i].text));
        drafts.splice(i, 1);
        break;
      }
    }
  }

  const blocks: Block[] = [];
  let offset = 0;
  for (const d of drafts) {
    blocks.push({ ...d, start: offset });
    offset += d.text.length + 1;
  }
  const text = blocks.map((b) => b.text).join('\n');
  return { root, via, blocks, text, removed };
}
