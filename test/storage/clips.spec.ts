/**
 * Storage with fake-indexeddb: saving, re-saving (versions kept, no duplicates), concurrent saves,
 * quota errors (nothing half-written) and the v1 → v2 migration from old data.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClipPayload, UserHighlight } from '../../messaging/protocol';
import { findClip, listHighlights, putHighlight, saveClip } from '../../storage/clips';
import { GovLensDB } from '../../storage/db';

let n = 0;
const dbs: GovLensDB[] = [];
function freshDb(): GovLensDB {
  const db = new GovLensDB(`govlens-test-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function payload(over: Partial<ClipPayload> = {}): ClipPayload {
  return {
    url: 'https://gxj.example.gov.cn/art/1.html',
    canonicalUrl: 'https://gxj.example.gov.cn/art/1.html',
    title: '2024年法治政府建设情况报告',
    kind: 'report',
    isReport: true,
    metadata: {
      agency: '某市工业和信息化局',
      siteName: '某市工业和信息化局',
      siteCode: '1234000001',
      publishedAt: '2025-02-18',
      reportYear: 2024,
      source: null,
    },
    text: '全年出具法律意见104份。',
    html: '<p>全年出具法律意见104份。</p>',
    metrics: [
      {
        text: '104份',
        value: 104,
        unit: '份',
        approx: false,
        label: '法律意见',
        indicator: '法律意见',
        measure: 'level',
        direction: null,
        base: null,
        target: false,
        kind: 'count',
        hedge: null,
        start: 6,
        end: 10,
        sentence: '全年出具法律意见104份。',
      },
    ],
    removed: [],
    contentHash: 'h1',
    highlights: [],
    ...over,
  };
}

describe('saveClip', () => {
  it('creates a clip whole, with its metadata indexed', async () => {
    const db = freshDb();
    const r = await saveClip(db, payload(), new Date('2025-03-01T00:00:00Z'));
    expect(r).toMatchObject({ ok: true, status: 'created', version: 1 });
    const clip = await db.clips.where('reportYear').equals(2024).first();
    expect(clip).toMatchObject({
      title: '2024年法治政府建设情况报告',
      site: 'gxj.example.gov.cn',
      capturedAt: '2025-03-01T00:00:00.000Z',
    });
    expect(clip?.metrics).toHaveLength(1);
  });

  it('updates the same URL, keeps the old state as a version, never duplicates', async () => {
    const db = freshDb();
    const first = await saveClip(db, payload());
    const same = await saveClip(db, payload());
    expect(same).toMatchObject({ ok: true, status: 'unchanged', version: 1 });
    const changed = await saveClip(db, payload({ text: '全年出具法律意见105份。', contentHash: 'h2' }));
    expect(changed).toMatchObject({ ok: true, status: 'updated', version: 2 });
    expect(await db.clips.count()).toBe(1);
    const versions = await db.versions.toArray();
    expect(versions).toHaveLength(1);
    expect(versions[0].snapshot.text).toBe('全年出具法律意见104份。');
    if (first.ok) expect((await db.clips.get(first.clipId))?.text).toBe('全年出具法律意见105份。');
  });

  it('loses nothing when several tabs save at once', async () => {
    const db = freshDb();
    const results = await Promise.all([
      ...Array.from({ length: 8 }, (_, i) => saveClip(db, payload({ url: `https://a.gov.cn/${i}.html` }))),
      saveClip(db, payload({ contentHash: 'x1' })),
      saveClip(db, payload({ contentHash: 'x2' })),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.clips.count()).toBe(9);
    const clip = await db.clips.where('url').equals('https://gxj.example.gov.cn/art/1.html').first();
    expect(clip?.version).toBe(2);
    expect(await db.versions.count()).toBe(1);
  });

  it('reports a full disk as a clear message and writes nothing', async () => {
    const db = freshDb();
    await saveClip(db, payload());
    // The version row is written, then the clip write fails with the browser's quota error.
    db.clips.hook('updating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    db.clips.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const r = await saveClip(db, payload({ text: '新的内容', contentHash: 'h9' }));
    expect(r).toMatchObject({ ok: false, error: 'quota' });
    if (!r.ok) expect(r.message).toMatch(/storage is full/i);
    expect(await db.versions.count()).toBe(0);
    expect((await db.clips.toArray())[0].text).toBe('全年出具法律意见104份。');
    const r2 = await saveClip(db, payload({ url: 'https://b.gov.cn/new.html' }));
    expect(r2.ok).toBe(false);
    expect(await db.clips.count()).toBe(1);
  });

  it('tells whether a URL was clipped and whether the page changed since', async () => {
    const db = freshDb();
    expect(await findClip(db, 'https://gxj.example.gov.cn/art/1.html', 'h1')).toMatchObject({ clipId: null });
    await saveClip(db, payload());
    expect(await findClip(db, 'https://gxj.example.gov.cn/art/1.html#top', 'h1')).toMatchObject({ changed: false });
    expect(await findClip(db, 'https://gxj.example.gov.cn/art/1.html', 'other')).toMatchObject({ changed: true });
  });
});

describe('reader highlights', () => {
  const h: UserHighlight = {
    id: 'h-1',
    url: 'https://gxj.example.gov.cn/art/1.html#p3',
    selectors: [
      { type: 'TextQuoteSelector', exact: '法律意见', prefix: '全年出具', suffix: '104份' },
      { type: 'TextPositionSelector', start: 4, end: 8 },
    ],
    note: '关键指标',
    createdAt: '2025-03-01T00:00:00Z',
  };

  it('are stored per page and mirrored into the clip', async () => {
    const db = freshDb();
    await saveClip(db, payload());
    await putHighlight(db, h);
    expect(await listHighlights(db, 'https://gxj.example.gov.cn/art/1.html')).toHaveLength(1);
    const clip = await db.clips.toCollection().first();
    expect(clip?.highlights.map((x) => x.note)).toEqual(['关键指标']);
  });

  it('go into a clip saved after them', async () => {
    const db = freshDb();
    await putHighlight(db, h);
    await saveClip(db, payload());
    expect((await db.clips.toCollection().first())?.highlights).toHaveLength(1);
  });
});

describe('schema migration', () => {
  it('upgrades v1 data to v2 (site index, highlights array)', async () => {
    const name = `govlens-migrate-${n++}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ clips: 'id, &url, agency, reportYear, capturedAt, *tags', versions: '++id, clipId' });
    await v1.table('clips').add({
      id: 'old',
      url: 'http://www.tjbh.gov.cn/contents/1.html',
      title: '旧摘录',
      agency: '天津市滨海新区人民政府',
      reportYear: 2023,
      capturedAt: '2024-01-01T00:00:00Z',
      tags: ['法治'],
      metrics: [],
    });
    v1.close();

    const db = new GovLensDB(name);
    dbs.push(db);
    const clip = await db.clips.where('site').equals('www.tjbh.gov.cn').first();
    expect(clip).toMatchObject({ id: 'old', title: '旧摘录', highlights: [], tags: ['法治'] });
    expect(db.verno).toBe(4);
    // v4 indexes collections: a migrated clip is in none.
    expect(await db.clips.where('collections').equals('x').count()).toBe(0);
    expect(await db.highlights.count()).toBe(0);
  });

  it('upgrades v2 figures to v3: each figure read again from the clip text', async () => {
    const name = `govlens-migrate-${n++}`;
    const v2 = new Dexie(name);
    v2.version(2).stores({
      clips: 'id, &url, agency, reportYear, site, capturedAt, *tags',
      versions: '++id, clipId',
      highlights: 'id, url',
    });
    const text = '全年实现生产总值262.6亿元，同比增长5.3%。';
    const old = (t: string, value: number, unit: string, start: number, label: string) => ({
      text: t,
      value,
      unit,
      approx: false,
      label,
      kind: unit === '元' ? 'money' : 'percent',
      hedge: null,
      start,
      end: start + t.length,
      sentence: text,
    });
    await v2.table('clips').add({
      id: 'v2',
      url: 'http://tjj.example.gov.cn/1.html',
      site: 'tjj.example.gov.cn',
      text,
      highlights: [],
      tags: [],
      // The second figure's offsets no longer match the text: it keeps its label, as a level.
      metrics: [
        old('262.6亿元', 26260000000, '元', text.indexOf('262.6'), '生产总值'),
        old('5.3%', 5.3, '%', text.indexOf('5.3%'), '同比增长'),
        old('9份', 9, '份', 40, '意见'),
      ],
    });
    v2.close();

    const db = new GovLensDB(name);
    dbs.push(db);
    const clip = await db.clips.get('v2');
    expect(clip?.metrics.map((m) => [m.label, m.indicator, m.measure, m.direction, m.base, m.target])).toEqual([
      ['生产总值', '生产总值', 'level', null, null, false],
      ['生产总值增速', '生产总值', 'change', 'up', '上年同期', false],
      ['意见', '意见', 'level', null, null, false],
    ]);
  });
});
