/**
 * The hover card of a figure: normalised value, unit, what it counts and whether it is hedged.
 * Hit-testing works for both painting modes, since the CSS Highlight API leaves no element to hover.
 */
import { figureSays, shownValue } from '../../components/figure-says';
import { t } from '../../components/i18n';
import type { Metric } from '../../core/types';

/** Find the caret position under the pointer (Chrome: caretRangeFromPoint; Firefox: caretPositionFromPoint). */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** Whether (x, y) falls inside one of the range's boxes. */
export function rangeHit(range: Range, x: number, y: number): boolean {
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

/** The one box of class `name` in the UI root (the card, the notice), made on first use. */
export function uiBox(root: ShadowRoot, name: string, attrs: Record<string, string>): HTMLElement {
  let box = root.querySelector<HTMLElement>(`.${name}`);
  if (!box) {
    box = root.ownerDocument.createElement('div');
    box.className = `gl ${name}`;
    for (const [k, v] of Object.entries(attrs)) box.setAttribute(k, v);
    root.append(box);
  }
  return box;
}

/**
 * Put the card below and right of (x, y), inside the window, and show it: above the point when
 * there is no room below (a figure near the bottom of the window).
 */
function place(card: HTMLElement, x: number, y: number): void {
  const view = card.ownerDocument.defaultView;
  const left = Math.min(x + 12, (view?.innerWidth ?? 800) - 340);
  card.style.left = `${Math.max(8, left)}px`;
  card.style.top = `${y + 18}px`;
  card.hidden = false;
  const height = card.getBoundingClientRect().height;
  const room = view?.innerHeight ?? 800;
  if (y + 18 + height > room - 8) card.style.top = `${Math.max(8, y - height - 12)}px`;
}

/**
 * Show (or move) the card for `m` near (x, y) in `root`. With `position` (第 3 / 17 个数据) it was
 * reached by keyboard, and it is a live region that screen readers announce.
 */
export function showCard(root: ShadowRoot, m: Metric, x: number, y: number, position?: string): void {
  const doc = root.ownerDocument;
  const card = uiBox(root, 'card', { role: 'tooltip' });
  card.replaceChildren();
  if (position) {
    card.setAttribute('role', 'status');
    card.setAttribute('aria-live', 'polite');
    const at = doc.createElement('div');
    at.className = 'pos';
    at.textContent = position;
    card.append(at);
  } else {
    card.setAttribute('role', 'tooltip');
    card.removeAttribute('aria-live');
  }
  const v = doc.createElement('div');
  v.className = 'v';
  v.textContent = `${shownValue(m)} ${m.unit}`;
  const row = doc.createElement('div');
  row.className = 'row';
  const kind = doc.createElement('span');
  kind.className = `chip k-${m.kind}`;
  kind.textContent = t(`kind_${m.kind}`);
  const hedge = doc.createElement('span');
  hedge.textContent = m.approx ? t('approx', m.hedge ?? '') : t('exact');
  row.append(kind, hedge);
  const label = doc.createElement('div');
  label.textContent = t('labelIs', m.label || '—');
  card.append(v, label);
  const says = figureSays(m);
  if (says) {
    const c = doc.createElement('div');
    c.className = `says m-${m.measure}${m.direction ? ` d-${m.direction}` : ''}`;
    c.textContent = says;
    card.append(c);
  }
  card.append(row);
  place(card, x, y);
}

/** Show the reader's own note for a highlight near (x, y): what they wrote, kept with the page. */
export function showNoteCard(root: ShadowRoot, note: string, x: number, y: number): void {
  const doc = root.ownerDocument;
  const card = uiBox(root, 'card', { role: 'tooltip' });
  card.replaceChildren();
  const head = doc.createElement('div');
  head.className = 'row';
  head.textContent = t('yourNote');
  const body = doc.createElement('div');
  body.className = 'note';
  body.textContent = note;
  card.append(head, body);
  place(card, x, y);
}

/** Hide the card. */
export function hideCard(root: ShadowRoot): void {
  const card = root.querySelector<HTMLElement>('.card');
  if (card) card.hidden = true;
}
