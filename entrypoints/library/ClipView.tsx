/**
 * One clip: the clean report with its figures, the reader's highlights (orphans listed apart)
 * and search matches marked; note and tags editable; citation; delete with undo in the list.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DocumentText } from '../../components/DocumentText';
import { t } from '../../components/i18n';
import type { Mark } from '../../components/Marked';
import { resolve } from '../../core/selectors';
import { gbt7714 } from '../../export/citation';
import { matchRanges } from '../../search/index';
import type { Clip } from '../../storage/db';

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
  const doc = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusAt === undefined) return;
    doc.current?.querySelector('mark.focus')?.scrollIntoView({ block: 'center' });
  }, [focusAt, clip.id]);
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
          {clip.source && (
            <p class="cv-meta" data-testid="clip-source">
              {[clip.source.kind.toUpperCase(), clip.source.pages ? t('filePages', clip.source.pages) : null]
                .filter(Boolean)
                .join(' · ')}
              {clip.source.page && (
                <>
                  {' · '}
                  <a href={clip.source.page} target="_blank" rel="noreferrer">
                    {t('clipFromPage')}
                  </a>
                </>
              )}
            </p>
          )}
          <DocumentText text={clip.text} html={clip.html} marks={marks} />
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
