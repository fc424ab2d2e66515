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
    const report = await importBackup(db, backup.backup);
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
