/**
 * Backups: export → wipe → import gives back exactly what was there (1,000 generated clips,
 * with versions and highlights); malformed or foreign files change nothing and say why.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { backupJson, parseBackup } from '../../export/backup';
import { exportBackup, importBackup } from '../../storage/backup';
import { GovLensDB } from '../../storage/db';
import { makeClips } from '../helpers/clips';

async function seeded(name: string, n: number) {
  const db = new GovLensDB(name);
  const clips = makeClips(n);
  await db.clips.bulkAdd(clips);
  await db.versions.bulkAdd(
    clips
      .filter((c) => c.version > 1)
      .map((c) => ({
        clipId: c.id,
        version: c.version - 1,
        savedAt: c.capturedAt,
        snapshot: { ...c, version: c.version - 1 },
      })),
  );
  await db.highlights.bulkAdd(clips.flatMap((c) => c.highlights));
  return db;
}

async function dump(db: GovLensDB) {
  return {
    clips: await db.clips.orderBy('id').toArray(),
    versions: await db.versions.orderBy('id').toArray(),
    highlights: await db.highlights.orderBy('id').toArray(),
  };
}

describe('JSON backup', () => {
  it('round-trips 1,000 clips losslessly through export, wipe and import', async () => {
    const db = await seeded('backup-roundtrip', 1000);
    const before = await dump(db);
    const json = await exportBackup(db);
    await db.delete();

    const parsed = parseBackup(json);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const fresh = new GovLensDB('backup-roundtrip');
    const progress: number[] = [];
    const report = await importBackup(fresh, parsed.backup, (done) => progress.push(done));
    expect(report).toEqual({ added: 1000, updated: 0, skipped: 0 });
    expect(progress.at(-1)).toBe(1000);
    expect(await dump(fresh)).toEqual(before);
    await fresh.delete();
  });

  it('merges by id: adds new, updates newer, keeps the rest, deletes nothing', async () => {
    const db = await seeded('backup-merge', 10);
    const clips = makeClips(12);
    clips[0] = { ...clips[0], title: '更新后的标题', updatedAt: '2030-01-01T00:00:00.000Z' };
    const backup = parseBackup(backupJson({ clips, versions: [], highlights: [] }));
    if (!backup.ok) throw new Error(backup.message);
    const report = await importBackup(db, backup.backup, undefined, new Date('2031-01-01T00:00:00Z'));
    expect(report).toEqual({ added: 2, updated: 1, skipped: 9 });
    expect(await db.clips.count()).toBe(12);
    expect((await db.clips.get('clip-00000'))?.title).toBe('更新后的标题');
    await db.delete();
  });

  it.each([
    ['not JSON', 'hello', /not JSON/],
    ['foreign JSON', '{"items":[]}', /not a GovLens backup/],
    ['a future version', JSON.stringify({ format: 'govlens-backup', version: 99 }), /version 99/],
    [
      'a damaged clip',
      JSON.stringify({
        format: 'govlens-backup',
        version: 1,
        exportedAt: 'x',
        clips: [{ id: 1 }],
        versions: [],
        highlights: [],
      }),
      /damaged at clips\.0/,
    ],
  ])('refuses %s with a clear message and changes nothing', async (_name, text, message) => {
    const db = await seeded(`backup-refuse-${_name}`, 3);
    const before = await dump(db);
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
    expect(await dump(db)).toEqual(before);
    await db.delete();
  });
});

describe('merging backups by the written rule', () => {
  const NOW = new Date('2026-06-01T00:00:00Z');
  const file = (clips: ReturnType<typeof makeClips>, versions: Parameters<typeof backupJson>[0]['versions'] = []) => {
    const b = parseBackup(backupJson({ clips, versions, highlights: clips.flatMap((c) => c.highlights) }));
    if (!b.ok) throw new Error(b.message);
    return b.backup;
  };

  it('a clip stamped in the future never wins, and does not block a later, honest one', async () => {
    const db = await seeded('merge-future', 1);
    const [local] = makeClips(1);
    const future = { ...local, title: '来自未来', contentHash: 'other', updatedAt: '9999-01-01T00:00:00.000Z' };
    expect(await importBackup(db, file([future]), undefined, NOW)).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect((await db.clips.get(local.id))?.title).toBe(local.title);
    const honest = { ...local, title: '真正更新', contentHash: 'newer', updatedAt: '2026-05-01T00:00:00.000Z' };
    expect(await importBackup(db, file([honest]), undefined, NOW)).toEqual({ added: 0, updated: 1, skipped: 0 });
    expect((await db.clips.get(local.id))?.title).toBe('真正更新');
    await db.delete();
  });

  it('a huge version number with an older updatedAt does not replace a newer local clip', async () => {
    const db = await seeded('merge-version', 1);
    const [local] = makeClips(1);
    const old = {
      ...local,
      title: '旧的',
      contentHash: 'old',
      version: 999_999,
      updatedAt: '2020-01-01T00:00:00.000Z',
    };
    expect(await importBackup(db, file([old]), undefined, NOW)).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect(await db.clips.get(local.id)).toMatchObject({ title: local.title, version: local.version });
    await db.delete();
  });

  it('keeps the old state as a version when a newer clip wins: versions are appended, never overwritten', async () => {
    const db = await seeded('merge-append', 1);
    const [local] = makeClips(1);
    const before = await db.versions.where('clipId').equals(local.id).toArray();
    const newer = {
      ...local,
      title: '修订版',
      contentHash: 'revised',
      version: 1,
      updatedAt: '2026-05-01T00:00:00.000Z',
    };
    // The file's own version 1 of this clip collides with the local version 1: it is appended after.
    const theirs = {
      clipId: local.id,
      version: 1,
      savedAt: '2026-04-01T00:00:00.000Z',
      snapshot: { ...local, contentHash: 'theirs' },
    };
    await importBackup(db, file([newer], [theirs]), undefined, NOW);
    const clip = await db.clips.get(local.id);
    const versions = await db.versions.where('clipId').equals(local.id).sortBy('version');
    expect(clip).toMatchObject({ title: '修订版' });
    expect(versions.length).toBe(before.length + 2);
    for (const v of before)
      expect(versions.find((x) => x.id === v.id)?.snapshot.contentHash).toBe(v.snapshot.contentHash);
    expect(versions.map((v) => v.snapshot.contentHash)).toContain(local.contentHash);
    expect(versions.map((v) => v.snapshot.contentHash)).toContain('theirs');
    expect(new Set(versions.map((v) => v.version)).size).toBe(versions.length);
    expect(clip?.version).toBeGreaterThan(Math.max(...versions.map((v) => v.version)) - 1);
    await db.delete();
  });

  it('merges highlights one by one: an older note in the file never overwrites a newer local note', async () => {
    const db = await seeded('merge-notes', 1);
    const [local] = makeClips(1);
    const h = local.highlights[0];
    const newerLocal = { ...h, note: '本地新批注', updatedAt: '2026-05-20T00:00:00.000Z' };
    await db.clips.update(local.id, { highlights: [newerLocal] });
    const older = { ...local, highlights: [{ ...h, note: '文件里的旧批注', updatedAt: '2026-01-01T00:00:00.000Z' }] };
    expect(await importBackup(db, file([older]), undefined, NOW)).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect((await db.clips.get(local.id))?.highlights[0].note).toBe('本地新批注');
    const newerInFile = {
      ...local,
      highlights: [{ ...h, note: '文件里的新批注', updatedAt: '2026-05-30T00:00:00.000Z' }],
    };
    expect(await importBackup(db, file([newerInFile]), undefined, NOW)).toEqual({ added: 0, updated: 1, skipped: 0 });
    expect((await db.clips.get(local.id))?.highlights[0].note).toBe('文件里的新批注');
    await db.delete();
  });

  it('counts a clip the file holds twice once, and stores it once', async () => {
    const db = new GovLensDB('merge-dup');
    const [c] = makeClips(1);
    const report = await importBackup(db, file([c, { ...c }]), undefined, NOW);
    expect(report).toEqual({ added: 1, updated: 0, skipped: 1 });
    expect(await db.clips.count()).toBe(1);
    await db.delete();
  });

  it('merges a clip of the same URL under another id into the local one, as its newer version', async () => {
    const db = await seeded('merge-url', 1);
    const [local] = makeClips(1);
    const other = {
      ...local,
      id: 'from-another-machine',
      title: '另一台电脑',
      contentHash: 'elsewhere',
      updatedAt: '2026-05-01T00:00:00.000Z',
    };
    const twice = { ...other, id: 'and-again', contentHash: 'elsewhere' };
    const report = await importBackup(db, file([other, twice]), undefined, NOW);
    expect(report).toEqual({ added: 0, updated: 1, skipped: 1 });
    expect(await db.clips.count()).toBe(1);
    expect((await db.clips.get(local.id))?.title).toBe('另一台电脑');
    expect((await db.versions.where('clipId').equals(local.id).toArray()).map((v) => v.snapshot.contentHash)).toContain(
      local.contentHash,
    );
    await db.delete();
  });
});
