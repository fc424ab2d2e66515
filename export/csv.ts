/**
 * CSV that Excel opens correctly: UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting
 * (by Papa Parse, not by hand), and cells that start with = + - @ defused against formula injection.
 */
import Papa from 'papaparse';

/** The UTF-8 byte-order mark Excel needs to read Chinese text in a CSV. */
export const BOM = '\ufeff';

/** A cell value as written in a CSV. */
export type Cell = string | number | boolean | null | undefined;

/** Prefix a quote to text that a spreadsheet would run as a formula; numbers stay numbers. */
function defuse(v: Cell): Cell {
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(v) && !/^[+-]?\d+(\.\d+)?$/.test(v)) return `'${v}`;
  return v;
}

/** Header and rows → CSV text without the BOM (for appending). */
export function csvBody(header: string[] | null, rows: Cell[][]): string {
  return Papa.unparse(
    { fields: header ?? [], data: rows.map((r) => r.map((v) => defuse(v ?? ''))) },
    { header: header !== null, newline: '\r\n', quotes: false },
  );
}

/** A whole CSV document with BOM. */
export function toCsv(header: string[], rows: Cell[][]): string {
  return `${BOM}${csvBody(header, rows)}\r\n`;
}
