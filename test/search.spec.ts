/** Chinese full-text search: bigram tokens, AND semantics, match ranges. */
import { describe, expect, it } from 'vitest';
import { createIndex, matchRanges, searchIds, tokenize } from '../search/index';

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
});
