/**
 * Series, never sums: the figures of one indicator (one measure, one unit) as one series per
 * agency across report years. Two figures of the same agency and year are never added: the first
 * in reading order is drawn and the others are counted, so the reader can exclude the wrong one.
 * A target (预期增长5%左右) is drawn at the year it is for: a report's targets are for the year after
 * the one it reviews (a 2025 政府工作报告 reviews 2024 and sets 2025's), unless its sentence names the
 * report year itself. Changes against another base (累计增长32.6%, 比2020年) are a series apart from
 * the year-on-year ones: the two do not share an axis.
 */
import type { Clip } from '../storage/db';
import { type Cell, toCsv } from './csv';

type Figure = Clip['metrics'][number];

/** One drawn figure. */
export interface SeriesPoint {
  year: number;
  value: number;
  /** The hedge as written (余, 约, 以上): the value is not exact. */
  hedge: string | null;
  approx: boolean;
  text: string;
  clipId: string;
  /** Offset of the figure in its clip's text (opens the clip at it). */
  start: number;
  /** Other figures of this agency, year, indicator, measure and unit that were not drawn. */
  others: number;
}

/** One agency's figures of the indicator, by year; its targets apart. */
export interface Series {
  /** `<agency>|<indicator>`, then `|<base>` for changes against another base: the chart's `data-series`. */
  key: string;
  agency: string;
  /** For changes: the base when it is not the year before (2020年, 年初), else null. */
  base: string | null;
  indicator: string;
  measure: NonNullable<Figure['measure']>;
  unit: string;
  points: SeriesPoint[];
  targets: SeriesPoint[];
}

/** What a chart is of. */
export interface SeriesQuery {
  indicator: string;
  measure: NonNullable<Figure['measure']>;
  unit: string;
  /** Figures left out by the reader, as `<clipId>:<start>`. */
  excluded?: ReadonlySet<string>;
}

/** The key of one figure for exclusion. */
export const figureKey = (clipId: string, start: number) => `${clipId}:${start}`;

const indicatorOf = (m: Figure) => m.indicator ?? m.label;

/** Bases that say "the year before": one series with the changes that name none. */
const YEAR_ON_YEAR = new Set(['上年', '上年同期', '上年末']);
/** The base that sets a change apart, or null for year-on-year (and unsaid) ones. */
const baseApart = (m: Figure) => (m.measure === 'change' && m.base && !YEAR_ON_YEAR.has(m.base) ? m.base : null);

/** The year a figure is drawn at: a target's is the year after the report's, unless it names that year. */
export function yearOf(m: Figure, reportYear: number): number {
  if (!m.target) return reportYear;
  const s = m.sentence ?? '';
  return s.includes(`${reportYear}年`) && !s.includes(`${reportYear + 1}年`) ? reportYear : reportYear + 1;
}

/** Indicators the clips hold, most figures first, with their (measure, unit) pairs: suggestions. */
export function indicatorChoices(
  clips: readonly Clip[],
): { indicator: string; count: number; kinds: { measure: SeriesQuery['measure']; unit: string; count: number }[] }[] {
  const by = new Map<string, Map<string, number>>();
  for (const c of clips)
    for (const m of c.metrics) {
      const ind = indicatorOf(m);
      if (!ind) continue;
      const kinds = by.get(ind) ?? new Map<string, number>();
      const k = `${m.measure ?? 'level'}|${m.unit}`;
      kinds.set(k, (kinds.get(k) ?? 0) + 1);
      by.set(ind, kinds);
    }
  return [...by]
    .map(([indicator, kinds]) => ({
      indicator,
      count: [...kinds.values()].reduce((a, b) => a + b, 0),
      kinds: [...kinds]
        .map(([k, count]) => {
          const [measure, unit] = k.split('|');
          return { measure: measure as SeriesQuery['measure'], unit, count };
        })
        .sort((a, b) => b.count - a.count),
    }))
    .sort((a, b) => b.count - a.count || a.indicator.localeCompare(b.indicator, 'zh-CN'));
}

/** The series of `query` over `clips`: one per agency (or per report title when no agency is known). */
export function buildSeries(clips: readonly Clip[], query: SeriesQuery): Series[] {
  const series = new Map<string, Series>();
  for (const c of clips) {
    if (c.reportYear === null) continue;
    const agency = c.agency ?? c.title;
    for (const m of c.metrics) {
      if (indicatorOf(m) !== query.indicator || (m.measure ?? 'level') !== query.measure || m.unit !== query.unit)
        continue;
      if (query.excluded?.has(figureKey(c.id, m.start))) continue;
      const base = baseApart(m);
      const key = `${agency}|${query.indicator}${base ? `|${base}` : ''}`;
      let s = series.get(key);
      if (!s) {
        s = {
          key,
          agency,
          base,
          indicator: query.indicator,
          measure: query.measure,
          unit: query.unit,
          points: [],
          targets: [],
        };
        series.set(key, s);
      }
      const list = m.target ? s.targets : s.points;
      const year = yearOf(m, c.reportYear);
      const same = list.find((p) => p.year === year);
      if (same) {
        same.others++;
        continue;
      }
      list.push({
        year,
        value: m.value,
        hedge: m.hedge,
        approx: m.approx,
        text: m.text,
        clipId: c.id,
        start: m.start,
        others: 0,
      });
    }
  }
  for (const s of series.values()) {
    s.points.sort((a, b) => a.year - b.year);
    s.targets.sort((a, b) => a.year - b.year);
  }
  return [...series.values()].sort(
    (a, b) => a.agency.localeCompare(b.agency, 'zh-CN') || (a.base ?? '').localeCompare(b.base ?? '', 'zh-CN'),
  );
}

/** A value in readable Chinese units: 262.6亿, 3.2万, 1,873; percentages as they are. */
export function readable(value: number, unit: string): string {
  const abs = Math.abs(value);
  const round = (x: number) => String(Math.round(x * 10) / 10);
  if (unit === '%' || unit === '‰' || unit === '个百分点') return `${round(value)}${unit}`;
  if (abs >= 1e8) return `${round(value / 1e8)}亿${unit}`;
  if (abs >= 1e4) return `${round(value / 1e4)}万${unit}`;
  return `${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}${unit}`;
}

/** Columns of the chart's CSV. */
export const SERIES_COLUMNS = [
  'agency',
  'indicator',
  'measure',
  'unit',
  'base',
  'kind',
  'year',
  'value',
  'figure_text',
  'hedge',
  'not_drawn',
  'clip_id',
];

/** The chart's data as CSV (UTF-8 with BOM): one row per drawn figure and target. */
export function seriesCsv(series: readonly Series[]): string {
  const rows: Cell[][] = [];
  for (const s of series)
    for (const [kind, list] of [
      ['outcome', s.points],
      ['target', s.targets],
    ] as const)
      for (const p of list)
        rows.push([
          s.agency,
          s.indicator,
          s.measure,
          s.unit,
          s.base,
          kind,
          p.year,
          p.value,
          p.text,
          p.hedge,
          p.others,
          p.clipId,
        ]);
  return toCsv(SERIES_COLUMNS, rows);
}
