/**
 * Word tables for reading tables as data (core/table.ts): what a header says about the unit and
 * the measure of the cells under it, which cells are no figure at all, and which header words are
 * too generic to name a figure on their own.
 */

/** A cell that says "nothing here": `null` in the data, never 0 and never a figure. */
export const BLANK_CELL = /^(?:[/／\\]|[-－—–~～]+|×|无|空|——)$/;

/** A number as a table cell writes it: signed, thousands commas, decimals, a percent sign. */
export const NUMBER_CELL = /^([-−–﹣+＋]?)\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(%|％)?$/;

/** Header of a unit column: its cells give the unit of the figures in their row. */
export const UNIT_COLUMN = /^(?:计量)?单位$/;

/** Header of a row-number column: its cells are row numbers, not figures. */
export const INDEX_COLUMN = /^(?:序号|编号|排名|名次|序列)$/;

/** Header of a column of years or periods: its cells name the row (2023, 2024). */
export const PERIOD_COLUMN = /^(?:年份|年度|时间|日期|月份|季度|期间)$/;

/** A unit written in a header or caption: （万元）, (%), （单位：万元）, 单位：件. */
export const UNIT_IN_PARENS = /[（(]\s*(?:单位\s*[:：]\s*)?([^（）()：:，,]{1,6}?)\s*[)）]/g;
export const UNIT_LINE = /单位\s*[:：]\s*([^\s，,；;。)）]{1,6})/;

/** Header words that say the count's unit (件数 → 件): the unit, by the last word of the header. */
export const COUNT_WORDS: readonly (readonly [RegExp, string])[] = [
  [/项目数量$|项目数$|项数$/, '项'],
  [/件数$|件次$|(?:案件|申请|事项)数$/, '件'],
  [/人数$|人次$/, '人'],
  [/户数$/, '户'],
  [/个数$/, '个'],
  [/次数$/, '次'],
  [/家数$|企业数$/, '家'],
];

/** Headers of change columns (比上年增长（%）, 增速, ±%). */
export const CHANGE_HEADER = /增长|增速|增幅|增减|增\/减|同比|环比|比上年|较上年|比去年|较去年|比上年末|±/;
/** Headers of share columns (占比, 比重, 构成). */
export const SHARE_HEADER = /比重|占比|构成|份额/;
/** Headers of target columns (预期目标, 计划数). */
export const TARGET_HEADER = /目标|计划|预期/;
/** What a change column compares with. */
export const BASE_HEADER: readonly (readonly [RegExp, string])[] = [
  [/比上年末|较上年末/, '上年末'],
  [/同比/, '上年同期'],
  [/比上年|较上年|比去年|较去年/, '上年'],
];

/** Header words that name nothing on their own: the header above them goes first (其他处理·其他). */
export const GENERIC_HEADS = new Set([
  '其他',
  '其它',
  '总计',
  '合计',
  '小计',
  '结果维持',
  '结果纠正',
  '其他结果',
  '尚未审结',
  '数量',
  '金额',
  '数值',
  '数据',
  '本年',
  '上年',
  '增长',
  '增速',
  '比上年增长',
  '比上年增减',
  '同比增长',
  '占比',
  '比重',
  '绝对数',
  '本期',
  '累计',
]);

/**
 * Numbering at the start of a header (一、 （三） 1. (2) ①): the row's place in the format, not its
 * name. 第二十条第（一）项 is a name and is kept.
 */
export const HEAD_NUMBERING =
  /^(?:其中\s*[:：]|[#＃]|[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+\s*[.、．)）](?!\d)|[①-⑳])\s*/;

/** Hedges a cell may put after its one figure (6左右, 4000以上, 4以内: a targets table's cells). */
export const CELL_HEDGE_TAIL = /(?:左右|以上|以内|以下|上下)$/;

/** Words a cell may put before its one figure (增长4.9%, 下降8.4%, 约30%): the cell is still a number. */
export const CELL_PREFIX = /^(?:增长|上升|提高|增加|下降|减少|降低|回落|约|近|超|逾|达)/;
/** Of those, the ones that say the change goes down. */
export const CELL_DOWN = /^(?:下降|减少|降低|回落)/;
/** Of those, the ones that make a change figure whatever the header says. */
export const CELL_CHANGE = /^(?:增长|上升|提高|增加|下降|减少|降低|回落)/;
