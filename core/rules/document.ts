/**
 * Patterns for titles, agencies and dates on Chinese government pages.
 */

/** Words that end the name of a government body (江门市工业和信息化局, 天津市滨海新区人民政府). */
export const ORG_SUFFIX =
  /(人民政府|政府|委员会|办公室|办公厅|局|委|办|厅|院|署|部|中心|研究室|管理处|处|所|站|队|会|法院|检察院|公司|集团)$/;

/**
 * What a name of a body never holds: verbs of a data-sources note (来自, 提供), words of a note
 * or a welcome line, or the report talking about itself (本公报中财政数据来自市财政局, 欢迎访问…).
 */
export const NOT_ORG =
  /来自|提供|数据|资料|公报|报告|根据|按照|欢迎|访问|光临|注[:：]|说明|^本|^注|^据|^由|^经|均为|以上|以下/;

/** Separators between a page title and the portal's name in <title>. */
export const TITLE_SEPARATORS = /\s*(?:[_|｜]|\s[-–—]\s|[-–—]{1,2}(?=[^\d]))\s*/;

/** Suffixes that mark a <title> segment as the portal's name rather than the document's. */
export const SITE_NAME_HINT = /(门户网站|政府网站|网站|网|人民政府|政府|局|委员会|委|厅|办公室|中心)$/;

/** Title endings that make an article a report (报告, 公报, 年报, 白皮书, 工作总结). */
export const REPORT_WORDS = /(报告|公报|年报|白皮书|工作总结|年度总结|总结报告|发展报告|情况通报)/g;

/**
 * Title endings of notices and rules: articles that are not reports even when they mention one.
 * 意见 and 决定 name a document only as "…的意见" or at the very end, not inside 法律意见书 or 决定书.
 */
export const NOTICE_WORDS =
  /(通知|公告|通告|函|批复|征求意见稿|的意见|意见$|的决定|决定$|办法|规定|细则|公示|启事|清单|目录|指南)/g;

/** Labels of the publication date on article pages. */
export const DATE_LABEL =
  /(?:发布时间|发布日期|成文日期|发文日期|日期|时间)\s*[:：]?\s*((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;

/** A signature date line (2024年12月4日). */
export const SIGNATURE_DATE = /^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;

/** Chinese-numeral dates in signatures (二〇二四年十二月四日). */
export const SIGNATURE_DATE_CN =
  /^([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/;

/** Dates in URLs of TRS and other CMSs (t20201230_5300001.html, /20250218/). */
export const URL_DATE = /(?:^|[/_t])((?:19|20)\d{2})[-/]?(0[1-9]|1[0-2])[-/]?(0[1-9]|[12]\d|3[01])(?=[/_.]|$)/;

/** Labels of the issuing body in 政府信息公开 tables and bylines. */
export const AGENCY_LABEL = /^(发文机关|发布机构|发文单位|发布单位|制发机关)[:：]?$/;
/** Where a name in a byline stops when spans run together (来源：某局浏览次数：…). */
const NAME_END = '(?=浏览|发布|时间|日期|作者|字体|点击|阅读|访问|责任编辑|编辑|来源|[^\\u4e00-\\u9fff（）()]|$)';
export const AGENCY_INLINE = new RegExp(
  `(?:发文机关|发布机构|发文单位|发布单位)\\s*[:：]\\s*([\\u4e00-\\u9fff（）()]{2,30}?)${NAME_END}`,
);
export const SOURCE_INLINE = new RegExp(
  `(?:来源|信息来源|文章来源)\\s*[:：]\\s*([\\u4e00-\\u9fff（）()]{2,30}?)${NAME_END}`,
);
export const HOST_INLINE = new RegExp(`主办单位\\s*[:：]\\s*([\\u4e00-\\u9fff（）()]{2,30}?)${NAME_END}`);
export const SITE_CODE_INLINE = /网站标识码\s*[:：]?\s*([A-Za-z0-9]{6,12})/;
