/**
 * Series, never sums (issue: a chart of 生产总值 by year added a county, a city, a province and
 * two per-capita values together). One series per agency, one point per year, levels apart from
 * changes and units apart, duplicates counted not added, targets beside outcomes, exclusions.
 */
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { buildSeries, figureKey, indicatorChoices, readable, SERIES_COLUMNS, seriesCsv } from '../../export/series';
import type { Clip } from '../../storage/db';
import { makeClips } from '../helpers/clips';

type Fig = Clip['metrics'][number];
const fig = (over: Partial<Fig>): Fig => ({
  text: '1',
  value: 1,
  unit: '元',
  approx: false,
  label: '生产总值',
  indicator: '生产总值',
  measure: 'level',
  direction: null,
  base: null,
  target: false,
  kind: 'money',
  hedge: null,
  start: 0,
  end: 1,
  sentence: '',
  ...over,
});
const [base] = makeClips(1);
const clip = (id: string, agency: string, year: number, metrics: Fig[]): Clip => ({
  ...base,
  id,
  agency,
  reportYear: year,
  metrics,
});

const clips = [
  clip('a22', '甲县', 2022, [
    fig({ value: 262.6e8, start: 10 }),
    fig({ value: 5.3, unit: '%', measure: 'change', start: 20 }),
  ]),
  clip('a23', '甲县', 2023, [
    fig({ value: 281.2e8, start: 10 }),
    fig({ value: 9.8e4, label: '人均生产总值', indicator: '人均生产总值', start: 30 }),
  ]),
  clip('b23', '乙市', 2023, [
    fig({ value: 3581e8, start: 5 }),
    fig({ value: 3600e8, start: 90 }), // the same indicator twice in one report
    fig({ value: 5, unit: '%', measure: 'change', target: true, start: 40 }),
  ]),
  clip('b24', '乙市', 2024, [fig({ value: 3720e8, approx: true, hedge: '约', start: 5 })]),
];

describe('series', () => {
  it('draws one series per agency, one point per year, never a sum', () => {
    const s = buildSeries(clips, { indicator: '生产总值', measure: 'level', unit: '元' });
    // Agencies in pinyin order (甲 jiǎ before 乙 yǐ).
    expect(s.map((x) => x.key)).toEqual(['甲县|生产总值', '乙市|生产总值']);
    expect(s[0].points.map((p) => [p.year, p.value])).toEqual([
      [2022, 262.6e8],
      [2023, 281.2e8],
    ]);
    // 乙市 2023 has the indicator twice: the first is drawn, the other counted, nothing added.
    expect(s[1].points.map((p) => [p.year, p.value, p.others])).toEqual([
      [2023, 3581e8, 1],
      [2024, 3720e8, 0],
    ]);
    expect(s[1].points[1]).toMatchObject({ approx: true, hedge: '约' });
  });

  it('keeps changes and levels, and units, apart; targets beside outcomes', () => {
    const change = buildSeries(clips, { indicator: '生产总值', measure: 'change', unit: '%' });
    expect(change.map((x) => [x.agency, x.points.map((p) => p.value), x.targets.map((p) => p.value)])).toEqual([
      ['甲县', [5.3], []],
      ['乙市', [], [5]],
    ]);
    expect(buildSeries(clips, { indicator: '人均生产总值', measure: 'level', unit: '元' })).toHaveLength(1);
  });

  it('draws a target at the year it is for, and changes against another base as a series apart', () => {
    const work = [
      clip('w24', '丙县', 2024, [
        fig({ value: 5.6, unit: '%', measure: 'change', base: '上年', start: 1, sentence: '地区生产总值增长5.6%' }),
        fig({ value: 6, unit: '%', measure: 'change', target: true, start: 2, sentence: '地区生产总值增长6%左右' }),
        fig({
          value: 32.6,
          unit: '%',
          measure: 'change',
          base: '2020年',
          start: 3,
          sentence: '与2020年相比累计增长32.6%',
        }),
        // A target that names the report year is that year's (2024年预期目标…).
        fig({ value: 7, unit: '%', measure: 'change', target: true, start: 4, sentence: '2024年预期目标增长7%' }),
      ]),
    ];
    const s = buildSeries(work, { indicator: '生产总值', measure: 'change', unit: '%' });
    expect(s.map((x) => [x.key, x.base])).toEqual([
      ['丙县|生产总值', null],
      ['丙县|生产总值|2020年', '2020年'],
    ]);
    expect(s[0].points.map((p) => [p.year, p.value])).toEqual([[2024, 5.6]]);
    expect(s[0].targets.map((p) => [p.year, p.value])).toEqual([
      [2024, 7],
      [2025, 6],
    ]);
    expect(s[1].points.map((p) => [p.year, p.value])).toEqual([[2024, 32.6]]);
  });

  it('leaves out the figures the reader excludes', () => {
    const s = buildSeries(clips, {
      indicator: '生产总值',
      measure: 'level',
      unit: '元',
      excluded: new Set([figureKey('b23', 5)]),
    });
    expect(s[1].points.map((p) => [p.year, p.value, p.others])).toEqual([
      [2023, 3600e8, 0],
      [2024, 3720e8, 0],
    ]);
  });

  it('suggests indicators by how many figures they have, with their measures and units', () => {
    const c = indicatorChoices(clips);
    expect(c[0]).toMatchObject({ indicator: '生产总值', count: 7 });
    expect(c[0].kinds.map((k) => `${k.measure}|${k.unit}`)).toEqual(['level|元', 'change|%']);
  });

  it('labels values in readable units and exports the drawn data as CSV', () => {
    expect(readable(262.6e8, '元')).toBe('262.6亿元');
    expect(readable(3.2e4, '人')).toBe('3.2万人');
    expect(readable(1873, '件')).toBe('1,873件');
    expect(readable(5.3, '%')).toBe('5.3%');
    const rows = csvParseRows(
      seriesCsv(buildSeries(clips, { indicator: '生产总值', measure: 'level', unit: '元' })).slice(1),
    );
    expect(rows[0]).toEqual(SERIES_COLUMNS);
    expect(rows[1].slice(0, 7)).toEqual(['甲县', '生产总值', 'level', '元', '', 'outcome', '2022']);
    expect(rows).toHaveLength(5);
  });
});
