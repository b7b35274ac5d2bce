// Loads the gazetteer (data/gazetteer.json) into a database once, and again whenever the file changes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { allUnits, DEFAULT_GAZETTEER_PATH } from '../../extractors/localities/gazetteer.ts';
import type { DatasetStore, GazetteerUnit } from '../store/interface.ts';

let cached: { version: string; units: GazetteerUnit[] } | null = null;

/** The gazetteer's units and a version: the hash of the file, so any regeneration reloads it. */
export function gazetteerSnapshot(): { version: string; units: GazetteerUnit[] } {
  if (!cached) {
    const version = createHash('sha256').update(readFileSync(DEFAULT_GAZETTEER_PATH)).digest('hex').slice(0, 16);
    cached = { version, units: [...allUnits()] };
  }
  return cached;
}

/** Makes sure the database's localities match the gazetteer file; returns whether it (re)loaded them. */
export function syncGazetteer(store: DatasetStore): boolean {
  const { version, units } = gazetteerSnapshot();
  return store.syncGazetteer(version, units);
}
