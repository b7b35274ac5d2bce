// Compiles the CLI (src/ and extractors/) into dist/ once, at install (`npm run build`, run by `prepare`), so
// `cchc` starts without compiling TypeScript. Plain JS: it must run before any TypeScript tooling is set up.
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist');

/**
 * Modules find their data files (migrations/*.sql, data/*.json, package.json) relative to their own
 * import.meta.url. In the bundle every module would share dist/'s URL, so each module's import.meta.url is
 * rewritten to its source file's URL, computed relative to the bundle: no build machine's path is baked in
 * and the package still works wherever it is installed.
 */
const sourceUrls = {
  name: 'source-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const rel = relative(OUT, args.path).split('\\').join('/');
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

rmSync(OUT, { recursive: true, force: true });
await build({
  absWorkingDir: ROOT,
  entryPoints: { cli: 'src/cli/main.ts', 'query-child': 'src/cli/query-child.ts' },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunk-[hash]',
  sourcemap: true,
  plugins: [sourceUrls],
  // tells src/cli/entry-points.ts that the compiled helpers are beside it
  banner: { js: 'globalThis.__cchcDistUrl ??= new URL(".", import.meta.url).href;' },
  logLevel: 'warning',
});
