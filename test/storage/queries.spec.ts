/**
 * Library queries with fake-indexeddb: paging newest first, filters, sorting with clips that lack
 * the sort key, search-ordered scopes, batched visits, facets, edit and delete with undo.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { GovLensDB } from '../../storage/db';
import {
  countClips,
  deleteClip,
  eachBatch,
  editClip,
  facets,
  pageOfClips,
  scopeKeys,
  undoDelete,
} from '../../storage/queries';
import { makeClips } from '../helpers/clips';

let n = 0;
const dbs: GovLensDB[] = [];
async function seeded(count: number) {
  const db = new GovLensDB(`govlens-queries-${n++}`);
  dbs.push(db);
  const clips = makeClips(count, 3);
  await db.clips.bulkPut(clips);
  return { db, clips };
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('pageOfClips', () => {
  it('pages the unfiltered list newest first and leaves the count for later', async () => {
    const { db, clips } = await seeded(120);
    const first = await pageOfClips(db, {}, 'capturedAt', 0, 50);
    expect(first.total).toBeNull();
    expect(first.clips.map((c) => c.id)).toEqual(
      clips
        .slice(70)
        .reverse()
        .map((c) => c.id),
    );
    const last = await pageOfClips(db, {}, 'capturedAt', 2, 50);
    expect(last.clips.map((c) => c.id)).toEqual(
      clips
        .slice(0, 20)
        .reverse()
        .map((c) => c.id),
    );
    expect(await countClips(db)).toBe(120);
  });

  it('filters by agency and year together, with the total', async () => {
    const { db, clips } = await seeded(70);
    const want = clips.filter((c) => c.agency === clips[3].agency && c.reportYear === clips[3].reportYear);
    expect(want.length).toBeGreaterThan(1);
    const r = await pageOfClips(
      db,
      { agency: clips[3].agency ?? '', reportYear: clips[3].reportYear ?? 0 },
      'capturedAt',
      0,
      50,
    );
    expect(r.total).toBe(want.length);
    expect(new Set(r.clips.map((c) => c.id))).toEqual(new Set(want.map((c) => c.id)));
  });

  it('sorting by report year keeps clips that have no year, last', async () => {
    const { db } = await seeded(10);
    await db.clips.update('clip-00004', { reportYear: null });
    const keys = await scopeKeys(db, {}, 'reportYear');
    expect(keys).toHaveLength(10);
    expect(keys.at(-1)).toBe('clip-00004');
    const years = (await db.clips.bulkGet(keys.slice(0, -1))).map((c) => c?.reportYear ?? 0);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    const page = await pageOfClips(db, {}, 'reportYear', 0, 50);
    expect(page.total).toBe(10);
  });

  it('keeps search order for ids and drops ids that no longer exist', async () => {
    const { db } = await seeded(10);
    const ids = ['clip-00007', 'gone', 'clip-00002', 'clip-00005'];
    expect(await scopeKeys(db, { ids }, 'capturedAt')).toEqual(['clip-00007', 'clip-00002', 'clip-00005']);
    const r = await pageOfClips(db, { ids }, 'capturedAt', 0, 2);
    expect(r.total).toBe(3);
    expect(r.clips.map((c) => c.id)).toEqual(['clip-00007', 'clip-00002']);
  });

  it('filters by tag through the multi-entry index', async () => {
    const { db } = await seeded(6);
    await db.clips.update('clip-00001', { tags: ['营商环境', '法治'] });
    await db.clips.update('clip-00003', { tags: ['营商环境'] });
    const r = await pageOfClips(db, { tag: '营商环境' }, 'capturedAt', 0, 50);
    expect(r.clips.map((c) => c.id)).toEqual(['clip-00003', 'clip-00001']);
  });
});

describe('eachBatch', () => {
  it('visits every clip once, in order, with progress', async () => {
    const { db } = await seeded(23);
    const keys = await scopeKeys(db, {}, 'capturedAt');
    const seen: string[] = [];
    const progress: number[] = [];
    await eachBatch(db, keys, 10, (clips, done) => {
      seen.push(...clips.map((c) => c.id));
      progress.push(done);
    });
    expect(seen).toEqual(keys);
    expect(progress).toEqual([10, 20, 23]);
  });
});

describe('facets, edits, delete and undo', () => {
  it('lists distinct agencies, years (newest first), sites and tags', async () => {
    const { db, clips } = await seeded(30);
    await db.clips.update('clip-00002', { tags: ['法治'] });
    const f = await facets(db);
    expect(f.agencies).toEqual([...new Set(clips.map((c) => c.agency))].sort());
    expect(f.years).toEqual([...new Set(clips.map((c) => c.reportYear))].sort((a, b) => (b ?? 0) - (a ?? 0)));
    expect(f.tags).toContain('法治');
  });

  it('edits note and tags, deletes with its highlights and versions, and undoes', async () => {
    const { db, clips } = await seeded(3);
    await editClip(db, 'clip-00001', { note: '待核对', tags: ['核对'] });
    const edited = await db.clips.get('clip-00001');
    expect(edited).toMatchObject({ note: '待核对', tags: ['核对'] });
    await db.versions.put({ clipId: 'clip-00001', version: 1, savedAt: clips[1].capturedAt, snapshot: clips[1] });
    const removed = await deleteClip(db, 'clip-00001');
    expect(removed?.clip.id).toBe('clip-00001');
    expect(await db.clips.get('clip-00001')).toBeUndefined();
    expect(await db.versions.where('clipId').equals('clip-00001').count()).toBe(0);
    if (removed) await undoDelete(db, removed);
    expect(await db.clips.get('clip-00001')).toEqual(edited);
    expect(await db.versions.where('clipId').equals('clip-00001').count()).toBe(1);
  });
});
