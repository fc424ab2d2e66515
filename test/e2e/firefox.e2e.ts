/** The Firefox build zips and passes Mozilla's addons-linter with no errors. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('Firefox package', () => {
  it('zips and passes addons-linter with no errors', () => {
    execFileSync('npx', ['wxt', 'zip', '-b', 'firefox'], { stdio: 'pipe' });
    const zip = '.output/govlens-0.1.0-firefox.zip';
    expect(existsSync(zip)).toBe(true);
    let out: string;
    try {
      out = execFileSync('npx', ['addons-linter', '--output', 'json', zip], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      // addons-linter exits non-zero when it finds errors; its JSON is still on stdout.
      out = (e as { stdout: string }).stdout;
    }
    const report = JSON.parse(out) as { summary: { errors: number }; errors: { code: string; message: string }[] };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});
