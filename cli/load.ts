/**
 * Reading saved pages from disk into DOM documents, with one-line errors for every way a file
 * can be unusable (missing, empty, binary, too large).
 */
import { readFileSync, statSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';
import { type Decoded, decodeHtml } from '../core/decode';

/** Largest page accepted: real portal pages are well under 5 MB. */
export const MAX_BYTES = 50 * 1024 * 1024;

/** An error whose message is fit to print as the single line the user sees. */
export class CliError extends Error {}

/** Read a file's bytes. Throws {@link CliError} with a one-line reason (missing, a folder, empty, too large). */
export function readBytes(path: string, limit = MAX_BYTES): Uint8Array {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new CliError(`${path}: is a directory (use "govlens batch DIR")`);
    size = st.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? 'error'})`);
  }
  if (size === 0) throw new CliError(`${path}: file is empty`);
  if (size > limit) {
    throw new CliError(`${path}: file is too large (${(size / 1048576).toFixed(0)} MB; limit ${limit / 1048576} MB)`);
  }
  try {
    return readFileSync(path);
  } catch (e) {
    throw new CliError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Read and decode a page file. Throws {@link CliError} with a one-line reason. */
export function readPage(path: string, bytes = readBytes(path), charset?: string | null): Decoded {
  if (looksBinary(bytes)) throw new CliError(`${path}: not an HTML page (binary data)`);
  const decoded = decodeHtml(bytes, charset);
  if (!/<[a-z!?/]/i.test(decoded.html.slice(0, 65536))) {
    throw new CliError(`${path}: not an HTML page (no markup found)`);
  }
  return decoded;
}

/** NUL bytes in the first 8 KB mean an image, archive or PDF, not a page (UTF-16 has a BOM). */
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * Parse HTML and hand the document to `use`. The document is linkedom's plain objects, let go
 * with `doc` when `use` returns (jsdom's windows had to be closed: a batch of 1,000 pages that
 * never closed them reached 4.3 GB).
 */
export function withDocument<T>(html: string, url: string | null | undefined, use: (doc: Document) => T): T {
  return use(parseHtml(html, url));
}

function baseUrl(url: string | null | undefined): string | undefined {
  try {
    return url ? new URL(url).href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Parse HTML as a browser does, no scripts, no network. parse5 builds the tree the HTML standard
 * prescribes (content after a stray `</html>` kept in the body, misnested tags mended, as jsdom
 * and Chromium build it); linkedom holds that tree as a DOM. linkedom's own parser (htmlparser2)
 * is not an HTML5 tree builder, so it only ever reads parse5's serialisation, which is
 * well-formed: every element closed, nothing after `</html>`. The two together read a page about
 * 8× faster than jsdom, whose per-node machinery (CSSOM for every `style` attribute, live
 * collections) the core never uses; test/cli/parse.spec.ts checks that every fixture reads the
 * same either way.
 */
export function parseHtml(html: string, url?: string | null): Document {
  const base = baseUrl(url);
  const markup = serialize(parse(html, { scriptingEnabled: false }));
  const doc = parseHTML(markup).document as unknown as Document;
  // linkedom's document has no address of its own; the core resolves links against doc.URL.
  Object.defineProperty(doc, 'URL', { value: base ?? 'about:blank', configurable: true });
  return doc;
}

/** The same page in jsdom: the reference the fast parser is held to, and the tests' browser-like DOM. */
export function parseHtmlJsdom(html: string, url?: string | null): Document {
  const dom = new JSDOM(html, { url: baseUrl(url), contentType: 'text/html' });
  return dom.window.document;
}

/**
 * The address a browser recorded when the page was saved (`<!-- saved from url=(0066)https://… -->`,
 * the Mark of the Web), else the canonical link; null when the file does not say.
 */
export function savedFromUrl(html: string): string | null {
  const head = html.slice(0, 8192);
  const mark = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(head);
  const canonical = /<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"']+)["']/i.exec(head);
  const metaUrl = /<meta[^>]+name=["']?url["']?[^>]*content=["'](https?:[^"']+)["']/i.exec(head);
  for (const m of [mark, canonical, metaUrl]) {
    if (!m) continue;
    try {
      return new URL(m[1]).href;
    } catch {
      // not an absolute URL: try the next source
    }
  }
  return null;
}
