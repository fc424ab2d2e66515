/**
 * The report files a page links to: the 附件 blocks of TRS, 大汉 (Hanweb) and VSB pages and any
 * link to a .pdf, .doc, .docx, .wps or .ofd file. A notice page that says only "附件：…年度报告.pdf"
 * holds its report here. Small and DOM-only: the content script runs it on every page asked.
 */

/** A linked report file. */
export interface AttachmentLink {
  url: string;
  /** The link's text, or the file name when the link says nothing useful. */
  text: string;
  /** pdf, docx, doc, wps or ofd. */
  type: string;
}

const TYPES = /\.(pdf|docx|doc|wps|ofd)$/i;
/** 下载.jsp?filename=报告.pdf, downfile.jsp?...&fileName=x.docx: the name is in the query. */
const IN_QUERY = /[^/?&=]+\.(pdf|docx|doc|wps|ofd)(?=$|&|#)/i;

/** The file's name: the path's last part, or the name a download link carries in its query. */
function nameOf(href: URL): string {
  let query = href.search;
  try {
    query = decodeURIComponent(query);
  } catch {
    // a malformed escape: read the query as it is
  }
  const last = href.pathname.split('/').pop() ?? '';
  let path = last;
  try {
    path = decodeURIComponent(last);
  } catch {
    // keep it as written
  }
  return TYPES.test(path) ? path : (IN_QUERY.exec(query)?.[0] ?? path);
}

function typeOf(href: URL, text: string): string | null {
  const path = decodeURIComponent(href.pathname);
  const byPath = TYPES.exec(path)?.[1];
  if (byPath) return byPath.toLowerCase();
  let query = href.search;
  try {
    query = decodeURIComponent(query);
  } catch {
    // a malformed escape: read the query as it is
  }
  const byQuery = IN_QUERY.exec(query)?.[1];
  if (byQuery) return byQuery.toLowerCase();
  // VSB and TRS download links often carry no extension: the link text names the file.
  return TYPES.exec(text.trim())?.[1]?.toLowerCase() ?? null;
}

/** Every report file linked from `doc`, once each, in page order. */
export function findAttachments(doc: Document, base: string = doc.URL): AttachmentLink[] {
  const out: AttachmentLink[] = [];
  const seen = new Set<string>();
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const raw = a.getAttribute('href') ?? '';
    if (/^(?:javascript|mailto|tel):/i.test(raw)) continue;
    let href: URL;
    try {
      href = new URL(raw, base);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(href.protocol)) continue;
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    const type = typeOf(href, text);
    if (!type) continue;
    href.hash = '';
    if (seen.has(href.href)) continue;
    seen.add(href.href);
    const name = nameOf(href) || href.href;
    // "下载", "点击查看", a bare "附件" say nothing about which report: the file name does.
    const vague = !text || /^(?:附件\s*\d*[:：]?|下载|点击下载|点击查看|查看|pdf|word|文件|原文|全文)$/i.test(text);
    out.push({ url: href.href, text: vague ? name : text.replace(/^附件\s*\d*\s*[:：]\s*/, ''), type });
  }
  return out;
}
