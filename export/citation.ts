/**
 * Citations of clips: CSL-JSON (for Zotero, citeproc), RIS, and a GB/T 7714-2015 electronic
 * resource reference ([EB/OL]) to copy. The author is the issuing agency (an institution).
 */
import type { Clip } from '../storage/db';

/** A CSL-JSON item (the fields GovLens fills). */
export interface CslItem {
  id: string;
  type: 'report';
  title: string;
  author?: { literal: string }[];
  publisher?: string;
  issued?: { 'date-parts': number[][] };
  accessed: { 'date-parts': number[][] };
  URL: string;
  language: 'zh-CN';
  note?: string;
}

function dateParts(iso: string): number[] {
  return iso
    .slice(0, 10)
    .split('-')
    .map((x) => Number(x));
}

/** CSL-JSON items for `clips`; `accessed` is when the reader saw the page (clip capture by default). */
export function toCsl(clips: Clip[]): CslItem[] {
  return clips.map((c) => ({
    id: c.id,
    type: 'report',
    title: c.title,
    ...(c.agency ? { author: [{ literal: c.agency }], publisher: c.agency } : {}),
    ...(c.publishedAt ? { issued: { 'date-parts': [dateParts(c.publishedAt)] } } : {}),
    accessed: { 'date-parts': [dateParts(c.capturedAt)] },
    URL: c.canonicalUrl || c.url,
    language: 'zh-CN',
    ...(c.reportYear ? { note: `Report year: ${c.reportYear}` } : {}),
  }));
}

/** CSL-JSON text. */
export function cslJson(clips: Clip[]): string {
  return `${JSON.stringify(toCsl(clips), null, 2)}\n`;
}

/** RIS records (TY RPRT), CRLF line ends as the format expects. */
export function ris(clips: Clip[]): string {
  const out: string[] = [];
  for (const c of clips) {
    out.push('TY  - RPRT', `TI  - ${c.title}`);
    if (c.agency) out.push(`AU  - ${c.agency}`, `PB  - ${c.agency}`);
    if (c.publishedAt) out.push(`DA  - ${c.publishedAt.replaceAll('-', '/')}`, `PY  - ${c.publishedAt.slice(0, 4)}`);
    out.push(
      `UR  - ${c.canonicalUrl || c.url}`,
      `Y2  - ${c.capturedAt.slice(0, 10).replaceAll('-', '/')}`,
      'LA  - zh-CN',
    );
    for (const tag of c.tags) out.push(`KW  - ${tag}`);
    if (c.note) out.push(`N1  - ${c.note.replace(/\r?\n/g, ' ')}`);
    out.push('ER  - ', '');
  }
  return out.join('\r\n');
}

/**
 * GB/T 7714-2015 reference of an online report:
 * 主要责任者. 题名[EB/OL]. (发布日期)[引用日期]. URL.
 */
export function gbt7714(c: Clip): string {
  const author = c.agency ? `${c.agency}. ` : '';
  const published = c.publishedAt ? `(${c.publishedAt})` : '';
  return `${author}${c.title}[EB/OL]. ${published}[${c.capturedAt.slice(0, 10)}]. ${c.canonicalUrl || c.url}.`;
}
