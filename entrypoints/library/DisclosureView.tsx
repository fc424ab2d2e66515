/**
 * The 年报 view: one row per 政府信息公开工作年度报告 (agency × year) with the standard tables'
 * main fields from the 总计 column, sortable on every column, filtered by agency and year, failed
 * arithmetic checks flagged; its CSV is every field of disclosure (export/disclosure.ts). A row
 * opens the clip at its tables.
 */
import { useMemo, useState } from 'preact/hooks';
import type { MessageKey } from '../../components/i18n';
import { t } from '../../components/i18n';
import type { Disclosure } from '../../core/disclosure';
import { requestRow } from '../../core/disclosure';
import { disclosureClips, disclosureCsv, groupTotal } from '../../export/disclosure';
import type { Clip } from '../../storage/db';
import { download } from './download';
import { compareCells, SortHeader } from './sort';

type Row = Clip & { disclosure: Disclosure };

interface Column {
  key: string;
  title: MessageKey;
  get(r: Row): string | number | null;
}

const total = (key: string) => (r: Row) => requestRow(r.disclosure, key)?.[6] ?? null;
const failed = (r: Row) => r.disclosure.checks.filter((c) => !c.ok);

const COLUMNS: Column[] = [
  { key: 'agency', title: 'agency', get: (r) => r.agency },
  { key: 'year', title: 'reportYear', get: (r) => r.reportYear },
  // The checks next to who and when: a table that does not add up is seen before its numbers are read.
  { key: 'checks', title: 'dsChecks', get: (r) => failed(r).length },
  { key: 'format', title: 'dsFormat', get: (r) => r.disclosure.format },
  { key: 'received', title: 'dsReceived', get: total('newReceived') },
  { key: 'carried', title: 'dsCarried', get: total('carriedOver') },
  { key: 'granted', title: 'dsGranted', get: total('granted') },
  { key: 'partly', title: 'dsPartly', get: total('partlyGranted') },
  { key: 'denied', title: 'dsDenied', get: (r) => groupTotal(r.disclosure, 'denied') },
  { key: 'unable', title: 'dsUnable', get: (r) => groupTotal(r.disclosure, 'unableToProvide') },
  { key: 'notProcessed', title: 'dsNotProcessed', get: (r) => groupTotal(r.disclosure, 'notProcessed') },
  { key: 'otherHandling', title: 'dsOtherHandling', get: (r) => groupTotal(r.disclosure, 'otherHandling') },
  { key: 'total', title: 'dsTotal', get: total('total') },
  { key: 'forward', title: 'dsForward', get: total('carriedForward') },
  { key: 'review', title: 'dsReview', get: (r) => r.disclosure.review?.total ?? null },
  {
    key: 'litigation',
    title: 'dsLitigation',
    get: (r) => {
      const a = r.disclosure.litigationDirect?.total;
      const b = r.disclosure.litigationAfterReview?.total;
      return a === null && b === null ? null : (a ?? 0) + (b ?? 0);
    },
  },
  { key: 'licensing', title: 'dsLicensing', get: (r) => r.disclosure.proactive.licensing?.decisions ?? null },
  { key: 'penalty', title: 'dsPenalty', get: (r) => r.disclosure.proactive.penalty?.decisions ?? null },
];

/** Where the clip view opens a report: its first table cell (the standard tables). */
export function tableOffset(c: Clip): number | undefined {
  return c.metrics.find((m) => m.table)?.start;
}

/** The 年报 view over `clips` (the library's current scope). */
export function DisclosureView({ clips, onOpen }: { clips: Clip[]; onOpen(id: string, at?: number): void }) {
  const all = useMemo(() => disclosureClips(clips), [clips]);
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 }>({ key: 'year', dir: -1 });
  const col = COLUMNS.find((c) => c.key === sort.key) ?? COLUMNS[1];
  // (Filtered by the library's own agency and year filters: the clips are its current scope.)
  const rows = [...all].sort(
    (a, b) => sort.dir * compareCells(col.get(a), col.get(b)) || compareCells(a.agency, b.agency),
  );

  if (!all.length)
    return (
      <section class="disclosure">
        <p class="empty" data-testid="disclosure-empty">
          {t('dsEmpty')}
        </p>
      </section>
    );
  return (
    <section class="disclosure" data-testid="disclosure">
      <div class="filters">
        <span class="muted">{t('dsCount', rows.length)}</span>
        <span class="muted hint">{t('dsHint')}</span>
        <button
          type="button"
          class="primary"
          data-testid="ds-export"
          onClick={() =>
            download(
              `govlens-disclosure-${new Date().toISOString().slice(0, 10)}.csv`,
              [disclosureCsv(rows)],
              'text/csv;charset=utf-8',
            )
          }
        >
          {t('dsExport')}
        </button>
      </div>
      <div class="scroll-x">
        <table class="clips ds" data-testid="ds-table">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <SortHeader
                  key={c.key}
                  active={sort.key === c.key}
                  dir={sort.dir}
                  num={c.key !== 'agency'}
                  title={t('dsSortBy', t(c.title))}
                  testId={`ds-sort-${c.key}`}
                  onSort={() => setSort({ key: c.key, dir: sort.key === c.key ? (sort.dir === 1 ? -1 : 1) : -1 })}
                >
                  {t(c.title)}
                </SortHeader>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const bad = failed(r);
              return (
                <tr key={r.id} class={bad.length ? 'failed' : ''} data-clip={r.id}>
                  {COLUMNS.map((c) => {
                    const v = c.get(r);
                    if (c.key === 'agency')
                      return (
                        <td key={c.key}>
                          <button type="button" class="link title" onClick={() => onOpen(r.id, tableOffset(r))}>
                            {r.agency ?? r.title}
                          </button>
                        </td>
                      );
                    if (c.key === 'checks')
                      return (
                        <td key={c.key} class={bad.length ? 'check bad' : 'check ok'} data-testid="ds-check">
                          {bad.length ? (
                            <details>
                              <summary>⚠ {t('dsChecksFailed', bad.length)}</summary>
                              <ul>
                                {bad.map((x) => (
                                  <li key={`${x.field}${x.detail}`}>
                                    {x.field} {x.detail}
                                  </li>
                                ))}
                              </ul>
                            </details>
                          ) : (
                            `✓ ${t('dsChecksOk')}`
                          )}
                        </td>
                      );
                    return (
                      <td key={c.key} class="num">
                        {v === null ? '—' : typeof v === 'number' && c.key !== 'year' ? v.toLocaleString() : v}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
