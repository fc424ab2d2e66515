/**
 * End-to-end harness: a static server for the fixtures on 127.0.0.1, and Debian's Chromium with
 * the built extension loaded (playwright-core; Playwright cannot download browsers here).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { decodeHtml } from '../../core/decode';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const FIXTURE_DIR = resolve('test/fixtures');

/** Debian's Chromium (CHROMIUM_PATH overrides). */
export function chromiumPath(): string {
  for (const p of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (p && existsSync(p)) return p;
  }
  throw new Error('Debian chromium not found: apt-get install chromium');
}

/** Serve test/fixtures: /<slug>/page.html with the charset the bytes are in; other assets empty. */
export async function serveFixtures(): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(FIXTURE_DIR, path));
    if (file.startsWith(FIXTURE_DIR) && file.endsWith('.html') && existsSync(file)) {
      const bytes = readFileSync(file);
      const { charset } = decodeHtml(bytes);
      res.writeHead(200, { 'content-type': `text/html; charset=${charset === 'gb18030' ? 'gbk' : charset}` });
      res.end(bytes);
      return;
    }
    // Stylesheets, scripts and images the portal templates reference: empty, so no console noise.
    const type = path.endsWith('.css') ? 'text/css' : path.endsWith('.js') ? 'text/javascript' : 'text/plain';
    res.writeHead(200, { 'content-type': type });
    res.end('');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as AddressInfo).port };
}

/** A server on 127.0.0.1 for pages a test makes itself (reached as *.gov.cn through the resolver rule). */
export async function serve(
  handler: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void,
): Promise<{ server: Server; port: number }> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as AddressInfo).port };
}

/** A paragraph of a report with five figures, four of them in inline elements (the hostile pages' unit). */
export const reportParagraph = (i: number): string =>
  `<p>${i}. 全年共办理行政复议案件<span>${(i % 90) + 10}件</span>，同比增长<b>${(i % 9) + 1}.${i % 10}%</b>，` +
  `出具法律意见书<em>${i % 300}份</em>，办结率达<i>99.${i % 100}%</i>，涉及资金${(i % 50) + 1}.${i % 10}亿元。</p>`;

/** A report page on a gov.cn portal's template around `body` (and a script of the page's own). */
export const reportPage = (
  title: string,
  body: string,
  script = '',
): string => `<!doctype html><html><head><meta charset="utf-8">
<title>${title}_某市司法局</title><meta name="SiteIDCode" content="4302000099"></head><body>
<div class="header">某市司法局</div><div class="article"><h1>${title}</h1>${body}</div>${script}</body></html>`;

/** 10,000 figures (2,000 paragraphs of 5), and a clock that rewrites a line every 50 ms: the bench's ticker and the e2e test's. */
export const TICKING_REPORT = reportPage(
  '2024年国民经济和社会发展统计公报',
  `<p id="clock">更新时间：0</p>${Array.from({ length: 2000 }, (_, i) => reportParagraph(i)).join('\n')}`,
  '<script>let n=0;setInterval(()=>{document.getElementById("clock").textContent="更新时间："+(++n)},50)</script>',
);

/** Chromium with the extension, *.gov.cn mapped to 127.0.0.1, UI language `lang`. */
export async function launch(
  lang = 'zh-CN',
): Promise<{ context: BrowserContext; worker: Worker; extensionId: string }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'govlens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: false,
    locale: lang,
    viewport: { width: 1280, height: 860 },
    args: [
      '--headless=new',
      '--no-sandbox',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--lang=${lang}`,
      '--host-resolver-rules=MAP *.gov.cn 127.0.0.1',
    ],
    // The UI language comes from --lang and LANGUAGE; LANG stays C.UTF-8, a locale every machine
    // has (zh_CN.UTF-8 is not generated on a fresh Debian, and without it file names lose their
    // Chinese characters).
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId };
}

/** The fixture's own URL host and path, served from our port (gov.cn hosts resolve to 127.0.0.1). */
export function fixtureUrl(slug: string, port: number): string {
  const expected = JSON.parse(readFileSync(join(FIXTURE_DIR, slug, 'expected.json'), 'utf8')) as { url: string };
  const host = new URL(expected.url).hostname;
  const onGov = host.endsWith('.gov.cn');
  return `http://${onGov ? host : '127.0.0.1'}:${port}/${slug}/page.html`;
}

/**
 * Evaluate `expression` in GovLens's isolated world on `page` (where the content script and the
 * analyser live; the page's own world cannot see them). Null when the extension has no world
 * there, i.e. no content script ran. A promise is awaited.
 */
export async function inExtensionWorld(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const worlds: { id: number; origin: string; auxData?: { type?: string; frameId?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = worlds.find(
      (w) =>
        w.auxData?.type === 'isolated' &&
        w.auxData.frameId === frameTree.frame.id &&
        w.origin.startsWith('chrome-extension://'),
    );
    if (!world) return null;
    const { result } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      returnByValue: true,
      awaitPromise: true,
    });
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/** Rows of an IndexedDB store of the extension's database, read in an extension page. */
export async function readStore<T>(
  context: BrowserContext,
  extensionId: string,
  store: 'clips' | 'highlights' | 'versions',
): Promise<T[]> {
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/library.html`);
  const rows = await ext.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const req = indexedDB.open('govlens');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction(name, 'readonly').objectStore(name).getAll();
          all.onsuccess = () => resolve(all.result);
        };
      }),
    store,
  );
  await ext.close();
  return rows as T[];
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical violations on the page (or inside `include`), as "rule: targets". */
export async function violations(page: Page, include?: string): Promise<string[]> {
  // Evaluated, not added as a <script>: extension pages forbid inline scripts (CSP).
  await page.evaluate(AXE);
  return page.evaluate(async (sel) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            c: unknown,
            o: unknown,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(sel ? { include: [[sel]] } : document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  }, include ?? null);
}

interface CdpNode {
  backendNodeId: number;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * GovLens's UI on a page, in its closed shadow root. A page cannot reach into it; DevTools can:
 * the root is found through the DOM domain with `pierce`, and functions run on it there. Clicks
 * and keys go through the real mouse and keyboard.
 */
export class PageUi {
  /** `host`: which of GovLens's shadow hosts (data-govlens-ui): the UI's, or the figure boxes'. */
  constructor(
    private readonly page: Page,
    private readonly host: 'host' | 'boxes' = 'host',
  ) {}

  /** Run `fn` (a function's source, `this` = the shadow root) with `args`; null when there is no UI. */
  async call<T>(fn: string, ...args: unknown[]): Promise<T | null> {
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
      const find = (n: CdpNode): CdpNode | null => {
        const a = n.attributes ?? [];
        for (let i = 0; i < a.length; i += 2) if (a[i] === 'data-govlens-ui' && a[i + 1] === this.host) return n;
        for (const c of n.children ?? []) {
          const f = find(c);
          if (f) return f;
        }
        return null;
      };
      const shadow = find(root)?.shadowRoots?.[0];
      if (!shadow) return null;
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId as string,
        functionDeclaration: fn,
        arguments: args.map((value) => ({ value })),
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value as T;
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }

  count(sel: string): Promise<number> {
    return this.call<number>('function (s) { return this.querySelectorAll(s).length; }', sel).then((n) => n ?? 0);
  }

  text(sel: string): Promise<string | null> {
    return this.call<string | null>(
      'function (s) { const e = this.querySelector(s); return e ? e.textContent : null; }',
      sel,
    );
  }

  texts(sel: string): Promise<string[]> {
    return this.call<string[]>(
      'function (s) { return [...this.querySelectorAll(s)].map((e) => e.textContent); }',
      sel,
    ).then((t) => t ?? []);
  }

  /** Wait until `sel` matches inside the UI (at least `n` times). */
  async waitFor(sel: string, timeout = 15_000, n = 1): Promise<void> {
    const end = Date.now() + timeout;
    while ((await this.count(sel)) < n) {
      if (Date.now() > end) throw new Error(`GovLens UI: ${sel} did not appear within ${timeout} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Dispatch a mouse event of `type` on the `nth` match, once there is one (as Playwright waits). */
  async dispatch(sel: string, type: string, nth = 0): Promise<void> {
    await this.waitFor(sel, 15_000, nth + 1);
    const ok = await this.call<boolean>(
      'function (s, t, n) { const e = this.querySelectorAll(s)[n]; if (!e) return false; e.dispatchEvent(new MouseEvent(t, { bubbles: true, composed: true, cancelable: true })); return true; }',
      sel,
      type,
      nth,
    );
    if (!ok) throw new Error(`GovLens UI: no ${sel} [${nth}] to ${type}`);
  }
}
