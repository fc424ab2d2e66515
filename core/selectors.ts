/**
 * W3C Web Annotation selectors over the clean text: TextQuoteSelector (exact, prefix, suffix)
 * and TextPositionSelector (start, end), with a fuzzy fallback when the text has moved.
 */

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
  return best ? { start: best.start, end: best.start + quote.exact.length } : null;
}
