/**
 * A PDF's text layer, read with Mozilla's pdf.js (`pdfjs-dist`), as positioned runs per page for
 * {@link layoutPdf}. The pdf.js module is handed in by the host: the legacy build in Node (the CLI),
 * the browser build with its worker in the extension, so this file imports neither.
 */
import type * as PdfJs from 'pdfjs-dist';
import { FileError } from './errors';
import type { PdfItem, PdfPage } from './pdf-layout';

/** The parts of pdf.js this reader uses. */
export type PdfJsModule = Pick<typeof PdfJs, 'getDocument'>;

/** What the text layer holds. */
export interface PdfText {
  pages: PdfPage[];
  /** The document's own title (Info dictionary), when it has one. */
  title: string | null;
  /** Characters of text over all pages: 0 means a scanned PDF (images only). */
  chars: number;
}

/** Longest a PDF may take to read before it is given up on (a broken file never hangs). */
export const PDF_TIMEOUT_MS = 60_000;

/**
 * Where pdf.js finds its character maps: Chinese PDFs set in fonts that are not embedded
 * (STSong-Light, Adobe-GB1) have text only through them.
 */
export interface PdfAssets {
  cMapUrl?: string;
  standardFontDataUrl?: string;
}

/** Read every page's text runs. Throws {@link FileError} for encrypted, broken or stuck files. */
export async function readPdfText(
  pdfjs: PdfJsModule,
  bytes: Uint8Array,
  assets: PdfAssets = {},
  timeoutMs = PDF_TIMEOUT_MS,
): Promise<PdfText> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy, the caller keeps its bytes.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    ...(assets.cMapUrl ? { cMapUrl: assets.cMapUrl, cMapPacked: true } : {}),
    ...(assets.standardFontDataUrl ? { standardFontDataUrl: assets.standardFontDataUrl } : {}),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new FileError('timeout', `the PDF could not be read within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([readAll(task), timeout]);
  } catch (e) {
    throw asFileError(e);
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
  }
}

async function readAll(task: ReturnType<PdfJsModule['getDocument']>): Promise<PdfText> {
  const doc = await task.promise;
  const pages: PdfPage[] = [];
  let chars = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [vx0, vy0, vx1, vy1] = page.view;
    // Full-width punctuation (，（）：) is the text as written: pdf.js would fold it to ASCII.
    const content = await page.getTextContent({ disableNormalization: true });
    const items: PdfItem[] = [];
    for (const it of content.items) {
      if (!('str' in it) || !it.str) continue;
      const [a, b, c, d, e, f] = it.transform as number[];
      // Horizontal text only; rotated stamps and vertical margins notes are not the report.
      if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0) continue;
      const size = Math.hypot(c, d) || it.height || Math.abs(a);
      items.push({ str: it.str, x: e - vx0, y: vy1 - f, w: it.width, size });
      chars += it.str.trim().length;
    }
    pages.push({ width: vx1 - vx0, height: vy1 - vy0, items });
    page.cleanup();
  }
  const info = (await doc.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
  const title = typeof info?.Title === 'string' ? usableTitle(info.Title) : null;
  return { pages, title, chars };
}

/** A PDF Info title, unless it is a tool's placeholder (about:blank, Microsoft Word - x.doc, 未命名). */
function usableTitle(t: string): string | null {
  const s = t
    .replace(/^Microsoft Word\s*-\s*/i, '')
    .replace(/\.(?:docx?|wps|pdf)$/i, '')
    .trim();
  if (!s || /^(?:about:blank|untitled|无标题|未命名|文档\d*|document\d*)$/i.test(s) || /^[\x21-\x7e]{1,12}$/.test(s))
    return null;
  return s;
}

function asFileError(e: unknown): FileError {
  if (e instanceof FileError) return e;
  const name = (e as { name?: string })?.name ?? '';
  const message = (e as { message?: string })?.message ?? String(e);
  if (name === 'PasswordException') return new FileError('encrypted', 'the PDF is protected by a password');
  if (name === 'InvalidPDFException' || name === 'FormatError' || /Invalid PDF|bad XRef|startxref/i.test(message))
    return new FileError('broken', `the PDF is damaged or incomplete (${message})`);
  return new FileError('broken', `the PDF could not be read (${message})`);
}
