// `npm run bench`: prints every benchmark's figures. Each area keeps its benchmark in its own file
// exporting `run(): Promise<void>`; this file only runs them in order.
const AREAS: Array<[string, string]> = [
  ['extraction', './extract.bench.ts'],
  ['hostile text', './hostile-text.bench.ts'],
  ['reader', './reader.bench.ts'],
  ['crawler', './crawl.bench.ts'],
  ['store', './store.bench.ts'],
  ['cli', './cli.bench.ts'],
  ['report', './report.bench.ts'],
  ['figures', './figures.bench.ts'],
];

const only = process.argv.slice(2);
for (const [name, file] of AREAS) {
  if (only.length && !only.includes(name)) continue;
  let mod: { run: () => Promise<void> };
  try {
    mod = await import(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') {
      console.log(`\n## ${name}: no benchmark yet`);
      continue;
    }
    throw err;
  }
  console.log(`\n## ${name}`);
  await mod.run();
}
