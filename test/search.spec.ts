/** Chinese full-text search: bigram tokens, AND semantics, match ranges. */
import { describe, expect, it } from 'vitest';
import {
  addInSlices,
  clipIdOf,
  createIndex,
  matchRanges,
  PIECE_CHARS,
  pieces,
  searchIds,
  tokenize,
} from '../search/index';

describe('search', () => {
  it('cuts Chinese into bigrams and keeps words whole', () => {
    expect(tokenize('法律意见 5G PM2.5')).toEqual(['法律', '律意', '意见', '5g', 'pm2.5']);
    expect(tokenize('局')).toEqual(['局']);
  });

  it('finds clips containing a Chinese phrase and not those with only some of its characters', () => {
    const index = createIndex();
    index.addAll([
      {
        id: 'a',
        title: '江门市2024年法治政府建设情况报告',
        agency: '',
        tags: '',
        note: '',
        text: '出具书面法律意见104份',
        highlights: '',
      },
      { id: 'b', title: '统计公报', agency: '', tags: '', note: '', text: '法律服务与意见征集', highlights: '' },
      { id: 'c', title: '工作总结', agency: '', tags: '法治', note: '法律意见书', text: '', highlights: '' },
    ]);
    expect(
      searchIds(index, '法律意见')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['a', 'c']);
    expect(searchIds(index, '法治政府').map((r) => r.id)).toEqual(['a']);
    expect(searchIds(index, '')).toEqual([]);
  });

  it('returns the places to mark', () => {
    expect(matchRanges('法律意见和法律意见书', '法律意见')).toEqual([
      [0, 4],
      [5, 9],
    ]);
  });

  it('indexes a long clip in pieces, finds phrases across a cut, and answers each clip once', async () => {
    const filler = '依法行政'.repeat(PIECE_CHARS / 4);
    // The phrase straddles the first cut; another sits deep in the text, and one in the title.
    const text = `${filler.slice(0, PIECE_CHARS - 3)}行政复议案件${filler}${filler}出具法律意见书${filler}`;
    const doc = { id: 'long', title: '滨海新区法治政府建设报告', agency: '', tags: '', note: '', text, highlights: '' };
    const parts = pieces(doc);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.every((p) => p.text.length <= PIECE_CHARS)).toBe(true);
    expect(parts.slice(1).every((p) => clipIdOf(p.id) === 'long' && p.title === '')).toBe(true);
    const index = createIndex();
    let turns = 0;
    await addInSlices(
      index,
      [doc, { ...doc, id: 'short', text: '出具法律意见书' }],
      async () => {
        turns++;
      },
      0,
    );
    expect(turns).toBeGreaterThan(3);
    expect(searchIds(index, '行政复议案件').map((r) => r.id)).toEqual(['long']);
    expect(
      searchIds(index, '出具法律意见书')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['long', 'short']);
    // The title is in the first piece only: each clip is answered once.
    expect(
      searchIds(index, '滨海新区')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['long', 'short']);
  });
});
