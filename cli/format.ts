/**
 * The human-readable summary that `govlens extract` prints without --json: title, agency, year
 * and the figures as a table aligned for CJK (double-width) characters.
 */
import { changeMark } from '../core/describe';
import type { Analysis } from '../core/types';

/** Display width of a string in a terminal: CJK and full-width forms take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6)
        ? 2
        : 1;
  }
  return w;
}

function pad(s: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

/** Format a value for reading: 917000000 → 917,000,000. */
export function formatValue(v: number): string {
  return v.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** Render rows as an aligned text table. */
export function table(header: string[], rows: string[][], rightAlign: boolean[] = []): string {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i], rightAlign[i]))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The readable summary of one page. */
export function summary(a: Analysis, file: string): string {
  const m = a.metadata;
  const out: string[] = [];
  out.push(`${a.title ?? '(no title)'}`);
  out.push(`  file       ${file}`);
  if (a.file) {
    const f = a.file;
    const what = `${f.kind.toUpperCase()}${f.pages !== null ? `, ${f.pages} page${f.pages === 1 ? '' : 's'}` : ''}`;
    out.push(`  read as    ${what}${f.notes.length ? ` — ${f.notes.join('; ')}` : ''}`);
  }
  out.push(
    `  page       ${a.kind}${a.isReport ? ' (report)' : ''} — ${a.detection.reasons.map((r) => r.detail).join('; ')}`,
  );
  out.push(`  agency     ${m.agency ?? '—'}`);
  out.push(
    `  year       ${m.reportYear ?? '—'}    published ${m.publishedAt ?? '—'}    site code ${m.siteCode ?? '—'}`,
  );
  out.push(
    `  removed    ${a.removed.length} pieces of boilerplate (${[...new Set(a.removed.map((r) => r.kind))].join(', ') || 'none'})`,
  );
  out.push(`  text       ${a.text.length} characters in ${a.blocks.length} blocks`);
  const cells = a.metrics.filter((x) => x.table).length;
  if (cells) out.push(`  tables     ${cells} figures in table cells (cell = table·row·column)`);
  if (a.disclosure) {
    const failed = a.disclosure.checks.filter((c) => !c.ok);
    out.push(
      `  年报       ${a.disclosure.format} format; ${a.disclosure.checks.length} checks, ${failed.length ? `${failed.length} FAILED` : 'all pass'}`,
    );
    for (const c of failed) out.push(`             ✗ ${c.rule} ${c.field}: ${c.detail}`);
  }
  out.push('');
  if (!a.metrics.length) {
    out.push('No figures found.');
  } else {
    out.push(`${a.metrics.length} figures:`);
    out.push(
      table(
        ['#', 'figure', 'cell', 'value', 'unit', 'kind', '≈', 'label', 'measure', 'change', 'target'],
        a.metrics.map((x, i) => [
          String(i + 1),
          x.text,
          x.table ? `${x.table.index + 1}·${x.table.row + 1}·${x.table.col + 1}` : '',
          formatValue(x.value),
          x.unit,
          x.kind,
          x.approx ? '≈' : '',
          x.label,
          x.measure,
          changeMark(x),
          x.target ? 'target' : '',
        ]),
        [true, false, false, true],
      ),
    );
  }
  return out.join('\n');
}
