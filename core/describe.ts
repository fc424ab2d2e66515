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
