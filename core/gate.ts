/**
 * The first look the content script takes on every page it runs on: can this page be a report?
 *
 * detect() calls a page a report only when its title names one (titleVerdict === 'report'; the
 * other signals add up to 3 at most, below the threshold of 4). So a page whose title does not
 * name a report is never a report, whatever its body says, and needs none of the rest of the
 * core: the content script loads the analyser only for pages that pass (or when asked).
 */
import { titleVerdict } from './detect';
import { metaMap, readTitle } from './metadata';
import { squash } from './text';

/** False only for pages that detect() cannot call a report; reads the head and headings. */
export function mayBeReport(doc: Document): boolean {
  const { title } = readTitle(doc, metaMap(doc));
  return titleVerdict(squash(title ?? '')) === 'report';
}
