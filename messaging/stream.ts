/**
 * A big analysis sent to the page in pieces over a port: a message of several megabytes is
 * parsed on the page's main thread in one go (160 ms for a 25,000-figure report), a piece at a
 * time it is a few milliseconds per task. Pure functions, so that both ends are unit-tested.
 */
import type { RemoteAnalysis } from '../core/remote';
import type { Block, Metric } from '../core/types';

/** The port a content script opens to have a page's markup read (entrypoints/background). */
export const ANALYZE_PORT = 'govlens-analyze';

/** What the content script sends on the port. */
export interface AnalyzeRequest {
  html: string;
  url: string;
}

/** One message of the answer. */
export type Piece =
  | { part: 'head'; value: Omit<RemoteAnalysis, 'metrics' | 'blocks' | 'text'> }
  | { part: 'text'; value: string }
  | { part: 'blocks'; value: Block[] }
  | { part: 'metrics'; value: Metric[] }
  | { part: 'end' }
  | { part: 'error'; message: string };

/** Figures, blocks and characters per piece: each piece a few hundred kilobytes at most. */
const FIGURES = 1000;
const BLOCKS = 400;
const CHARS = 100_000;

/** The analysis as pieces, in the order {@link Assembler} takes them. */
export function* pieces(r: RemoteAnalysis): Generator<Piece> {
  const { metrics, blocks, text, ...head } = r;
  yield { part: 'head', value: head };
  for (let i = 0; i < text.length; i += CHARS) yield { part: 'text', value: text.slice(i, i + CHARS) };
  for (let i = 0; i < blocks.length; i += BLOCKS) yield { part: 'blocks', value: blocks.slice(i, i + BLOCKS) };
  for (let i = 0; i < metrics.length; i += FIGURES) yield { part: 'metrics', value: metrics.slice(i, i + FIGURES) };
  yield { part: 'end' };
}

/** Puts the pieces together again; `add` returns the analysis once the last piece is in. */
export class Assembler {
  private head: Omit<RemoteAnalysis, 'metrics' | 'blocks' | 'text'> | null = null;
  private text: string[] = [];
  private blocks: Block[] = [];
  private metrics: Metric[] = [];

  /** Take one piece; the whole analysis after the last, an error for an error piece. */
  add(p: Piece): RemoteAnalysis | null {
    switch (p.part) {
      case 'head':
        this.head = p.value;
        return null;
      case 'text':
        this.text.push(p.value);
        return null;
      case 'blocks':
        for (const b of p.value) this.blocks.push(b);
        return null;
      case 'metrics':
        for (const m of p.value) this.metrics.push(m);
        return null;
      case 'error':
        throw new Error(p.message);
      case 'end':
        if (!this.head) throw new Error('GovLens: an analysis arrived without its head');
        return { ...this.head, text: this.text.join(''), blocks: this.blocks, metrics: this.metrics };
    }
  }
}
