/**
 * The clause reader's hand-written numeral-phrase scan says exactly what the rule's regular
 * expression says (rules/labels.ts): checked on seeded random strings built from the characters that matter.
 */
import { describe, expect, it } from 'vitest';
import { stripNumeralPhrase } from '../../core/clause';
import { NUMERAL_PHRASE } from '../../core/rules/labels';
import { rng } from '../helpers/rng';

const ALPHABET = [
  ...'达到为共计累合总约近逾超过已均分别实现至了有是一二三四五六七八九十两个“"”法律意见企业',
  '达到',
  '共计',
  '超过',
];

function strings(seed: number, count: number): string[] {
  const r = rng(seed);
  return Array.from({ length: count }, () => {
    let s = '';
    const len = Math.floor(r() * 12);
    for (let i = 0; i < len; i++) s += ALPHABET[Math.floor(r() * ALPHABET.length)];
    return s;
  });
}

describe('label scans match the rule regexes', () => {
  it('stripNumeralPhrase ≡ replace(NUMERAL_PHRASE, "")', () => {
    for (const s of strings(2, 20_000)) expect([s, stripNumeralPhrase(s)]).toEqual([s, s.replace(NUMERAL_PHRASE, '')]);
  });

  it('examples', () => {
    expect(stripNumeralPhrase('实现“三个')).toBe('实现');
    expect(stripNumeralPhrase('法律意见')).toBe('法律意见');
  });
});
