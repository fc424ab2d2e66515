/**
 * Library queries: pages of clips sorted and filtered through Dexie indexes, facet values for
 * the filters, edits (notes, tags) and delete with undo.
 */
import type { Clip, GovLensDB } from './db';

/** Filters of the clip list (all optional; combined with AND). */
export interface ClipFilter {
  agency?: string;
  reportYear?: number;
  site?: string;
  tag?: string;
  /** Only these ids (from a search), in this order. */
  ids?: string[];
}

/** Sort keys with an index behind them. */
export type SortKey = 'capturedAt' | 'reportYear' | 'agency';

/** One page of clips and the total count. */
export async function pageOfClips(
  db: GovLensDB,
  filter: ClipFilter,
  sort: SortKey,
  page: number,
  pageSize: number,
): Promise<{ clips: Clip[]; total: number }> {
  const match = (c: Clip) =>
    (!filter.agency || c.agency === filter.agency) &&
    (filter.reportYear === undefined || c.reportYear === filter.reportYear) &&
    (!filter.site || c.site === filter.site) &&
    (!filter.tag || c.tags.includes(filter.tag));
  if (filter.ids) {
    const got = (await db.clips.bulkGet(filter.ids)).filter((c): c is Clip => !!c && match(c));
    return { clips: got.slice(page * pageSize, (page + 1) * pageSize), total: got.length };
  }
  // Narrow by the most selective indexed filter, then sort.
  let coll = filter.tag
    ? db.clips.where('tags').equals(filter.tag)
    : filter.agency
      ? db.clips.where('agency').equals(filter.agency)
      : filter.reportYear !== undefined
        ? db.clips.where('reportYear').equals(filter.reportYear)
        : filter.site
          ? db.clips.where('site').equals(filter.site)
          : null;
  if (!coll) {
    const ordered = db.clips.orderBy(sort).reverse();
    const [clips, total] = await Promise.all([
      ordered
        .offset(page * pageSize)
        .limit(pageSize)
        .toArray(),
      db.clips.count(),
    ]);
    return { clips, total };
  }
  coll = coll.filter(match);
  const all = await coll.toArray();
  all.sort((a, b) => String(b[sort] ?? '').localeCompare(String(a[sort] ?? '')));
  return { clips: all.slice(page * pageSize, (page + 1) * pageSize), total: all.length };
}

/** Distinct values for the filter menus. */
export async function facets(
  db: GovLensDB,
): Promise<{ agencies: string[]; years: number[]; sites: string[]; tags: string[] }> {
  const [agencies, years, sites, tags] = await Promise.all([
    db.clips.orderBy('agency').uniqueKeys(),
    db.clips.orderBy('reportYear').uniqueKeys(),
    db.clips.orderBy('site').uniqueKeys(),
    db.clips.orderBy('tags').uniqueKeys(),
  ]);
  return {
    agencies: agencies.map(String),
    years: years.map(Number).sort((a, b) => b - a),
    sites: sites.map(String),
    tags: tags.map(String),
  };
}

/** Update the reader's note and tags of a clip. */
export async function editClip(db: GovLensDB, id: string, changes: { note?: string; tags?: string[] }): Promise<void> {
  await db.clips.update(id, { ...changes, updatedAt: new Date().toISOString() });
}

/** Delete a clip (with its versions and highlights); returns what is needed to undo. */
export async function deleteClip(db: GovLensDB, id: string) {
  return db.transaction('rw', db.clips, db.versions, db.highlights, async () => {
    const clip = await db.clips.get(id);
    if (!clip) return null;
    const versions = await db.versions.where('clipId').equals(id).toArray();
    const highlights = await db.highlights.where('url').equals(clip.url).toArray();
    await db.clips.delete(id);
    await db.versions.where('clipId').equals(id).delete();
    await db.highlights.where('url').equals(clip.url).delete();
    return { clip, versions, highlights };
  });
}

/** Put back what {@link deleteClip} removed. */
export async function undoDelete(db: GovLensDB, removed: NonNullable<Awaited<ReturnType<typeof deleteClip>>>) {
  await db.transaction('rw', db.clips, db.versions, db.highlights, async () => {
    await db.clips.put(removed.clip);
    await db.versions.bulkPut(removed.versions);
    await db.highlights.bulkPut(removed.highlights);
  });
}
