/**
 * Classifies elements and lines as portal boilerplate using the tables in rules/boilerplate.ts.
 * Read-only: nothing here changes the document.
 */
import { BOILERPLATE_RULES, BOILERPLATE_TAGS, type BoilerplateRule } from './rules/boilerplate';
import { collapse, isBlock, lines, SKIP_TAGS, textWithBreaks } from './text';
import type { BoilerplateKind, Removed } from './types';

/** Kinds whose text rule is safe anywhere in the body (they never match a content sentence). */
export const TEXT_ANYWHERE: ReadonlySet<BoilerplateKind> = new Set<BoilerplateKind>([
  'browser-notice',
  'site-code',
  'icp',
  'share',
  'qr-code',
  'print',
  'font-size',
  'view-count',
  'breadcrumb',
  'attachment-empty',
]);

/**
 * All attribute rules in one pattern: most elements match none, and one test of the union costs
 * less than a test per rule (kindByAttr runs on every element of the page).
 */
const ANY_ATTR = new RegExp(BOILERPLATE_RULES.flatMap((r) => (r.attr ? [`(?:${r.attr.source})`] : [])).join('|'));

/** The boilerplate kind of an element judged by tag and class/id, or null. */
export function kindByAttr(el: Element): BoilerplateKind | null {
  const tagKind = BOILERPLATE_TAGS[el.tagName.toUpperCase()];
  if (tagKind) return tagKind;
  // The reflected properties are cheaper than getAttribute; SVG's className is not a string.
  const cls = typeof el.className === 'string' ? el.className : el.getAttribute('class');
  // A form's `id` property can be one of its controls (<input name="id">).
  const id = typeof el.id === 'string' ? el.id : el.getAttribute('id');
  if (!cls && !id) return null;
  const key = `${cls ?? ''} ${id ?? ''}`.toLowerCase();
  if (!ANY_ATTR.test(key)) return null;
  for (const rule of BOILERPLATE_RULES) if (rule.attr?.test(key)) return rule.kind;
  return null;
}

/** The text rules tried everywhere, and all of them (lines before the body, page chrome). */
const TEXT_RULES_ANYWHERE = BOILERPLATE_RULES.filter((r) => r.text && TEXT_ANYWHERE.has(r.kind));
const TEXT_RULES_ALL = BOILERPLATE_RULES.filter((r) => r.text);
/** Each list's patterns as one union: most lines match none, and one test costs less than ten. */
const union = (rules: readonly BoilerplateRule[]) =>
  new RegExp(rules.map((r) => `(?:${(r.text as RegExp).source})`).join('|'));
const ANY_TEXT_ANYWHERE = union(TEXT_RULES_ANYWHERE);
const ANY_TEXT = union(TEXT_RULES_ALL);

/**
 * The boilerplate kind of a line of text (collapsed: whitespace runs as one space, trimmed), or
 * null. With `anywhere` false, only the kinds that cannot be mistaken for content are tried; with
 * it true (page chrome, lines before the body starts), every rule is tried.
 */
export function kindByText(t: string, anywhere = false): BoilerplateKind | null {
  if (!t) return null;
  if (!(anywhere ? ANY_TEXT : ANY_TEXT_ANYWHERE).test(t)) return null;
  for (const rule of anywhere ? TEXT_RULES_ALL : TEXT_RULES_ANYWHERE) {
    if (rule.maxLen !== undefined && t.length > rule.maxLen) continue;
    if ((rule.text as RegExp).test(t)) return rule.kind;
  }
  return null;
}

/** A `Removed` entry with its text shortened for display. */
export function removedEntry(kind: BoilerplateKind, text: string): Removed {
  const t = collapse(text);
  return { kind, text: t.length > 160 ? `${t.slice(0, 157)}…` : t };
}

/** Join neighbouring entries of the same kind (a nav's items are one entry, not twenty). */
function mergeAdjacent(entries: Removed[]): Removed[] {
  const out: Removed[] = [];
  for (const e of entries) {
    const last = out[out.length - 1];
    if (last && last.kind === e.kind) out[out.length - 1] = removedEntry(e.kind, `${last.text} ${e.text}`);
    else out.push(e);
  }
  return out;
}

/**
 * Entries for the lines and children of `el`. Lines get their own kind where their text says
 * one (a footer's ICP line is `icp`), else `fallback`; with a null fallback, lines that say no
 * kind are not reported (page chrome that is not boilerplate, such as a date banner).
 */
function entriesIn(el: Element, fallback: BoilerplateKind | null): Removed[] {
  const out: Removed[] = [];
  let buffer: string[] = [];
  const flush = () => {
    for (const line of lines(buffer.join(''))) {
      const k = kindByText(line, true) ?? fallback;
      if (k) out.push(removedEntry(k, line));
    }
    buffer = [];
  };
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      buffer.push(c.nodeValue ?? '');
      continue;
    }
    if (c.nodeType !== 1) continue;
    const child = c as Element;
    const tag = child.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      buffer.push('\n');
      continue;
    }
    const own = kindByAttr(child);
    if (own || isBlock(child)) {
      flush();
      out.push(...entriesIn(child, own ?? fallback));
    } else buffer.push(textWithBreaks(child));
  }
  flush();
  return out;
}

/**
 * What removing `el` takes out, as entries: its own kind, with boilerplate of other kinds inside
 * it listed on its own (a tools row gives print, share and QR entries; a footer its ICP line).
 */
export function removedFor(el: Element, kind: BoilerplateKind | null): Removed[] {
  return mergeAdjacent(entriesIn(el, kind));
}
