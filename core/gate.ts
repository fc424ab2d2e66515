/**
 * The first look the content script takes on every page it runs on: can this page be a report?
 *
 * detect() calls a page a report only when its title names one (titleVerdict === 'report'; the
 * other signals add up to 3 at most, below the threshold of 4). So a page whose title does not
 * name a report is never a report, whatever its body says, and needs none of the rest of the
 * core: the content script loads the analyser only for pages that pass (or when asked). It must
 * not import modules with top-level work (rule unions in boilerplate.ts), which would pull them
 * into the content script: bench/chromium.ts prints its size.
 */
import { metaMap, readTitle } from './metadata';
import { NOTICE_WORDS, REPORT_WORDS } from './rules/document';
import { squash } from './text';

/** The last report or notice word in a title decides which it is. */
export function titleVerdict(title: string): 'report' | 'notice' | null {
  let last: { index: number; kind: 'report' | 'notice' } | null = null;
  for (const [re, kind] of [
    [REPORT_WORDS, 'report'],
    [NOTICE_WORDS, 'notice'],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(title); m; m = re.exec(title)) {
      const end = m.index + m[0].length;
      if (!last || end > last.index) last = { index: end, kind };
    }
  }
  return last?.kind ?? null;
}

/** False only for pages that detect() cannot call a report; reads the head and headings. */
export function mayBeReport(doc: Document): boolean {
  const { title } = readTitle(doc, metaMap(doc));
  return titleVerdict(squash(title ?? '')) === 'report';
}
