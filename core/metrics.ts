/**
 * The metric scanner: finds every figure that spec/metrics.md calls a metric in clean text.
 * One pass over digit runs; for each, look behind for hedges and glue, look ahead for
 * 余/多, a multiplier and a unit. Offsets refer to the text as given (full-width forms are
 * folded one-for-one, so offsets stay valid).
 */
import {
  CLAUSE_DELIMS,
  CLAUSE_DELIMS_WIDE,
  LABEL_BREAKERS,
  LABEL_TRAILERS,
  MAX_LABEL,
  NUMERAL_PHRASE,
  SENTENCE_DELIMS,
} from './rules/labels';
import {
  CLOCK_BEFORE,
  GLUE_ALWAYS,
  GLUE_BETWEEN_DIGITS,
  HEDGE_BEFORE,
  HEDGE_INNER,
  HEDGE_TAIL,
  MONEY_CONTEXT,
  MULTIPLIERS,
  NAME_FOLLOWERS,
  UNITS,
} from './rules/units';
import { foldWidth } from './text';
import type { Metric, MetricKind } from './types';

interface UnitEntry {
  unit: string;
  kind: MetricKind;
  ascii: boolean;
}

/** Units indexed by first character, longest first, so matching is one map look-up. */
const UNIT_INDEX: Map<string, UnitEntry[]> = (() => {
  const index = new Map<string, UnitEntry[]>();
  for (const [kind, units] of Object.entries(UNITS) as [MetricKind, readonly string[]][]) {
    for (const unit of units) {
      const list = index.get(unit[0]) ?? [];
      list.push({ unit, kind, ascii: /^[A-Za-z]/.test(unit) });
      index.set(unit[0], list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.unit.length - a.unit.length);
  return index;
})();

const NUMBER_RE = /\d+(?:,\d{3})*(?:\.\d+)?/g;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isAsciiLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\u00a0' || c === '\u3000';

function matchAt(text: string, pos: number, words: readonly string[]): string | null {
  for (const w of words) if (text.startsWith(w, pos)) return w;
  return null;
}

function matchBefore(text: string, pos: number, words: readonly string[]): string | null {
  for (const w of words) if (pos >= w.length && text.startsWith(w, pos - w.length)) return w;
  return null;
}

function matchUnit(text: string, pos: number): UnitEntry | null {
  const list = UNIT_INDEX.get(text[pos]);
  if (!list) return null;
  for (const e of list) {
    if (!text.startsWith(e.unit, pos)) continue;
    // An ASCII unit must end the token: 25T is a metric, 5G and 25Tbps are not this unit.
    if (e.ascii && isAsciiLetter(text[pos + e.unit.length])) continue;
    return e;
  }
  return null;
}

/** Exact decimal scaling: "9.17" × 1e8 without binary rounding noise. */
function scaleValue(num: string, factor: number): number {
  const clean = num.replace(/,/g, '');
  if (factor === 1) return Number(clean);
  const exp = Math.round(Math.log10(factor));
  const [int, frac = ''] = clean.split('.');
  return Number(`${int}${frac}e${exp - frac.length}`);
}

function clauseBounds(text: string, start: number, end: number, delims = CLAUSE_DELIMS): [number, number] {
  let a = start;
  while (a > 0 && !delims.has(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < text.length && !delims.has(text.charCodeAt(b))) b++;
  return [a, b];
}

/** The sentence bounds around [start, end); `cache` holds the previous answer (figures cluster). */
function sentenceAround(text: string, start: number, end: number, cache: { a: number; b: number; s: string }): string {
  if (start >= cache.a && end <= cache.b) return cache.s;
  let a = start;
  while (a > 0 && !SENTENCE_DELIMS.has(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < text.length && !SENTENCE_DELIMS.has(text.charCodeAt(b))) b++;
  if (b < text.length && text[b] !== '\n') b++;
  cache.a = a;
  cache.b = b;
  cache.s = text.slice(a, b).trim();
  return cache.s;
}

/** Any breaker word; longest first so that 达到 wins over 达. */
const BREAKER_RE = new RegExp([...LABEL_BREAKERS].sort((a, b) => b.length - a.length).join('|'), 'g');

/** Cut `s` at the first breaker word; returns the head. */
function headBeforeBreaker(s: string): string {
  BREAKER_RE.lastIndex = 0;
  const m = BREAKER_RE.exec(s);
  return m ? s.slice(0, m.index) : s;
}

/** The tail of `s` after its last breaker word (a breaker that ends the string is kept). */
function tailAfterBreaker(s: string): string {
  let from = 0;
  BREAKER_RE.lastIndex = 0;
  for (let m = BREAKER_RE.exec(s); m; m = BREAKER_RE.exec(s)) {
    const end = m.index + m[0].length;
    if (end < s.length) from = end;
  }
  return s.slice(from);
}

const CJK_RUN = /^[\u4e00-\u9fff（）()]+/;

/** The shortest phrase in the clause that says what the figure counts. */
export function labelFor(text: string, start: number, end: number, kind: MetricKind): string {
  const [, b] = clauseBounds(text, start, end);
  const after = headBeforeBreaker((text.slice(end, b).match(CJK_RUN) ?? [''])[0]);
  const useAfter = (kind === 'count' || kind === 'money') && after.length >= 2;
  let label = useAfter ? after : '';
  if (!label) {
    for (const delims of [CLAUSE_DELIMS, CLAUSE_DELIMS_WIDE]) {
      const [a] = clauseBounds(text, start, end, delims);
      const raw = text.slice(a, start).replace(NUMERAL_PHRASE, '').replace(LABEL_TRAILERS, '');
      label = tailAfterBreaker(raw.replace(/^[^\u4e00-\u9fff]+/, ''));
      if (label.length >= 2) break;
    }
  }
  label = label || after;
  return label.length > MAX_LABEL ? label.slice(label.length - MAX_LABEL) : label;
}

/** Options for {@link findMetrics}. */
export interface FindOptions {
  /** Compute labels and sentences (skip for raw speed). Default true. */
  context?: boolean;
}

/**
 * Every metric in `input`, in order. `input` may contain full-width digits and punctuation;
 * offsets refer to `input`.
 */
export function findMetrics(input: string, options: FindOptions = {}): Metric[] {
  const context = options.context !== false;
  const text = foldWidth(input);
  const out: Metric[] = [];
  const sentenceCache = { a: -1, b: -1, s: '' };
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    const numStart = m.index;
    const num = m[0];
    const numEnd = numStart + num.length;
    const prev = text[numStart - 1];
    // Glued to letters, digits or slogan punctuation: part of a name or code.
    if (prev !== undefined && GLUE_ALWAYS.test(prev)) continue;
    if (prev !== undefined && GLUE_BETWEEN_DIGITS.test(prev) && isDigit(text[numStart - 2])) continue;
    // Ordinals (第3位) and document-number brackets are never metrics.
    if (prev === '第' || prev === '〔' || prev === '[') continue;
    const next = text[numEnd];
    if (next !== undefined && /[+·•]/.test(next)) continue;

    let pos = numEnd;
    let hedgeAfter: string | null = null;
    if (isSpace(text[pos])) pos++;
    const h1 = matchAt(text, pos, HEDGE_INNER);
    if (h1) {
      hedgeAfter = h1;
      pos += h1.length;
    }
    let factor = 1;
    const mult = MULTIPLIERS.find(([w]) => text.startsWith(w, pos));
    if (mult) {
      factor = mult[1];
      pos += mult[0].length;
      const h2 = matchAt(text, pos, HEDGE_INNER);
      if (h2) {
        hedgeAfter = h2;
        pos += h2.length;
      }
    }
    if (isSpace(text[pos])) pos++;
    let entry = matchUnit(text, pos);
    let unit: string;
    let kind: MetricKind;
    if (entry) {
      unit = entry.unit;
      kind = entry.kind;
      pos += unit.length;
      if (NAME_FOLLOWERS.test(text.slice(pos, pos + 4))) continue;
      if (unit === '分' && prev !== undefined && CLOCK_BEFORE.test(prev)) continue;
    } else if (mult) {
      // A bare 万/亿 is money when the clause speaks of money (2.5亿超长期国债).
      const [a, b] = clauseBounds(text, numStart, pos);
      if (!MONEY_CONTEXT.test(text.slice(a, b))) continue;
      entry = null;
      unit = '元';
      kind = 'money';
    } else {
      continue;
    }
    const tail = matchAt(text, pos, HEDGE_TAIL);
    if (tail) {
      hedgeAfter = hedgeAfter ? hedgeAfter + tail : tail;
      pos += tail.length;
    }
    const before = matchBefore(text, numStart, HEDGE_BEFORE);
    const start = before ? numStart - before.length : numStart;
    const end = pos;
    const hedges = [before, hedgeAfter].filter((h): h is string => !!h);
    out.push({
      text: input.slice(start, end),
      value: scaleValue(num, factor),
      unit: unit.replace('（', '(').replace('）', ')'),
      kind,
      approx: hedges.length > 0,
      hedge: hedges.length ? hedges.join('…') : null,
      label: context ? labelFor(text, start, end, kind) : '',
      start,
      end,
      sentence: context ? sentenceAround(input, start, end, sentenceCache) : '',
    });
  }
  return out;
}
