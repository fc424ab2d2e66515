/**
 * One clip: the clean report with its figures, the reader's highlights (orphans listed apart)
 * and search matches marked; note and tags editable; citation; delete with undo in the list.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DocumentText } from '../../components/DocumentText';
import { figureText } from '../../components/figure-says';
import { t } from '../../components/i18n';
import type { Mark } from '../../components/Marked';
import { resolve } from '../../core/selectors';
import { gbt7714 } from '../../export/citation';
import type { VersionDiff } from '../../export/versions';
import { matchRanges } from '../../search/index';
import type { Clip, ClipVersion, EditableField } from '../../storage/db';
import type { MetadataEdit } from '../../storage/queries';
import { MetadataEditor } from './MetadataEditor';
import { VersionDiffView, VersionsPanel } from './VersionsPanel';

/** Props of the clip view. */
export interface ClipViewProps {
  clip: Clip;
  query: string;
  /** Open at the figure that starts at this offset of the text: scrolled to and marked. */
  focusAt?: number;
  onBack(): void;
  onSave(changes: { note: string; tags: string[]; collections: string[] }): Promise<void>;
  /** Corrected metadata to store; the view is drawn again from the stored clip. */
  onEditMetadata(edit: MetadataEdit): Promise<void>;
  /** The clip changed in storage (a version restored). */
  onChanged(): void;
  onDelete(): void;
  /** Collection names in use, as suggestions. */
  collections?: string[];
}

/** The clip view. */
export function ClipView({
  clip,
  query,
  focusAt,
  onBack,
  onSave,
  onEditMetadata,
  onChanged,
  onDelete,
  collections: known = [],
}: ClipViewProps) {
  const [note, setNote] = useState(clip.note);
  const [tags, setTags] = useState(clip.tags.join(', '));
  const [colls, setColls] = useState((clip.collections ?? []).join(', '));
  const [comparing, setComparing] = useState<{ version: ClipVersion; diff: VersionDiff } | null>(null);
  // The figure marked and scrolled to: the one the view was opened at, then the one picked in the list.
  const [at, setAt] = useState(focusAt);
  useEffect(() => setAt(focusAt), [focusAt, clip.id]);
  const list = (s: string) =>
    s
      .split(/[,，]/)
      .map((x) => x.trim())
      .filter(Boolean);
  const edited = clip.edited ?? {};
  const mark = (k: EditableField, v: string | number | null) =>
    v === null || v === '' ? null : k in edited ? `${v}*` : String(v);
  const [copied, setCopied] = useState(false);
  const anchored = clip.highlights.map((h) => ({ h, span: resolve(clip.text, h.selectors) }));
  // Search matches first (what the reader is looking for), then their own highlights, then figures.
  // The figure the view was opened at comes first: marks that overlap it give way.
  const focused = at === undefined ? undefined : clip.metrics.find((m) => m.start === at);
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
    if (at === undefined) return;
    doc.current?.querySelector('mark.focus')?.scrollIntoView({ block: 'center' });
  }, [at, clip.id]);
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
          <h1 data-testid="clip-title">
            {clip.title}
            {'title' in edited && <sup title={t('editedFields', t('reportTitle'))}>*</sup>}
          </h1>
          <p class="cv-meta" data-testid="clip-meta">
            {[
              ['agency', mark('agency', clip.agency)] as const,
              ['reportYear', mark('reportYear', clip.reportYear)] as const,
              ['published', mark('publishedAt', clip.publishedAt)] as const,
              ['siteCode', clip.siteCode] as const,
            ]
              .filter(([, v]) => v !== null && v !== '')
              .map(([k, v]) => t('metaIs', t(k), String(v)))
              .concat(t('versionN', clip.version))
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
          {comparing ? (
            <VersionDiffView version={comparing.version} diff={comparing.diff} current={clip} />
          ) : (
            <DocumentText text={clip.text} html={clip.html} marks={marks} />
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
          <label>
            {t('collections')} <small>({t('collectionsHint')})</small>
            <input
              value={colls}
              list="known-collections"
              onInput={(e) => setColls((e.target as HTMLInputElement).value)}
              data-testid="collections"
            />
            <datalist id="known-collections">
              {known.map((c) => (
                <option key={c} value={c} />
              ))}
            </datalist>
          </label>
          <button
            type="button"
            class="primary"
            onClick={() => onSave({ note, tags: list(tags), collections: list(colls) })}
            data-testid="clip-save"
          >
            {t('save')}
          </button>
          <MetadataEditor clip={clip} onSave={onEditMetadata} />
          <VersionsPanel clip={clip} onCompare={setComparing} onRestored={onChanged} />
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
                <button
                  type="button"
                  class={`fig-item${m.start === at ? ' on' : ''}`}
                  title={t('openAtFigure')}
                  onClick={() => setAt(m.start)}
                >
                  <span class={`chip k-${m.kind}`}>{figureText(m)}</span> {m.label}
                </button>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </article>
  );
}
