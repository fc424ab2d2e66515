/**
 * The 年报 dataset: one row per 政府信息公开工作年度报告, its standard tables flattened into stable
 * Chinese column names (本年新收·自然人, 行政复议·结果纠正, …), as researchers code them by hand.
 * The column list is the contract of the export: add columns, never rename them.
 */
import { type Disclosure, type Outcomes, requestRow } from '../core/disclosure';
import type { Clip } from '../storage/db';
import { type Cell, toCsv } from './csv';

/** The seven applicant columns, as the standard table names them. */
export const APPLICANTS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'] as const;

/** The requests table's rows: key in `disclosure.requests`, and the row's name in column headers. */
export const REQUEST_ROW_NAMES: readonly (readonly [string, string])[] = [
  ['newReceived', '本年新收'],
  ['carriedOver', '上年结转'],
  ['granted', '予以公开'],
  ['partlyGranted', '部分公开'],
  ['denied.stateSecret', '不予公开·属于国家秘密'],
  ['denied.prohibitedByLaw', '不予公开·其他法律行政法规禁止公开'],
  ['denied.threeSecurityOneStability', '不予公开·危及三安全一稳定'],
  ['denied.thirdPartyRights', '不予公开·保护第三方合法权益'],
  ['denied.internalAffairs', '不予公开·属于三类内部事务信息'],
  ['denied.processInformation', '不予公开·属于四类过程性信息'],
  ['denied.enforcementFiles', '不予公开·属于行政执法案卷'],
  ['denied.queryMatters', '不予公开·属于行政查询事项'],
  ['unableToProvide.notHeld', '无法提供·本机关不掌握相关政府信息'],
  ['unableToProvide.needsCreation', '无法提供·没有现成信息需要另行制作'],
  ['unableToProvide.unclearAfterCorrection', '无法提供·补正后申请内容仍不明确'],
  ['notProcessed.complaintOrPetition', '不予处理·信访举报投诉类申请'],
  ['notProcessed.repeated', '不予处理·重复申请'],
  ['notProcessed.publication', '不予处理·要求提供公开出版物'],
  ['notProcessed.massRepeated', '不予处理·无正当理由大量反复申请'],
  ['notProcessed.confirmation', '不予处理·要求行政机关确认或重新出具已获取信息'],
  ['otherHandling.noCorrection', '其他处理·逾期不补正'],
  ['otherHandling.feesUnpaid', '其他处理·逾期未缴纳费用'],
  ['otherHandling.other', '其他处理·其他'],
  ['total', '总计'],
  ['carriedForward', '结转下年度继续办理'],
];

const OUTCOMES = [
  ['upheld', '结果维持'],
  ['corrected', '结果纠正'],
  ['other', '其他结果'],
  ['pending', '尚未审结'],
  ['total', '总计'],
] as const;
const GROUPS = [
  ['review', '行政复议'],
  ['litigationDirect', '行政诉讼·未经复议直接起诉'],
  ['litigationAfterReview', '行政诉讼·复议后起诉'],
] as const;

/** Sum of a group's rows in the 总计 column (不予公开 = the eight reasons). Null when none is given. */
export function groupTotal(d: Disclosure, prefix: string): number | null {
  const rows = REQUEST_ROW_NAMES.filter(([k]) => k.startsWith(`${prefix}.`)).map(([k]) => requestRow(d, k)?.[6]);
  return rows.some((v) => v !== null && v !== undefined) ? rows.reduce<number>((s, v) => s + (v ?? 0), 0) : null;
}

interface Column {
  name: string;
  get(c: Clip, d: Disclosure): Cell;
}

const pro = (row: keyof Disclosure['proactive'], field: string, name: string): Column => ({
  name,
  get: (_c, d) => (d.proactive[row] as Record<string, number | null> | null)?.[field] ?? null,
});

/** Every column of the 年报 CSV, in order. */
export const DISCLOSURE_COLUMNS: readonly Column[] = [
  { name: '标题', get: (c) => c.title },
  { name: '发布机关', get: (c) => c.agency },
  { name: '报告年度', get: (c) => c.reportYear },
  { name: '发布日期', get: (c) => c.publishedAt },
  { name: '网址', get: (c) => c.url },
  { name: '格式', get: (_c, d) => d.format },
  { name: '核对未通过', get: (_c, d) => d.checks.filter((x) => !x.ok).length },
  {
    name: '核对未通过项',
    get: (_c, d) =>
      d.checks
        .filter((x) => !x.ok)
        .map((x) => `${x.rule} ${x.field}: ${x.detail}`)
        .join('; '),
  },
  pro('rules', 'issued', '规章·本年制发件数'),
  pro('rules', 'repealed', '规章·本年废止件数'),
  pro('rules', 'inForce', '规章·现行有效件数'),
  pro('normativeDocs', 'issued', '行政规范性文件·本年制发件数'),
  pro('normativeDocs', 'repealed', '行政规范性文件·本年废止件数'),
  pro('normativeDocs', 'inForce', '行政规范性文件·现行有效件数'),
  pro('licensing', 'decisions', '行政许可·本年处理决定数量'),
  pro('penalty', 'decisions', '行政处罚·本年处理决定数量'),
  pro('enforcement', 'decisions', '行政强制·本年处理决定数量'),
  pro('fees', 'amountWan', '行政事业性收费·本年收费金额（万元）'),
  ...REQUEST_ROW_NAMES.flatMap(([key, name]) =>
    APPLICANTS.map((a, i): Column => ({ name: `${name}·${a}`, get: (_c, d) => requestRow(d, key)?.[i] ?? null })),
  ),
  ...GROUPS.flatMap(([g, gname]) =>
    OUTCOMES.map(
      ([o, oname]): Column => ({ name: `${gname}·${oname}`, get: (_c, d) => (d[g] as Outcomes | null)?.[o] ?? null }),
    ),
  ),
];

/** The clips that hold a 年报's tables. */
export function disclosureClips(clips: readonly Clip[]): (Clip & { disclosure: Disclosure })[] {
  return clips.filter((c): c is Clip & { disclosure: Disclosure } => !!c.disclosure);
}

/** The 年报 dataset as CSV (UTF-8 with BOM for Excel, CRLF), one row per report. */
export function disclosureCsv(clips: readonly Clip[]): string {
  const rows = disclosureClips(clips).map((c) => DISCLOSURE_COLUMNS.map((col) => col.get(c, c.disclosure)));
  return toCsv(
    DISCLOSURE_COLUMNS.map((c) => c.name),
    rows,
  );
}
