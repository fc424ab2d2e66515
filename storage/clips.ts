/**
 * Saving and finding clips. A save is one transaction: the clip is written whole or not at all,
 * the previous state of a re-saved URL is kept as a version, and storage errors come back as a
 * message the user can act on.
 */
import type { ClipLookup, ClipPayload, SaveResult, UserHighlight } from '../messaging/protocol';
import { type Clip, type EditableField, type GovLensDB, siteOf } from './db';

/** The fragment that marks a selection clip (its own clip beside the page's). */
export const SELECTION_FRAGMENT = '#govlens-selection-';

/**
 * Page URL as clips and highlights key it: without the #fragment, except a selection clip's
 * own fragment, so that saving a selection never lands on the page's clip.
 */
export function pageKey(url: string): string {
  const at = url.indexOf(SELECTION_FRAGMENT);
  if (at >= 0) return url.split('#')[0] + url.slice(at);
  return url.split('#')[0];
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** A storage error as the message a user sees. */
export function storageError(e: unknown): SaveResult {
  const name = (e as { name?: string })?.name ?? '';
  const inner = (e as { inner?: { name?: string } })?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return {
      ok: false,
      error: 'quota',
      message:
        'Browser storage is full: nothing was saved. Export and delete old clips in the library, then try again.',
    };
  }
  return { ok: false, error: 'storage', message: `Could not save: ${(e as Error)?.message ?? String(e)}` };
}

/** Save a clip payload; the same URL again updates the clip and keeps the old state as a version. */
export async function saveClip(db: GovLensDB, p: ClipPayload, now = new Date()): Promise<SaveResult> {
  const url = pageKey(p.url);
  const at = now.toISOString();
  try {
    return await db.transaction('rw', db.clips, db.versions, db.highlights, async () => {
      const existing = await db.clips.where('url').equals(url).first();
      const highlights = p.highlights.length ? p.highlights : await db.highlights.where('url').equals(url).toArray();
      const fields = {
        url,
        canonicalUrl: p.canonicalUrl || url,
        title: p.title ?? url,
        agency: p.metadata.agency,
        site: siteOf(url),
        siteCode: p.metadata.siteCode,
        reportYear: p.metadata.reportYear,
        publishedAt: p.metadata.publishedAt,
        kind: p.kind,
        metadata: p.metadata,
        text: p.text,
        html: p.html,
        metrics: p.metrics,
        disclosure: p.disclosure ?? null,
        removed: p.removed,
        highlights,
        contentHash: p.contentHash,
        updatedAt: at,
        ...(p.selection ? { selection: p.selection } : {}),
        ...(p.source ? { source: p.source } : {}),
      };
      // The reader's corrections beat a new extraction; what extraction now says is kept beside them.
      if (existing?.edited) {
        const edited = { ...existing.edited };
        for (const k of Object.keys(edited) as EditableField[]) {
          edited[k] = (fields as Record<EditableField, string | number | null>)[k];
          Object.assign(fields, { [k]: existing[k] });
        }
        Object.assign(fields, { edited });
      }
      const tags = [...new Set([...(existing?.tags ?? []), ...(p.tags ?? [])])];
      const collections = [...new Set([...(existing?.collections ?? []), ...(p.collections ?? [])])];
      const note = p.note?.trim() ? p.note : (existing?.note ?? '');
      if (!existing) {
        const clip: Clip = {
          id: newId(),
          capturedAt: at,
          tags,
          note,
          version: 1,
          ...fields,
          ...(collections.length ? { collections } : {}),
        };
        await db.clips.add(clip);
        return { ok: true, clipId: clip.id, status: 'created', version: 1 } as const;
      }
      const same =
        existing.contentHash === p.contentHash &&
        JSON.stringify(existing.highlights) === JSON.stringify(highlights) &&
        existing.selection === p.selection;
      if (same) {
        // The same page read by a newer GovLens (table cells, what figures say): the reading is
        // refreshed in place; the page did not change, so no version is added.
        // A note or tags given with the save (the file reader's) are the reader's: kept too.
        if (
          JSON.stringify(existing.metrics) !== JSON.stringify(fields.metrics) ||
          !existing.disclosure !== !fields.disclosure ||
          note !== existing.note ||
          tags.length !== existing.tags.length ||
          collections.length !== (existing.collections ?? []).length
        )
          await db.clips.put({
            ...existing,
            metrics: fields.metrics,
            disclosure: fields.disclosure,
            note,
            tags,
            ...(collections.length ? { collections } : {}),
          });
        return { ok: true, clipId: existing.id, status: 'unchanged', version: existing.version } as const;
      }
      await db.versions.add({ clipId: existing.id, version: existing.version, savedAt: at, snapshot: existing });
      const version = existing.version + 1;
      await db.clips.put({
        ...existing,
        ...fields,
        tags,
        note,
        version,
        capturedAt: at,
        ...(collections.length ? { collections } : {}),
      });
      return { ok: true, clipId: existing.id, status: 'updated', version } as const;
    });
  } catch (e) {
    return storageError(e);
  }
}

/** Whether a URL is clipped, and whether the page changed since. */
export async function findClip(db: GovLensDB, url: string, contentHash: string): Promise<ClipLookup> {
  const clip = await db.clips.where('url').equals(pageKey(url)).first();
  if (!clip) return { clipId: null, capturedAt: null, changed: false, version: 0 };
  return {
    clipId: clip.id,
    capturedAt: clip.capturedAt,
    changed: clip.contentHash !== contentHash,
    version: clip.version,
  };
}

/** Store a reader highlight, and mirror it into the page's clip when there is one. */
export async function putHighlight(db: GovLensDB, h: UserHighlight): Promise<SaveResult> {
  const url = pageKey(h.url);
  // Every put is an edit (a new highlight, a note typed): stamped for merging backups.
  const highlight = { ...h, url, updatedAt: new Date().toISOString() };
  try {
    return await db.transaction('rw', db.highlights, db.clips, async () => {
      await db.highlights.put(highlight);
      const clip = await db.clips.where('url').equals(url).first();
      if (clip) {
        const rest = clip.highlights.filter((x) => x.id !== h.id);
        await db.clips.update(clip.id, { highlights: [...rest, highlight] });
      }
      return {
        ok: true,
        clipId: clip?.id ?? '',
        status: clip ? 'updated' : 'created',
        version: clip?.version ?? 0,
      } as const;
    });
  } catch (e) {
    return storageError(e);
  }
}

/** Delete a reader highlight, from its store and from the page's clip. */
export async function deleteHighlight(db: GovLensDB, id: string): Promise<SaveResult> {
  try {
    return await db.transaction('rw', db.highlights, db.clips, async () => {
      const h = await db.highlights.get(id);
      await db.highlights.delete(id);
      const clip = h ? await db.clips.where('url').equals(h.url).first() : undefined;
      if (clip) await db.clips.update(clip.id, { highlights: clip.highlights.filter((x) => x.id !== id) });
      return { ok: true, clipId: clip?.id ?? '', status: 'updated', version: clip?.version ?? 0 } as const;
    });
  } catch (e) {
    return storageError(e);
  }
}

/** The reader highlights stored for a URL, oldest first. */
export async function listHighlights(db: GovLensDB, url: string): Promise<UserHighlight[]> {
  const list = await db.highlights.where('url').equals(pageKey(url)).toArray();
  return list.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
