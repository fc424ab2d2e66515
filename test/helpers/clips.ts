/** Generated clips for export, import and benchmark tests (deterministic). */
import type { Clip } from '../../storage/db';

const AGENCIES = [
  '天津市工业和信息化局',
  '江门市工业和信息化局',
  '株洲市工业和信息化局',
  '天津市滨海新区人民政府',
  '某市统计局',
];
const UNITS = [
  ['份', 'count'],
  ['家', 'count'],
  ['亿元', 'money'],
  ['%', 'percent'],
  ['小时', 'duration'],
] as const;

/** `n` clips with `figures` metrics each, a highlight and tags; fields exercise quoting (commas, quotes, newlines). */
export function makeClips(n: number, figures = 5): Clip[] {
  return Array.from({ length: n }, (_, i) => {
    const agency = AGENCIES[i % AGENCIES.length];
    const year = 2018 + (i % 7);
    const text = `${year}年，${agency}全年出具法律意见${i}份，"引号", 逗号\n第二段：办结率达99.${i % 100}%。`;
    return {
      id: `clip-${String(i).padStart(5, '0')}`,
      url: `https://gxj.example${i % 13}.gov.cn/art/${i}.html`,
      canonicalUrl: `https://gxj.example${i % 13}.gov.cn/art/${i}.html`,
      title: `${agency}${year}年法治政府建设情况报告（第${i}号）`,
      agency,
      site: `gxj.example${i % 13}.gov.cn`,
      siteCode: `12011600${String(i % 100).padStart(2, '0')}`,
      reportYear: year,
      publishedAt: `${year + 1}-0${1 + (i % 9)}-1${i % 10}`,
      kind: 'report',
      metadata: {
        agency,
        siteName: agency,
        siteCode: `12011600${String(i % 100).padStart(2, '0')}`,
        publishedAt: `${year + 1}-0${1 + (i % 9)}-1${i % 10}`,
        reportYear: year,
        source: null,
      },
      capturedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
      updatedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
      text,
      html: `<p>${text}</p>`,
      metrics: Array.from({ length: figures }, (_, k) => {
        const [unit, kind] = UNITS[k % UNITS.length];
        return {
          text: `${i + k}${unit}`,
          value: kind === 'money' ? (i + k) * 1e8 : i + k,
          unit: unit === '亿元' ? '元' : unit,
          approx: k % 4 === 0,
          label: k % 3 === 0 ? '法律意见, "书面"' : '企业',
          indicator: k % 3 === 0 ? '法律意见, "书面"' : '企业',
          measure: k % 4 === 1 ? ('change' as const) : ('level' as const),
          direction: k % 4 === 1 ? ('up' as const) : null,
          base: k % 4 === 1 ? '上年' : null,
          target: k % 7 === 0,
          kind,
          hedge: k % 4 === 0 ? '余' : null,
          start: k,
          end: k + 3,
          sentence: `全年出具法律意见${i}份，"引号", 逗号`,
        };
      }),
      removed: [{ kind: 'footer', text: '网站标识码：1201160057' }],
      // Some clips are of report files (a PDF linked from a notice page): the backup keeps where from.
      ...(i % 5 === 4
        ? {
            source: {
              kind: 'pdf' as const,
              page: `https://gxj.example${i % 13}.gov.cn/tzgg/${i}.html`,
              pages: 3 + (i % 4),
              textLayer: true,
              notes: i % 10 === 9 ? ['read in two columns: page 1, 2'] : [],
            },
          }
        : {}),
      highlights:
        i % 3 === 0
          ? [
              {
                id: `h-${i}`,
                url: `https://gxj.example${i % 13}.gov.cn/art/${i}.html`,
                selectors: [
                  { type: 'TextQuoteSelector', exact: '法律意见', prefix: '全年出具', suffix: `${i}份` },
                  { type: 'TextPositionSelector', start: 10, end: 14 },
                ],
                note: `批注 ${i}`,
                createdAt: '2025-02-01T00:00:00.000Z',
              },
            ]
          : [],
      tags: i % 2 ? ['法治', '年度报告'] : [],
      note: i % 5 ? '' : `note, with "quotes"\nand a line`,
      contentHash: `hash${i}`,
      version: 1 + (i % 3),
    };
  });
}
