/**
 * Word lists for the scanner's clauses and for where a noun phrase ends (the clause reader's
 * tables are in rules/clause.ts).
 */

/** Verbs and function words that end a noun phrase (出具|法律意见书, 1070家企业|兑现). */
export const LABEL_BREAKERS = [
  '进行',
  '开展',
  '参加',
  '参与',
  '配备',
  '完成',
  '实现',
  '提供',
  '组成',
  '入围',
  '建立',
  '使用',
  '发放',
  '发送',
  '举办',
  '组织',
  '出具',
  '提出',
  '办理',
  '受理',
  '审查',
  '抽查',
  '通过',
  '纳入',
  '覆盖',
  '涉及',
  '获得',
  '兑现',
  '编印',
  '制定',
  '修订',
  '审议',
  '调整',
  '公布',
  '梳理',
  '形成',
  '推出',
  '聘请',
  '培训',
  '考核',
  '刊发',
  '处理',
  '化解',
  '接待',
  '答复',
  '回复',
  '收到',
  '新增',
  '减少',
  '达到',
  '累计',
  '合计',
  '共计',
  '总计',
  '其中',
  '分别',
  '全年',
  '今年以来',
  '以来',
  '共',
  '对',
  '为',
  '向',
  '从',
  '于',
  '将',
  '把',
  '由',
  '被',
  '给',
  '获',
  '达',
  '有',
  '是',
  '在',
  '和',
  '及',
  '与',
  '的',
  '等',
  '均',
  '已',
];

const codes = (s: string): ReadonlySet<number> => new Set([...s].map((c) => c.charCodeAt(0)));

/** Clause delimiters (Chinese and ASCII), quotes and brackets included: the tight clause. */
export const CLAUSE_DELIMS = codes('，。；！？、：,;!?:\n“”"《》（）()');

/** Chinese-numeral phrases that precede a figure without naming it (三个100%). */
export const NUMERAL_CHARS = '一二三四五六七八九十两';
export const NUMERAL_PHRASE = new RegExp(`[“"]?[${NUMERAL_CHARS}]+个?[“"]?$`);

/** Sentence delimiters. */
export const SENTENCE_DELIMS = codes('。！？!?\n');
