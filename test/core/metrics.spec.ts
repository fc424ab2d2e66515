/**
 * Every example in the tables of spec/metrics.md, each in a sentence as a report would write it.
 */
import { describe, expect, it } from 'vitest';
import { findMetrics } from '../../core/metrics';

type Want = [phrase: string, value: number, unit: string, approx?: boolean];

/** Included: the spec's "Included" table, row by row. */
const INCLUDED: Record<string, Want[]> = {
  'number + measure word': [
    ['出具法律意见104份', 104, '份'],
    ['执法抽查7次', 7, '次'],
    ['建议提案63件', 63, '件'],
    ['为1070家企业兑现', 1070, '家'],
    ['受理35460宗', 35460, '宗'],
    ['办理19211个', 19211, '个'],
    ['购置设备53台(套)', 53, '台(套)'],
    ['购置设备53台（套）', 53, '台(套)'],
  ],
  'compound measure words': [
    ['培训566人次', 566, '人次'],
    ['服务企业超1100家次', 1100, '家次', true],
    ['检测79台次', 79, '台次'],
    ['压缩至1个工作日', 1, '个工作日'],
    ['志愿服务13104小时', 13104, '小时'],
    // Days after a decimal (a date's day never has one), bed-days and calls.
    ['出院者平均住院日为8.2日', 8.2, '日'],
    ['医师日均担负住院1.9床日', 1.9, '床日'],
    ['热线接听来电41.6万通', 416000, '通'],
    ['划分为5大类', 5, '大类'],
    ['全年火化遗体3.12万具', 31200, '具'],
    ['为80周岁以上老人发放补贴', 80, '周岁', true],
    // 约 and 近 that end a word are no hedge.
    ['重点人群签约12.36万人', 123600, '人', false],
    ['节约资金30万元', 300000, '元', false],
    ['资金池总规模大约2亿元', 200000000, '元', true],
  ],
  money: [
    ['兑现扶持资金9.17亿元', 917000000, '元'],
    ['新增5320万元资金', 53200000, '元'],
    ['完成投资36.4亿元', 3640000000, '元'],
    ['资金池总规模约2亿元', 200000000, '元', true],
    ['项目获2.5亿超长期国债支持', 250000000, '元'],
  ],
  '万 / 亿 on counts': [
    ['新增2.05万个', 20500, '个'],
    ['覆盖123.5万户', 1235000, '户'],
    ['编印口袋书1.5万本', 15000, '本'],
    ['发送短信210余万条', 2100000, '条', true],
    ['参与12万人次', 120000, '人次'],
  ],
  percentages: [
    ['办结率达99.69%', 99.69, '%'],
    ['增长10.8%', 10.8, '%'],
    ['实办率100%', 100, '%'],
    ['实现“三个100%”', 100, '%'],
    ['占全省30%', 30, '%'],
  ],
  'other physical units': [
    ['带宽达到25T', 25, 'T'],
    ['发放1500余份', 1500, '份', true],
    ['产量12.6万吨', 126000, '吨'],
    ['印制4415张', 4415, '张'],
  ],
  'per-mille and percentage points': [
    ['出生率为9.56‰', 9.56, '‰'],
    ['提高0.02个百分点', 0.02, '个百分点'],
  ],
  'other currencies': [
    ['进出口82479.3万美元', 824793000, '美元'],
    ['均价83.8元', 83.8, '元'],
  ],
  'compound units with a multiplier': [
    ['旅客1480万人次', 14800000, '人次'],
    ['周转量18.6万吨公里', 186000, '吨公里'],
  ],
  'value rules': [
    ['为1,070家企业', 1070, '家'],
    ['播种48.4千公顷', 48.4, '千公顷'],
    ['装机33.7万千瓦', 337000, '千瓦'],
    ['出具法律意见书共40余份', 40, '份', true],
    ['约2亿元', 200000000, '元', true],
    ['近3000件', 3000, '件', true],
    ['逾200家', 200, '家', true],
    ['8名以上', 8, '名', true],
    ['30%左右', 30, '%', true],
    ['30多家', 30, '家', true],
    ['11000多万元', 110000000, '元', true],
    ['1万余次', 10000, '次', true],
    ['超过2000亿元', 200000000000, '元', true],
    ['累计5人', 5, '人', false],
    ['共63件', 63, '件', false],
    ['达到25个', 25, '个', false],
    ['增长５．３％', 5.3, '%'],
    ['增长16.1 %', 16.1, '%'],
  ],
  'units seen on portal pages': [
    ['考核得分93.5分', 93.5, '分'],
    ['PM2.5年均浓度31微克/立方米', 31, '微克/立方米'],
    ['年降水量1482.3毫米', 1482.3, '毫米'],
    ['接种12.8万剂次', 128000, '剂次'],
    ['储备8.6万人份', 86000, '人份'],
  ],
};

/** Excluded: the spec's "Excluded" list. None of these may yield a metric. */
const EXCLUDED: string[] = [
  '2024年，全局上下',
  '于2025年2月11日印发',
  '9月底前完成',
  '发布时间：11:20',
  '《纲要（2021-2025年）》',
  '2023年9月1日--2024年8月31日',
  '3月28日印发',
  '实现5通1平',
  '2具有代表性',
  '采用8通道录音设备',
  '联系电话：022-63001533',
  '联系电话：3279800',
  '网站标识码1201160057',
  '津ICP备05004159号-2',
  '邮编300457',
  '国办发〔2017〕47号',
  '第十一条',
  '第11条',
  '“1+3+4”产业体系',
  '省委“1310”具体部署',
  '“1+6+3”工作安排',
  '加快5G建设',
  '“4·15”全民国家安全教育日',
  '“12·4”国家宪法日',
  '“5·17国际电信日”',
  '5.15前报送',
  '7.0版方案',
  '2.0版清单',
  '十九届四中全会',
  '“八五”普法',
  '工业200强企业',
  '三年行动计划',
  '一、年度工作开展情况',
  '(二)规范治理',
  '3.健全制度保障',
  'PM2.5浓度',
  'AAAA级景区',
  '索引号：11120000MB1957225N/2020-01234',
  '比例为8.7:48.5:42.8',
  '第3位',
  '臭氧日最大8小时平均值',
  '于11时20分召开',
  // A quoted name that opens with a figure, and the 圈 people reach in minutes or hours.
  '建成“15分钟便民生活圈”',
  '打造15分钟健身圈',
  '构建1小时经济圈',
];

describe('metrics: included examples from spec/metrics.md', () => {
  for (const [group, rows] of Object.entries(INCLUDED)) {
    it.each(rows)(`${group}: %s`, (phrase, value, unit, approx = false) => {
      const found = findMetrics(`报告期内，${phrase}，成效明显。`);
      expect(found).toHaveLength(1);
      expect(found[0].value).toBeCloseTo(value, 9);
      expect(found[0].unit).toBe(unit);
      expect(found[0].approx).toBe(approx);
    });
  }
});

describe('metrics: excluded examples from spec/metrics.md', () => {
  it.each(EXCLUDED)('%s', (phrase) => {
    expect(findMetrics(`报告期内，${phrase}，成效明显。`)).toEqual([]);
  });
});

describe('metrics: spans, kinds, labels', () => {
  it('reports offsets that slice back to the text', () => {
    const text = '全年，法律顾问出具法律意见书共40余份，办结率达99.69%，兑现资金9.17亿元。';
    const found = findMetrics(text);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['40余份', '99.69%', '9.17亿元']);
    expect(found.map((m) => m.text)).toEqual(['40余份', '99.69%', '9.17亿元']);
    expect(found.map((m) => m.kind)).toEqual(['count', 'percent', 'money']);
  });

  it('keeps offsets of full-width figures in the original text', () => {
    const text = '同比增长５．３％。';
    const [m] = findMetrics(text);
    expect(text.slice(m.start, m.end)).toBe('５．３％');
    expect(m.value).toBeCloseTo(5.3, 9);
  });

  it('labels what the figure counts', () => {
    const label = (t: string) => findMetrics(t)[0].label;
    expect(label('今年以来共为我局出具书面法律意见104份。')).toBe('书面法律意见');
    expect(label('累计为1070家企业兑现各级扶持资金。')).toBe('兑现各级扶持资金企业');
    expect(label('投诉办结率达99.69%。')).toBe('投诉办结率');
    expect(label('发放宣传资料1500余份。')).toBe('发放宣传资料');
  });

  it('classifies durations and hedges', () => {
    const [d] = findMetrics('审批时限压缩至1个工作日。');
    expect(d.kind).toBe('duration');
    const [h] = findMetrics('服务企业超1100家次。');
    expect(h.hedge).toBe('超');
    expect(h.text).toBe('超1100家次');
  });

  it('finds a figure twice when the text states it twice', () => {
    expect(findMetrics('审议事项148项。……审议事项148项。')).toHaveLength(2);
  });
});
