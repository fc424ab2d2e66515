/**
 * Collect reports from a list page: the list's linked items (title, date, clipped already or not)
 * with check boxes, its other pages followed on request (up to a limit the reader sets), then the
 * chosen pages fetched one a second with a visible queue, read by the same core, saved as clips
 * tagged with the list's column and put in a collection. Pause, resume, cancel; what failed is
 * listed with a retry. Nothing is fetched before the reader clicks. `collect.html?src=<list URL>`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { type MessageKey, t } from '../../components/i18n';
import { PageBar } from '../../components/PageBar';
import { payloadOf } from '../../components/payload';
import { analyze } from '../../core/analyze';
import { findAttachments } from '../../core/attachments';
import { decodeHtml } from '../../core/decode';
import { type ListItem, listItems, listPages } from '../../core/list-items';
import { metaMap, readTitle } from '../../core/metadata';
import { sendMessage } from '../../messaging/protocol';
import { CollectQueue, type ItemState, type QueueIO } from './queue';

const src = new URLSearchParams(location.search).get('src') ?? '';
/** One request a second, to the list's own site. */
const INTERVAL = 1000;

/** Fetch a page's text with a time limit (30 s), decoded by its declared or detected charset. */
async function fetchPage(url: string): Promise<{ status: number; html: string }> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 30_000);
  try {
    const res = await fetch(url, { signal: abort.signal, credentials: 'include' });
    const bytes = new Uint8Array(await res.arrayBuffer());
    return { status: res.status, html: res.ok ? decodeHtml(bytes).html : '' };
  } catch {
    throw new Error(abort.signal.aborted ? t('collectTimeout') : t('collectNetwork'));
  } finally {
    clearTimeout(timer);
  }
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** The list's column name: its title without the site (法治政府建设, 政府信息公开年报). */
function columnName(doc: Document): string {
  return readTitle(doc, metaMap(doc)).title ?? '';
}

type Phase = 'loading' | 'choose' | 'running' | 'done' | 'error';

/** The page. */
export function CollectPage() {
  const [phase, setPhase] = useState<Phase>('loading');
  const [error, setError] = useState('');
  const [items, setItems] = useState<(ListItem & { clipped: boolean })[]>([]);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [pagesLeft, setPagesLeft] = useState<string[]>([]);
  const [maxPages, setMaxPages] = useState(5);
  const [following, setFollowing] = useState(false);
  const [collection, setCollection] = useState('');
  const [skipClipped, setSkipClipped] = useState(true);
  const [, redraw] = useState(0);
  const queue = useRef<CollectQueue | null>(null);
  const lastFetch = useRef(0);

  const isClipped = async (url: string) =>
    !!(await sendMessage('findClip', { url, contentHash: '' }).catch(() => null))?.clipId;

  async function addItems(found: ListItem[]) {
    const fresh: (ListItem & { clipped: boolean })[] = [];
    for (const it of found) fresh.push({ ...it, clipped: await isClipped(it.url) });
    setItems((old) => {
      const seen = new Set(old.map((i) => i.url));
      return [...old, ...fresh.filter((i) => !seen.has(i.url))];
    });
    setChosen((old) => new Set([...old, ...fresh.filter((i) => !i.clipped).map((i) => i.url)]));
  }

  useEffect(() => {
    document.documentElement.lang = navigator.language.startsWith('zh') ? 'zh-CN' : 'en';
    (async () => {
      if (!/^https?:/i.test(src)) throw new Error(t('fileNoSrc'));
      // The list page itself: the reader asked for this one by opening the collector on it.
      lastFetch.current = Date.now();
      const page = await fetchPage(src);
      if (page.status !== 200) throw new Error(t('fileErr_http', page.status));
      const doc = parse(page.html);
      setCollection(columnName(doc));
      setPagesLeft(listPages(doc, src));
      await addItems(listItems(doc, src));
      setPhase('choose');
    })().catch((e: Error) => {
      setError(e.message);
      setPhase('error');
    });
  }, []);

  /** Follow the list's pagination, one page a second, up to the reader's limit. */
  async function follow() {
    setFollowing(true);
    let left = [...pagesLeft];
    const seenPages = new Set<string>([src]);
    for (let n = 1; n < maxPages && left.length; n++) {
      const next = left.shift() as string;
      if (seenPages.has(next)) {
        n--;
        continue;
      }
      seenPages.add(next);
      const wait = lastFetch.current + INTERVAL - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      lastFetch.current = Date.now();
      const page = await fetchPage(next).catch(() => null);
      if (page?.status === 200) {
        const doc = parse(page.html);
        await addItems(listItems(doc, next));
        left = [...left, ...listPages(doc, next).filter((u) => !seenPages.has(u) && !left.includes(u))];
      }
    }
    setPagesLeft(left.filter((u) => !seenPages.has(u)));
    setFollowing(false);
  }

  function start() {
    const io: QueueIO = {
      fetchPage,
      analyse(html, url) {
        const doc = parse(html);
        return { ...analyze(doc, { url }), attachments: findAttachments(doc, url).length };
      },
      async save(a, url) {
        const name = collection.trim();
        const r = await sendMessage('saveClip', {
          payload: payloadOf(a, url, { tags: name ? [name] : [], collections: name ? [name] : [] }),
        }).catch((e: Error) => ({ ok: false as const, error: 'storage' as const, message: e.message }));
        return r.ok ? { ok: true, status: r.status } : { ok: false, message: r.message };
      },
      isClipped,
      now: () => Date.now(),
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    };
    const picked = items.filter((i) => chosen.has(i.url));
    const q = new CollectQueue(picked, io, { interval: INTERVAL, skipClipped }, () => redraw((x) => x + 1));
    queue.current = q;
    setPhase('running');
    q.start().then(() => {
      if (!q.items.some((i) => i.state === 'waiting')) setPhase('done');
    });
  }

  const q = queue.current;
  const c = q?.counts();
  const stateOf = (url: string): ItemState | null => q?.items.find((i) => i.url === url)?.state ?? null;
  const failed = q?.items.filter((i) => i.state === 'failed') ?? [];
  return (
    <div class="filepage">
      <PageBar name={`${t('collectTitle')} · ${src}`} title={src}>
        <a class="button" href={src}>
          {t('fileBackToPage')}
        </a>
      </PageBar>
      <main class="fp-main">
        {phase === 'loading' && (
          <section class="fp-box" role="status">
            <p>{t('collectReading')}</p>
            <progress />
          </section>
        )}
        {phase === 'error' && (
          <section class="fp-box error" role="alert" data-testid="collect-error">
            <p>{error}</p>
          </section>
        )}
        {phase !== 'loading' && phase !== 'error' && (
          <>
            <div class="cl-opts">
              <label>
                {t('collectionName')}
                <input
                  value={collection}
                  disabled={phase !== 'choose'}
                  onInput={(e) => setCollection((e.target as HTMLInputElement).value)}
                  data-testid="collect-collection"
                />
              </label>
              <label>
                <input
                  type="checkbox"
                  checked={skipClipped}
                  disabled={phase !== 'choose'}
                  onChange={(e) => setSkipClipped((e.target as HTMLInputElement).checked)}
                  data-testid="collect-skip"
                />
                {t('collectSkipClipped')}
              </label>
              {pagesLeft.length > 0 && phase === 'choose' && (
                <span>
                  <label>
                    {t('collectMaxPages')}
                    <input
                      type="number"
                      min={2}
                      max={50}
                      value={maxPages}
                      onInput={(e) =>
                        setMaxPages(Math.max(2, Math.min(50, Number((e.target as HTMLInputElement).value) || 2)))
                      }
                      data-testid="collect-max-pages"
                    />
                  </label>{' '}
                  <button type="button" disabled={following} onClick={follow} data-testid="collect-follow">
                    {following ? t('collectFollowing') : t('collectFollow')}
                  </button>
                </span>
              )}
            </div>
            <div class="cl-bar">
              {phase === 'choose' && (
                <>
                  <button
                    type="button"
                    class="primary"
                    disabled={!chosen.size || following}
                    onClick={start}
                    data-testid="collect-start"
                  >
                    {t('collectStart', chosen.size)}
                  </button>
                  <button type="button" onClick={() => setChosen(new Set(items.map((i) => i.url)))}>
                    {t('collectAll')}
                  </button>
                  <button type="button" onClick={() => setChosen(new Set())}>
                    {t('collectNone')}
                  </button>
                </>
              )}
              {phase === 'running' && q && (
                <>
                  {q.busy && !q.isPaused ? (
                    <button type="button" onClick={() => q.pause()} data-testid="collect-pause">
                      {t('collectPause')}
                    </button>
                  ) : (
                    <button
                      type="button"
                      class="primary"
                      onClick={() => q.start().then(() => q.busy || setPhase('done'))}
                      data-testid="collect-resume"
                    >
                      {t('collectResume')}
                    </button>
                  )}
                  <button
                    type="button"
                    class="danger"
                    onClick={() => {
                      q.cancel();
                      setPhase('done');
                    }}
                    data-testid="collect-cancel"
                  >
                    {t('cancel')}
                  </button>
                </>
              )}
              {q && c && (
                <span role="status" data-testid="collect-progress">
                  {t('collectProgress', q.items.length - c.waiting - c.fetching, q.items.length, c.saved + c.unchanged)}
                </span>
              )}
            </div>
            {phase === 'done' && c && (
              <section class="cl-summary" data-testid="collect-summary">
                <p>
                  {t('collectDone', c.saved, c.unchanged + c.clipped, c['not-report'] + c.attachments, c.failed)}{' '}
                  <a href={`/library.html?view=list`} target="_blank" rel="noreferrer">
                    {t('fileOpenInLibrary')}
                  </a>
                </p>
                {failed.length > 0 && (
                  <>
                    <ul data-testid="collect-failures">
                      {failed.map((f) => (
                        <li key={f.url}>
                          {f.title} — {f.detail}
                        </li>
                      ))}
                    </ul>
                    <button
                      type="button"
                      onClick={() => {
                        setPhase('running');
                        q?.retry().then(() => setPhase('done'));
                      }}
                      data-testid="collect-retry"
                    >
                      {t('collectRetry', failed.length)}
                    </button>
                  </>
                )}
              </section>
            )}
            <table class="cl-table" data-testid="collect-items">
              <thead>
                <tr>
                  <th />
                  <th>{t('reportTitle')}</th>
                  <th>{t('published')}</th>
                  <th>{t('collectState')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((i) => {
                  const st = stateOf(i.url);
                  return (
                    <tr key={i.url}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={i.title}
                          checked={chosen.has(i.url)}
                          disabled={phase !== 'choose'}
                          onChange={(e) => {
                            const next = new Set(chosen);
                            if ((e.target as HTMLInputElement).checked) next.add(i.url);
                            else next.delete(i.url);
                            setChosen(next);
                          }}
                        />
                      </td>
                      <td>
                        <a href={i.url} target="_blank" rel="noreferrer">
                          {i.title}
                        </a>
                      </td>
                      <td class="date">{i.date ?? '—'}</td>
                      <td>
                        {st ? (
                          <span class={`cl-state ${st}`} data-testid="item-state">
                            {t(`collectState_${st.replace('-', '_')}` as MessageKey)}
                          </span>
                        ) : i.clipped ? (
                          <span class="cl-state clipped">{t('collectState_clipped')}</span>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </>
        )}
      </main>
    </div>
  );
}
