/** The page stylesheet (highlights.css, declared in the manifest) and the colours the UI uses agree. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIND_COLORS, USER_COLORS } from '../../entrypoints/report.content/highlight';

const css = readFileSync('entrypoints/report.content/highlights.css', 'utf8');
const rule = (selector: string) => {
  const at = css.indexOf(`${selector} {`);
  expect(at, selector).toBeGreaterThanOrEqual(0);
  return css.slice(at, css.indexOf('}', at));
};

describe('highlights.css', () => {
  it('paints every figure kind in its colour, as a highlight and as a mark', () => {
    for (const [kind, colour] of Object.entries(KIND_COLORS)) {
      expect(rule(`::highlight(govlens-${kind})`)).toContain(`background-color: ${colour};`);
      expect(rule(`mark[data-govlens-mark="${kind}"]`)).toContain(`background-color: ${colour};`);
    }
  });

  it("paints the reader's highlights in their colours, with an underline", () => {
    for (const [name, rgb] of Object.entries(USER_COLORS)) {
      const r = rule(`::highlight(govlens-user-${name})`);
      expect(r).toContain(`rgba(${rgb}, 0.22)`);
      expect(r).toContain(`underline 2px rgb(${rgb})`);
      expect(rule(`mark[data-govlens-mark="user"][data-govlens-color="${name}"]`)).toContain(`rgba(${rgb}, 0.22)`);
    }
  });
});
