// The schema's versions, in order. Version N is reached by applying files 1..N; PRAGMA user_version records it.
// Never edit a released file: add the next one (a database of any older version upgrades in place on open).
import { readFileSync } from 'node:fs';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILES = ['001-initial.sql', '002-dataset.sql', '003-compat.sql', '004-figures.sql', '005-frontier-attempts.sql'];

export const MIGRATIONS: Migration[] = FILES.map((file, i) => ({
  version: i + 1,
  name: file.replace(/\.sql$/, ''),
  sql: readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'),
}));

export const SCHEMA_VERSION = MIGRATIONS.length;
