/**
 * The clean reading view: the report without the portal, its metadata, its figures (a click
 * scrolls the live page to the figure) and what was removed (with a switch to show it again).
 * Built with DOM APIs and textContent only: page text is never parsed as HTML.
 */
import { figureSays, figureText } from '../../components/figure-says';
import { type MessageKey, t } from '../../components/i18n';
import type { Analysis, Metric } from '../../core/types';
import { showSelectionButtons } from './selection';

type Tag = keyof HTMLElementTagNameMap;

function el<K extends Tag>(doc: Document, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Append `text` to `parent`, wrapping figures [start,end) (offsets relative to text) in <mark>. */
function withMarks(doc: Document, parent: HTMLElement, text: string, base: number, metrics: Metric[]): void {
  let at = 0;
  for (const m of metrics) {
    const s = m.start - base;
    const e = m.end - base;
    if (s < at || e > text.length) continue;
    parent.append(text.slice(at, s));
    const mark = el(doc, 'mark', `k-${m.kind}`, text.slice(s, e));
    mark.title = `${m.value.toLocaleString()} ${m.unit} · ${m.label}`;
    parent.append(mark);
    at = e;
  }
  parent.append(text.slice(at));
}

/** Callbacks from the reader to the controller. */
export interface ReaderActions {
  close(): void;
  goToFigure(index: number): void;
  /** Make a highlight over [start, end) of the clean text, with a note (may be empty). */
  highlight(start: number, end: number, note: string): Promise<boolean>;
  /** Save [start, end) of the clean text as a clip of its own (the selection's Save button). */
  save(start: number, end: number): Promise<boolean>;
  /** Change a highlight's note. */
  setNote(id: string, note: string): void;
  /** Delete a highlight. */
  remove(id: string): void;
}

/** One of the reader's own highlights, where it is in the clean text (null: it no longer attaches). */
export interface ReaderHighlight {
  id: string;
  quote: string;
  note: string;
  color: string;
  span: { start: number; end: number } | null;
}

/** Where (node, offset) is in the clean text, inside a container whose text starts at `data-at`. */
function textOffset(node: Node, offset: number, root: ShadowRoot): number | null {
  const host = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest('[data-at]');
  if (!host || host.getRootNode() !== root) return null;
  let at = Number(host.getAttribute('data-at'));
  const walker = root.ownerDocument.createTreeWalker(host, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === node) return at + offset;
    at += (n as Text).length;
  }
  // An element boundary: the offset counts its children.
  if (node === host) {
    let k = Number(host.getAttribute('data-at'));
    for (let i = 0; i < offset; i++) k += host.childNodes[i]?.textContent?.length ?? 0;
    return k;
  }
  return null;
}

/** The selection inside the reader (a closed shadow root), as a range, or null. */
function readerSelection(root: ShadowRoot): AbstractRange | null {
  const sel = root.ownerDocument.getSelection() as
    | (Selection & { getComposedRanges?: (o: { shadowRoots: ShadowRoot[] }) => StaticRange[] })
    | null;
  const composed = sel?.getComposedRanges?.({ shadowRoots: [root] })?.[0];
  if (composed && !composed.collapsed) return composed;
  const own = (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
  if (own?.rangeCount && !own.isCollapsed) return own.getRangeAt(0);
  if (sel?.rangeCount && !sel.isCollapsed) return sel.getRangeAt(0);
  return null;
}

/** Wrap [start, end) of the clean text inside `container` (its text from `data-at`) in spans of `cls`. */
function paintSpan(container: HTMLElement, start: number, end: number, cls: string, id: string): void {
  const doc = container.ownerDocument;
  let at = Number(container.getAttribute('data-at'));
  const walker = doc.createTreeWalker(container, 4 /* SHOW_TEXT */);
  const pieces: { node: Text; from: number; to: number }[] = [];
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const s = Math.max(start, at);
    const e = Math.min(end, at + n.length);
    if (s < e) pieces.push({ node: n, from: s - at, to: e - at });
    at += n.length;
  }
  for (const { node, from, to } of pieces) {
    let t = node;
    if (to < t.length) t.splitText(to);
    if (from > 0) t = t.splitText(from);
    const span = doc.createElement('span');
    span.className = cls;
    span.setAttribute('data-hl', id);
    t.parentNode?.insertBefore(span, t);
    span.append(t);
  }
}

/** Build the reader view into `root`; returns its element (remove it to close). */
export function openReader(
  root: ShadowRoot,
  a: Analysis,
  actions: ReaderActions,
  userHighlights: ReaderHighlight[],
): HTMLElement {
  const doc = root.ownerDocument;
  const overlay = el(doc, 'div', 'gl reader');
  overlay.setAttribute('role', 'dialog');
  overlay.setAttribute('aria-label', a.title ?? 'GovLens');
  const sheet = el(doc, 'div', 'sheet');
  const main = el(doc, 'article', 'doc');
  const side = el(doc, 'aside', 'side');

  const bar = el(doc, 'div', 'bar');
  const closeBtn = el(doc, 'button', 'btn primary', t('close'));
  closeBtn.addEventListener('click', actions.close);
  const toggle = el(doc, 'button', 'btn', t('showRemoved'));
  bar.append(closeBtn, toggle);
  main.append(bar, el(doc, 'h1', '', a.title ?? ''));
  const meta = el(doc, 'div', 'meta');
  const md = a.metadata;
  for (const [k, v] of [
    ['agency', md.agency],
    ['reportYear', md.reportYear],
    ['published', md.publishedAt],
    ['siteCode', md.siteCode],
  ] as const) {
    if (v !== null && v !== undefined) meta.append(el(doc, 'span', '', t('metaIs', t(k), String(v))));
  }
  main.append(meta);

  for (const b of a.blocks) {
    const inBlock = a.metrics.filter((m) => m.start >= b.start && m.end <= b.start + b.text.length);
    if (b.type === 'table' && b.rows) {
      // The report's table with its merged cells, each cell's figures marked in it.
      const table = el(doc, 'table');
      let at = b.start;
      b.rows.forEach((r, i) => {
        const tr = el(doc, 'tr');
        r.forEach((c, j) => {
          const td = el(doc, 'td');
          td.setAttribute('data-at', String(at));
          const [rs, cs] = b.spans?.[i]?.[j] ?? [1, 1];
          if (rs > 1) td.rowSpan = rs;
          if (cs > 1) td.colSpan = cs;
          withMarks(
            doc,
            td,
            c,
            at,
            inBlock.filter((m) => m.start >= at && m.end <= at + c.length),
          );
          tr.append(td);
          at += c.length + 1;
        });
        table.append(tr);
      });
      main.append(table);
    } else {
      const p = el(doc, b.type === 'h' ? 'h2' : 'p');
      p.setAttribute('data-at', String(b.start));
      withMarks(doc, p, b.text, b.start, inBlock);
      main.append(p);
    }
  }
  // The reader's own highlights, in their colours, over the text they hold.
  const containers = Array.from(main.querySelectorAll<HTMLElement>('[data-at]'));
  for (const h of userHighlights) {
    if (!h.span) continue;
    const span = h.span;
    for (const c of containers) {
      const from = Number(c.getAttribute('data-at'));
      const to = from + (c.textContent?.length ?? 0);
      if (span.start < to && span.end > from) paintSpan(c, span.start, span.end, `uh c-${h.color}`, h.id);
    }
  }
  // A selection in the text: the Highlight, Note and Save selection buttons, as on the page.
  main.addEventListener('mouseup', () => {
    setTimeout(async () => {
      const r = readerSelection(root);
      if (!r) return;
      const start = textOffset(r.startContainer, r.startOffset, root);
      const end = textOffset(r.endContainer, r.endOffset, root);
      if (start === null || end === null || end <= start) return;
      const rect = (r instanceof Range ? r : null)?.getBoundingClientRect() ?? main.getBoundingClientRect();
      const choice = await showSelectionButtons(root, rect);
      if (!choice) return;
      if ('save' in choice) await actions.save(start, end);
      else await actions.highlight(start, end, choice.note);
    }, 0);
  });

  const removedBox = el(doc, 'div');
  removedBox.hidden = true;
  // Each removed piece under its kind's name in the UI language (浏览器升级提示, share bar …).
  for (const r of a.removed)
    removedBox.append(
      el(doc, 'p', 'removed', `[${t(`removedKind_${r.kind.replace(/-/g, '_')}` as MessageKey)}] ${r.text}`),
    );
  main.append(removedBox);
  toggle.addEventListener('click', () => {
    removedBox.hidden = !removedBox.hidden;
    toggle.textContent = t(removedBox.hidden ? 'showRemoved' : 'hideRemoved');
    if (!removedBox.hidden) removedBox.scrollIntoView({ block: 'start' });
  });

  side.append(el(doc, 'h2', '', `${t('figures')} · ${a.metrics.length}`));
  // What the colours mean, for the kinds this report has.
  const kinds = [...new Set(a.metrics.map((m) => m.kind))];
  const legend = el(doc, 'div', 'legend');
  legend.setAttribute('aria-label', t('legend'));
  for (const k of kinds) legend.append(el(doc, 'span', `chip k-${k}`, t(`kind_${k}`)));
  if (userHighlights.length) legend.append(el(doc, 'span', 'chip k-user', t('yourHighlights')));
  side.append(legend);
  // The list filtered by kind and by what a figure says (label, value as written).
  const tools = el(doc, 'div', 'fig-tools');
  const kind = el(doc, 'select');
  kind.setAttribute('aria-label', t('filterKind'));
  kind.append(el(doc, 'option', '', t('allKinds')));
  (kind.firstChild as HTMLOptionElement).value = '';
  for (const k of kinds) {
    const o = el(doc, 'option', '', t(`kind_${k}`));
    o.value = k;
    kind.append(o);
  }
  const find = el(doc, 'input');
  find.type = 'search';
  find.placeholder = t('filterFigures');
  find.setAttribute('aria-label', t('filterFigures'));
  tools.append(kind, find);
  side.append(tools);
  const buttons: HTMLButtonElement[] = [];
  const filter = () => {
    const q = find.value.trim();
    buttons.forEach((b, i) => {
      const m = a.metrics[i];
      b.hidden = (!!kind.value && m.kind !== kind.value) || (!!q && !`${m.text} ${m.label} ${m.indicator}`.includes(q));
    });
  };
  kind.addEventListener('change', filter);
  find.addEventListener('input', filter);
  find.addEventListener('keydown', (e) => e.stopPropagation());
  a.metrics.forEach((m, i) => {
    const b = el(doc, 'button', 'fig');
    buttons.push(b);
    b.append(el(doc, 'span', '', figureText(m)), el(doc, 'span', `chip k-${m.kind}`, t(`kind_${m.kind}`)));
    const says = figureSays(m);
    b.append(el(doc, 'span', 'l', `${m.label}${m.approx ? ` · ${t('approx', m.hedge ?? '')}` : ''}`));
    if (says) b.append(el(doc, 'span', `says d-${m.direction ?? 'none'}`, says));
    b.addEventListener('click', () => actions.goToFigure(i));
    side.append(b);
  });
  if (userHighlights.length) {
    side.append(el(doc, 'h2', '', `${t('yourHighlights')} · ${userHighlights.length}`));
    for (const h of userHighlights) {
      const item = el(doc, 'div', `uh-item c-${h.color}`);
      item.setAttribute('data-id', h.id);
      const quote = el(
        doc,
        'button',
        'quote',
        `${h.span ? '' : '⚠ '}“${h.quote.length > 40 ? `${h.quote.slice(0, 40)}…` : h.quote}”`,
      );
      quote.addEventListener('click', () =>
        main.querySelector(`[data-hl="${h.id}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' }),
      );
      const note = el(doc, 'textarea');
      note.value = h.note;
      note.rows = 2;
      note.placeholder = t('notePrompt');
      note.setAttribute('aria-label', t('note'));
      note.addEventListener('keydown', (e) => e.stopPropagation());
      note.addEventListener('change', () => actions.setNote(h.id, note.value.trim()));
      const del = el(doc, 'button', 'btn del', t('delete'));
      del.addEventListener('click', () => {
        actions.remove(h.id);
        item.remove();
        for (const s of Array.from(main.querySelectorAll(`[data-hl="${h.id}"]`)))
          s.replaceWith(...Array.from(s.childNodes));
      });
      item.append(quote, note, del);
      side.append(item);
    }
  }
  side.append(el(doc, 'h2', '', `${t('removed')} · ${a.removed.length}`));
  for (const r of a.removed) {
    const p = el(doc, 'p', 'rm');
    p.append(
      el(doc, 'b', '', t(`removedKind_${r.kind.replace(/-/g, '_')}` as MessageKey)),
      r.text.length > 60 ? `${r.text.slice(0, 60)}…` : r.text,
    );
    side.append(p);
  }

  sheet.append(main, side);
  overlay.append(sheet);
  overlay.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape') actions.close();
  });
  root.append(overlay);
  closeBtn.focus();
  return overlay;
}
