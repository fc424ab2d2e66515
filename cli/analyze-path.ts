/**
 * One input of the CLI, whatever it is: a saved page (.html) or a report file (PDF, .docx), read
 * into the same analysis. The file libraries (pdf.js, mammoth) are loaded only when a file needs them.
 */
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { analyze } from '../core/analyze';
import type { Analysis } from '../core/types';
import { withFile } from '../files/analysis';
import { FileError } from '../files/errors';
import type { PdfAssets } from '../files/pdf';
import { type FileLibs, MAX_FILE_BYTES, readReportFile, sniff, unreadable } from '../files/read';
import { CliError, MAX_BYTES, readBytes, readPage, savedFromUrl, withDocument } from './load';

let libs: Promise<FileLibs> | null = null;
/** pdf.js's legacy build (the one for Node) and mammoth, imported once, on first use. */
function fileLibs(): Promise<FileLibs> {
  libs ??= Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('mammoth')]).then(([pdfjs, mammoth]) => ({
    pdfjs,
    pdfAssets: pdfAssets(),
    mammoth: (mammoth as unknown as { default?: FileLibs['mammoth'] }).default ?? (mammoth as FileLibs['mammoth']),
  }));
  return libs;
}

/** pdf.js's character maps and standard fonts, from its package (read from disk in Node). */
function pdfAssets(): PdfAssets {
  const dir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(dir, 'cmaps') + sep, standardFontDataUrl: join(dir, 'standard_fonts') + sep };
}

/** File names the CLI reads as report files rather than pages. */
export const FILE_EXT = /\.(pdf|docx|doc|wps|ofd)$/i;

/** Analyse the page or report file at `path`. Throws {@link CliError} with a one-line reason. */
export async function analyzePath(path: string, url?: string | null): Promise<Analysis> {
  const bytes = readBytes(path, FILE_EXT.test(path) ? MAX_FILE_BYTES : MAX_BYTES);
  return analyzeBytes(bytes, path, url);
}

/**
 * Analyse a page or report file given as bytes (`name` says what it is called, for messages and
 * sniffing); `charset` is what the server declared for a page (a WARC record's HTTP header).
 */
export async function analyzeBytes(
  bytes: Uint8Array,
  name: string,
  url?: string | null,
  charset?: string | null,
): Promise<Analysis> {
  const kind = sniff(bytes, name);
  if (kind === 'html' || (kind === 'unknown' && !FILE_EXT.test(name))) {
    const page = readPage(name, bytes, charset);
    const at = url || savedFromUrl(page.html);
    return withDocument(page.html, at, (doc) => analyze(doc, { url: at }));
  }
  const why = unreadable(kind);
  if (why) throw new CliError(`${name}: ${why}`);
  try {
    const reading = await readReportFile(bytes, name, await fileLibs());
    return withDocument(reading.html, url ?? null, (doc) => withFile(analyze(doc, { url, standalone: true }), reading));
  } catch (e) {
    if (e instanceof FileError) throw new CliError(`${name}: ${e.message}`);
    throw e;
  }
}
