/**
 * The analysis of a report file: what `analyze()` read from the document built from the file,
 * with what reading the file took out (running headers, page numbers) and could not recover.
 */
import type { Analysis } from '../core/types';
import type { FileReading } from './read';

/** Amend the analysis of a file's document with what the file reader knows. */
export function withFile(analysis: Analysis, reading: FileReading): Analysis {
  const file = { kind: reading.kind, pages: reading.pages, textLayer: reading.textLayer, notes: reading.notes };
  const removed = [...reading.removed, ...analysis.removed];
  if (reading.textLayer) return { ...analysis, removed, file };
  // A scan has no text: nothing in it can be a report the reader can read, and the reason says why.
  const pages = reading.pages ?? 0;
  return {
    ...analysis,
    removed,
    file,
    kind: 'other',
    isReport: false,
    detection: {
      ...analysis.detection,
      kind: 'other',
      isReport: false,
      score: 0,
      reasons: [
        {
          signal: 'against',
          code: 'noTextLayer',
          args: [pages],
          detail: `no text layer: a scanned PDF of ${pages} page${pages === 1 ? '' : 's'} (it needs OCR to be read)`,
          weight: -1,
        },
        ...analysis.detection.reasons,
      ],
    },
  };
}
