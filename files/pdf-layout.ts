/**
 * From positioned text (what a PDF's text layer holds: strings with an origin, a width and a
 * font size) to a document's blocks: headings, paragraphs and tables, in reading order.
 *
 * A PDF has no paragraphs, only glyph runs on lines. This module rebuilds them the way a reader
 * sees the page: lines from runs on one baseline, two columns read left then right, running
 * headers, footers and page numbers taken out (and listed), lines joined into paragraphs without
 * a space between Chinese characters, and rows of separate cells rebuilt into tables. Pure: no PDF
 * library here (files/pdf.ts feeds it), so every rule is unit-tested on constructed pages.
 */

/** One run of text on a page, y measured from the top of the page to the baseline. */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  /** Advance width of the run. */
  w: number;
  /** Font size (the run's height). */
  size: number;
}

/** A straight mark the page paints (a table's border), from the top left. */
export interface Rule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One page's text runs, and the rules it draws. */
export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
  rules?: Rule[];
}

/** A block of the rebuilt document. */
export type FileBlock =
  | { kind: 'h1' | 'h2' | 'p'; text: string }
  | {
      kind: 'table';
      rows: string[][];
      /** [rowspan, colspan] of each cell of `rows`, when the table came from a ruled grid. */
      spans?: [number, number][][];
      /** What could not be rebuilt (merged or wrapped cells of a table without rules). */
      note?: string;
    };

/** Text taken out of the flow, by kind. */
export interface FileRemoved {
  kind: 'running-header' | 'page-number';
  text: string;
}

/** The rebuilt document. */
export interface Layout {
  blocks: FileBlock[];
  removed: FileRemoved[];
  /** Pages whose text was read in two columns. */
  twoColumnPages: number[];
}

interface Seg {
  x0: number;
  x1: number;
  text: string;
}

interface Line {
  page: number;
  y: number;
  size: number;
  x0: number;
  x1: number;
  segs: Seg[];
  /** 0: spans the page; 1: left column; 2: right column. */
  col: 0 | 1 | 2;
  /** The left and right edges of the column the line stands in. */
  left: number;
  right: number;
  /** Set on the one line that stands for a table read from its ruled grid. */
  table?: FileBlock;
}

const ASCII_WORD = /[A-Za-z]/;
const isAsciiWordChar = (c: string | undefined) => c !== undefined && ASCII_WORD.test(c);

/** Join two pieces of one line: a space only between Latin words (never between CJK or digits). */
function joinRun(a: string, b: string, gap: number, size: number): string {
  if (!a) return b;
  const last = a[a.length - 1];
  const first = b[0];
  const wordGap = gap > size * 0.2 && /[A-Za-z0-9]/.test(last) && /[A-Za-z0-9]/.test(first);
  return wordGap && !/\s$/.test(a) && !/^\s/.test(b) ? `${a} ${b}` : a + b;
}

/** Join two lines of one paragraph: Chinese lines have no space between them, Latin ones do. */
export function joinLines(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  const last = a[a.length - 1];
  const first = b[0];
  // A hyphen that breaks a Latin word at the line's end is not part of the word.
  if (/[A-Za-z]-$/.test(a) && /^[a-z]/.test(b)) return a.slice(0, -1) + b;
  return isAsciiWordChar(last) && isAsciiWordChar(first) ? `${a} ${b}` : a + b;
}

/** Group a page's runs into lines (one baseline) and each line into segments (runs with no wide gap). */
function linesOf(page: PdfPage, index: number, runs: PdfItem[] = page.items): Line[] {
  const items = runs.filter((it) => it.str.trim() !== '').sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: PdfItem[][] = [];
  for (const it of items) {
    const row = rows[rows.length - 1];
    const ref = row?.[0];
    if (ref && Math.abs(it.y - ref.y) <= Math.min(it.size, ref.size) * 0.4) row.push(it);
    else rows.push([it]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    const size = Math.max(...row.map((r) => r.size));
    const segs: Seg[] = [];
    for (const it of row) {
      const s = segs[segs.length - 1];
      const gap = s ? it.x - s.x1 : 0;
      // Cells of a table row, or the two columns of a page, stand further apart than words.
      if (s && gap <= size * 0.9) {
        s.text = joinRun(s.text, it.str, gap, size);
        s.x1 = Math.max(s.x1, it.x + it.w);
      } else segs.push({ x0: it.x, x1: it.x + it.w, text: it.str });
    }
    // Justified Chinese text leaves gaps that pdf.js reads as spaces: a space stays only between
    // two Latin words or numbers (Article 5, 2 500 t), never beside a Chinese character.
    for (const s of segs)
      s.text = s.text
        .replace(/\s+/g, ' ')
        .replace(/ (?=[^\x00-\x7f])|(?<=[^\x00-\x7f]) /g, '')
        .trim();
    return {
      page: index,
      y: row[0].y,
      size,
      x0: segs[0].x0,
      x1: segs[segs.length - 1].x1,
      segs,
      col: 0,
      left: 0,
      right: page.width,
    };
  });
}

const lineText = (l: Line) => l.segs.map((s) => s.text).join(' ');

/** A page number as portals print them: 3, - 3 -, —3—, 第3页, 第 3 页 共 10 页, 3/10, Page 3. */
const PAGE_NUMBER =
  /^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;

/** Take out running headers and footers (the same line at the top or bottom of most pages) and page numbers. */
function dropFurniture(pages: Line[][], sizes: PdfPage[]): FileRemoved[] {
  const removed: FileRemoved[] = [];
  const inBand = (l: Line) => {
    const h = sizes[l.page].height;
    return !l.table && (l.y < h * 0.1 || l.y > h * 0.9);
  };
  const key = (l: Line) => lineText(l).replace(/\d+/g, '#').replace(/\s+/g, '');
  const seen = new Map<string, Set<number>>();
  for (const lines of pages)
    for (const l of lines) {
      if (!inBand(l)) continue;
      const k = key(l);
      if (!seen.has(k)) seen.set(k, new Set());
      seen.get(k)?.add(l.page);
    }
  const repeated = (l: Line) => {
    const on = seen.get(key(l))?.size ?? 0;
    return pages.length >= 2 && on >= 2 && on >= pages.length * 0.4;
  };
  const reported = new Set<string>();
  for (let p = 0; p < pages.length; p++) {
    pages[p] = pages[p].filter((l) => {
      if (!inBand(l)) return true;
      const text = lineText(l);
      const kind = PAGE_NUMBER.test(text) ? 'page-number' : repeated(l) ? 'running-header' : null;
      if (!kind) return true;
      // Listed once per distinct line: "第#页" on every page is one thing taken out, not forty.
      const k = `${kind}:${key(l)}`;
      if (!reported.has(k)) {
        reported.add(k);
        removed.push({ kind, text });
      }
      return false;
    });
  }
  return removed;
}

/**
 * Read a two-column page left column first: find a vertical gutter in the middle of the page that
 * body lines do not cross, with full columns of text on both sides (not the narrow cells of a
 * table). Lines that cross it (a title over both columns) stay where they are and end a band.
 */
function readColumns(
  lines: Line[],
  page: PdfPage,
  known: number | null,
): { lines: Line[]; twoColumns: boolean; gutter: number | null } {
  const body = lines.filter((l) => l.segs.some((s) => s.text.length >= 2));
  const fallback = () => {
    const left = Math.min(...lines.map((l) => l.x0));
    const right = Math.max(...lines.map((l) => l.x1));
    for (const l of lines) Object.assign(l, { col: 0, left, right });
    return { lines, twoColumns: false, gutter: null };
  };
  // The last page of a two-column document holds a few lines only: the gutter the other pages
  // have is used when the lines split at it cleanly.
  if (known !== null) {
    const crossing = body.filter((l) => l.segs.some((s) => s.x0 < known - 2 && s.x1 > known + 2)).length;
    const both = lines.filter((l) => l.segs.some((s) => s.x1 <= known) && l.segs.some((s) => s.x0 >= known)).length;
    if (both >= 2 && crossing <= Math.max(1, body.length * 0.1)) return split(lines, known);
  }
  if (body.length < 5) return fallback();
  const bin = 2;
  const bins = Math.ceil(page.width / bin) + 1;
  const cover = new Uint16Array(bins);
  for (const l of body)
    for (const s of l.segs)
      for (let b = Math.max(0, Math.floor(s.x0 / bin)); b <= Math.min(bins - 1, Math.floor(s.x1 / bin)); b++)
        cover[b]++;
  // The widest run of bins in the middle of the page crossed by almost no line.
  const from = Math.floor((page.width * 0.3) / bin);
  const to = Math.ceil((page.width * 0.7) / bin);
  const low = Math.max(1, Math.floor(body.length * 0.08));
  let best = { a: -1, b: -1 };
  for (let b = from; b <= to; b++) {
    if (cover[b] > low) continue;
    let e = b;
    while (e + 1 <= to && cover[e + 1] <= low) e++;
    if (e - b > best.b - best.a) best = { a: b, b: e };
    b = e;
  }
  if (best.a < 0 || (best.b - best.a + 1) * bin < 8) return fallback();
  const gutter = ((best.a + best.b + 1) / 2) * bin;
  const minX = Math.min(...body.map((l) => l.x0));
  const maxX = Math.max(...body.map((l) => l.x1));
  const leftSegs: number[] = [];
  const rightSegs: number[] = [];
  for (const l of body)
    for (const s of l.segs) {
      if (s.x1 <= gutter) leftSegs.push(s.x1 - s.x0);
      else if (s.x0 >= gutter) rightSegs.push(s.x1 - s.x0);
    }
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0;
  // Columns of running text fill their width; a table's cells do not.
  const full =
    leftSegs.length >= 5 &&
    rightSegs.length >= 5 &&
    median(leftSegs) >= (gutter - minX) * 0.6 &&
    median(rightSegs) >= (maxX - gutter) * 0.6;
  if (!full) return fallback();
  return split(lines, gutter);
}

/** Read the lines in two columns split at `gutter`, left column first within each band. */
function split(lines: Line[], gutter: number): { lines: Line[]; twoColumns: boolean; gutter: number } {
  const minX = Math.min(...lines.map((l) => l.x0));
  const maxX = Math.max(...lines.map((l) => l.x1));
  const out: Line[] = [];
  let band: Line[] = [];
  const flush = () => {
    out.push(...band.filter((l) => l.col === 1), ...band.filter((l) => l.col === 2));
    band = [];
  };
  for (const l of lines) {
    const crossing = l.segs.some((s) => s.x0 < gutter && s.x1 > gutter);
    if (crossing) {
      flush();
      out.push(Object.assign(l, { col: 0 as const, left: minX, right: maxX }));
      continue;
    }
    const leftPart = l.segs.filter((s) => s.x1 <= gutter);
    const rightPart = l.segs.filter((s) => s.x0 >= gutter);
    for (const [segs, col] of [
      [leftPart, 1],
      [rightPart, 2],
    ] as const) {
      if (!segs.length) continue;
      band.push({
        ...l,
        segs,
        x0: segs[0].x0,
        x1: segs[segs.length - 1].x1,
        col,
        left: col === 1 ? minX : gutter,
        right: col === 1 ? gutter : maxX,
      });
    }
  }
  flush();
  // Each column's right edge is where its lines end, not the gutter.
  for (const col of [1, 2] as const) {
    const ls = out.filter((l) => l.col === col);
    const right = Math.max(...ls.map((l) => l.x1));
    const left = Math.min(...ls.map((l) => l.x0));
    for (const l of ls) Object.assign(l, { left, right });
  }
  return { lines: out, twoColumns: true, gutter };
}

/** Rebuild the document from its pages' text runs. */
export function layoutPdf(pages: readonly PdfPage[]): Layout {
  const perPage = pages.map((p, i) => pageLines(p, i));
  const removed = dropFurniture(perPage, [...pages]);
  const twoColumnPages: number[] = [];
  const lines: Line[] = [];
  let gutter: number | null = null;
  perPage.forEach((ls, i) => {
    if (!ls.length) return;
    const r = readColumns(ls, pages[i], gutter);
    if (r.twoColumns) twoColumnPages.push(i + 1);
    gutter = r.gutter ?? gutter;
    lines.push(...r.lines);
  });
  if (!lines.length) return { blocks: [], removed, twoColumnPages };

  // The body size: the size most characters are set in.
  const chars = new Map<number, number>();
  for (const l of lines) {
    const s = Math.round(l.size * 2) / 2;
    chars.set(s, (chars.get(s) ?? 0) + lineText(l).length);
  }
  const body = [...chars.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const largest = Math.max(...lines.map((l) => l.size));

  const blocks: FileBlock[] = [];
  let para: { text: string; last: Line } | null = null;
  let heading: { size: number; text: string; last: Line } | null = null;
  let table: Line[] = [];
  const flushPara = () => {
    if (para) blocks.push({ kind: 'p', text: para.text });
    para = null;
  };
  const flushHeading = () => {
    if (heading) {
      const h1 = heading.size >= largest - 0.5 && !blocks.some((b) => b.kind === 'h1');
      blocks.push({ kind: h1 ? 'h1' : 'h2', text: heading.text });
    }
    heading = null;
  };
  const flushTable = () => {
    if (table.length >= 2) blocks.push(buildTable(table));
    else if (table.length === 1) {
      // One row of separate pieces is a line with wide gaps, not a table.
      const l = table[0];
      blocks.push({ kind: 'p', text: lineText(l) });
    }
    table = [];
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.table) {
      flushTable();
      flushPara();
      flushHeading();
      blocks.push(l.table);
      continue;
    }
    const text = lineText(l);
    const isHeading = l.size >= body * 1.15;
    const isRow = l.segs.length >= 2 && !isHeading;
    if (isRow) {
      flushPara();
      flushHeading();
      table.push(l);
      continue;
    }
    flushTable();
    if (isHeading) {
      flushPara();
      const h = heading as { size: number; text: string; last: Line } | null;
      if (h && Math.abs(h.size - l.size) < 0.5 && l.page === h.last.page && l.y - h.last.y <= l.size * 2) {
        h.text = joinLines(h.text, text);
        h.last = l;
      } else {
        flushHeading();
        heading = { size: l.size, text, last: l };
      }
      continue;
    }
    flushHeading();
    const p = para as { text: string; last: Line } | null;
    if (p && continues(p.last, l)) {
      p.text = joinLines(p.text, text);
      p.last = l;
    } else {
      flushPara();
      para = { text, last: l };
    }
  }
  flushTable();
  flushHeading();
  flushPara();
  return { blocks, removed, twoColumnPages };
}

/**
 * Whether `next` goes on the paragraph that `prev` ended: the previous line ran to the column's
 * edge (a short line ends a paragraph), the next starts without an indent, in the same type.
 */
function continues(prev: Line, next: Line): boolean {
  if (Math.abs(prev.size - next.size) >= 0.5) return false;
  const full = prev.x1 >= prev.right - prev.size * 1.5;
  if (!full) return false;
  const indented = next.x0 > next.left + next.size * 1.2;
  if (indented) return false;
  const sameFlow = prev.page === next.page && prev.col === next.col;
  // Down the same column, at most a line and a half apart; or on to the next column or page.
  return sameFlow ? next.y - prev.y > 0 && next.y - prev.y <= prev.size * 2.2 : true;
}

/** Rows of separate cells to a table: columns where the cells start, each piece to its column. */
function buildTable(rows: Line[]): FileBlock {
  const size = Math.max(...rows.map((r) => r.size));
  const starts = rows.flatMap((r) => r.segs.map((s) => s.x0)).sort((a, b) => a - b);
  const cols: number[] = [];
  for (const x of starts) if (!cols.length || x - cols[cols.length - 1] > size) cols.push(x);
  const grid = rows.map((r) => {
    const cells = new Array<string>(cols.length).fill('');
    for (const s of r.segs) {
      let c = 0;
      while (c + 1 < cols.length && cols[c + 1] <= s.x0 + size * 0.5) c++;
      cells[c] = cells[c] ? `${cells[c]} ${s.text}` : s.text;
    }
    return cells;
  });
  const ragged = grid.some((row) => row.filter(Boolean).length < cols.length);
  return {
    kind: 'table',
    rows: grid,
    ...(ragged ? { note: 'merged or empty cells are not recovered from a PDF: such cells are left blank' } : {}),
  };
}

/**
 * A page's lines, with each table that is drawn as a ruled grid read from its grid (one line
 * standing for the table, at its top) and the rest of the text in lines.
 */
function pageLines(page: PdfPage, index: number): Line[] {
  const grids = gridsOf(page.rules ?? []);
  if (!grids.length) return linesOf(page, index);
  const inGrid = new Map<PdfItem, Grid>();
  for (const it of page.items) {
    const cx = it.x + it.w / 2;
    const cy = it.y - it.size / 3;
    const g = grids.find(
      (q) => cx > q.xs[0] && cx < q.xs[q.xs.length - 1] && cy > q.ys[0] && cy < q.ys[q.ys.length - 1],
    );
    if (g) inGrid.set(it, g);
  }
  const lines = linesOf(
    page,
    index,
    page.items.filter((it) => !inGrid.has(it)),
  );
  for (const g of grids) {
    const runs = page.items.filter((it) => inGrid.get(it) === g);
    if (!runs.length) continue;
    const block = gridTable(g, runs, page, index);
    if (!block) {
      // A ruled box with one cell (a framed note), or rules that are no table: plain text.
      lines.push(...linesOf(page, index, runs));
      continue;
    }
    const x0 = g.xs[0];
    const x1 = g.xs[g.xs.length - 1];
    lines.push({
      page: index,
      y: g.ys[0],
      size: Math.max(...runs.map((r) => r.size)),
      x0,
      x1,
      segs: [{ x0, x1, text: '' }],
      col: 0,
      left: 0,
      right: page.width,
      table: block,
    });
  }
  return lines.sort((a, b) => a.y - b.y || a.x0 - b.x0);
}

/** A ruled grid: its row and column boundaries and which inner boundaries are drawn where. */
interface Grid {
  ys: number[];
  xs: number[];
  h: Rule[];
  v: Rule[];
}

/** Values within `tol` of each other, as one (their mean), sorted. */
function cluster(values: number[], tol: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1] <= tol) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

/** The tables a page draws: rules that touch one another, at least two each way. */
export function gridsOf(rules: readonly Rule[], tol = 2): Grid[] {
  if (rules.length < 4 || rules.length > 20_000) return [];
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const order = rules.map((_, i) => i).sort((a, b) => rules[a].x0 - rules[b].x0);
  // Touching rules (sweep over x): a grid's lines meet at its corners and crossings.
  for (let a = 0; a < order.length; a++) {
    const r = rules[order[a]];
    for (let b = a + 1; b < order.length; b++) {
      const q = rules[order[b]];
      if (q.x0 > r.x1 + tol) break;
      if (q.y0 <= r.y1 + tol && q.y1 >= r.y0 - tol) parent[find(order[a])] = find(order[b]);
    }
  }
  const groups = new Map<number, Rule[]>();
  rules.forEach((r, i) => {
    const k = find(i);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)?.push(r);
  });
  const grids: Grid[] = [];
  for (const g of groups.values()) {
    const h = g.filter((r) => r.y1 - r.y0 <= 2.5);
    const v = g.filter((r) => r.x1 - r.x0 <= 2.5);
    const ys = cluster(
      h.map((r) => (r.y0 + r.y1) / 2),
      tol,
    );
    const xs = cluster(
      v.map((r) => (r.x0 + r.x1) / 2),
      tol,
    );
    if (ys.length >= 2 && xs.length >= 2) grids.push({ ys, xs, h, v });
  }
  return grids;
}

/** The grid's cells (merged where a border is not drawn) with the text inside each. */
function gridTable(g: Grid, runs: PdfItem[], page: PdfPage, index: number): FileBlock | null {
  const R = g.ys.length - 1;
  const C = g.xs.length - 1;
  if (R * C < 2) return null;
  const tol = 2;
  const mid = (a: number[], i: number) => (a[i] + a[i + 1]) / 2;
  // A border between two cells is drawn when a rule runs along it through the middle of the cells.
  const vDrawn = (x: number, y: number) =>
    g.v.some((r) => Math.abs((r.x0 + r.x1) / 2 - x) <= tol && r.y0 - tol <= y && r.y1 + tol >= y);
  const hDrawn = (y: number, x: number) =>
    g.h.some((r) => Math.abs((r.y0 + r.y1) / 2 - y) <= tol && r.x0 - tol <= x && r.x1 + tol >= x);
  const parent = Array.from({ length: R * C }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  for (let r = 0; r < R; r++)
    for (let c = 0; c < C; c++) {
      if (c + 1 < C && !vDrawn(g.xs[c + 1], mid(g.ys, r))) parent[find(r * C + c)] = find(r * C + c + 1);
      if (r + 1 < R && !hDrawn(g.ys[r + 1], mid(g.xs, c))) parent[find(r * C + c)] = find((r + 1) * C + c);
    }
  // Each merged cell as the rectangle of grid cells it covers.
  const box = new Map<number, { r0: number; c0: number; r1: number; c1: number; runs: PdfItem[] }>();
  for (let r = 0; r < R; r++)
    for (let c = 0; c < C; c++) {
      const k = find(r * C + c);
      const b = box.get(k);
      if (!b) box.set(k, { r0: r, c0: c, r1: r, c1: c, runs: [] });
      else
        Object.assign(b, {
          r0: Math.min(b.r0, r),
          c0: Math.min(b.c0, c),
          r1: Math.max(b.r1, r),
          c1: Math.max(b.c1, c),
        });
    }
  if (box.size < 2) return null;
  const bandOf = (a: number[], v: number) => {
    let i = 0;
    while (i + 2 < a.length && v > a[i + 1]) i++;
    return i;
  };
  for (const it of runs) {
    const r = bandOf(g.ys, it.y - it.size / 3);
    const c = bandOf(g.xs, it.x + it.w / 2);
    box.get(find(r * C + c))?.runs.push(it);
  }
  const rows: string[][] = Array.from({ length: R }, () => []);
  const spans: [number, number][][] = Array.from({ length: R }, () => []);
  const cells = [...box.values()].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  for (const cell of cells) {
    const text = linesOf(page, index, cell.runs)
      .map(lineText)
      .reduce((acc, t) => joinLines(acc, t), '');
    rows[cell.r0].push(text);
    spans[cell.r0].push([cell.r1 - cell.r0 + 1, cell.c1 - cell.c0 + 1]);
  }
  const kept = rows.map((r, i) => ({ r, s: spans[i] })).filter((x) => x.r.length);
  return { kind: 'table', rows: kept.map((x) => x.r), spans: kept.map((x) => x.s) };
}
