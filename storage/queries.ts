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

/** Does a clip pass the filter's field conditions (not `ids`)? */
function matcher(filter: ClipFilter) {
  return (c: Clip) =>
    (!filter.agency || c.agency === filter.agency) &&
    (filter.reportYear === undefined || c.reportYear === filter.reportYear) &&
    (!filter.site || c.site === filter.site) &&
    (!filter.tag || c.tags.includes(filter.tag));
}

const hasFieldFilter = (f: ClipFilter) => !!(f.tag || f.agency || f.site || f.reportYear !== undefined);

/**
 * Ids of every clip the filter selects, in list order: search order for `ids`, otherwise newest
 * first by `sort`. Clips without a value for the sort key (no report year, no agency) are not in
 * that index; they come last rather than disappearing.
 */
export async function scopeKeys(db: GovLensDB, filter: ClipFilter, sort: SortKey): Promise<string[]> {
  const match = matcher(filter);
  if (filter.ids) {
    if (!hasFieldFilter(filter)) {
      const found = await db.clips.bulkGet(filter.ids);
      return filter.ids.filter((_, i) => found[i]);
    }
    return (await db.clips.bulkGet(filter.ids)).filter((c): c is Clip => !!c && match(c)).map((c) => c.id);
  }
  if (hasFieldFilter(filter)) {
    // Narrow by the most selective indexed filter, then sort.
    const coll = filter.tag
      ? db.clips.where('tags').equals(filter.tag)
      : filter.agency
        ? db.clips.where('agency').equals(filter.agency)
        : filter.reportYear !== undefined
          ? db.clips.where('reportYear').equals(filter.reportYear)
          : db.clips.where('site').equals(filter.site ?? '');
    const all = await coll.filter(match).toArray();
    all.sort((a, b) => String(b[sort] ?? '').localeCompare(String(a[sort] ?? '')));
    return all.map((c) => c.id);
  }
  const ordered = (await db.clips.orderBy(sort).reverse().primaryKeys()) as string[];
  if (sort === 'capturedAt') return ordered;
  const seen = new Set(ordered);
  const rest = ((await db.clips.toCollection().primaryKeys()) as string[]).filter((k) => !seen.has(k));
  return [...ordered, ...rest];
}

/**
 * One page of clips. `total` is the number of clips the filter selects; on the unfiltered list
 * it is `null` (counting 10,000 records costs Chromium ~100 ms, twice the page itself): ask
 * {@link countClips} once the page is on screen.
 */
export async function pageOfClips(
  db: GovLensDB,
  filter: ClipFilter,
  sort: SortKey,
  page: number,
  pageSize: number,
): Promise<{ clips: Clip[]; total: number | null }> {
  if (!filter.ids && !hasFieldFilter(filter) && sort === 'capturedAt') {
    // Every clip has capturedAt, so its index holds them all: read just this page off it.
    // Keys first (a key cursor is cheap), then the records in parallel gets: in Chromium about
    // half the time of walking a value cursor over the same 50 records.
    const keys = await db.clips
      .orderBy('capturedAt')
      .reverse()
      .offset(page * pageSize)
      .limit(pageSize)
      .primaryKeys();
    const clips = (await db.clips.bulkGet(keys)).filter((c): c is Clip => !!c);
    return { clips, total: null };
  }
  const keys = await scopeKeys(db, filter, sort);
  const slice = keys.slice(page * pageSize, (page + 1) * pageSize);
  const clips = (await db.clips.bulkGet(slice)).filter((c): c is Clip => !!c);
  return { clips, total: keys.length };
}

/** Number of clips in the library. */
export function countClips(db: GovLensDB): Promise<number> {
  return db.clips.count();
}

/**
 * Visit the clips `keys` names in batches, in order: bounded memory and a progress callback for
 * exports of thousands of clips.
 */
export async function eachBatch(
  db: GovLensDB,
  keys: readonly string[],
  size: number,
  visit: (clips: Clip[], done: number) => void | Promise<void>,
): Promise<void> {
  for (let i = 0; i < keys.length; i += size) {
    const batch = (await db.clips.bulkGet(keys.slice(i, i + size))).filter((c): c is Clip => !!c);
    await visit(batch, Math.min(keys.length, i + size));
  }
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
