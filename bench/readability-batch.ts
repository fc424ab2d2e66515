/**
 * The reference point for `govlens batch`: every page under a folder read from disk, decoded,
 * parsed by jsdom and run through Readability, one after the other, windows closed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { decodeHtml } from '../core/decode';

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p) : n.endsWith('.html') ? [p] : [];
    });
}

let n = 0;
for (const f of files(process.argv[2])) {
  const dom = new JSDOM(decodeHtml(readFileSync(f)).html, { url: 'https://example.gov.cn/' });
  new Readability(dom.window.document).parse();
  dom.window.close();
  if (++n % 8 === 0) await new Promise((r) => setImmediate(r));
}
console.log(`${n} pages`);
