/** Builds the Chrome extension once before the end-to-end tests. */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
}
