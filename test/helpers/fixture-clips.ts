/** Clips of fixture pages, as the extension saves them (needs the fixtures on disk: Node only). */
import { analyze } from '../../core/analyze';
import { toContract } from '../../core/contract';
import { contentHash } from '../../core/hash';
import { blocksToHtml } from '../../core/render';
import type { Clip } from '../../storage/db';
import { doc, fixture } from './dom';

/** A clip of a fixture page as the extension saves it (analysis, clean HTML, contract figures, disclosure). */
export function clipFromFixture(slug: string, id = `clip-${slug}`): Clip {
  const { html, expected } = fixture(slug);
  const a = analyze(doc(html, expected.url), { url: expected.url });
  const at = '2025-03-01T08:00:00.000Z';
  return {
    id,
    url: expected.url,
    canonicalUrl: expected.url,
    title: a.title ?? expected.url,
    agency: a.metadata.agency,
    site: new URL(expected.url).hostname,
    siteCode: a.metadata.siteCode,
    reportYear: a.metadata.reportYear,
    publishedAt: a.metadata.publishedAt,
    kind: a.kind,
    metadata: a.metadata,
    capturedAt: at,
    updatedAt: at,
    text: a.text,
    html: blocksToHtml(a.blocks),
    metrics: toContract(a).metrics,
    disclosure: a.disclosure,
    removed: a.removed,
    highlights: [],
    tags: [],
    note: '',
    contentHash: contentHash(a.text),
    version: 1,
  };
}
