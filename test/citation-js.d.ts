/** Minimal types for @citation-js/core (it ships none); only what the export tests use. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(kind: 'bibliography' | 'citation', options?: { format?: string; template?: string; lang?: string }): string;
  }
}
declare module '@citation-js/plugin-csl';
