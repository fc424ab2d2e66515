import type { MetricKind } from '../types';

/**
 * Units and measure words (量词) that make a number a metric (spec/metrics.md). Longer forms come
 * first within each kind so that 人次 wins over 人 and 个工作日 over 个. 年, 月, 日, 号, 届, 点 and
 * 版 are deliberately absent: after a number they make dates, document numbers and names (日 after a
 * decimal is days: core/metrics.ts).
 */
export const UNITS: Readonly<Record<MetricKind, readonly string[]>> = {
  percent: ['个百分点', '百分点', '个千分点', '千分点', '%', '‰', '成'],
  money: ['美元', '欧元', '港元', '日元', '英镑', '元'],
  duration: ['个工作日', '个小时', '个月', '小时', '分钟', '工作日', '天', '周'],
  count: [
    '人次',
    '人份',
    '家次',
    '户次',
    '篇次',
    '台次',
    '件次',
    '批次',
    '车次',
    '架次',
    '场次',
    '台(套)',
    '台(件)',
    '台（件）',
    '台（套）',
    '个',
    '份',
    '件',
    '项',
    '家',
    '次',
    '名',
    '人',
    '条',
    '本',
    '户',
    '宗',
    '笔',
    '场',
    '期',
    '篇',
    '台',
    '套',
    '张',
    '所',
    '座',
    '处',
    '辆',
    '艘',
    '部',
    '批',
    '类',
    '起',
    '例',
    '位',
    '支',
    '只',
    '头',
    '株',
    '棵',
    '间',
    '栋',
    '册',
    '页',
    '封',
    '单',
    '轮',
    '种',
    '门',
    '届次',
    '块',
    '枚',
    '尾',
    '羽',
    '匹',
    '口',
    '眼',
    '盏',
    '箱',
    '瓶',
    '盒',
    '对',
    '剂次',
    '分',
    '卷',
    '岁',
    '倍',
    '床日',
    '大类',
    // Bodies cremated (火化遗体3.12万具); not 具有, 具体, 具备.
    '具',
    '周岁',
    // Calls (接听来电41.6万通); not 通道, 通过, 通知 and other words that open with 通.
    '通',
    '课时',
    '学时',
  ],
  other: [
    'μg/m³',
    'μg/m3',
    'mg/m³',
    'mg/m3',
    '微克/立方米',
    '毫克/立方米',
    '毫克/升',
    '分贝',
    '毫米',
    '厘米',
    '℃',
    '吨标准煤',
    '吨公里',
    '人公里',
    '千瓦时',
    '万千瓦时',
    '千瓦',
    '兆瓦',
    '吉瓦',
    '千公顷',
    '公顷',
    '平方公里',
    '平方千米',
    '平方米',
    '立方米',
    '标准箱',
    '公里',
    '千米',
    '千克',
    '公斤',
    '吨',
    '亩',
    '米',
    '度',
    'TEU',
    'Gbps',
    'Mbps',
    'MW',
    'kW',
    'GB',
    'TB',
    'PB',
    'km',
    'T',
  ],
};

/** Multipliers written after the number. 千 is not one: it belongs to 千瓦, 千公顷 (spec). */
export const MULTIPLIERS: readonly (readonly [string, number])[] = [
  ['万亿', 1e12],
  ['千万', 1e7],
  ['百万', 1e6],
  ['亿', 1e8],
  ['万', 1e4],
];

/** Hedge words written before the number (超1100家次, 约2亿元). 达/共/累计 do not hedge. */
// 不少于 is 以上 said before the number (培训不少于4次).
export const HEDGE_BEFORE: readonly string[] = ['不少于', '超过', '将近', '接近', '约', '近', '逾', '超'];
/** Characters before a one-character hedge that make it the end of a word (签约, 节约, 最近, 附近). */
export const HEDGE_WORD_ENDS: Readonly<Record<string, string>> = {
  约: '签节制履违预公合条邀特集简契规相缔',
  近: '最附邻临就靠贴',
};

/** Hedge words written right after the number or its multiplier (40余份, 210余万条, 1万余次). */
export const HEDGE_INNER: readonly string[] = ['余', '多'];

/** Hedge words written after the unit (8名以上, 30%左右). */
export const HEDGE_TAIL: readonly string[] = ['以上', '左右'];

/**
 * Words that make a bare 万/亿 a sum of money (“2.5亿超长期国债”): the spec gives such figures
 * the unit 元.
 */
export const MONEY_CONTEXT =
  /资金|国债|投资|贷款|收入|产值|增加值|税|营收|销售额|资产|金额|债券|补贴|补助|奖励|经费|融资|利润|费用|预算|支出|拨付|兑现|保费|基金/;

/**
 * Words that, right after a figure, make it part of the name of an indicator rather than a
 * result: 臭氧日最大8小时平均值 is a pollutant statistic's name (spec: names with numbers).
 */
export const NAME_FOLLOWERS = /^(平均值|平均浓度|滑动平均|均值)/;
/** What follows a duration in the name of an area people reach in that time (15分钟便民生活圈, 1小时经济圈). */
export const AREA_AFTER_DURATION = /^[\u4e00-\u9fff]{0,4}圈/;

/** Characters before a number that make 分 a clock time (11时20分), not a score. */
export const CLOCK_BEFORE = /[时点:]/;

/** Characters that, touching a number, make it part of a name or code (1+3+4, 4·15, PM2.5, 5G). */
export const GLUE_ALWAYS = /[A-Za-z0-9+·•_#~～@]/;
/** Characters that glue only between two digits (8.7:48.5, 2021-2025, 2024/12). */
export const GLUE_BETWEEN_DIGITS = /[.:\-/]/;

/**
 * Denominators of ratio units as statistical bulletins write them (元/人·月, 部/百人, 张/千人,
 * 元/吨): after a unit and a slash, the unit becomes the ratio. Longest first.
 */
export const RATIO_DENOMINATORS = [
  '人·月',
  '人·年',
  '人月',
  '百人',
  '千人',
  '万人',
  '平方米',
  '立方米',
  '千瓦时',
  '公斤',
  '千克',
  '公里',
  '小时',
  '万元',
  '人',
  '户',
  '亩',
  '吨',
  '天',
  '日',
  '月',
  '年',
  '次',
];

/** A unit followed by these is part of a word, not a unit: 75周年 is an anniversary. */
export const UNIT_NOT_BEFORE: Readonly<Record<string, readonly string[]>> = {
  周: ['年', '岁'],
  具: ['有', '体', '备'],
  // (Nor 5通1平, a slogan: a figure follows.)
  通: [
    '0',
    '1',
    '2',
    '3',
    '4',
    '5',
    '6',
    '7',
    '8',
    '9',
    '道',
    '过',
    '知',
    '信',
    '讯',
    '报',
    '用',
    '车',
    '航',
    '行',
    '关',
    '畅',
    '达',
    '办',
    '水',
    '电',
    '网',
    '气',
    '路',
    '则',
    '告',
    '览',
    '宵',
    '婚',
    '俗',
    '顺',
    '联',
    '勤',
    '识',
    '透',
    '向',
    '往',
    '常',
    '州',
    '化',
    '辽',
    '县',
    '江',
    '山',
    '城',
    '区',
  ],
  成: ['员', '果', '本', '立', '功', '效', '为', '熟', '交', '绩', '就', '长', '都', '品', '型', '分', '批', '套'],
};

/** Units that never follow a Chinese numeral as a measure: 十分 is "very", 一时 "for a while". */
export const CN_NUMERAL_NOT_UNITS: readonly string[] = [
  '分',
  '时',
  '度',
  '口',
  '门',
  '头',
  '对',
  '期',
  '批',
  '类',
  '单',
  '支',
  '起',
  '轮',
];

/** 成 after a numeral is tenths (三成, 1.2成): a share in percent's family. */
export const CN_PERCENT: readonly string[] = ['成'];
