/**
 * `govlens`: the command-line host of the core pipeline.
 *
 *   govlens extract PAGE.html [--url URL] [--json]
 *   govlens batch DIR --csv OUT.csv [--json OUT.jsonl]
 */
import { parseArgs } from 'node:util';
import { toContract } from '../core/contract';
import { analyzePath } from './analyze-path';
import { runBatch } from './batch';
import { summary } from './format';
import { CliError } from './load';

const USAGE = `GovLens — read Chinese government report pages

Usage:
  govlens extract PAGE.html|REPORT.pdf|REPORT.docx [--url URL] [--json]
      Detect, clean and read one saved page or report file. --json prints the contract
      JSON (spec/cli-contract.md); without it, a readable summary with a table of figures.
  govlens batch INPUT... [--csv OUT.csv] [--jsonl OUT.jsonl] [--workers N]
      Every .html, .pdf and .docx file under the inputs (folders, files, .warc and .warc.gz
      archives; - reads a list of paths from stdin): one CSV row per figure (UTF-8 with BOM,
      opens in Excel) and/or one JSON line per page, in input order. - as OUT writes to
      stdout. Pages are read in worker threads, one per core but one (--workers N; 0
      reads in the main thread). Failing files
      are reported and skipped (.doc, .wps and .ofd, which nothing here reads, among them).
  govlens --help | --version
`;

async function extractCommand(args: string[], out: (s: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { url: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1) throw new CliError('extract takes exactly one PAGE.html or file (see govlens --help)');
  const file = positionals[0];
  const analysis = await analyzePath(file, values.url || null);
  out(values.json ? JSON.stringify(toContract(analysis), null, 2) : summary(analysis, file));
  return 0;
}

/** A progress line: a bar with pages/s and an estimate in a terminal, plain numbers otherwise. */
export function progressLine(p: { done: number; total: number | null; rate: number }, tty: boolean): string {
  const rate = `${p.rate.toFixed(1)} pages/s`;
  if (p.total === null) return `${p.done} pages · ${rate}`;
  const left = Math.max(0, p.total - p.done) / Math.max(p.rate, 0.001);
  const eta = `${Math.floor(left / 60)}:${String(Math.round(left % 60)).padStart(2, '0')}`;
  if (!tty) return `${p.done}/${p.total} pages · ${rate} · ${eta} left`;
  const width = 24;
  const filled = Math.round((p.done / Math.max(1, p.total)) * width);
  return `[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${p.done}/${p.total} · ${rate} · ETA ${eta}`;
}

async function batchCommand(args: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      csv: { type: 'string' },
      json: { type: 'string' },
      jsonl: { type: 'string' },
      workers: { type: 'string' },
    },
  });
  if (positionals.length === 0)
    throw new CliError('batch needs a DIR, files, or - for a list on stdin (see govlens --help)');
  const jsonl = values.jsonl ?? values.json;
  if (!values.csv && !jsonl) throw new CliError('batch needs --csv OUT.csv and/or --jsonl OUT.jsonl (- for stdout)');
  if (values.csv === '-' && jsonl === '-') throw new CliError('only one of --csv and --jsonl can go to stdout (-)');
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0))
    throw new CliError('--workers takes a whole number (0 reads in one thread)');
  const tty = !!process.stderr.isTTY;
  let last = 0;
  const result = await runBatch({
    inputs: positionals,
    csv: values.csv,
    jsonl,
    workers,
    log: (line) => err(tty ? `\r\x1b[K${line}` : line),
    progress: (p) => {
      // A terminal redraws its bar ten times a second; a log gets a line every five seconds.
      const now = Date.now();
      if (now - last < (tty ? 100 : 5000) && p.done !== p.total) return;
      last = now;
      if (tty) process.stderr.write(`\r\x1b[K${progressLine(p, true)}`);
      else err(progressLine(p, false));
    },
  });
  if (tty) process.stderr.write('\r\x1b[K');
  // With an output on stdout, the summary goes to stderr: stdout stays data.
  const say = values.csv === '-' || jsonl === '-' ? err : out;
  say(
    `${result.pages} pages read, ${result.reports} reports, ${result.metrics} figures` +
      `${result.failed.length ? `, ${result.failed.length} skipped` : ''}` +
      `${values.csv && values.csv !== '-' ? ` → ${values.csv}` : ''}${jsonl && jsonl !== '-' ? ` → ${jsonl}` : ''}`,
  );
  return result.pages === 0 && result.failed.length > 0 ? 1 : 0;
}

/** Run the CLI; returns the exit code. Errors become one line on stderr, never a stack trace. */
export async function main(
  argv: string[],
  out = (s: string) => console.log(s),
  err = (s: string) => console.error(s),
): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      out(USAGE);
      return command ? 0 : 2;
    }
    if (command === '--version' || command === '-v') {
      out('govlens 0.1.0');
      return 0;
    }
    // `govlens extract --help`: the usage, not an "unknown option".
    if ((command === 'extract' || command === 'batch') && rest.some((a) => a === '--help' || a === '-h')) {
      out(USAGE);
      return 0;
    }
    if (command === 'extract') return await extractCommand(rest, out);
    if (command === 'batch') return await batchCommand(rest, out, err);
    throw new CliError(`unknown command "${command}" (see govlens --help)`);
  } catch (e) {
    const msg =
      e instanceof CliError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
        ? (e as Error).message
        : `internal error: ${(e as Error).message}`;
    err(`govlens: ${msg.split('\n')[0]}`);
    return e instanceof CliError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
  }
}
