/**
 * The JSON shape of spec/cli-contract.md. Field names are a contract with the scorer and with
 * users' scripts: add fields, never rename them.
 */
import type { Analysis, Metric, Removed } from './types';

/** One metric as printed. */
export interface ContractMetric {
  text: string;
  value: number;
  unit: string;
  approx: boolean;
  label: string;
  indicator: string;
  measure: Metric['measure'];
  direction: Metric['direction'];
  base: string | null;
  target: boolean;
  numerals?: 'chinese';
  /** Set on a table cell: the page's data table (0-based) and the cell's grid row and column. */
  table?: Metric['table'];
  kind: Metric['kind'];
  hedge: string | null;
  start: number;
  end: number;
  sentence: string;
}

/** The printed result of `govlens extract --json`. */
export interface ContractResult {
  url: string | null;
  isReport: boolean;
  kind: Analysis['kind'];
  title: string | null;
  text: string;
  metadata: Analysis['metadata'];
  metrics: ContractMetric[];
  /** spec/disclosure.md: the 年报's standard tables as data, null on every other page. */
  disclosure: Analysis['disclosure'];
  removed: Removed[];
  detection: { score: number; isGovernment: boolean; reasons: Analysis['detection']['reasons'] };
  /** Only for a report read from a file: its kind, pages, text layer and what was not recovered. */
  file?: Analysis['file'];
}

/** Shape an analysis as the contract's JSON object. */
export function toContract(a: Analysis): ContractResult {
  return {
    url: a.url,
    isReport: a.isReport,
    kind: a.kind,
    title: a.title,
    text: a.text,
    metadata: a.metadata,
    metrics: a.metrics.map((m) => ({
      text: m.text,
      value: m.value,
      unit: m.unit,
      approx: m.approx,
      label: m.label,
      indicator: m.indicator,
      measure: m.measure,
      direction: m.direction,
      base: m.base,
      target: m.target,
      ...(m.numerals ? { numerals: m.numerals } : {}),
      ...(m.table ? { table: m.table } : {}),
      kind: m.kind,
      hedge: m.hedge,
      start: m.start,
      end: m.end,
      sentence: m.sentence,
    })),
    disclosure: a.disclosure ?? null,
    removed: a.removed,
    detection: { score: a.detection.score, isGovernment: a.detection.isGovernment, reasons: a.detection.reasons },
    ...(a.file ? { file: a.file } : {}),
  };
}
