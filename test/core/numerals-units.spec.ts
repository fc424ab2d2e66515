/**
 * Chinese-numeral figures (found, valued, flagged) and the units statistical bulletins write:
 * ratio units, 个千分点, μg/m³, 台（件）; 75周年 is no figure.
 */
import { describe, expect, it } from 'vitest';
import { findMetrics } from '../../core/metrics';
import { decodeChinese } from '../../core/numerals';

const figs = (s: string) => findMetrics(s).map((m) => [m.text, m.value, m.unit, m.approx, m.numerals ?? null]);

describe('Chinese-numeral figures', () => {
  it.each([
    ['全年培训两千余人。', ['两千余人', 2000, '人', true, 'chinese']],
    ['办理信访事项三百余件。', ['三百余件', 300, '件', true, 'chinese']],
    ['群众满意度达到百分之九十五。', ['百分之九十五', 95, '%', false, 'chinese']],
    ['惠及一万二千户。', ['一万二千户', 12000, '户', false, 'chinese']],
    ['三成以上企业受益。', ['三成以上', 3, '成', true, 'chinese']],
    ['举办培训十余次。', ['十余次', 10, '次', true, 'chinese']],
    ['帮扶三十多家企业。', ['三十多家', 30, '家', true, 'chinese']],
    ['粮食增产1.2成。', ['1.2成', 1.2, '成', false, null]],
  ])('%s', (sentence, want) => {
    expect(figs(sentence)).toEqual([want]);
  });

  it('leaves ordinals, slogans, adverbs and bare small numerals alone', () => {
    for (const s of [
      '第三产业增加值稳步提升。',
      '推进高效办成一件事。',
      '这项工作十分重要。',
      '三名律师参与审查。',
      '编制十四五规划。',
    ])
      expect(figs(s), s).toEqual([]);
  });

  it('decodes with 两 and 〇', () => {
    expect(decodeChinese('两千')).toBe(2000);
    expect(decodeChinese('一百〇五')).toBe(105);
  });

  it('reads what a Chinese-numeral figure says like any other', () => {
    const [m] = findMetrics('全年办理法律援助案件两千余件，比上年增长5%。');
    expect(m).toMatchObject({ label: '办理法律援助案件', numerals: 'chinese', measure: 'level' });
  });
});

describe('units of statistical bulletins', () => {
  it.each([
    ['城乡低保标准为780元/人·月。', ['780元/人·月', 780, '元/人·月', false, null]],
    ['每百人拥有公共图书馆藏书85部/百人。', ['85部/百人', 85, '部/百人', false, null]],
    ['旅客周转量12.3亿人公里。', ['12.3亿人公里', 1230000000, '人公里', false, null]],
    ['出生率下降0.3个千分点。', ['0.3个千分点', 0.3, '个千分点', false, null]],
    ['PM2.5浓度为28μg/m³。', ['28μg/m³', 28, 'μg/m³', false, null]],
    ['生产空调120万台（件）。', ['120万台（件）', 1200000, '台(件)', false, null]],
  ])('%s', (sentence, want) => {
    expect(figs(sentence)).toEqual([want]);
  });

  it('never takes an anniversary for a figure', () => {
    expect(figs('庆祝新中国成立75周年。')).toEqual([]);
    expect(figs('工期缩短2周。')).toEqual([['2周', 2, '周', false, null]]);
  });
});
