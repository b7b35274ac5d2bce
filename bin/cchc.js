#!/usr/bin/env node
// Launcher: runs the CLI compiled at install (dist/, `npm run build`, run by `prepare`); in a checkout without a
// build it falls back to the TypeScript sources through tsx (slower to start, same behaviour).
import { existsSync } from 'node:fs';

// `cchc ... | head` closes the pipe early: that is the reader's choice, not an error
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
const compiled = new URL('../dist/cli.js', import.meta.url);
let main;
if (existsSync(compiled)) {
  ({ main } = await import(compiled.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv);
