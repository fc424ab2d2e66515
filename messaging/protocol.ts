/**
 * The one message protocol of the extension, typed end to end with @webext-core/messaging.
 * Messages to a content script are sent with a tab id; all others go to the background.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AttachmentLink } from '../core/attachments';
import type { ContractMetric } from '../core/contract';
import type { Disclosure } from '../core/disclosure';
import type { RemoteAnalysis } from '../core/remote';
import type { Selectors } from '../core/selectors';
import type { DetectionReason, Metadata, PageKind, Removed } from '../core/types';

/** A reader's own highlight, anchored with W3C selectors over the clean text. */
export interface UserHighlight {
  id: string;
  /** Page URL without the fragment. */
  url: string;
  selectors: Selectors;
  note: string;
  createdAt: string;
  /** When the highlight or its note last changed (backups merge highlight by highlight on it). */
  updatedAt?: string;
  /** The reader's colour for it (a tag of their own making: evidence, question, to check…). */
  color?: HighlightColor;
}

/** Colours a reader highlight may have; pink when none was chosen. */
export const HIGHLIGHT_COLORS = ['pink', 'yellow', 'green', 'blue', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** What the content script knows about its tab. */
export interface PageStatus {
  url: string;
  /** The document's type: application/pdf where the tab shows the browser's PDF viewer. */
  contentType?: string;
  analysed: boolean;
  isReport: boolean;
  kind: PageKind;
  isGovernment: boolean;
  score: number;
  reasons: DetectionReason[];
  title: string | null;
  metadata: Metadata;
  metricCount: number;
  highlighted: number;
  removedCount: number;
  highlightsOn: boolean;
  readerOpen: boolean;
  contentHash: string;
  userHighlights: number;
  orphaned: number;
}

/** Everything a clip stores about a page, as the content script reads it. */
export interface ClipPayload {
  url: string;
  canonicalUrl: string;
  title: string | null;
  kind: PageKind;
  isReport: boolean;
  metadata: Metadata;
  text: string;
  /** Clean HTML built from escaped text; sanitised again before it is stored and shown. */
  html: string;
  metrics: ContractMetric[];
  /** The 年报's standard tables as data (spec/disclosure.md); null on other pages. */
  disclosure?: Disclosure | null;
  removed: Removed[];
  contentHash: string;
  highlights: UserHighlight[];
  /** Set for "save selection": the selected text only. */
  selection?: string;
  /** Set for a report read from a file (PDF, .docx): what the file was and the page it was linked from. */
  source?: ClipSource;
  /** The reader's note and tags, typed before the first save (the file reader offers both). */
  note?: string;
  tags?: string[];
  /** Collections to put the clip in (the list collector's). */
  collections?: string[];
}

/** A clip of a report file: the file's kind and pages, the page that linked it, and what was not recovered. */
export interface ClipSource {
  /** pdf and docx are read; doc, wps and ofd are kept as a link (nothing here reads them). */
  kind: 'pdf' | 'docx' | 'doc' | 'wps' | 'ofd';
  /** The page the file was linked from (null when it was opened directly). */
  page: string | null;
  pages: number | null;
  textLayer: boolean;
  notes: string[];
}

/** A report attachment linked from a page (附件：…年度报告.pdf). */
export type Attachment = AttachmentLink;

/** Result of writing to storage: whole or not at all, with a message the user can act on. */
export type SaveResult =
  | { ok: true; clipId: string; status: 'created' | 'updated' | 'unchanged'; version: number }
  | { ok: false; error: 'quota' | 'storage' | 'no-page'; message: string };

/** What saving every open report tab did. */
export interface SaveAllResult {
  reports: number;
  saved: number;
  failed: { title: string; message: string }[];
}

/** What the library knows about a URL. */
export interface ClipLookup {
  clipId: string | null;
  capturedAt: string | null;
  /** True when the stored clip's content hash differs from the page's now. */
  changed: boolean;
  version: number;
}

interface ProtocolMap {
  /** Content script: the analysis status of this tab. */
  getStatus(): PageStatus;
  /** Content script: show or hide the figure highlights. */
  setHighlights(on: boolean): PageStatus;
  /** Content script: open or close the clean reader view. */
  setReader(open: boolean): PageStatus;
  /** Content script: the page's report attachments (PDF, Word, WPS, OFD links). */
  getAttachments(): Attachment[];
  /** Content script: the clip payload (whole page, or the current selection). */
  getClip(data: { selectionOnly: boolean }): ClipPayload | null;
  /** Content script: turn the current selection into a reader highlight with an optional note. */
  highlightSelection(data: { note: string }): UserHighlight | null;
  /** Content script: move to the next (1) or previous (-1) figure, scrolled to, with its card. */
  focusFigure(delta: number): PageStatus;
  /** Content script: show the outcome of a save made from the background (shortcut, menu). */
  showNotice(data: { text: string; error: boolean; clipId?: string }): boolean;
  /** Background: save a clip; with a payload as given, else read from the tab. */
  saveClip(data: { tabId?: number; payload?: ClipPayload; selectionOnly?: boolean }): SaveResult;
  /** Background: save every open tab that is a report. */
  saveAllTabs(): SaveAllResult;
  /** Popup and side panel: how far a save of all tabs has come (sent by the background). */
  saveAllProgress(data: { done: number; total: number }): void;
  /** Background: is this URL clipped already, and has it changed since? */
  findClip(data: { url: string; contentHash: string }): ClipLookup;
  /** Background: the reader highlights stored for a URL. */
  listHighlights(url: string): UserHighlight[];
  /** Background: store (or update) a reader highlight. */
  putHighlight(highlight: UserHighlight): SaveResult;
  /** Background: delete a reader highlight. */
  deleteHighlight(id: string): SaveResult;
  /** Content script: open or close the page's list of highlights and notes. */
  setAnnotations(open: boolean): PageStatus;
  /** Background: inject the analyser (analyser.js) into the frame that sent this. */
  loadAnalyser(): void;
  /** Background: open the library page in a tab (at a clip, when its id is given). */
  openLibrary(clipId?: string): void;
  /** Offscreen document: sanitise clip HTML with DOMPurify (Chrome's worker has no DOM). */
  sanitizeHtml(html: string): string;
  /** Offscreen document: parse markup and run the core on it, for the background. */
  analyzeMarkup(data: { html: string; url: string }): RemoteAnalysis;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
