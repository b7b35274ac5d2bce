// Where a helper process's entry point is: the compiled one in dist/ (the build marks its bundle, see
// scripts/build.mjs), else the TypeScript source, run through tsx.
import { fileURLToPath } from 'node:url';

/** Set by the bundle's banner to the URL of dist/: present only when running the compiled CLI. */
const distUrl = (globalThis as { __cchcDistUrl?: string }).__cchcDistUrl;

export function helperEntry(name: 'query-child'): { path: string; execArgv: string[] } {
  if (distUrl) return { path: fileURLToPath(new URL(`./${name}.js`, distUrl)), execArgv: [] };
  return { path: fileURLToPath(new URL(`./${name}.ts`, import.meta.url)), execArgv: ['--import', import.meta.resolve('tsx')] };
}
