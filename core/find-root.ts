/**
 * Finds the element that holds the article: first the CMS containers of rules/content-selectors.ts,
 * then a text-density score that counts Chinese characters and Chinese punctuation (ASCII word and
 * comma counts, as Readability uses, misfire on Chinese).
 */
import { kindByAttr } from './boilerplate';
import { CONTENT_RULES, MIN_RULE_CJK } from './rules/content-selectors';
import { cjkCount, isBlock, SKIP_TAGS } from './text';

/** The chosen root and how it was found. */
export interface RootChoice {
  root: Element | null;
  via: string;
}

function contains(a: Element, b: Element): boolean {
  return a !== b && a.contains(b);
}

function fromRules(doc: Document): RootChoice | null {
  for (const rule of CONTENT_RULES) {
    let found: Element[];
    try {
      found = Array.from(doc.querySelectorAll(rule.selector));
    } catch {
      continue;
    }
    const scored = found
      .map((el) => ({ el, cjk: cjkCount(el.textContent ?? '') }))
      .filter((c) => c.cjk >= MIN_RULE_CJK);
    if (!scored.length) continue;
    scored.sort((a, b) => b.cjk - a.cjk);
    const best = scored[0];
    // Prefer the innermost match that still holds nearly all the text (TRS_UEDITOR > TRS_Editor).
    let pick = best.el;
    for (const c of scored) {
      if (contains(pick, c.el) && c.cjk >= best.cjk * 0.9) pick = c.el;
    }
    // Several disjoint containers of the same kind (a report split over several boxes): use
    // their common parent when they are siblings.
    const peers = scored.filter(
      (c) => c.cjk >= best.cjk * 0.2 && !contains(c.el, pick) && !contains(pick, c.el) && c.el !== pick,
    );
    if (peers.length && peers.every((p) => p.el.parentElement === pick.parentElement) && pick.parentElement) {
      return { root: pick.parentElement, via: `${rule.name}+siblings` };
    }
    return { root: pick, via: rule.name };
  }
  return null;
}

const PUNCT_RE = /[，。；、！？]/g;

/** Text of the element's own text nodes and inline children, without links. */
function ownText(el: Element): { text: string; linkText: number } {
  let text = '';
  let linkText = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) text += c.nodeValue ?? '';
    else if (c.nodeType === 1) {
      const e = c as Element;
      if (SKIP_TAGS.has(e.tagName.toUpperCase()) || isBlock(e)) continue;
      const t = e.textContent ?? '';
      if (e.tagName.toUpperCase() === 'A') linkText += t.length;
      else text += t;
    }
  }
  return { text, linkText };
}

function fromDensity(doc: Document): RootChoice {
  const body = doc.body;
  if (!body) return { root: null, via: 'none' };
  const scores = new Map<Element, number>();
  const add = (el: Element | null, s: number) => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + s);
  };
  // Post-order without recursion (deep pages would overflow the call stack): an element is
  // scored after its children, as the recursive walk did.
  const score = (c: Element) => {
    const { text, linkText } = ownText(c);
    const cjk = cjkCount(text);
    if (cjk < 10 || linkText > text.length) return;
    const punct = (text.match(PUNCT_RE) ?? []).length;
    const s = 1 + punct + Math.min(cjk / 50, 10);
    add(c, s);
    add(c.parentElement, s);
    add(c.parentElement?.parentElement ?? null, s / 2);
  };
  const walk = (root: Element) => {
    const stack: { el: Element; next: Element | null; excluded: boolean }[] = [
      { el: root, next: root.firstElementChild, excluded: false },
    ];
    while (stack.length) {
      const top = stack[stack.length - 1];
      const c = top.next;
      if (!c) {
        stack.pop();
        if (stack.length && !top.excluded) score(top.el);
        continue;
      }
      top.next = c.nextElementSibling;
      if (SKIP_TAGS.has(c.tagName.toUpperCase())) continue;
      stack.push({ el: c, next: c.firstElementChild, excluded: top.excluded || kindByAttr(c) !== null });
    }
  };
  walk(body);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s > bestScore || (s === bestScore && best && contains(best, el))) {
      best = el;
      bestScore = s;
    }
  }
  if (!best) return { root: null, via: 'none' };
  // Content split over several sibling boxes: take the parent when a sibling scores close.
  const parent = best.parentElement;
  if (parent && parent !== body.parentElement) {
    for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
      if (sib !== best && (scores.get(sib) ?? 0) >= bestScore * 0.25 && isBlock(sib)) {
        return { root: parent, via: 'density+siblings' };
      }
    }
  }
  return { root: best, via: 'density' };
}

/** The element that holds the article, never modified. */
export function findRoot(doc: Document): RootChoice {
  return fromRules(doc) ?? fromDensity(doc);
}
