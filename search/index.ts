/**
 * Chinese full-text search over clips with MiniSearch. Chinese has no spaces, so text is cut
 * into overlapping character bigrams (and single characters for one-character queries); Latin
 * words and numbers stay whole. A query matches clips that contain all of its bigrams.
 */
import MiniSearch, { type SearchResult } from 'minisearch';

/** The fields a clip contributes to the index. */
export interface SearchDoc {
  id: string;
  title: string;
  agency: string;
  tags: string;
  note: string;
  text: string;
  highlights: string;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const WORD = /[A-Za-z0-9]+(?:\.[0-9]+)?/g;

/** Bigrams of CJK runs plus Latin/number words, lower-cased. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if (run.length === 1) out.push(run);
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
    run = '';
  };
  for (const ch of text) {
    if (CJK.test(ch)) run += ch;
    else flush();
  }
  flush();
  for (const w of text.match(WORD) ?? []) out.push(w.toLowerCase());
  return out;
}

/** A new empty index. */
export function createIndex(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>({
    fields: ['title', 'agency', 'tags', 'note', 'text', 'highlights'],
    storeFields: [],
    tokenize,
    processTerm: (t) => t,
    searchOptions: {
      boost: { title: 3, agency: 2, tags: 2, note: 1.5, highlights: 1.5 },
      combineWith: 'AND',
      prefix: false,
      fuzzy: false,
    },
  });
}

/** Clip ids matching `query`, best first. */
export function searchIds(index: MiniSearch<SearchDoc>, query: string): SearchResult[] {
  const q = query.trim();
  if (!q) return [];
  return index.search(q);
}

/** Offsets of every occurrence of the query's CJK runs and words in `text`, for marking matches. */
export function matchRanges(text: string, query: string): [number, number][] {
  const parts = query
    .split(/\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: [number, number][] = [];
  for (const p of parts) {
    const lower = text.toLowerCase();
    const needle = p.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      out.push([at, at + needle.length]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}
