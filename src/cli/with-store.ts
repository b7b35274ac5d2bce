// One command's use of the dataset: opened, used, closed whatever happens. The store module is imported here,
// when a command runs, so that `cchc --help` and the commands without a dataset do not load SQLite.
import type { OpenOptions, SqliteStore } from '../store/sqlite.ts';

export async function withStore<T>(db: string, options: OpenOptions, use: (store: SqliteStore) => T | Promise<T>): Promise<T> {
  const { openStore } = await import('../store/sqlite.ts');
  const store = openStore(db, options);
  try {
    return await use(store);
  } finally {
    store.close();
  }
}
