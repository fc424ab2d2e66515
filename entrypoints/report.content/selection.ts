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
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', t('selectionTools'));
  bar.append(hl, note, save);
  root.append(bar);
  return new Promise((resolve) => {
    // By keyboard: Tab moves into the buttons (they work with Enter and Space), Escape closes them.
    const onKey = (e: KeyboardEvent) => {
      if (!bar.isConnected) return doc.removeEventListener('keydown', onKey, true);
      if (e.key === 'Escape') {
        e.preventDefault();
        finish(null);
      } else if (e.key === 'Tab' && !e.shiftKey && !bar.contains(root.activeElement)) {
        e.preventDefault();
        hl.focus();
      }
    };
    doc.addEventListener('keydown', onKey, true);
    const finish = (choice: SelectionChoice) => {
      doc.removeEventListener('keydown', onKey, true);
      bar.remove();
      resolve(choice);
    };
    /** Run `act` on a press: the mouse's (the selection kept) or the keyboard's (a click of detail 0). */
    const press = (b: HTMLButtonElement, act: () => void) => {
      b.addEventListener('mousedown', (e) => {
        e.preventDefault();
        act();
      });
      b.addEventListener('click', (e) => {
        if (e.detail === 0) act();
      });
    };
    // The selection stays: the clip is made of it.
    press(save, () => finish({ save: true }));
    press(hl, () => finish({ note: '' }));
    press(note, () => {
      const input = doc.createElement('input');
      input.placeholder = t('notePrompt');
      input.style.cssText = 'font:13px sans-serif;padding:3px 6px;border-radius:6px;border:0;width:220px';
      const ok = doc.createElement('button');
      ok.textContent = t('highlight');
      input.setAttribute('aria-label', t('notePrompt'));
      bar.replaceChildren(input, ok);
      input.focus();
      const done = () => finish({ note: input.value.trim() });
      ok.addEventListener('click', done);
      input.addEventListener('keydown', (k) => {
        if (k.key === 'Enter') done();
      });
    });
    bar.addEventListener('govlens-dismiss', () => finish(null));
  });
}

/** Remove the buttons, if shown. */
export function hideSelectionButtons(root: ShadowRoot): void {
  for (const b of Array.from(root.querySelectorAll('.sel'))) {
    b.dispatchEvent(new Event('govlens-dismiss'));
    b.remove();
  }
}
