/**
 * `npm run bench`: speed of the core against reference points, in one run on this machine.
 *  1. Metric scanner MB/s, with labels and values only, vs a bare /\d+/g pass over the same text.
 *     Goals: ≥ 50 MB/s with labels, labelled ≤ 1.5× values-only.
 *  2. Pipeline pages/s vs @mozilla/readability on the same parsed documents (Readability mutates,
 *     so it gets a clone, as it would in a browser). Goal: GovLens ≤ 1.0× Readability's time.
 * Numbers are printed, never asserted: timing on shared 2-core machines is not a unit test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHtmlJsdom as parseHtml } from '../cli/load';
import { analyze } from '../core/analyze';
import { decodeHtml } from '../core/decode';
import { findMetrics } from '../core/metrics';

const FIXTURES = 'test/fixtures';
const pages = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const html = decodeHtml(readFileSync(join(FIXTURES, d.name, 'page.html'))).html;
    const url = JSON.parse(readFileSync(join(FIXTURES, d.name, 'expected.json'), 'utf8')).url as string;
    return { name: d.name, doc: parseHtml(html, url), url };
  });

function time(fn: () => void, minMs = 1500): { perRun: number; runs: number } {
  for (let i = 0; i < 3; i++) fn();
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    fn();
    runs++;
    elapsed = performance.now() - start;
  }
  return { perRun: elapsed / runs, runs };
}

console.log(`GovLens bench — ${pages.length} fixture pages, Node ${process.version}\n`);

// 1. Scanner throughput on a large text made of the fixtures' clean texts. Measured first: after
// the pipeline section, V8's heap holds what Readability's clones left, and every scavenge of the scanner's
// figures paid for it (values only read 71 MB/s there, 110 MB/s in a fresh heap).
const texts = pages.map((p) => analyze(p.doc, { url: p.url }).text).join('\n');
let big = '';
while (big.length < 4_000_000) big += `${texts}\n`;
const bytes = Buffer.byteLength(big, 'utf8');
const mb = bytes / 1e6;
let found = 0;
const scan = time(() => {
  found = findMetrics(big).length;
}, 3000);
const scanBare = time(() => {
  findMetrics(big, { context: false });
}, 3000);
const baseline = time(() => {
  const re = /\d+/g;
  let n = 0;
  while (re.exec(big)) n++;
  if (n < 0) throw new Error('unreachable');
}, 3000);
const rate = (t: number) => (mb / (t / 1000)).toFixed(1);
console.log(
  `metric scanner over ${mb.toFixed(1)} MB of UTF-8 text (${big.length.toLocaleString()} chars, ${found} figures)`,
);
console.log(`  findMetrics (labels + sentences) ${rate(scan.perRun)} MB/s`);
console.log(`  findMetrics (values only)        ${rate(scanBare.perRun)} MB/s`);
console.log(`  bare /\\d+/g pass                 ${rate(baseline.perRun)} MB/s`);
const mbps = mb / (scan.perRun / 1000);
console.log(`  goal ≥ 50 MB/s with labels: ${mbps >= 50 ? 'MET' : 'MISSED'}`);
// What each figure says costs the clause reader; measured in the same run against the values-only pass.
const labelRatio = scan.perRun / scanBare.perRun;
console.log(
  `  labelled / values-only = ${labelRatio.toFixed(2)}×   goal ≤ 1.50×  ${labelRatio <= 1.5 ? 'MET' : 'MISSED'}\n`,
);

// 2. Pipeline vs Readability on the same parsed documents.
const ours = time(() => {
  for (const p of pages) analyze(p.doc, { url: p.url });
});
const theirs = time(() => {
  for (const p of pages) new Readability(p.doc.cloneNode(true) as Document).parse();
});
const cloneOnly = time(() => {
  for (const p of pages) p.doc.cloneNode(true);
});
const pps = (t: number) => ((pages.length * 1000) / t).toFixed(0);
console.log('pipeline (all fixtures, parsed once, jsdom)');
console.log(`  GovLens analyze()          ${ours.perRun.toFixed(2)} ms/round  ${pps(ours.perRun)} pages/s`);
console.log(`  Readability.parse (+clone) ${theirs.perRun.toFixed(2)} ms/round  ${pps(theirs.perRun)} pages/s`);
console.log(`    of which cloneNode       ${cloneOnly.perRun.toFixed(2)} ms/round`);
const ratio = ours.perRun / theirs.perRun;
console.log(`  ratio GovLens / Readability = ${ratio.toFixed(2)}×   goal ≤ 1.00×  ${ratio <= 1 ? 'MET' : 'MISSED'}\n`);
