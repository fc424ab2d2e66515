/**
 * What a figure says beyond its label, in the UI language: "▲ 比上年同期 · 增减", "占比",
 * "目标". Shared by the page card, the reader's figure list and the library.
 */
import { ARROWS, englishBase } from '../core/describe';
import { foldWidth } from '../core/text';
import type { Metric } from '../core/types';
import { readable } from '../export/series';
import { t, uiLang } from './i18n';

/**
 * The figure as lists show it: as printed, or, for a table cell that prints the number alone
 * (2630.4 under 金额（万元）), its value in readable units (2630.4万元).
 */
export function figureText(m: Pick<Metric, 'text' | 'value' | 'unit'>): string {
  return /\d$/.test(m.text) ? readable(m.value, m.unit) : m.text;
}

/** The base in the UI language: 2020年 → 2020 in English, 上年 → previous year. */
export function baseName(base: string): string {
  return uiLang() === 'en' ? englishBase(base) : base;
}

/**
 * The value as the card and lists show it: its size as printed (5.0 keeps its decimal), without a
 * minus sign when an arrow already says down (a table's -3.2 under 比上年增长 reads ▼ 3.2).
 */
export function shownValue(m: Pick<Metric, 'value' | 'text' | 'measure' | 'direction'>): string {
  const decimals = /\d\.(\d+)/.exec(foldWidth(m.text))?.[1].length ?? 0;
  const v = m.measure === 'change' && m.direction ? Math.abs(m.value) : m.value;
  // (A scaled figure, 9.17亿元 = 917,000,000, has no printed decimals left to keep.)
  const keep = Number.isInteger(v) && decimals > 0 && !/[\u4e07\u4ebf]/.test(m.text) /* 万 亿 */ ? decimals : 0;
  return v.toLocaleString('en-US', { minimumFractionDigits: keep, maximumFractionDigits: Math.max(keep, 6) });
}

/** One line for the card and lists; '' for a plain result level (and for older clips). */
export function figureSays(m: Partial<Pick<Metric, 'measure' | 'direction' | 'base' | 'target'>>): string {
  const parts: string[] = [];
  if (m.measure === 'change') {
    const arrow = m.direction ? ARROWS[m.direction] : '';
    const word = t(`direction_${m.direction ?? 'none'}`);
    // zh 比上年增长, en "up vs 上年"; the base stays as the report writes it.
    parts.push([arrow, m.base ? t('vsBase', word, baseName(m.base)) : word].filter(Boolean).join(' '));
  } else if (m.measure === 'share') parts.push(t('measure_share'));
  if (m.target) parts.push(t('target'));
  return parts.join(' · ');
}
