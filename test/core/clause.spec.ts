/**
 * What each figure says (spec/metrics.md): every row of the spec's examples table, and the clause
 * patterns the reader is built on (subject carried forward, 分别 lists, 其中, bases, shares,
 * targets, labels that never hold digits or footnote markers nor start mid-word).
 */
import { describe, expect, it } from 'vitest';
import { cleanLabel, listItems } from '../../core/clause';
import { findMetrics } from '../../core/metrics';

const read = (sentence: string) =>
  findMetrics(sentence).map((m) => ({
    figure: m.text,
    label: m.label,
    indicator: m.indicator,
    measure: m.measure,
    direction: m.direction,
    base: m.base,
    target: m.target,
  }));

/** The spec's table: sentence, figure, label, indicator, measure, direction, base, target. */
const SPEC: [string, string, string, string, string, string | null, string | null, boolean][] = [
  ['全年实现生产总值262.6亿元，同比增长5.3%', '262.6亿元', '生产总值', '生产总值', 'level', null, null, false],
  ['全年实现生产总值262.6亿元，同比增长5.3%', '5.3%', '生产总值增速', '生产总值', 'change', 'up', '上年同期', false],
  ['谷物种植面积下降0.4%', '0.4%', '谷物种植面积下降', '谷物种植面积', 'change', 'down', null, false],
  [
    '城镇化率为62.1%，比上年末提高0.61个百分点',
    '0.61个百分点',
    '城镇化率提高',
    '城镇化率',
    'change',
    'up',
    '上年末',
    false,
  ],
  [
    '全年城镇新增就业3892人，比上年减少1119人',
    '1119人',
    '城镇新增就业比上年减少',
    '城镇新增就业',
    'change',
    'down',
    '上年',
    false,
  ],
  [
    '非公有制经济增加值188.99亿元，占GDP的比重为72.0%',
    '72.0%',
    '非公有制经济增加值占GDP比重',
    '非公有制经济增加值',
    'share',
    null,
    null,
    false,
  ],
  [
    '审核各类规范性文件226件，提出法律审核意见615条',
    '615条',
    '法律审核意见',
    '法律审核意见',
    'level',
    null,
    null,
    false,
  ],
  ['全年预期目标：地区生产总值增长5%左右', '5%左右', '地区生产总值增速', '地区生产总值', 'change', 'up', null, true],
];

describe('the spec examples table', () => {
  it.each(SPEC)('%s → %s', (sentence, figure, label, indicator, measure, direction, base, target) => {
    const got = read(`${sentence}。`).find((m) => m.figure === figure);
    expect(got).toEqual({ figure, label, indicator, measure, direction, base, target });
  });
});

describe('clause reading', () => {
  it('carries the subject forward to the change figures after it', () => {
    const r = read('全年粮食总产量32.6万吨，增产2.1%；规模以上工业企业实现营业收入512.3亿元，增长7.2%。');
    expect(r.map((m) => [m.indicator, m.measure, m.direction])).toEqual([
      ['粮食总产量', 'level', null],
      ['粮食总产量', 'change', 'up'],
      ['规模以上工业企业营业收入', 'level', null],
      ['规模以上工业企业营业收入', 'change', 'up'],
    ]);
  });

  it('gives each item of a 分别 list its own indicator, also for the changes after it', () => {
    const r = read('第一、二、三产业对经济增长的贡献率分别为6.9%、49.9%和43.2%。');
    expect(r.map((m) => m.label)).toEqual([
      '第一产业对经济增长的贡献率',
      '第二产业对经济增长的贡献率',
      '第三产业对经济增长的贡献率',
    ]);
    const s = read('城镇和农村居民人均可支配收入分别为41235元和21036元，分别增长4.9%和6.8%。');
    expect(s.map((m) => [m.indicator, m.measure])).toEqual([
      ['城镇居民人均可支配收入', 'level'],
      ['农村居民人均可支配收入', 'level'],
      ['城镇居民人均可支配收入', 'change'],
      ['农村居民人均可支配收入', 'change'],
    ]);
  });

  it('narrows the subject with 其中', () => {
    const r = read('年末常住人口50.12万人，比上年末减少0.31万人。其中，城镇常住人口25.83万人。');
    expect(r.map((m) => m.indicator)).toEqual(['常住人口', '常住人口', '城镇常住人口']);
    expect(r[1]).toMatchObject({ measure: 'change', direction: 'down', base: '上年末' });
  });

  it('reads bases as written', () => {
    const base = (s: string) => read(s).at(-1)?.base;
    expect(base('出口增长8%，比2021年增长12.5%。')).toBe('2021年');
    expect(base('社会消费品零售总额较上年同期增长5.9%。')).toBe('上年同期');
    expect(base('一般公共预算收入比上年增长3.1%。')).toBe('上年');
    expect(base('一般公共预算收入增长3.1%。')).toBeNull();
  });

  it('tells a new level (降至, 缩短至) from a change', () => {
    expect(read('承诺办结时限缩短至1个工作日。')[0]).toMatchObject({ label: '承诺办结时限', measure: 'level' });
    expect(read('局持证人员由原来的67人减少至61人。').map((m) => m.measure)).toEqual(['level', 'level']);
  });

  it('reads shares: 占…比重, 占比, 占全省', () => {
    const r = read('其中，工业投资增长12.3%，占全部投资的比重为35.6%。495个项目入围项目库（占全省30%）。');
    expect(r[1]).toMatchObject({
      label: '工业投资占全部投资比重',
      indicator: '工业投资',
      measure: 'share',
      direction: null,
    });
    expect(r[3]).toMatchObject({ label: '入围项目库项目占全省比重', measure: 'share' });
  });

  it('marks targets and plans, also for the figures after the target word', () => {
    const r = read('主要预期目标是：地区生产总值增长5%左右，城镇新增就业1.2万人以上，城镇调查失业率控制在5.5%以内。');
    expect(r.map((m) => [m.label, m.target])).toEqual([
      ['地区生产总值增速', true],
      ['城镇新增就业', true],
      ['城镇调查失业率', true],
    ]);
    expect(read('力争完成固定资产投资200亿元。')[0].target).toBe(true);
    expect(read('全年完成固定资产投资200亿元。')[0].target).toBe(false);
  });

  it('never labels with a verb, a scope or a generic noun alone', () => {
    const labels = (s: string) => read(s).map((m) => m.label);
    expect(labels('2024年受理行政复议案件1423件，办结1006件。')).toEqual(['受理行政复议案件', '行政复议案件办结']);
    expect(labels('成功调解案件15820件，涉及金额1.33亿元。')[1]).toBe('成功调解案件涉及金额');
    expect(labels('聚焦重点任务对31家单位进行实地巡察。')).toEqual(['实地巡察单位']);
    expect(labels('组织全区1280人次参加公共法律知识考试。')).toEqual(['参加公共法律知识考试']);
  });

  it('never cuts a label mid-word', () => {
    const labels = (s: string) => read(s).map((m) => m.label);
    expect(labels('开展联合抽查，抽取对象1759个。')).toEqual(['抽取对象']);
    expect(labels('考试及格率为100%。')).toEqual(['考试及格率']);
    expect(labels('全年规模以上工业增加值比上年增长6.1%。')).toEqual(['规模以上工业增加值增速']);
  });

  it('keeps digits, punctuation and footnote markers out of labels', () => {
    expect(cleanLabel('地区生产总值[2]')).toBe('地区生产总值');
    expect(cleanLabel('“高效办成一件事”主题场景')).toBe('高效办成一件事主题场景');
    expect(cleanLabel('PM2.5平均浓度')).toBe('PM2.5平均浓度');
    expect(read('全年地区生产总值[2]262.6亿元。')[0].label).toBe('地区生产总值');
    for (const m of read('全县PM2.5平均浓度为32微克/立方米，比上年下降5.9%；2024年万载县接待游客1200万人次。')) {
      expect(cleanLabel(m.label)).toBe(m.label);
      expect(m.label).not.toMatch(/^年/);
    }
  });

  it('reads net changes and cuts as changes, and a change in points after a share as the share’s', () => {
    const [, net] = read('规上工业企业达到186家，净增21家。');
    expect(net).toMatchObject({
      label: '规上工业企业净增',
      indicator: '规上工业企业',
      measure: 'change',
      direction: 'up',
    });
    expect(read('工程建设项目审批时限平均压缩62%。')[0]).toMatchObject({
      indicator: '工程建设项目审批时限',
      measure: 'change',
      direction: 'down',
    });
    expect(read('企业投资项目审批时间再压缩20%。')[0].indicator).toBe('企业投资项目审批时间');
    expect(read('企业开办时间压缩至1个工作日。')[0].measure).toBe('level');
    expect(read('工业生产者出厂价格比上年下降2.1%，降幅比上年收窄1.3个百分点。')[1]).toMatchObject({
      label: '工业生产者出厂价格降幅收窄',
      measure: 'change',
      direction: 'down',
      base: '上年',
    });
    const [, , pp] = read('服务业增加值增长5.9%，占地区生产总值比重达到48.3%，比上年提高0.7个百分点。');
    expect(pp).toMatchObject({ label: '服务业增加值占地区生产总值比重提高', measure: 'change', direction: 'up' });
  });

  it('carries the thing counted, not its verb, to the bare verbs after it', () => {
    const labels = (s: string) => read(s).map((m) => m.label);
    expect(
      labels('设立行政复议受理窗口，全年收到行政复议申请63件，受理58件；审结56件，其中纠错7件，纠错率12.5%。'),
    ).toEqual(['收到行政复议申请', '行政复议受理', '行政复议审结', '行政复议纠错', '行政复议纠错率']);
    // 调解成功 is a verb phrase; the 金额 after a rate belongs to what was mediated, not to the rate.
    expect(labels('共排查调解矛盾纠纷5862件，调解成功5741件，调解成功率97.9%，涉及金额1.33亿元。')).toEqual([
      '排查调解矛盾纠纷',
      '矛盾纠纷调解成功',
      '调解成功率',
      '矛盾纠纷涉及金额',
    ]);
  });

  it('names a rate by what the clause before did, and by the rate before it', () => {
    const labels = (s: string) => read(s).map((m) => m.label);
    expect(labels('组织全区1.2万余名国家工作人员参加网上学法用法考试，参考率达100%，合格率达99.8%。').slice(1)).toEqual(
      ['网上学法用法考试参考率', '网上学法用法考试合格率'],
    );
  });

  it('keeps durations, 有 and verbs that are nouns out of labels', () => {
    const labels = (s: string) => read(s).map((m) => m.label);
    expect(labels('行政机关负责人出庭应诉率达100%，已连续3年保持100%。')).toEqual([
      '行政机关负责人出庭应诉率',
      '行政机关负责人出庭应诉率',
    ]);
    expect(labels('年末全市共有普通高等学校6所，有效高新技术企业1268家。')).toEqual([
      '普通高等学校',
      '有效高新技术企业',
    ]);
    expect(labels('城镇调查失业率平均为5.1%。')).toEqual(['城镇调查失业率']);
    // 组织 after another verb is an organisation, not "organised …".
    expect(labels('全区建成人民调解组织126个。')).toEqual(['建成人民调解组织']);
    expect(labels('区政府法律顾问团出具法律意见104份。')).toEqual(['法律意见']);
  });

  it('reads 其中 parts, wholes named by 中, plans and the object of a light verb', () => {
    const labels = (s: string) => read(s).map((m) => m.label);
    expect(labels('全市居民恩格尔系数为28.7%，其中农村居民为31.6%。')).toEqual([
      '居民恩格尔系数',
      '农村居民恩格尔系数',
    ]);
    expect(labels('一般公共预算支出中，民生支出占比为80.0%。')).toEqual(['民生支出占一般公共预算支出比重']);
    expect(labels('全年实施重点项目136个，完成投资215亿元。')).toEqual(['实施重点项目', '重点项目投资']);
    const plan = read('计划实施重点项目150个以上。')[0];
    expect(plan).toMatchObject({ label: '实施重点项目', target: true });
    expect(labels('全年召开党组会议专题研究法治建设工作6次。')).toEqual(['党组会议专题研究法治建设']);
    expect(labels('全年对轻微违法行为不予处罚案件138件。')).toEqual(['不予处罚案件']);
    expect(labels('共发放贷款3462笔，合计贷款61.78亿元。')).toEqual(['发放贷款', '贷款']);
    // 地区 in 地区生产总值 is no scope before 累计.
    expect(labels('与2020年相比，全市地区生产总值累计增长32.6%。')).toEqual(['地区生产总值增速']);
    expect(labels('全年在安全生产领域累计出动执法人员1200人次。')).toEqual(['出动执法人员']);
  });

  it('splits list subjects into items', () => {
    expect(listItems('出口和进口', 2)).toEqual(['出口', '进口']);
    expect(listItems('沟通率、办复率、满意率', 3)).toEqual(['沟通率', '办复率', '满意率']);
    expect(listItems('出口和进口', 3)).toBeNull();
    // An item that holds 和 itself: 、 alone splits, and the last item's noun goes to all.
    expect(listItems('教育、社会保障和就业、卫生健康支出', 3)).toEqual([
      '教育支出',
      '社会保障和就业支出',
      '卫生健康支出',
    ]);
  });

  it('reads who did it once for the clauses that leave it out, and drops a relative clause naming who', () => {
    const labels = (s: string) => read(s).map((m) => m.label);
    expect(labels('全年规模以上工业企业实现营业收入652.47亿元，增长5.1%；实现利润总额38.92亿元，增长12.6%。')).toEqual([
      '规模以上工业企业营业收入',
      '规模以上工业企业营业收入增速',
      '规模以上工业企业利润总额',
      '规模以上工业企业利润总额增速',
    ]);
    expect(labels('全年具有资质等级的建筑业企业完成建筑业总产值186.3亿元。')).toEqual(['建筑业总产值']);
    // 超额 says how, not who: no one to carry.
    expect(labels('全年新开工保障性租赁住房1356套，超额完成年度计划1200套。')).toEqual([
      '新开工保障性租赁住房',
      '新开工保障性租赁住房年度计划',
    ]);
    expect(labels('实施区级重点项目156个，完成投资228.6亿元，完成年度计划的112.4%。')[2]).toBe(
      '区级重点项目投资完成年度计划',
    );
    // The parallel item of 各项存款余额 has the same who.
    expect(labels('年末全区金融机构本外币各项存款余额862.47亿元；各项贷款余额745.18亿元。')).toEqual([
      '金融机构本外币各项存款余额',
      '金融机构本外币各项贷款余额',
    ]);
    // Who, then when, then what was counted.
    expect(labels('“法治东浦”微信公众号全年推送普法信息1420条。')).toEqual(['法治东浦微信公众号推送普法信息']);
    expect(labels('县人民政府全年收到行政复议申请468件。')).toEqual(['收到行政复议申请']);
  });

  it('carries who did it only to clauses that open with the same verb, and only enterprises', () => {
    const labels = (s: string) => read(s).map((m) => m.label);
    expect(labels('全市规上工业实现增加值520亿元，增长7%；全市实现社会消费品零售总额860亿元。')[2]).toBe(
      '社会消费品零售总额',
    );
    expect(labels('农业实现增加值20亿元，增长3.5%；完成造林面积1.2万亩。')[2]).toBe('造林面积');
    expect(labels('全区首次实现外贸进出口总额突破100亿元，实现实际利用外资2.3亿美元。')[1]).toBe('实际利用外资');
    expect(labels('全县如期完成易地扶贫搬迁1200户，完成安置住房建设850套。')[1]).toBe('安置住房建设');
    // 全年 before a noun goes alone; the subject stays.
    expect(labels('城镇居民全年人均可支配收入48562元，增长4.8%。')).toEqual([
      '城镇居民人均可支配收入',
      '城镇居民人均可支配收入增速',
    ]);
    expect(labels('全区粮食全年总产量35.6万吨。')).toEqual(['粮食总产量']);
    expect(labels('区行政复议局全年新收行政复议申请286件。')).toEqual(['新收行政复议申请']);
  });

  it('keeps bounds, scopes and parallel items to what the sentence says', () => {
    const labels = (s: string) => read(s).map((m) => m.label);
    // A threshold after a scope alone bounds nothing the label can name.
    expect(labels('全市60岁以上的老人达12.5万人。')[1]).toBe('老人');
    expect(labels('辖区内共有中小学18所。')).toEqual(['中小学']);
    expect(labels('全街道辖区面积12.5平方公里。')).toEqual(['辖区面积']);
    // Another head noun after 各项 is no parallel item.
    expect(labels('年末金融机构各项存款余额862亿元，各项税收收入45亿元。')[1]).toBe('税收收入');
    // 翻新 keeps its 新 when the thing is carried.
    expect(labels('老旧小区翻新改造45个，完成32个。')[1]).toBe('老旧小区翻新完成');
    // The whole before a 其中 part does not outlive its sentence.
    expect(
      labels('全年新收行政复议案件500件，其中市本级新收120件。行政诉讼方面，其中一审应诉案件86件；审结80件。')[3],
    ).not.toContain('行政复议');
    expect(labels('建成“15分钟便民生活圈”32个，臭氧日最大8小时平均值浓度为150微克/立方米。')).toEqual([
      '建成便民生活圈',
      '臭氧日最大小时平均值浓度',
    ]);
  });

  it('reads words that end in a coverb’s character, adverbials and generic nouns of what came before', () => {
    const labels = (s: string) => read(s).map((m) => m.label);
    // 合同 ends in 同 but is no coverb; the amount is the contracts'.
    expect(labels('审查县政府合同142件，涉及合同金额38.7亿元。')).toEqual(['审查县政府合同', '县政府合同涉及金额']);
    // 依法 before a verb says how; the bare verb then takes the thing of the sentence.
    expect(labels('收到行政复议申请468件，依法受理431件。')).toEqual(['收到行政复议申请', '行政复议申请受理']);
    expect(labels('开展主题普法活动860余场次，受众约32万人次。')[1]).toBe('主题普法活动受众');
    expect(labels('新增规模以上工业企业46家，总数达到612家。')[1]).toBe('规模以上工业企业总数');
    expect(labels('计划实施区级重点项目160个，年度计划投资240亿元。')[1]).toBe('区级重点项目计划投资');
    expect(labels('组织开展政务公开业务培训3次，参训145人次。')[1]).toBe('政务公开业务参训');
    expect(labels('辖区9个社区均已设立政务公开栏。')).toEqual(['设立政务公开栏社区']);
    expect(labels('在31个行业大类中，有22个行业增加值实现增长。')[0]).toBe('行业大类');
  });

  it('marks every figure of a plan section as a target, and only there', () => {
    const text = [
      '一、2024年工作成效',
      '全年新增城镇学位2000个，审查县政府合同142件。',
      '二、2025年工作安排',
      '（一）坚持民生优先',
      '新增城镇学位2400个，新增养老床位200张。',
      '三、其他需要说明的事项',
      '全年接待来访群众86人次。',
    ].join('\n');
    expect(findMetrics(text).map((m) => [m.text, m.target])).toEqual([
      ['2000个', false],
      ['142件', false],
      ['2400个', true],
      ['200张', true],
      ['86人次', false],
    ]);
    expect(findMetrics('二、2025年工作目标和重点\n新建农村道路15公里。')[0].target).toBe(true);
    // 拟公开信息 names what is about to be published, not a plan figure.
    expect(findMetrics('全年审核拟公开信息612条。')[0].target).toBe(false);
    // A sub-heading of the results opens no plan section, and a top-level heading that runs on closes one.
    const review = ['一、2024年工作回顾', '（一）主要目标顺利实现', '新增城镇学位2000个。'].join('\n');
    expect(findMetrics(review)[0].target).toBe(false);
    const runOn = [
      '三、下一步工作计划',
      '新建农村道路15公里。',
      '四、党政主要负责人履行职责情况。全年主持召开专题会议12次。',
    ].join('\n');
    expect(findMetrics(runOn).map((m) => m.target)).toEqual([true, false]);
    // A heading of results is no plan: 2024年重点工作完成情况.
    expect(findMetrics('一、2024年重点工作完成情况\n新增城镇学位2000个。')[0].target).toBe(false);
    // 计划总投资 is what a project is planned to cost.
    expect(findMetrics('全年计划总投资5000万元以上的在建项目218个。')[1]).toMatchObject({
      label: '在建项目',
      target: false,
    });
  });

  it('reads what was done to each item of a coverb’s list, and a noun bounded by the figure before', () => {
    const labels = (s: string) => read(s).map((m) => m.label);
    expect(labels('对19个乡镇（街道）、42家县级部门开展法治建设专项督察。')).toEqual([
      '法治建设专项督察乡镇街道',
      '法治建设专项督察县级部门',
    ]);
    expect(labels('其中年经营性收入50万元以上的村达47个。')[1]).toBe('年经营性收入以上的村');
  });

  it('reads lists with 等, new verbs, relative clauses and rates of what was counted before', () => {
    const labels = (s: string) => read(s).map((m) => m.label);
    // With nothing after the figure, the list is what was counted; a head of 4+ characters alone names it.
    expect(labels('召开论证会、听证会、座谈会等56场。')).toEqual(['论证会听证会座谈会']);
    expect(labels('全年发放低保金、特困供养金等共计586.4万元。')).toEqual(['发放低保金特困供养金']);
    expect(labels('作出撤销、变更、确认违法和责令履行等纠错决定1861件。')).toEqual(['纠错决定']);
    // 新制定 is still a verb: it takes the thing of the sentence.
    expect(labels('审议通过省政府规章7件，其中新制定4件、修订3件。').slice(1)).toEqual([
      '省政府规章新制定',
      '省政府规章修订',
    ]);
    // A verb, a relative clause, its head noun.
    expect(labels('全年共收到各设区市政府、省政府部门报备的规范性文件652件，依法审查652件。')).toEqual([
      '收到规范性文件',
      '规范性文件审查',
    ]);
    // A list of verbs, a clause of 涉及 or 以…为, and a 的 after no verb keep the relative clause.
    expect(labels('废止、修订妨碍统一市场和公平竞争的文件3件。')).toEqual(['修订妨碍统一市场和公平竞争的文件']);
    expect(labels('审查涉及经营主体经济活动的政策措施27件。')).toEqual(['涉及经营主体经济活动的政策措施']);
    expect(labels('办理以区政府为被告的行政诉讼案件45件。')).toEqual(['办理以区政府为被告的行政诉讼案件']);
    // The verb before a list with 等 stays when the head names the thing.
    expect(labels('查处制假售假、侵犯知识产权等违法案件56件。')).toEqual(['查处违法案件']);
    expect(labels('城乡居民基本医疗保险参保人数达3.12万人，参保率达97.8%。')[1]).toBe('城乡居民基本医疗保险参保率');
    // What the verb did, after the list of figures it did it to.
    expect(labels('新铺设供水管网26公里，解决1350户、4200余人饮水不稳定问题。')[1]).toBe('解决饮水不稳定问题');
  });

  it('keeps the whole for the bare verbs after a 其中 part, and reads bases of earlier periods', () => {
    const labels = (s: string) => read(s).map((m) => m.label);
    expect(
      labels('全省共新收行政复议案件18436件，同比增长27.6%，其中省本级新收2105件；受理16902件，审结15877件。').slice(3),
    ).toEqual(['行政复议案件受理', '行政复议案件审结']);
    // The parts of a 其中 list after the first keep the whole too.
    expect(labels('全年受理各类案件820件，其中刑事案件320件，民事案件500件，办结800件。')[3]).toBe('各类案件办结');
    expect(read('全年固定资产投资比上年增长4.1%，增速比前三季度提高0.6个百分点。')[1]).toMatchObject({
      label: '固定资产投资增速提高',
      base: '前三季度',
      direction: 'up',
    });
  });

  it('tells a list of verbs and named levels from changes, and funds obtained from targets', () => {
    const r = read('全年取消、下放、调整行政权力事项136项。')[0];
    expect(r).toMatchObject({ measure: 'level', direction: null });
    expect(read('有22个行业增加值实现增长，增长面为71.0%。')[1]).toMatchObject({ label: '增长面', measure: 'level' });
    // 权责清单项目取消7项 is still a cut.
    expect(read('权责清单项目取消7项。')[0]).toMatchObject({ measure: 'change', direction: 'down' });
    expect(read('争取超长期特别国债资金6.8亿元。')[0].target).toBe(false);
    expect(read('争取实现地区生产总值增长6%。')[0].target).toBe(true);
    expect(read('争取新开工项目50个以上。')[0].target).toBe(true);
    expect(read('2025年拟出台地方性法规3部，拟印发规范性文件5件。').map((m) => m.target)).toEqual([true, true]);
    expect(read('对区政府拟签订的合同协议开展合法性审查146件。')[0].target).toBe(false);
  });

  it('gives a change the base its sentence gave: the change of the same thing before it, or 与…相比', () => {
    expect(read('年末失业保险参保人数682.34万人，比上年末增加18.92万人，增长2.9%。')[2]).toMatchObject({
      label: '失业保险参保人数增速',
      base: '上年末',
    });
    expect(read('与调整前相比，月最低工资标准提高180元，增长8.6%。').map((m) => m.base)).toEqual(['调整前', '调整前']);
    expect(read('与上年相比，粮食产量增长3%。')[0].base).toBe('上年');
    // Another thing's change names its own base, or none.
    expect(read('工业增加值比上年增长5%，服务业增加值增长6%。')[1].base).toBe(null);
    expect(read('一般公共预算收入17.35亿元，同口径增长6.8%。')[1]).toMatchObject({
      label: '一般公共预算收入增速',
      measure: 'change',
    });
  });

  it('names a rate of a verb by what was counted, not by the rate’s own clause', () => {
    const labels = (s: string) => read(s).map((m) => m.label);
    expect(labels('受理行政复议案件30件，办结率100%。')[1]).toBe('行政复议案件办结率');
    expect(labels('全年承办代表建议8件、委员提案11件，办结率均为100%。')[2]).not.toContain('率均');
    expect(labels('坚持应审尽审，对本局制发的3件规范性文件全部进行合法性审核，审核率达到100%。')[1]).toBe(
      '合法性审核率',
    );
    // Not of a verb phrase, nor with no light verb before the noun.
    expect(labels('发现问题并督促制定机关纠正34件，纠错率5.2%。')[1]).toBe('纠错率');
    expect(labels('全年承办代表建议8件，均按期办结，办结率100%。')[1]).not.toMatch(/^均/);
  });

  it('reads what an entity counted just before has, per-head amounts and lists of grades', () => {
    const labels = (s: string) => read(s).map((m) => m.label);
    expect(labels('全县建成医养结合机构6个，床位820张。')[1]).toBe('医养结合机构床位');
    expect(labels('年末全省共有各类人力资源服务机构2864家，从业人员3.92万人。')[1]).toBe('人力资源服务机构从业人员');
    expect(labels('全县共有托育服务机构21个，提供托位1650个。')[1]).toBe('托育服务机构提供托位');
    expect(labels('全年普通高等学校招生2.87万人，毕业生2.54万人。')[1]).toBe('普通高等学校毕业生');
    expect(labels('全市共有普通高中68所，在校学生12.35万人。')[1]).toBe('普通高中在校学生');
    // Not a 其中 list, and not a clause with its own verb.
    expect(labels('年末共有医疗卫生机构4862个，其中三级医院18个，卫生院20个。')[2]).toBe('卫生院');
    expect(labels('建成资源共享中心5个，全年开展远程会诊1.36万例。')[1]).toBe('远程会诊');
    expect(labels('基础养老金最低标准提高20元，达到每人每月183元。')[1]).toBe('基础养老金最低标准');
    expect(labels('全省月最低工资标准第一档、第二档、第三档分别为2280元/月、2150元/月、2020元/月。')).toEqual([
      '月最低工资标准第一档',
      '月最低工资标准第二档',
      '月最低工资标准第三档',
    ]);
  });

  it('cuts a long phrase where a word starts, and reads a ceiling reached as a result', () => {
    const label = read('对17件涉及经营主体经济活动的政策措施开展公平竞争审查。')[0].label;
    expect(label).toBe('涉及经营主体经济活动的政策措施');
    expect(read('办理公民、法人和其他组织提出的审查建议27件。')[0].label).toBe('审查建议');
    expect(read('出口退税平均办理时间压缩至1个工作日以内。')[0].target).toBe(false);
    expect(read('城镇登记失业率控制在4%以内。')[0].target).toBe(true);
  });

  it('reads a short title after a verb as what was counted, and what had to be done as done to the same thing', () => {
    const labels = (s: string) => read(s).map((m) => m.label);
    expect(labels('编印《南屏区人民政府公报》4期。')[0]).toBe('编印南屏区人民政府公报');
    expect(labels('印发《关于加强法治政府建设的实施意见》等文件5份。')[0]).toBe('印发文件');
    expect(labels('全年需办理申请295件，已办结281件。')[1]).toBe('申请办结');
    expect(labels('现行有效的行政规范性文件87件，全年废止4件、新制发12件。')[2]).toBe('现行有效的行政规范性文件新制发');
  });

  it('keeps the verb and the adverb before a figure out of its label (完成, 首次突破, 预计完成)', () => {
    const labels = (s: string) => read(s).map((m) => m.label);
    expect(labels('全市地区生产总值首次突破3000亿元，增长5.8%。')).toEqual(['地区生产总值', '地区生产总值增速']);
    expect(labels('全县地区生产总值完成286.4亿元。')).toEqual(['地区生产总值']);
    expect(labels('全区地区生产总值预计完成486.3亿元。')).toEqual(['地区生产总值']);
  });

  it('reads a year first estimated as a result, and a difference from an average as a change against it', () => {
    expect(read('全镇预计完成地区生产总值38.62亿元，同比增长5.8%。').map((m) => m.target)).toEqual([false, false]);
    expect(read('预计全年增长6%左右。')[0].target).toBe(true);
    expect(read('农村居民人均可支配收入24186元，增长6.7%，增速高于全县平均水平0.4个百分点。')[2]).toMatchObject({
      label: '农村居民人均可支配收入增速高于全县平均水平',
      indicator: '农村居民人均可支配收入增速',
      measure: 'change',
      direction: 'up',
      base: '全县平均水平',
    });
    // A bound is no comparison, and no part of the label.
    expect(read('制造业项目占比不低于60%。')[0]).toMatchObject({ label: '制造业项目占比', measure: 'share' });
  });

  it('reads a 分别 list whose last item goes the other way, and what is measured of every item', () => {
    const r = read(
      '幼儿园、小学、中等职业学校生均一般公共预算教育经费分别为12586元、15432元和20417元，分别比上年增长3.8%、4.2%和减少1.6%。',
    );
    expect(r.map((m) => m.label)).toEqual([
      '幼儿园生均一般公共预算教育经费',
      '小学生均一般公共预算教育经费',
      '中等职业学校生均一般公共预算教育经费',
      '幼儿园生均一般公共预算教育经费增速',
      '小学生均一般公共预算教育经费增速',
      '中等职业学校生均一般公共预算教育经费减少',
    ]);
    expect(r.map((m) => m.direction)).toEqual([null, null, null, 'up', 'up', 'down']);
    expect(
      read('招生2.22万人，在校生6.43万人，分别比上年增加0.07万人和减少0.03万人。').map((m) => m.direction),
    ).toEqual([null, null, 'up', 'down']);
    // An organisation that does what follows is what was counted, whole (人民调解委员会, not 人民).
    expect(read('全区186个人民调解委员会全年共排查调处矛盾纠纷2360件。')[0].label).toBe('人民调解委员会');
    // 组织 after a noun is the organisation, no coverb.
    expect(read('年末全市共有依法登记的社会组织3418个。')[0].label).toBe('依法登记的社会组织');
    // What an entity of a 其中 part has is its own.
    expect(read('其中，民办义务教育学校22所，在校生2.73万人。')[1].label).toBe('民办义务教育学校在校生');
  });

  it('splits quoted names of a 分别 list and gives them the head after the last, and reads a label in its frame', () => {
    expect(
      read('组织开展“税法进校园”“税法进企业”“税法进社区”活动分别为32场、57场和24场。').map((m) => m.label),
    ).toEqual(['税法进校园活动', '税法进企业活动', '税法进社区活动']);
    // Groups of what the figure right after counts.
    expect(read('细化分解5个方面28项重点任务，推出5大类126项便民举措。').map((m) => m.label)).toEqual([
      '重点任务方面',
      '重点任务',
      '便民举措大类',
      '便民举措',
    ]);
    expect(read('在全市纳税人满意度调查中，我局综合得分92.6分，比上年提高1.4分。').map((m) => m.label)).toEqual([
      '全市纳税人满意度调查综合得分',
      '全市纳税人满意度调查综合得分比上年提高',
    ]);
  });
});
