/**
 * Document metadata: title without the portal's name, issuing agency (full name where the page
 * gives one), 网站标识码, publication date and the year the report is about.
 */
import {
  AGENCY_INLINE,
  AGENCY_LABEL,
  DATE_LABEL,
  HOST_INLINE,
  NOT_ORG,
  ORG_SUFFIX,
  SIGNATURE_DATE,
  SIGNATURE_DATE_CN,
  SITE_CODE_INLINE,
  SITE_NAME_HINT,
  SOURCE_INLINE,
  TITLE_SEPARATORS,
  URL_DATE,
} from './rules/document';
import { collapse, squash } from './text';
import type { Block, Metadata } from './types';

/** `<meta name>` values, keys lower-cased (portals write PubDate, pubdate, PUBDATE). */
export function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta[name], meta[property]'))) {
    const key = (m.getAttribute('name') ?? m.getAttribute('property') ?? '').toLowerCase();
    const value = collapse(m.getAttribute('content') ?? '');
    if (key && value && !map.has(key)) map.set(key, value);
  }
  return map;
}

const pad = (n: string | number) => String(n).padStart(2, '0');

function isoDate(y: string | number, m: string | number, d: string | number): string | null {
  const yy = Number(y);
  const mm = Number(m);
  const dd = Number(d);
  if (!(yy >= 1949 && yy <= 2100 && mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31)) return null;
  return `${yy}-${pad(mm)}-${pad(dd)}`;
}

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  '○': 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 二〇二四 → 2024; 十二 → 12. */
function cnNumber(s: string, positional: boolean): number {
  if (positional) return Number([...s].map((c) => CN_DIGITS[c] ?? 0).join(''));
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + (CN_DIGITS[s[1]] ?? 0);
  if (s.includes('十')) return (CN_DIGITS[s[0]] ?? 0) * 10 + (CN_DIGITS[s[2]] ?? 0);
  return CN_DIGITS[s] ?? 0;
}

/** A date in a short line (signature), as YYYY-MM-DD. */
export function signatureDate(line: string): string | null {
  const t = squash(line);
  const m = SIGNATURE_DATE.exec(t);
  if (m) return isoDate(m[1], m[2], m[3]);
  const c = SIGNATURE_DATE_CN.exec(t);
  if (c) return isoDate(cnNumber(c[1], true), cnNumber(c[2], false), cnNumber(c[3], false));
  return null;
}

function cleanTitle(s: string): string {
  return collapse(s.replace(/^[\s|｜_\-–—]+|[\s|｜_\-–—]+$/g, ''));
}

/** The <title> without the portal's name: segments that look like a site name are cut off. */
function titleFromTag(doc: Document, siteName: string | null): { title: string; suffix: string | null } {
  const raw = collapse(doc.title ?? '');
  const parts = raw.split(TITLE_SEPARATORS).map(cleanTitle).filter(Boolean);
  let suffix: string | null = null;
  while (parts.length > 1) {
    const last = parts[parts.length - 1];
    if (last === siteName || SITE_NAME_HINT.test(last) || last.length <= 12) {
      suffix = suffix ?? last;
      parts.pop();
    } else break;
  }
  return { title: parts.join(' '), suffix };
}

const HEADING_SELECTOR =
  'h1, h2, h3, .title, .article-title, .detail-title, .art-title, td.title, [class*="title"], [id*="title"]';

/** What a heading may put before the tag's title: a year, a place or an agency. */
const TITLE_PREFIX = /(?:(?:19|20)\d{2}年度?|[省市县区州盟旗镇乡]|人民政府|局|委员会)$/;

/** The portal's name from its logo or site-name element (<img alt="松城市人民政府">), for pages without a SiteName meta. */
function logoName(doc: Document): string | null {
  const els = doc.querySelectorAll(
    '[class*="logo"] img[alt], [id*="logo"] img[alt], img[class*="logo"][alt], .site-name, .sitename, .siteName',
  );
  for (const el of Array.from(els).slice(0, 8)) {
    const t = squash(el.getAttribute('alt') || el.textContent || '');
    if (t.length >= 3 && t.length <= 30 && SITE_NAME_HINT.test(t) && !/[，。；：:,;|]/.test(t) && !/网站$|网$/.test(t))
      return t;
  }
  return null;
}

/** The document's title: ArticleTitle meta, else the heading that matches <title>, else <title>. */
export function readTitle(
  doc: Document,
  meta: Map<string, string>,
): { title: string | null; siteSuffix: string | null } {
  const siteName = meta.get('sitename') ?? null;
  const { title: fromTag, suffix } = titleFromTag(doc, siteName);
  const articleTitle = meta.get('articletitle');
  if (articleTitle) return { title: cleanTitle(articleTitle), siteSuffix: suffix };
  const want = squash(fromTag);
  let best: string | null = null;
  if (want) {
    for (const el of Array.from(doc.body?.querySelectorAll(HEADING_SELECTOR) ?? [])) {
      const text = cleanTitle(el.textContent ?? '');
      const got = squash(text);
      if (got.length < 4 || got.length > 120) continue;
      // The heading may add the year and place to the tag's short title (政府工作报告 →
      // 2025年松城市政府工作报告).
      const extends_ = got.endsWith(want) && TITLE_PREFIX.test(got.slice(0, got.length - want.length));
      if (got === want || want.startsWith(got) || got.startsWith(want) || extends_) {
        if (!best || got.length > squash(best).length) best = text;
      }
    }
  }
  if (best) return { title: best, siteSuffix: suffix };
  if (fromTag) return { title: fromTag, siteSuffix: suffix };
  const h1 = doc.querySelector('h1');
  const h1Text = h1 ? cleanTitle(h1.textContent ?? '') : '';
  return { title: h1Text || null, siteSuffix: suffix };
}

function isOrg(s: string | null | undefined): s is string {
  return (
    !!s &&
    s.length >= 3 &&
    s.length <= 30 &&
    ORG_SUFFIX.test(s) &&
    !/[，。；：:,;]/.test(s) &&
    // A sentence or a note that happens to end in 局 (本公报中财政数据来自市财政局) is no name.
    !NOT_ORG.test(s)
  );
}

/** The report's own byline under its title (湖南省统计局 / 国家统计局湖南调查总队 / 2025年3月18日). */
function topByline(blocks: Block[], title: string | null): string | null {
  for (const b of blocks.slice(0, 4)) {
    const t = squash(b.text);
    if (!t || (title && t === squash(title))) continue;
    // Two issuers on one line are separated by spaces: the first is the issuer named first.
    const first = b.text.trim().split(/\s+/)[0];
    if (t.length > 40) break;
    if (isOrg(first) && b.text.length <= 60) return first;
    if (isOrg(t)) return t;
  }
  return null;
}

/** The agency named before the year in the title (江门市工业和信息化局2024年…). */
function agencyInTitle(title: string | null): string | null {
  if (!title) return null;
  const m = /^(?:关于)?(.+?)(?:关于)?(?:(?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})\s*年/.exec(squash(title));
  return m && isOrg(m[1]) ? m[1] : null;
}

/** The signature block: a short organisation line among the last lines, before the date. */
function signature(blocks: Block[]): { agency: string | null; date: string | null } {
  let date: string | null = null;
  let agency: string | null = null;
  const tail = blocks.slice(-6);
  for (let i = tail.length - 1; i >= 0; i--) {
    const t = squash(tail[i].text).replace(/^[（(].*[)）]$/, '');
    if (!t) continue;
    const d = signatureDate(t);
    if (d && !date) {
      date = d;
      continue;
    }
    // Two issuers on one line (湘澜省统计局　国家统计局湘澜调查总队): the one named first.
    const first = tail[i].text.trim().split(/\s+/)[0];
    if (!agency && isOrg(first) && first !== t) agency = first;
    else if (!agency && isOrg(t)) agency = t;
  }
  return { agency, date };
}

/** 发文机关 from a 政府信息公开 table (label cell, value in the next cell). */
function agencyInTable(doc: Document, pageText: string): string | null {
  if (!/发文机关|发布机构|发文单位|发布单位|制发机关/.test(pageText)) return null;
  for (const cell of Array.from(doc.querySelectorAll('th, td, dt, label, b, strong'))) {
    // A label cell holds a word or two; skip layout cells without reading their whole text.
    if (cell.childElementCount > 4) continue;
    if (!AGENCY_LABEL.test(squash(cell.textContent ?? ''))) continue;
    const value = squash(cell.nextElementSibling?.textContent ?? '');
    if (isOrg(value)) return value;
  }
  return null;
}

/** Names compared without the conjunctions that abbreviations drop (发展和改革局 ~ 发展改革局). */
const core = (s: string) => s.replace(/[和与及]/g, '');

/** The full name among `candidates` that ends with `short` (市工业和信息化局 → 天津市工业和信息化局). */
function expand(short: string, candidates: (string | null)[]): string {
  let best = short;
  for (const c of candidates) {
    if (c && c.length > best.length && (c.endsWith(short) || core(c).endsWith(core(short)))) best = c;
  }
  return best;
}

/** Read the metadata of a page. `blocks` are the extracted content blocks. */
export function readMetadata(
  doc: Document,
  url: URL | null,
  title: string | null,
  siteSuffix: string | null,
  blocks: Block[],
  meta: Map<string, string>,
  pageText: string = doc.body?.textContent ?? '',
): Metadata {
  const siteName =
    meta.get('sitename') ?? (siteSuffix && SITE_NAME_HINT.test(siteSuffix) ? siteSuffix : null) ?? logoName(doc);
  const siteCode = meta.get('siteidcode') ?? SITE_CODE_INLINE.exec(pageText)?.[1] ?? null;

  const sig = signature(blocks);
  const fawen = agencyInTable(doc, pageText) ?? AGENCY_INLINE.exec(pageText)?.[1] ?? null;
  const contentSource = meta.get('contentsource') ?? null;
  const byline = SOURCE_INLINE.exec(pageText)?.[1] ?? null;
  const source = contentSource ?? byline;
  const host = HOST_INLINE.exec(pageText)?.[1] ?? null;
  const fullNames = [
    fawen,
    sig.agency,
    topByline(blocks, title),
    siteName,
    host,
    byline,
    contentSource,
    siteSuffix,
  ].filter(isOrg);
  // A 政府工作报告 is the government's own report: the 人民政府 it says it comes from (来源, ContentSource:
  // a township's report on its county's portal), else the one whose site carries it.
  const government = /政府工作报告/.test(title ?? '')
    ? ([byline, contentSource, siteName, siteSuffix, host?.replace(/办公室$|办公厅$/, '') ?? null].find(
        (n) => isOrg(n) && /政府$/.test(n),
      ) ?? null)
    : null;
  // The report's own words first (title, byline, signature), then where it says it comes from
  // (ContentSource, 来源), then the portal that carries it: a republished provincial bulletin
  // is the province's, not the city bureau's whose site shows it.
  const primary =
    agencyInTitle(title) ??
    government ??
    sig.agency ??
    topByline(blocks, title) ??
    (isOrg(contentSource) ? contentSource : null) ??
    (isOrg(byline) && byline !== siteName ? byline : null) ??
    (isOrg(fawen) ? fawen : null) ??
    (isOrg(byline) ? byline : null) ??
    (isOrg(siteName) ? siteName : null) ??
    (isOrg(host) ? host : null);
  const agency = primary ? expand(primary, fullNames) : null;

  const publishedAt = readPublished(meta, pageText, sig.date, url);
  return {
    agency,
    siteName,
    siteCode,
    publishedAt,
    reportYear: readReportYear(title, blocks),
    source,
  };
}

function readPublished(
  meta: Map<string, string>,
  pageText: string,
  signed: string | null,
  url: URL | null,
): string | null {
  for (const key of ['pubdate', 'publishdate', 'firstpublishedtime', 'article:published_time', 'dc.date']) {
    const v = meta.get(key);
    const m = v && /((?:19|20)\d{2})[-/年.](\d{1,2})[-/月.](\d{1,2})/.exec(v);
    if (m) {
      const d = isoDate(m[1], m[2], m[3]);
      if (d) return d;
    }
  }
  const label = DATE_LABEL.exec(pageText);
  if (label) {
    const d = isoDate(label[1], label[2], label[3]);
    if (d) return d;
  }
  if (signed) return signed;
  const u = url ? URL_DATE.exec(url.pathname) : null;
  return u ? isoDate(u[1], u[2], u[3]) : null;
}

/** The text of a work report titled `year` reviews the year before, or says it was delivered to a congress in `year`. */
function deliveredAfter(year: number, blocks: Block[]): boolean {
  for (const b of blocks.slice(0, 20)) {
    const text = squash(b.text);
    const review = /((?:19|20)\d{2})\s*年(?:度)?(?:工作)?回顾/.exec(text);
    if (review && Number(review[1]) === year - 1) return true;
    const delivered = /^[—－-]*\s*((?:19|20)\d{2})\s*年\d{1,2}月\d{1,2}日在.*(?:人民代表大会|人大)/.exec(text);
    if (delivered && Number(delivered[1]) === year) return true;
  }
  return false;
}

/** The year the report is about: from the title, else the opening words of the body. */
export function readReportYear(title: string | null, blocks: Block[]): number | null {
  const t = title ? squash(title) : '';
  const range = /((?:19|20)\d{2})\s*[-—~至到]\s*((?:19|20)\d{2})\s*年/.exec(t);
  if (range) return Number(range[2]);
  const inTitle = /((?:19|20)\d{2})\s*年/.exec(t);
  if (inTitle) {
    const year = Number(inTitle[1]);
    // A 政府工作报告 is named for the year it is delivered in and reports on the year before:
    // 2025年政府工作报告, “一、2024年工作回顾” or “——2025年1月9日在…人民代表大会…上” → 2024.
    if (/工作报告/.test(t) && deliveredAfter(year, blocks)) return year - 1;
    return year;
  }
  const cn = /([〇零○一二三四五六七八九]{4})\s*年/.exec(t);
  if (cn) return cnNumber(cn[1], true);
  for (const b of blocks.slice(0, 3)) {
    const m = /^((?:19|20)\d{2})\s*年(?!\d{1,2}月)/.exec(squash(b.text));
    if (m) return Number(m[1]);
  }
  // 政府工作报告 and similar: “一、2024年工作回顾”, “现将2024年工作情况报告如下”.
  for (const b of blocks.slice(0, 20)) {
    const m = /((?:19|20)\d{2})\s*年(?:度)?(?:工作)?回顾|现将((?:19|20)\d{2})\s*年/.exec(squash(b.text));
    if (m) return Number(m[1] ?? m[2]);
  }
  return null;
}
