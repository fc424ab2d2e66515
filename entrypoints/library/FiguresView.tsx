/**
 * Figures across clips: one table of every metric (filtered by label or indicator, unit and kind;
 * sortable, paged, each row opening its clip) and the chart of one indicator: one series per
 * agency across report years, never a sum (export/series.ts).
 */

import { useMemo, useState } from 'preact/hooks';
import { figureSays } from '../../components/figure-says';
import { type MessageKey, t } from '../../components/i18n';
import { buildSeries, figureKey, indicatorChoices, type SeriesQuery } from '../../export/series';
import type { Clip } from '../../storage/db';
import { SeriesChart } from './SeriesChart';
import { compareCells, SortHeader } from './sort';

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

/** The figures view over `clips`. */
export function FiguresView({
  clips,
  onOpen,
  initialIndicator = '',
}: {
  clips: Clip[];
  onOpen?(id: string, at: number): void;
  /** From a deep link: library.html?view=chart&indicator=… */
  initialIndicator?: string;
}) {
  const [label, setLabel] = useState(initialIndicator);
  const [kindOfChart, setKindOfChart] = useState('');
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [unit, setUnit] = useState('');
  const [kind, setKind] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 } | null>(null);
  const [page, setPage] = useState(0);
  const all = useMemo(() => clips.flatMap((clip) => clip.metrics.map((m) => ({ clip, m }))), [clips]);
  const units = useMemo(() => [...new Set(all.map((r) => r.m.unit))].sort(), [all]);
  const choices = useMemo(() => indicatorChoices(clips), [clips]);
  // The chart is of one indicator, chosen by its name (suggested as you type), in one measure and unit.
  const chosen = choices.find((c) => c.indicator === label.trim());
  const kinds = chosen?.kinds ?? [];
  const pick = kinds.find((k) => `${k.measure}|${k.unit}` === kindOfChart) ?? kinds[0];
  const query: SeriesQuery | null =
    chosen && pick ? { indicator: chosen.indicator, measure: pick.measure, unit: pick.unit, excluded } : null;
  const series = useMemo(
    () => (query ? buildSeries(clips, query) : []),
    [clips, query?.indicator, query?.measure, query?.unit, excluded],
  );
  const inChart = (r: Row) =>
    !!query &&
    (r.m.indicator ?? r.m.label) === query.indicator &&
    (r.m.measure ?? 'level') === query.measure &&
    r.m.unit === query.unit;
  const rows = all.filter(
    (r) =>
      (!label || r.m.label.includes(label.trim()) || (r.m.indicator ?? '').includes(label.trim())) &&
      (!unit || r.m.unit === unit) &&
      (!kind || r.m.kind === kind),
  );
  const sorted = sort
    ? [...rows].sort((a, b) => sort.dir * compareCells(SORT_VALUE[sort.key](a), SORT_VALUE[sort.key](b)))
    : rows;
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_ROWS));
  const at = Math.min(page, pages - 1);
  const shown = sorted.slice(at * PAGE_ROWS, (at + 1) * PAGE_ROWS);
  const head = (key: SortKey, title: MessageKey, num = false) => (
    <SortHeader
      active={sort?.key === key}
      dir={sort?.dir ?? 1}
      num={num}
      testId={`fig-sort-${key}`}
      onSort={() => {
        setSort({ key, dir: sort?.key === key && sort.dir === 1 ? -1 : 1 });
        setPage(0);
      }}
    >
      {t(title)}
    </SortHeader>
  );
  if (!all.length)
    return (
      <section class="figures">
        <p class="empty" data-testid="figures-empty">
          {t('figuresEmpty')}
        </p>
      </section>
    );
  return (
    <section class="figures">
      <div class="filters">
        <input
          placeholder={t('filterLabel')}
          value={label}
          list="govlens-indicators"
          onInput={(e) => {
            setLabel((e.target as HTMLInputElement).value);
            setPage(0);
          }}
          data-testid="fig-label"
        />
        <datalist id="govlens-indicators">
          {choices.slice(0, 200).map((c) => (
            <option key={c.indicator} value={c.indicator}>
              {t('figuresCount', c.count)}
            </option>
          ))}
        </datalist>
        {kinds.length > 1 && (
          <select
            aria-label={t('chartKindLabel')}
            value={pick ? `${pick.measure}|${pick.unit}` : ''}
            onChange={(e) => setKindOfChart((e.target as HTMLSelectElement).value)}
            data-testid="chart-kind"
          >
            {kinds.map((k) => (
              <option key={`${k.measure}|${k.unit}`} value={`${k.measure}|${k.unit}`}>
                {t(`measure_${k.measure}`)} · {k.unit} ({k.count})
              </option>
            ))}
          </select>
        )}
        <select
          aria-label={t('filterUnit')}
          value={unit}
          onChange={(e) => setUnit((e.target as HTMLSelectElement).value)}
          data-testid="fig-unit"
        >
          <option value="">{t('filterUnit')}</option>
          {units.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
        <select
          aria-label={t('allKinds')}
          value={kind}
          onChange={(e) => setKind((e.target as HTMLSelectElement).value)}
        >
          <option value="">{t('allKinds')}</option>
          {(['count', 'money', 'percent', 'duration', 'other'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`kind_${k}`)}
            </option>
          ))}
        </select>
        <span class="muted">{t('figuresCount', rows.length)}</span>
      </div>
      {query && series.length > 0 ? (
        <SeriesChart
          series={series}
          title={t('chartTitle', query.indicator, `${t(`measure_${query.measure}`)} · ${query.unit}`, t('byYear'))}
          onOpen={onOpen}
        />
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
            {query && <th>{t('inChart')}</th>}
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
              {query && (
                <td>
                  {inChart({ clip, m }) && (
                    <input
                      type="checkbox"
                      aria-label={t('inChart')}
                      checked={!excluded.has(figureKey(clip.id, m.start))}
                      data-testid="fig-in-chart"
                      onChange={(e) => {
                        const next = new Set(excluded);
                        if ((e.target as HTMLInputElement).checked) next.delete(figureKey(clip.id, m.start));
                        else next.add(figureKey(clip.id, m.start));
                        setExcluded(next);
                      }}
                    />
                  )}
                </td>
              )}
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
