/**
 * What the card and the lists show of a figure (components/figure-says.ts): its size as printed,
 * no minus sign beside a down arrow, and bases an English reader can read.
 */
import { describe, expect, it } from 'vitest';
import { baseName, shownValue } from '../../components/figure-says';

describe('figure says', () => {
  it('shows the size as printed, and a decline beside its arrow without a minus sign', () => {
    expect(shownValue({ value: 5, text: '5.0%', measure: 'change', direction: 'up' })).toBe('5.0');
    expect(shownValue({ value: -3.2, text: '-3.2', measure: 'change', direction: 'down' })).toBe('3.2');
    expect(shownValue({ value: 917000000, text: '9.17亿元', measure: 'level', direction: null })).toBe('917,000,000');
    expect(shownValue({ value: -1.26, text: '-1.26‰', measure: 'level', direction: null })).toBe('-1.26');
    expect(shownValue({ value: 4.7, text: '４．７％', measure: 'change', direction: 'up' })).toBe('4.7');
  });

  it('names bases in the UI language (English outside a Chinese browser)', () => {
    expect(baseName('上年同期')).toBe('same period last year');
    expect(baseName('2020年')).toBe('2020');
    expect(baseName('比较口径')).toBe('比较口径');
  });
});
