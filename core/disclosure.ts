/**
 * The 政府信息公开工作年度报告 as one fixed structure (spec/disclosure.md): the page's table models
 * (core/table.ts) mapped by their row and column headers onto fixed keys (core/rules/disclosure.ts),
 * with the arithmetic the format implies checked and reported, never corrected.
 */
import {
  ANNUAL_REPORT,
  APPLICANT_COLUMNS,
  FORMAT_2019,
  FORMAT_2021,
  PROACTIVE_COLUMNS,
  PROACTIVE_ROWS,
  REQUEST_ROWS,
  RESULT_KEYS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
} from './rules/disclosure';
import { cleanHead, type DataCell, type TableModel } from './table';

/** Seven numbers: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计 (null where blank or absent). */
export type ApplicantRow = (number | null)[];

/** 结果维持 / 结果纠正 / 其他结果 / 尚未审结 / 总计 of one review or litigation group. */
export interface Outcomes {
  upheld: number | null;
  corrected: number | null;
  other: number | null;
  pending: number | null;
  total: number | null;
}

/** One arithmetic identity of the format, as the report's numbers meet it (or not). */
export interface DisclosureCheck {
  rule: 'row-total' | 'results-total' | 'requests-balance' | 'review-total';
  /** What was checked: a row key, a column, a group. */
  field: string;
  ok: boolean;
  /** The numbers, as `a + b = c` (or `≠`). */
  detail: string;
}

/** The 年报's standard tables as data. */
export interface Disclosure {
  format: '2021' | '2019';
  proactive: {
    rules: { issued: number | null; repealed: number | null; inForce: number | null } | null;
    normativeDocs: { issued: number | null; repealed: number | null; inForce: number | null } | null;
    licensing: { decisions: number | null } | null;
    penalty: { decisions: number | null } | null;
    enforcement: { decisions: number | null } | null;
    fees: { amountWan: number | null } | null;
  };
  requests: {
    newReceived: ApplicantRow | null;
    carriedOver: ApplicantRow | null;
    granted: ApplicantRow | null;
    partlyGranted: ApplicantRow | null;
    denied: Record<string, ApplicantRow | null>;
    unableToProvide: Record<string, ApplicantRow | null>;
    notProcessed: Record<string, ApplicantRow | null>;
    otherHandling: Record<string, ApplicantRow | null>;
    total: ApplicantRow | null;
    carriedForward: ApplicantRow | null;
  };
  review: Outcomes | null;
  litigationDirect: Outcomes | null;
  litigationAfterReview: Outcomes | null;
  checks: DisclosureCheck[];
}

const leafOf = (path: string[]) => cleanHead(path[path.length - 1] ?? '');
const parentOf = (path: string[]) => cleanHead(path[path.length - 2] ?? '');

/** The key of a requests-table row, or null. */
function requestKey(path: string[]): string | null {
  const leaf = leafOf(path);
  const parent = parentOf(path);
  for (const r of REQUEST_ROWS) if (r.leaf.test(leaf) && (!r.parent || r.parent.test(parent))) return r.key;
  return null;
}

/** The applicant column (0–6) of a requests-table cell, or -1. */
function applicantColumn(path: string[]): number {
  const leaf = leafOf(path);
  for (const [re, i] of APPLICANT_COLUMNS) if (re.test(leaf)) return i;
  return -1;
}

const allText = (t: TableModel) => t.cells.map((d) => `${d.rowPath.join('/')}|${d.colPath.join('/')}`).join('\n');

/** Which standard table this is, by its headers. */
export function standardTableKind(t: TableModel): 'requests' | 'review' | 'proactive' | null {
  const text = allText(t);
  if (/自然人|申请人情况/.test(text) && /本年新收|予以公开|总计/.test(text)) return 'requests';
  if (/行政复议/.test(text) && /行政诉讼|结果维持/.test(text)) return 'review';
  if (
    /第二十条|信息内容/.test(`${text}\n${t.caption}\n${t.sections.join('\n')}`) ||
    t.cells.some((d) =>
      /^(?:规章|(?:行政)?规范性文件|行政许可|行政处罚|行政强制|行政事业性收费)$/.test(leafOf(d.rowPath)),
    )
  )
    return /规章|规范性文件|行政许可|行政处罚|行政强制|行政事业性收费/.test(text) ? 'proactive' : null;
  return null;
}

/** Whether the page is a 政府信息公开工作年度报告, by its title and the start of its text. */
export function isAnnualDisclosureReport(title: string | null, text: string): boolean {
  return ANNUAL_REPORT.test(title ?? '') || ANNUAL_REPORT.test(text.slice(0, 300));
}

const sum = (xs: (number | null)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);
const fmt = (n: number) => String(Math.round(n * 1e6) / 1e6);

function setPath(obj: Record<string, unknown>, key: string, value: unknown): void {
  const [a, b] = key.split('.');
  if (b === undefined) obj[a] = value;
  else (obj[a] as Record<string, unknown>)[b] = value;
}
function getPath(obj: Record<string, unknown>, key: string): ApplicantRow | null {
  const [a, b] = key.split('.');
  const v = b === undefined ? obj[a] : (obj[a] as Record<string, unknown> | undefined)?.[b];
  return (v as ApplicantRow | null | undefined) ?? null;
}

/** One row of the requests table by its dotted key (newReceived, denied.stateSecret, …). */
export function requestRow(d: Disclosure, key: string): ApplicantRow | null {
  return getPath(d.requests as unknown as Record<string, unknown>, key);
}

/**
 * Read `disclosure` from the page's tables; null unless the page is a 年报 with at least one
 * standard table.
 */
export function readDisclosure(title: string | null, text: string, tables: readonly TableModel[]): Disclosure | null {
  const kinds = tables.map(standardTableKind);
  if (!kinds.some(Boolean)) return null;
  // A page is a 年报 by its title, or by the requests table itself (a title that says only 工作报告).
  if (!isAnnualDisclosureReport(title, text) && !kinds.includes('requests')) return null;
  const headers = tables
    .filter((_, i) => kinds[i])
    .map(allText)
    .join('\n');
  const format: Disclosure['format'] = FORMAT_2021.test(headers) ? '2021' : FORMAT_2019.test(headers) ? '2019' : '2021';

  const requests: Disclosure['requests'] = {
    newReceived: null,
    carriedOver: null,
    granted: null,
    partlyGranted: null,
    denied: {
      stateSecret: null,
      prohibitedByLaw: null,
      threeSecurityOneStability: null,
      thirdPartyRights: null,
      internalAffairs: null,
      processInformation: null,
      enforcementFiles: null,
      queryMatters: null,
    },
    unableToProvide: { notHeld: null, needsCreation: null, unclearAfterCorrection: null },
    notProcessed: {
      complaintOrPetition: null,
      repeated: null,
      publication: null,
      massRepeated: null,
      confirmation: null,
    },
    otherHandling: { noCorrection: null, feesUnpaid: null, other: null },
    total: null,
    carriedForward: null,
  };
  const proactive: Disclosure['proactive'] = {
    rules: null,
    normativeDocs: null,
    licensing: null,
    penalty: null,
    enforcement: null,
    fees: null,
  };
  const groups: Record<'review' | 'litigationDirect' | 'litigationAfterReview', Outcomes | null> = {
    review: null,
    litigationDirect: null,
    litigationAfterReview: null,
  };
  const req = requests as unknown as Record<string, unknown>;
  const put = (d: DataCell, key: string, col: number) => {
    let row = getPath(req, key);
    if (!row) {
      row = [null, null, null, null, null, null, null];
      setPath(req, key, row);
    }
    if (row[col] === null) row[col] = d.value;
  };

  tables.forEach((t, i) => {
    const kind = kinds[i];
    if (!kind) return;
    for (const d of t.cells) {
      if (kind === 'requests') {
        const key = requestKey(d.rowPath);
        const col = applicantColumn(d.colPath);
        if (key && col >= 0) put(d, key, col);
      } else if (kind === 'review') {
        const path = d.colPath.map(cleanHead).join('/');
        const group = REVIEW_GROUPS.find(([re]) => re.test(path))?.[1];
        const col = REVIEW_COLUMNS.find(([re]) => re.test(leafOf(d.colPath)))?.[1];
        if (!group || !col) continue;
        groups[group] ??= { upheld: null, corrected: null, other: null, pending: null, total: null };
        const g = groups[group] as Outcomes;
        if (g[col] === null) g[col] = d.value;
      } else {
        const row = PROACTIVE_ROWS.find(([re]) => re.test(leafOf(d.rowPath)))?.[1];
        const col = PROACTIVE_COLUMNS.find(([re]) => re.test(cleanHead(d.colPath.join(''))))?.[1];
        if (!row || !col) continue;
        const p = proactive as unknown as Record<string, Record<string, number | null> | null>;
        if (row === 'rules' || row === 'normativeDocs') {
          if (col !== 'issued' && col !== 'repealed' && col !== 'inForce') continue;
          p[row] ??= { issued: null, repealed: null, inForce: null };
        } else if (row === 'fees') {
          if (col !== 'amountWan') continue;
          p[row] ??= { amountWan: null };
        } else {
          if (col !== 'decisions') continue;
          p[row] ??= { decisions: null };
        }
        const target = p[row] as Record<string, number | null>;
        if (target[col] === null) target[col] = d.value;
      }
    }
  });
  // The 2019 format has no 法律服务机构 column: null, never 0.
  return {
    format,
    proactive,
    requests,
    review: groups.review,
    litigationDirect: groups.litigationDirect,
    litigationAfterReview: groups.litigationAfterReview,
    checks: checksOf(requests, groups),
  };
}

const COLUMN_NAMES = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];

/** The format's arithmetic, checked on the numbers as the report gives them. */
function checksOf(requests: Disclosure['requests'], groups: Record<string, Outcomes | null>): DisclosureCheck[] {
  const out: DisclosureCheck[] = [];
  const req = requests as unknown as Record<string, unknown>;
  const rowKeys = ['newReceived', 'carriedOver', ...RESULT_KEYS, 'total', 'carriedForward'];
  const eq = (parts: (number | null)[], total: number) => Math.abs(sum(parts) - total) < 1e-6;
  const line = (parts: (number | null)[], total: number, ok: boolean, joiner = ' + ') =>
    `${parts.map((p) => fmt(p ?? 0)).join(joiner)} ${ok ? '=' : '≠'} ${fmt(total)}`;
  // Each row's 总计 is the sum of its six columns.
  for (const key of rowKeys) {
    const row = getPath(req, key);
    if (!row || row[6] === null || row.slice(0, 6).every((v) => v === null)) continue;
    const parts = row.slice(0, 6);
    const ok = eq(parts, row[6]);
    out.push({ rule: 'row-total', field: key, ok, detail: line(parts, row[6], ok) });
  }
  // 总计 (（七）) is the sum of （一）–（六）, column by column.
  const total = requests.total;
  if (total) {
    for (let c = 0; c < 7; c++) {
      if (total[c] === null) continue;
      const parts = RESULT_KEYS.map((k) => getPath(req, k)?.[c] ?? null);
      if (parts.every((p) => p === null)) continue;
      const ok = eq(parts, total[c] as number);
      const s = sum(parts);
      out.push({
        rule: 'results-total',
        field: COLUMN_NAMES[c],
        ok,
        detail: `（一）至（六）之和 ${fmt(s)} ${ok ? '=' : '≠'} 总计 ${fmt(total[c] as number)}`,
      });
    }
  }
  // 本年新收 + 上年结转 = 总计 + 结转下年度.
  const { newReceived: n, carriedOver: o, carriedForward: f } = requests;
  if (n && total) {
    for (let c = 0; c < 7; c++) {
      if (n[c] === null || total[c] === null) continue;
      const left = (n[c] ?? 0) + (o?.[c] ?? 0);
      const right = (total[c] ?? 0) + (f?.[c] ?? 0);
      const ok = Math.abs(left - right) < 1e-6;
      out.push({
        rule: 'requests-balance',
        field: COLUMN_NAMES[c],
        ok,
        detail: `${fmt(n[c] ?? 0)} + ${fmt(o?.[c] ?? 0)} ${ok ? '=' : '≠'} ${fmt(total[c] ?? 0)} + ${fmt(f?.[c] ?? 0)}`,
      });
    }
  }
  // Each review or litigation 总计 is the sum of its four outcomes.
  for (const [name, g] of Object.entries(groups)) {
    if (!g || g.total === null) continue;
    const parts = [g.upheld, g.corrected, g.other, g.pending];
    if (parts.every((p) => p === null)) continue;
    const ok = eq(parts, g.total);
    out.push({ rule: 'review-total', field: name, ok, detail: line(parts, g.total, ok) });
  }
  return out;
}
