/**
 * A clean report as the reader sees it: paragraphs, and tables drawn with their merged cells, with
 * figures, highlights and search hits marked. Shared by the library's clip view and the file reader.
 */
import { useMemo } from 'preact/hooks';
import { type Mark, Marked } from './Marked';

/** A table of the clip's HTML: each row's cell texts and [rowspan, colspan]. */
interface HtmlTable {
  rows: string[][];
  spans: [number, number][][];
}

/** The clip's tables as its sanitised HTML holds them (merged cells included). */
function htmlTables(html: string): HtmlTable[] {
  if (!html.includes('<table') || typeof DOMParser === 'undefined') return [];
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return Array.from(doc.querySelectorAll('table')).map((table) => {
    const trs = Array.from(table.querySelectorAll('tr'));
    return {
      rows: trs.map((tr) => Array.from(tr.children).map((c) => c.textContent ?? '')),
      spans: trs.map((tr) =>
        Array.from(tr.children).map(
          (c) => [Number(c.getAttribute('rowspan')) || 1, Number(c.getAttribute('colspan')) || 1] as [number, number],
        ),
      ),
    };
  });
}

type Segment =
  | { type: 'p'; text: string; start: number }
  | { type: 'table'; rows: { cells: { text: string; start: number; span: [number, number] }[] }[] };

/**
 * The clip's text as paragraphs and tables: where the lines of the text are the rows of the next
 * table of its HTML (cells joined by tabs), they are drawn as that table, merged cells merged.
 */
export function segments(text: string, tables: HtmlTable[]): Segment[] {
  const lines: { text: string; start: number }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line, start: offset });
    offset += line.length + 1;
  }
  const out: Segment[] = [];
  let next = 0;
  for (let i = 0; i < lines.length; i++) {
    const t = tables[next];
    if (
      t?.rows.length &&
      lines[i].text === t.rows[0].join('\t') &&
      t.rows.every((r, k) => lines[i + k]?.text === r.join('\t'))
    ) {
      out.push({
        type: 'table',
        rows: t.rows.map((r, k) => {
          let at = lines[i + k].start;
          return {
            cells: r.map((cell, j) => {
              const c = { text: cell, start: at, span: t.spans[k][j] ?? ([1, 1] as [number, number]) };
              at += cell.length + 1;
              return c;
            }),
          };
        }),
      });
      i += t.rows.length - 1;
      next++;
      continue;
    }
    out.push({ type: 'p', ...lines[i] });
  }
  return out;
}

/** The text with `marks`, drawn as paragraphs and tables (the tables of `html`). */
export function DocumentText({ text, html, marks }: { text: string; html: string; marks: Mark[] }) {
  const parts = useMemo(() => segments(text, htmlTables(html)), [text, html]);
  const marked = (t: string, start: number) => (
    <Marked
      text={t}
      marks={marks
        .filter((m) => m.start >= start && m.end <= start + t.length)
        .map((m) => ({ ...m, start: m.start - start, end: m.end - start }))}
    />
  );
  return (
    <>
      {parts.map((seg, i) =>
        seg.type === 'p' ? (
          <p key={seg.start}>{marked(seg.text, seg.start)}</p>
        ) : (
          <div class="cv-table" key={`t${i}`}>
            <table>
              <tbody>
                {seg.rows.map((r) => (
                  <tr key={r.cells[0]?.start}>
                    {r.cells.map((c) => (
                      <td key={c.start} rowSpan={c.span[0]} colSpan={c.span[1]}>
                        {marked(c.text, c.start)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ),
      )}
    </>
  );
}
