/**
 * What changed between two versions of a report: the text (a character diff by `diff`, jsdiff,
 * paragraph by paragraph) and the figures (governments revise reports silently: a figure whose
 * value changed is called out by what it measures).
 */
import { diffArrays, diffChars } from 'diff';
import type { ContractMetric } from '../core/contract';

/** A run of text: kept, added or removed. */
export interface TextPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** A figure that changed, appeared or disappeared. */
export interface FigureChange {
  /** What it measures (label), with its unit. */
  label: string;
  unit: string;
  before: string | null;
  after: string | null;
}

/** The comparison of an older and a newer version. */
export interface VersionDiff {
  parts: TextPart[];
  figures: FigureChange[];
  /** True when the texts are the same. */
  same: boolean;
}

type Side = { text: string; metrics: ContractMetric[] };

/** Paragraphs compared as wholes, then the characters of a changed paragraph against its replacement. */
function textDiff(before: string, after: string): TextPart[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const parts: TextPart[] = [];
  const push = (p: TextPart) => {
    const last = parts[parts.length - 1];
    if (last && !!last.added === !!p.added && !!last.removed === !!p.removed) last.value += p.value;
    else parts.push({ ...p });
  };
  const changes = diffArrays(a, b);
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i];
    const lines = (v: string[]) => v.map((l) => `${l}\n`).join('');
    const next = changes[i + 1];
    // A paragraph replaced by one like it: which characters changed, not the whole paragraph twice.
    if (c.removed && next?.added && c.value.length === next.value.length) {
      for (let k = 0; k < c.value.length; k++) {
        for (const d of diffChars(c.value[k], next.value[k]))
          push({ value: d.value, added: d.added, removed: d.removed });
        push({ value: '\n' });
      }
      i++;
      continue;
    }
    push({ value: lines(c.value), added: c.added, removed: c.removed });
  }
  return parts;
}

const shown = (m: ContractMetric) => `${m.text}`;

/** Figures paired by what they measure (label and unit), in order; differing values are changes. */
function figureDiff(before: ContractMetric[], after: ContractMetric[]): FigureChange[] {
  const key = (m: ContractMetric) => `${m.label}|${m.unit}|${m.measure}`;
  const queue = new Map<string, ContractMetric[]>();
  for (const m of after) {
    const k = key(m);
    if (!queue.has(k)) queue.set(k, []);
    queue.get(k)?.push(m);
  }
  const out: FigureChange[] = [];
  for (const m of before) {
    const k = key(m);
    const match = queue.get(k)?.shift();
    if (!match) out.push({ label: m.label || m.text, unit: m.unit, before: shown(m), after: null });
    else if (match.value !== m.value || match.approx !== m.approx)
      out.push({ label: m.label || m.text, unit: m.unit, before: shown(m), after: shown(match) });
  }
  for (const rest of queue.values())
    for (const m of rest) out.push({ label: m.label || m.text, unit: m.unit, before: null, after: shown(m) });
  return out;
}

/** Compare an older version with a newer one. */
export function compareVersions(older: Side, newer: Side): VersionDiff {
  if (older.text === newer.text)
    return { parts: [{ value: newer.text }], figures: figureDiff(older.metrics, newer.metrics), same: true };
  return { parts: textDiff(older.text, newer.text), figures: figureDiff(older.metrics, newer.metrics), same: false };
}
