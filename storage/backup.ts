/**
 * Backup and restore against the database. Import merges inside one transaction (all or
 * nothing) by the rule the README writes down:
 *
 * - a clip is the same clip when it has the same id or the same URL;
 * - the newer `updatedAt` wins, but only when it is not in the future (a clock a day ahead at
 *   most): a file stamped 9999 never wins; the `version` number a file carries decides nothing;
 * - when the incoming clip wins, the local state is appended to the clip's versions first:
 *   versions are added, never overwritten, and numbered after the local ones;
 * - highlights merge one by one, each by its own `updatedAt` (else `createdAt`), whichever clip
 *   won: a newer local note is never lost to an older one in the file;
 * - a file that holds the same clip twice is read in order, the second against the first;
 * - the report counts what was stored: added, updated (content or highlights), skipped.
 */
import type { Backup } from '../export/backup';
import { backupJson } from '../export/backup';
import type { UserHighlight } from '../messaging/protocol';
import type { Clip, ClipVersion, GovLensDB } from './db';

/** What an import did. */
export interface ImportReport {
  added: number;
  updated: number;
  skipped: number;
}

/** How far ahead of this machine's clock a timestamp may be and still count (time zones, skew). */
const FUTURE_SLACK_MS = 24 * 3600 * 1000;

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

/** A timestamp as a number, or -Infinity when it is missing, unreadable or in the future. */
function when(s: string | undefined, limit: number): number {
  const t = s ? Date.parse(s) : Number.NaN;
  return Number.isFinite(t) && t <= limit ? t : Number.NEGATIVE_INFINITY;
}

const stamp = (h: UserHighlight, limit: number) => Math.max(when(h.updatedAt, limit), when(h.createdAt, limit));

/** The incoming highlight replaces the one we have (none, or an older one). */
const replaces = (h: UserHighlight, have: UserHighlight | undefined, limit: number) =>
  !have || stamp(h, limit) > stamp(have, limit);

/** Highlights of both sides, one per id, each the newer by its own timestamp. */
export function mergeHighlights(local: UserHighlight[], incoming: UserHighlight[], limit: number): UserHighlight[] {
  const out = new Map(local.map((h) => [h.id, h]));
  for (const h of incoming) {
    const have = out.get(h.id);
    if (replaces(h, have, limit)) out.set(h.id, h);
  }
  return [...out.values()];
}

const sameHighlights = (a: UserHighlight[], b: UserHighlight[]) =>
  a.length === b.length && JSON.stringify([...a].sort(byId)) === JSON.stringify([...b].sort(byId));
const byId = (x: UserHighlight, y: UserHighlight) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** Merge a validated backup into the database; all or nothing. */
export async function importBackup(
  db: GovLensDB,
  backup: Backup,
  onProgress?: (done: number, total: number) => void,
  now = new Date(),
): Promise<ImportReport> {
  const limit = now.getTime() + FUTURE_SLACK_MS;
  const report: ImportReport = { added: 0, updated: 0, skipped: 0 };
  await db.transaction('rw', db.clips, db.versions, db.highlights, async () => {
    // The clips as they will be after this import, by id and by URL: a clip the file holds twice
    // is merged the second time with the outcome of the first.
    const byId = new Map<string, Clip>();
    const byUrl = new Map<string, Clip>();
    const ids = [...new Set(backup.clips.map((c) => c.id))];
    const remember = (c: Clip) => {
      byId.set(c.id, c);
      byUrl.set(c.url, c);
    };
    for (const c of await db.clips.bulkGet(ids)) if (c) remember(c);
    const urls = [...new Set(backup.clips.map((x) => x.url))];
    for (const c of await db.clips.where('url').anyOf(urls).toArray()) remember(c);
    /** The clips this library had before the import (the others are added by it). */
    const before = new Set(byId.keys());
    const localVersions = await db.versions.toArray();
    const maxVersion = new Map<string, number>();
    for (const v of localVersions) maxVersion.set(v.clipId, Math.max(maxVersion.get(v.clipId) ?? 0, v.version));
    const changed = new Map<string, Clip>();
    const newVersions: Omit<ClipVersion, 'id'>[] = [];
    /** Incoming clip id → the local id it merged into (same URL under another id). */
    const idMap = new Map<string, string>();
    let added = 0;
    const updatedIds = new Set<string>();

    backup.clips.forEach((incoming, i) => {
      const have = byId.get(incoming.id) ?? byUrl.get(incoming.url);
      if (!have) {
        const clip = { ...incoming, highlights: mergeHighlights([], incoming.highlights, limit) };
        remember(clip);
        changed.set(clip.id, clip);
        added++;
      } else {
        idMap.set(incoming.id, have.id);
        const highlights = mergeHighlights(have.highlights, incoming.highlights, limit);
        const newer = when(incoming.updatedAt, limit) > when(have.updatedAt, limit);
        let next: Clip | null = null;
        if (newer && incoming.contentHash !== have.contentHash) {
          // The local state becomes a version; the incoming one is the clip, numbered after it.
          const n = Math.max(have.version, maxVersion.get(have.id) ?? 0);
          newVersions.push({ clipId: have.id, version: n, savedAt: now.toISOString(), snapshot: have });
          maxVersion.set(have.id, n);
          next = { ...incoming, id: have.id, url: have.url, version: n + 1, highlights };
        } else if (newer) {
          // Same content, newer edits (notes, tags): take them, keep the local version number.
          next = { ...incoming, id: have.id, url: have.url, version: have.version, highlights };
        } else if (!sameHighlights(highlights, have.highlights)) {
          next = { ...have, highlights };
        }
        if (next) {
          remember(next);
          changed.set(next.id, next);
          // A clip added by this file and merged again is still one addition, not an update.
          if (before.has(next.id)) updatedIds.add(next.id);
        }
      }
      if (i % 200 === 0) onProgress?.(i, backup.clips.length);
    });

    report.added = added;
    report.updated = updatedIds.size;
    report.skipped = backup.clips.length - added - updatedIds.size;

    await db.clips.bulkPut([...changed.values()]);
    // The file's own versions: appended where the clip has no version of that number, else
    // numbered after the clip's last; never written over a local one.
    const known = new Set(localVersions.map((v) => `${v.clipId}#${v.version}`));
    for (const v of newVersions) known.add(`${v.clipId}#${v.version}`);
    const usedIds = new Set(localVersions.map((v) => v.id));
    const fileVersions = backup.versions.map(({ id, ...v }) => {
      const clipId = idMap.get(v.clipId) ?? v.clipId;
      let version = v.version;
      if (known.has(`${clipId}#${version}`)) {
        if (
          clipId === v.clipId &&
          localVersions.some(
            (l) => l.clipId === clipId && l.version === version && l.snapshot.contentHash === v.snapshot.contentHash,
          )
        )
          return null;
        version = (maxVersion.get(clipId) ?? 0) + 1;
      }
      maxVersion.set(clipId, Math.max(maxVersion.get(clipId) ?? 0, version));
      known.add(`${clipId}#${version}`);
      const row = { ...v, clipId, version, snapshot: { ...v.snapshot, id: clipId } };
      return id !== undefined && !usedIds.has(id) && clipId === v.clipId ? { id, ...row } : row;
    });
    await db.versions.bulkAdd([...newVersions, ...fileVersions.filter((v) => v !== null)]);
    // Reader highlights (stored on their own too), one by one.
    const localH = await db.highlights.bulkGet(backup.highlights.map((h) => h.id));
    const putH = backup.highlights.filter((h, i) => replaces(h, localH[i], limit));
    await db.highlights.bulkPut(putH);
    onProgress?.(backup.clips.length, backup.clips.length);
  });
  return report;
}
