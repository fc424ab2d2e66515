/**
 * The page's own highlights and notes, in the shadow root: a panel that lists them in reading
 * order, each with a jump to its place, its note (edited in place), a colour (the reader's tag)
 * and delete; highlights that no longer attach are listed last, never dropped. A small pill opens
 * the panel when the page has any. Built with DOM calls and textContent only (no HTML strings).
 */
import { t } from '../../components/i18n';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../messaging/protocol';
import { USER_COLORS } from './highlight';

/** One highlight as the panel lists it. */
export interface AnnotationItem {
  id: string;
  quote: string;
  note: string;
  color: HighlightColor;
  /** False when its sentence is gone from the page (orphaned). */
  attached: boolean;
}

/** What the panel asks of the controller. */
export interface AnnotationActions {
  jump(id: string): void;
  setNote(id: string, note: string): void;
  setColor(id: string, color: HighlightColor): void;
  remove(id: string): void;
  close(): void;
  open(): void;
}

const COLOR_KEY = {
  pink: 'colorPink',
  yellow: 'colorYellow',
  green: 'colorGreen',
  blue: 'colorBlue',
  purple: 'colorPurple',
} as const;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  cls?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Draw (or remove) the panel and its pill for `items`. */
export function renderAnnotations(
  root: ShadowRoot,
  items: AnnotationItem[],
  open: boolean,
  act: AnnotationActions,
): void {
  const doc = root.ownerDocument;
  root.querySelector('.annots')?.remove();
  root.querySelector('.annots-pill')?.remove();
  if (!items.length) return;
  if (!open) {
    const pill = el(doc, 'button', 'annots-pill', t('annotationsPill', items.length));
    pill.type = 'button';
    pill.addEventListener('click', () => act.open());
    root.append(pill);
    return;
  }
  const panel = el(doc, 'aside', 'annots');
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', t('annotationsTitle', items.length));
  const head = el(doc, 'header');
  head.append(el(doc, 'b', undefined, t('annotationsTitle', items.length)));
  const close = el(doc, 'button', 'x', '×');
  close.type = 'button';
  close.setAttribute('aria-label', t('close'));
  close.addEventListener('click', () => act.close());
  head.append(close);
  panel.append(head);
  const list = el(doc, 'ol');
  for (const it of items) {
    const li = el(doc, 'li', it.attached ? '' : 'orphan');
    li.dataset.id = it.id;
    li.style.setProperty('--c', `rgb(${USER_COLORS[it.color]})`);
    const quote = el(doc, 'button', 'quote', `“${it.quote.length > 90 ? `${it.quote.slice(0, 90)}…` : it.quote}”`);
    quote.type = 'button';
    quote.title = it.attached ? t('annotationJump') : t('orphaned');
    quote.disabled = !it.attached;
    quote.addEventListener('click', () => act.jump(it.id));
    li.append(quote);
    if (!it.attached) li.append(el(doc, 'small', 'lost', t('orphaned')));
    const colors = el(doc, 'div', 'colors');
    colors.setAttribute('role', 'radiogroup');
    colors.setAttribute('aria-label', t('annotationColor'));
    for (const c of HIGHLIGHT_COLORS) {
      const b = el(doc, 'button', `c ${c}`);
      b.type = 'button';
      b.setAttribute('role', 'radio');
      b.setAttribute('aria-checked', String(c === it.color));
      b.setAttribute('aria-label', t(COLOR_KEY[c]));
      b.title = t(COLOR_KEY[c]);
      b.style.background = `rgb(${USER_COLORS[c]})`;
      b.addEventListener('click', () => act.setColor(it.id, c));
      colors.append(b);
    }
    li.append(colors);
    const note = el(doc, 'textarea', 'note-edit');
    note.value = it.note;
    note.rows = 2;
    note.placeholder = t('notePrompt');
    note.setAttribute('aria-label', t('note'));
    // Saved when the reader leaves the box, or with Ctrl/⌘+Enter.
    const save = () => {
      if (note.value !== it.note) act.setNote(it.id, note.value);
    };
    note.addEventListener('change', save);
    note.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
    });
    li.append(note);
    const del = el(doc, 'button', 'del', t('delete'));
    del.type = 'button';
    del.addEventListener('click', () => act.remove(it.id));
    li.append(del);
    list.append(li);
  }
  panel.append(list);
  root.append(panel);
}
