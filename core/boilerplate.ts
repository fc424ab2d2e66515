/**
 * Classifies elements and lines as portal boilerplate using the tables in rules/boilerplate.ts.
 * Read-only: nothing here changes the document.
 */
import { BOILERPLATE_RULES, BOILERPLATE_TAGS } from './rules/boilerplate';
import { collapse } from './text';
import type { BoilerplateKind, Removed } from './types';

/** Kinds whose text rule is safe anywhere in the body (they never match a content sentence). */
const TEXT_ANYWHERE = new Set<BoilerplateKind>([
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

function attrKey(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return `${cls} ${id}`.toLowerCase();
}

/** The boilerplate kind of an element judged by tag and class/id, or null. */
export function kindByAttr(el: Element): BoilerplateKind | null {
  const tagKind = BOILERPLATE_TAGS[el.tagName.toUpperCase()];
  if (tagKind) return tagKind;
  const key = attrKey(el);
  if (key.length <= 1) return null;
  for (const rule of BOILERPLATE_RULES) if (rule.attr?.test(key)) return rule.kind;
  return null;
}

/**
 * The boilerplate kind of a piece of text, or null. With `anywhere` false, only the kinds that
 * cannot be mistaken for content are tried; with it true (page chrome, lines before the body
 * starts), every rule is tried.
 */
export function kindByText(text: string, anywhere = false): BoilerplateKind | null {
  const t = collapse(text);
  if (!t) return null;
  for (const rule of BOILERPLATE_RULES) {
    if (!rule.text) continue;
    if (!anywhere && !TEXT_ANYWHERE.has(rule.kind)) continue;
    if (rule.maxLen !== undefined && t.length > rule.maxLen) continue;
    if (rule.text.test(t)) return rule.kind;
  }
  return null;
}

/** A `Removed` entry with its text shortened for display. */
export function removedEntry(kind: BoilerplateKind, text: string): Removed {
  const t = collapse(text);
  return { kind, text: t.length > 160 ? `${t.slice(0, 157)}…` : t };
}
