/**
 * `govlens batch` at scale, in one run on this machine: 240 saved pages (the fixtures, copied)
 * read by the CLI as a separate process (its worker threads included) against Readability + jsdom
 * over the same files, one after the other; then peak memory at 240 and 2,400 pages.
 * Goals: GovLens ≤ 0.5× Readability's time; peak RSS ≤ 400 MB at both sizes. Printed, not asserted.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURES = 'test/fixtures';
const slugs = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** A folder of `n` pages: the fixtures, copied round-robin. */
function corpus(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), `govlens-bench-${n}-`));
  for (let i = 0; i < n; i++) {
    const slug = slugs[i % slugs.length];
    const sub = join(dir, String(Math.floor(i / 500)));
    mkdirSync(sub, { recursive: true });
    copyFileSync(join(FIXTURES, slug, 'page.html'), join(sub, `${String(i).padStart(5, '0')}-${slug}.html`));
  }
  return dir;
}

/** The peak resident memory of a process and its children, from /proc (VmHWM), polled. */
function watchPeak(rootPid: number): { stop(): number } {
  let peak = 0;
  const tree = (pid: number): number[] => {
    try {
      const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
      return [pid, ...kids.flatMap(tree)];
    } catch {
      return [pid];
    }
  };
  const poll = () => {
    for (const pid of tree(rootPid)) {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]) * 1024);
      } catch {
        // gone already
      }
    }
  };
  const timer = setInterval(poll, 50);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

/** Run a command to its end: wall time and peak RSS of its largest process. */
function run(cmd: string, args: string[]): Promise<{ ms: number; peak: number; out: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const peak = watchPeak(child.pid as number);
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', () => {});
    child.on('error', reject);
    child.on('close', (code) => {
      const p = peak.stop();
      if (code !== 0) reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`));
      else resolve({ ms: performance.now() - t0, peak: p, out: out.trim() });
    });
  });
}

const MB = (b: number) => `${(b / 1048576).toFixed(0)} MB`;
const dir240 = corpus(240);
try {
  console.log(`\nbatch — 240 saved pages (${slugs.length} fixtures, copied), ${process.version}`);
  const ours = await run('node', ['bin/govlens.mjs', 'batch', dir240, '--csv', join(dir240, 'out.csv')]);
  const theirs = await run('node', ['dist/bench/readability-batch.js', dir240]);
  console.log(
    `  govlens batch (workers)          ${(ours.ms / 1000).toFixed(1)} s  ${(240 / (ours.ms / 1000)).toFixed(1)} pages/s  peak ${MB(ours.peak)}  (${ours.out})`,
  );
  console.log(
    `  Readability + jsdom, same files  ${(theirs.ms / 1000).toFixed(1)} s  ${(240 / (theirs.ms / 1000)).toFixed(1)} pages/s  peak ${MB(theirs.peak)}`,
  );
  const ratio = ours.ms / theirs.ms;
  console.log(
    `  ratio GovLens / Readability = ${ratio.toFixed(2)}×   goal ≤ 0.50×  ${ratio <= 0.5 ? 'MET' : 'MISSED'}`,
  );
  console.log(
    `  peak RSS at 240 pages   ${MB(ours.peak)}   goal ≤ 400 MB  ${ours.peak <= 400 * 1048576 ? 'MET' : 'MISSED'}`,
  );
} finally {
  rmSync(dir240, { recursive: true, force: true });
}
const dir2400 = corpus(2400);
try {
  const big = await run('node', ['bin/govlens.mjs', 'batch', dir2400, '--csv', join(dir2400, 'out.csv')]);
  console.log(
    `  peak RSS at 2,400 pages ${MB(big.peak)}   goal ≤ 400 MB  ${big.peak <= 400 * 1048576 ? 'MET' : 'MISSED'}  (${(big.ms / 1000).toFixed(0)} s, ${(2400 / (big.ms / 1000)).toFixed(1)} pages/s)`,
  );
} finally {
  rmSync(dir2400, { recursive: true, force: true });
}
