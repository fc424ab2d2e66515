/**
 * The scorer's matching rules (shared/eval/score.mjs, spec/metrics.md § Matching), restated so
 * fixture tests judge the pipeline exactly as the eval does.
 */
import type { Metric } from '../../core/types';

/** A gold metric from expected.json. */
export interface GoldMetric {
  text: string;
  value: number;
  unit: string;
  approx: boolean;
  optional?: boolean;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');
const ALIASES = new Map([
  ['万元', '元'],
  ['亿元', '元'],
  ['％', '%'],
]);

/** Units compare equal after the scorer's normalisation (台（套） is 台(套)). */
export function normUnit(u: string): string {
  const t = squash(u).replaceAll('（', '(').replaceAll('）', ')');
  return ALIASES.get(t) ?? t;
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** One-to-one matching: what was missed and what was wrong. */
export function matchMetrics(predicted: Pick<Metric, 'text' | 'value' | 'unit' | 'approx'>[], gold: GoldMetric[]) {
  const used = new Array(gold.length).fill(false);
  const wrong: string[] = [];
  const approxMismatch: string[] = [];
  for (const m of predicted) {
    let hit = -1;
    for (const wantOptional of [false, true]) {
      hit = gold.findIndex(
        (g, i) =>
          !used[i] &&
          !!g.optional === wantOptional &&
          sameValue(g.value, m.value) &&
          normUnit(g.unit) === normUnit(m.unit),
      );
      if (hit >= 0) break;
    }
    if (hit < 0) {
      wrong.push(m.text);
      continue;
    }
    used[hit] = true;
    if (!gold[hit].optional && gold[hit].approx !== m.approx) approxMismatch.push(m.text);
  }
  const missed = gold.filter((g, i) => !g.optional && !used[i]).map((g) => g.text);
  return { missed, wrong, approxMismatch };
}

function bigrams(s: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

/** Character-bigram F1 with whitespace ignored, as the scorer computes it. */
export function textF1(predicted: string, gold: string): number {
  const p = bigrams(squash(predicted));
  const g = bigrams(squash(gold));
  let overlap = 0;
  let np = 0;
  let ng = 0;
  for (const c of p.values()) np += c;
  for (const [k, c] of g) {
    ng += c;
    overlap += Math.min(c, p.get(k) ?? 0);
  }
  if (!np && !ng) return 1;
  const precision = np ? overlap / np : 0;
  const recall = ng ? overlap / ng : 0;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

/** Boilerplate markers the scorer counts when they survive in the text. */
export const BOILERPLATE_MARKERS = [
  '网站标识码',
  '浏览器版本过低',
  '升级新版',
  '分享到',
  '主办单位',
  '承办单位',
  '技术支持',
  '浏览次数',
  '字体:[',
  '字体：[',
  '打印本页',
  '关闭窗口',
  'ICP备',
  '公网安备',
  '当前位置',
  '扫一扫',
  '推荐使用IE',
  '网站地图',
  '联系我们',
  '【打印】',
  '【关闭】',
  '政府网站找错',
];

/** A gold figure with what it says (spec/metrics.md, "What each figure says"). */
export interface GoldReading extends GoldMetric {
  label?: string;
  measure?: string;
  direction?: string | null;
}

type Said = Pick<Metric, 'value' | 'unit' | 'label' | 'measure' | 'direction'>;

const labelNorm = (s: string | null | undefined) => String(s ?? '').replace(/[\s()（）【】「」“”"'·]/g, '');

/** The scorer's label F1: character bigrams, brackets, quotes and spaces ignored. */
export function labelF1(predicted: string, gold: string): number {
  const a = labelNorm(predicted);
  const b = labelNorm(gold);
  if (!a || !b) return 0;
  if (a === b) return 1;
  if (a.length === 1 || b.length === 1) return 0;
  return textF1(a, b);
}

/**
 * What each figure says, scored as the scorer does: predicted and required gold figures aligned in
 * reading order (longest common subsequence over value + unit), then label usable (F1 ≥ 0.5),
 * measure and direction compared on each aligned pair.
 */
export function scoreReadings(predicted: Said[], gold: GoldReading[]) {
  const want = gold.filter((g) => !g.optional);
  const key = (m: { value: number; unit: string }) => `${Number(m.value)}|${normUnit(m.unit)}`;
  const n = predicted.length;
  const g = want.length;
  const dp = Array.from({ length: n + 1 }, () => new Uint32Array(g + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = g - 1; j >= 0; j--)
      dp[i][j] = key(predicted[i]) === key(want[j]) ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const out = {
    labelled: 0,
    usable: 0,
    measureTotal: 0,
    measureOk: 0,
    directionTotal: 0,
    directionOk: 0,
    unusable: [] as string[],
  };
  for (let i = 0, j = 0; i < n && j < g; ) {
    if (key(predicted[i]) !== key(want[j])) {
      if (dp[i + 1][j] >= dp[i][j + 1]) i++;
      else j++;
      continue;
    }
    const p = predicted[i++];
    const w = want[j++];
    if (w.label) {
      out.labelled++;
      if (labelF1(p.label, w.label) >= 0.5) out.usable++;
      else out.unusable.push(`${w.text}: "${p.label}" want "${w.label}"`);
    }
    if (w.measure) {
      out.measureTotal++;
      if (p.measure === w.measure) out.measureOk++;
    }
    if (w.measure === 'change' && w.direction) {
      out.directionTotal++;
      if (p.direction === w.direction) out.directionOk++;
    }
  }
  return out;
}
