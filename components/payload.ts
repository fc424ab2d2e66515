/**
 * A clip payload from an analysis made in an extension page (the file reader, the list collector):
 * the same fields the content script sends for a page, sanitised here (these pages have a DOM).
 */
import { toContract } from '../core/contract';
import { contentHash } from '../core/hash';
import { blocksToHtml } from '../core/render';
import type { Analysis } from '../core/types';
import type { ClipPayload } from '../messaging/protocol';
import { purifyClipHtml } from './purify';

/** The payload that saves `a`, read from `url`, with the reader's additions. */
export function payloadOf(
  a: Analysis,
  url: string,
  extra: Pick<ClipPayload, 'source' | 'note' | 'tags' | 'collections'> & { title?: string } = {},
): ClipPayload {
  const { title, ...rest } = extra;
  return {
    url,
    canonicalUrl: url,
    title: a.title ?? title ?? url,
    kind: a.kind,
    isReport: a.isReport,
    metadata: a.metadata,
    text: a.text,
    html: purifyClipHtml(blocksToHtml(a.blocks)),
    metrics: toContract(a).metrics,
    disclosure: a.disclosure,
    removed: a.removed,
    contentHash: contentHash(a.text || url),
    highlights: [],
    ...rest,
  };
}
