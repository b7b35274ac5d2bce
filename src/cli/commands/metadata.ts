// `cchc metadata`: a Datasette metadata file describing the dataset (`datasette cchc.db -m metadata.json`).
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { EXTRACTOR_VERSION } from '../../../extractors/version.ts';
import { DEFAULT_DB } from '../../pipeline/defaults.ts';
import { withStore } from '../with-store.ts';

export function registerMetadata(program: Command): void {
  program
    .command('metadata')
    .description('write Datasette metadata (title, source, licence, every table, view and column described, example queries)')
    .option('--db <file>', 'dataset file', DEFAULT_DB)
    .option('--out <file>', "output file ('-' for standard output)", '-')
    .addHelpText('after', '\nExample (on the database `cchc demo` writes):\n  cchc metadata --db cchc-demo.db --out metadata.json\n')
    .action(async (opts: { db: string; out: string }) => {
      const { buildDatasetteMetadata } = await import('../../store/datasette-metadata.ts');
      const metadata = await withStore(opts.db, { readonly: true }, (store) => buildDatasetteMetadata(opts.db, store.schemaObjects(), `(extractors ${EXTRACTOR_VERSION})`));
      const json = JSON.stringify(metadata, null, 2) + '\n';
      if (opts.out === '-') process.stdout.write(json);
      else {
        writeFileSync(opts.out, json);
        process.stderr.write(`wrote Datasette metadata for ${opts.db} to ${opts.out} (datasette ${opts.db} -m ${opts.out})\n`);
      }
    });
}
