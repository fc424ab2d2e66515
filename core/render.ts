/**
 * Clean HTML from extracted blocks. Every character of page text is escaped, so no markup from
 * the page survives; hosts still sanitise the result (DOMPurify) before storing and showing it.
 */
import type { Block } from './types';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]);
}

/** Blocks as a small HTML document body: <h2>…</h2>, <p>…</p>, <table>…</table>. */
export function blocksToHtml(blocks: Block[]): string {
  return blocks
    .map((b) => {
      if (b.type === 'h') {
        const level = Math.min(6, Math.max(2, b.level ?? 2));
        return `<h${level}>${escapeHtml(b.text)}</h${level}>`;
      }
      if (b.type === 'table' && b.rows) {
        // Merged cells stay merged: the spans are numbers from the extraction, never page markup.
        const span = (i: number, j: number) => {
          const [rs, cs] = b.spans?.[i]?.[j] ?? [1, 1];
          return `${rs > 1 ? ` rowspan="${Math.trunc(rs)}"` : ''}${cs > 1 ? ` colspan="${Math.trunc(cs)}"` : ''}`;
        };
        const rows = b.rows
          .map((r, i) => `<tr>${r.map((c, j) => `<td${span(i, j)}>${escapeHtml(c)}</td>`).join('')}</tr>`)
          .join('');
        return `<table>${rows}</table>`;
      }
      return `<p>${escapeHtml(b.text)}</p>`;
    })
    .join('\n');
}
