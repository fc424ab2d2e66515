/**
 * The one sanitising rule for clip HTML (DOMPurify, in a context with a DOM): what a clean clip
 * may hold is text structure only. Used when a clip is saved (popup, side panel, background or
 * its offscreen document) and when a backup is imported: a backup is a file from anywhere, and
 * its `html` is shown and exported again.
 */
import DOMPurify from 'dompurify';
import type { Backup } from '../export/backup';

/** Tags and attributes a clean clip may hold. */
export const CLIP_PURIFY = {
  ALLOWED_TAGS: ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'mark', 'br'],
  ALLOWED_ATTR: ['class', 'rowspan', 'colspan'],
};

/** Sanitise clip HTML (needs a DOM). */
export function purifyClipHtml(html: string): string {
  return DOMPurify.sanitize(html, CLIP_PURIFY) as string;
}

/** A backup whose clips and versions hold only sanitised HTML. */
export function purifyBackup(b: Backup): Backup {
  return {
    ...b,
    clips: b.clips.map((c) => ({ ...c, html: purifyClipHtml(c.html) })),
    versions: b.versions.map((v) => ({ ...v, snapshot: { ...v.snapshot, html: purifyClipHtml(v.snapshot.html) } })),
  };
}
