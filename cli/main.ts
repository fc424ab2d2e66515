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
  govlens batch DIR --csv OUT.csv [--json OUT.jsonl]
      Every .html, .pdf and .docx file under DIR: one CSV row per figure (UTF-8 with BOM,
      opens in Excel), optionally one JSON line per file. Failing files are reported and
      skipped (.doc, .wps and .ofd, which nothing here reads, among them).
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

async function batchCommand(args: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { csv: { type: 'string' }, json: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new CliError('batch takes exactly one DIR (see govlens --help)');
  if (!values.csv && !values.json) throw new CliError('batch needs --csv OUT.csv and/or --json OUT.jsonl');
  const tty = process.stderr.isTTY;
  const result = await runBatch({
    dir: positionals[0],
    csv: values.csv,
    jsonl: values.json,
    log: (line) => err(tty ? `\r\x1b[K${line}` : line),
    progress: (line) => (tty ? process.stderr.write(`\r\x1b[K${line}`) : err(line)),
  });
  if (tty) process.stderr.write('\r\x1b[K');
  out(
    `${result.pages} pages read, ${result.reports} reports, ${result.metrics} figures` +
      `${result.failed.length ? `, ${result.failed.length} skipped` : ''}` +
      `${values.csv ? ` → ${values.csv}` : ''}${values.json ? ` → ${values.json}` : ''}`,
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
