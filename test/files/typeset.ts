/**
 * Report files made in the test from fixture texts, the way portals' PDFs are made: a report's
 * text typeset by Chromium's print-to-PDF (playwright-core, Debian's chromium), in one or two
 * columns, with running headers and page numbers, or printed as an image only (a scan); and a
 * .docx written with the `docx` library. Nothing is stored in the repository.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { type Browser, chromium } from 'playwright-core';
import { withDocument } from '../../cli/load';
import { analyze } from '../../core/analyze';
import { decodeHtml } from '../../core/decode';
import { blocksToHtml } from '../../core/render';
import { chromiumPath, FIXTURE_DIR } from '../e2e/harness';

/** A fixture's gold: its clean text, title, agency and figures. */
export interface Gold {
  slug: string;
  url: string;
  title: string;
  text: string;
  metadata: { agency: string | null };
  metrics: { value: number; unit: string; text: string }[];
}

export function gold(slug: string): Gold {
  return { ...(JSON.parse(readFileSync(join(FIXTURE_DIR, slug, 'expected.json'), 'utf8')) as Gold), slug };
}

const esc = (s: string) => s.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The report as a print page: its title as a heading, then the clean report as GovLens reads it
 * from the fixture page (headings, paragraphs, and tables with their merged cells, ruled).
 */
function reportHtml(g: Gold, css = ''): string {
  const html = decodeHtml(readFileSync(join(FIXTURE_DIR, g.slug, 'page.html'))).html;
  const blocks = withDocument(html, g.url, (doc) => analyze(doc, { url: g.url }).blocks);
  const body = blocksToHtml(blocks.filter((b) => b.text.trim() !== g.title));
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:15px;line-height:1.7;margin:0}
    h1{font-size:24px;text-align:center;margin:0 0 18px}
    h2,h3{font-size:15px;margin:10px 0 6px}
    p{margin:0 0 6px;text-indent:2em;text-align:justify}
    table{border-collapse:collapse;margin:8px 0;font-size:11px;line-height:1.3;width:100%}
    td{border:1px solid #000;padding:3px 5px}
    ${css}</style></head><body><h1>${esc(g.title)}</h1><main>${body}</main></body></html>`;
}

export interface PdfOptions {
  columns?: 2;
  /** Running header text and 第 N 页 共 M 页 footers. */
  header?: string;
  /** Print the text as one image per page: a scan, with no text layer. */
  scanned?: boolean;
}

let browser: Browser | null = null;
async function theBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: chromiumPath(),
    headless: false,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  return browser;
}

/** Close the browser the PDFs were printed with. */
export async function closeTypesetter(): Promise<void> {
  await browser?.close();
  browser = null;
}

/** Typeset a fixture's report text to PDF bytes. */
export async function reportPdf(g: Gold, opts: PdfOptions = {}): Promise<Uint8Array> {
  const page = await (await theBrowser()).newPage();
  try {
    const css = opts.columns === 2 ? 'main{column-count:2;column-gap:28px} main table{column-span:all}' : '';
    await page.setContent(reportHtml(g, css));
    if (opts.scanned) {
      // Each A4 page's worth of the text, drawn as pixels: what a scanner gives.
      const shot = await page.screenshot({ fullPage: true, type: 'png' });
      await page.setContent(
        `<!doctype html><body style="margin:0"><img style="width:100%" src="data:image/png;base64,${Buffer.from(shot).toString('base64')}"></body>`,
      );
    }
    const header = opts.header
      ? `<div style="font-size:9px;width:100%;text-align:center;font-family:'WenQuanYi Zen Hei'">${esc(opts.header)}</div>`
      : '<span></span>';
    const footer = opts.header
      ? `<div style="font-size:9px;width:100%;text-align:center;font-family:'WenQuanYi Zen Hei'">第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页</div>`
      : '<span></span>';
    return await page.pdf({
      format: 'A4',
      printBackground: false,
      displayHeaderFooter: !!opts.header,
      headerTemplate: header,
      footerTemplate: footer,
      margin: { top: '64px', bottom: '64px', left: '56px', right: '56px' },
    });
  } finally {
    await page.close();
  }
}

/** The report as a .docx: a centred title, paragraphs, and optionally a table. */
export async function reportDocx(g: Gold, table?: string[][]): Promise<Uint8Array> {
  const paras = g.text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && l !== g.title);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(g.title)] }),
    ...paras.map((p) => new Paragraph({ children: [new TextRun(p)] })),
  ];
  if (table)
    children.push(
      new Table({
        rows: table.map(
          (r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) }),
        ),
      }),
    );
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Character-bigram F1 of two texts, whitespace ignored (as the scorer measures text). */
export function textF1(predicted: string, goldText: string): number {
  const grams = (s: string) => {
    const t = s.replace(/\s+/g, '');
    const m = new Map<string, number>();
    for (let i = 0; i + 1 < t.length; i++) m.set(t.slice(i, i + 2), (m.get(t.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const p = grams(predicted);
  const q = grams(goldText);
  let overlap = 0;
  let np = 0;
  let nq = 0;
  for (const c of p.values()) np += c;
  for (const [k, c] of q) {
    nq += c;
    overlap += Math.min(c, p.get(k) ?? 0);
  }
  if (!np || !nq) return 0;
  const precision = overlap / np;
  const recall = overlap / nq;
  return (2 * precision * recall) / (precision + recall);
}

/** Precision and recall of figures (value + unit, in order: longest common subsequence). */
export function figureScores(
  predicted: { value: number; unit: string }[],
  goldFigures: { value: number; unit: string }[],
): { precision: number; recall: number } {
  const key = (m: { value: number; unit: string }) => `${m.value}|${m.unit}`;
  const a = predicted.map(key);
  const b = goldFigures.map(key);
  const dp = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      dp[i][j] = a[i - 1] === b[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
  const hit = dp[a.length][b.length];
  return { precision: a.length ? hit / a.length : 1, recall: b.length ? hit / b.length : 1 };
}

/** The bars a report read from a file must meet against its page's gold: title, agency, text F1, figures P/R ≥ 0.97. */
export function readsLikeGold(
  a: {
    title: string | null;
    text: string;
    metadata: { agency: string | null };
    metrics: { value: number; unit: string }[];
  },
  g: Gold,
): { title: string | null; agency: string | null; textF1: boolean; precision: boolean; recall: boolean } {
  const s = figureScores(a.metrics, g.metrics);
  return {
    title: a.title,
    agency: a.metadata.agency,
    textF1: textF1(a.text, g.text) >= 0.97,
    precision: s.precision >= 0.97,
    recall: s.recall >= 0.97,
  };
}

/** What {@link readsLikeGold} gives when every bar is met. */
export const likeGold = (g: Gold) => ({
  title: g.title,
  agency: g.metadata.agency,
  textF1: true,
  precision: true,
  recall: true,
});
