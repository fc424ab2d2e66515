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

/**
 * Characters of clip text per index document. A clip's text is indexed in pieces of this size
 * (the first piece with the title, agency, tags, note and highlights), so that adding any one
 * piece is a short task: a clip of a million characters added whole blocked the library for
 * minutes. Pieces overlap by {@link PIECE_OVERLAP}, so a phrase across a cut is still found.
 */
export const PIECE_CHARS = 8_000;
export const PIECE_OVERLAP = 64;

/** The index documents of one clip: `id`, then `id#1`, `id#2`… for the rest of a long text. */
export function pieces(doc: SearchDoc): SearchDoc[] {
  if (doc.text.length <= PIECE_CHARS) return [doc];
  const out: SearchDoc[] = [{ ...doc, text: doc.text.slice(0, PIECE_CHARS) }];
  for (let at = PIECE_CHARS - PIECE_OVERLAP, n = 1; at < doc.text.length; at += PIECE_CHARS - PIECE_OVERLAP, n++) {
    out.push({
      id: `${doc.id}#${n}`,
      title: '',
      agency: '',
      tags: '',
      note: '',
      highlights: '',
      text: doc.text.slice(at, at + PIECE_CHARS),
    });
  }
  return out;
}

/** The clip an index document belongs to. */
export const clipIdOf = (docId: string | number): string => String(docId).replace(/#\d+$/, '');

/**
 * Add documents to the index in slices of at most `budgetMs` each, calling `yieldToPage` between
 * slices (and `onProgress` with the clips done). Stops early when `cancelled()` says so.
 */
export async function addInSlices(
  index: MiniSearch<SearchDoc>,
  docs: SearchDoc[],
  yieldToPage: () => Promise<void>,
  budgetMs = 30,
  cancelled: () => boolean = () => false,
): Promise<void> {
  let start = performance.now();
  for (const doc of docs) {
    for (const piece of pieces(doc)) {
      index.add(piece);
      if (performance.now() - start > budgetMs) {
        await yieldToPage();
        if (cancelled()) return;
        start = performance.now();
      }
    }
  }
}

/** Clip ids matching `query`, best first (each clip once, by its best piece). */
export function searchIds(index: MiniSearch<SearchDoc>, query: string): SearchResult[] {
  const q = query.trim();
  if (!q) return [];
  const seen = new Set<string>();
  const out: SearchResult[] = [];
  for (const r of index.search(q)) {
    const id = clipIdOf(r.id);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ ...r, id });
  }
  return out;
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
