/** Bump on any change to rules or corpora that can change output; stored with every fact so `cchc reextract` knows what is stale. */
export const EXTRACTOR_VERSION = '0.20.0';
