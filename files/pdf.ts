/**
 * A PDF's text layer, read with Mozilla's pdf.js (`pdfjs-dist`), as positioned runs per page for
 * {@link layoutPdf}. The pdf.js module is handed in by the host: the legacy build in Node (the CLI),
 * the browser build with its worker in the extension, so this file imports neither.
 */
import type * as PdfJs from 'pdfjs-dist';
import { FileError } from './errors';
import type { PdfItem, PdfPage, Rule } from './pdf-layout';

/** The parts of pdf.js this reader uses. */
export type PdfJsModule = Pick<typeof PdfJs, 'getDocument' | 'OPS'>;

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
    return await Promise.race([readAll(task, pdfjs.OPS), timeout]);
  } catch (e) {
    throw asFileError(e);
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
  }
}

async function readAll(task: ReturnType<PdfJsModule['getDocument']>, OPS: PdfJsModule['OPS']): Promise<PdfText> {
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
    // The ruling of tables (cell borders drawn as lines or thin rectangles), for the grid.
    const rules = items.length ? rulesOf(await page.getOperatorList(), OPS, vx0, vy1) : [];
    pages.push({ width: vx1 - vx0, height: vy1 - vy0, items, rules });
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

type Matrix = [number, number, number, number, number, number];

/** `m` applied after `ctm` (a PDF `cm`): points go through m, then the current matrix. */
function times(ctm: Matrix, m: Matrix): Matrix {
  const [a, b, c, d, e, f] = ctm;
  return [
    a * m[0] + c * m[1],
    b * m[0] + d * m[1],
    a * m[2] + c * m[3],
    b * m[2] + d * m[3],
    a * m[4] + c * m[5] + e,
    b * m[4] + d * m[5] + f,
  ];
}

/**
 * The straight, thin marks a page paints (stroked lines, filled hairline rectangles): where a
 * table's grid is. In page coordinates from the top left, like the text runs.
 */
export function rulesOf(
  list: { fnArray: number[]; argsArray: unknown[] },
  OPS: PdfJsModule['OPS'],
  originX: number,
  top: number,
): Rule[] {
  const stroked = new Set<number>([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const filled = new Set<number>([OPS.fill, OPS.eoFill]);
  const out: Rule[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const at = (x: number, y: number): [number, number] => [
    ctm[0] * x + ctm[2] * y + ctm[4] - originX,
    top - (ctm[1] * x + ctm[3] * y + ctm[5]),
  ];
  const push = (x0: number, y0: number, x1: number, y1: number) =>
    out.push({ x0: Math.min(x0, x1), y0: Math.min(y0, y1), x1: Math.max(x0, x1), y1: Math.max(y0, y1) });
  for (let i = 0; i < list.fnArray.length && out.length < 20_000; i++) {
    const fn = list.fnArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = times(ctm, list.argsArray[i] as Matrix);
    else if (fn === OPS.constructPath) {
      const [op, paths] = list.argsArray[i] as [number, ArrayLike<number>[] | ArrayLike<number>];
      const stroke = stroked.has(op);
      if (!stroke && !filled.has(op)) continue;
      const data = (Array.isArray(paths) ? paths[0] : paths) as ArrayLike<number> | undefined;
      if (!data) continue;
      // Subpaths of straight segments: each segment of a stroke, each thin shape of a fill.
      let start: [number, number] | null = null;
      let prev: [number, number] | null = null;
      let shape: [number, number][] = [];
      const endShape = () => {
        if (!stroke && shape.length >= 3) {
          const xs = shape.map((p) => p[0]);
          const ys = shape.map((p) => p[1]);
          push(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
        }
        shape = [];
      };
      for (let k = 0; k < data.length; ) {
        const code = data[k++];
        if (code === 0 || code === 1) {
          const p = at(data[k++], data[k++]);
          if (code === 0) {
            endShape();
            start = p;
          } else if (prev && stroke) push(prev[0], prev[1], p[0], p[1]);
          shape.push(p);
          prev = p;
        } else if (code === 2) {
          k += 6;
          prev = null;
        } else if (code === 3) {
          k += 4;
          prev = null;
        } else if (code === 4) {
          if (stroke && prev && start) push(prev[0], prev[1], start[0], start[1]);
          prev = start;
        } else break;
      }
      endShape();
    }
  }
  // Only straight marks: a rule is thin one way and long the other.
  return out.filter((r) => {
    const w = r.x1 - r.x0;
    const h = r.y1 - r.y0;
    return (w <= 2.5 && h >= 4) || (h <= 2.5 && w >= 4);
  });
}
