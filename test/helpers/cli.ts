/** Runs the CLI in-process, collecting what it prints on stdout and stderr. */
import { main } from '../../cli/main';

/** `govlens ...argv`: the exit code and the printed output. */
export async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}
