/**
 * The content script's controller on real fixture pages (jsdom has no CSS Highlight API, so
 * this exercises the <mark> fallback): every figure painted, painting reversible, reader
 * highlights saved with selectors and re-attached on a fresh load, orphans reported.
 */

import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ClipPayload, SaveResult, UserHighlight } from '../../messaging/protocol';
import { browserDoc as doc, fixture } from '../helpers/dom';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const { Controller } = await import('../../entrypoints/report.content/controller');
const { uiRoot } = await import('../../entrypoints/report.content/highlight');

function page(slug = 'zhuzhou-gxj-2024') {
  const { html, expected } = fixture(slug);
  return doc(html, expected.url);
}

function memoryBackend(initial: UserHighlight[] = []) {
  const stored = [...initial];
  return {
    stored,
    listHighlights: async () => stored,
    putHighlight: async (h: UserHighlight) => {
      const i = stored.findIndex((x) => x.id === h.id);
      if (i >= 0) stored[i] = h;
      else stored.push(h);
      return { ok: true };
    },
    deleteHighlight: async (id: string) => {
      const i = stored.findIndex((x) => x.id === id);
      if (i >= 0) stored.splice(i, 1);
      return { ok: true };
    },
    clips: [] as ClipPayload[],
    opened: [] as (string | undefined)[],
    async saveClip(payload: ClipPayload): Promise<SaveResult> {
      this.clips.push(payload);
      return { ok: true, clipId: `clip-${this.clips.length}`, status: 'created', version: 1 };
    },
    async openLibrary(clipId?: string) {
      this.opened.push(clipId);
    },
  };
}

describe('content controller', () => {
  it('says what is painted now, read back from the page: a page that removes our marks is believed', async () => {
    const d = page();
    const c = new Controller(d, memoryBackend());
    await c.run();
    expect(c.status().highlighted).toBe(17);
    // The page takes some of our marks out (a script re-rendering its article, say).
    const marks = Array.from(d.querySelectorAll('mark[data-govlens-mark]')).filter(
      (m) => m.getAttribute('data-govlens-mark') !== 'user',
    );
    for (const m of marks.slice(0, 5)) m.remove();
    const left = c.status().highlighted;
    expect(left).toBeLessThan(17);
    expect(left).toBeGreaterThanOrEqual(12);
  });

  it('shows the outcome of a background save as a notice, and reads figures before the popup asks', async () => {
    const d = page();
    const c = new Controller(d, memoryBackend());
    await c.run();
    expect(c.notice('已保存（第 2 版）。', false)).toBe(true);
    // The UI's shadow root is closed: the page sees no shadowRoot; only GovLens's script holds it.
    expect(d.querySelector('[data-govlens-ui="host"]')?.shadowRoot).toBeNull();
    const root = uiRoot(d);
    const box = root.querySelector('.notice');
    expect(box?.textContent).toBe('已保存（第 2 版）。');
    expect(box?.getAttribute('role')).toBe('status');
    expect(box?.classList.contains('error')).toBe(false);
    c.notice('保存失败：存储空间已满', true);
    expect(root?.querySelectorAll('.notice')).toHaveLength(1);
    expect(root?.querySelector('.notice')?.classList.contains('error')).toBe(true);
    // Painted from the scan; the clip the popup saves says what its figures measure.
    const clip = c.clip(false);
    expect(clip?.metrics.every((m) => m.label !== '' && m.sentence !== '')).toBe(true);
  });

  it('paints every figure of a report and marks <html>', async () => {
    const d = page();
    const c = new Controller(d, memoryBackend());
    await c.run();
    const s = c.status();
    expect(s.isReport).toBe(true);
    expect(s.metricCount).toBe(17);
    expect(s.highlighted).toBe(17);
    expect(d.documentElement.getAttribute('data-govlens')).toBe('report');
    expect(d.documentElement.getAttribute('data-govlens-metrics')).toBe('17');
    const marks = Array.from(d.querySelectorAll('mark[data-govlens-mark]'));
    expect(marks.map((m) => m.textContent).join('|')).toContain('210余万条');
    expect(marks.map((m) => m.getAttribute('data-govlens-mark'))).toContain('money');
  });

  it('leaves non-report pages alone', async () => {
    const d = page('tianjin-binhai-gxj-notice');
    const before = d.body.innerHTML;
    const c = new Controller(d, memoryBackend());
    await c.run();
    expect(d.documentElement.getAttribute('data-govlens')).toBe('page');
    expect(d.documentElement.getAttribute('data-govlens-metrics')).toBe('0');
    expect(d.body.innerHTML).toBe(before);
  });

  it('removes its highlights without a trace', async () => {
    const d = page('tianjin-gxj-2020');
    const before = d.body.innerHTML;
    const c = new Controller(d, memoryBackend());
    await c.run();
    expect(d.querySelectorAll('mark').length).toBeGreaterThanOrEqual(c.status().metricCount);
    c.setHighlights(false);
    expect(d.querySelectorAll('mark').length).toBe(0);
    expect(d.body.innerHTML).toBe(before);
    expect(c.status().highlighted).toBe(0);
  });

  it('stores a reader highlight with W3C selectors and re-attaches it on a fresh load', async () => {
    const d = page();
    const backend = memoryBackend();
    const c = new Controller(d, backend);
    await c.run();
    c.setHighlights(false);
    const p = Array.from(d.querySelectorAll('p')).find((x) => x.textContent?.includes('编印惠企政策口袋书1.5万本'));
    const textNode = p?.firstChild as Text;
    const at = textNode.data.indexOf('编印惠企政策口袋书');
    const range = d.createRange();
    range.setStart(textNode, at);
    range.setEnd(textNode, at + '编印惠企政策口袋书'.length);
    d.getSelection()?.removeAllRanges();
    d.getSelection()?.addRange(range);
    const h = await c.highlightSelection('口袋书数量');
    expect(h?.selectors[0]).toMatchObject({ type: 'TextQuoteSelector', exact: '编印惠企政策口袋书' });
    expect(h?.selectors[1].type).toBe('TextPositionSelector');
    expect(backend.stored).toHaveLength(1);

    const fresh = page();
    expect(fresh.documentElement.getAttribute('data-govlens-highlights')).toBeNull();
    const again = new Controller(fresh, memoryBackend(backend.stored));
    await again.run();
    expect(again.status()).toMatchObject({ userHighlights: 1, orphaned: 0 });
    // The <html> hook counts the reader's highlights attached to the page.
    expect(fresh.documentElement.getAttribute('data-govlens-highlights')).toBe('1');
  });

  it('lists highlights in reading order in a panel where a note, a colour and delete are stored', async () => {
    const d = page();
    const backend = memoryBackend();
    const c = new Controller(d, backend);
    await c.run();
    const select = (phrase: string) => {
      const p = Array.from(d.querySelectorAll('p')).find((x) => x.textContent?.includes(phrase));
      const node = p?.firstChild as Text;
      const r = d.createRange();
      r.setStart(node, node.data.indexOf(phrase));
      r.setEnd(node, node.data.indexOf(phrase) + phrase.length);
      return r;
    };
    // Made later in the page first, earlier second: the panel lists them as the page reads.
    await c.highlightSelection('', select('编印惠企政策口袋书'));
    await c.highlightSelection('', select('规范性文件有效期制度'));
    const root = uiRoot(d);
    expect(root.querySelector('.annots-pill')?.textContent).toBe('annotationsPill');
    c.setAnnotations(true);
    const quotes = () => Array.from(root.querySelectorAll('.annots li .quote')).map((q) => q.textContent);
    expect(quotes()).toEqual(['“规范性文件有效期制度”', '“编印惠企政策口袋书”']);
    const first = root.querySelector('.annots li') as HTMLElement;
    const note = first.querySelector('textarea') as HTMLTextAreaElement;
    note.value = '与上年对比';
    note.dispatchEvent(new (d.defaultView as Window & typeof globalThis).Event('change'));
    (first.querySelectorAll('.colors .c')[2] as HTMLElement).click();
    await Promise.resolve();
    const stored = backend.stored.find((h) => h.selectors[0].exact === '规范性文件有效期制度');
    expect(stored).toMatchObject({ note: '与上年对比', color: 'green' });
    expect(root.querySelector('.annots li .c[aria-checked=true]')?.getAttribute('aria-label')).toBe('colorGreen');
    (root.querySelectorAll('.annots li .del')[1] as HTMLElement).click();
    await Promise.resolve();
    expect(backend.stored.map((h) => h.selectors[0].exact)).toEqual(['规范性文件有效期制度']);
    expect(quotes()).toEqual(['“规范性文件有效期制度”']);
    expect(c.status().userHighlights).toBe(1);
  });

  it('the reader view has a legend of the figure kinds and filters its figures by kind and by text', async () => {
    const d = page('trs-wcm-stats-bulletin');
    const c = new Controller(d, memoryBackend());
    await c.run();
    c.setReader(true);
    const root = uiRoot(d);
    const legend = Array.from(root.querySelectorAll('.reader .legend .chip')).map((x) => x.className);
    expect(legend.length).toBeGreaterThanOrEqual(2);
    expect(legend.every((k) => /^chip k-(count|money|percent|duration|other|user)$/.test(k))).toBe(true);
    const figs = () => Array.from(root.querySelectorAll<HTMLButtonElement>('.reader .fig')).filter((b) => !b.hidden);
    const all = figs().length;
    const select = root.querySelector('.reader .fig-tools select') as HTMLSelectElement;
    select.value = 'percent';
    select.dispatchEvent(new (d.defaultView as Window & typeof globalThis).Event('change'));
    const percents = figs();
    expect(percents.length).toBeGreaterThan(0);
    expect(percents.length).toBeLessThan(all);
    expect(percents.every((b) => b.querySelector('.chip')?.className === 'chip k-percent')).toBe(true);
    const find = root.querySelector('.reader .fig-tools input') as HTMLInputElement;
    find.value = '增长';
    find.dispatchEvent(new (d.defaultView as Window & typeof globalThis).Event('input'));
    expect(figs().length).toBeLessThanOrEqual(percents.length);
    expect(figs().every((b) => (b.textContent ?? '').includes('增长'))).toBe(true);
  });

  it('saves the selected passage as a clip from the selection buttons; the notice opens it in the library', async () => {
    const d = page();
    const backend = memoryBackend();
    const c = new Controller(d, backend);
    await c.run();
    // A paragraph whose figures are painted (wrapped in <mark>s here, where there is no Highlight API).
    const p = Array.from(d.querySelectorAll('p')).find((x) => x.textContent?.includes('编印惠企政策口袋书')) as Element;
    const phrase = (p.textContent ?? '').trim();
    const r = d.createRange();
    r.selectNodeContents(p);
    d.getSelection()?.removeAllRanges();
    d.getSelection()?.addRange(r);
    // This DOM lays nothing out: where the buttons go is not what is tested here.
    const proto = (d.defaultView as unknown as { Range: { prototype: Range } }).Range.prototype;
    const had = Object.hasOwn(proto, 'getBoundingClientRect');
    proto.getBoundingClientRect ??= () => ({ left: 10, top: 100, right: 200, bottom: 120 }) as DOMRect;
    const offered = c.offerHighlight();
    if (!had) delete (proto as Partial<Range>).getBoundingClientRect;
    const root = uiRoot(d);
    const buttons = Array.from(root.querySelectorAll<HTMLButtonElement>('.sel button'));
    expect(buttons.map((b) => b.textContent)).toEqual(['highlight', 'addNote', 'saveSelection']);
    buttons[2].dispatchEvent(new (d.defaultView as Window & typeof globalThis).MouseEvent('mousedown'));
    await offered;
    // A clip of the passage, its figure read, and no highlight made.
    expect(backend.clips).toHaveLength(1);
    expect(backend.clips[0]).toMatchObject({ selection: phrase, text: phrase });
    expect(backend.clips[0].metrics.map((m) => m.text)).toContain('1.5万本');
    expect(backend.stored).toHaveLength(0);
    const notice = root.querySelector('.notice') as HTMLElement;
    expect(notice.hidden).toBe(false);
    expect(notice.classList.contains('error')).toBe(false);
    (notice.querySelector('button.notice-action') as HTMLButtonElement).click();
    expect(backend.opened).toEqual(['clip-1']);
    expect(notice.hidden).toBe(true);
    // Nothing selected: said, nothing saved.
    d.getSelection()?.removeAllRanges();
    expect((await c.saveSelection()).ok).toBe(false);
    expect(backend.clips).toHaveLength(1);
    expect(root.querySelector('.notice')?.classList.contains('error')).toBe(true);
    expect(root.querySelector('.notice button')).toBeNull();
  });

  it('reports a highlight whose text is gone as orphaned, never drops it', async () => {
    const ghost: UserHighlight = {
      id: 'g',
      url: 'https://gxj.zhuzhou.gov.cn/c14336/20250218/i2180001.html',
      selectors: [
        { type: 'TextQuoteSelector', exact: '这段文字已被删除', prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 10, end: 18 },
      ],
      note: '',
      createdAt: '2025-01-01T00:00:00Z',
    };
    const d = page();
    const c = new Controller(d, memoryBackend([ghost]));
    await c.run();
    expect(c.status()).toMatchObject({ userHighlights: 1, orphaned: 1 });
    // An orphan is kept but not counted as attached on the page.
    expect(d.documentElement.getAttribute('data-govlens-highlights')).toBe('0');
    expect(c.clip(false)?.highlights).toHaveLength(1);
  });

  it('builds a clip payload with escaped clean HTML', async () => {
    const d = page();
    const c = new Controller(d, memoryBackend());
    await c.run();
    const clip = c.clip(false);
    expect(clip?.html.startsWith('<p>2024年')).toBe(true);
    expect(clip?.metrics).toHaveLength(17);
    expect(clip?.contentHash).toMatch(/^[0-9a-f]{14}$/);
  });
});

describe('a big page', () => {
  // 1,100 paragraphs of 4 inline elements each (over READ_ELSEWHERE_FROM elements), with a figure in
  // every eleventh: jsdom has no Highlight API, and wrapping thousands of marks there is slow.
  const big = () =>
    doc(
      `<!doctype html><html><head><meta charset="utf-8"><title>2024年度法治政府建设工作情况报告_某市司法局</title>
<meta name="SiteIDCode" content="4302000099"></head><body><div class="header">某市司法局</div><div class="article">
<h1>2024年度法治政府建设工作情况报告</h1>${Array.from({ length: 1100 }, (_, i) =>
        i % 11
          ? `<p><span>依法</span><em>行政</em><b>工作</b><i>稳步推进</i>。</p>`
          : `<p><span>全年共办理</span><em>行政复议案件${(i % 90) + 10}件</em>，<b>同比增长${(i % 9) + 1}.5%</b>，<i>涉及资金${(i % 50) + 1}亿元</i>。</p>`,
      ).join('\n')}</div></body></html>`,
      'https://sfj.example.gov.cn/art/2025/1/1.html',
    );

  it('is read from its markup elsewhere, what each figure says included, and painted whole', async () => {
    const { analyzeMarkup } = await import('../../core/remote');
    const d = big();
    const sent: number[] = [];
    const c = new Controller(d, {
      ...memoryBackend(),
      // The offscreen document's part: parse the markup afresh and read it; the answer crosses as JSON.
      analyzeMarkup: async (html: string, url: string) => {
        sent.push(html.length);
        return JSON.parse(JSON.stringify(analyzeMarkup(doc(html), url)));
      },
    });
    await c.run();
    expect(sent).toHaveLength(1);
    const s = c.status();
    expect(d.getElementsByTagName('*').length).toBeGreaterThan(5000);
    expect(s.metricCount).toBe(300);
    expect(s.highlighted).toBe(300);
    expect(c.analysis?.figuresRead).toBe(true);
    expect(c.analysis?.metrics[1]).toMatchObject({ text: '1.5%', measure: 'change', direction: 'up' });
    expect(c.analysis?.root?.className).toBe('article');
  });

  it('is read in place when the extension cannot read it', async () => {
    const d = big();
    const c = new Controller(d, {
      ...memoryBackend(),
      analyzeMarkup: async () => {
        throw new Error('the extension went away');
      },
    });
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    await c.run();
    expect(debug).toHaveBeenCalledWith('GovLens reads this page in place', expect.any(Error));
    debug.mockRestore();
    expect(c.status().highlighted).toBe(300);
  });
});
