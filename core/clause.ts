/**
 * The clause reader: says what each figure found by the scanner measures (spec/metrics.md, "What
 * each figure says"). The scanner finds spans; this module reads the clause around each one with
 * a small model — the text before the figure (its verb or subject), the noun after it, the verb
 * after that noun — and the sentence it stands in (the subject carried forward to change figures,
 * 分别 lists, 其中, bases and targets). The word lists are data in rules/clause.ts.
 */
import {
  ADVERBIALS,
  BASES,
  CHANGE_NOUNS,
  CHANGE_WORD_NOUNS,
  CONJUNCTIONS,
  COVERBS,
  DOWN_SHORT,
  DOWN_VERBS,
  EMPTY_TAILS,
  ENTITY_ENDS,
  FLAT_VERBS,
  GENERIC_NOUNS,
  GROUPING_WORDS,
  HAS_VERBS,
  LIGHT_VERBS,
  MAX_LABEL_LEN,
  MAX_PRE_LEN,
  MEASURE_NOUNS,
  OPENERS,
  PAIR_WORDS,
  PER_HEAD,
  QUANTIFIERS,
  RESULT_COMPLEMENTS,
  SCOPES,
  SHARE_VERB,
  SHARE_VERB_NOT,
  SHARE_WORDS,
  TARGET_AFTER,
  TARGET_PREFIXES,
  TARGET_WORDS,
  TO_VERBS,
  TO_WORDS,
  TRAILERS,
  UP_SHORT,
  UP_VERBS,
  VERBS,
  WHOLE_WORDS,
  WORDS_WITH_YOU,
} from './rules/clause';
import { LABEL_BREAKERS, NUMERAL_CHARS } from './rules/labels';
import { charTable } from './text';
import type { Direction, Metric } from './types';

/** A figure as the scanner found it. */
export type Span = Pick<Metric, 'start' | 'end' | 'unit' | 'kind'>;

/** What a figure says: the figure model's fields of a {@link Metric}. */
export type Reading = Pick<Metric, 'label' | 'indicator' | 'measure' | 'direction' | 'base' | 'target'>;

/** Clause ends: a label never reaches across these. */
const STRONG = charTable('，。；！？：,;!?:\n\t');
/** Sentence ends: the subject and a target word carry up to here. */
const SENTENCE = charTable('。！？!?\n');
const OPEN = charTable('（(');
const CLOSE = charTable('）)');

const isCjk = (c: number) => c >= 0x4e00 && c <= 0x9fff;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Slots of the characters that begin or end a word of any list (a few hundred), shared by every
 * {@link WordIndex}: a look-up is two array reads, where a Map hashed the code for every character
 * the reader looked at (most of them begin no word at all: slot 0).
 */
const SLOT = new Uint16Array(65536);
let slots = 0;

/** Words by one end's character code, longest first. */
class WordIndex {
  private readonly bySlot: (string[] | undefined)[] = [undefined];
  constructor(words: readonly string[], last: boolean) {
    for (const w of words) {
      const c = w.charCodeAt(last ? w.length - 1 : 0);
      if (SLOT[c] === 0) SLOT[c] = ++slots;
      const slot = SLOT[c];
      while (this.bySlot.length <= slot) this.bySlot.push(undefined);
      const l = this.bySlot[slot];
      if (l) l.push(w);
      else this.bySlot[slot] = [w];
    }
    for (const l of this.bySlot) l?.sort((a, b) => b.length - a.length);
  }
  /** The words whose end is `code`, longest first (undefined: none). */
  at(code: number): string[] | undefined {
    const slot = SLOT[code];
    return slot !== 0 && slot < this.bySlot.length ? this.bySlot[slot] : undefined;
  }
}

/** A word list indexed by first and by last character, made once as a module constant. */
class Words {
  readonly first: WordIndex;
  readonly last: WordIndex;
  constructor(list: readonly string[]) {
    this.first = new WordIndex(list, false);
    this.last = new WordIndex(list, true);
  }
}

const BREAK_AT = new Words([...new Set([...LABEL_BREAKERS, ...VERBS, ...UP_VERBS, ...DOWN_VERBS, ...TO_VERBS])]);
const VERB_AT = new Words(VERBS);
const WHOLE = new Set(WHOLE_WORDS);
const HAS_WORDS = new Set(WORDS_WITH_YOU);
const GENERIC = new Set(GENERIC_NOUNS);

function wordAt(s: string, i: number, idx: Words): string | null {
  const l = idx.first.at(s.charCodeAt(i));
  if (l) for (const w of l) if (s.startsWith(w, i)) return w;
  return null;
}

/** A breaker word of two or more characters that ends at `end` (设立 before 行政复议…): the text before `end` is no noun's. */
function breakEndsAt(text: string, end: number, from: number): boolean {
  const l = BREAK_AT.last.at(text.charCodeAt(end - 1));
  if (l)
    for (const w of l) if (w.length >= 2 && end - w.length >= from && text.startsWith(w, end - w.length)) return true;
  return false;
}

/** A breaker word at `i` that is not part of a longer word (对象, 及格率). */
function breakAt(s: string, i: number): string | null {
  const w = wordAt(s, i, BREAK_AT);
  if (!w) return null;
  if (w.length === 1 && (WHOLE.has(s.slice(i, i + 2)) || (i > 0 && WHOLE.has(s.slice(i - 1, i + 1))))) return null;
  return w;
}

/** The longest word of `words` that starts `s`. */
function startsWithAny(s: string, words: Words): string | null {
  if (!s) return null;
  const l = words.first.at(s.charCodeAt(0));
  if (l) for (const w of l) if (s.startsWith(w)) return w;
  return null;
}
/** The longest word of `words` that ends `s`. */
function endsWithAny(s: string, words: Words): string | null {
  if (!s) return null;
  const l = words.last.at(s.charCodeAt(s.length - 1));
  if (l) for (const w of l) if (s.endsWith(w)) return w;
  return null;
}

/**
 * `s` without what `re` (a pattern anchored at the end) matches, tried only when `s` ends in one of
 * `last` (the characters the pattern can end with): an end-anchored pattern is tried at every
 * position of the string, and almost no text before a figure ends in one of these.
 */
function trimEnd(s: string, last: Uint8Array, re: RegExp): string {
  if (!s) return s;
  return last[s.charCodeAt(s.length - 1)] ? s.replace(re, '') : s;
}
/** What JavaScript's \s matches, as a table. */
const SPACE_CHARS =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const TRAIL_PUNCT = charTable(`、，,${SPACE_CHARS}`);
const OPEN_PUNCT = charTable(`的，,、${SPACE_CHARS}`);
const BEFORE_SHARE = charTable('为到达约近了于过');
const BEFORE_CHANGE = charTable('了达为约近');
const BEFORE_COVERB = charTable('约近过超逾');
const TO_END = charTable('至到');
const MODAL = charTable('需应须');
/** Heads of an organisation a verb before them names (人民调解委员会, 便民服务站). */
const ORG_HEAD = /^(?:委员会|工作站|服务站|联合会|办公室)/;
const GROUPING = new Set(GROUPING_WORDS);
/** Nouns before 组织 that make it a noun (社会组织, 党组织, 集体经济组织). */
const ORG_BEFORE = /(?:社会|党|群团|基层|行业|经济|自治|调解|团体|青年|妇女|的)$/;
const AGAIN = charTable('再又');
/** The change verbs a 分别 group may turn with (分别增长3.8%、4.2%和减少1.6%). */
const TURN_VERBS = '增长|增加|提高|上升|下降|减少|降低|回落';
/** What may stand between two items of a 分别 group: a joiner, then the verb of a change the other way. */
const GROUP_JOIN = new RegExp(`^[、和及与，,]*(${TURN_VERBS})?$`);
const GROUP_TURN = new RegExp(`^(?:[、和及与]|以及)(?:${TURN_VERBS})$`);
/** The change verb inside a 分别 group's label suffix (比上年增加), replaced for an item the other way. */
const GROUP_VERB = new RegExp(`${TURN_VERBS}|增速`);
const DOWN_SET = new Set(DOWN_VERBS);
/** X高于 / 低于 what it is compared with (not 不低于, a bound). */
const COMPARED_WITH = /^(.*?)(?<!不)(高于|低于)([^，。；,;]{2,12})$/;

/** Conjunctions that continue a list of figures (8项正面清单和12项负面清单). */
const AND_WORDS = ['和', '及', '与'];

/** A function word that ends `s` as a word of its own (惠及 and 作为 do not end in 及 or 为). */
function endsWithWord(s: string, words: Words): string | null {
  const w = endsWithAny(s, words);
  if (!w) return null;
  return w.length === 1 && s.length >= 2 && WHOLE.has(s.slice(-2)) ? null : w;
}

// (Words keeps each list longest first by character: no list needs sorting here.)
const TRAILERS_L = new Words(TRAILERS);
const OPENERS_L = new Words(OPENERS);
const SCOPES_L = new Words(SCOPES);
const ADVERBIALS_L = new Words(ADVERBIALS);
const UP_L = new Words(UP_VERBS);
const DOWN_L = new Words(DOWN_VERBS);
const QUANT_L = new Words(QUANTIFIERS);
const UP_DOWN_L = new Words([...UP_VERBS, ...DOWN_VERBS]);
const AND_W = new Words(AND_WORDS);
const FLAT_W = new Words(FLAT_VERBS);
const UP_SHORT_W = new Words(UP_SHORT);
const DOWN_SHORT_W = new Words(DOWN_SHORT);
const LIGHT_VERBS_W = new Words(LIGHT_VERBS);
const TO_WORDS_W = new Words(TO_WORDS);
const TO_VERBS_W = new Words(TO_VERBS);
const TARGET_PREFIXES_W = new Words(TARGET_PREFIXES);
const COVERBS_W = new Words(COVERBS);
const CONJUNCTIONS_W = new Words(CONJUNCTIONS);
const EMPTY_TAILS_W = new Words(EMPTY_TAILS);
const SHARE_WORDS_W = new Words(SHARE_WORDS);
const CHANGE_WORD_NOUNS_W = new Words(CHANGE_WORD_NOUNS);
const CHANGE_NOUN_WORDS = new Set(CHANGE_NOUNS.map(([w]) => w));
const CHANGE_NOUN_LAST = new Set(CHANGE_NOUNS.map(([w]) => w.charCodeAt(w.length - 1)));
const TARGET_AFTER_W = new Words(TARGET_AFTER);
const RESULTS_W = new Words(RESULT_COMPLEMENTS);
const PER_HEAD_W = new Words(PER_HEAD);
const HAS_VERBS_W = new Words(HAS_VERBS);
const ENTITY_W = new Words(ENTITY_ENDS);

/** Remove 《…》 titles (and the 等 after them): a label names the kind, not the document. */
function dropTitles(s: string): string {
  if (!s.includes('《')) return s;
  return s.replace(/《[^》]*》?等?/g, '').replace(/^[^《]*》/, '');
}

/** Time, scope and opener words at the start of a clause. */
function stripOpeners(s: string): string {
  for (let guard = 0; guard < 8; guard++) {
    const before = s;
    if (isDigit(s.charCodeAt(0)))
      s = s.replace(/^(?:(?:19|20)\d{2}年度?|\d{1,2}(?:-\d{1,2})?月(?:份|底|末)?|\d{1,2}日)/, '');
    const o = startsWithAny(s, OPENERS_L);
    const sc = o ? null : startsWithAny(s, SCOPES_L);
    // (全街道辖区面积: a scope before a generic noun alone is what the noun is of.)
    const w = o ?? (sc && !GENERIC.has(s.slice(sc.length)) ? sc : null);
    if (w && s.length > w.length) s = s.slice(w.length);
    else if (w && w.length === s.length) s = '';
    // 依法受理431件: 依法 before a verb says how, not what (依法行政 is a thing of its own).
    if (s.startsWith('依法') && wordAt(s, 2, VERB_AT)) s = s.slice(2);
    // 全市共有普通高等学校6所: 有 says there are, not what (有效, 有关 are words of their own).
    if (s.charCodeAt(0) === 0x6709 && s.length >= 3 && !HAS_WORDS.has(s.slice(0, 2))) s = s.slice(1);
    if (s && OPEN_PUNCT[s.charCodeAt(0)]) s = s.replace(/^[的，,、\s]+/, '');
    if (s === before) break;
  }
  return s;
}

/** Trailer words, numeral phrases and scopes at the end of the text before a figure. */
function stripTrailers(s: string): string {
  for (let guard = 0; guard < 8; guard++) {
    const before = s;
    const w = endsWithAny(s, TRAILERS_L);
    // (完成 alone is what was done: 翻新改造45个，完成32个.)
    if (w && !(w === '完成' && s.length === 2)) s = s.slice(0, -w.length);
    s = stripNumeralPhrase(s);
    const sc = endsWithAny(s, SCOPES_L);
    if (sc) s = s.slice(0, -sc.length);
    s = trimEnd(s, TRAIL_PUNCT, /[、，,\s]+$/);
    if (s === before) break;
  }
  return s;
}

/** “ " ” by character code (NaN, past either end of a string, is none). */
const QUOTE = (c: number) => c === 0x201c || c === 34 || c === 0x201d;
/** The quotes of rules/labels.ts NUMERAL_PHRASE. */
const OPEN_QUOTE = (c: number) => c === 0x201c || c === 34;
const NUMERAL = charTable(NUMERAL_CHARS);

/** `s` without a Chinese-numeral phrase at its end (三个, “两”): 实现“三个 → 实现. */
export function stripNumeralPhrase(s: string): string {
  let j = s.length;
  if (OPEN_QUOTE(s.charCodeAt(j - 1))) j--;
  if (s.charCodeAt(j - 1) === 0x4e2a) j--; // 个
  let k = j;
  while (k > 0 && NUMERAL[s.charCodeAt(k - 1)]) k--;
  if (k === j) return s;
  if (k > 0 && OPEN_QUOTE(s.charCodeAt(k - 1))) k--;
  return s.slice(0, k);
}

/** Ideographs only: nothing for {@link cleanLabel} to remove. */
function onlyCjk(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isCjk(s.charCodeAt(i))) return false;
  return true;
}

/** What a label may hold: no digits standing alone, punctuation, quotes or footnote markers. */
export function cleanLabel(s: string): string {
  if (onlyCjk(s)) return s;
  return (
    s
      .replace(/[[［【〔(（]\s*\d{1,3}\s*[\]］】〕)）]/g, '') // footnote markers [2]
      .replace(/[\u2460-\u24ff\u2776-\u2793\u00b9\u00b2\u00b3\u2070-\u2079]/g, '')
      // (A figure inside a name goes with its duration: “15分钟便民生活圈” → 便民生活圈; 8小时平均值 keeps 小时.)
      .replace(/(?<![A-Za-z\d.])\d+(?:\.\d+)?(?:(?:分钟|小时)(?=[\u4e00-\u9fff]{0,4}圈))?(?![A-Za-z\d.])/g, '')
      .replace(/(?<![A-Za-z\d])\.|\.(?![A-Za-z\d])/g, '')
      .replace(/[\s“”"‘’'《》〈〉「」『』（）()【】[\]［］,，。；;：:、！!？?·•\-—–~～/\\|%％+]/g, '')
  );
}

/** Characters that make a verb before them a noun (服务业, 服务费, 参与者, 检查员, 服务站, 覆盖率). */
const NOUN_SUFFIX = charTable('业费者员站所率额量');

/** The verb at the start of `s` taken off (受理行政复议案件 → 行政复议案件), when a noun remains. */
function withoutLeadingVerb(s: string): string {
  const v = wordAt(s, 0, VERB_AT);
  return v && s.length - v.length >= 2 && !NOUN_SUFFIX[s.charCodeAt(v.length)] ? s.slice(v.length) : s;
}

/** What a label counts, without the verb before or after it (行政复议受理 → 行政复议): carried to the next figures. */
function thingOf(s: string): string {
  // 需办理申请: what had to be done is still done to the same thing (申请).
  const modal = MODAL[s.charCodeAt(0)] && wordAt(s, 1, VERB_AT) ? 1 : 0;
  let t = withoutLeadingVerb(modal ? s.slice(1) : s);
  if (NEW_VERB.test(t) && t.length >= 5) t = t.slice(2);
  const r = endsWithAny(t, RESULTS_W);
  if (r && t.length - r.length >= 4) t = t.slice(0, -r.length);
  const v = endsWithAny(t, VERB_AT);
  if (!(v && v.length >= 2 && t.length - v.length >= 2)) return t;
  t = t.slice(0, -v.length);
  // (新制定 → the 新 goes too; 翻新, 创新, 更新 keep it.)
  return t.length >= 3 && t.endsWith('新') && !'翻创更革刷焕重最'.includes(t[t.length - 2]) ? t.slice(0, -1) : t;
}

/** Relative clauses that restrict the noun (涉及…的, 以区政府为被告的): the label keeps them. */
const RELATIVE_NOT = /^(?:涉及|以)/;

/** The first verb phrase within the clause after `from`, where a list of figures goes on (、42家县级部门开展法治建设专项督察 → 法治建设专项督察). */
function listRest(text: string, from: number): string {
  let j = from;
  while (j < text.length && j - from < 40 && !STRONG[text.charCodeAt(j)]) {
    if (isCjk(text.charCodeAt(j)) && wordAt(text, j, VERB_AT)) break;
    j++;
  }
  if (!(j < text.length && wordAt(text, j, VERB_AT))) return '';
  let e = j;
  while (e < text.length && e - j < 24 && isCjk(text.charCodeAt(e))) e++;
  let rest = text.slice(j, e);
  const lv = startsWithAny(rest, LIGHT_VERBS_W);
  if (lv && rest.length - lv.length >= 2) rest = rest.slice(lv.length);
  return rest.length >= 2 && rest.length <= 16 ? rest : '';
}

/** Cut a long text before a figure at its last verb: 对我局起草的合同…出具法律意见 → 出具法律意见. */
function shorten(s: string, preferLight = false): string {
  if (s.length <= MAX_PRE_LEN) return s;
  // 收到各设区市政府、省政府部门报备的规范性文件: a verb, a relative clause (…的), its head noun → the verb
  // and the noun (not a list of verbs: 废止、修订…的文件).
  const v0 = wordAt(s, 0, VERB_AT);
  const de = v0 && s.charCodeAt(v0.length) !== 0x3001 ? s.indexOf('的', v0.length + 2) : -1;
  if (
    v0 &&
    de > 0 &&
    s.length - de - 1 >= 2 &&
    !RELATIVE_NOT.test(s.slice(v0.length, de)) &&
    breakEndsAt(s, de, v0.length) &&
    !hasVerb(s.slice(de + 1))
  )
    return v0 + s.slice(de + 1);
  let cut = -1;
  let light = -1;
  for (let i = 0; i + 2 <= s.length; i++) {
    const v = wordAt(s, i, VERB_AT);
    if (v && s.length - i - v.length >= 2) {
      cut = i;
      if (preferLight && wordAt(s, i, HEAD_LIGHT_VERBS)) light = i;
    }
    if (v) i += v.length - 1;
  }
  // The last light verb heads what was counted (召开党组会议专题研究法治建设工作6次); other verbs
  // after it are inside its object. (Asked for by the text before a figure only.)
  if (light >= 0) cut = light;
  if (cut > 0) return s.slice(cut);
  // No verb: a long noun phrase is kept whole (一氧化碳日均值第95百分位浓度) unless it is very
  // long; then its tail, starting after a function word so that no word is cut.
  if (s.length <= MAX_LABEL_LEN - 4) return s;
  let from = s.length - MAX_PRE_LEN;
  for (let i = from; i < s.length - 2; i++) {
    if ('的和与及等'.includes(s[i])) {
      from = i + 1;
      break;
    }
  }
  return s.slice(from);
}

interface Post {
  /** The noun right after the unit (1070家|企业|兑现…), 的 joined, brackets kept as text. */
  noun: string;
  /** Where the noun ends in the text. */
  nounEnd: number;
  /** The verb phrase after the noun (…国家工作人员|参加网上学法用法考试). */
  rest: string;
  /** The phrase after the noun starts with a verb. */
  restVerb: boolean;
}

/** Only a short head noun (≤ 2 characters) stands between `i` and the clause's end. */
function headOnly(text: string, i: number, limit: number): boolean {
  let n = 0;
  while (i + n < limit && isCjk(text.charCodeAt(i + n)) && n < 3) n++;
  return n <= 2 && (i + n >= limit || !isCjk(text.charCodeAt(i + n)));
}

/** Read the noun and the predicate after a figure, up to `limit`. */
function readPost(text: string, end: number, limit: number): Post {
  let i = end;
  // The noun is built from runs of the text (brackets and quotes left out): `noun` holds the runs
  // before the current one, which starts at `run` (-1: none open).
  let noun = '';
  let run = -1;
  const nounLength = () => noun.length + (run < 0 ? 0 : i - run);
  const flush = () => {
    if (run >= 0) noun += text.slice(run, i);
    run = -1;
  };
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (QUOTE(c) || c === 0x2018 || c === 0x2019) {
      flush();
      i++;
      continue;
    }
    if (OPEN[c]) {
      // A bracketed aside that holds a figure is its own clause (占全省30%); others are text.
      let j = i + 1;
      let digit = false;
      while (j < limit && !CLOSE[text.charCodeAt(j)] && !STRONG[text.charCodeAt(j)]) {
        if (isDigit(text.charCodeAt(j))) digit = true;
        j++;
      }
      if (digit || !CLOSE[text.charCodeAt(j)]) break;
      flush();
      noun += text.slice(i + 1, j);
      i = j + 1;
      continue;
    }
    // 、 between quoted items of the noun.
    if (c === 0x3001 && nounLength() > 0 && QUOTE(text.charCodeAt(i + 1))) {
      flush();
      i++;
      continue;
    }
    if (!isCjk(c)) break;
    if (c === 0x7684 && nounLength() > 0) {
      // 的 joins the noun and is left out of it.
      flush();
      i++;
      continue;
    }
    // 以内 以下 以上.
    if (c === 0x4ee5) {
      const d = text.charCodeAt(i + 1);
      if (d === 0x5185 || d === 0x4e0b || d === 0x4e0a) break;
    }
    const w = breakAt(text, i);
    // A verb inside a noun phrase is a modifier when only a head noun follows (人民调解组织).
    if (
      w &&
      !(
        nounLength() >= 2 &&
        wordAt(w, 0, VERB_AT) &&
        (headOnly(text, i + w.length, limit) || ORG_HEAD.test(text.slice(i + w.length, i + w.length + 3)))
      )
    )
      break;
    if (run < 0) run = i;
    i++;
    if (nounLength() >= 16) break;
  }
  flush();
  const nounEnd = i;
  let rest = '';
  let restVerb = false;
  {
    let j = i;
    // 29份各类规范性文件、政策措施、政府采购文件进行公平竞争审查: past the other items to the verb.
    if (noun && text.charCodeAt(j) === 0x3001) {
      let q = j;
      while (
        q < limit &&
        (isCjk(text.charCodeAt(q)) || text.charCodeAt(q) === 0x3001 || QUOTE(text.charCodeAt(q))) &&
        !wordAt(text, q, VERB_AT)
      )
        q++;
      if (q < limit && wordAt(text, q, VERB_AT)) j = q;
    }
    // The run of ideographs, 、 and quotes after it, quotes left out: one slice when it has none.
    const from = j;
    let quotes = false;
    let n = 0;
    while (j < limit && n < 24) {
      const c = text.charCodeAt(j);
      const q = c === 0x201c || c === 0x201d || c === 34;
      if (!(isCjk(c) || q || c === 0x3001)) break;
      if (q) quotes = true;
      else n++;
      j++;
    }
    if (!quotes) rest = text.slice(from, j);
    else for (let k = from; k < j; k++) if (!QUOTE(text.charCodeAt(k))) rest += text[k];
    rest = rest.replace(/^(?:均|已|都|全部|被|已经|已全部)+/, '');
    restVerb = !!wordAt(rest, 0, VERB_AT);
    if (!restVerb && !breakAt(rest, 0)) rest = '';
    else if (/^[的和及与等为在对]/.test(rest)) rest = '';
    const lv = startsWithAny(rest, LIGHT_VERBS_W);
    if (lv && rest.length - lv.length >= 2) rest = rest.slice(lv.length).replace(/^了/, '');
    if (rest.includes('、')) rest = rest.slice(rest.lastIndexOf('、') + 1);
    if (rest.length > 16) {
      // Cut where a word starts, never inside one (…的政策措施|进行审查, not …政策措施进).
      let cut = 16;
      while (cut > 8 && !breakAt(rest, cut)) cut--;
      if (cut <= 8) for (cut = 16; cut > 8 && rest.charCodeAt(cut) !== 0x7684; ) cut--;
      rest = rest.slice(0, cut > 8 ? cut : 16);
    }
  }
  return { noun: cleanLabel(noun), nounEnd, rest: cleanLabel(rest), restVerb };
}

/** Direction words at the end of the text before a change figure. */
interface Change {
  direction: Direction;
  /** The word as written (增长, 下降, 增速…). */
  word: string;
  /** The text before the word. */
  before: string;
}

/** The verbs of change by direction (made once: changeAtEnd runs for every figure). */
const CHANGE_VERBS = [
  [UP_L, 'up'],
  [DOWN_L, 'down'],
  [FLAT_W, 'flat'],
] as const;
const SHORT_CHANGE_VERBS = [
  [UP_SHORT_W, 'up'],
  [DOWN_SHORT_W, 'down'],
] as const;
const OPENING_CHANGE_VERBS = [
  [UP_L, 'up'],
  [DOWN_L, 'down'],
] as const;

/** The last characters of every word {@link changeAtEnd} looks for, and the first of {@link changeAtStart}'s. */
const CHANGE_LAST = charTable(
  [
    ...CHANGE_WORD_NOUNS,
    ...CHANGE_NOUNS.map(([w]) => w),
    ...UP_VERBS,
    ...DOWN_VERBS,
    ...FLAT_VERBS,
    ...UP_SHORT,
    ...DOWN_SHORT,
  ]
    .map((w) => w[w.length - 1])
    .join(''),
);
const CHANGE_FIRST = charTable([...CHANGE_WORD_NOUNS, ...UP_VERBS, ...DOWN_VERBS].map((w) => w[0]).join(''));

function changeAtEnd(s: string): Change | null {
  // (Most text before a figure ends in no change word's character: one table read says so.)
  if (!CHANGE_LAST[s.charCodeAt(s.length - 1)]) return null;
  // A named level that holds a change word (人口自然增长率为-1.50‰) is no change.
  if (endsWithAny(s, CHANGE_WORD_NOUNS_W)) return null;
  if (CHANGE_NOUN_LAST.has(s.charCodeAt(s.length - 1)))
    for (const [w, d] of CHANGE_NOUNS)
      if (s.endsWith(w)) return { direction: d, word: w, before: s.slice(0, -w.length) };
  for (const [list, d] of CHANGE_VERBS) {
    const w = endsWithAny(s, list);
    if (w) return { direction: d, word: w, before: s.slice(0, -w.length) };
  }
  // 增/降/多/少 alone only right after a comparison (同比增3%, 比上年多5个).
  for (const [list, d] of SHORT_CHANGE_VERBS) {
    const w = endsWithAny(s, list);
    if (w && baseOf(s.slice(0, -w.length).replace(/(?:分别|均)$/, ''), true))
      return { direction: d, word: w, before: s.slice(0, -w.length) };
  }
  return null;
}

/** A verb of change that opens the clause (减少检查5908户次). */
function changeAtStart(s: string): Change | null {
  if (!CHANGE_FIRST[s.charCodeAt(0)]) return null;
  if (startsWithAny(s, CHANGE_WORD_NOUNS_W)) return null;
  for (const [list, d] of OPENING_CHANGE_VERBS) {
    const w = startsWithAny(s, list);
    // 取消、下放、调整行政权力事项136项: a list of what was done to them, not a change.
    if (w && s.length > w.length && s.charCodeAt(w.length) !== 0x3001)
      return { direction: d, word: w, before: s.slice(w.length) };
  }
  return null;
}

/** A duration before a figure (已连续3年, 连续两个月): an adverbial, never part of a label. */
const DURATION = /(?:已经|已)?连续(?:\d+|[一二三四五六七八九十两]+)个?(?:年度|年|月|季度|周|天|届)/g;

/** Characters every comparison holds (比, 较, 同比, 与…相比, 环比). */
const BASE_HINT = /[比较]/;
/** 由原来的 / 从 at the end of the text before a figure: the figure is where a change started. */
const FROM_AT_END = /(?:由|从)(?:原来|原先|之前|过去|年初)?的?$/;

/** The base a comparison names, and where it stands. */
function baseOf(s: string, atEnd = false): { base: string; at: number; len: number } | null {
  if (!BASE_HINT.test(s)) return null;
  for (const [w, b] of BASES) {
    const at = atEnd ? (s.endsWith(w) ? s.length - w.length : -1) : s.lastIndexOf(w);
    if (at >= 0) return { base: b, at, len: w.length };
  }
  const m = /[比较与]((?:19|20)\d{2})年(?:同期|末)?(?:相比)?/.exec(s);
  if (m && (!atEnd || m.index + m[0].length === s.length)) return { base: `${m[1]}年`, at: m.index, len: m[0].length };
  return null;
}

/** The subject of a change or share: the text before its verb, without adverbials and bases. */
function subjectOf(s: string, keepList = false): string {
  let t = s;
  const b = baseOf(t);
  if (b) t = t.slice(0, b.at) + t.slice(b.at + b.len);
  for (let guard = 0; guard < 6; guard++) {
    const before = t;
    const a = endsWithAny(t, ADVERBIALS_L) ?? endsWithAny(t, TRAILERS_L);
    if (a) t = t.slice(0, -a.length);
    const o = startsWithAny(t, ADVERBIALS_L);
    if (o) t = t.slice(o.length);
    if (t === before) break;
  }
  t = stripOpeners(t);
  return keepList ? t.replace(/[“”"《》（）()\s]/g, '') : cleanLabel(t);
}

function isRate(unit: string): boolean {
  return unit === '%' || unit === '‰' || unit === '个百分点' || unit === '百分点';
}

/** What the sentence carries forward to the figures after: the last named thing, and its items. */
interface Carry {
  subject: string;
  /** The same with its verb (入围项目库项目), for shares of it. */
  full: string;
  items: string[];
}

/** Split a 分别 subject into its items (第一、二、三产业…贡献率 → 第一产业…, 第二产业…, 第三产业…). */
export function listItems(subject: string, n: number): string[] | null {
  if (n === 2)
    for (const [pair, a, b] of PAIR_WORDS) {
      const at = subject.indexOf(pair);
      if (at >= 0 && !/[、和及与]/.test(subject))
        return [a, b].map((w) => subject.slice(0, at) + w + subject.slice(at + pair.length));
    }
  let parts = subject.split(/、|以及|和|及|与/).filter(Boolean);
  // 教育、社会保障和就业、卫生健康支出分别为…: an item may hold 和 itself; 、 alone then splits.
  if (parts.length !== n && subject.includes('、')) parts = subject.split('、').filter(Boolean);
  if (parts.length !== n || n < 2) return null;
  const last = parts[n - 1];
  // 月最低工资标准第一档、第二档、第三档: the items after the first are as long as its end, and what
  // comes before that end is theirs too.
  const L = parts[1].length;
  if (
    L <= 3 &&
    parts[0].length > L + 1 &&
    parts.every((p, i) => i === 0 || (p.length === L && p[L - 1] === parts[0][parts[0].length - 1]))
  ) {
    const prefix = parts[0].slice(0, -L);
    return parts.map((p, i) => (i === 0 ? p : prefix + p));
  }
  if (parts.slice(0, -1).some((p) => p.length > 2)) {
    // Whole names, the last carrying what is measured of all (…、锂离子电池产量).
    const tail =
      MEASURE_NOUNS.find((w) => last.endsWith(w) && last.length > w.length) ?? perTail(last) ?? parallelTail(parts);
    if (!tail || parts.slice(0, -1).some((p) => MEASURE_NOUNS.some((w) => p.endsWith(w)))) return parts;
    return parts.map((p, i) => (i === n - 1 ? p : p + tail));
  }
  // The length of the parallel part: the middle items', else the first item's.
  const core = n > 2 ? Math.min(...parts.slice(1, -1).map((p) => p.length)) : parts[0].length;
  if (core >= last.length) return parts;
  const tail = last.slice(core);
  const first = parts[0];
  const prefix = n > 2 && first.length > core ? first.slice(0, first.length - core) : '';
  return parts.map((p, i) => {
    const head = i === 0 ? p : i === n - 1 ? last.slice(0, core) : p;
    const withPrefix = i > 0 && prefix && !head.startsWith(prefix) ? prefix + head : head;
    return withPrefix + tail;
  });
}

/**
 * What is measured of every item, where the last item of a list says it per head (…、中等职业学校
 * 生均一般公共预算教育经费 → 生均一般公共预算教育经费), or after the entity it names.
 */
function perTail(last: string): string | undefined {
  const per = /(?:生均|人均|户均|校均|每千人口|每万人口)/.exec(last);
  if (per && per.index >= 2 && last.length - per.index >= 4) return last.slice(per.index);
  return undefined;
}

/**
 * The head the last of parallel names carries for all (税法进校园、税法进企业、税法进社区活动 → 活动): the
 * items before it are as long as each other and open alike, and the last is longer.
 */
function parallelTail(parts: string[]): string | undefined {
  const L = parts[0].length;
  const last = parts[parts.length - 1];
  if (last.length < L + 2 || parts.slice(0, -1).some((p) => p.length !== L)) return undefined;
  const open = parts[0].slice(0, 2);
  return parts.every((p) => p.startsWith(open)) ? last.slice(L) : undefined;
}

/** 以上的 / 以下的 right after a figure: it bounds the noun that follows (50万元以上的村). */
const THRESHOLD_OF = /^以[上下内]的/;
/** Text before a threshold figure that names what it bounds (年经营性收入), not a scope or time alone (全市, 年末全市共有). */
function boundedNoun(text: string, a: number, b: number): boolean {
  return stripTrailers(stripOpeners(text.slice(a, b))).length >= 2;
}
/** The noun after the 的 of `pre` is one or two characters (的村达). */
function shortHead(pre: string): boolean {
  const de = pre.indexOf('的');
  if (de < 0) return false;
  const head = stripTrailers(pre.slice(de + 1));
  return head.length >= 1 && head.length <= 2;
}
/** The same bound read as the figure's own hedge (50万元以上|的村). */
const THRESHOLD_END = /^以[上下内]$/;

/** Read every figure in `text` (width-folded), in order. */
export function readFigures(text: string, spans: readonly Span[]): Reading[] {
  const out: Reading[] = [];
  const context = new FigureContext(text, spans);
  /** Where the plan sections start and end, in pairs; the pair at `planAt` is the next one. */
  const plans = spans.length ? planSections(text) : [];
  let planAt = 0;
  let carry: Carry = { subject: '', full: '', items: [] };
  /** The carried subject without rates: what a generic noun (涉及金额) belongs to. */
  let thing = '';
  let carrySentence = -1;
  let sentenceEnd = -1;
  let sentenceNext = 0;
  let paraStart = -1;
  let paraEnd = -1;
  let targetScanned = 0;
  let paraTabFor = -1;
  let paraTab = -1;
  /** Indicators of the level figures of this sentence, for a 分别 list of changes without a subject. */
  let recent: string[] = [];
  /** Who 实现 / 完成 a figure earlier in this sentence. */
  let agent = '';
  /**
   * The carried subject before the 其中 part of this sentence that replaced it ('' once another figure is
   * named, and at each new sentence: it is always this sentence's).
   */
  let whole = '';
  let para = -1;
  let sentence = -1;
  let targetFrom = -1;
  let prevClause = -1;
  let prevNounEnd = -1;
  let prevPre = '';
  /** The figure read last (index, sentence) and its label when it was a share or a rate. */
  let lastK = -2;
  let lastSentence = -1;
  let lastShare = '';
  let lastRate = '';
  /** The base and indicator of the figure read last, when it was a change. */
  let lastBase: string | null = null;
  let lastIndicator = '';
  let group: {
    size: number;
    left: number;
    reading: Reading;
    items: string[] | null;
    i: number;
    suffix: string;
  } | null = null;

  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k];
    // Clause and sentence bounds.
    let ca = sp.start;
    let depth = 0;
    while (ca > 0) {
      const c = text.charCodeAt(ca - 1);
      if (STRONG[c]) break;
      if (CLOSE[c]) depth++;
      else if (OPEN[c]) {
        if (depth === 0) break;
        depth--;
      }
      ca--;
    }
    // Sentence and paragraph bounds, found once for all the figures they hold.
    if (!(sp.start >= sentence && sp.start < sentenceEnd)) {
      let a = ca;
      while (a > 0 && !SENTENCE[text.charCodeAt(a - 1)]) a--;
      let b = sp.end;
      while (b < text.length && !SENTENCE[text.charCodeAt(b)]) b++;
      sentenceEnd = b;
      if (!(sp.start >= paraStart && sp.start < paraEnd)) {
        let pa0 = a;
        while (pa0 > 0 && text.charCodeAt(pa0 - 1) !== 10) pa0--;
        let pe0 = b;
        while (pe0 < text.length && text.charCodeAt(pe0) !== 10) pe0++;
        paraStart = pa0;
        paraEnd = pe0;
      }
      sentenceNext = a;
    }
    const sa = sentenceNext;
    const pa = paraStart;
    const pe = paraEnd;
    // A table read as text puts each cell on a line of its own (发电量 / 268.4亿千瓦时 / 增长4.9%):
    // a short line goes on with what the lines before it named; a paragraph starts afresh.
    const cellLine = pe - pa <= 16;
    let lineHead = '';
    if (cellLine && pa === sp.start && pa > 0) {
      let ql = pa - 1;
      while (ql > 0 && text.charCodeAt(ql - 1) !== 10) ql--;
      const prevLine = text.slice(ql, pa - 1).trim();
      if (prevLine.length <= 12 && !/\d/.test(prevLine) && isCjk(prevLine.charCodeAt(0)))
        lineHead = cleanLabel(prevLine);
    }
    if (pa !== para) {
      para = pa;
      if (!cellLine) {
        carry = { subject: '', full: '', items: [] };
        thing = '';
      }
    }
    if (lineHead) {
      carry = { subject: lineHead, full: lineHead, items: [] };
      thing = lineHead;
    }
    if (sa !== sentence) {
      sentence = sa;
      recent = [];
      agent = '';
      whole = '';
      targetFrom = -1;
      targetScanned = sa;
    }
    // A target word anywhere before the figure in its sentence (全年完成…，力争…) marks it.
    for (; targetFrom < 0 && targetScanned < sp.start; targetScanned++)
      if (TARGET_FIRST[text.charCodeAt(targetScanned)] && isTargetWord(text, targetScanned)) targetFrom = targetScanned;
    let cb = sp.end;
    for (let d = 0; cb < text.length; cb++) {
      const c = text.charCodeAt(cb);
      if (STRONG[c]) break;
      if (OPEN[c]) d++;
      else if (CLOSE[c]) {
        if (d === 0) break;
        d--;
      }
    }
    const next = spans[k + 1];
    const limit = next && next.start < cb ? next.start : cb;

    const sameClause = prevClause === ca;
    const preStart = sameClause ? Math.max(ca, prevNounEnd) : ca;
    let rawPre = text.slice(preStart, sp.start);
    // 年经营性收入50万元以上的村达47个: the figure before is a threshold inside what this one counts.
    // (Only when the noun bounded says too little alone: 村, not 在建项目.)
    if (sameClause && spans[k - 1].start > ca) {
      const prev = spans[k - 1];
      const c0 = rawPre.charCodeAt(0);
      // The bound after the figure (以上的村), or read as the figure's own hedge (50万元以上|的村).
      const bound =
        c0 === 0x4ee5 && THRESHOLD_OF.test(rawPre)
          ? ''
          : c0 === 0x7684 && THRESHOLD_END.test(text.slice(prev.end - 2, prev.end))
            ? text.slice(prev.end - 2, prev.end)
            : null;
      if (bound !== null && shortHead(rawPre) && boundedNoun(text, ca, prev.start))
        rawPre = text.slice(ca, prev.start) + bound + rawPre;
    }
    const post = readPost(text, sp.end, limit);
    prevClause = ca;
    prevNounEnd = post.nounEnd;

    let target = targetFrom >= 0 && targetFrom < sp.start;
    // (A ceiling reached, 压缩至1个工作日以内, is a result: 以内 after 至 / 到.)
    if (!target && !TO_END[text.charCodeAt(sp.start - 1)])
      target = !!wordAt(text, sp.end, TARGET_AFTER_W) || !!wordAt(text, post.nounEnd, TARGET_AFTER_W);
    // A figure of the plan section (三、2025年工作计划) is a plan, whatever its sentence says.
    while (planAt < plans.length && plans[planAt + 1] <= sp.start) planAt += 2;
    if (!target && planAt < plans.length && plans[planAt] <= sp.start) target = true;

    // A continuation of a 分别 group: the text between is only a joiner (、 和 及), or a joiner and the
    // verb of a change the other way (分别增长3.8%、4.2%和减少1.6%).
    const joined =
      group && group.left > 0 && group.i === k - 1 && sameClause ? GROUP_JOIN.exec(rawPre.replace(/\s/g, '')) : null;
    if (group && joined) {
      group.left--;
      group.i = k;
      const idx = group.size - group.left - 1;
      const indicator = group.items ? group.items[idx] : group.reading.indicator;
      const verb = joined[1];
      const direction = verb ? (DOWN_SET.has(verb) ? 'down' : 'up') : null;
      const flipped = !!direction && direction !== group.reading.direction;
      const suffix = flipped ? group.suffix.replace(GROUP_VERB, verb) : group.suffix;
      const r: Reading = {
        ...group.reading,
        indicator,
        label: group.items ? cap(indicator + suffix) : group.reading.label,
        direction: direction ?? group.reading.direction,
        target: group.reading.target || target,
      };
      out.push(r);
      continue;
    }
    group = null;

    // A row of a table (cells separated by tabs): its first cell names the figures in the row.
    if (paraTabFor !== pa) {
      paraTabFor = pa;
      // Searched within the paragraph only: indexOf over the rest of a long text, once per
      // paragraph, made the reader quadratic.
      let t = pa;
      while (t < pe && text.charCodeAt(t) !== 9) t++;
      paraTab = t < pe ? t - pa : -1;
    }
    const tab = paraTab;
    const rowHeader = tab > 0 && pa + tab < sp.start ? cleanLabel(text.slice(pa, pa + tab)) : '';
    if (rowHeader && rowHeader !== carry.subject) {
      carry = { subject: rowHeader, full: rowHeader, items: [] };
      thing = rowHeader;
    }
    // One context, refilled for each figure: readOne keeps nothing of it.
    context.carry = carry.subject;
    context.thing = thing;
    context.carryFull = carry.full;
    context.sentenceCarry = carrySentence === sa ? carry.subject : '';
    context.prevPre = sameClause ? prevPre : '';
    context.listItem = sameClause && isJoiner(rawPre.charCodeAt(0));
    const afterLast = lastK === k - 1 && lastSentence === sa;
    context.shareBefore = afterLast ? lastShare : '';
    context.prevRate = afterLast ? lastRate : '';
    context.sentenceAgent = agent;
    context.sentenceWhole = whole;
    context.sentenceStart = sa;
    context.clauseStart = ca;
    context.afterLast = afterLast;
    context.index = k;
    const reading = readOne(text, sp, rawPre, post, context, target, sa);
    // A change that names no base has the one its sentence gave: the change of the same thing just
    // before it (比上年末增加18.92万人，增长2.9%), or an opening 与…相比 (与调整前相比，…提高180元).
    const rr = reading.r;
    if (rr.measure === 'change' && rr.base === null) {
      if (afterLast && lastBase && lastIndicator === rr.indicator) rr.base = lastBase;
      else rr.base = comparedBefore(text, sa, ca);
    }
    lastBase = rr.measure === 'change' ? rr.base : null;
    lastIndicator = rr.indicator;
    prevPre = reading.pre;
    if (reading.agent) agent = reading.agent;
    lastK = k;
    lastSentence = sa;
    lastShare = reading.r.measure === 'share' ? reading.r.label : '';
    lastRate = reading.r.measure === 'level' && reading.r.label.endsWith('率') ? reading.r.label : '';
    out.push(reading.r);

    // 分别: the figures after this one in the clause, joined by 、 和 及, are items of one list.
    if (rawPre.includes('分别') || rawPre.includes('依次')) {
      let size = 1;
      for (let j = k + 1; j < spans.length && spans[j].start < cb; j++) {
        const between = text.slice(spans[j - 1].end, spans[j].start).replace(/\s/g, '');
        if (!/^[、和及与]$|^以及$/.test(between) && !(reading.r.measure === 'change' && GROUP_TURN.test(between)))
          break;
        size++;
      }
      if (size > 1) {
        const subj = reading.r.measure === 'level' ? levelSubject(reading.subject) : reading.subject;
        const items =
          (subj && listItems(subj, size)) ||
          (carry.items.length === size ? carry.items : null) ||
          (!subj && recent.length >= size ? recent.slice(-size) : null);
        // What the label adds to the indicator (增速, 下降, 占…比重), the same for every item.
        const r0 = reading.r;
        const suffix =
          r0.measure === 'level' ? '' : r0.label.startsWith(r0.indicator) ? r0.label.slice(r0.indicator.length) : '';
        if (items) {
          for (let i = 0; i < items.length; i++) items[i] = cap(cleanLabel(items[i]));
          r0.indicator = items[0];
          r0.label = cap(items[0] + suffix);
        }
        group = { size, left: size - 1, reading: r0, items, i: k, suffix };
        if (items && reading.r.measure === 'level') carry = { ...carry, items };
      }
    }
    if (reading.r.measure === 'level' && reading.r.indicator) recent.push(reading.r.indicator);
    const named = reading.r.measure === 'level' ? !!reading.r.indicator : reading.subject !== '';
    if (reading.r.measure !== 'share' && named) {
      // A 其中 part narrows the subject for the changes after it; the bare verbs after it still
      // speak of the whole (其中省本级新收2105件；受理16902件 → 行政复议案件受理).
      // (So are the parts of the same list after it that name a thing, not a verb: 其中刑事案件320件，
      // 民事案件500件，办结800件.)
      const part =
        reading.r.measure === 'level' &&
        (rawPre.includes('其中') || (!!whole && !wordAt(reading.r.indicator, 0, VERB_AT)));
      if (part && !whole && carrySentence === sa) whole = carry.subject;
      else if (!part) whole = '';
      carry = { subject: withoutLeadingVerb(reading.r.indicator), full: reading.r.indicator, items: carry.items };
      carrySentence = sa;
      // A rate is what its change is of (城镇化率…提高), not what a 金额 or 单位 after it belongs to.
      // 矛盾纠纷调解成功 → 矛盾纠纷; 合法性审查 stays (审查 there names the thing).
      // (Asked again here: a 分别 list may have renamed the figure since.)
      if (!(reading.r.measure === 'level' && reading.r.label.endsWith('率')))
        thing = endsWithAny(carry.subject, RESULTS_W) ? thingOf(carry.subject) : carry.subject;
    }
  }
  return out;
}

/**
 * A heading of the part of a report that says what is planned (三、2025年工作计划, 二、2025年工作安排,
 * 下一步工作打算, 四、下一步改进措施), not of results (2024年重点工作完成情况). Top-level or unnumbered
 * only: （一）主要目标顺利实现 under 一、工作回顾 opens nothing.
 */
const PLAN_HEADING =
  /^(?:[一二三四五六七八九十]+、)?\s*([^，。；！？]{0,16}?)(工作计划|工作安排|工作打算|工作思路|工作设想|工作重点|重点工作|工作目标|目标任务|主要目标|预期目标|主要任务|总体要求|工作部署|改进措施|工作举措|努力方向)[^，。；！？]{0,8}$/;
/** Plan nouns that name a plan alone; the others need a year or 下一步 before them (2025年重点工作). */
const PLAN_ALONE = /^(?:工作计划|工作安排|工作打算|工作思路|工作设想)$/;
const FUTURE = /(?:19|20)\d{2}年|下一步|下步|今后|明年|今年/;
const NOT_PLAN = /情况|成效|回顾|完成|进展|成绩|总结|落实|实现|推进/;
/** A top-level heading (一、…): it ends the section before it, also when a paragraph runs on after it. */
const TOP_HEADING = /^\s*[一二三四五六七八九十]+、/;

function isPlanHeading(line: string): boolean {
  const m = PLAN_HEADING.exec(line);
  return !!m && !NOT_PLAN.test(line) && (PLAN_ALONE.test(m[2]) || FUTURE.test(m[1]));
}

/**
 * The plan sections of `text` as [start, end) pairs: from a plan heading line to the next top-level
 * heading that is not one. Heading lines are short lines of their own; a top-level heading that runs
 * on into its paragraph (四、…情况。全年…) is read up to its first 。.
 */
function planSections(text: string): number[] {
  const out: number[] = [];
  let open = -1;
  for (let a = 0; a < text.length; ) {
    let b = text.indexOf('\n', a);
    if (b < 0) b = text.length;
    const short = b - a <= 40;
    const line = short ? text.slice(a, b).trim() : '';
    const plan = short && isPlanHeading(line);
    if (plan && open < 0) open = a;
    else if (!plan && open >= 0 && TOP_HEADING.test(short ? line : text.slice(a, a + 8))) {
      out.push(open, a);
      open = -1;
    }
    a = b + 1;
  }
  if (open >= 0) out.push(open, text.length);
  return out;
}

const TARGET_INDEX = new Words(TARGET_WORDS);
/** The first characters of the target words: the sentence scan asks the index only at these. */
const TARGET_FIRST = charTable(TARGET_WORDS.map((w) => w[0]).join(''));

/** 拟 inside a noun phrase: a review verb or 对 before it, or 的 after its verb (拟签订的合同); or 拟定, 拟任. */
function plannedNoun(text: string, i: number): boolean {
  if (text.startsWith('定', i + 1) || text.startsWith('任', i + 1)) return true;
  const v = wordAt(text, i + 1, VERB_AT) ?? (isCjk(text.charCodeAt(i + 2)) ? text.slice(i + 1, i + 3) : '');
  if (v && text.charCodeAt(i + 1 + v.length) === 0x7684) return true;
  return REVIEW_BEFORE.test(text.slice(Math.max(0, i - 6), i));
}
/** What is done to what is about to be published or issued (审核拟公开信息, 对拟公开的信息). */
const REVIEW_BEFORE = /(?:对|审核|审查|核查|把关)[^，。；！？]{0,4}$/;

/** What 争取 obtains (funds, bonds, subsidies): then it reports a result, not a target (争取实现…, 争取新开工… are). */
const OBTAINED = /^(?!实现|新)[^，。；！？,;]*?(?:资金|国债|债券|补助|额度)/;

/**
 * A target word at `i` that marks a plan: 计划 only where it starts a clause or follows a year
 * (年度行政执法计划 names a plan document, 计划开展 after it is no target), 拟 never in 模拟 or 草拟.
 */
function isTargetWord(text: string, i: number): boolean {
  const w = wordAt(text, i, TARGET_INDEX);
  if (!w) return false;
  const before = text[i - 1];
  // (计划总投资 is what a project is planned to cost: a property of it, not a target.)
  if (w === '计划')
    return (!before || !isCjk(before.charCodeAt(0)) || before === '年') && !text.startsWith('总投资', i + 2);
  // (审核拟公开信息, 对…拟制发的文件, 拟签订的合同 name what is about to be done with them: no plan figure;
  // 拟定 is a verb of its own.)
  if (w === '拟') return (!before || !'模虚草比'.includes(before)) && !plannedNoun(text, i);
  // 争取超长期特别国债资金6.8亿元 says what was obtained; 争取实现… is a target.
  if (w === '争取') return !OBTAINED.test(text.slice(i + 2, i + 12));
  // 预计完成地区生产总值38.62亿元: the year's result as first estimated, not a target.
  if (w === '预计') return !text.startsWith('完成', i + 2) && !text.startsWith('实现', i + 2);
  return true;
}

function changeName(r: Pick<Reading, 'direction'>, unit: string, word: string, compare = ''): string {
  if (word === '增速' || word === '增长率' || word === '增幅') return '增速';
  if (isRate(unit)) return word === '增长' || (!word && r.direction === 'up') ? '增速' : word;
  return compare + word;
}

function cap(s: string): string {
  // (Never from the middle of a phrase: …提出的审查建议 → 审查建议.)
  const t = s.charCodeAt(0) === 0x7684 && s.length > 2 ? s.slice(1) : s;
  return t.length > MAX_LABEL_LEN ? t.slice(t.length - MAX_LABEL_LEN) : t;
}

/** 、 和 及 与: the characters that join the items of a list. */
function isJoiner(c: number): boolean {
  return c === 0x3001 || c === 0x548c || c === 0x53ca || c === 0x4e0e;
}

/** The {@link Context} of the figure at `index`, as {@link readFigures} fills it in. */
class FigureContext implements Context {
  carry = '';
  carryFull = '';
  sentenceCarry = '';
  prevPre = '';
  listItem = false;
  shareBefore = '';
  thing = '';
  prevRate = '';
  sentenceAgent = '';
  sentenceWhole = '';
  sentenceStart = 0;
  clauseStart = 0;
  /** The figure before this one in the sentence was read last (not as an item of a 分别 group). */
  afterLast = false;
  index = 0;
  constructor(
    private readonly text: string,
    private readonly spans: readonly Span[],
  ) {}
  /** The whole a clause before this one names with 中 (一般公共预算支出中，…), or ''. */
  wholeBefore(): string {
    const end = this.clauseStart - 1;
    if (end <= this.sentenceStart) return '';
    const clause = this.text.slice(clauseStartBefore(this.text, this.sentenceStart, end), end).trim();
    if (!clause.endsWith('中') || /\d/.test(clause)) return '';
    const whole = cleanLabel(stripOpeners(clause.slice(0, -1)).replace(/^在/, ''));
    return whole.length >= 2 && whole.length <= 14 ? whole : '';
  }
  /** The object of what the clause before this one says after its figure (…1.2万名国家工作人员参加网上学法用法考试，). */
  prevTail(): string {
    const j = this.index - 1;
    const end = this.clauseStart - 1;
    if (j < 0 || end <= this.sentenceStart) return '';
    const prev = this.spans[j];
    if (prev.start < clauseStartBefore(this.text, this.sentenceStart, end) || prev.end >= end) return '';
    return clauseObject(this.text, prev.end, end);
  }
  afterClauseFigure(): boolean {
    const prev = this.spans[this.index - 1];
    return this.afterLast && prev.end <= this.clauseStart && !hasStrong(this.text, prev.end, this.clauseStart - 1);
  }
  /** The noun after the next figure when it starts at `at` (5个方面|28项重点任务), or ''. */
  nextNoun(at: number): string {
    const next = this.spans[this.index + 1];
    if (!next || next.start !== at) return '';
    return readPost(this.text, next.end, Math.min(this.text.length, next.end + 20)).noun;
  }
  listObject(): string {
    const sp = this.spans[this.index];
    const next = this.spans[this.index + 1];
    const text = this.text;
    if (!next || text.charCodeAt(sp.end) !== 0x3001 || next.start !== sp.end + 1) return '';
    let e = next.end;
    while (e < text.length && e - next.end < 16 && isCjk(text.charCodeAt(e))) e++;
    const obj = text.slice(next.end, e);
    return obj.length >= 2 && !wordAt(obj, 0, VERB_AT) ? obj : '';
  }
  /** Read only when a label needs it (rare): the object of the nearest clause before this one in the sentence that holds no figure. */
  before(long = false): string {
    const text = this.text;
    const spans = this.spans;
    const sa = this.sentenceStart;
    let end = this.clauseStart - 1;
    let j = this.index - 1;
    while (end > sa) {
      const start = clauseStartBefore(text, sa, end);
      while (j >= 0 && spans[j].start >= end) j--;
      if (!(j >= 0 && spans[j].start >= start)) return clauseObject(text, sa, end, long);
      end = start - 1;
    }
    return '';
  }
}

/** What the sentence around a figure offers its label. */
interface Context {
  /** The last thing named in the paragraph (for change figures). */
  carry: string;
  /** The same with its verb. */
  carryFull: string;
  /** The same, only when named in this sentence (for labels that are too short alone). */
  sentenceCarry: string;
  /** The verb or modifier before the previous figure of a list. */
  prevPre: string;
  /** The object of the clause before this one in the sentence (…参加国家工作人员学法考试，). */
  before: (long?: boolean) => string;
  /** The figure follows another in the same clause after 、 (一审案件216件、二审140件). */
  listItem: boolean;
  /** The label of the share figure right before this one in the sentence ('' if none). */
  shareBefore: string;
  /** {@link carry} past rates: what a generic noun belongs to. */
  thing: string;
  /** The label of the figure right before this one in the sentence when it is a rate (…考试参考率). */
  prevRate: string;
  /** Who 实现 / 完成 an earlier figure of the sentence (…企业实现营业收入), or ''. */
  sentenceAgent: string;
  /** The whole before a 其中 part of this sentence replaced the carried subject, or ''. */
  sentenceWhole: string;
  /** Where the figure's clause starts. */
  clauseStart: number;
  /** The figure before this one in the sentence ends the clause right before this one's (…机构6个，床位820张). */
  afterClauseFigure: () => boolean;
  prevTail: () => string;
  wholeBefore: () => string;
  /** The noun after the next figure when it starts at `at` (5个方面|28项重点任务), or ''. */
  nextNoun: (at: number) => string;
  /** The object after a list of figures that starts with this one (1350户、4200余人|饮水不稳定问题), or ''. */
  listObject: () => string;
}

/** Where the clause that ends at `b` starts (not before `a`). */
function clauseStartBefore(text: string, a: number, b: number): number {
  let s = b;
  while (s > a && !STRONG[text.charCodeAt(s - 1)]) s--;
  return s;
}

/** The object of the clause text[a, b): its last verb phrase without the verb. */
function clauseObject(text: string, a: number, b: number, long = false): string {
  let s = b;
  while (s > a && !STRONG[text.charCodeAt(s - 1)]) s--;
  const clause = dropTitles(text.slice(s, b))
    .replace(/\s+/g, '')
    .replace(/(?:19|20)\d{2}年度?/g, '');
  if (/\d/.test(clause)) return '';
  let t = cleanLabel(stripOpeners(shorten(clause)));
  t = withoutLeadingVerb(t);
  t = stripOpeners(t);
  // A long object keeps its head: the last words name the thing (…领导干部网上学法用法学习考试);
  // only what a bare verb was done to is asked for that way, other labels want a short topic.
  if (t.length > 14) {
    if (!long) return '';
    const cut = Math.max(t.lastIndexOf('的'), t.lastIndexOf('和'), t.lastIndexOf('与'), t.lastIndexOf('及'));
    t = cut >= 0 && t.length - cut - 1 <= 14 && t.length - cut - 1 >= 4 ? t.slice(cut + 1) : t.slice(-12);
  }
  return t.length >= 2 ? t : '';
}

/** The label is verbs and nothing else (办结, 参学参考): it says what was done, not to what. */
function onlyVerbs(s: string): boolean {
  if (!s) return false;
  // 新制定, 新修订: 新 before a verb says it is new, and the phrase is still a verb.
  for (let i = s.charCodeAt(0) === 0x65b0 && s.length >= 3 ? 1 : 0; i < s.length; ) {
    // A result after a verb (调解成功, 整改到位) is part of the verb phrase.
    const v = wordAt(s, i, VERB_AT) ?? (i > 0 ? wordAt(s, i, RESULTS_W) : null);
    if (!v) return false;
    i += v.length;
  }
  return true;
}

/** Enrich a label that says too little alone (二审, 公示率, 考核). */
function enrich(label: string, ctx: Context, text: string, from: number, to: number): string {
  const bare = onlyVerbs(label) || (label.length <= 2 && !!wordAt(label, 0, VERB_AT));
  if (bare) {
    // What the verb was done to: named earlier in the sentence, by the figure before, by the
    // clause before; last, by what the paragraph spoke of.
    const earlier = bareVerb(text, label, from, to);
    if (earlier) return earlier;
    // 解决1350户、4200余人饮水不稳定问题: what the verb did, after the list of figures.
    const obj = ctx.listObject();
    if (obj) return label + obj;
    if (ctx.sentenceCarry) return thingOf(ctx.sentenceWhole || ctx.sentenceCarry) + label;
    const before = ctx.before(true);
    if (before) return before + label;
    if (ctx.carry) return ctx.carry + label;
    return label;
  }
  // (计划投资240亿元: a plan word before a generic noun names no more than the noun.)
  if (
    GENERIC.has(label) ||
    GENERIC.has(withoutLeadingVerb(label)) ||
    (label.startsWith('计划') && GENERIC.has(label.slice(2)))
  ) {
    const owner = ctx.thing || ctx.carry;
    if (owner) return owner + label;
    const before = ctx.before();
    if (before) return before + label;
    return label;
  }
  if (label.length <= 3 && /[率度数量例]$/.test(label)) {
    // A rate or count alone (公示率, 及格率; 办结1133件，办结率93.3%) is the rate of what the
    // sentence is about: the figure before it, the verb's earlier object, the clause before.
    const head = label.slice(0, 2);
    if (ctx.sentenceCarry.endsWith(head) && ctx.sentenceCarry.length > 2) return ctx.sentenceCarry + label.slice(2);
    // …医疗保险参保人数达3.12万人，参保率达97.8%: the rate of what the count before was of.
    const inCarry = label.endsWith('率') ? ctx.sentenceCarry.lastIndexOf(head) : -1;
    if (inCarry >= 2) return ctx.sentenceCarry.slice(0, inCarry) + label;
    const v = wordAt(label, 0, VERB_AT);
    // (An earlier use: the figure's own clause holds the rate's verb itself, 办结率均为100%.)
    const obj = v ? objectAfter(text, v, from, Math.min(to, ctx.clauseStart)) : null;
    if (obj) return obj + label;
    // (A count, not a rate, after a figure that named the subject does not take the opening
    // clause: 全面落实粮食安全党政同责，全县粮食播种面积56.3万亩，总产量24.8万吨.)
    const before = ctx.sentenceCarry && !label.endsWith('率') ? '' : ctx.before();
    if (before && !before.includes(label) && !label.includes(before)) return before + label;
    // …参加网上学法用法考试，参考率达100%，合格率达99.8%: what the clause before did after its figure,
    // or what the rate before this one in the sentence was of.
    const tail = ctx.prevTail();
    if (tail && !tail.includes(label)) return tail + label;
    const rate = ctx.prevRate;
    if (rate.length > label.length + 1 && !rate.endsWith(label)) return rate.slice(0, -label.length) + label;
    // 受理行政复议案件30件，办结率100%: the rate of a verb (办结, 审核) is of what the sentence counted.
    // (Not of a verb phrase: 发现问题并督促制定机关纠正34件，纠错率….)
    const carried = ctx.sentenceCarry;
    if (v && label.endsWith('率') && carried.length >= 2 && !wordAt(carried, 0, VERB_AT) && !carried.includes('并'))
      return carried + label;
  }
  // 全县建成医养结合机构6个，床位820张: what the entity counted just before has (its beds, staff, tenants).
  // (普通高等学校招生2.87万人，毕业生2.54万人: the entity of a count of what it did.)
  const entity = label.length >= 2 && label.length <= 4 && ctx.afterClauseFigure() ? entityOf(ctx.sentenceCarry) : '';
  if (
    entity &&
    (!hasVerb(label) || !!startsWithAny(label, HAS_VERBS_W)) &&
    !GENERIC.has(label) &&
    !endsWithAny(label, ENTITY_W) &&
    // (The clause says no more than the label: not 全年开展远程会诊. Another entity is no attribute:
    // 其中三级医院12个，卫生院20个.)
    to - ctx.clauseStart <= label.length + 2
  )
    return entity + label;
  // 在全市纳税人满意度调查中，我局综合得分92.6分: a short label inside the frame the clause before sets.
  if (label.length >= 2 && label.length <= 4 && !hasVerb(label)) {
    const frame = ctx.wholeBefore();
    if (frame && !label.includes(frame) && !frame.endsWith(label)) return frame + label;
  }
  // An item of a list that names only its difference (一审案件216件、二审140件).
  if (label.length <= 2 && ctx.listItem && ctx.sentenceCarry && !ctx.sentenceCarry.includes(label))
    return ctx.sentenceCarry + label;
  // A one-word thing (行动, 项目) in a sentence whose opening clause names the undertaking
  // (深入开展安全生产治本攻坚三年行动，对10项行动…): that clause says which.
  // (共发放贷款3462笔，合计贷款61.78亿元: the figure before already named it; the opening clause is further off.)
  if (label.length <= 2 && !(label && ctx.sentenceCarry.endsWith(label))) {
    const before = ctx.before();
    if (before && !before.endsWith(label) && before.length <= 14) return before + label;
    if (before.endsWith(label) && before.length > label.length) return before;
  }
  return label;
}

/** The noun after an earlier use of `verb` in the sentence (公示重大行政决策制度 → 重大行政决策制度). */
function objectAfter(text: string, verb: string, from: number, to: number): string | null {
  // Within the sentence only (an unbounded indexOf scans the rest of the text when it misses).
  const rel = text.slice(from, to).indexOf(verb);
  const at = rel < 0 ? -1 : from + rel;
  if (at < 0) return null;
  const a = at + verb.length;
  if (a < to - verb.length) {
    let b = a;
    while (b < to && b - a < 10 && isCjk(text.charCodeAt(b)) && !(b > a + 1 && breakAt(text, b))) b++;
    if (b - a >= 2) return text.slice(a, b);
  }
  // 进行合法性审核，审核率达到100%: a verb that ends its clause after a light verb was done to the noun
  // between them (not 均按期办结: no light verb, no noun).
  if (!STRONG[text.charCodeAt(a)]) return null;
  let c = at;
  while (c > from && at - c < 8 && isCjk(text.charCodeAt(c - 1)) && !breakEndsAt(text, c, from)) c--;
  const light = LIGHT_VERBS_W.last
    .at(text.charCodeAt(c - 1))
    ?.find((w) => c - w.length >= from && text.startsWith(w, c - w.length));
  return light && at - c >= 2 ? text.slice(c, at) : null;
}

interface One {
  r: Reading;
  /** The verb or modifier before the figure, for the next item of a list (8项正面清单和12项负面清单). */
  pre: string;
  /** The subject before a 分别, for splitting into items (a level figure's is read when asked). */
  subject: string;
  /** Who 实现 / 完成 the figure (规模以上工业企业), for the clauses after it that leave it out. */
  agent?: string;
}

function readOne(
  text: string,
  sp: Span,
  rawPre: string,
  post: Post,
  ctx: Context,
  target: boolean,
  sentenceStart: number,
): One {
  const prevPre = ctx.prevPre;
  let pre = dropTitles(rawPre);
  // 编印《南屏区人民政府公报》4期: a short title right before the figure, after a verb alone, is what was counted.
  if (rawPre.charCodeAt(rawPre.length - 1) === 0x300b && pre.length <= 4 && onlyVerbs(pre)) {
    const open = rawPre.lastIndexOf('《');
    const title = open >= 0 ? rawPre.slice(open + 1, -1) : '';
    if (title.length >= 2 && title.length <= 14 && onlyCjk(title)) pre += title;
  }
  if (/\s/.test(pre)) pre = pre.replace(/\s+/g, '');
  // 已连续3年保持100%: how long, not what.
  if (pre.includes('连续')) pre = pre.replace(DURATION, '');
  // 达到每人每月183元: how the amount is counted; the carried subject is what.
  if (pre.includes('每')) {
    const per = endsWithAny(pre, PER_HEAD_W);
    if (per) pre = pre.slice(0, -per.length);
  }
  // 减少至 / 缩短至 / 降至: the figure is the new level.
  let toLevel = false;
  const untilLe = pre.endsWith('了') ? pre.slice(0, -1) : pre;
  const toWord = endsWithAny(untilLe, TO_WORDS_W);
  if (toWord) {
    const p = untilLe.slice(0, -toWord.length);
    const v = endsWithAny(p, TO_VERBS_W) ?? endsWithAny(p, UP_DOWN_L);
    if (v || /[增降减升]$/.test(p)) {
      toLevel = true;
      pre = p.slice(0, -(v?.length ?? 1));
    }
  }
  // 由原来的67人: the text from 由 on is the starting point, not the subject.
  const fromTo = (pre.includes('由') || pre.includes('从')) && FROM_AT_END.test(pre);
  if (fromTo) pre = pre.replace(FROM_AT_END, '');
  // 力争完成…, 拟调整…: the target word says what kind of figure it is, not what it counts.
  let opened = stripOpeners(pre);
  // 计划 is a plan word before a verb (计划实施重点项目150个), a noun before others (年度计划).
  const tw =
    startsWithAny(opened, TARGET_PREFIXES_W) ??
    (opened.startsWith('计划') && wordAt(opened, 2, VERB_AT) ? '计划' : null);
  if (tw) {
    pre = opened.slice(tw.length);
    opened = stripOpeners(pre);
  }

  const listContinues = pre.endsWith('、') || !!endsWithWord(pre, AND_W) || /^[、和及与]$/.test(pre);
  // 由我局承办的 / 会同其他单位办理的: a relative clause about who did it, not what was counted.
  const relative = /的$/.test(pre) && /^(?:由|会同|经)/.test(opened);
  let p = stripTrailers(opened);
  // 全年在…领域累计出动: the predicate starts after 累计 / 共计.
  const tally = p.includes('计')
    ? Math.max(p.lastIndexOf('累计'), p.lastIndexOf('共计'), p.lastIndexOf('合计'), p.lastIndexOf('总计'))
    : -1;
  // (A scope before 累计 ends in a place word or holds 在; 地区生产总值累计增长 is the thing itself.)
  if (tally > 0 && p.length - tally - 2 >= 2 && /在|[区市县省镇]$/.test(p.slice(0, tally))) p = p.slice(tally + 2);
  else if (tally > 0 && p.length - tally - 2 >= 2) p = p.slice(0, tally) + p.slice(tally + 2);
  if (relative) p = '';
  // 由我局单独或牵头承办的主办件44件: an agent's relative clause, then the thing itself.
  else if (/^(?:由|会同|经)/.test(p) && p.lastIndexOf('的') > 0 && p.length - p.lastIndexOf('的') > 2)
    p = p.slice(p.lastIndexOf('的') + 1);

  // Share: 占GDP的比重为72.0%, 占比30%, (占全省30%).
  const share = shareOf(trimEnd(opened, BEFORE_SHARE, /(?:为|达到|达|约|近|了|不低于|不高于|不超过|不少于)+$/));
  if (share) {
    const indicator = share.subject || ctx.carryFull;
    // 一般公共预算支出中，民生支出占比为80.0%: the clause before names the whole.
    const whole = share.phrase === '占比' ? ctx.wholeBefore() : '';
    const phrase = whole
      ? `占${whole}比重`
      : share.phrase.includes('比重') || share.phrase.includes('占比')
        ? share.phrase
        : `${share.phrase}比重`;
    return {
      r: {
        label: cap(cleanLabel(indicator + phrase)),
        indicator,
        measure: 'share',
        direction: null,
        base: null,
        target,
      },
      pre: '',
      subject: share.subject,
    };
  }

  // 增速高于全县平均水平0.4个百分点: a difference from what it is compared with, as a change against it.
  const higher =
    !toLevel && isRate(sp.unit) && (p.includes('高于') || p.includes('低于')) ? COMPARED_WITH.exec(p) : null;
  if (higher) {
    const own = cleanLabel(higher[1]);
    const indicator = !own ? ctx.carry : CHANGE_NOUN_WORDS.has(own) && ctx.carry ? ctx.carry + own : own;
    if (indicator)
      return {
        r: {
          label: cap(cleanLabel(indicator + higher[2] + higher[3])),
          indicator,
          measure: 'change',
          direction: higher[2] === '高于' ? 'up' : 'down',
          base: higher[3],
          target,
        },
        pre: '',
        subject: indicator,
      };
  }

  // Change: 同比增长5.3%, 比上年末提高0.61个百分点, 谷物种植面积下降0.4%, 减少检查5908户次.
  if (!toLevel) {
    const end = changeAtEnd(trimEnd(p, BEFORE_CHANGE, /(?:了|达|为|约|近)$/));
    // (再取消证明事项10项: again, then the cut.)
    const start = end ? null : changeAtStart(AGAIN[p.charCodeAt(0)] ? p.slice(1) : p);
    const ch = end ?? start;
    if (ch && !(start && CHANGE_WORD_NOUNS.some((w) => p.includes(w)))) {
      const b = baseOf(p);
      let indicator: string;
      let subject: string;
      if (end) {
        subject = subjectOf(ch.before, true);
        // 占…比重达到48.3%，比上年提高0.7个百分点: a change in points right after a share is the share's.
        indicator = cleanLabel(subject) || (sp.unit.endsWith('百分点') && ctx.shareBefore) || ctx.carry;
        // 价格下降2.1%，降幅比上年收窄1.3个百分点: a rate of change alone is the carried subject's.
        if (CHANGE_NOUN_WORDS.has(indicator) && ctx.carry && !ctx.carry.endsWith(indicator))
          indicator = ctx.carry + indicator;
      } else {
        subject = cleanLabel(ch.before) + (post.noun || '');
        // 减少检查5908户次 counts 户次 of 检查; a one-character unit (人) adds nothing to 就业人数.
        indicator = cleanLabel(ch.before + (post.noun || (sp.unit.length >= 2 ? sp.unit : '')));
      }
      const compare = b && !isRate(sp.unit) && end ? p.slice(b.at, b.at + b.len) : '';
      const name = start ? ch.word : changeName({ direction: ch.direction }, sp.unit, ch.word, compare);
      const label = start ? cap(ch.word + indicator) : cap(indicator + name);
      return {
        r: { label, indicator, measure: 'change', direction: ch.direction, base: b?.base ?? null, target },
        pre: '',
        subject,
      };
    }
  }

  // Level.
  let P = p;
  let afterList = '';
  let listAll = '';
  const coverb = !!post.noun && !!coverbAtEnd(trimEnd(opened, BEFORE_COVERB, /(?:约|近|超过|超|逾)$/));
  if (listContinues) P = prevPre;
  else if (coverb || coverbAtEnd(P) || endsWithWord(P, CONJUNCTIONS_W)) P = '';
  else if (P.endsWith('等')) {
    const items = P.slice(0, -1).split('、');
    afterList = cleanLabel(items[items.length - 1] ?? '');
    // 召开论证会、听证会、座谈会等56场: with nothing after the figure, the list is what was counted.
    const lv = startsWithAny(P, LIGHT_VERBS_W);
    const all = cleanLabel(lv && P.length - lv.length >= 3 ? P.slice(lv.length, -1) : P.slice(0, -1));
    listAll = items.length > 1 && all.length <= 16 ? all : '';
    P = '';
  } else if (P.lastIndexOf('等') >= 0 && P.length - P.lastIndexOf('等') > 2 && P.includes('、')) {
    // 组织“制造名城走进名企名校名所”、“链上企业…”等各类活动: the head after 等 names the thing,
    // and the first example says which (制造名城走进名企名校名所等各类活动).
    const head = P.slice(P.lastIndexOf('等') + 1);
    if (head.length >= 4 && !startsWithAny(head, QUANT_L)) {
      // 作出撤销、变更…等纠错决定: a head of four characters or more names the thing alone, after the verb
      // before the list when that says what was done (查处制假售假、…等违法案件 → 查处违法案件).
      const v = startsWithAny(P, VERB_AT);
      P = (v && !startsWithAny(P, LIGHT_VERBS_W) ? v : '') + head;
    } else {
      let first = cleanLabel(stripOpeners(P.slice(0, P.indexOf('、'))));
      first = shorten(first);
      const lv = startsWithAny(first, LIGHT_VERBS_W);
      if (lv && first.length - lv.length >= 2) first = first.slice(lv.length);
      P = first.length >= 2 && first.length <= 14 ? `${first}等${head}` : head;
    }
  }
  // 规模以上工业企业实现营业收入: the subject's light verb says nothing (…企业营业收入).
  const narrowed = pre.startsWith('其中') || rawPre.includes('其中');
  let sub = P.startsWith('其中') ? P.slice(2) : P;
  let agent = '';
  if (sub.includes('实现') || sub.includes('完成')) {
    const m = AGENT_VERB.exec(sub);
    if (m && !MANNER.test(sub.slice(0, m.index))) {
      // 具有资质等级的建筑业企业完成建筑业总产值: a relative clause names who; the object says what.
      const who = sub.slice(0, m.index);
      sub = who.includes('的') ? sub.slice(m.index + 2) : who + sub.slice(m.index + 2);
      // (Carried only when it names enterprises, with the verb it did it with.)
      if (!who.includes('的') && AGENT_NOUN.test(who)) agent = who + m[0];
    } else if (
      ctx.sentenceAgent &&
      sub.length >= 4 &&
      pre.startsWith(ctx.sentenceAgent.slice(-2)) &&
      sub.startsWith(ctx.sentenceAgent.slice(-2))
    ) {
      // …企业实现营业收入652.47亿元，增长5.1%；实现利润总额38.92亿元: the same who, said once; only for a
      // clause that opens with the same verb (全市实现… names its own scope, 完成造林… another doer).
      sub = ctx.sentenceAgent.slice(0, -2) + sub.slice(2);
    }
  }
  // 法治东浦微信公众号全年推送普法信息: who, then when, then what was done (推送普法信息); before a noun
  // only the time word goes (城镇居民全年人均可支配收入 → 城镇居民人均可支配收入).
  if (sub.includes('全年') || sub.includes('年内')) {
    const t = TIME_INSIDE.exec(sub);
    if (t && !hasVerb(sub.slice(0, t.index)))
      sub =
        wordAt(sub, t.index + 2, VERB_AT) || NEW_VERB.test(sub.slice(t.index + 2, t.index + 4))
          ? sub.slice(t.index + 2)
          : sub.slice(0, t.index) + sub.slice(t.index + 2);
  }
  P = cleanLabel(shorten(sub, true));
  // 区政府法律顾问团出具法律意见104份: who did it, then a light verb; its object is what was counted.
  P = afterLightVerb(P);
  const q = startsWithAny(P, QUANT_L);
  // …各项存款余额862.47亿元…；各项贷款余额745.18亿元: the same who as the parallel item before it (the same
  // head noun: 各项税收收入 after 各项存款余额 is no parallel item).
  const qAt = q && ctx.sentenceCarry.slice(-2) === P.slice(-2) ? ctx.sentenceCarry.indexOf(q) : -1;
  if (q && qAt >= 2) P = ctx.sentenceCarry.slice(0, qAt) + P;
  else if (q && P.length - q.length >= 3) P = P.slice(q.length);
  const et = endsWithAny(P, EMPTY_TAILS_W);
  if (et && P.length - et.length >= 3) P = P.slice(0, -et.length);

  const nq = startsWithAny(post.noun, QUANT_L);
  let N = nq && post.noun.length - nq.length >= 2 ? post.noun.slice(nq.length) : post.noun;
  // 在31个行业大类中: 中 closes the frame 在…中.
  if (N.length >= 3 && N.endsWith('中') && rawPre.endsWith('在')) N = N.slice(0, -1);
  // 细化分解5个方面28项重点任务, 推出5大类126项便民举措: the kinds of what the next figure counts.
  let grouped = false;
  if ((GROUPING.has(N) && /\d/.test(text[post.nounEnd] ?? '')) || (!N && GROUPING.has(sp.unit))) {
    const of = ctx.nextNoun(N ? post.nounEnd : sp.end);
    if (of.length >= 2) {
      N = of + (N || sp.unit);
      grouped = true;
    }
  }
  let label = '';
  const listed = N && coverb && text.charCodeAt(post.nounEnd) === 0x3001 ? listRest(text, post.nounEnd) : '';
  const nextPre = P;
  // (The groups are named by what they group; the verb before says what was done with the list.)
  if (grouped) label = N;
  else if (N) {
    const restIsVerb = !!post.rest && post.restVerb;
    if (P && !(restIsVerb && P.length > 6)) label = P + N;
    // 186个人民调解委员会全年共排查…: an organisation that does what follows is what was counted.
    else if (post.rest && !coverb && (endsWithAny(N, ENTITY_W) || N.endsWith('委员会'))) label = N;
    else if (post.rest) label = post.rest + N;
    // 对19个乡镇（街道）、42家县级部门开展法治建设专项督察: what was done to every item of the list.
    else if (listed) label = listed + N;
    else if (GENERIC.has(N) && afterList) label = afterList + N;
    else if (GENERIC.has(N) && ctx.carry) label = ctx.carry + N;
    else label = N;
  } else if (P && (fromTo || !(post.restVerb && post.rest && !wordAt(P, 0, VERB_AT)))) {
    // 为我局出具书面法律意见: the coverb's object is not what was counted; the verb after it is.
    if (/^[为对向给]/.test(P)) {
      for (let i = 1; i + 2 < P.length; i++)
        if (wordAt(P, i, VERB_AT)) {
          // 对轻微违法行为不予处罚案件: the negation goes with its verb.
          const neg = i >= 3 && P.startsWith('不予', i - 2) ? 2 : i >= 2 && /[不未]/.test(P[i - 1]) ? 1 : 0;
          P = P.slice(i - neg);
          break;
        }
    }
    const lv = startsWithAny(P, LIGHT_VERBS_W);
    label = lv && P.length - lv.length >= 2 ? P.slice(lv.length) : P;
  } else if (post.rest) label = post.rest;
  else if (listAll) label = listAll;
  else label = toLevel ? ctx.carryFull : ctx.carry;
  const plan = N ? null : PLAN_OF.exec(P);
  const owner = ctx.thing || ctx.carry;
  if (plan && owner) label = owner + (isRate(sp.unit) ? '完成' : '') + plan[2];
  const inv = INVOLVING.exec(label);
  if (inv && ctx.thing.length > inv[1].length && ctx.thing.endsWith(inv[1])) label = `${ctx.thing}涉及${inv[2]}`;
  // 居民恩格尔系数为28.7%，其中农村居民为31.6%: the part named, then what the whole measured.
  if (narrowed && !N && ctx.carry) label = overlapMerge(label, ctx.carry);
  // 刊发相关报道 after 宣传习近平法治思想: 相关 means "about what the clause before named".
  const rel = label.indexOf('相关');
  if (rel >= 0 && label.length <= 10) {
    const before = ctx.before();
    if (before && !label.includes(before)) label = label.slice(0, rel) + before + label.slice(rel);
  }
  label = cap(cleanLabel(enrich(cleanLabel(label), ctx, text, sentenceStart, sp.start)));
  return {
    r: { label, indicator: label, measure: 'level', direction: null, base: null, target },
    pre: nextPre,
    // Read only for a 分别 list (rare): what the clause says before it.
    subject: p,
    agent,
  };
}

/** A clause of its own before `b` in the sentence from `a` that says what is compared with (与调整前相比). */
const COMPARED = /^(?:与|同|和|跟)([^，。；！？,;]{1,10}?)(?:相比|比较)$/;
function comparedBefore(text: string, a: number, b: number): string | null {
  // (Within the sentence only: an unbounded lastIndexOf scans the text before it when it misses.)
  const seg = text.slice(a, b);
  if (!seg.includes('相比') && !seg.includes('比较')) return null;
  let s = a;
  for (let i = a; i < b; i++) {
    if (!STRONG[text.charCodeAt(i)]) continue;
    const m = COMPARED.exec(text.slice(s, i).trim());
    if (m) return BASES.find(([w]) => w === `比${m[1]}`)?.[1] ?? m[1];
    s = i + 1;
  }
  return null;
}

/** `part` + the rest of `whole` when `part` ends with how `whole` begins (农村居民 + 居民恩格尔系数). */
function overlapMerge(part: string, whole: string): string {
  for (let k = Math.min(part.length, whole.length - 1); k >= 2; k--)
    if (part.endsWith(whole.slice(0, k))) return part + whole.slice(k);
  return part;
}

/** The entity a carried subject names (医养结合机构; 普通高等学校 of 普通高等学校招生), or ''. */
function entityOf(carry: string): string {
  if (carry.length < 4) return '';
  if (endsWithAny(carry, ENTITY_W)) return carry;
  // An entity, then at most three characters of what it did or has (招生, 床位).
  for (let cut = carry.length - 2; cut >= Math.max(4, carry.length - 3); cut--) {
    const head = carry.slice(0, cut);
    if (endsWithAny(head, ENTITY_W)) return head;
  }
  return '';
}

/** A clause break in text[a, b). */
function hasStrong(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (STRONG[text.charCodeAt(i)]) return true;
  return false;
}

/** A verb anywhere in `s`. */
function hasVerb(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (wordAt(s, i, VERB_AT)) return true;
  return false;
}

/** 新收, 新增, 新建: verbs of what is new this year (kept in labels, so not in VERBS). */
const NEW_VERB = /^新[收增建办]/;

/** 全年 / 年内 between a subject and its predicate. */
const TIME_INSIDE = /(?<=[\u4e00-\u9fff]{2})(?:全年|年内)(?=[\u4e00-\u9fff]{2})/;
/** Who 实现 / 完成 a figure, carried to the clauses after it that leave it out: enterprises, industries, units. */
const AGENT_NOUN = /(?:企业|公司|单位|行业|工业|建筑业|服务业|合作社|个体户|机构|银行)$/;
/** How, not who, before 完成 (超额完成年度计划). */
const MANNER = /^(?:超额|提前|全面|顺利|圆满|基本|累计|共计|已经|全部|均已)$/;
/** A plan as what was counted (超额完成年度计划1200套, 完成年度计划的112.4%): the plan of the thing carried. */
const PLAN_OF = /^(?:超额|提前)?(完成)?((?:年度|全年)(?:计划|目标任务|目标|任务))$/;
/** 涉及合同金额 after 审查县政府合同…: the amount of the thing carried. */
const INVOLVING = /^涉及(.+?)(金额|资金)$/;

/** 实现 / 完成 between who did it and what (规模以上工业企业实现营业收入). */
const AGENT_VERB = /(?<=[\u4e00-\u9fff]{2})(?:实现|完成)(?=[\u4e00-\u9fff]{2})/;

/** What a level figure's clause says before a 分别 (read only for such a list): its subject. */
function levelSubject(p: string): string {
  // (“税法进校园”“税法进企业”“税法进社区”活动: quoted names one after another are items of a list.)
  return stripOpeners(p.replace(/(?:分别|依次).*$/, ''))
    .replace(/”\s*“/g, '、')
    .replace(/[“”"《》（）()\s]/g, '')
    .replace(LIGHT_BEFORE_LIST, '');
}

/** Light verbs before a list of names (组织开展“…”“…”活动): what was done, not the first item's name. */
const LIGHT_BEFORE_LIST = /^(?:组织|开展|举办|举行|进行)+(?=[^、]{2,}、)/;

/** Light verbs that head a long phrase before a figure (召开…会议专题研究…): not 组织, also a noun (人民调解组织). */
const HEAD_LIGHT_VERBS = new Words(LIGHT_VERBS.filter((w) => w !== '组织' && w !== '组成'));

/** Light verbs whose object, after a subject, is the thing counted (not 实现/完成: their objects are short, 完成投资). */
const CUT_LIGHT_VERBS = new Words(LIGHT_VERBS.filter((w) => w !== '实现' && w !== '完成'));

/** `s` from after its last light verb, when a subject stands before it and a noun of 3+ characters after. */
function afterLightVerb(s: string): string {
  for (let i = s.length - 5; i >= 2; i--) {
    const w = wordAt(s, i, CUT_LIGHT_VERBS);
    if (w && s.length - i - w.length >= 3) return s.slice(i + w.length);
  }
  return s;
}

/**
 * A coverb that ends `s` (对31家单位…, 组织1200名干部…): the figure is its object. Not a two-character
 * one after another verb, which makes it a noun (建成人民调解组织126个).
 */
function coverbAtEnd(s: string): string | null {
  const w = endsWithWord(s, COVERBS_W);
  if (!w || w.length < 2) return w;
  // 依法登记的社会组织, 基层党组织: 组织 after a noun is the organisation itself.
  if (w === '组织' && ORG_BEFORE.test(s.slice(0, -2))) return null;
  for (let i = 0; i + 2 <= s.length - w.length; i++) if (wordAt(s, i, VERB_AT)) return null;
  return w;
}

/** A verb alone (考核218人) names the thing it was done to earlier in the sentence (法治素养考核评价). */
function bareVerb(text: string, verb: string, from: number, to: number): string | null {
  const rel = text.slice(from, Math.max(from, to - 1)).lastIndexOf(verb);
  const clauseStart = rel < 0 ? -1 : from + rel;
  if (clauseStart < from || clauseStart < 0) return null;
  let a = clauseStart;
  while (
    a > from &&
    a > clauseStart - 6 &&
    isCjk(text.charCodeAt(a - 1)) &&
    !breakAt(text, a - 1) &&
    !breakEndsAt(text, a, from)
  )
    a--;
  const noun = text.slice(a, clauseStart);
  return noun.length >= 2 ? noun + verb : null;
}

/** 占 phrase at the end of the clause before a share figure. */
function shareOf(p: string): { subject: string; phrase: string } | null {
  let at = p.lastIndexOf(SHARE_VERB);
  while (at >= 0 && SHARE_VERB_NOT.some((w) => p.startsWith(w, at)))
    at = at > 0 ? p.lastIndexOf(SHARE_VERB, at - 1) : -1;
  if (at >= 0) {
    const phrase = cleanLabel(
      p
        .slice(at)
        .replace(/的/g, '')
        .replace(/(?:为|达|达到|约)$/, ''),
    );
    return { subject: subjectOf(p.slice(0, at)), phrase };
  }
  // 相当于地区生产总值的2.70%: a ratio to a whole is a share of it.
  const eq = p.lastIndexOf('相当于');
  if (eq >= 0)
    return { subject: subjectOf(p.slice(0, eq)), phrase: `占${cleanLabel(p.slice(eq + 3).replace(/的/g, ''))}` };
  const w = endsWithAny(p, SHARE_WORDS_W);
  if (w) {
    const before = p.slice(0, -w.length).replace(/的$/, '').replace(/所$/, '');
    return { subject: subjectOf(before), phrase: w === '份额' ? w : '占比' };
  }
  return null;
}
