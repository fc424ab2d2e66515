/**
 * The status of one tab and its actions: report or not and why, title, agency, year, figures,
 * boilerplate removed; Save clip, Save selection, Highlights on/off, Clean view, Open library.
 * Shared by the popup and the side panel.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Attachment, ClipLookup, PageStatus, SaveResult } from '../messaging/protocol';
import { onMessage, sendMessage } from '../messaging/protocol';
import { type MessageKey, saveMessage, t, uiLang } from './i18n';
import { purifyClipHtml } from './purify';
import { targetTabId } from './tab';

type Load =
  | { state: 'loading' }
  | {
      state: 'none';
      tabId: number | null;
      fileUrl: string | null;
      /** A web page (http or https), or a tab whose URL is not known. */
      web: boolean;
    }
  | { state: 'ready'; tabId: number; status: PageStatus; lookup: ClipLookup | null; attachments: Attachment[] };

/** A tab that shows a report file itself (the browser's PDF viewer, a .docx link opened). */
const FILE_URL = /^https?:\/\/[^#]+\.(?:pdf|docx|doc|wps|ofd)(?:[?#].*)?$/i;

/** Open the file reader on a file, remembering the page it was linked from. */
function openFileReader(src: string, from: string | null) {
  const q = new URLSearchParams({ src, ...(from ? { from } : {}) });
  browser.tabs.create({ url: `${browser.runtime.getURL('/file.html')}?${q}` });
  if (location.pathname.endsWith('popup.html')) window.close();
}

async function readStatus(tabId: number): Promise<PageStatus | null> {
  try {
    return await sendMessage('getStatus', undefined, tabId);
  } catch {
    return null;
  }
}

const KIND_KEY: Record<string, MessageKey> = {
  report: 'statusReport',
  article: 'statusArticle',
  list: 'statusList',
  other: 'statusOther',
};

/** The panel. */
export function StatusPanel() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  // Only the latest refresh may draw: an older tab's answer arriving late is dropped.
  const generation = useRef(0);
  async function refresh(tabId: number | null) {
    const gen = ++generation.current;
    if (tabId === null) return setLoad({ state: 'none', tabId: null, fileUrl: null, web: false });
    let status = await readStatus(tabId);
    // A web page still loading (or just loaded) may have no content script yet: wait for it
    // rather than say "not read". Other tabs (browser pages) answer at once.
    const waitable = async (i: number) => {
      const tab = await browser.tabs.get(tabId).catch(() => null);
      return tab?.status === 'loading' || (i < 20 && /^https?:/.test(tab?.url ?? ''));
    };
    for (let i = 0; !status && i < 60 && gen === generation.current && (await waitable(i)); i++) {
      await new Promise((r) => setTimeout(r, 150));
      status = await readStatus(tabId);
    }
    for (let i = 0; status && !status.analysed && i < 20 && gen === generation.current; i++) {
      await new Promise((r) => setTimeout(r, 150));
      status = await readStatus(tabId);
    }
    if (gen !== generation.current) return;
    if (!status) {
      const tab = await browser.tabs.get(tabId).catch(() => null);
      const url = tab?.url ?? '';
      // (Without the tabs permission a web page's URL may be hidden: only a known non-web URL says no.)
      const web = !url || /^https?:/.test(url);
      return setLoad({ state: 'none', tabId, fileUrl: FILE_URL.test(url) ? url : null, web });
    }
    const [lookup, attachments] = await Promise.all([
      sendMessage('findClip', { url: status.url, contentHash: status.contentHash }).catch(() => null),
      sendMessage('getAttachments', undefined, tabId).catch(() => [] as Attachment[]),
    ]);
    if (gen === generation.current) setLoad({ state: 'ready', tabId, status, lookup, attachments });
  }

  useEffect(() => {
    // Screen readers read the panel in the UI's language, not the page template's lang="en".
    document.documentElement.lang = uiLang() === 'zh' ? 'zh-CN' : 'en';
    targetTabId().then(refresh);
  }, []);

  // The side panel stays open while the reader moves between tabs and pages: it follows the
  // active tab of its window (a popup closes instead, and ?tab= pins a panel to one tab).
  useEffect(() => {
    if (!location.pathname.endsWith('sidepanel.html') || new URLSearchParams(location.search).has('tab')) return;
    const pinned = new URLSearchParams(location.search).get('window');
    let windowId: number | undefined = pinned && /^\d+$/.test(pinned) ? Number(pinned) : undefined;
    if (windowId === undefined)
      browser.windows
        .getCurrent()
        .then((w) => {
          windowId = w.id;
        })
        .catch(() => undefined);
    let shown: number | null = null;
    const follow = (tabId: number) => {
      shown = tabId;
      setMessage(null);
      setLoad({ state: 'loading' });
      refresh(tabId);
    };
    const activated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) follow(info.tabId);
    };
    const updated = (tabId: number, change: { status?: string; url?: string }) => {
      if (change.status === 'complete' || change.url) {
        if (shown === null || tabId === shown) follow(tabId);
      }
    };
    targetTabId().then((id) => {
      shown = id;
    });
    browser.tabs.onActivated.addListener(activated);
    browser.tabs.onUpdated.addListener(updated);
    return () => {
      browser.tabs.onActivated.removeListener(activated);
      browser.tabs.onUpdated.removeListener(updated);
    };
  }, []);

  async function analyse(tabId: number) {
    setBusy(true);
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/report.js'] });
      await refresh(tabId);
    } catch {
      setMessage({ text: t('noPage'), error: true });
    } finally {
      setBusy(false);
    }
  }

  async function save(tabId: number, selectionOnly: boolean) {
    setBusy(true);
    setMessage(null);
    try {
      const payload = await sendMessage('getClip', { selectionOnly }, tabId);
      let result: SaveResult;
      if (!payload && selectionOnly) {
        // Nothing selected on the page: say what to do, not that the tab cannot be read.
        setMessage({ text: t('selectFirst'), error: true });
        return;
      }
      if (!payload) {
        result = { ok: false, error: 'no-page', message: t('noPage') };
      } else {
        const html = purifyClipHtml(payload.html);
        result = await sendMessage('saveClip', { payload: { ...payload, html } });
      }
      if (result.ok) {
        setMessage({ text: saveMessage(result), error: false });
        await refresh(tabId);
      } else {
        setMessage({ text: saveMessage(result), error: true });
      }
    } catch (e) {
      setMessage({ text: t('saveFailed', (e as Error).message), error: true });
    } finally {
      setBusy(false);
    }
  }

  async function saveAll() {
    setBusy(true);
    setMessage(null);
    // The background says how far it has come after each tab: 正在保存…第 3 / 7 个.
    const stop = onMessage('saveAllProgress', ({ data }) => {
      if (data.done < data.total) setMessage({ text: t('saveAllProgress', data.done + 1, data.total), error: false });
    });
    try {
      const r = await sendMessage('saveAllTabs', undefined);
      const failed = r.failed.length
        ? ` ${t('saveAllFailed', r.failed.length, r.failed.map((f) => `${f.title} — ${f.message}`).join('；'))}`
        : '';
      setMessage({
        text: r.reports ? `${t('saveAllDone', r.saved, r.reports)}${failed}` : t('saveAllNone'),
        error: r.failed.length > 0,
      });
    } catch (e) {
      setMessage({ text: t('saveFailed', (e as Error).message), error: true });
    } finally {
      stop();
      setBusy(false);
    }
  }

  async function toggle(tabId: number, what: 'setHighlights' | 'setReader' | 'setAnnotations', on: boolean) {
    const status = await sendMessage(what, on, tabId).catch(() => null);
    if (status && load.state === 'ready') setLoad({ ...load, status });
    if (what !== 'setHighlights' && on && location.pathname.endsWith('popup.html')) window.close();
  }

  if (load.state === 'loading') return <div class="panel muted">…</div>;
  // A tab that shows a file (the PDF viewer; the content script may run in its wrapper page).
  const fileUrl =
    load.state === 'none'
      ? load.fileUrl
      : /pdf|msword|officedocument|wps|ofd/i.test(load.status.contentType ?? '') ||
          (FILE_URL.test(load.status.url) && !load.status.isReport)
        ? load.status.url
        : null;
  if (fileUrl) {
    return (
      <div class="panel">
        <Header />
        <p class="muted">{t('pdfTabHint')}</p>
        <button type="button" class="primary" onClick={() => openFileReader(fileUrl, null)} data-testid="open-file">
          {t('openInGovLens')}
        </button>
        <button type="button" class="link" onClick={() => sendMessage('openLibrary', undefined)}>
          {t('openLibrary')}
        </button>
      </div>
    );
  }
  if (load.state === 'none') {
    return (
      <div class="panel">
        <Header />
        <p class="muted">{load.web ? t('statusNotAnalysed') : t('notWebPage')}</p>
        {load.tabId !== null && load.web && (
          <button type="button" class="primary" disabled={busy} onClick={() => analyse(load.tabId as number)}>
            {t('analyseThisPage')}
          </button>
        )}
        {message && <p class={message.error ? 'msg error' : 'msg'}>{message.text}</p>}
        <button type="button" class="link" onClick={() => sendMessage('openLibrary', undefined)}>
          {t('openLibrary')}
        </button>
      </div>
    );
  }
  const { status: s, tabId, lookup, attachments } = load;
  const md = s.metadata;
  // A notice page that only links its report: the files come first, they are what it holds.
  const files = attachments.length > 0 && (
    <section class="attachments" data-testid="attachments">
      <h2>{t('attachmentsTitle', attachments.length)}</h2>
      <ul>
        {attachments.map((f) => (
          <li key={f.url}>
            <span class="ftype">{f.type.toUpperCase()}</span>
            <span class="fname" title={f.url}>
              {f.text}
            </span>
            <button type="button" onClick={() => openFileReader(f.url, s.url)} data-testid="read-file">
              {t('readInGovLens')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
  return (
    <div class="panel">
      <Header />
      <div class={`verdict ${s.isReport ? 'yes' : 'no'}`} data-testid="verdict">
        <span class="dot" />
        {t(KIND_KEY[s.kind] ?? 'statusOther')}
        <span class="score" title={t('scoreTitle')} data-testid="score">
          {t(s.score >= 0.8 ? 'scoreHigh' : s.score >= 0.5 ? 'scoreMid' : 'scoreLow', Math.round(s.score * 100))}
        </span>
      </div>
      {s.title && (
        <h1 class="title" data-testid="title">
          {s.title}
        </h1>
      )}
      <dl class="meta">
        <dt>{t('agency')}</dt>
        <dd data-testid="agency">{md.agency ?? t('noneYet')}</dd>
        <dt title={t('reportYearHint')}>{t('reportYear')}</dt>
        <dd title={t('reportYearHint')}>
          {md.reportYear ?? t('noneYet')}
          {/* A title that names another year (2025年…政府工作报告 reviewing 2024) says why they differ. */}
          {md.reportYear !== null &&
            s.title &&
            !s.title.includes(String(md.reportYear)) &&
            /(?:19|20)\d{2}/.test(s.title) && <span class="muted"> {t('yearReviewed')}</span>}
        </dd>
        <dt>{t('published')}</dt>
        <dd>{md.publishedAt ?? t('noneYet')}</dd>
        <dt>{t('siteCode')}</dt>
        <dd>{md.siteCode ?? t('noneYet')}</dd>
      </dl>
      <p class="counts">
        <b data-testid="figures">{t('figuresFound', s.metricCount)}</b> · {t('removedCount', s.removedCount)}
      </p>
      <details class="why">
        <summary>{t('whyLabel')}</summary>
        <ul>
          {s.reasons.map((r) => (
            <li key={r.detail} class={r.weight < 0 || r.signal === 'against' ? 'neg' : ''} title={r.detail}>
              {t(`reason_${r.code}`, ...r.args)}
            </li>
          ))}
        </ul>
      </details>
      {!s.isReport && files}
      {s.kind === 'list' && (
        <button
          type="button"
          class="primary wide"
          onClick={() => {
            browser.tabs.create({
              url: `${browser.runtime.getURL('/collect.html')}?${new URLSearchParams({ src: s.url })}`,
            });
            if (location.pathname.endsWith('popup.html')) window.close();
          }}
          data-testid="collect"
        >
          {t('collectFromList')}
        </button>
      )}
      {lookup?.clipId && (
        <p class={`msg ${lookup.changed ? 'warn' : ''}`} data-testid="clipped">
          {t('alreadyClipped', (lookup.capturedAt ?? '').slice(0, 10))} {lookup.changed ? t('changedSince') : ''}
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          class={s.kind === 'list' ? '' : 'primary'}
          disabled={busy}
          onClick={() => save(tabId, false)}
          data-testid="save"
        >
          {t('saveClip')}
        </button>
        <button type="button" disabled={busy} onClick={() => save(tabId, true)} data-testid="save-selection">
          {t('saveSelection')}
        </button>
        {/* Only what applies: no highlight toggle where nothing is painted, no clean view off a report. */}
        {s.isReport && s.metricCount > 0 && (
          <button
            type="button"
            disabled={busy}
            onClick={() => toggle(tabId, 'setHighlights', !s.highlightsOn)}
            data-testid="toggle"
          >
            {s.highlightsOn ? t('highlightsOff') : t('highlightsOn')}
          </button>
        )}
        {s.isReport && (
          <button
            type="button"
            disabled={busy}
            onClick={() => toggle(tabId, 'setReader', !s.readerOpen)}
            data-testid="reader"
          >
            {t('cleanView')}
          </button>
        )}
        {s.userHighlights > 0 && (
          <button
            type="button"
            disabled={busy}
            onClick={() => toggle(tabId, 'setAnnotations', true)}
            data-testid="annotations"
          >
            {t('openAnnotations', s.userHighlights)}
          </button>
        )}
      </div>
      {message && (
        <p class={message.error ? 'msg error' : 'msg ok'} data-testid="message" role="status">
          {message.text}
        </p>
      )}
      {s.isReport && files}
      <div class="links">
        <button type="button" class="link" disabled={busy} onClick={saveAll} data-testid="save-all">
          {t('saveAllTabs')}
        </button>
        <button type="button" class="link" onClick={() => sendMessage('openLibrary', undefined)}>
          {t('openLibrary')}
        </button>
      </div>
    </div>
  );
}

function Header() {
  return (
    <header class="brand">
      <span class="logo">GL</span>
      <span>GovLens</span>
    </header>
  );
}
