/**
 * A report published as a file, turned into an HTML document for the one `analyze()`: PDF through
 * pdf.js and {@link layoutPdf}, .docx through mammoth. Formats that no library here reads (.doc,
 * .wps, .ofd) and scanned PDFs are said so, never guessed at. The libraries are handed in by the
 * host (Node or the extension), so this module runs in both.
 */
import { blocksToHtml, escapeHtml } from '../core/render';
import type { Block } from '../core/types';
import { FileError } from './errors';
import { type PdfAssets, type PdfJsModule, readPdfText } from './pdf';
import { type FileBlock, type FileRemoved, layoutPdf } from './pdf-layout';

/** What a file is, by its first bytes (then by its name). */
export type FileKind = 'pdf' | 'docx' | 'doc' | 'wps' | 'ofd' | 'html' | 'unknown';

/** The libraries a host supplies. */
export interface FileLibs {
  pdfjs: PdfJsModule;
  pdfAssets?: PdfAssets;
  /** mammoth reads `buffer` in Node and `arrayBuffer` in the browser: both are given. */
  mammoth: { convertToHtml(input: { arrayBuffer: ArrayBuffer; buffer: Uint8Array }): Promise<{ value: string }> };
}

/** A file read into a document. */
export interface FileReading {
  kind: 'pdf' | 'docx';
  /** A whole HTML document (title, headings, paragraphs, tables) for analyze(). */
  html: string;
  title: string | null;
  /** Running headers, footers and page numbers taken out of a PDF. */
  removed: FileRemoved[];
  /** Pages of a PDF (null for .docx). */
  pages: number | null;
  /** False for a PDF with no text on any page (a scan): there is nothing to read without OCR. */
  textLayer: boolean;
  /** What could not be recovered, in English (the UI has its own words for the common ones). */
  notes: string[];
  /** Pages of a PDF read in two columns (for the UI's own words). */
  twoColumnPages: number[];
  /** A PDF table had merged or empty cells, left blank. */
  tablesIncomplete: boolean;
}

/** Largest file read: report PDFs are a few MB; 100 MB is a scanned book. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);

/** The file's kind from its bytes: %PDF, a zip holding word/ (docx) or OFD.xml, an OLE2 container (.doc/.wps). */
export function sniff(bytes: Uint8Array, name = ''): FileKind {
  const ext = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  // %PDF may follow a little junk (some servers prepend a BOM or whitespace).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
    if (names.includes('word/')) return 'docx';
    if (/OFD\.xml/i.test(names) || ext === 'ofd') return 'ofd';
    return ext === 'docx' ? 'docx' : 'unknown';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return ext === 'wps' ? 'wps' : 'doc';
  if (/^\s*</.test(head) || /<html|<!doctype/i.test(head)) return 'html';
  if (ext === 'pdf' || ext === 'docx' || ext === 'doc' || ext === 'wps' || ext === 'ofd') return ext;
  return 'unknown';
}

/** Why a kind cannot be read here, in one line. */
export function unreadable(kind: FileKind): string | null {
  switch (kind) {
    case 'doc':
      return 'a Word 97–2003 .doc file: no library here reads it (save it as .docx or PDF)';
    case 'wps':
      return 'a WPS .wps file: no library here reads it (save it as .docx or PDF)';
    case 'ofd':
      return 'an OFD file: no library here reads it (most portals also publish the PDF)';
    case 'unknown':
      return 'not a PDF or Word (.docx) file';
    default:
      return null;
  }
}

/** Read a PDF or .docx into a document. Throws {@link FileError} with a one-line reason. */
export async function readReportFile(bytes: Uint8Array, name: string, libs: FileLibs): Promise<FileReading> {
  if (bytes.length === 0) throw new FileError('empty', 'the file is empty');
  if (bytes.length > MAX_FILE_BYTES)
    throw new FileError('too-large', `the file is too large (${Math.round(bytes.length / 1048576)} MB)`);
  const kind = sniff(bytes, name);
  if (kind === 'pdf') return readPdf(bytes, libs.pdfjs, libs.pdfAssets);
  if (kind === 'docx') return readDocx(bytes, libs.mammoth);
  throw new FileError('unsupported', unreadable(kind) ?? `not a report file (${kind})`);
}

async function readPdf(bytes: Uint8Array, pdfjs: PdfJsModule, assets?: PdfAssets): Promise<FileReading> {
  const text = await readPdfText(pdfjs, bytes, assets);
  const pages = text.pages.length;
  if (text.chars === 0) {
    return {
      kind: 'pdf',
      html: documentHtml(text.title, []),
      title: text.title,
      removed: [],
      pages,
      textLayer: false,
      twoColumnPages: [],
      tablesIncomplete: false,
      notes: [`no text layer: a scanned PDF of ${pages} page${pages === 1 ? '' : 's'} (it needs OCR to be read)`],
    };
  }
  const layout = layoutPdf(text.pages);
  const first = layout.blocks.find((b) => b.kind === 'h1') ?? layout.blocks.find((b) => b.kind !== 'table');
  const title = (first && 'text' in first ? first.text : null) ?? text.title;
  const notes: string[] = [];
  if (layout.twoColumnPages.length) notes.push(`read in two columns: page ${layout.twoColumnPages.join(', ')}`);
  const tableNotes = new Set(layout.blocks.flatMap((b) => (b.kind === 'table' && b.note ? [b.note] : [])));
  notes.push(...tableNotes);
  return {
    kind: 'pdf',
    html: documentHtml(title, layout.blocks),
    title,
    removed: layout.removed,
    pages,
    textLayer: true,
    notes,
    twoColumnPages: layout.twoColumnPages,
    tablesIncomplete: tableNotes.size > 0,
  };
}

async function readDocx(bytes: Uint8Array, mammoth: FileLibs['mammoth']): Promise<FileReading> {
  let html: string;
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    html = (await mammoth.convertToHtml({ arrayBuffer: buffer, buffer: bytes })).value;
  } catch (e) {
    throw new FileError('broken', `the Word file is damaged or incomplete (${(e as Error).message})`);
  }
  // Word titles are often direct formatting, not the Title style: then the first short paragraph.
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  const p1 = /<p[^>]*>([\s\S]*?)<\/p>/i.exec(html)?.[1];
  const strip = (s: string | undefined) => (s ? decodeEntities(s.replace(/<[^>]+>/g, '')).trim() : '');
  const title = strip(h1) || (strip(p1).length <= 60 ? strip(p1) : '') || null;
  let body = html;
  // The title paragraph becomes the document's heading, as a portal page would show it.
  if (!h1 && title && p1) body = html.replace(/<p[^>]*>[\s\S]*?<\/p>/i, `<h1>${escapeHtml(title)}</h1>`);
  return {
    kind: 'docx',
    html: wrap(title, body),
    title,
    removed: [],
    pages: null,
    textLayer: true,
    notes: [],
    twoColumnPages: [],
    tablesIncomplete: false,
  };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };
function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e]);
}

function wrap(title: string | null, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title ?? '')}</title></head><body><article>${body}</article></body></html>`;
}

/** The blocks as a document: the title heading, then headings, paragraphs and tables (merged cells kept). */
export function documentHtml(title: string | null, blocks: readonly FileBlock[]): string {
  const body = blocks
    .map((b): string => {
      if (b.kind === 'h1') return `<h1>${escapeHtml(b.text)}</h1>`;
      const block: Block =
        b.kind === 'table'
          ? { type: 'table', text: '', rows: b.rows, spans: b.spans, start: 0 }
          : { type: b.kind === 'h2' ? 'h' : 'p', level: 2, text: b.text, start: 0 };
      return blocksToHtml([block]);
    })
    .join('\n');
  return wrap(title, body);
}
