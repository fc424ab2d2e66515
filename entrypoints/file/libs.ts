/**
 * pdf.js (browser build, its worker and character maps copied into the extension by
 * wxt.config.ts) and mammoth's browser build, for files/read.ts. Loaded only by the file reader.
 */
import * as mammoth from 'mammoth';
import { GlobalWorkerOptions, getDocument, OPS } from 'pdfjs-dist';
import { browser } from 'wxt/browser';
import type { FileLibs } from '../../files/read';

/** A file wxt.config.ts copies from pdfjs-dist (not in public/, so not in WXT's PublicPath type). */
const asset = (path: string) => (browser.runtime.getURL as (p: string) => string)(path);

GlobalWorkerOptions.workerSrc = asset('/pdfjs/pdf.worker.min.mjs');

/** The libraries the file reader hands to the one reader of files. */
export const fileLibs: FileLibs = {
  pdfjs: { getDocument, OPS },
  pdfAssets: {
    cMapUrl: asset('/pdfjs/cmaps/'),
    standardFontDataUrl: asset('/pdfjs/standard_fonts/'),
  },
  mammoth: (mammoth as unknown as { default?: FileLibs['mammoth'] }).default ?? (mammoth as FileLibs['mammoth']),
};
