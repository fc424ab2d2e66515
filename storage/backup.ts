/**
 * Backup and restore against the database. Import merges by id inside one transaction: new
 * clips are added, newer ones replace older, nothing is deleted, and a report says what happened.
 */
import { type Backup, backupJson } from '../export/backup';
import type { GovLensDB } from './db';

/** What an import did. */
export interface ImportReport {
  added: number;
  updated: number;
  skipped: number;
}

/** Everything in the database as backup JSON. */
export async function exportBackup(db: GovLensDB, now = new Date()): Promise<string> {
  return db.transaction('r', db.clips, db.versions, db.highlights, async () =>
    backupJson(
      {
        clips: await db.clips.toArray(),
        versions: await db.versions.toArray(),
        highlights: await db.highlights.toArray(),
      },
      now,
    ),
  );
}

/** Merge a validated backup into the database; all or nothing. */
export async function importBackup(
  db: GovLensDB,
  backup: Backup,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportReport> {
  const report: ImportReport = { added: 0, updated: 0, skipped: 0 };
  await db.transaction('rw', db.clips, db.versions, db.highlights, async () => {
    const ids = backup.clips.map((c) => c.id);
    const existing = await db.clips.bulkGet(ids);
    const toPut = [];
    for (let i = 0; i < backup.clips.length; i++) {
      const incoming = backup.clips[i];
      const have = existing[i];
      if (!have) {
        // A clip of the same URL under another id (saved on both machines): keep the local one.
        const sameUrl = await db.clips.where('url').equals(incoming.url).first();
        if (sameUrl) {
          report.skipped++;
          continue;
        }
        toPut.push(incoming);
        report.added++;
      } else if (incoming.updatedAt > have.updatedAt || incoming.version > have.version) {
        toPut.push(incoming);
        report.updated++;
      } else {
        report.skipped++;
      }
      if (i % 200 === 0) onProgress?.(i, backup.clips.length);
    }
    await db.clips.bulkPut(toPut);
    const local = await db.versions.toArray();
    const known = new Set(local.map((v) => `${v.clipId}#${v.version}`));
    const usedIds = new Set(local.map((v) => v.id));
    // Keep each version's id where it is free, so a restore into an empty library is exact.
    await db.versions.bulkAdd(
      backup.versions
        .filter((v) => !known.has(`${v.clipId}#${v.version}`))
        .map(({ id, ...v }) => (id !== undefined && !usedIds.has(id) ? { id, ...v } : v)),
    );
    await db.highlights.bulkPut(backup.highlights);
    onProgress?.(backup.clips.length, backup.clips.length);
  });
  return report;
}
