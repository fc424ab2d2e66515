/**
 * The scanner reads numbers and numeral runs from character codes, not with Number() and a
 * regular expression: these properties hold it to what Number() and the expression give, over
 * thousands of generated inputs (seeded, so a failure repeats).
 */
import { describe, expect, it } from 'vitest';
import { findMetrics } from '../../core/metrics';
import { nextRun } from '../../core/numerals';
import { rng } from '../helpers/rng';

const MULTIPLIERS: [string, number][] = [
  ['', 0],
  ['万', 4],
  ['亿', 8],
  ['万亿', 12],
  ['千万', 7],
  ['百万', 6],
];

describe('figure values are the double nearest the decimal written', () => {
  it('matches Number() of the decimal times the multiplier, for integers, decimals, commas and long numbers', () => {
    const r = rng(20261203);
    for (let n = 0; n < 4000; n++) {
      const intLen = 1 + Math.floor(r() * (n % 10 === 0 ? 19 : 9));
      let int = String(1 + Math.floor(r() * 9));
      for (let i = 1; i < intLen; i++) int += String(Math.floor(r() * 10));
      const fracLen = r() < 0.5 ? 0 : 1 + Math.floor(r() * 6);
      let frac = '';
      for (let i = 0; i < fracLen; i++) frac += String(Math.floor(r() * 10));
      // Thousands separators as bulletins write them (12,345.6).
      const grouped = r() < 0.3 ? int.replace(/\B(?=(\d{3})+$)/g, ',') : int;
      const [mult, exp] = MULTIPLIERS[Math.floor(r() * MULTIPLIERS.length)];
      const written = frac ? `${grouped}.${frac}` : grouped;
      const sentence = `全年完成投资${written}${mult}元，`;
      const found = findMetrics(sentence, { context: false });
      expect(found, sentence).toHaveLength(1);
      const want = Number(`${int}${frac}e${exp - fracLen}`);
      expect(found[0].value, sentence).toBe(want);
    }
  });

  it('keeps the sign of a negative level and reads full-width digits', () => {
    expect(findMetrics('人口自然增长率为-1.50‰。')[0].value).toBe(-1.5);
    expect(findMetrics('完成投资１２．３４亿元。')[0].value).toBe(1234000000);
    expect(findMetrics('收入0.1万元。')[0].value).toBe(1000);
    expect(findMetrics('收入0.3万元。')[0].value).toBe(3000);
  });
});

/** The regular expression that nextRun replaced, as the reference. */
const RUN = /(百分之)?([一二三四五六七八九十两][零〇一二三四五六七八九十百千万亿两]*)(余|多)?/g;

describe('numeral runs are what the reference expression matches', () => {
  it('finds the same runs, with the same parts, in generated text', () => {
    const alphabet = [...'一二三四五六七八九十两零〇百千万亿余多分之的年是人3。，'];
    const r = rng(7);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const len = Math.floor(r() * 24);
      for (let i = 0; i < len; i++) text += r() < 0.08 ? '百分之' : alphabet[Math.floor(r() * alphabet.length)];
      const want: unknown[] = [];
      RUN.lastIndex = 0;
      for (let m = RUN.exec(text); m; m = RUN.exec(text))
        want.push({ index: m.index, whole: m[0], percent: m[1], num: m[2], hedge: m[3] });
      const got: unknown[] = [];
      for (let m = nextRun(text, 0); m; m = nextRun(text, m.index + m.whole.length)) got.push({ ...m });
      expect(got, text).toEqual(want);
    }
  });
});
