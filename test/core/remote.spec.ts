/**
 * Reading a page away from it (core/remote.ts): the markup read in another document gives the
 * same analysis, its root found again on the live page by path, and a page that is not what was
 * read is refused (so that it is read in place).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze';
import { toContract } from '../../core/contract';
import { adoptRemote, analyzeMarkup, elementAt, elementPath } from '../../core/remote';
import { browserDoc, fixture } from '../helpers/dom';

describe('reading a page elsewhere', () => {
  it('finds an element again by its path', () => {
    const d = browserDoc('<html><body><div><p>甲</p><section><p id="x">乙</p></section></div></body></html>');
    const x = d.getElementById('x') as Element;
    expect(elementPath(x)).toEqual([1, 0, 1, 0]);
    expect(elementAt(d, [1, 0, 1, 0])).toBe(x);
    expect(elementAt(d, [1, 0, 7])).toBeNull();
  });

  it.each([
    'zhuzhou-gxj-2024',
    'city-stats-bulletin-2024-tables',
    'hanweb-county-disclosure-2022',
  ])('%s: the markup read elsewhere is the page read in place', (slug) => {
    const { html, expected } = fixture(slug);
    const live = browserDoc(html, expected.url);
    // What the offscreen document does: parse the live page's markup afresh and read it.
    const remote = JSON.parse(JSON.stringify(analyzeMarkup(browserDoc(live.documentElement.outerHTML), expected.url)));
    const adopted = adoptRemote(live, remote);
    expect(adopted).not.toBeNull();
    const here = analyze(live, { url: expected.url });
    expect(adopted?.root).toBe(here.root);
    expect(toContract(adopted as NonNullable<typeof adopted>)).toEqual(toContract(here));
  });

  it('refuses a page whose content changed since its markup was read', () => {
    const { html, expected } = fixture('zhuzhou-gxj-2024');
    const live = browserDoc(html, expected.url);
    const remote = analyzeMarkup(browserDoc(live.documentElement.outerHTML), expected.url);
    const root = elementAt(live, remote.rootPath ?? []);
    root?.append(live.createTextNode('（本文有更新）'));
    expect(adoptRemote(live, remote)).toBeNull();
    expect(adoptRemote(live, { ...remote, rootPath: [9, 9] })).toBeNull();
  });
});
