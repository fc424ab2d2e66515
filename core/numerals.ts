/**
 * Figures written in Chinese numerals (两千余人, 三百余件, 一万二千户, 百分之九十五, 三成): found
 * beside the Arabic-numeral scanner, valued with nzh (a maintained converter of Chinese numerals,
 * 万 and 亿 included) and flagged `numerals: "chinese"`. Only quantities count: a numeral with
 * 十/百/千/万/亿 or a hedge (三十多家, 十余次); a bare 一…九 with a measure word (三名, 两次) is
 * optional in the spec and left alone, as are ordinals (第三), slogans (一件事) and 十分 (very).
 */
import nzh from 'nzh/cn';
import { CN_NUMERAL_NOT_UNITS, CN_PERCENT } from './rules/units';
import { charTable } from './text';
import type { Metric, MetricKind } from './types';

/** The unit at a position, as the scanner reads it. */
export type UnitAt = (text: string, pos: number) => { unit: string; kind: MetricKind } | null;

/** Characters that may start a numeral run, and those that may go on one. */
const RUN_FIRST = charTable('一二三四五六七八九十两');
const RUN_REST = charTable('零〇一二三四五六七八九十百千万亿两');
/** 百, the first character of 百分之, as a code. */
const BAI = 0x767e;

export interface Run {
  index: number;
  whole: string;
  percent: string | undefined;
  num: string;
  hedge: string | undefined;
}

/**
 * The next numeral run at or after `from`: what /(百分之)?([一…两][零…两]*)(余|多)?/g would match,
 * found with two lookup tables instead of a regular expression tried at every 一 of the text
 * (一是, 进一步): most of those are no figure, and a match object for each was a fifth of the scan.
 */
export function nextRun(text: string, from: number): Run | null {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    let p = i;
    if (c === BAI) {
      if (!(text.startsWith('百分之', i) && RUN_FIRST[text.charCodeAt(i + 3)])) continue;
      p = i + 3;
    } else if (!RUN_FIRST[c]) continue;
    let e = p + 1;
    while (e < n && RUN_REST[text.charCodeAt(e)]) e++;
    const h = text.charCodeAt(e);
    const hedge = h === 0x4f59 ? '余' : h === 0x591a ? '多' : undefined;
    const end = hedge ? e + 1 : e;
    return {
      index: i,
      whole: text.slice(i, end),
      percent: p > i ? '百分之' : undefined,
      num: text.slice(p, e),
      hedge,
    };
  }
  return null;
}
const QUANTITY = /[十百千万亿]/;

/** Decode a Chinese numeral (两 is 二 to nzh). */
export function decodeChinese(s: string): number {
  return Number(nzh.decodeS(s.replace(/两/g, '二').replace(/〇/g, '零')));
}

/** Chinese-numeral figures in `text`, in order; `unitAt` is the scanner's unit lookup. */
export function findChineseNumerals(
  text: string,
  unitAt: UnitAt,
): Omit<Metric, 'label' | 'sentence' | 'indicator' | 'measure' | 'direction' | 'base' | 'target'>[] {
  const out: ReturnType<typeof findChineseNumerals> = [];
  for (let m = nextRun(text, 0); m; m = nextRun(text, m.index + m.whole.length)) {
    const { whole, percent, num, hedge } = m;
    const start = m.index;
    const prev = text[start - 1];
    // Ordinals, and runs glued to another number (2.05万个 is the Arabic scanner's).
    if (prev === '第' || (prev !== undefined && /[0-9.零〇一二三四五六七八九十百千万亿两]/.test(prev))) continue;
    let end = start + whole.length;
    if (percent) {
      const value = decodeChinese(num);
      if (!(value > 0)) continue;
      out.push({
        text: whole.slice(0, percent.length + num.length),
        value,
        unit: '%',
        kind: 'percent',
        approx: false,
        hedge: null,
        start,
        end: start + percent.length + num.length,
        numerals: 'chinese',
      });
      continue;
    }
    if (!QUANTITY.test(num) && !hedge && !CN_PERCENT.some((u) => text.startsWith(u, end))) continue;
    const cheng = CN_PERCENT.find((u) => text.startsWith(u, end));
    const at = cheng ? { unit: cheng, kind: 'percent' as const } : unitAt(text, end);
    if (!at || CN_NUMERAL_NOT_UNITS.includes(at.unit)) continue;
    const value = decodeChinese(num);
    if (!(value > 0)) continue;
    end += at.unit.length;
    out.push({
      text: text.slice(start, end),
      value,
      unit: at.unit,
      kind: at.kind,
      approx: !!hedge,
      hedge: hedge ?? null,
      start,
      end,
      numerals: 'chinese',
    });
  }
  return out;
}
