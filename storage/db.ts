/**
 * The Dexie database `govlens`. Versions are append-only: add a new version for every schema
 * change, never edit an old one, and give each upgrade a test that starts from the old data.
 */
import Dexie, { type Table } from 'dexie';
import type { ContractMetric } from '../core/contract';
import type { Disclosure } from '../core/disclosure';
import { findMetrics } from '../core/metrics';
import type { Metadata, PageKind, Removed } from '../core/types';
import type { ClipSource, UserHighlight } from '../messaging/protocol';

/** One saved report with the reader's annotations. */
export interface Clip {
  id: string;
  url: string;
  canonicalUrl: string;
  title: string;
  agency: string | null;
  site: string;
  siteCode: string | null;
  reportYear: number | null;
  publishedAt: string | null;
  kind: PageKind;
  metadata: Metadata;
  capturedAt: string;
  updatedAt: string;
  text: string;
  /** Sanitised clean HTML. */
  html: string;
  metrics: ContractMetric[];
  removed: Removed[];
  highlights: UserHighlight[];
  tags: string[];
  note: string;
  contentHash: string;
  version: number;
  /** Set when the clip holds a selection rather than the whole page. */
  selection?: string;
  /** The 年报's standard tables as data (spec/disclosure.md); null or absent on other pages. */
  disclosure?: Disclosure | null;
  /** Set when the clip is of a report file (PDF, .docx): `url` is the file's, `source.page` the page's. */
  source?: ClipSource;
  /**
   * Metadata the reader corrected, by field, with the value extraction gave (to show and to
   * undo): the clip's own fields hold the reader's values, and re-saving the page keeps them.
   */
  edited?: Partial<Record<EditableField, string | number | null>>;
  /** Named collections (research projects) the clip is in; a clip may be in several. */
  collections?: string[];
}

/** Metadata a reader may correct. */
export type EditableField = 'title' | 'agency' | 'reportYear' | 'publishedAt';
export const EDITABLE_FIELDS: readonly EditableField[] = ['title', 'agency', 'reportYear', 'publishedAt'];

/** An earlier state of a clip, kept when the same URL is saved again. */
export interface ClipVersion {
  id?: number;
  clipId: string;
  version: number;
  savedAt: string;
  snapshot: Clip;
}

/** The stores of v2 (v3 migrates data only). */
const SCHEMA_V2 = {
  clips: 'id, &url, agency, reportYear, site, capturedAt, *tags',
  versions: '++id, clipId',
  highlights: 'id, url',
};

/** The GovLens database. */
export class GovLensDB extends Dexie {
  clips!: Table<Clip, string>;
  versions!: Table<ClipVersion, number>;
  highlights!: Table<UserHighlight, string>;

  constructor(name = 'govlens') {
    super(name);
    // v1: clips and their versions.
    this.version(1).stores({
      clips: 'id, &url, agency, reportYear, capturedAt, *tags',
      versions: '++id, clipId',
    });
    // v2: reader highlights live on their own (they exist before a clip is saved); clips gain a
    // `site` index and a `highlights` array.
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) =>
        tx
          .table('clips')
          .toCollection()
          .modify((clip: Partial<Clip> & { url: string }) => {
            clip.site = siteOf(clip.url);
            clip.highlights ??= [];
          }),
      );
    // v3: figures say what they measure (indicator, measure, direction, base, target). Clips saved
    // before are read again from their own text, figure by figure at the same offsets; a figure
    // the reader no longer finds keeps its label and reads as a plain level.
    // The same stores as v2 (Dexie wants each version's whole schema); only the data changes.
    this.version(3)
      .stores(SCHEMA_V2)
      .upgrade((tx) =>
        tx
          .table('clips')
          .toCollection()
          .modify((clip: Clip) => {
            clip.metrics = rereadFigures(clip.text ?? '', clip.metrics ?? []);
          }),
      );
    // v4: collections, indexed (multi-entry) so that a collection filters the list, the figures,
    // the charts and the exports.
    this.version(4).stores({ ...SCHEMA_V2, clips: `${SCHEMA_V2.clips}, *collections` });
  }
}

/** The figure model's fields for figures stored without them, read again from `text`. */
export function rereadFigures(text: string, metrics: ContractMetric[]): ContractMetric[] {
  const fresh = new Map(findMetrics(text).map((m) => [`${m.start}:${m.end}`, m]));
  return metrics.map((m) => {
    const f = fresh.get(`${m.start}:${m.end}`);
    return {
      ...m,
      label: f?.label ?? m.label,
      indicator: m.indicator ?? f?.indicator ?? m.label,
      measure: m.measure ?? f?.measure ?? 'level',
      direction: m.direction !== undefined ? m.direction : (f?.direction ?? null),
      base: m.base !== undefined ? m.base : (f?.base ?? null),
      target: m.target ?? f?.target ?? false,
    };
  });
}

/** Host name of a URL, or '' when it is not one. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

let shared: GovLensDB | null = null;

/** The database of this extension context, opened on first use. */
export function db(): GovLensDB {
  shared ??= new GovLensDB();
  return shared;
}
