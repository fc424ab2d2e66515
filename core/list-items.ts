/**
 * The items of an index page (a column of links with dates: 通知公告, 法治政府建设, 政府信息公开年报)
 * and its other pages: what "collect reports from this list" offers. The detector counts the same
 * rows to call a page a list.
 */
import { kindByAttr } from './boilerplate';
import { squash } from './text';

/** A date in a list row: 2024-03-01, 2024.3.1, 2024年3月1日, 2024/03. */
export const DATE_IN_ROW = /(?:19|20)\d{2}[-./年]\d{1,2}(?:[-./月]\d{1,2})?/;

/** One linked item of a list page. */
export interface ListItem {
  url: string;
  title: string;
  /** The row's date as YYYY-MM-DD (or YYYY-MM), null when the row has none. */
  date: string | null;
}

/** The rows of `doc` that pair a link (of six characters or more) with a date, outside the portal's chrome. */
export function listRows(doc: Document): { row: Element; a: HTMLAnchorElement; text: string }[] {
  const out: { row: Element; a: HTMLAnchorElement; text: string }[] = [];
  for (const row of Array.from(doc.querySelectorAll('li, tr, dd, p'))) {
    const a = row.querySelector('a');
    if (!a || row.querySelector('li, tr')) continue;
    let inChrome = false;
    for (let e: Element | null = row; e; e = e.parentElement) {
      if (kindByAttr(e)) {
        inChrome = true;
        break;
      }
    }
    if (inChrome) continue;
    const text = squash(a.getAttribute('title') || a.textContent || '');
    if (squash(a.textContent ?? '').length >= 6 && DATE_IN_ROW.test(row.textContent ?? ''))
      out.push({ row, a: a as HTMLAnchorElement, text });
  }
  return out;
}

function isoDate(s: string): string | null {
  const m = /((?:19|20)\d{2})[-./年](\d{1,2})(?:[-./月](\d{1,2}))?/.exec(s);
  if (!m) return null;
  const pad = (x: string) => x.padStart(2, '0');
  return m[3] ? `${m[1]}-${pad(m[2])}-${pad(m[3])}` : `${m[1]}-${pad(m[2])}`;
}

const resolve = (href: string | null, base: string): string | null => {
  if (!href || /^(?:javascript|mailto|tel):/i.test(href.trim()) || href.trim() === '#') return null;
  try {
    const u = new URL(href, base);
    u.hash = '';
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
};

/** The linked items of a list page, once each, in page order. */
export function listItems(doc: Document, base: string = doc.URL): ListItem[] {
  const seen = new Set<string>();
  const out: ListItem[] = [];
  for (const { row, a, text } of listRows(doc)) {
    const url = resolve(a.getAttribute('href'), base);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    // The date is the row's text outside the link (a title may hold a year: 2024年度报告).
    const rest = (row.textContent ?? '').replace(a.textContent ?? '', ' ');
    out.push({ url, title: text, date: isoDate(rest) ?? isoDate(row.textContent ?? '') });
  }
  return out;
}

/** TRS and similar templates write their pager in script: createPageHTML(pages, current, "index", "html"). */
const CREATE_PAGE =
  /createPage(?:HTML)?\(\s*['"]?(\d+)['"]?\s*,\s*['"]?(\d+)['"]?\s*,\s*['"]([\w-]+)['"]\s*,\s*['"](\w+)['"]/;

/**
 * The list's other pages, in order: the numbered pager links and "下一页", or the pages a
 * script-written pager (createPageHTML) stands for. The page itself is not among them.
 */
export function listPages(doc: Document, base: string = doc.URL): string[] {
  const here = resolve(base, base);
  const out: string[] = [];
  const add = (u: string | null) => {
    if (u && u !== here && !out.includes(u)) out.push(u);
  };
  for (const s of Array.from(doc.querySelectorAll('script'))) {
    const m = CREATE_PAGE.exec(s.textContent ?? '');
    if (!m) continue;
    const total = Math.min(Number(m[1]), 500);
    for (let k = 0; k < total; k++) add(resolve(k === 0 ? `${m[3]}.${m[4]}` : `${m[3]}_${k}.${m[4]}`, base));
  }
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const text = squash(a.textContent ?? '');
    if (/^(?:\d{1,3}|下一页|下页|后页|>|›|»|next)$/i.test(text)) add(resolve(a.getAttribute('href'), base));
  }
  return out;
}
