/**
 * W3C Web Annotation selectors over the clean text: TextQuoteSelector (exact, prefix, suffix)
 * and TextPositionSelector (start, end), with a fuzzy fallback when the text has moved or the
 * quote itself changed a little (a revised figure, a typo fixed): approximate matching with
 * approx-string-match (Myers' bit-vector algorithm), scored the way Hypothesis scores it.
 */
import search from 'approx-string-match';

/** https://www.w3.org/TR/annotation-model/#text-quote-selector */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** https://www.w3.org/TR/annotation-model/#text-position-selector */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** The selectors stored with a reader highlight. */
export type Selectors = [TextQuoteSelector, TextPositionSelector];

const CONTEXT = 32;

/** Describe clean-text span [start, end) with both selectors. */
export function describe(text: string, start: number, end: number): Selectors {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(end, end + CONTEXT),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Find the span again in (possibly changed) clean text: the position if the quote is still
 * there, else the occurrence of the quote whose surroundings match best (nearest the old
 * position on ties). Null when the quote is gone: the highlight is orphaned.
 */
export function resolve(text: string, selectors: Selectors): { start: number; end: number } | null {
  const [quote, position] = selectors;
  if (!quote.exact) return null;
  if (text.slice(position.start, position.end) === quote.exact) return { start: position.start, end: position.end };
  let best: { start: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
    const score =
      commonSuffix(text.slice(Math.max(0, at - CONTEXT), at), quote.prefix) +
      commonPrefix(text.slice(at + quote.exact.length, at + quote.exact.length + CONTEXT), quote.suffix);
    const distance = Math.abs(at - position.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start: at, score, distance };
    }
  }
  if (best) return { start: best.start, end: best.start + quote.exact.length };
  return fuzzy(text, quote, position.start);
}

/** How many edits a quote may have had and still be the reader's highlight: a quarter of it. */
const MAX_ERROR_SHARE = 0.25;
/** The least score (quote, context and position, in [0, 1]) a fuzzy match needs. */
const MIN_SCORE = 0.6;

/** Similarity in [0, 1] of `str` to the best approximate occurrence of it in `text`. */
function closeness(text: string, str: string): number {
  if (!str) return 1;
  if (!text) return 0;
  const found = search(text, str, str.length);
  const errors = found.length ? Math.min(...found.map((m) => m.errors)) : str.length;
  return 1 - errors / str.length;
}

/**
 * The changed quote: the approximate occurrences of the quote with at most a quarter of its
 * characters edited, scored by the quote (weight 50), the text before (20) and after (20) and
 * the nearness to the old position (2), as Hypothesis's client scores them. Null when no match
 * scores well enough: the sentence is gone and the highlight is orphaned.
 */
function fuzzy(text: string, quote: TextQuoteSelector, hint: number): { start: number; end: number } | null {
  const q = quote.exact;
  if (q.length < 4 || q.length > 2000) return null;
  const maxErrors = Math.max(1, Math.floor(q.length * MAX_ERROR_SHARE));
  let best: { start: number; end: number; score: number } | null = null;
  for (const m of search(text, q, maxErrors)) {
    const quoteScore = 1 - m.errors / q.length;
    const prefixScore = closeness(text.slice(Math.max(0, m.start - quote.prefix.length), m.start), quote.prefix);
    const suffixScore = closeness(text.slice(m.end, m.end + quote.suffix.length), quote.suffix);
    const posScore = 1 - Math.abs(m.start - hint) / Math.max(1, text.length);
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best && best.score >= MIN_SCORE ? { start: best.start, end: best.end } : null;
}
