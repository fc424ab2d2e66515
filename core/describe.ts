/**
 * How a figure's change reads in one glance, the same on the page card, in the reader, the
 * library and the CLI: ▲ up, ▼ down, ＝ flat, then the base as the report writes it.
 */
import type { Metric } from './types';

/** The arrow of each direction of change. */
export const ARROWS = { up: '▲', down: '▼', flat: '＝' } as const;

/** `▲ 上年同期`, `▼`, or '' for a level or share (older clips without the fields give ''). */
export function changeMark(m: Partial<Pick<Metric, 'measure' | 'direction' | 'base'>>): string {
  if (m.measure !== 'change' || !m.direction) return '';
  return m.base ? `${ARROWS[m.direction]} ${m.base}` : ARROWS[m.direction];
}

/** Bases as an English reader says them (the report's own words are kept for the others). */
const BASES_EN: Readonly<Record<string, string>> = {
  上年: 'previous year',
  上年同期: 'same period last year',
  上年末: 'end of last year',
  年初: 'start of the year',
  上月: 'previous month',
  上期: 'previous period',
  前三季度: 'first three quarters',
  上半年: 'first half',
  一季度: 'first quarter',
  调整前: 'before the adjustment',
};

/** A base in English: 上年 → previous year, 2020年 → 2020; others as written. */
export function englishBase(base: string): string {
  return BASES_EN[base] ?? (/^(?:19|20)\d{2}年$/.test(base) ? base.slice(0, 4) : base);
}
