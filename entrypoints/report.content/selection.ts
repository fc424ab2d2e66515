/**
 * The floating buttons over a text selection: Highlight, Note (highlight with a note), and Save
 * selection (a clip of the selected passage, as the context menu's "save selection" makes).
 */
import { t } from '../../components/i18n';

/** What the reader chose for the selection: a highlight (with its note), or a clip of it. */
export type SelectionChoice = { note: string } | { save: true } | null;

/** Show the buttons near `rect`; resolves with the reader's choice (null when dismissed). */
export function showSelectionButtons(root: ShadowRoot, rect: DOMRect): Promise<SelectionChoice> {
  hideSelectionButtons(root);
  const doc = root.ownerDocument;
  const bar = doc.createElement('div');
  bar.className = 'gl sel';
  bar.style.left = `${Math.max(8, rect.left)}px`;
  bar.style.top = `${Math.max(8, rect.top - 40)}px`;
  const hl = doc.createElement('button');
  hl.textContent = t('highlight');
  const note = doc.createElement('button');
  note.textContent = t('addNote');
  const save = doc.createElement('button');
  save.textContent = t('saveSelection');
  bar.append(hl, note, save);
  root.append(bar);
  return new Promise((resolve) => {
    save.addEventListener('mousedown', (e) => {
      // The selection stays: the clip is made of it.
      e.preventDefault();
      bar.remove();
      resolve({ save: true });
    });
    hl.addEventListener('mousedown', (e) => {
      e.preventDefault();
      bar.remove();
      resolve({ note: '' });
    });
    note.addEventListener('mousedown', (e) => {
      e.preventDefault();
      const input = doc.createElement('input');
      input.placeholder = t('notePrompt');
      input.style.cssText = 'font:13px sans-serif;padding:3px 6px;border-radius:6px;border:0;width:220px';
      const ok = doc.createElement('button');
      ok.textContent = t('highlight');
      bar.replaceChildren(input, ok);
      input.focus();
      const done = () => {
        bar.remove();
        resolve({ note: input.value.trim() });
      };
      ok.addEventListener('click', done);
      input.addEventListener('keydown', (k) => {
        if (k.key === 'Enter') done();
        if (k.key === 'Escape') {
          bar.remove();
          resolve(null);
        }
      });
    });
    bar.addEventListener('govlens-dismiss', () => resolve(null));
  });
}

/** Remove the buttons, if shown. */
export function hideSelectionButtons(root: ShadowRoot): void {
  for (const b of Array.from(root.querySelectorAll('.sel'))) {
    b.dispatchEvent(new Event('govlens-dismiss'));
    b.remove();
  }
}
