/**
 * The 政府信息公开工作年度报告 standard tables as data (spec/disclosure.md): which row and column
 * headers map to which key of `disclosure`. The 2019 and 2021 formats are rows of the same tables:
 * where the 2019 format names a row differently, both names are listed.
 */

/** A page that is a 政府信息公开工作年度报告 (or 政务公开 年度报告), by its title or opening text. */
export const ANNUAL_REPORT =
  /政府信息公开.{0,10}(?:年度报告|年报|工作报告)|政务公开.{0,10}(?:年度报告|年报)|信息公开(?:工作)?(?:年度报告|年报)/;

/** The seven applicant columns of the requests table, by the column's last header. */
export const APPLICANT_COLUMNS: readonly (readonly [RegExp, number])[] = [
  [/^自然人$/, 0],
  [/^商业企业$/, 1],
  [/^科研机构$/, 2],
  [/^社会公益组织$/, 3],
  [/^法律服务机构$/, 4],
  [/^其他$|^其它$|^其他组织$/, 5],
  [/^总计$|^合计$/, 6],
];

/** Rows of the requests table, by the row's last header (its parent for 其他). First match wins. */
export const REQUEST_ROWS: readonly { key: string; leaf: RegExp; parent?: RegExp }[] = [
  { key: 'newReceived', leaf: /本年新收/ },
  { key: 'carriedOver', leaf: /上年结转/ },
  { key: 'carriedForward', leaf: /结转下年度/ },
  { key: 'partlyGranted', leaf: /部分公开/ },
  { key: 'granted', leaf: /^予以公开$/ },
  { key: 'denied.stateSecret', leaf: /国家秘密/ },
  { key: 'denied.prohibitedByLaw', leaf: /法律.{0,2}行政法规禁止|法律法规禁止/ },
  { key: 'denied.threeSecurityOneStability', leaf: /三安全一稳定/ },
  { key: 'denied.thirdPartyRights', leaf: /第三方合法权益/ },
  { key: 'denied.internalAffairs', leaf: /内部事务/ },
  { key: 'denied.processInformation', leaf: /过程性信息/ },
  { key: 'denied.enforcementFiles', leaf: /行政执法案卷/ },
  { key: 'denied.queryMatters', leaf: /行政查询事项/ },
  { key: 'unableToProvide.notHeld', leaf: /不掌握/ },
  { key: 'unableToProvide.needsCreation', leaf: /另行制作/ },
  { key: 'unableToProvide.unclearAfterCorrection', leaf: /补正后/ },
  { key: 'notProcessed.complaintOrPetition', leaf: /信访|举报|投诉/ },
  { key: 'notProcessed.massRepeated', leaf: /大量反复/ },
  { key: 'notProcessed.repeated', leaf: /重复申请/ },
  { key: 'notProcessed.publication', leaf: /公开出版物/ },
  { key: 'notProcessed.confirmation', leaf: /确认或重新出具|重新出具/ },
  { key: 'otherHandling.noCorrection', leaf: /不补正/ },
  { key: 'otherHandling.feesUnpaid', leaf: /缴纳费用|收费通知/ },
  { key: 'otherHandling.other', leaf: /^其他$|^其它$/, parent: /其他处理/ },
  // The 2019 format has 其他处理 as one row without items.
  { key: 'otherHandling.other', leaf: /^其他处理$/ },
  { key: 'total', leaf: /^总计$|^合计$/ },
];

/** The result rows that add up to 总计 (（一）–（六）). */
export const RESULT_KEYS = [
  'granted',
  'partlyGranted',
  'denied.stateSecret',
  'denied.prohibitedByLaw',
  'denied.threeSecurityOneStability',
  'denied.thirdPartyRights',
  'denied.internalAffairs',
  'denied.processInformation',
  'denied.enforcementFiles',
  'denied.queryMatters',
  'unableToProvide.notHeld',
  'unableToProvide.needsCreation',
  'unableToProvide.unclearAfterCorrection',
  'notProcessed.complaintOrPetition',
  'notProcessed.repeated',
  'notProcessed.publication',
  'notProcessed.massRepeated',
  'notProcessed.confirmation',
  'otherHandling.noCorrection',
  'otherHandling.feesUnpaid',
  'otherHandling.other',
] as const;

/** Groups of the review and litigation table, by a header of the column's path. */
export const REVIEW_GROUPS: readonly (readonly [RegExp, 'review' | 'litigationDirect' | 'litigationAfterReview'])[] = [
  [/未经复议/, 'litigationDirect'],
  [/复议后起诉/, 'litigationAfterReview'],
  [/行政复议/, 'review'],
];
/** Columns of each group, by the column's last header. */
export const REVIEW_COLUMNS: readonly (readonly [RegExp, 'upheld' | 'corrected' | 'other' | 'pending' | 'total'])[] = [
  [/结果维持/, 'upheld'],
  [/结果纠正/, 'corrected'],
  [/其他结果/, 'other'],
  [/尚未审结/, 'pending'],
  [/总计|合计/, 'total'],
];

/** Rows of the proactive-disclosure table (第二十条), by the row header. */
export const PROACTIVE_ROWS: readonly (readonly [RegExp, string])[] = [
  [/^规章$/, 'rules'],
  [/^(?:行政)?规范性文件$/, 'normativeDocs'],
  [/^行政许可$/, 'licensing'],
  [/^行政处罚$/, 'penalty'],
  [/^行政强制$/, 'enforcement'],
  [/^行政事业性收费$/, 'fees'],
];
/** Columns of the proactive table, by the column header; 2019 names beside 2021 names. */
export const PROACTIVE_COLUMNS: readonly (readonly [RegExp, string])[] = [
  [/本年制发|本年新制作/, 'issued'],
  [/本年废止/, 'repealed'],
  [/现行有效|对外公开总数/, 'inForce'],
  [/处理决定数/, 'decisions'],
  [/收费金额/, 'amountWan'],
];

/** Signs of the 2021 format (2019 has neither 法律服务机构 nor 制发 / 废止 / 现行有效). */
export const FORMAT_2021 = /法律服务机构|本年制发|本年废止|现行有效|不补正|缴纳费用/;
/** Signs of the 2019 format. */
export const FORMAT_2019 = /本年新制作|本年新公开|对外公开总数|上一年项目数量/;
