/**
 * Anchoring: from offsets in the clean text back to DOM Ranges on the live page. The clean text
 * is read from the DOM in document order, so with whitespace removed it is a subsequence of the
 * page's own text; a figure is found by searching for it (with a little of the text before it)
 * from where the previous one was found. Reads the DOM only.
 */
import { runSync, type Steps } from './steps';
import { SKIP_TAGS } from './text';

/** Whitespace test without a regex call per character (the index walks every character). */
function isWs(c: number): boolean {
  return (
    c <= 32 ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0x200b ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x85 ||
    c === 0x1680 ||
    c === 0x202f ||
    c === 0x205f
  );
}

/** The text of a subtree with whitespace removed, and where each character came from. */
export interface TextIndex {
  /** Concatenated text without whitespace. */
  text: string;
  /** For each character of `text`: index into `nodes`. */
  node: Int32Array;
  /** For each character of `text`: offset inside its text node. */
  offset: Int32Array;
  nodes: Text[];
}

/** Index the visible text under `root` (scripts, styles and GovLens's own UI skipped). */
export function buildTextIndex(root: Node, skip?: (el: Element) => boolean): TextIndex {
  return runSync(textIndexSteps(root, skip));
}

/** {@link buildTextIndex} in steps, for a live page read in slices. */
export function* textIndexSteps(root: Node, skip?: (el: Element) => boolean): Steps<TextIndex> {
  const nodes: Text[] = [];
  let total = 0;
  // Depth first in document order with a stack of next siblings: a page nested tens of thousands
  // deep must not run out of stack.
  const stack: (Node | null)[] = [root.firstChild];
  let seen = 0;
  while (stack.length) {
    const c = stack[stack.length - 1];
    if (!c) {
      stack.pop();
      continue;
    }
    stack[stack.length - 1] = c.nextSibling;
    if ((++seen & 1023) === 0) yield;
    if (c.nodeType === 3) {
      nodes.push(c as Text);
      total += (c as Text).length;
    } else if (c.nodeType === 1) {
      const el = c as Element;
      if (SKIP_TAGS.has(el.tagName.toUpperCase()) || skip?.(el)) continue;
      stack.push(el.firstChild);
    }
  }
  const node = new Int32Array(total);
  const offset = new Int32Array(total);
  const parts: string[] = [];
  let k = 0;
  for (let ni = 0; ni < nodes.length; ni++) {
    if ((ni & 1023) === 1023) yield;
    const v = nodes[ni].data;
    let runStart = -1;
    for (let i = 0; i < v.length; i++) {
      if (isWs(v.charCodeAt(i))) {
        if (runStart >= 0) parts.push(v.slice(runStart, i));
        runStart = -1;
        continue;
      }
      if (runStart < 0) runStart = i;
      node[k] = ni;
      offset[k] = i;
      k++;
    }
    if (runStart >= 0) parts.push(v.slice(runStart));
  }
  return { text: parts.join(''), node: node.subarray(0, k), offset: offset.subarray(0, k), nodes };
}

/** Remove whitespace, keeping for each kept character its offset in the input. */
export function squashWithMap(s: string): { text: string; map: Int32Array } {
  const map = new Int32Array(s.length);
  const parts: string[] = [];
  let k = 0;
  let runStart = -1;
  for (let i = 0; i < s.length; i++) {
    if (isWs(s.charCodeAt(i))) {
      if (runStart >= 0) parts.push(s.slice(runStart, i));
      runStart = -1;
      continue;
    }
    if (runStart < 0) runStart = i;
    map[k++] = i;
  }
  if (runStart >= 0) parts.push(s.slice(runStart));
  return { text: parts.join(''), map: map.subarray(0, k) };
}

/** A DOM Range over index characters [start, end). */
export function rangeFor(doc: Document, index: TextIndex, start: number, end: number): Range {
  const range = doc.createRange();
  range.setStart(index.nodes[index.node[start]], index.offset[start]);
  range.setEnd(index.nodes[index.node[end - 1]], index.offset[end - 1] + 1);
  return range;
}

/**
 * Where a span is on the page, as a StaticRange's four fields: not a live Range. The browser
 * keeps every live Range up to date on every change to the document, so 10,000 of them made a
 * page that rewrites a line every 50 ms cost GovLens the whole core; a spot costs nothing until
 * it is used ({@link liveRange}), and the CSS Highlight API paints StaticRanges as they are.
 */
export interface Spot {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
}

/** The spot of index characters [start, end). */
export function spotFor(index: TextIndex, start: number, end: number): Spot {
  return {
    startContainer: index.nodes[index.node[start]],
    startOffset: index.offset[start],
    endContainer: index.nodes[index.node[end - 1]],
    endOffset: index.offset[end - 1] + 1,
  };
}

/** A live Range over a spot, for the moment it is needed; null when the page changed under it. */
export function liveRange(doc: Document, spot: Spot): Range | null {
  try {
    const range = doc.createRange();
    range.setStart(spot.startContainer, spot.startOffset);
    range.setEnd(spot.endContainer, spot.endOffset);
    return range;
  } catch {
    return null;
  }
}

/**
 * Whether a caret position in one of the text nodes the spot runs over lies in the spot: only the
 * first and last node can hold a part outside it.
 */
export function spotHolds(spot: Spot, node: Node, offset: number): boolean {
  if (node === spot.startContainer && offset < spot.startOffset) return false;
  if (node === spot.endContainer && offset > spot.endOffset) return false;
  return true;
}

/**
 * Find clean-text span [start, end) in the index, searching from `from` (an index position).
 * Tries with 12, then 6, then 0 characters of the text before the span as context.
 * Returns index positions or null.
 */
export function locate(
  clean: { text: string; map: Int32Array },
  index: TextIndex,
  start: number,
  end: number,
  from = 0,
): [number, number] | null {
  // Squashed positions of the span in the clean text.
  let s = lowerBound(clean.map, start);
  let e = lowerBound(clean.map, end);
  if (e <= s) return null;
  const needle = clean.text.slice(s, e);
  for (const ctx of [12, 6, 0]) {
    const pre = clean.text.slice(Math.max(0, s - ctx), s);
    const at = index.text.indexOf(pre + needle, Math.max(0, from - pre.length));
    if (at >= 0) {
      s = at + pre.length;
      e = s + needle.length;
      return [s, e];
    }
  }
  return null;
}

/** First i with arr[i] >= x. */
function lowerBound(arr: Int32Array, x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index position of a DOM boundary point (container, offset), or -1 when outside the index. */
export function indexPosition(index: TextIndex, container: Node, offset: number): number {
  const ni = index.nodes.indexOf(container as Text);
  if (ni < 0) return -1;
  // First indexed character at or after (ni, offset).
  let lo = 0;
  let hi = index.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const n = index.node[mid];
    if (n < ni || (n === ni && index.offset[mid] < offset)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
