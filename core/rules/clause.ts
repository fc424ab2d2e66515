/**
 * Word tables for reading what a figure says (spec/metrics.md, "What each figure says"): the
 * clause reader (core/clause.ts) is driven by these lists, not by special cases in code. Each
 * list says why it is there; the spec's examples table and the fixtures are their tests.
 */

/** Verbs of growth: a figure right after one is a change upwards (增长5.3%, 提高0.61个百分点). */
export const UP_VERBS = [
  '偏高',
  '偏多',
  '增长',
  '增加',
  '提高',
  '上升',
  '上涨',
  '增产',
  '扩大',
  '提升',
  '增收',
  '回升',
  '攀升',
  // A net change in a count (规上工业企业达到186家，净增21家).
  '净增',
  '净增加',
];

/** Verbs of decline (下降0.4%, 减少1119人); 取消 takes items off a list (取消7项). */
export const DOWN_VERBS = [
  '缩短',
  '偏低',
  '偏少',
  '下降',
  '减少',
  '降低',
  '回落',
  '下跌',
  '减产',
  '收窄',
  '缩小',
  '下滑',
  '减收',
  '取消',
  '压减',
  // Cuts in time, cost or paperwork as a share (审批时限平均压缩62%, 精简申请材料30%).
  '压缩',
  '削减',
  '缩减',
  '精简',
  '净减',
  '净减少',
];

/** No change (与上年持平). */
export const FLAT_VERBS = ['持平'];

/**
 * One-character forms that only count after a comparison (比上年多5个, 同比增3.2%, 下降 is
 * spelled out elsewhere): alone they are hedges (30多家) or parts of words.
 */
export const UP_SHORT = ['增', '多', '涨'];
export const DOWN_SHORT = ['降', '减', '少', '跌'];

/** Nouns of change: the figure after them is a rate of change (增速5%, 涨幅2%左右). */
export const CHANGE_NOUNS: readonly (readonly [string, 'up' | 'down'])[] = [
  ['增长率', 'up'],
  ['增速', 'up'],
  ['增幅', 'up'],
  ['涨幅', 'up'],
  ['降幅', 'down'],
];

/** Words that contain a verb of change but name a thing (增加值 is value added, not a rise). */
export const CHANGE_WORD_NOUNS = ['增加值', '增长点', '增长极', '增长面', '增量', '提升率', '降低率', '自然增长率'];

/**
 * Comparisons that name the base of a change, as written → the base reported. Longest first.
 * 同比 is "against the same period of last year" (spec).
 */
export const BASES: readonly (readonly [string, string])[] = [
  ['比上年同期', '上年同期'],
  ['较上年同期', '上年同期'],
  ['与上年同期相比', '上年同期'],
  ['比去年同期', '上年同期'],
  ['较去年同期', '上年同期'],
  // An earlier period of the same year (增速比前三季度提高0.6个百分点).
  ['比前三季度', '前三季度'],
  ['较前三季度', '前三季度'],
  ['比上半年', '上半年'],
  ['较上半年', '上半年'],
  ['比一季度', '一季度'],
  ['较一季度', '一季度'],
  ['同比', '上年同期'],
  ['比上年末', '上年末'],
  ['较上年末', '上年末'],
  ['比去年末', '上年末'],
  ['比年初', '年初'],
  ['较年初', '年初'],
  ['与上年相比', '上年'],
  ['比上年', '上年'],
  ['较上年', '上年'],
  ['比去年', '上年'],
  ['较去年', '上年'],
  ['比上月', '上月'],
  ['环比', '上期'],
  ['较常年', '常年'],
  ['比常年', '常年'],
];

/** Words of a share: the figure is a part of a whole (占GDP的比重, 占比, 占全省30%). */
export const SHARE_WORDS = ['比重', '占比', '份额'];
/** 占 as a verb of share, except in these words (占地面积 is an area). */
export const SHARE_VERB = '占';
export const SHARE_VERB_NOT = ['占地面积', '占用', '占有', '占领', '占据'];

/** Verbs of change followed by 至/到 make the figure the new level (缩短至1个工作日, 降至61人). */
export const TO_WORDS = ['至', '到'];
export const TO_VERBS = [
  '缩短',
  '压缩',
  '延长',
  '增至',
  '降至',
  '减至',
  '升至',
  '提高',
  '提升',
  '增长',
  '增加',
  '下降',
  '降低',
  '减少',
  '扩大',
  '上升',
  '回落',
];

/**
 * Words that make a figure a plan, target or expectation rather than a result. They mark every
 * figure after them in the same sentence (主要预期目标是：…增长5%左右；…1.2万人以上).
 */
export const TARGET_WORDS = [
  '预期目标',
  '预期',
  '力争',
  '计划',
  '确保',
  '争取',
  '预计',
  '力求',
  '目标是',
  '目标为',
  '目标：',
  '拟',
];
/** After a figure: a ceiling (控制在3%以内). */
export const TARGET_AFTER = ['以内'];

/**
 * Adverbials that stand between a subject and its verb without naming anything: stripped from a
 * change figure's clause before its subject is read (扣除价格因素实际增长4.2%).
 */
export const ADVERBIALS = [
  '按可比价格计算',
  '按可比价计算',
  // On a comparable basis (一般公共预算收入…，同口径增长6.8%).
  '按同口径计算',
  '按可比口径计算',
  '同口径',
  '可比口径',
  '扣除价格因素',
  '扣除价格因素后',
  '年均',
  '平均',
  '实际',
  '名义',
  '分别',
  '均',
  '同期',
  '继续',
  '持续',
  '稳步',
  '大幅',
  '明显',
  '略有',
  '小幅',
  '进一步',
  '较快',
  // Again, once more (审批时间再压缩20%).
  '再次',
  '再',
  '又',
];

/** Openers that come before the subject of a clause and never belong to a label. */
export const OPENERS = [
  '一是',
  '二是',
  '三是',
  '四是',
  '五是',
  '六是',
  '七是',
  '八是',
  '九是',
  '十是',
  '首先',
  '其次',
  '此外',
  '另外',
  '同时',
  '并且',
  '其中',
  '截至目前',
  '截至年底',
  '截至年末',
  '截至',
  '截止目前',
  '目前',
  '今年以来',
  '全年',
  '年内',
  '当年',
  '本年度',
  '年度',
  '上半年',
  '下半年',
  '年末',
  '年底',
  '年初',
  '今年',
  '去年',
  '上年',
  '过去一年',
  '过去五年',
  '五年来',
  '以来',
  '累计',
  '共计',
  '合计',
  '总计',
  '共',
  '并',
  '还',
  '已',
  '均',
  '另有',
  '辖区内',
];

/** Scope words: a place alone is never a label (全区, 全市), so they are dropped at its start. */
export const SCOPES = [
  '全社会',
  '全区',
  '全市',
  '全县',
  '全省',
  '全国',
  '全镇',
  '全乡',
  '全街道',
  '全局',
  '全系统',
  '全委',
  '全盟',
  '全州',
  '我局',
  '我委',
  '我办',
  '本局',
  '本委',
  '区本级',
  '市本级',
  '县本级',
  '辖区',
];

/**
 * Light verbs whose object is the thing counted: dropped from a label made of the text before
 * the figure (开展法治宣传活动2700余场 → 法治宣传活动), kept when the label is verb + noun.
 */
export const LIGHT_VERBS = [
  '开展',
  '组织',
  '举行',
  '举办',
  '进行',
  '实现',
  '完成',
  '出具',
  '提出',
  '组成',
  '形成',
  '达成',
  '作出',
  '做出',
  '召开',
];

/**
 * Verbs that head a clause (受理行政复议案件1423件, 办结1006件): used to tell a bare verb from a
 * noun, and to take the verb off a subject carried to later figures.
 */
export const VERBS = [
  ...LIGHT_VERBS,
  '制发',
  '受理',
  '办结',
  '办理',
  '审核',
  '审查',
  '审议',
  '审批',
  '调整',
  '公布',
  '发布',
  '修改',
  '修订',
  '制定',
  '出台',
  '印发',
  '起草',
  '清理',
  '废止',
  '解决',
  '收集',
  '收到',
  '接收',
  '答复',
  '回复',
  '考核',
  '培训',
  '培养',
  '调解',
  '化解',
  '排查',
  '检查',
  '抽查',
  '查处',
  '处罚',
  '立案',
  '结案',
  '发放',
  '发送',
  '刊发',
  '印制',
  '编印',
  '投入',
  '安排',
  '拨付',
  '兑现',
  '争取',
  '引进',
  '建成',
  '新建',
  '改造',
  '建设',
  '开工',
  '竣工',
  '签约',
  '签订',
  '聘请',
  '配备',
  '设立',
  '建立',
  '成立',
  '认定',
  '评选',
  '表彰',
  '走访',
  '服务',
  '帮助',
  '支持',
  '带动',
  '拉动',
  '吸纳',
  '使用',
  '出动',
  '派出',
  '下发',
  '封停',
  '梳理',
  '推出',
  '参加',
  '参与',
  '通过',
  '获得',
  '获批',
  '入选',
  '入围',
  '纳入',
  '覆盖',
  '涉及',
  '接待',
  '处理',
  '新增',
  '处于',
  '参考',
  '参学',
  '公示',
  '公开',
  '监测',
  '核查',
  '评查',
  '督办',
  '承办',
  '签发',
  '宣传',
  '开通',
  '上线',
  '录入',
  '归集',
  '共享',
  '实施',
  // How review, litigation and enforcement reports count their cases (审结56件, 其中纠错7件).
  '审结',
  '审理',
  '纠错',
  '撤销',
  '驳回',
  '调处',
  '复核',
  '核发',
  '颁发',
  '吊销',
  '注销',
  '约谈',
  '移送',
  '回访',
  '征集',
  '采纳',
  '验收',
  '抽检',
  '巡查',
  '整改',
  '报送',
  '备案',
  '参训',
  '报备',
];

/** Words that start with 有 and are not "there are" (有效高新技术企业, 有关部门). */
export const WORDS_WITH_YOU = [
  '有效',
  '有关',
  '有机',
  '有色',
  '有线',
  '有序',
  '有害',
  '有偿',
  '有益',
  '有形',
  '有限',
  '有力',
  '有利',
  '有奖',
  '有为',
];

/** Results after a verb that keep it a verb phrase (调解成功5741件, 整改到位12项). */
export const RESULT_COMPLEMENTS = ['成功', '完毕', '到位'];

/** Words after which the text before a figure is a prepositional object, not its label (对31家单位进行…). */
export const COVERBS = [
  '对',
  '为',
  '向',
  '给',
  '与',
  '同',
  '跟',
  '帮助',
  '协助',
  '指导',
  '推动',
  '组织',
  '带领',
  '引导',
  '支持',
];

/** Conjunctions that leave a subject unfinished (区政府以及85家党政机关…). */
export const CONJUNCTIONS = ['以及', '和', '及', '与', '或', '并'];

/** Words stripped from the end of the text before a number (办结率达 → 办结率). */
export const TRAILERS = [
  '平均为',
  '平均',
  '达到',
  '达',
  '为',
  '共计',
  '共',
  '累计',
  '合计',
  '总计',
  '约',
  '近',
  '逾',
  '超过',
  '超',
  '已',
  '均',
  '分别',
  '实现',
  // 地区生产总值完成286.4亿元, 首次突破3000亿元: the verb and the adverb before it name nothing.
  '预计完成',
  // Bounds said before the figure (占比不低于60%).
  '不低于',
  '不高于',
  '不超过',
  '完成',
  '首次',
  '至',
  '到',
  '了',
  '计',
  '有',
  '是',
  '突破',
  '连续保持',
  '保持',
  '稳定在',
  '维持在',
  '控制在',
  '保持在',
  '在',
  '的',
  '总规模',
];

/** Generic nouns: a label that is only one of these borrows the thing the sentence names (涉及金额). */
export const GENERIC_NOUNS = [
  '金额',
  '单位',
  '方面',
  '领域',
  '情况',
  '数量',
  '规模',
  '总量',
  '总额',
  '人数',
  '次数',
  '资金',
  '项目',
  '类',
  '批',
  // Investment of what (实施重点项目136个，完成投资215亿元).
  '投资',
  '总投资',
  '总数',
  // Who took part, of what (开展主题普法活动860余场次，受众约32万人次).
  '受众',
  '受益群众',
  '参与群众',
  '参训人员',
  // Read how often, on what (通过“新河市场监管”微信公众号发布信息426条，累计阅读量约18.6万人次).
  '阅读量',
  '浏览量',
  '点击量',
  '播放量',
  // Of what was built (建成…三个特色产业基地，面积共计1.1万余亩).
  '面积',
];

/** Trailing nouns that add nothing when the label names the thing (大额度资金使用情况 → 大额度资金使用). */
export const EMPTY_TAILS = ['情况', '工作'];

/** Modifiers that quantify rather than name (各级扶持资金 → 扶持资金). */
export const QUANTIFIERS = ['各级', '各类', '各项', '各种', '所有', '全部'];

/**
 * Words that contain a one-character function word but are one word: a label is never cut inside
 * them (抽取对象 is not 象, 及格率 is not 格率).
 */
export const WHOLE_WORDS = [
  '对象',
  '对外',
  '对接',
  '对口',
  '对比',
  '对标',
  '对策',
  '针对',
  '及格',
  '及时',
  '以及',
  '惠及',
  '涉及',
  '普及',
  '波及',
  '危及',
  '顾及',
  '和谐',
  '与会',
  '参与',
  '为民',
  '作为',
  '行为',
  '认为',
  '有效',
  '有关',
  '有序',
  '所有',
  '拥有',
  '在线',
  '在建',
  '在校',
  '在岗',
  '存在',
  '的士',
  '目的',
  '等级',
  '均衡',
  '人均',
  '平均',
  '已婚',
  '由于',
  '处于',
  '理由',
  '自由',
  '给予',
  '是否',
  '于是',
  '对于',
  '关于',
  '属于',
  '位于',
  '用于',
  '等于',
  '高于',
  '低于',
  '向导',
  '方向',
  '导向',
  '倾向',
  '从业',
  '从事',
  '将来',
  // Words that end in a coverb's character (审查县政府合同142件 is no prepositional phrase).
  '合同',
  '协同',
  '共同',
  '相同',
  '不同',
  '认同',
  '陪同',
  '核对',
  '比对',
  '校对',
  '应对',
  '相对',
  '绝对',
  '反对',
  '配对',
  '供给',
  '补给',
  '配给',
  '赠与',
  '意向',
  '走向',
  '流向',
  '去向',
  '动向',
  '取向',
  '纵向',
  '横向',
  '定向',
  '双向',
  '更为',
  '较为',
  '尤为',
  '极为',
  '最为',
  '广为',
  '人为',
  '因为',
];

/**
 * Words that name two items at once, for 分别 lists of two (城乡居民人均可支配收入分别增长4.9%和6.7%:
 * 城镇…, 农村…).
 */
export const PAIR_WORDS: readonly (readonly [string, string, string])[] = [
  ['城乡', '城镇', '农村'],
  ['进出口', '出口', '进口'],
  ['中小学', '中学', '小学'],
];

/** Longest label kept, in characters. */
export const MAX_LABEL_LEN = 28;

/**
 * Words that end the name of an entity counted (医养结合机构, 创业孵化基地): a short noun after its count in
 * the same sentence is something it has (床位, 从业人员, 入驻实体).
 */
export const ENTITY_ENDS = [
  '机构',
  '基地',
  '医院',
  '卫生院',
  '卫生室',
  '学校',
  '高中',
  '初中',
  '小学',
  '中学',
  '大学',
  '园区',
  '中心',
  '企业',
  '协会',
  '市场',
  '场所',
  '养老院',
  '幼儿园',
];

/** Per-head qualifiers before an amount (达到每人每月183元): how it is counted, not what. */
export const PER_HEAD = ['每人每月', '每人每年', '每人每天', '每月每人', '每年每人'];
/** Longest text before a figure read as its label before it is cut at a verb. */
export const MAX_PRE_LEN = 14;

/** Target words that are not part of the thing's name, so a label drops them (力争完成…, 拟调整…); 计划 stays (计划投资). */
export const TARGET_PREFIXES = ['力争', '确保', '争取', '预计', '力求', '拟'];

/**
 * Nouns that name what is measured about a thing (新能源汽车、集成电路、锂离子电池产量 → each item's
 * 产量): the shared tail of a 分别 list whose items are whole names. Longest first.
 */
export const MEASURE_NOUNS = [
  '人均可支配收入',
  '播种面积',
  '种植面积',
  '增加值',
  '总产值',
  '产值',
  '产量',
  '面积',
  '价格',
  '收入',
  '支出',
  '投资',
  '销售额',
  '零售额',
  '进出口额',
  '人数',
  '起数',
  '数量',
  '总额',
  '总量',
  '比重',
  '贡献率',
  '浓度',
  '率',
];

/** Words that group what a figure right after them counts (5个方面28项任务, 5大类126项举措). */
export const GROUPING_WORDS = ['方面', '大类', '类', '领域', '板块', '批'];

/** Verbs of having (提供托位, 入驻实体): what an entity counted before has, still. */
export const HAS_VERBS = ['提供', '入驻', '拥有', '开放', '设置', '配备'];
