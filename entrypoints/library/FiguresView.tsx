/**
 * Figures across clips: one table of every metric (filtered by label, unit, kind, agency, year)
 * and a chart of a chosen figure across years or agencies (e.g. 法律意见 份 by year).
 */

import { useMemo, useState } from 'preact/hooks';
import { figureSays } from '../../components/figure-says';
import { type MessageKey, t } from '../../components/i18n';
import type { Clip } from '../../storage/db';

interface Row {
  clip: Clip;
  m: Clip['metrics'][number];
}

/** Rows per page of the figures table (the total is always shown: never a silent cut). */
const PAGE_ROWS = 100;

type SortKey = 'text' | 'value' | 'unit' | 'label' | 'indicator' | 'change' | 'title' | 'agency' | 'year' | 'sentence';
const SORT_VALUE: Record<SortKey, (r: Row) => string | number | null> = {
  text: (r) => r.m.text,
  value: (r) => r.m.value,
  unit: (r) => r.m.unit,
  label: (r) => r.m.label,
  indicator: (r) => r.m.indicator ?? r.m.label,
  change: (r) => figureSays(r.m) || null,
  title: (r) => r.clip.title,
  agency: (r) => r.clip.agency,
  year: (r) => r.clip.reportYear,
  sentence: (r) => r.m.sentence,
};
function compare(a: string | number | null, b: string | number | null): number {
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : 1;
  if (b === null || b === undefined) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'zh-CN');
}

/** Bars of a figure's total by year or agency. */
export function chartData(rows: Row[], by: 'year' | 'agency'): { key: string; value: number }[] {
  const sums = new Map<string, number>();
  for (const { clip, m } of rows) {
    const key = by === 'year' ? String(clip.reportYear ?? '—') : (clip.agency ?? '—');
    sums.set(key, (sums.get(key) ?? 0) + m.value);
  }
  return [...sums].map(([key, value]) => ({ key, value })).sort((a, b) => a.key.localeCompare(b.key));
}

function Chart({ data, title }: { data: { key: string; value: number }[]; title: string }) {
  const w = 640;
  const h = 240;
  const pad = 36;
  const max = Math.max(...data.map((d) => d.value), 1);
  const bw = (w - pad * 2) / Math.max(data.length, 1);
  return (
    <figure class="chart" data-testid="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${w} ${h + 40}`} role="img" aria-label={title}>
        <line x1={pad} y1={h} x2={w - pad} y2={h} stroke="#c7c7cc" />
        {data.map((d, i) => {
          const bh = ((h - 20) * d.value) / max;
          const x = pad + i * bw + bw * 0.15;
          return (
            <g key={d.key}>
              <rect x={x} y={h - bh} width={bw * 0.7} height={bh} rx={3} fill="#0a84ff" />
              <text x={x + bw * 0.35} y={h - bh - 4} text-anchor="middle" font-size="11" fill="#1d1d1f">
                {d.value.toLocaleString()}
              </text>
              <text x={x + bw * 0.35} y={h + 16} text-anchor="middle" font-size="11" fill="#515154">
                {d.key.length > 8 ? `${d.key.slice(0, 8)}…` : d.key}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** The figures view over `clips`. */
export function FiguresView({ clips, onOpen }: { clips: Clip[]; onOpen?(id: string, at: number): void }) {
  const [label, setLabel] = useState('');
  const [unit, setUnit] = useState('');
  const [kind, setKind] = useState('');
  const [by, setBy] = useState<'year' | 'agency'>('year');
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 } | null>(null);
  const [page, setPage] = useState(0);
  const all = useMemo(() => clips.flatMap((clip) => clip.metrics.map((m) => ({ clip, m }))), [clips]);
  const units = useMemo(() => [...new Set(all.map((r) => r.m.unit))].sort(), [all]);
  const rows = all.filter(
    (r) => (!label || r.m.label.includes(label)) && (!unit || r.m.unit === unit) && (!kind || r.m.kind === kind),
  );
  const charted = label && unit ? chartData(rows, by) : [];
  const sorted = sort
    ? [...rows].sort((a, b) => sort.dir * compare(SORT_VALUE[sort.key](a), SORT_VALUE[sort.key](b)))
    : rows;
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_ROWS));
  const at = Math.min(page, pages - 1);
  const shown = sorted.slice(at * PAGE_ROWS, (at + 1) * PAGE_ROWS);
  const head = (key: SortKey, title: MessageKey, num = false) => (
    <th class={num ? 'num' : ''} aria-sort={sort?.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        class="sort"
        data-testid={`fig-sort-${key}`}
        onClick={() => {
          setSort({ key, dir: sort?.key === key && sort.dir === 1 ? -1 : 1 });
          setPage(0);
        }}
      >
        {t(title)}
        {sort?.key === key ? (sort.dir === 1 ? ' ↑' : ' ↓') : ''}
      </button>
    </th>
  );
  return (
    <section class="figures">
      <div class="filters">
        <input
          placeholder={t('filterLabel')}
          value={label}
          onInput={(e) => setLabel((e.target as HTMLInputElement).value)}
          data-testid="fig-label"
        />
        <select value={unit} onChange={(e) => setUnit((e.target as HTMLSelectElement).value)} data-testid="fig-unit">
          <option value="">{t('filterUnit')}</option>
          {units.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
        <select value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value)}>
          <option value="">{t('allKinds')}</option>
          {(['count', 'money', 'percent', 'duration', 'other'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`kind_${k}`)}
            </option>
          ))}
        </select>
        <label>
          {t('chartBy')}{' '}
          <select value={by} onChange={(e) => setBy((e.target as HTMLSelectElement).value as 'year' | 'agency')}>
            <option value="year">{t('byYear')}</option>
            <option value="agency">{t('byAgency')}</option>
          </select>
        </label>
        <span class="muted">{t('figuresCount', rows.length)}</span>
      </div>
      {charted.length > 0 ? (
        <Chart data={charted} title={t('chartTitle', label, unit, t(by === 'year' ? 'byYear' : 'byAgency'))} />
      ) : (
        <p class="muted">{t('chartHint')}</p>
      )}
      <table class="clips figs-table" data-testid="fig-table">
        <thead>
          <tr>
            {head('text', 'figures')}
            {head('value', 'value', true)}
            {head('unit', 'unit')}
            {head('label', 'label')}
            {head('indicator', 'indicator')}
            {head('change', 'changeCol')}
            {head('title', 'reportTitle')}
            {head('agency', 'agency')}
            {head('year', 'reportYear', true)}
            {head('sentence', 'sentence')}
          </tr>
        </thead>
        <tbody>
          {shown.map(({ clip, m }) => (
            <tr key={`${clip.id}-${m.start}`} data-clip={clip.id}>
              <td>
                <button
                  type="button"
                  class={`chip k-${m.kind} open`}
                  title={t('openAtFigure')}
                  onClick={() => onOpen?.(clip.id, m.start)}
                >
                  {m.text}
                </button>
              </td>
              <td class="num">{m.value.toLocaleString()}</td>
              <td>{m.unit}</td>
              <td>{m.label}</td>
              <td>{m.indicator ?? m.label}</td>
              <td class={`says d-${m.direction ?? 'none'}`}>{figureSays(m) || '—'}</td>
              <td class="clip-title">{clip.title}</td>
              <td>{clip.agency ?? '—'}</td>
              <td class="num">{clip.reportYear ?? '—'}</td>
              <td class="sentence">{m.sentence}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="pager" data-testid="fig-pager">
        <button type="button" disabled={at === 0} onClick={() => setPage(at - 1)}>
          {t('prev')}
        </button>
        <span>{t('pageOf', at + 1, pages, sorted.length)}</span>
        <button type="button" disabled={at >= pages - 1} onClick={() => setPage(at + 1)} data-testid="fig-next">
          {t('next')}
        </button>
      </div>
    </section>
  );
}
