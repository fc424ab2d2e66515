/**
 * The clip library: browse (sort, filter, page), search in Chinese, open a clip, compare figures
 * across clips, export (CSV, JSON, Markdown, CSL-JSON, RIS) and import backups.
 */
import type MiniSearch from 'minisearch';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type MessageKey, t } from '../../components/i18n';
import { purifyBackup } from '../../components/purify';
import { parseBackup } from '../../export/backup';
import { cslJson, ris } from '../../export/citation';
import { BOM, csvLines } from '../../export/csv';
import { CLIP_COLUMNS, FIGURE_COLUMNS } from '../../export/figures';
import { clipToMarkdown, fileName, markdownZip } from '../../export/markdown';
import { addInSlices, createIndex, type SearchDoc, searchIds } from '../../search/index';
import { exportBackup, importBackup } from '../../storage/backup';
import { type Clip, db } from '../../storage/db';
import {
  type ClipFilter,
  countClips,
  deleteClip,
  editClip,
  editMetadata,
  facets,
  pageOfClips,
  type SortKey,
  scopeKeys,
  setCollection,
  undoDelete,
} from '../../storage/queries';
import { ClipList } from './ClipList';
import { ClipView } from './ClipView';
import { CollectionAdd } from './CollectionAdd';
import { csvShareInWorker } from './csv-in-worker';
import type { CsvJob } from './csv-share';
import { DisclosureView } from './DisclosureView';
import { download, stamp } from './download';
import { FiguresView } from './FiguresView';
import { type View, viewFromUrl } from './route';

const PAGE = 50;
/** Export buttons: kind → message key of its label. */
const EXPORTS = {
  figures: 'exportFiguresCsv',
  clips: 'exportClipsCsv',
  md: 'exportMarkdown',
  csl: 'exportCsl',
  ris: 'exportRis',
  json: 'exportJson',
} as const;
type ExportKind = keyof typeof EXPORTS;

type Facets = Awaited<ReturnType<typeof facets>>;

function toDoc(c: Clip): SearchDoc {
  return {
    id: c.id,
    title: c.title,
    agency: c.agency ?? '',
    tags: c.tags.join(' '),
    note: c.note,
    text: c.text,
    highlights: c.highlights.map((h) => `${h.selectors[0].exact} ${h.note}`).join(' '),
  };
}

/** The library page. */
export function App() {
  const linked = useMemo(() => viewFromUrl(location.search), []);
  const [view, setView] = useState<View>(linked.view);
  const [filter, setFilter] = useState<ClipFilter>({});
  const [sort, setSort] = useState<SortKey>('capturedAt');
  const [page, setPage] = useState(0);
  const [query, setQuery] = useState(linked.query);
  const [list, setList] = useState<{ clips: Clip[]; total: number | null } | null>(null);
  const [fac, setFac] = useState<Facets | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const importInput = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<{ text: string; error?: boolean; undo?: () => void } | null>(null);
  const [indexed, setIndexed] = useState<{ done: number; total: number } | null>(null);
  const [current, setCurrent] = useState<Clip | null>(null);
  const [figureClips, setFigureClips] = useState<Clip[]>([]);
  const index = useRef<MiniSearch<SearchDoc> | null>(null);
  const [revision, setRevision] = useState(0);
  // The first page is drawn before anything else touches the database (index, facets).
  const [firstPage, setFirstPage] = useState(false);
  const [searchReady, setSearchReady] = useState(false);

  useEffect(() => {
    document.title = t('libraryTitle');
    document.documentElement.lang = navigator.language.startsWith('zh') ? 'zh-CN' : 'en';
  }, []);

  // Keyboard: `/` focuses search, Escape leaves a clip (not while typing in a field).
  const searchBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      const typing = !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        searchBox.current?.focus();
      } else if (e.key === 'Escape' && !typing && view.kind === 'clip') {
        setView({ kind: view.from === 'disclosure' || view.from === 'figures' ? view.from : 'list' });
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [view]);

  // Build the search index in slices so the page stays responsive.
  useEffect(() => {
    if (!firstPage) return;
    let cancelled = false;
    (async () => {
      const ix = createIndex();
      const keys = await db().clips.toCollection().primaryKeys();
      setIndexed({ done: 0, total: keys.length });
      // Read in batches of clips, indexed in pieces by size within a time budget: no task on the
      // page runs long however large the clips are (search/index.ts).
      const turn = () => new Promise<void>((r) => setTimeout(r, 0));
      for (let i = 0; i < keys.length && !cancelled; i += 200) {
        const batch = (await db().clips.bulkGet(keys.slice(i, i + 200))).filter((c): c is Clip => !!c);
        await addInSlices(ix, batch.map(toDoc), turn, 30, () => cancelled);
        setIndexed({ done: Math.min(keys.length, i + 200), total: keys.length });
        await turn();
      }
      if (!cancelled) {
        index.current = ix;
        setSearchReady(true);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [revision, firstPage]);

  const ids = useMemo(() => {
    if (!query.trim() || !index.current) return undefined;
    const t0 = performance.now();
    const found = searchIds(index.current, query).map((r) => String(r.id));
    // Timings for `npm run bench` (User Timing entries, visible in DevTools too).
    performance.measure('govlens:search', { start: t0 });
    return found;
  }, [query, searchReady, revision]);

  useEffect(() => {
    let t0 = 0;
    // Timed from an open database: opening (once per page load) is not part of a list query.
    db()
      .open()
      .then(() => {
        t0 = performance.now();
        return pageOfClips(db(), { ...filter, ids }, sort, page, PAGE);
      })
      .then((r) => {
        setList(r);
        requestAnimationFrame(() => {
          performance.measure('govlens:list', { start: t0 });
          setFirstPage(true);
          // The unfiltered list is drawn before it is counted (see pageOfClips).
          if (r.total === null) countClips(db()).then((total) => setList((l) => (l ? { ...l, total } : l)));
        });
      })
      .catch((e: Error) => setStatus({ text: e.message, error: true }));
  }, [filter, sort, page, ids, revision]);

  useEffect(() => {
    if (firstPage) facets(db()).then(setFac);
  }, [revision, firstPage]);

  useEffect(() => {
    if (view.kind === 'clip')
      db()
        .clips.get(view.id)
        .then((c) => setCurrent(c ?? null));
    if (view.kind === 'figures' || view.kind === 'disclosure')
      scopeKeys(db(), { ...filter, ids }, sort)
        .then((keys) => db().clips.bulkGet(keys))
        .then((cs) => setFigureClips(cs.filter((c): c is Clip => !!c)));
  }, [view, revision, filter, ids, sort]);

  /** Ids of what an export covers: the selection, else every clip the list shows, in its order. */
  async function scope(): Promise<string[]> {
    if (selected.size) return [...selected];
    return scopeKeys(db(), { ...filter, ids }, sort);
  }

  /**
   * A CSV export built in parallel: one worker per core formats its share of the clips into a
   * Blob; the shares are joined in order after the BOM and header. Progress is shown as it goes.
   */
  async function csvExport(label: MessageKey, name: string, table: CsvJob['table']) {
    const keys = await scope();
    const header = BOM + csvLines([table === 'figures' ? FIGURE_COLUMNS : CLIP_COLUMNS]);
    const n = Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 4, Math.ceil(keys.length / 500)));
    const share = Math.ceil(keys.length / n);
    const done = new Array<number>(n).fill(0);
    const blobs = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        csvShareInWorker({ table, keys: keys.slice(i * share, (i + 1) * share) }, (d) => {
          done[i] = d;
          setStatus({
            text: t(
              'exportingProgress',
              t(label),
              done.reduce((a, b) => a + b, 0),
              keys.length,
            ),
          });
        }),
      ),
    );
    download(name, [header, ...blobs], 'text/csv;charset=utf-8');
  }

  async function runExport(kind: ExportKind) {
    const label = EXPORTS[kind];
    setStatus({ text: t('exporting', t(label)) });
    await new Promise((r) => setTimeout(r, 0));
    const t0 = performance.now();
    try {
      if (kind === 'json') {
        download(`govlens-backup-${stamp()}.json`, await exportBackup(db()), 'application/json');
      } else if (kind === 'figures') {
        await csvExport(label, `govlens-figures-${stamp()}.csv`, 'figures');
      } else if (kind === 'clips') {
        await csvExport(label, `govlens-clips-${stamp()}.csv`, 'clips');
      } else {
        const clips = (await db().clips.bulkGet(await scope())).filter((c): c is Clip => !!c);
        if (kind === 'csl')
          download(`govlens-${stamp()}.csl.json`, cslJson(clips), 'application/vnd.citationstyles.csl+json');
        if (kind === 'ris') download(`govlens-${stamp()}.ris`, ris(clips), 'application/x-research-info-systems');
        if (kind === 'md') {
          if (clips.length === 1) download(fileName(clips[0]), clipToMarkdown(clips[0]), 'text/markdown;charset=utf-8');
          else download(`govlens-markdown-${stamp()}.zip`, markdownZip(clips), 'application/zip');
        }
      }
      performance.measure(`govlens:export-${kind}`, { start: t0 });
      setStatus(null);
    } catch (e) {
      setStatus({ text: (e as Error).message, error: true });
    }
  }

  async function runImport(file: File) {
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) return setStatus({ text: t('importFailed', parsed.message), error: true });
    try {
      // A backup is a file from anywhere: its HTML is sanitised here, as a save's is.
      const report = await importBackup(db(), purifyBackup(parsed.backup), (done, total) =>
        setStatus({ text: t('importing', done, total) }),
      );
      setStatus({ text: t('importDone', report.added, report.updated, report.skipped) });
      setRevision((r) => r + 1);
    } catch (e) {
      setStatus({ text: t('importFailed', (e as Error).message), error: true });
    }
  }

  async function remove(id: string) {
    const removed = await deleteClip(db(), id);
    setView({ kind: 'list' });
    setRevision((r) => r + 1);
    if (removed) {
      setStatus({
        text: t('deleted'),
        undo: async () => {
          await undoDelete(db(), removed);
          setStatus(null);
          setRevision((r) => r + 1);
        },
      });
    }
  }

  const pages = list && list.total !== null ? Math.max(1, Math.ceil(list.total / PAGE)) : null;
  const set = (patch: Partial<ClipFilter>) => {
    setFilter({ ...filter, ...patch });
    setPage(0);
  };

  return (
    <main class="lib">
      <header class="top">
        <div class="brand">
          <span class="logo">GL</span>
          <span>{t('libraryTitle')}</span>
        </div>
        <nav class="tabs">
          <button
            type="button"
            class={view.kind === 'list' || view.kind === 'clip' ? 'on' : ''}
            onClick={() => setView({ kind: 'list' })}
          >
            {t('tabClips')}
          </button>
          <button
            type="button"
            class={view.kind === 'figures' ? 'on' : ''}
            onClick={() => setView({ kind: 'figures' })}
            data-testid="tab-figures"
          >
            {t('tabFigures')}
          </button>
          <button
            type="button"
            class={view.kind === 'disclosure' ? 'on' : ''}
            onClick={() => setView({ kind: 'disclosure' })}
            data-testid="tab-disclosure"
          >
            {t('tabDisclosure')}
          </button>
        </nav>
        <input
          ref={searchBox}
          class="search"
          type="search"
          placeholder={t('searchPlaceholder')}
          value={query}
          onInput={(e) => {
            setQuery((e.target as HTMLInputElement).value);
            setPage(0);
          }}
          data-testid="search"
          data-ready={searchReady ? 'yes' : 'no'}
        />
      </header>
      <div class="toolbar">
        <select
          aria-label={t('allAgencies')}
          data-testid="filter-agency"
          value={filter.agency ?? ''}
          onChange={(e) => set({ agency: (e.target as HTMLSelectElement).value || undefined })}
        >
          <option value="">{t('allAgencies')}</option>
          {fac?.agencies.map((a) => (
            <option key={a}>{a}</option>
          ))}
        </select>
        <select
          aria-label={t('allYears')}
          data-testid="filter-year"
          value={filter.reportYear ?? ''}
          onChange={(e) => {
            const v = (e.target as HTMLSelectElement).value;
            set({ reportYear: v ? Number(v) : undefined });
          }}
        >
          <option value="">{t('allYears')}</option>
          {fac?.years.map((y) => (
            <option key={y}>{y}</option>
          ))}
        </select>
        <select
          aria-label={t('allSites')}
          value={filter.site ?? ''}
          onChange={(e) => set({ site: (e.target as HTMLSelectElement).value || undefined })}
        >
          <option value="">{t('allSites')}</option>
          {fac?.sites.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
        <select
          aria-label={t('allTags')}
          value={filter.tag ?? ''}
          onChange={(e) => set({ tag: (e.target as HTMLSelectElement).value || undefined })}
        >
          <option value="">{t('allTags')}</option>
          {fac?.tags.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
        {(fac?.collections.length ?? 0) > 0 && (
          <select
            aria-label={t('allCollections')}
            value={filter.collection ?? ''}
            onChange={(e) => set({ collection: (e.target as HTMLSelectElement).value || undefined })}
            data-testid="filter-collection"
          >
            <option value="">{t('allCollections')}</option>
            {fac?.collections.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        )}
        <select
          aria-label={t('sortLabel')}
          value={sort}
          onChange={(e) => setSort((e.target as HTMLSelectElement).value as SortKey)}
        >
          <option value="capturedAt">{t('sortCaptured')}</option>
          <option value="reportYear">{t('sortYear')}</option>
          <option value="agency">{t('sortAgency')}</option>
        </select>
        <span class="spacer" />
        {selected.size > 0 && (
          <CollectionAdd
            known={fac?.collections ?? []}
            onAdd={async (name) => {
              const n = await setCollection(db(), [...selected], name);
              setStatus({ text: t('addedToCollection', n, name) });
              setRevision((r) => r + 1);
            }}
          />
        )}
        {/* The export and import buttons wrap as one group, never one button left alone on a line. */}
        <span class="export-group">
          <span class="muted">{t('exportScope', selected.size ? t('selected', selected.size) : t('scopeAll'))}:</span>
          {(Object.entries(EXPORTS) as [ExportKind, (typeof EXPORTS)[ExportKind]][]).map(([k, label]) => (
            <button type="button" key={k} onClick={() => runExport(k)} data-testid={`export-${k}`}>
              {t(label)}
            </button>
          ))}
          {/* A real button (a label is not reachable by keyboard) that opens the hidden file input. */}
          <button type="button" onClick={() => importInput.current?.click()} data-testid="import-button">
            {t('importBackup')}
          </button>
          <input
            ref={importInput}
            type="file"
            accept="application/json,.json"
            hidden
            aria-hidden="true"
            tabIndex={-1}
            data-testid="import"
            onChange={(e) => {
              const f = (e.target as HTMLInputElement).files?.[0];
              if (f) runImport(f);
              (e.target as HTMLInputElement).value = '';
            }}
          />
        </span>
      </div>
      {indexed && indexed.done < indexed.total && <p class="muted">{t('indexing', indexed.done, indexed.total)}</p>}
      {status && (
        <p class={`msg ${status.error ? 'error' : 'ok'}`} role="status" data-testid="status">
          {status.text}{' '}
          {status.undo && (
            <button type="button" class="link" onClick={status.undo} data-testid="undo">
              {t('undo')}
            </button>
          )}
        </p>
      )}
      {view.kind === 'clip' && current && (
        <ClipView
          key={current.id}
          clip={current}
          query={query}
          focusAt={view.at}
          onBack={() => setView({ kind: view.from === 'disclosure' || view.from === 'figures' ? view.from : 'list' })}
          onSave={async (changes) => {
            await editClip(db(), current.id, changes);
            setRevision((r) => r + 1);
          }}
          onEditMetadata={async (edit) => {
            await editMetadata(db(), current.id, edit);
            setRevision((r) => r + 1);
          }}
          onChanged={() => setRevision((r) => r + 1)}
          collections={fac?.collections ?? []}
          onDelete={() => remove(current.id)}
        />
      )}
      {view.kind === 'figures' && (
        <FiguresView
          clips={figureClips}
          initialIndicator={view.indicator}
          onOpen={(id, at) => setView({ kind: 'clip', id, at, from: 'figures' })}
        />
      )}
      {view.kind === 'disclosure' && (
        <DisclosureView
          clips={figureClips}
          onOpen={(id, at) => setView({ kind: 'clip', id, at, from: 'disclosure' })}
        />
      )}
      {view.kind === 'list' && list && (
        <>
          <ClipList
            clips={list.clips}
            selected={selected}
            onSelect={setSelected}
            onOpen={(id) => setView({ kind: 'clip', id })}
          />
          {list.total === 0 && (
            <p class="muted">{query || Object.keys(filter).length ? t('noMatches') : t('libraryEmpty')}</p>
          )}
          <div class="pager" hidden={list.total === 0}>
            <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
              {t('prev')}
            </button>
            <span>{pages === null ? t('pageCounting', page + 1) : t('pageOf', page + 1, pages, list.total ?? 0)}</span>
            <button
              type="button"
              disabled={pages === null ? list.clips.length < PAGE : page + 1 >= pages}
              onClick={() => setPage(page + 1)}
            >
              {t('next')}
            </button>
          </div>
        </>
      )}
    </main>
  );
}
