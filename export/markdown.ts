/**
 * Markdown: one document per clip with YAML front matter (title, agency, year, url, tags),
 * the figures as a table, the reader's highlights and notes, and the clean text. Several clips
 * go into one zip (fflate).
 */

import { strToU8, zipSync } from 'fflate';
import { changeMark } from '../core/describe';
import type { Clip } from '../storage/db';
import { gbt7714 } from './citation';

/** A YAML scalar, quoted so that colons, quotes and Chinese punctuation are safe. */
function yaml(v: string | number | null): string {
  if (v === null) return 'null';
  if (typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

/**
 * Page and reader text as Markdown text: HTML in it (<img onerror>, <script>, <iframe>) becomes
 * entities, and link or image brackets are escaped, so no Markdown viewer renders markup from a
 * page or a backup.
 */
export function mdText(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([[\]`])/g, '\\$1');
}

/** Escape a table cell: pipes and line breaks would break the row. */
function cell(s: string): string {
  return mdText(s).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** One clip as Markdown. */
export function clipToMarkdown(c: Clip): string {
  const lines = [
    '---',
    `title: ${yaml(c.title)}`,
    `agency: ${yaml(c.agency)}`,
    `report_year: ${yaml(c.reportYear)}`,
    `published: ${yaml(c.publishedAt)}`,
    `url: ${yaml(c.url)}`,
    `captured: ${yaml(c.capturedAt)}`,
    `tags: [${c.tags.map((t) => yaml(t)).join(', ')}]`,
    '---',
    '',
    `# ${mdText(c.title)}`,
    '',
    `> ${mdText(gbt7714(c))}`,
    '',
  ];
  if (c.note) lines.push('## Note', '', mdText(c.note), '');
  if (c.metrics.length) {
    lines.push(
      '## Figures',
      '',
      '| Figure | Value | Unit | Approx. | Label | Measure | Change |',
      '| --- | ---: | --- | --- | --- | --- | --- |',
    );
    for (const m of c.metrics) {
      lines.push(
        `| ${cell(m.text)} | ${m.value} | ${cell(m.unit)} | ${m.approx ? 'yes' : ''} | ${cell(m.label)} | ${m.measure ?? 'level'}${m.target ? ' (target)' : ''} | ${cell(changeMark(m))} |`,
      );
    }
    lines.push('');
  }
  if (c.highlights.length) {
    lines.push('## Highlights', '');
    for (const h of c.highlights) {
      lines.push(`> ${mdText(h.selectors[0].exact).replace(/\r?\n/g, ' ')}`);
      if (h.note) lines.push('', mdText(h.note));
      lines.push('');
    }
  }
  lines.push(
    '## Text',
    '',
    ...mdText(c.text)
      .split('\n')
      .flatMap((p) => [p, '']),
  );
  return lines.join('\n');
}

/** A file name for a clip: its title, made safe for every file system. */
export function fileName(c: Clip): string {
  const base = c.title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80) || c.id;
  return `${base}.md`;
}

/** Several clips as one zip of Markdown files (names made unique). */
export function markdownZip(clips: Clip[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const c of clips) {
    let name = fileName(c);
    for (let i = 2; files[name]; i++) name = fileName(c).replace(/\.md$/, `-${i}.md`);
    files[name] = strToU8(clipToMarkdown(c));
  }
  return zipSync(files);
}
