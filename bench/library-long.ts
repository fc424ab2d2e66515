/**
 * The library with long clips, in Chromium with real IndexedDB: 300 clips of 40,000 characters.
 * Measures the time from opening the library until search is ready and the longest main-thread
 * task while it indexes (Long Tasks API). Goals: ready ≤ 10 s; no task over 100 ms.
 * Printed, not asserted.
 */
import { launch } from '../test/e2e/harness';

const N = 300;
const CHARS = 40_000;
const { context, extensionId } = await launch('zh-CN');
try {
  const page = await context.newPage();
  const url = `chrome-extension://${extensionId}/library.html`;
  await page.goto(url);
  await page.waitForSelector('[data-testid="clips"]');
  await page.evaluate(
    ({ n, chars }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('govlens');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('clips', 'readwrite');
          const store = tx.objectStore('clips');
          const sentence = '全年深入推进法治政府建设，出具法律意见书104份，审查规范性文件37件，办结率达99.69%。';
          for (let i = 0; i < n; i++) {
            let text = '';
            for (let k = 0; text.length < chars; k++) text += `${i}-${k}：${sentence}\n`;
            text = text.slice(0, chars);
            store.put({
              id: `long-${i}`,
              url: `https://sfj.long${i % 31}.gov.cn/art/${i}.html`,
              canonicalUrl: `https://sfj.long${i % 31}.gov.cn/art/${i}.html`,
              title: `某区司法局${2000 + (i % 25)}年法治政府建设情况报告（${i}）`,
              agency: '某区司法局',
              site: `sfj.long${i % 31}.gov.cn`,
              siteCode: null,
              reportYear: 2000 + (i % 25),
              publishedAt: null,
              kind: 'report',
              metadata: {
                agency: '某区司法局',
                siteName: null,
                siteCode: null,
                publishedAt: null,
                reportYear: 2000,
                source: null,
              },
              capturedAt: new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString(),
              updatedAt: new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString(),
              text,
              html: `<p>${text.slice(0, 200)}</p>`,
              metrics: [],
              removed: [],
              highlights: [],
              tags: [],
              note: '',
              contentHash: `h${i}`,
              version: 1,
            });
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    { n: N, chars: CHARS },
  );
  await page.addInitScript(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const t0 = Date.now();
  await page.reload();
  await page.waitForSelector('[data-testid="search"][data-ready="yes"]', { timeout: 300_000 });
  const ready = (Date.now() - t0) / 1000;
  const longs = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  await page.fill('[data-testid="search"]', '审查规范性文件');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="clips"] tbody tr').length > 0);
  const worst = Math.max(0, ...longs);
  console.log(`library — ${N} clips of ${CHARS.toLocaleString()} characters (Chromium)`);
  console.log(`  search ready after ${ready.toFixed(1)} s   goal ≤ 10 s  ${ready <= 10 ? 'MET' : 'MISSED'}`);
  console.log(
    `  longest task while opening and indexing ${worst.toFixed(0)} ms (${longs.length} over 50 ms)   goal ≤ 100 ms  ${worst <= 100 ? 'MET' : 'MISSED'}`,
  );
} finally {
  await context.close();
}
