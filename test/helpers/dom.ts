/** Test helpers: real DOM documents from real HTML, parsed by the CLI's spec-compliant parser. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml, parseHtmlJsdom } from '../../cli/load';
import { decodeHtml } from '../../core/decode';

export const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

/** Parse an HTML string into a Document. */
export function doc(html: string, url = 'https://www.example.gov.cn/art/1.html'): Document {
  return parseHtml(html, url);
}

/** The same in a browser-like DOM (jsdom: Ranges, events, layout-free), for code that runs on a live page. */
export function browserDoc(html: string, url = 'https://www.example.gov.cn/art/1.html'): Document {
  return parseHtmlJsdom(html, url);
}

/** A fixture's page decoded from its bytes, and its expectations. */
export function fixture(slug: string): { html: string; expected: Record<string, unknown> & { url: string } } {
  const dir = join(FIXTURES, slug);
  const html = decodeHtml(readFileSync(join(dir, 'page.html'))).html;
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  return { html, expected };
}
