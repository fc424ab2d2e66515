/**
 * Reading a big page away from it: the content script sends the page's markup to an extension
 * document (Chrome's offscreen document, Firefox's background page), which parses it and runs the
 * one core there, in another thread or process; the page's main thread only serialises the page
 * and anchors what comes back. The content root travels as a path of child indices from <html>,
 * checked against the live page by its text before it is trusted.
 */
import { analyze } from './analyze';
import type { Analysis } from './types';

/** An analysis as it crosses a message: the root element as a path, and what its text is. */
export interface RemoteAnalysis extends Omit<Analysis, 'root'> {
  /** Child-element indices from <html> down to the content root; null when there is none. */
  rootPath: number[] | null;
  /** The length of the root's textContent, to check the path against the live page. */
  rootTextLength: number;
}

/** The path of child-element indices from the document element to `el`. */
export function elementPath(el: Element): number[] | null {
  const path: number[] = [];
  const top = el.ownerDocument.documentElement;
  for (let e: Element | null = el; e && e !== top; e = e.parentElement) {
    const parent: Element | null = e.parentElement;
    if (!parent) return null;
    path.push(Array.prototype.indexOf.call(parent.children, e));
  }
  return path.reverse();
}

/** The element at `path` in `doc`, or null when the page has no such element. */
export function elementAt(doc: Document, path: readonly number[]): Element | null {
  let e: Element | null = doc.documentElement;
  for (const i of path) {
    e = e?.children[i] ?? null;
    if (!e) return null;
  }
  return e;
}

/** Read a page's markup where it was parsed (an extension document), for the page to anchor. */
export function analyzeMarkup(doc: Document, url: string | null): RemoteAnalysis {
  const { root, ...rest } = analyze(doc, { url, readFigures: true });
  return {
    ...rest,
    rootPath: root ? elementPath(root) : null,
    rootTextLength: root?.textContent?.length ?? 0,
  };
}

/**
 * The live page's analysis from one read elsewhere: its root found by path and checked by the
 * length of its text. Null when the page is not what was read (a script changed it meanwhile, or
 * markup that parses differently from the tree a script built), and the page is read in place.
 */
export function adoptRemote(doc: Document, r: RemoteAnalysis): Analysis | null {
  const { rootPath, rootTextLength, ...rest } = r;
  const root = rootPath ? elementAt(doc, rootPath) : null;
  if (rootPath && (!root || (root.textContent?.length ?? -1) !== rootTextLength)) return null;
  return { ...rest, root };
}
