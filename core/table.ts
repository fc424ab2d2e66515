/**
 * Tables as data. A table block of the clean text (rows of cells, with each cell's rowspan and
 * colspan) becomes a grid with spans expanded; its header rows, header columns, unit column and
 * row-number column are found by what their cells hold; and every number under a header becomes a
 * figure whose label is the row header, then the column header (行政许可·本年处理决定数量), with the
 * unit of its header, unit column or caption. Pure over the blocks: no DOM.
 */

import { findMetrics } from './metrics';
import {
  BASE_HEADER,
  BLANK_CELL,
  CELL_CHANGE,
  CELL_DOWN,
  CELL_HEDGE_TAIL,
  CELL_PREFIX,
  CHANGE_HEADER,
  COUNT_WORDS,
  GENERIC_HEADS,
  HEAD_NUMBERING,
  INDEX_COLUMN,
  NUMBER_CELL,
  PERIOD_COLUMN,
  SHARE_HEADER,
  TARGET_HEADER,
  UNIT_COLUMN,
  UNIT_IN_PARENS,
  UNIT_LINE,
} from './rules/tables';
import { foldWidth } from './text';
import type { Block, Metric } from './types';

/** One cell of the source table, where it sits in the grid and in the clean text. */
export interface GridCell {
  text: string;
  /** Top-left slot of the cell in the expanded grid. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** Offset of the cell's text in the clean text. */
  start: number;
}

/** A body cell under the headers: a number, or a blank (`/`, `—`, empty) that is `null`. */
export interface DataCell {
  row: number;
  col: number;
  text: string;
  /** The number as written (sign kept), or null for a blank. */
  value: number | null;
  /** Row headers, outermost first, as written (三、本年度办理结果 → （三）不予公开 → 1.属于国家秘密). */
  rowPath: string[];
  /** Column headers, outermost first, as written (申请人情况 → 法人或其他组织 → 商业企业). */
  colPath: string[];
  start: number;
}

/** One data table of the page. */
export interface TableModel {
  /** Index among the page's data tables, in reading order (the contract's `table.index`). */
  index: number;
  /** Index of its block in the extraction's blocks. */
  block: number;
  width: number;
  height: number;
  grid: (GridCell | null)[][];
  /** Columns that name the rows (before the first column of numbers). */
  headerCols: number;
  /** The unit column (计量单位), or -1. */
  unitCol: number;
  /** Text just before the table (its heading or caption), for the table's subject and unit. */
  caption: string;
  /** The unit that the caption or a unit row gives for the whole table (单位：万元), or null. */
  unit: string | null;
  /** Texts of the full-width rows (section titles such as 第二十条第（一）项, 单位：万元). */
  sections: string[];
  cells: DataCell[];
  /** Whether the table went on from the one before it (a table split across two <table>s). */
  continued: boolean;
}

type Kind = 'num' | 'blank' | 'empty' | 'text';

/** What a cell holds. A cell whose only content is one figure with its unit (86件, 12.5%) is a number too. */
function kindOf(text: string): Kind {
  const t = foldWidth(text).replace(/\s+/g, '');
  if (!t) return 'empty';
  if (BLANK_CELL.test(t)) return 'blank';
  // (With or without a hedge after the number: 6, 6左右.)
  if (NUMBER_CELL.test(t.replace(CELL_HEDGE_TAIL, ''))) return 'num';
  if (t.length <= 16 && /\d/.test(t)) {
    const prefix = CELL_PREFIX.exec(t)?.[0].length ?? 0;
    const found = findMetrics(t, { context: false });
    if (found.length === 1 && found[0].start <= Math.max(prefix, 1) && found[0].end === t.length) return 'num';
  }
  return 'text';
}

const isYear = (t: string) => /^(?:19|20)\d{2}(?:年|年度)?$/.test(t.replace(/\s+/g, ''));

/** A header as a label part: numbering, notes in brackets, quotes and spaces removed. */
export function cleanHead(s: string): string {
  let t = s.replace(/\s+/g, '');
  for (let guard = 0; guard < 3 && HEAD_NUMBERING.test(t); guard++) t = t.replace(HEAD_NUMBERING, '');
  t = t
    .replace(/[（(][^（）()]*[)）]/g, '')
    .replace(/[“”"‘’'「」]/g, '')
    .replace(/[:：]$/, '');
  return t;
}

/** The label part of a header path: its last header, after its parent when the last one is generic. */
function pathLabel(path: string[], leafOnly = false): string {
  const parts = path.map(cleanHead).filter(Boolean);
  if (!parts.length) return '';
  const leaf = parts[parts.length - 1];
  // Beside a row header, a column is named by its own header (予以公开·其他, 总计·总计): the
  // groups above it (申请人情况, 法人或其他组织) are the table's, not the figure's.
  if (leafOnly) return leaf;
  if ((GENERIC_HEADS.has(leaf) || leaf.length <= 1) && parts.length > 1) return `${parts[parts.length - 2]}·${leaf}`;
  return leaf;
}

/** The unit a header states: （万元）, （单位：万元）, 件数 → 件. Null when it states none. */
export function unitOfHeader(text: string): string | null {
  const t = foldWidth(text).replace(/\s+/g, '');
  UNIT_IN_PARENS.lastIndex = 0;
  let last: string | null = null;
  for (let m = UNIT_IN_PARENS.exec(t); m; m = UNIT_IN_PARENS.exec(t)) if (isUnit(m[1])) last = m[1];
  if (last) return last;
  const line = UNIT_LINE.exec(t);
  if (line && isUnit(line[1])) return line[1];
  const bare = t.replace(/[（(][^（）()]*[)）]/g, '');
  for (const [re, unit] of COUNT_WORDS) if (re.test(bare)) return unit;
  return null;
}

const unitCache = new Map<string, boolean>();
/** Whether the scanner reads `1<u>` as one figure with a unit (万元, %, 千公顷, 件). */
function isUnit(u: string): boolean {
  let ok = unitCache.get(u);
  if (ok === undefined) {
    const probe = `1${u}`;
    const found = findMetrics(probe, { context: false });
    ok = found.length === 1 && found[0].end === probe.length;
    unitCache.set(u, ok);
  }
  return ok;
}

/** Expand a table block into a grid: every slot points at the cell that covers it. */
function gridOf(block: Block): { grid: (GridCell | null)[][]; width: number } {
  const rows = block.rows ?? [];
  const grid: (GridCell | null)[][] = rows.map(() => []);
  let width = 0;
  let offset = block.start;
  for (let r = 0; r < rows.length; r++) {
    let c = 0;
    let at = offset;
    for (let j = 0; j < rows[r].length; j++) {
      while (grid[r][c]) c++;
      const [rs, cs] = block.spans?.[r]?.[j] ?? [1, 1];
      const cell: GridCell = { text: rows[r][j], row: r, col: c, rowSpan: rs, colSpan: cs, start: at };
      for (let dr = 0; dr < rs && r + dr < rows.length; dr++)
        for (let dc = 0; dc < cs; dc++) grid[r + dr][c + dc] = cell;
      c += cs;
      width = Math.max(width, c);
      at += rows[r][j].length + 1;
    }
    offset += rows[r].join('\t').length + 1;
  }
  for (const row of grid) for (let c = 0; c < width; c++) row[c] ??= null;
  return { grid, width };
}

/** Read one table block as data; null for a table without headers and numbers. */
export function readTable(
  block: Block,
  blockIndex: number,
  caption: string,
  before: TableModel | null,
): TableModel | null {
  if (block.type !== 'table' || !block.rows?.length) return null;
  const { grid, width } = gridOf(block);
  const height = grid.length;
  if (width < 2) return null;
  const kinds: Kind[][] = grid.map((row, r) =>
    row.map((cell) => (cell && cell.row === r ? kindOf(cell.text) : cell ? 'text' : 'empty')),
  );
  // A first row of bare years is a header (指标 | 2023 | 2024).
  if (kinds[0]) kinds[0] = kinds[0].map((k, c) => (k === 'num' && isYear(grid[0][c]?.text ?? '') ? 'text' : k));
  const blankRows = new Set<number>();
  const isData = (r: number) => blankRows.has(r) || kinds[r].some((k) => k === 'num' || k === 'blank');
  const firstData = kinds.findIndex((_, r) => isData(r));
  if (firstData < 0) return null;

  // Column roles, from the header rows above the first data row (or those of the table before).
  const topHead = (c: number): string =>
    grid
      .slice(0, firstData)
      .map((row) => row[c]?.text ?? '')
      .filter(Boolean)
      .pop() ?? '';
  let unitCol = -1;
  const special = new Set<number>();
  for (let c = 0; c < width; c++) {
    const h = cleanHead(topHead(c));
    if (UNIT_COLUMN.test(h)) {
      unitCol = c;
      special.add(c);
    } else if (INDEX_COLUMN.test(h) || PERIOD_COLUMN.test(h)) special.add(c);
  }
  // A first column of 1, 2, 3 … is row numbers; a column of years names the rows.
  const col0 = grid
    .map((row, r) => (isData(r) && row[0]?.row === r ? (row[0]?.text ?? '') : null))
    .filter((t) => t !== null) as string[];
  if (col0.length >= 2 && col0.every((t, i) => t.replace(/\s/g, '') === String(i + 1))) special.add(0);
  if (col0.length >= 2 && col0.every((t) => isYear(t))) special.add(0);
  for (const c of special)
    for (let r = 0; r < height; r++) if (kinds[r][c] === 'num' || kinds[r][c] === 'blank') kinds[r][c] = 'text';

  let headerCols = width;
  for (let r = 0; r < height; r++) {
    if (!isData(r)) continue;
    const c = kinds[r].findIndex((k) => k === 'num' || k === 'blank');
    if (c >= 0) headerCols = Math.min(headerCols, c);
  }
  if (headerCols >= width) return null;
  // A body row that names itself but leaves every number cell empty (属于国家秘密 with seven
  // empty cells) is a row of blanks, not a header: null in the data, never dropped.
  for (let r = firstData + 1; r < height; r++) {
    if (isData(r)) continue;
    const named = kinds[r].slice(0, headerCols).some((k, c) => k === 'text' && grid[r][c]?.row === r);
    const empty = grid[r]
      .slice(headerCols)
      .every((cell, i) => !cell || (cell.row === r && kinds[r][headerCols + i] === 'empty'));
    if (named && empty) blankRows.add(r);
  }

  // A table that starts with numbers goes on from the table before it, when their widths agree.
  // Aligned on the right: a continued table may lack the row-header column that spanned the break.
  const shift = before ? before.width - width : 0;
  const continued =
    firstData === 0 &&
    !!before &&
    shift >= 0 &&
    shift <= 2 &&
    before.block >= blockIndex - 2 &&
    before.cells.length > 0;

  const unitRow = grid
    .slice(0, firstData)
    .map((row) => (row[0] && row[0].colSpan >= width ? row[0].text : ''))
    .find((t) => UNIT_LINE.test(t));
  const captionUnit = (unitRow && unitOfHeader(unitRow)) || (UNIT_LINE.test(caption) ? unitOfHeader(caption) : null);

  const headRow = (r: number) => !isData(r) && kinds[r].some((k) => k === 'text');
  const fullWidth = (cell: GridCell | null) => !!cell && cell.col === 0 && cell.colSpan >= width;
  /** Column headers over (r, c): the nearest run of header rows above, full-width section rows left out. */
  const colPath = (r: number, c: number): string[] => {
    let i = r - 1;
    while (i >= 0) {
      while (i >= 0 && !headRow(i)) i--;
      const run: number[] = [];
      while (i >= 0 && (headRow(i) || kinds[i].every((k) => k === 'empty'))) run.unshift(i--);
      const path: string[] = [];
      let last: GridCell | null = null;
      for (const h of run) {
        const cell = grid[h][c];
        if (!cell || cell === last || fullWidth(cell) || !cell.text || special.has(cell.col)) continue;
        last = cell;
        path.push(cell.text);
      }
      if (path.length) return path;
    }
    if (continued && before) return before.cells.find((d) => d.col === c + shift)?.colPath ?? [];
    return [];
  };

  // Full-width rows inside the table (第二十条第（八）项): what the rows under them are about.
  const sections = grid.filter((row, r) => row[0]?.row === r && fullWidth(row[0])).map((row) => row[0]?.text ?? '');
  const cells: DataCell[] = [];
  let carried: (GridCell | null)[] = [];
  let carriedPath: string[] = continued && before ? (before.cells[before.cells.length - 1]?.rowPath ?? []) : [];
  for (let r = 0; r < height; r++) {
    if (!isData(r)) continue;
    const rowPath: string[] = [];
    let last: GridCell | null = null;
    const heads: (GridCell | null)[] = [];
    for (let c = 0; c < headerCols; c++) heads.push(special.has(c) && c !== 0 ? null : grid[r][c]);
    // Slots a split or ragged table leaves empty take the row header above them.
    const missing = heads.every((h) => !h);
    for (let c = 0; c < headerCols; c++) {
      let cell = heads[c];
      if (!cell && carried[c]) cell = carried[c];
      if (!cell || cell === last || !cell.text || c === unitCol) continue;
      if (special.has(cell.col) && !isYear(cell.text)) continue;
      last = cell;
      rowPath.push(cell.text);
    }
    const path = missing && !rowPath.length ? carriedPath : rowPath;
    carried = heads.map((h, c) => h ?? carried[c] ?? null);
    carriedPath = path;
    for (let c = headerCols; c < width; c++) {
      const cell = grid[r][c];
      if (!cell || cell.row !== r || cell.col !== c || special.has(c)) continue;
      const k = kinds[r][c];
      if (k !== 'num' && k !== 'blank' && k !== 'empty') continue;
      const m = NUMBER_CELL.exec(foldWidth(cell.text).replace(/\s+/g, '').replace(CELL_HEDGE_TAIL, ''));
      const value = m ? Number(`${m[1] && m[1] !== '+' && m[1] !== '＋' ? '-' : ''}${m[2].replace(/,/g, '')}`) : null;
      cells.push({
        row: r,
        col: c,
        text: cell.text,
        value: k === 'num' ? (value ?? Number.NaN) : null,
        rowPath: path,
        colPath: colPath(r, c),
        start: cell.start,
      });
    }
  }
  return {
    index: -1,
    block: blockIndex,
    width,
    height,
    grid,
    headerCols,
    unitCol,
    caption,
    unit: captionUnit,
    sections,
    cells,
    continued,
  };
}

/** Read every data table of the page, in reading order; `index` counts data tables only. */
export function readTables(blocks: readonly Block[]): TableModel[] {
  const out: TableModel[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].type !== 'table') continue;
    let caption = '';
    for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
      const b = blocks[j];
      if (b.type === 'table') break;
      if (b.text.length <= 80) caption = caption ? `${b.text} ${caption}` : b.text;
      else break;
    }
    const model = readTable(blocks[i], i, caption, out[out.length - 1] ?? null);
    if (model) {
      model.index = out.length;
      out.push(model);
    }
  }
  return out;
}

/** The table's cells as figures, per spec/metrics.md "Figures in tables". */
export function tableFigures(
  tables: readonly TableModel[],
  text: string,
  options: { standardUnit?: (t: TableModel) => string | null } = {},
): Metric[] {
  const out: Metric[] = [];
  for (const t of tables) {
    const fallback = t.unit ?? options.standardUnit?.(t) ?? null;
    for (const d of t.cells) {
      if (d.value === null) continue;
      const raw = d.text.trim();
      const rowLabel = pathLabel(d.rowPath, true);
      const colLabel = pathLabel(d.colPath, !!rowLabel);
      const label = rowLabel && colLabel ? `${rowLabel}·${colLabel}` : rowLabel || colLabel;
      if (!label) continue;
      const heads = [...d.colPath, ...d.rowPath];
      // The unit: the cell's own, the unit column's, a header's, the caption's, the format's.
      let own: Metric | null = null;
      const folded = foldWidth(raw).replace(/\s+/g, '');
      const word = CELL_PREFIX.exec(folded)?.[0] ?? '';
      if (!NUMBER_CELL.test(folded) || /[%％]$/.test(raw)) {
        const found = findMetrics(folded.replace(/^[-−–﹣+＋]/, ''), { context: false });
        own = found.length === 1 ? found[0] : null;
      }
      let unit: string | null = null;
      if (!own) {
        for (let i = d.colPath.length - 1; !unit && i >= 0; i--) unit = unitOfHeader(d.colPath[i]);
        if (!unit && t.unitCol >= 0) {
          const u = t.grid[d.row][t.unitCol]?.text.replace(/\s+/g, '') ?? '';
          if (u && isUnit(u)) unit = u;
        }
        for (let i = d.rowPath.length - 1; !unit && i >= 0; i--) unit = unitOfHeader(d.rowPath[i]);
        // A change column (本年增/减) counts what the column before it counts (上一年项目数量).
        if (!unit && CHANGE_HEADER.test(d.colPath.join(' ')))
          for (const left of t.cells) {
            if (left.row !== d.row || left.col >= d.col) continue;
            for (let i = left.colPath.length - 1; i >= 0; i--) unit = unitOfHeader(left.colPath[i]) ?? unit;
          }
        unit ??= fallback;
        if (!unit) continue;
      }
      const sign = /^[-−–﹣]/.test(folded) ? -1 : 1;
      // (A hedge after the number, 6左右 in a % column, reads as 6%左右.)
      const tail = CELL_HEDGE_TAIL.exec(folded)?.[0] ?? '';
      const numText = folded
        .slice(0, folded.length - tail.length)
        .replace(/^[-−–﹣+＋]/, '')
        .replace(/[%％]$/, '');
      const read = own ?? findMetrics(`${numText}${unit}${tail}`, { context: false })[0];
      const value = read ? read.value : Math.abs(d.value);
      if (!Number.isFinite(value)) continue;
      const unitOut = read ? read.unit : (unit ?? '');
      const headText = heads.join(' ');
      const measure: Metric['measure'] =
        CHANGE_HEADER.test(headText) || CELL_CHANGE.test(word)
          ? 'change'
          : SHARE_HEADER.test(headText)
            ? 'share'
            : 'level';
      const signed = sign * value;
      const direction: Metric['direction'] =
        measure !== 'change' ? null : CELL_DOWN.test(word) ? 'down' : signed > 0 ? 'up' : signed < 0 ? 'down' : 'flat';
      const base = measure === 'change' ? (BASE_HEADER.find(([re]) => re.test(headText))?.[1] ?? null) : null;
      // The figure's text is the number and its unit: a change word before it (增长4.9%) is not.
      const shown = CELL_CHANGE.test(word) ? raw.slice(raw.indexOf(word) + word.length).trimStart() : raw;
      const within = text.indexOf(shown, d.start);
      const start = within >= 0 && within < d.start + d.text.length + 1 ? within : d.start;
      out.push({
        text: shown,
        value: signed,
        unit: unitOut,
        kind: read?.kind ?? 'other',
        approx: (own ?? read)?.approx ?? false,
        hedge: (own ?? read)?.hedge ?? null,
        label,
        indicator: measure === 'level' ? label : rowLabel || colLabel,
        measure,
        direction,
        base,
        target: TARGET_HEADER.test(headText),
        start,
        end: start + shown.length,
        sentence: [...d.rowPath, ...d.colPath].join(' · '),
        table: { index: t.index, row: d.row, col: d.col },
      });
    }
  }
  return out;
}
