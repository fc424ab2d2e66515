/**
 * One clip: the clean report with its figures, the reader's highlights (orphans listed apart)
 * and search matches marked; note and tags editable; citation; delete with undo in the list.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../components/i18n';
import { resolve } from '../../core/selectors';
import { gbt7714 } from '../../export/citation';
import { matchRanges } from '../../search/index';
import type { Clip } from '../../storage/db';
import { type Mark, Marked } from './Marked';

/** Props of the clip view. */
export interface ClipViewProps {
  clip: Clip;
  query: string;
  /** Open at the figure that starts at this offset of the text: scrolled to and marked. */
  focusAt?: number;
  onBack(): void;
  onSave(changes: { note: string; tags: string[] }): Promise<void>;
  onDelete(): void;
}

/** The clip view. */
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

export function ClipView({ clip, query, focusAt, onBack, onSave, onDelete }: ClipViewProps) {
  const [note, setNote] = useState(clip.note);
  const [tags, setTags] = useState(clip.tags.join(', '));
  const [copied, setCopied] = useState(false);
  const anchored = clip.highlights.map((h) => ({ h, span: resolve(clip.text, h.selectors) }));
  // Search matches first (what the reader is looking for), then their own highlights, then figures.
  // The figure the view was opened at comes first: marks that overlap it give way.
  const focused = focusAt === undefined ? undefined : clip.metrics.find((m) => m.start === focusAt);
  const marks: Mark[] = [
    ...(focused
      ? [{ start: focused.start, end: focused.end, cls: `k-${focused.kind} focus`, title: focused.label }]
      : []),
    ...(query ? matchRanges(clip.text, query).map(([start, end]) => ({ start, end, cls: 'hit' })) : []),
    ...anchored.flatMap(({ h, span }) => (span ? [{ ...span, cls: 'user', title: h.note || undefined }] : [])),
    ...clip.metrics.map((m) => ({
      start: m.start,
      end: m.end,
      cls: `k-${m.kind}`,
      title: `${m.value} ${m.unit} · ${m.label}`,
    })),
  ];
  const parts = useMemo(() => segments(clip.text, htmlTables(clip.html)), [clip.text, clip.html]);
  const doc = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusAt === undefined) return;
    doc.current?.querySelector('mark.focus')?.scrollIntoView({ block: 'center' });
  }, [focusAt, clip.id]);
  const marked = (text: string, start: number) => (
    <Marked
      text={text}
      marks={marks
        .filter((m) => m.start >= start && m.end <= start + text.length)
        .map((m) => ({ ...m, start: m.start - start, end: m.end - start }))}
    />
  );
  return (
    <article class="clipview" data-testid="clipview">
      <div class="bar">
        <button type="button" onClick={onBack}>
          ← {t('back')}
        </button>
        <a class="button" href={clip.url} target="_blank" rel="noreferrer">
          {t('openLive')}
        </a>
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard?.writeText(gbt7714(clip)).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? t('copied') : t('copyCitation')}
        </button>
        <button type="button" class="danger" onClick={onDelete} data-testid="delete">
          {t('delete')}
        </button>
      </div>
      <div class="cv-grid">
        <div class="cv-doc" ref={doc}>
          <h1>{clip.title}</h1>
          <p class="cv-meta">
            {[clip.agency, clip.reportYear, clip.publishedAt, clip.siteCode, t('versionN', clip.version)]
              .filter((x) => x !== null && x !== '')
              .join(' · ')}
          </p>
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
        </div>
        <aside class="cv-side">
          <label>
            {t('note')}
            <textarea value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} rows={4} />
          </label>
          <label>
            {t('tags')} <small>({t('tagsHint')})</small>
            <input value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} data-testid="tags" />
          </label>
          <button
            type="button"
            class="primary"
            onClick={() =>
              onSave({
                note,
                tags: tags
                  .split(/[,，]/)
                  .map((x) => x.trim())
                  .filter(Boolean),
              })
            }
          >
            {t('save')}
          </button>
          {anchored.length > 0 && <h2>{t('yourHighlights')}</h2>}
          {anchored.map(({ h, span }) => (
            <div class={`hl ${span ? '' : 'orphan'}`} key={h.id}>
              <q>{h.selectors[0].exact}</q>
              {h.note && <p>{h.note}</p>}
              {!span && <small>{t('orphaned')}</small>}
            </div>
          ))}
          <h2>{t('figuresCount', clip.metrics.length)}</h2>
          <ul class="figs">
            {clip.metrics.map((m) => (
              <li key={m.start}>
                <span class={`chip k-${m.kind}`}>{m.text}</span> {m.label}
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </article>
  );
}
