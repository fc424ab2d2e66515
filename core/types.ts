import type { Disclosure } from './disclosure';
/** What kind of page the detector thinks this is. */
export type PageKind = 'report' | 'article' | 'list' | 'other';

/** One signal the detector weighed, in words a reader can check. */
/** Each detection signal by name; the extension shows `reason_<code>` from _locales. */
export type ReasonCode =
  | 'govHost'
  | 'siteIdMeta'
  | 'siteCodeText'
  | 'nationalMeta'
  | 'canonicalGov'
  | 'hostBody'
  | 'notGov'
  | 'linkRows'
  | 'pagination'
  | 'articleBody'
  | 'reportTitle'
  | 'noticeTitle'
  | 'yearTitle'
  | 'sections'
  | 'longBody'
  | 'noTextLayer'
  | 'signedByGov';

export interface DetectionReason {
  /** Which family of signal: government site, report shape, list shape, … */
  signal: 'gov' | 'report' | 'article' | 'list' | 'against';
  /** Which signal exactly, for translation. */
  code: ReasonCode;
  /** The values in the explanation (host, counts…), in order: `$1`, `$2` of the UI message. */
  args: (string | number)[];
  /** Human-readable explanation in English (the CLI prints it; the UI translates `code`). */
  detail: string;
  /** Weight added to (or, when negative, taken from) the score. */
  weight: number;
}

/** The detector's verdict with its reasons. */
export interface Detection {
  kind: PageKind;
  isReport: boolean;
  /** True when the page carries government-site signals (gov.cn host, 网站标识码, national metadata). */
  isGovernment: boolean;
  /** Report likelihood in [0, 1]. */
  score: number;
  reasons: DetectionReason[];
}

/** Kinds of boilerplate that the cleaner removes and reports. */
export type BoilerplateKind =
  | 'browser-notice'
  | 'site-code'
  | 'icp'
  | 'share'
  | 'font-size'
  | 'print'
  | 'close'
  | 'view-count'
  | 'breadcrumb'
  | 'qr-code'
  | 'nav'
  | 'header'
  | 'footer'
  | 'related'
  | 'attachment-empty'
  | 'article-info'
  | 'title'
  | 'script'
  | 'running-header'
  | 'page-number'
  /** An image or chart of the report itself: not carried into the clean text, so listed here. */
  | 'image';

/** One piece of boilerplate that was taken out. */
export interface Removed {
  kind: BoilerplateKind;
  text: string;
}

/** A block of the clean document, in reading order. */
export interface Block {
  type: 'p' | 'h' | 'table';
  /** Plain text; for tables, rows on separate lines and cells separated by tabs. */
  text: string;
  /** Table cells, row by row (only for `type: 'table'`). */
  rows?: string[][];
  /** [rowspan, colspan] of each cell of `rows` (only for `type: 'table'`). */
  spans?: [number, number][][];
  /** Heading level 1–6 (only for `type: 'h'`). */
  level?: number;
  /** Offset of this block's text inside the clean text. */
  start: number;
}

/** The cleaned main content of a page. */
export interface Extraction {
  /** The element judged to hold the content (never modified). */
  root: Element | null;
  /** How the root was found: a CMS rule name or `density`. */
  via: string;
  blocks: Block[];
  /** Clean text, one block per line. */
  text: string;
  removed: Removed[];
}

/** Document metadata, `null` where the page does not say. */
export interface Metadata {
  agency: string | null;
  siteName: string | null;
  siteCode: string | null;
  publishedAt: string | null;
  reportYear: number | null;
  source: string | null;
}

/** What a metric measures. */
export type MetricKind = 'count' | 'money' | 'percent' | 'duration' | 'other';

/** What kind of figure: a stock or count, a change against a base, or a share of a whole. */
export type Measure = 'level' | 'change' | 'share';

/** Which way a change goes; null for levels and shares. */
export type Direction = 'up' | 'down' | 'flat' | null;

/** Where a figure sits in a table: the page's data table (0-based) and its grid row and column. */
export interface TableRef {
  index: number;
  row: number;
  col: number;
}

/** A key figure found in the clean text. */
export interface Metric {
  /** Exact span in the clean text, hedge words included. */
  text: string;
  /** Number with 万/亿 applied. */
  value: number;
  /** Measure word or unit as written, multiplier removed (万元 → 元). */
  unit: string;
  kind: MetricKind;
  /** Hedged by 余 超 约 近 逾 以上 左右 多 … */
  approx: boolean;
  /** The hedge word(s) as written, or null. */
  hedge: string | null;
  /** The indicator as the report names it, plus the change or share word (生产总值增速). */
  label: string;
  /** The indicator alone, without the change or share word (生产总值). */
  indicator: string;
  measure: Measure;
  direction: Direction;
  /** What a change is compared with, as written (上年, 上年末, 上年同期, 2021年); null when unsaid. */
  base: string | null;
  /** A plan, target or expectation (预期目标, 力争, 确保, 控制在…以内), not a result. */
  target: boolean;
  /** Set when the figure is written in Chinese numerals (两千余人, 百分之九十五). */
  numerals?: 'chinese';
  /** Offset of `text` in the clean text. */
  start: number;
  end: number;
  /** Set on a table cell: which data table of the page (0-based), and the cell's row and column in its grid. */
  table?: TableRef;
  /** The sentence the figure stands in (for a table cell: its row and column headers). */
  sentence: string;
}

/** The whole reading of one page. */
export interface Analysis {
  url: string | null;
  kind: PageKind;
  isReport: boolean;
  detection: Detection;
  title: string | null;
  text: string;
  blocks: Block[];
  metadata: Metadata;
  metrics: Metric[];
  /** The 政府信息公开工作年度报告's standard tables as data (spec/disclosure.md); null on other pages. */
  disclosure: Disclosure | null;
  /** Whether the figures say what they measure yet (see analyze's `readFigures`). */
  figuresRead: boolean;
  removed: Removed[];
  /** How the content root was found. */
  via: string;
  /** The element that holds the content in the analysed document (not serialised). */
  root: Element | null;
  /** Set when the document was read from a file (PDF, .docx) rather than a web page. */
  file?: FileInfo;
}

/** What a report file was and what reading it could not recover. */
export interface FileInfo {
  kind: 'pdf' | 'docx';
  /** Pages of a PDF; null for .docx. */
  pages: number | null;
  /** False for a scanned PDF (no text to read). */
  textLayer: boolean;
  /** What could not be recovered (two columns read, merged table cells…), in English. */
  notes: string[];
}
