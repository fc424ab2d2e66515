/**
 * Page detection: is this a government site, and is the page a report, another article, a list
 * of links, or something else? Every signal is reported with its weight so the UI can say why.
 */
import { titleVerdict } from './gate';
import { listRows } from './list-items';
import { cjkCount, squash } from './text';
import type { Detection, DetectionReason, Extraction, PageKind } from './types';

const PAGINATION = /共\s*\d+\s*页|下一页|上一页|尾页|末页|跳转到|第\s*\d+\s*页/;
const STRUCTURE = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/;

/** The name of a government body: 人民政府, its offices, 局, 委员会, 厅, 办. */
const GOV_BODY = /(?:人民政府|政府办公室|政府办公厅|局|委员会|厅|办公室|管委会|人民法院|人民检察院)$/;

/** Evidence that the site is run by a government body. */
function governmentSignals(
  doc: Document,
  url: URL | null,
  meta: Map<string, string>,
  pageText: string,
): DetectionReason[] {
  const reasons: DetectionReason[] = [];
  const host = url?.hostname.toLowerCase() ?? '';
  if (host === 'gov.cn' || host.endsWith('.gov.cn')) {
    reasons.push({
      signal: 'gov',
      code: 'govHost',
      args: [host],
      detail: `host ${host} is a gov.cn domain`,
      weight: 3,
    });
  }
  if (meta.has('siteidcode')) {
    const code = meta.get('siteidcode') ?? '';
    reasons.push({ signal: 'gov', code: 'siteIdMeta', args: [code], detail: `meta SiteIDCode ${code}`, weight: 3 });
  } else if (/网站标识码\s*[:：]?\s*[A-Za-z0-9]{6,12}/.test(pageText)) {
    reasons.push({
      signal: 'gov',
      code: 'siteCodeText',
      args: [],
      detail: '网站标识码 (government site code) in the page',
      weight: 3,
    });
  }
  const national = ['sitename', 'columnname', 'articletitle', 'pubdate', 'contentsource'].filter((k) => meta.has(k));
  if (national.length >= 2) {
    reasons.push({
      signal: 'gov',
      code: 'nationalMeta',
      args: [national.join(', ')],
      detail: `national page metadata: ${national.join(', ')}`,
      weight: 1,
    });
  }
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta.get('url') ?? '';
  if (/^https?:\/\/([^/]+\.)?gov\.cn(\/|:|$)/i.test(canonical) && !host.endsWith('gov.cn')) {
    reasons.push({ signal: 'gov', code: 'canonicalGov', args: [], detail: 'canonical URL is on gov.cn', weight: 2 });
  }
  const hostBody = /主办单位\s*[:：]\s*[^\s]{0,20}(政府|局|委|厅|办公室)/.test(pageText);
  if (hostBody && /政府网站找错|公网安备|ICP备/.test(pageText)) {
    reasons.push({ signal: 'gov', code: 'hostBody', args: [], detail: '主办单位 is a government body', weight: 1 });
  }
  return reasons;
}

/** Rows that pair a link with a date: the shape of an index page. */
function listShape(doc: Document, pageText: string): { rows: number; linkText: number; pagination: boolean } {
  const rows = listRows(doc);
  const linkText = rows.reduce((n, r) => n + squash(r.a.textContent ?? '').length, 0);
  return { rows: rows.length, linkText, pagination: PAGINATION.test(pageText) };
}

/** Detect the page kind. `extraction` is the cleaned content, `title` the document title. */
export function detect(
  doc: Document,
  url: URL | null,
  meta: Map<string, string>,
  title: string | null,
  extraction: Extraction,
  pageText: string = doc.body?.textContent ?? '',
  /** For a document that stands alone (a file): the body that signed it, if any. */
  signer: string | null = null,
): Detection {
  const reasons = governmentSignals(doc, url, meta, pageText);
  if (signer && GOV_BODY.test(signer) && reasons.reduce((s, r) => s + r.weight, 0) < 2) {
    reasons.push({
      signal: 'gov',
      code: 'signedByGov',
      args: [signer],
      detail: `signed by a government body (${signer}); a file carries no site to say so`,
      weight: 2,
    });
  }
  const govScore = reasons.reduce((s, r) => s + r.weight, 0);
  const isGovernment = govScore >= 2;
  if (!isGovernment) {
    reasons.push({
      signal: 'against',
      code: 'notGov',
      args: [],
      detail: 'no government-site signal (gov.cn host, 网站标识码, SiteIDCode)',
      weight: 0,
    });
  }

  const bodyCjk = cjkCount(extraction.text);
  // A long run of paragraph text is an article whatever links surround it; skip the row scan.
  const list = bodyCjk >= 1500 ? { rows: 0, linkText: 0, pagination: false } : listShape(doc, pageText);
  let kind: PageKind;
  if (list.rows >= 5 && list.linkText > bodyCjk * 0.5) {
    reasons.push({
      signal: 'list',
      code: 'linkRows',
      args: [list.rows],
      detail: `${list.rows} link rows with dates`,
      weight: 3,
    });
    if (list.pagination)
      reasons.push({ signal: 'list', code: 'pagination', args: [], detail: 'pagination controls', weight: 1 });
    kind = 'list';
  } else if (bodyCjk >= 50) {
    reasons.push({
      signal: 'article',
      code: 'articleBody',
      args: [bodyCjk],
      detail: `article body of ${bodyCjk} Chinese characters`,
      weight: 1,
    });
    kind = 'article';
  } else {
    kind = 'other';
  }

  let reportScore = 0;
  if (kind === 'article') {
    const t = squash(title ?? '');
    const verdict = titleVerdict(t);
    if (verdict === 'report') {
      reasons.push({
        signal: 'report',
        code: 'reportTitle',
        args: [],
        detail: 'title names a report (报告/公报/年报/总结)',
        weight: 3,
      });
      reportScore += 3;
    } else if (verdict === 'notice') {
      reasons.push({
        signal: 'against',
        code: 'noticeTitle',
        args: [],
        detail: 'title names a notice or rule (通知/公告/办法…)',
        weight: -3,
      });
      reportScore -= 3;
    }
    if (/(?:19|20)\d{2}\s*年|年度/.test(t)) {
      reasons.push({ signal: 'report', code: 'yearTitle', args: [], detail: 'title names a year', weight: 1 });
      reportScore += 1;
    }
    const structured = extraction.blocks.filter((b) => STRUCTURE.test(squash(b.text))).length;
    if (structured >= 2) {
      reasons.push({
        signal: 'report',
        code: 'sections',
        args: [structured],
        detail: `${structured} numbered sections (一、 （一）)`,
        weight: 1,
      });
      reportScore += 1;
    }
    if (bodyCjk >= 800) {
      reasons.push({
        signal: 'report',
        code: 'longBody',
        args: [],
        detail: 'long body (800+ Chinese characters)',
        weight: 1,
      });
      reportScore += 1;
    }
  }
  const isReport = isGovernment && kind === 'article' && reportScore >= 4;
  if (isReport) kind = 'report';
  if (!isGovernment) kind = 'other';
  return { kind, isReport, isGovernment, score: Math.max(0, Math.min(1, reportScore / 6)), reasons };
}
