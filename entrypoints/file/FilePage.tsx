/**
 * The file reader: a report published as a PDF or Word file, fetched at the reader's request,
 * read by the same core as a page (files/read.ts → analyze()) and shown like the clean reader:
 * metadata, figures marked, what was taken out and what could not be recovered, a note and tags,
 * Save. `file.html?src=<file URL>&from=<page URL>`.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DocumentText } from '../../components/DocumentText';
import { type MessageKey, saveMessage, t } from '../../components/i18n';
import type { Mark } from '../../components/Marked';
import { PageBar } from '../../components/PageBar';
import { payloadOf } from '../../components/payload';
import { analyze } from '../../core/analyze';
import { contentHash } from '../../core/hash';
import { blocksToHtml } from '../../core/render';
import type { Analysis } from '../../core/types';
import { withFile } from '../../files/analysis';
import { FileError } from '../../files/errors';
import { type FileKind, type FileReading, readReportFile, sniff } from '../../files/read';
import { type ClipPayload, type ClipSource, type SaveResult, sendMessage } from '../../messaging/protocol';
import { askToFetch, FetchError, fetchFile, mayFetch } from './fetch-file';

type State =
  | { state: 'permission'; origin: string }
  | { state: 'loading'; received: number; total: number | null }
  | { state: 'reading' }
  | { state: 'error'; message: string; kind?: FileKind }
  | { state: 'ready'; analysis: Analysis; reading: FileReading };

const params = new URLSearchParams(location.search);
const src = params.get('src') ?? '';
const from = params.get('from');

const fileName = (url: string) => {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '') || url;
  } catch {
    return url;
  }
};

const kb = (n: number) => (n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/** Why the file could not be had, in the UI language. */
function failure(e: unknown): { message: string; kind?: FileKind } {
  if (e instanceof FetchError) {
    const f = e.failure;
    if (f.code === 'http') return { message: t('fileErr_http', f.status) };
    if (f.code === 'permission') return { message: t('fileErr_permission', f.origin) };
    if (f.code === 'too-large') return { message: t('fileErr_too_large') };
    return { message: t(`fileErr_${f.code}` as MessageKey) };
  }
  if (e instanceof FileError) {
    if (e.code === 'unsupported') return { message: e.message };
    return { message: t(`fileErr_${e.code.replace('-', '_')}` as MessageKey) };
  }
  return { message: t('fileErr_broken') };
}

/** Read the file into an analysis, as the CLI does (the same core, a document built from the file). */
async function readFile(bytes: Uint8Array): Promise<{ analysis: Analysis; reading: FileReading }> {
  const { fileLibs } = await import('./libs');
  const reading = await readReportFile(bytes, src, fileLibs);
  const doc = new DOMParser().parseFromString(reading.html, 'text/html');
  return { analysis: withFile(analyze(doc, { url: src, standalone: true }), reading), reading };
}

/** The page. */
export function FilePage() {
  const [s, setS] = useState<State>({ state: 'reading' });
  const [note, setNote] = useState('');
  const [tags, setTags] = useState(from ? '' : '');
  const [saved, setSaved] = useState<SaveResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [focus, setFocus] = useState<number | null>(null);
  const doc = useRef<HTMLDivElement>(null);

  async function load() {
    if (!src) return setS({ state: 'error', message: t('fileNoSrc') });
    try {
      if (/^https?:/i.test(src) && !(await mayFetch(src)))
        return setS({ state: 'permission', origin: new URL(src).origin });
      setS({ state: 'loading', received: 0, total: null });
      const bytes = await fetchFile(src, (received, total) => setS({ state: 'loading', received, total }));
      const kind = sniff(bytes, src);
      if (kind !== 'pdf' && kind !== 'docx') {
        const what = kind === 'unknown' || kind === 'html' ? fileName(src) : `.${kind}`;
        return setS({ state: 'error', message: t('fileErr_unsupported', what), kind });
      }
      setS({ state: 'reading' });
      setS({ state: 'ready', ...(await readFile(bytes)) });
    } catch (e) {
      setS({ state: 'error', ...failure(e) });
    }
  }

  useEffect(() => {
    document.documentElement.lang = navigator.language.startsWith('zh') ? 'zh-CN' : 'en';
    load();
  }, []);

  useEffect(() => {
    if (s.state === 'ready') document.title = `${s.analysis.title ?? fileName(src)} — GovLens`;
  }, [s.state]);

  useEffect(() => {
    if (focus !== null) doc.current?.querySelector('mark.focus')?.scrollIntoView({ block: 'center' });
  }, [focus]);

  async function save(payload: ClipPayload) {
    setBusy(true);
    try {
      setSaved(await sendMessage('saveClip', { payload }));
    } catch (e) {
      setSaved({ ok: false, error: 'storage', message: (e as Error).message });
    } finally {
      setBusy(false);
    }
  }

  const tagList = () =>
    tags
      .split(/[,，]/)
      .map((x) => x.trim())
      .filter(Boolean);

  function saveReport(a: Analysis, reading: FileReading) {
    const source: ClipSource = {
      kind: reading.kind,
      page: from,
      pages: reading.pages,
      textLayer: reading.textLayer,
      notes: reading.notes,
    };
    save(payloadOf(a, src, { title: fileName(src), source, note, tags: tagList() }));
  }

  /** A file nothing here reads (.doc, .wps, .ofd): the clip keeps the link and the page it came from. */
  function saveLink(kind: FileKind) {
    save({
      url: src,
      canonicalUrl: src,
      title: fileName(src),
      kind: 'other',
      isReport: false,
      metadata: { agency: null, siteName: null, siteCode: null, publishedAt: null, reportYear: null, source: null },
      text: '',
      html: '',
      metrics: [],
      disclosure: null,
      removed: [],
      contentHash: contentHash(src),
      highlights: [],
      source: {
        kind: kind === 'doc' || kind === 'wps' || kind === 'ofd' ? kind : 'doc',
        page: from,
        pages: null,
        textLayer: false,
        notes: ['not read: no library here reads this kind of file'],
      },
      note,
      tags: tagList(),
    });
  }

  return (
    <div class="filepage">
      <PageBar name={fileName(src) || t('fileTitle')} title={src}>
        {src && (
          <a class="button" href={src} target="_blank" rel="noreferrer">
            {t('fileOpenOriginal')}
          </a>
        )}
        {from && (
          <a class="button" href={from}>
            {t('fileBackToPage')}
          </a>
        )}
      </PageBar>
      <main class="fp-main">
        {s.state === 'permission' && (
          <section class="fp-box" data-testid="file-permission">
            <p>{t('fileNeedPermission', s.origin)}</p>
            <button
              type="button"
              class="primary"
              onClick={async () => {
                if (await askToFetch(src)) load();
                else setS({ state: 'error', message: t('fileErr_permission', s.origin) });
              }}
            >
              {t('fileAllow')}
            </button>
          </section>
        )}
        {s.state === 'loading' && (
          <section class="fp-box" role="status">
            <p>{t('fileLoading', s.total ? `${kb(s.received)} / ${kb(s.total)}` : kb(s.received))}</p>
            {s.total ? <progress max={s.total} value={s.received} /> : <progress />}
          </section>
        )}
        {s.state === 'reading' && (
          <section class="fp-box" role="status">
            <p>{t('fileReading')}</p>
            <progress />
          </section>
        )}
        {s.state === 'error' && (
          <section class="fp-box error" data-testid="file-error" role="alert">
            <p>{s.message}</p>
            {s.kind && ['doc', 'wps', 'ofd'].includes(s.kind) && (
              <SaveBar
                busy={busy}
                saved={saved}
                label={t('fileSaveLink')}
                onSave={() => saveLink(s.kind as FileKind)}
              />
            )}
          </section>
        )}
        {s.state === 'ready' && (
          <Ready
            a={s.analysis}
            reading={s.reading}
            docRef={doc}
            focus={focus}
            setFocus={setFocus}
            side={
              <>
                <SaveBar
                  busy={busy}
                  saved={saved}
                  label={t('saveClip')}
                  onSave={() => saveReport(s.analysis, s.reading)}
                />
                <label>
                  {t('note')}
                  <textarea
                    rows={3}
                    value={note}
                    onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
                    data-testid="file-note"
                  />
                </label>
                <label>
                  {t('tags')} <small>({t('tagsHint')})</small>
                  <input value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
                </label>
              </>
            }
          />
        )}
      </main>
    </div>
  );
}

function SaveBar({
  busy,
  saved,
  label,
  onSave,
}: {
  busy: boolean;
  saved: SaveResult | null;
  label: string;
  onSave(): void;
}) {
  return (
    <div class="fp-save">
      <button type="button" class="primary" disabled={busy} onClick={onSave} data-testid="file-save">
        {label}
      </button>
      {saved && (
        <p class={saved.ok ? 'msg ok' : 'msg error'} role="status" data-testid="file-saved">
          {saveMessage(saved)}{' '}
          {saved.ok && (
            <a href={`/library.html?clip=${encodeURIComponent(saved.clipId)}`} target="_blank" rel="noreferrer">
              {t('fileOpenInLibrary')}
            </a>
          )}
        </p>
      )}
    </div>
  );
}

function Ready({
  a,
  reading,
  side,
  docRef,
  focus,
  setFocus,
}: {
  a: Analysis;
  reading: FileReading;
  side: preact.ComponentChildren;
  docRef: preact.RefObject<HTMLDivElement>;
  focus: number | null;
  setFocus(at: number): void;
}) {
  const metrics = a.metrics;
  const marks: Mark[] = useMemo(
    () => [
      ...metrics
        .filter((m) => m.start === focus)
        .map((m) => ({ start: m.start, end: m.end, cls: `k-${m.kind} focus`, title: m.label })),
      ...metrics.map((m) => ({
        start: m.start,
        end: m.end,
        cls: `k-${m.kind}`,
        title: `${m.value} ${m.unit} · ${m.label}`,
      })),
    ],
    [metrics, focus],
  );
  const md = a.metadata;
  const notes: string[] = [];
  if (!reading.textLayer) notes.push(t('fileScanned', reading.pages ?? 0));
  if (reading.twoColumnPages.length) notes.push(t('fileTwoColumns', reading.twoColumnPages.join(', ')));
  if (reading.tablesIncomplete) notes.push(t('fileTablesNote'));
  return (
    <div class="cv-grid">
      <div class="cv-doc" ref={docRef} data-testid="file-doc">
        <h1 data-testid="file-title">{a.title ?? fileName(src)}</h1>
        <p class="cv-meta">
          {[
            md.agency,
            md.reportYear,
            md.publishedAt,
            reading.kind.toUpperCase(),
            reading.pages ? t('filePages', reading.pages) : null,
          ]
            .filter((x) => x !== null && x !== '')
            .join(' · ')}
        </p>
        {notes.map((n) => (
          <p class="fp-note" key={n} data-testid="file-note-limit">
            {n}
          </p>
        ))}
        <DocumentText text={a.text} html={blocksToHtml(a.blocks)} marks={marks} />
        {a.removed.length > 0 && (
          <details class="fp-removed">
            <summary>
              {t('fileRemoved')} ({a.removed.length})
            </summary>
            <ul>
              {a.removed.map((r, i) => (
                <li key={`${r.kind}${i}`}>
                  [{t(`removedKind_${r.kind.replace(/-/g, '_')}` as MessageKey)}] {r.text}
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
      <aside class="cv-side">
        {side}
        <h2>{t('figuresCount', metrics.length)}</h2>
        <ul class="figs" data-testid="file-figures">
          {metrics.map((m) => (
            <li key={m.start}>
              <button type="button" class="figlink" onClick={() => setFocus(m.start)}>
                <span class={`chip k-${m.kind}`}>{m.text}</span> {m.label}
              </button>
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
