/**
 * Figures written in Chinese numerals (两千余人, 三百余件, 一万二千户, 百分之九十五, 三成): found
 * beside the Arabic-numeral scanner, valued with nzh (a maintained converter of Chinese numerals,
 * 万 and 亿 included) and flagged `numerals: "chinese"`. Only quantities count: a numeral with
 * 十/百/千/万/亿 or a hedge (三十多家, 十余次); a bare 一…九 with a measure word (三名, 两次) is
 * optional in the spec and left alone, as are ordinals (第三), slogans (一件事) and 十分 (very).
 */
import nzh from 'nzh/cn';
import { CN_NUMERAL_NOT_UNITS, CN_PERCENT } from './rules/units';
import type { Metric, MetricKind } from './types';

/** The unit at a position, as the scanner reads it. */
export type UnitAt = (text: string, pos: number) => { unit: string; kind: MetricKind } | null;

const RUN = /(百分之)?([一二三四五六七八九十两][零〇一二三四五六七八九十百千万亿两]*)(余|多)?/g;
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
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const [whole, percent, num, hedge] = m;
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
