/** Entry point of the bundled CLI. */
import { main } from './main';

// `govlens batch … --jsonl - | head`: the reader of stdout went away; that is the end, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
