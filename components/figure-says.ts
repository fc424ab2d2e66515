/**
 * What a figure says beyond its label, in the UI language: "▲ 比上年同期 · 增减", "占比",
 * "目标". Shared by the page card, the reader's figure list and the library.
 */
import { ARROWS } from '../core/describe';
import type { Metric } from '../core/types';
import { t } from './i18n';

/** One line for the card and lists; '' for a plain result level (and for older clips). */
export function figureSays(m: Partial<Pick<Metric, 'measure' | 'direction' | 'base' | 'target'>>): string {
  const parts: string[] = [];
  if (m.measure === 'change') {
    const arrow = m.direction ? ARROWS[m.direction] : '';
    const word = t(`direction_${m.direction ?? 'none'}`);
    // zh 比上年增长, en "up vs 上年"; the base stays as the report writes it.
    parts.push([arrow, m.base ? t('vsBase', word, m.base) : word].filter(Boolean).join(' '));
  } else if (m.measure === 'share') parts.push(t('measure_share'));
  if (m.target) parts.push(t('target'));
  return parts.join(' · ');
}
