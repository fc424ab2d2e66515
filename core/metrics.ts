/**
 * The metric scanner: finds every figure that spec/metrics.md calls a metric in clean text.
 * One pass over digit runs; for each, look behind for hedges and glue, look ahead for
 * 余/多, a multiplier and a unit. Offsets refer to the text as given (full-width forms are
 * folded one-for-one, so offsets stay valid).
 */
import { readFigures } from './clause';
import { findChineseNumerals } from './numerals';
import { CLAUSE_DELIMS, SENTENCE_DELIMS } from './rules/labels';
import {
  AREA_AFTER_DURATION,
  CLOCK_BEFORE,
  GLUE_ALWAYS,
  GLUE_BETWEEN_DIGITS,
  HEDGE_BEFORE,
  HEDGE_INNER,
  HEDGE_TAIL,
  HEDGE_WORD_ENDS,
  MONEY_CONTEXT,
  MULTIPLIERS,
  NAME_FOLLOWERS,
  RATIO_DENOMINATORS,
  UNIT_NOT_BEFORE,
  UNITS,
} from './rules/units';
import { foldWidth } from './text';
import type { Metric, MetricKind } from './types';

interface UnitEntry {
  unit: string;
  kind: MetricKind;
  ascii: boolean;
}

/**
 * Items indexed by the first character of their word, longest word first: the candidates at a
 * position are one map look-up away, and the first that fits is the longest (人次 before 人).
 */
function byFirstChar<T>(items: readonly T[], word: (item: T) => string): Map<number, T[]> {
  // Keyed by char code: s[i] of a Chinese character allocates a string, charCodeAt does not.
  const index = new Map<number, T[]>();
  for (const item of items) {
    const c = word(item).charCodeAt(0);
    index.set(c, [...(index.get(c) ?? []), item]);
  }
  for (const list of index.values()) list.sort((a, b) => word(b).length - word(a).length);
  return index;
}

/** Units by first character. */
const UNIT_INDEX = byFirstChar(
  (Object.entries(UNITS) as [MetricKind, readonly string[]][]).flatMap(([kind, units]) =>
    units.map((unit): UnitEntry => ({ unit, kind, ascii: /^[A-Za-z]/.test(unit) })),
  ),
  (e) => e.unit,
);

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * A one-character class of the rules (GLUE_ALWAYS, CLOCK_BEFORE…) as a test on a character code,
 * answered once per code and remembered: the scanner asks it around every digit run, and a regular
 * expression tried on a one-character string allocated the string for every Chinese character.
 */
function codeClass(re: RegExp): (c: number) => boolean {
  const seen = new Uint8Array(65536); // 0 not asked yet, 1 in the class, 2 not
  return (c) => {
    if (Number.isNaN(c)) return false;
    let v = seen[c];
    if (v === 0) {
      v = re.test(String.fromCharCode(c)) ? 1 : 2;
      seen[c] = v;
    }
    return v === 1;
  };
}
const glueAlways = codeClass(GLUE_ALWAYS);
const glueBetweenDigits = codeClass(GLUE_BETWEEN_DIGITS);
const clockBefore = codeClass(CLOCK_BEFORE);
const SPLIT_AFTER = codeClass(/[+·•]/);

/**
 * End of the number that starts at `i` (a digit): the same text as /\d+(?:,\d{3})*(?:\.\d+)?/
 * would match, found without allocating a match object per digit run.
 */
function numberEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n && isDigitCode(text.charCodeAt(i))) i++;
  // Thousands groups: ",ddd" as long as there are exactly three digits ahead.
  while (
    text.charCodeAt(i) === 44 &&
    isDigitCode(text.charCodeAt(i + 1)) &&
    isDigitCode(text.charCodeAt(i + 2)) &&
    isDigitCode(text.charCodeAt(i + 3))
  ) {
    // \d{3} takes three digits; more digits after them belong to no group and end the number.
    i += 4;
  }
  if (text.charCodeAt(i) === 46 && isDigitCode(text.charCodeAt(i + 1))) {
    i += 2;
    while (i < n && isDigitCode(text.charCodeAt(i))) i++;
  }
  return i;
}
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

/** A hedge before a figure ({@link HEDGE_BEFORE}), unless it ends a word (签约12.36万人, 最近3年). */
function hedgeBefore(text: string, pos: number): string | null {
  const h = matchBefore(text, pos, HEDGE_BEFORE);
  if (h?.length !== 1) return h;
  const words = HEDGE_WORD_ENDS[h];
  return words && pos >= 2 && words.includes(text[pos - 2]) ? null : h;
}

function matchUnit(text: string, pos: number): UnitEntry | null {
  const list = UNIT_INDEX.get(text.charCodeAt(pos));
  if (!list) return null;
  for (const e of list) {
    if (!text.startsWith(e.unit, pos)) continue;
    // An ASCII unit must end the token: 25T is a metric, 5G and 25Tbps are not this unit.
    if (e.ascii && isAsciiLetter(text[pos + e.unit.length])) continue;
    return e;
  }
  return null;
}

/** text[a, b) holds a decimal point. */
function hasPoint(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 46) return true;
  return false;
}

/** Exact decimal scaling: "9.17" × 1e8 without binary rounding noise. */
function scaleValue(num: string, factor: number): number {
  if (factor === 1 && !num.includes(',')) return Number(num);
  const clean = num.replace(/,/g, '');
  if (factor === 1) return Number(clean);
  const exp = Math.round(Math.log10(factor));
  const [int, frac = ''] = clean.split('.');
  return Number(`${int}${frac}e${exp - frac.length}`);
}

const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The value of the number text[start, end) times `factor`, read from its character codes: the
 * digits (up to 15, so exact as an integer) divided or multiplied by an exact power of ten is one
 * correctly rounded operation, the same double that Number() gives for the decimal. Longer numbers
 * go through {@link scaleValue}.
 */
function valueAt(text: string, start: number, end: number, factor: number): number {
  let mantissa = 0;
  let digits = 0;
  let frac = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) frac = 0;
    else if (c !== 44) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (frac >= 0) frac++;
    }
  }
  const exp = (factor === 1 ? 0 : Math.round(Math.log10(factor))) - (frac < 0 ? 0 : frac);
  if (digits > 15 || exp > 22 || exp < -22) return scaleValue(text.slice(start, end), factor);
  return exp >= 0 ? mantissa * POW10[exp] : mantissa / POW10[-exp];
}

/** A character-code set as a lookup table: one array read per character scanned. */
function table(codes: ReadonlySet<number>): Uint8Array {
  const t = new Uint8Array(65536);
  for (const c of codes) t[c] = 1;
  return t;
}
const CLAUSE = table(CLAUSE_DELIMS);
const SENTENCE = table(SENTENCE_DELIMS);

/** Start of the clause (delimited by `delims`) that holds position `start`. */
function clauseStart(text: string, start: number, delims: Uint8Array): number {
  let a = start;
  while (a > 0 && !delims[text.charCodeAt(a - 1)]) a--;
  return a;
}

/** End of the clause (delimited by `delims`) that holds position `end`. */
function clauseEnd(text: string, end: number, delims: Uint8Array): number {
  let b = end;
  while (b < text.length && !delims[text.charCodeAt(b)]) b++;
  return b;
}

function clauseBounds(text: string, start: number, end: number, delims = CLAUSE): [number, number] {
  return [clauseStart(text, start, delims), clauseEnd(text, end, delims)];
}

/** The sentence bounds around [start, end); `cache` holds the previous answer (figures cluster). */
function sentenceAround(text: string, start: number, end: number, cache: { a: number; b: number; s: string }): string {
  if (start >= cache.a && end <= cache.b) return cache.s;
  let a = start;
  while (a > 0 && !SENTENCE[text.charCodeAt(a - 1)]) a--;
  let b = end;
  while (b < text.length && !SENTENCE[text.charCodeAt(b)]) b++;
  if (b < text.length && text[b] !== '\n') b++;
  cache.a = a;
  cache.b = b;
  cache.s = text.slice(a, b).trim();
  return cache.s;
}

/** What a figure says before {@link readMetrics} has read it. */
const UNREAD = {
  label: '',
  indicator: '',
  measure: 'level',
  direction: null,
  base: null,
  target: false,
  sentence: '',
} as const satisfies Partial<Metric>;

/** Text that may hold a Chinese-numeral figure: a quantity numeral, 百分之 or 成. */
const CN_HINT = /[一二三四五六七八九两][十百千万亿]|百分之|[十百千][余多]|[一二三四五六七八九十]成/;

/** Names after a number that make it part of a name (PM2.5平均浓度), tested in place. */
const NAME_FOLLOWERS_AT = new RegExp(NAME_FOLLOWERS.source.replace(/^\^/, ''), 'y');

/** {@link AREA_AFTER_DURATION}, tested in place like {@link NAME_FOLLOWERS_AT}. */
const AREA_AFTER_DURATION_AT = new RegExp(AREA_AFTER_DURATION.source.replace(/^\^/, ''), 'y');

/** Ideographs from `pos` up to a closing quote: the figure before `pos` opens a quoted name. */
function quotedName(text: string, pos: number): boolean {
  let i = pos;
  while (i < text.length && i - pos <= 12) {
    const c = text.charCodeAt(i);
    if (c === 0x201d) return i - pos >= 2;
    if (c < 0x4e00 || c > 0x9fff) return false;
    i++;
  }
  return false;
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
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isDigitCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const numStart = i;
    const numEnd = numberEnd(text, i);
    i = numEnd;
    const prevCode = text.charCodeAt(numStart - 1);
    // Glued to letters, digits or slogan punctuation: part of a name or code.
    if (glueAlways(prevCode)) continue;
    if (glueBetweenDigits(prevCode) && isDigitCode(text.charCodeAt(numStart - 2))) continue;
    // Ordinals (第3位) and document-number brackets are never metrics.
    if (prevCode === 0x7b2c || prevCode === 0x3014 || prevCode === 91) continue;
    if (SPLIT_AFTER(text.charCodeAt(numEnd))) continue;

    let pos = numEnd;
    let hedgeAfter: string | null = null;
    if (isSpace(text[pos])) pos++;
    const h1 = matchAt(text, pos, HEDGE_INNER);
    if (h1) {
      hedgeAfter = h1;
      pos += h1.length;
    }
    let factor = 1;
    let mult: (typeof MULTIPLIERS)[number] | null = null;
    for (const mu of MULTIPLIERS) {
      if (text.startsWith(mu[0], pos)) {
        mult = mu;
        break;
      }
    }
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
      NAME_FOLLOWERS_AT.lastIndex = pos;
      if (NAME_FOLLOWERS_AT.test(text)) continue;
      if (unit === '分' && clockBefore(prevCode)) continue;
      // A quoted name that opens with a figure (“15分钟便民生活圈”), and a 圈 of minutes or hours.
      if (prevCode === 0x201c && quotedName(text, pos)) continue;
      if (unit === '分钟' || unit === '小时') {
        AREA_AFTER_DURATION_AT.lastIndex = pos;
        if (AREA_AFTER_DURATION_AT.test(text)) continue;
      }
      const notBefore = UNIT_NOT_BEFORE[unit];
      if (notBefore && matchAt(text, pos, notBefore)) continue;
      // A ratio unit: 780元/人·月, 85部/百人.
      if (text.charCodeAt(pos) === 47) {
        const den = matchAt(text, pos + 1, RATIO_DENOMINATORS);
        if (den && !isDigit(text[pos + 1 + den.length])) {
          unit = `${unit}/${den}`;
          pos += 1 + den.length;
        }
      }
    } else if (
      !mult &&
      text.charCodeAt(pos) === 0x65e5 &&
      text.charCodeAt(pos + 1) !== 0x5e38 &&
      hasPoint(text, numStart, numEnd)
    ) {
      // 平均住院日为8.2日: 日 after a decimal is days (a date's day is never a decimal; 日常 is no unit).
      unit = '日';
      kind = 'duration';
      pos++;
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
    // A minus sign after a word, not between digits (人口自然增长率为-1.50‰): a negative level.
    const signed =
      (prevCode === 45 || prevCode === 0xff0d || prevCode === 0x2212) && !glueAlways(text.charCodeAt(numStart - 2))
        ? 1
        : 0;
    const before = hedgeBefore(text, numStart - signed);
    const start = before ? numStart - signed - before.length : numStart - signed;
    const end = pos;
    const hedge = before && hedgeAfter ? `${before}…${hedgeAfter}` : before || hedgeAfter || null;
    const magnitude = valueAt(text, numStart, numEnd, factor);
    // Every field written out in one literal (no spread): one object shape for every figure,
    // which readMetrics then fills in place.
    out.push({
      text: input.slice(start, end),
      value: signed ? -magnitude : magnitude,
      unit: unit.includes('（') ? unit.replace('（', '(').replace('）', ')') : unit,
      kind,
      approx: hedge !== null,
      hedge,
      label: UNREAD.label,
      indicator: UNREAD.indicator,
      measure: UNREAD.measure,
      direction: UNREAD.direction,
      base: UNREAD.base,
      target: UNREAD.target,
      sentence: UNREAD.sentence,
      start,
      end,
    });
  }
  // Chinese-numeral figures (两千余人, 百分之九十五): rare, so looked for only where a numeral
  // character with a quantity (十百千万亿) or 百分之 / 成 appears at all.
  if (CN_HINT.test(text)) {
    const cn = findChineseNumerals(text, (t, p) => matchUnit(t, p));
    if (cn.length) {
      for (const c of cn) {
        const b = hedgeBefore(text, c.start);
        const start = b ? c.start - b.length : c.start;
        const tail = matchAt(text, c.end, HEDGE_TAIL);
        const end = c.end + (tail?.length ?? 0);
        const after = c.hedge && tail ? c.hedge + tail : (c.hedge ?? tail);
        out.push({
          ...c,
          text: input.slice(start, end),
          start,
          end,
          approx: c.approx || !!b || !!tail,
          hedge: b && after ? `${b}…${after}` : (b ?? after),
          ...UNREAD,
        });
      }
      out.sort((a, b) => a.start - b.start);
    }
  }
  if (context) readMetrics(input, out, text);
  return out;
}

/**
 * Say what each figure says (sentence, label, indicator, measure, direction, base, target), in
 * place: what {@link findMetrics} does after scanning unless asked for values only. The content
 * script paints from the scan and reads the figures a moment later (idle time, or when the card,
 * the reader or the popup asks), so the page is painted first.
 */
export function readMetrics(input: string, metrics: Metric[], folded = foldWidth(input)): void {
  const cache = { a: -1, b: -1, s: '' };
  // Table cells say what they are by their headers (core/table.ts), not by a clause.
  const inText = metrics.some((m) => m.table) ? metrics.filter((m) => !m.table) : metrics;
  const readings = readFigures(folded, inText);
  for (let k = 0; k < inText.length; k++) {
    const m = inText[k];
    const r = readings[k];
    m.label = r.label;
    m.indicator = r.indicator;
    m.measure = r.measure;
    m.direction = r.direction;
    m.base = r.base;
    m.target = r.target;
    m.sentence = sentenceAround(input, m.start, m.end, cache);
  }
}
