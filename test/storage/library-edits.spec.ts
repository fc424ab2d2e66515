/**
 * The library's research edits with fake-indexeddb: corrected metadata that lists, filters and
 * exports use and that survives re-saving the page; versions listed, compared and restored
 * (nothing overwritten); collections that filter.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { gbt7714 } from '../../export/citation';
import { compareVersions } from '../../export/versions';
import type { ClipPayload } from '../../messaging/protocol';
import { saveClip } from '../../storage/clips';
import { GovLensDB } from '../../storage/db';
import {
  editMetadata,
  facets,
  listVersions,
  pageOfClips,
  restoreVersion,
  scopeKeys,
  setCollection,
} from '../../storage/queries';

let n = 0;
const dbs: GovLensDB[] = [];
function freshDb(): GovLensDB {
  const db = new GovLensDB(`govlens-edits-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const figure = (text: string, value: number, label: string, start: number) => ({
  text,
  value,
  unit: '份',
  approx: false,
  label,
  indicator: label,
  measure: 'level' as const,
  direction: null,
  base: null,
  target: false,
  kind: 'count' as const,
  hedge: null,
  start,
  end: start + text.length,
  sentence: '',
});

function payload(text: string, over: Partial<ClipPayload> = {}): ClipPayload {
  const m = /法律意见(\d+)份/.exec(text);
  return {
    url: 'https://sfj.example.gov.cn/art/2025/1.html',
    canonicalUrl: 'https://sfj.example.gov.cn/art/2025/1.html',
    title: '2024年法治政府建设年度报告_某区司法局',
    kind: 'report',
    isReport: true,
    metadata: {
      agency: '某区司法局网站',
      siteName: null,
      siteCode: null,
      publishedAt: '2025-01-20',
      reportYear: 2024,
      source: null,
    },
    text,
    html: `<p>${text}</p>`,
    metrics: m ? [figure(`${m[1]}份`, Number(m[1]), '出具法律意见', m.index + 4)] : [],
    removed: [],
    contentHash: `h-${text.length}-${text}`,
    highlights: [],
    ...over,
  };
}

describe('editable metadata', () => {
  it('the corrected values are the clip’s: list, filter, facets and citation use them, and which were edited is kept', async () => {
    const db = freshDb();
    const r = await saveClip(db, payload('全年出具法律意见104份。'));
    if (!r.ok) throw new Error('save failed');
    const clip = await editMetadata(db, r.clipId, { agency: '某区人民政府', title: '某区2024年法治政府建设年度报告' });
    expect(clip).toMatchObject({
      agency: '某区人民政府',
      title: '某区2024年法治政府建设年度报告',
      edited: { agency: '某区司法局网站', title: '2024年法治政府建设年度报告_某区司法局' },
      // What extraction said stays in the metadata.
      metadata: { agency: '某区司法局网站' },
    });
    expect((await pageOfClips(db, { agency: '某区人民政府' }, 'capturedAt', 0, 10)).clips).toHaveLength(1);
    expect((await facets(db)).agencies).toEqual(['某区人民政府']);
    expect(gbt7714((await db.clips.get(r.clipId)) as NonNullable<typeof clip>)).toContain(
      '某区人民政府. 某区2024年法治政府建设年度报告',
    );
  });

  it('a user’s edit beats re-extraction when the page is saved again, changed or not', async () => {
    const db = freshDb();
    const r = await saveClip(db, payload('全年出具法律意见104份。'));
    if (!r.ok) throw new Error('save failed');
    await editMetadata(db, r.clipId, { agency: '某区人民政府', reportYear: 2023 });
    const again = await saveClip(
      db,
      payload('全年出具法律意见105份。', { metadata: { ...payload('').metadata, agency: '新提取的机关' } }),
    );
    expect(again).toMatchObject({ ok: true, status: 'updated', version: 2 });
    const clip = await db.clips.get(r.clipId);
    expect(clip).toMatchObject({
      agency: '某区人民政府',
      reportYear: 2023,
      // The latest extraction, shown as "was" and restored by undoing the edit.
      edited: { agency: '新提取的机关', reportYear: 2024 },
      publishedAt: '2025-01-20',
    });
    // Setting a field back to what extraction says makes it no longer edited.
    const undone = await editMetadata(db, r.clipId, { agency: '新提取的机关' });
    expect(undone?.edited).toEqual({ reportYear: 2024 });
  });
});

describe('versions', () => {
  it('lists earlier versions, compares them (a revised figure called out) and restores one without losing the current', async () => {
    const db = freshDb();
    const v1 = '全年出具法律意见104份。\n审查合同76件。';
    const v2 = '全年出具法律意见108份。\n审查合同76件。\n新增一段。';
    const r = await saveClip(db, payload(v1), new Date('2025-02-01T00:00:00Z'));
    if (!r.ok) throw new Error('save failed');
    await saveClip(db, payload(v2), new Date('2025-03-01T00:00:00Z'));
    await db.clips.update(r.clipId, { note: '核对', tags: ['法治'] });
    const versions = await listVersions(db, r.clipId);
    expect(versions.map((v) => [v.version, v.savedAt, v.snapshot.text])).toEqual([[1, '2025-03-01T00:00:00.000Z', v1]]);
    const current = await db.clips.get(r.clipId);
    const d = compareVersions(versions[0].snapshot, current as NonNullable<typeof current>);
    expect(d.same).toBe(false);
    expect(d.figures).toEqual([{ label: '出具法律意见', unit: '份', before: '104份', after: '108份' }]);
    expect(d.parts.filter((p) => p.removed).map((p) => p.value)).toEqual(['4']);
    expect(d.parts.filter((p) => p.added).map((p) => p.value)).toEqual(['8', '新增一段。\n']);

    const restored = await restoreVersion(db, r.clipId, versions[0].id as number);
    expect(restored).toMatchObject({ text: v1, version: 3, note: '核对', tags: ['法治'] });
    // The state before the restore is a version now: nothing was overwritten.
    expect((await listVersions(db, r.clipId)).map((v) => [v.version, v.snapshot.text])).toEqual([
      [2, v2],
      [1, v1],
    ]);
  });

  it('restores nothing for a version of another clip', async () => {
    const db = freshDb();
    const a = await saveClip(db, payload('甲法律意见1份。'));
    await saveClip(db, payload('甲法律意见2份。'));
    const b = await saveClip(db, payload('乙', { url: 'https://sfj.example.gov.cn/art/2.html' }));
    if (!a.ok || !b.ok) throw new Error('save failed');
    const [v] = await listVersions(db, a.clipId);
    expect(await restoreVersion(db, b.clipId, v.id as number)).toBeNull();
  });
});

describe('collections', () => {
  it('a clip may be in several; a collection filters the list, its scope and the facets', async () => {
    const db = freshDb();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await saveClip(
        db,
        payload(`第${i}份法律意见${i}份。`, { url: `https://sfj.example.gov.cn/art/${i}.html` }),
      );
      if (r.ok) ids.push(r.clipId);
    }
    expect(await setCollection(db, ids.slice(0, 3), '区县法治报告 2019—2024')).toBe(3);
    expect(await setCollection(db, [ids[0], ids[3]], '对照组')).toBe(2);
    // Adding again changes nothing.
    expect(await setCollection(db, [ids[0]], '对照组')).toBe(0);
    expect((await db.clips.get(ids[0]))?.collections).toEqual(['区县法治报告 2019—2024', '对照组']);
    expect((await scopeKeys(db, { collection: '区县法治报告 2019—2024' }, 'capturedAt')).sort()).toEqual(
      ids.slice(0, 3).sort(),
    );
    expect((await pageOfClips(db, { collection: '对照组' }, 'capturedAt', 0, 10)).total).toBe(2);
    expect((await facets(db)).collections).toEqual(['区县法治报告 2019—2024', '对照组']);
    expect(await setCollection(db, [ids[0]], '对照组', false)).toBe(1);
    expect((await db.clips.get(ids[0]))?.collections).toEqual(['区县法治报告 2019—2024']);
  });
});
