/**
 * The buttons over a text selection (entrypoints/report.content/selection.ts) by keyboard as well
 * as by mouse: Tab moves into them, Enter or Space presses one (a click of detail 0), Escape closes
 * them; a mouse press still keeps the selection (its mousedown is the press).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const { showSelectionButtons } = await import('../../entrypoints/report.content/selection');

function setup() {
  const dom = new JSDOM('<!DOCTYPE html><html><body><p>出具法律意见104份</p><div id="ui"></div></body></html>');
  const doc = dom.window.document;
  const root = (doc.getElementById('ui') as HTMLElement).attachShadow({ mode: 'open' });
  const rect = { left: 10, top: 100, right: 60, bottom: 120, width: 50, height: 20 } as DOMRect;
  return { dom, doc, root, rect };
}
const key = (doc: Document, k: string) =>
  doc.dispatchEvent(new doc.defaultView!.KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

describe('selection buttons', () => {
  it('Tab moves into them and Enter on Highlight (a click of detail 0) chooses a highlight', async () => {
    const { doc, root, rect } = setup();
    const choice = showSelectionButtons(root, rect);
    const bar = root.querySelector('.sel') as HTMLElement;
    expect(bar.getAttribute('role')).toBe('toolbar');
    key(doc, 'Tab');
    const first = bar.querySelector('button') as HTMLButtonElement;
    expect(root.activeElement).toBe(first);
    first.dispatchEvent(new doc.defaultView!.MouseEvent('click', { detail: 0, bubbles: true }));
    await expect(choice).resolves.toEqual({ note: '' });
    expect(root.querySelector('.sel')).toBeNull();
  });

  it('Escape closes them with no choice, and a mouse press on Save selection saves', async () => {
    const a = setup();
    const none = showSelectionButtons(a.root, a.rect);
    key(a.doc, 'Escape');
    await expect(none).resolves.toBeNull();
    expect(a.root.querySelector('.sel')).toBeNull();
    const b = setup();
    const save = showSelectionButtons(b.root, b.rect);
    const buttons = b.root.querySelectorAll('.sel button');
    const down = new b.doc.defaultView!.MouseEvent('mousedown', { bubbles: true, cancelable: true });
    buttons[2].dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    await expect(save).resolves.toEqual({ save: true });
  });

  it('a mouse click after the press does not choose twice', async () => {
    const { doc, root, rect } = setup();
    const choice = showSelectionButtons(root, rect);
    const hl = root.querySelector('.sel button') as HTMLButtonElement;
    hl.dispatchEvent(new doc.defaultView!.MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    hl.dispatchEvent(new doc.defaultView!.MouseEvent('click', { detail: 1, bubbles: true }));
    await expect(choice).resolves.toEqual({ note: '' });
  });
});
