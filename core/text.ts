/**
 * Text helpers shared by the core: whitespace, full-width folding and reading the text of a
 * DOM subtree the way a reader sees it (<br> is a line break, blocks are lines).
 */

/** Whitespace that portals use for indentation: ASCII, no-break space, ideographic space, zero-width. */
export const SPACE_RE = /[\s\u00a0\u3000\u200b\ufeff]+/g;

/** Collapse runs of whitespace to one space and trim. */
export function collapse(s: string): string {
  return s.replace(SPACE_RE, ' ').trim();
}

/** Remove all whitespace (for comparisons that must ignore layout). */
export function squash(s: string): string {
  return s.replace(SPACE_RE, '');
}

/** A set of characters as a lookup table by character code: one array read per character asked. */
export function charTable(chars: string): Uint8Array {
  const t = new Uint8Array(65536);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}

/** Full-width digits, letters and the punctuation that numbers use (．％＋). */
const FULL_WIDTH_RE = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0e\uff05\uff0b]/g;

/**
 * Fold full-width digits, letters and number punctuation to ASCII, one character for one, so
 * offsets in the folded string are offsets in the original.
 */
export function foldWidth(s: string): string {
  FULL_WIDTH_RE.lastIndex = 0;
  if (!FULL_WIDTH_RE.test(s)) return s;
  return s.replace(FULL_WIDTH_RE, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Count CJK ideographs: the length measure that works for Chinese (ASCII word counts do not). */
export function cjkCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Whether an element starts a new line in reading order. */
export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** Elements whose text is never content. */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'SELECT',
  'OPTION',
  'BUTTON',
  'INPUT',
  'TEXTAREA',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

/**
 * The visible text of a subtree with `<br>` and block boundaries as newlines.
 * Script, style and form controls are skipped.
 */
export function textWithBreaks(node: Node): string {
  const parts: string[] = [];
  walkText(node, parts);
  return parts.join('');
}

/**
 * Depth-first over the subtree without recursion: pages nest thousands of elements deep (a
 * broken template, a hostile page), and the call stack is not that deep. Each stack entry is the
 * next child to visit and whether its parent is a block (a newline when the walk leaves it).
 */
function walkText(node: Node, out: string[]): void {
  const stack: { next: Node | null; block: boolean }[] = [{ next: node.firstChild, block: false }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    const child = top.next;
    if (!child) {
      stack.pop();
      if (top.block) out.push('\n');
      continue;
    }
    top.next = child.nextSibling;
    if (child.nodeType === 3) {
      out.push(child.nodeValue ?? '');
    } else if (child.nodeType === 1) {
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) continue;
      if (tag === 'BR') {
        out.push('\n');
        continue;
      }
      const block = BLOCK_TAGS.has(tag);
      if (block) out.push('\n');
      stack.push({ next: el.firstChild, block });
    }
  }
}

/** Split text into trimmed non-empty lines, collapsing inner whitespace runs. */
export function lines(s: string): string[] {
  const out: string[] = [];
  for (const raw of s.split('\n')) {
    const t = raw.replace(SPACE_RE, ' ').trim();
    if (t) out.push(t);
  }
  return out;
}
