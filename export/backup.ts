/**
 * JSON backups: everything (clips with highlights, notes, tags; their versions; reader
 * highlights) in a versioned envelope, and a validating parser (zod) that refuses a malformed
 * or foreign file with a message saying why.
 */
import { z } from 'zod';
import type { UserHighlight } from '../messaging/protocol';
import type { Clip, ClipVersion } from '../storage/db';

/** Name and version of the backup format. Bump the version with every change, and parse the old ones. */
export const BACKUP_FORMAT = 'govlens-backup';
export const BACKUP_VERSION = 1;

const selectors = z.tuple([
  z.object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string(), suffix: z.string() }),
  z.object({ type: z.literal('TextPositionSelector'), start: z.number().int(), end: z.number().int() }),
]);

const highlight = z.object({
  id: z.string().min(1),
  url: z.string(),
  selectors,
  note: z.string(),
  createdAt: z.string(),
  updatedAt: z.string().optional(),
  color: z.enum(['pink', 'yellow', 'green', 'blue', 'purple']).optional(),
});

const metadata = z.object({
  agency: z.string().nullable(),
  siteName: z.string().nullable(),
  siteCode: z.string().nullable(),
  publishedAt: z.string().nullable(),
  reportYear: z.number().int().nullable(),
  source: z.string().nullable(),
});

const metric = z.object({
  text: z.string(),
  value: z.number(),
  unit: z.string(),
  approx: z.boolean(),
  label: z.string(),
  // Backups written before the figure model have none of these: they read as a plain level.
  indicator: z.string().optional(),
  measure: z.enum(['level', 'change', 'share']).optional(),
  direction: z.enum(['up', 'down', 'flat']).nullable().optional(),
  base: z.string().nullable().optional(),
  target: z.boolean().optional(),
  numerals: z.literal('chinese').optional(),
  table: z.object({ index: z.number().int(), row: z.number().int(), col: z.number().int() }).optional(),
  kind: z.enum(['count', 'money', 'percent', 'duration', 'other']),
  hedge: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  sentence: z.string(),
});

// spec/disclosure.md: the 年报's standard tables as data.
const applicants = z.array(z.number().nullable()).length(7).nullable();
const outcomes = z
  .object({
    upheld: z.number().nullable(),
    corrected: z.number().nullable(),
    other: z.number().nullable(),
    pending: z.number().nullable(),
    total: z.number().nullable(),
  })
  .nullable();
const counts = <K extends string>(keys: readonly K[]) =>
  z
    .object(Object.fromEntries(keys.map((k) => [k, z.number().nullable()])) as Record<K, z.ZodNullable<z.ZodNumber>>)
    .nullable();
const applicantGroup = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, applicants])) as Record<K, typeof applicants>);
const disclosure = z.object({
  format: z.enum(['2021', '2019']),
  proactive: z.object({
    rules: counts(['issued', 'repealed', 'inForce']),
    normativeDocs: counts(['issued', 'repealed', 'inForce']),
    licensing: counts(['decisions']),
    penalty: counts(['decisions']),
    enforcement: counts(['decisions']),
    fees: counts(['amountWan']),
  }),
  requests: z.object({
    newReceived: applicants,
    carriedOver: applicants,
    granted: applicants,
    partlyGranted: applicants,
    denied: applicantGroup([
      'stateSecret',
      'prohibitedByLaw',
      'threeSecurityOneStability',
      'thirdPartyRights',
      'internalAffairs',
      'processInformation',
      'enforcementFiles',
      'queryMatters',
    ]),
    unableToProvide: applicantGroup(['notHeld', 'needsCreation', 'unclearAfterCorrection']),
    notProcessed: applicantGroup(['complaintOrPetition', 'repeated', 'publication', 'massRepeated', 'confirmation']),
    otherHandling: applicantGroup(['noCorrection', 'feesUnpaid', 'other']),
    total: applicants,
    carriedForward: applicants,
  }),
  review: outcomes,
  litigationDirect: outcomes,
  litigationAfterReview: outcomes,
  checks: z.array(
    z.object({
      rule: z.enum(['row-total', 'results-total', 'requests-balance', 'review-total']),
      field: z.string(),
      ok: z.boolean(),
      detail: z.string(),
    }),
  ),
});

const clip = z.object({
  id: z.string().min(1),
  url: z.string().min(1),
  canonicalUrl: z.string(),
  title: z.string(),
  agency: z.string().nullable(),
  site: z.string(),
  siteCode: z.string().nullable(),
  reportYear: z.number().int().nullable(),
  publishedAt: z.string().nullable(),
  kind: z.enum(['report', 'article', 'list', 'other']),
  metadata,
  capturedAt: z.string(),
  updatedAt: z.string(),
  text: z.string(),
  html: z.string(),
  metrics: z.array(metric),
  removed: z.array(z.object({ kind: z.string(), text: z.string() })),
  highlights: z.array(highlight),
  tags: z.array(z.string()),
  note: z.string(),
  contentHash: z.string(),
  version: z.number().int().positive(),
  selection: z.string().optional(),
  // Clips saved before tables were read have none.
  disclosure: disclosure.nullable().optional(),
  edited: z
    .object({
      title: z.string().nullable().optional(),
      agency: z.string().nullable().optional(),
      reportYear: z.number().int().nullable().optional(),
      publishedAt: z.string().nullable().optional(),
    })
    .optional(),
  collections: z.array(z.string()).optional(),
  source: z
    .object({
      kind: z.enum(['pdf', 'docx', 'doc', 'wps', 'ofd']),
      page: z.string().nullable(),
      pages: z.number().int().nullable(),
      textLayer: z.boolean(),
      notes: z.array(z.string()),
    })
    .optional(),
});

const version = z.object({
  id: z.number().int().optional(),
  clipId: z.string(),
  version: z.number().int(),
  savedAt: z.string(),
  snapshot: clip,
});

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  clips: z.array(clip),
  versions: z.array(version),
  highlights: z.array(highlight),
});

/** A parsed, valid backup. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  clips: Clip[];
  versions: ClipVersion[];
  highlights: UserHighlight[];
}

/** Serialise a backup. */
export function backupJson(data: Omit<Backup, 'format' | 'version' | 'exportedAt'>, now = new Date()): string {
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), ...data };
  return JSON.stringify(backup);
}

/** Parse and validate a backup file's text. */
export function parseBackup(text: string): { ok: true; backup: Backup } | { ok: false; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not JSON, so it is not a GovLens backup.' };
  }
  const format = (raw as { format?: unknown })?.format;
  if (format !== BACKUP_FORMAT) {
    return { ok: false, message: 'This JSON file is not a GovLens backup (no "format": "govlens-backup").' };
  }
  const v = (raw as { version?: unknown }).version;
  if (v !== BACKUP_VERSION) {
    return {
      ok: false,
      message: `This backup has format version ${String(v)}; this GovLens reads version ${BACKUP_VERSION}.`,
    };
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `The backup is damaged at ${issue.path.join('.') || 'top level'}: ${issue.message}.` };
  }
  return { ok: true, backup: parsed.data as Backup };
}
