// Where things are when the user names nothing: `cchc run` works with no flags on a fresh clone.
import { fileURLToPath } from 'node:url';

/** The dataset file, in the working directory. */
export const DEFAULT_DB = 'cchc.db';
/** The demo's own dataset file, in the working directory (`cchc demo --force` recreates it). */
export const DEMO_DB = 'cchc-demo.db';
/** The source registry shipped with the package. */
export const DEFAULT_SOURCES = fileURLToPath(new URL('../../data/sources.json', import.meta.url));
