/**
 * Library queries: pages of clips sorted and filtered through Dexie indexes, facet values for
 * the filters, edits (notes, tags, corrected metadata, collections), versions (list, restore) and
 * delete with undo.
 */
import { type Clip, type ClipVersion, EDITABLE_FIELDS, type EditableField, type GovLensDB } from './db';

/** Filters of the clip list (all optional; combined with AND). */
export interface ClipFilter {
  agency?: string;
  reportYear?: number;
  site?: string;
  tag?: string;
  collection?: string;
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
    (!filter.tag || c.tags.includes(filter.tag)) &&
    (!filter.collection || (c.collections ?? []).includes(filter.collection));
}

const hasFieldFilter = (f: ClipFilter) => !!(f.tag || f.collection || f.agency || f.site || f.reportYear !== undefined);

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
    const coll = filter.collection
      ? db.clips.where('collections').equals(filter.collection)
      : filter.tag
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
): Promise<{ agencies: string[]; years: number[]; sites: string[]; tags: string[]; collections: string[] }> {
  const [agencies, years, sites, tags, collections] = await Promise.all([
    db.clips.orderBy('agency').uniqueKeys(),
    db.clips.orderBy('reportYear').uniqueKeys(),
    db.clips.orderBy('site').uniqueKeys(),
    db.clips.orderBy('tags').uniqueKeys(),
    db.clips.orderBy('collections').uniqueKeys(),
  ]);
  return {
    agencies: agencies.map(String),
    years: years.map(Number).sort((a, b) => b - a),
    sites: sites.map(String),
    tags: tags.map(String),
    collections: collections.map(String),
  };
}

/** Update the reader's note and tags of a clip. */
export async function editClip(
  db: GovLensDB,
  id: string,
  changes: { note?: string; tags?: string[]; collections?: string[] },
): Promise<void> {
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

/** Corrected metadata: the values the reader typed (null clears a field). */
export type MetadataEdit = Partial<Record<EditableField, string | number | null>>;

/**
 * Correct a clip's metadata. The clip's fields take the reader's values (lists, filters, charts,
 * CSV and citations read them); `edited` keeps what extraction said, so that the view can show
 * which fields were edited and put extraction's value back (a field set to that value again is no
 * longer edited).
 */
export async function editMetadata(db: GovLensDB, id: string, changes: MetadataEdit): Promise<Clip | null> {
  return db.transaction('rw', db.clips, async () => {
    const clip = await db.clips.get(id);
    if (!clip) return null;
    const edited = { ...(clip.edited ?? {}) };
    const next: Clip = { ...clip };
    for (const k of EDITABLE_FIELDS) {
      if (!(k in changes)) continue;
      const value = changes[k] ?? null;
      const extracted = k in edited ? edited[k] : clip[k];
      if (value === extracted) delete edited[k];
      else edited[k] = extracted ?? null;
      Object.assign(next, { [k]: k === 'title' ? String(value ?? '') : value });
    }
    next.edited = Object.keys(edited).length ? edited : undefined;
    if (!next.edited) delete next.edited;
    next.updatedAt = new Date().toISOString();
    await db.clips.put(next);
    return next;
  });
}

/** Put clips into a collection (or take them out). */
export async function setCollection(db: GovLensDB, ids: string[], name: string, member = true): Promise<number> {
  const n = name.trim();
  if (!n) return 0;
  return db.transaction('rw', db.clips, async () => {
    let changed = 0;
    const at = new Date().toISOString();
    for (const clip of await db.clips.bulkGet(ids)) {
      if (!clip) continue;
      const has = (clip.collections ?? []).includes(n);
      if (has === member) continue;
      const collections = member ? [...(clip.collections ?? []), n] : (clip.collections ?? []).filter((c) => c !== n);
      await db.clips.update(clip.id, { collections, updatedAt: at });
      changed++;
    }
    return changed;
  });
}

/** A clip's earlier versions, newest first. */
export async function listVersions(db: GovLensDB, clipId: string): Promise<ClipVersion[]> {
  const vs = await db.versions.where('clipId').equals(clipId).toArray();
  return vs.sort((a, b) => b.version - a.version || (b.id ?? 0) - (a.id ?? 0));
}

/** What a version is of the page: its content, not the reader's annotations. */
const CONTENT_FIELDS = ['text', 'html', 'metrics', 'disclosure', 'removed', 'contentHash', 'metadata'] as const;

/**
 * Make an earlier version the clip's content again. The current state is appended as a version
 * first (nothing is overwritten); the reader's note, tags, collections, highlights and corrected
 * metadata stay as they are now.
 */
export async function restoreVersion(db: GovLensDB, clipId: string, versionId: number): Promise<Clip | null> {
  return db.transaction('rw', db.clips, db.versions, async () => {
    const [clip, old] = await Promise.all([db.clips.get(clipId), db.versions.get(versionId)]);
    if (!clip || !old || old.clipId !== clipId) return null;
    const at = new Date().toISOString();
    await db.versions.add({ clipId, version: clip.version, savedAt: at, snapshot: clip });
    const next: Clip = { ...clip, version: clip.version + 1, updatedAt: at };
    for (const k of CONTENT_FIELDS) Object.assign(next, { [k]: old.snapshot[k] });
    // Extracted metadata comes back with the content, unless the reader corrected it.
    for (const k of EDITABLE_FIELDS)
      if (!clip.edited || !(k in clip.edited)) Object.assign(next, { [k]: old.snapshot[k] });
    await db.clips.put(next);
    return next;
  });
}
