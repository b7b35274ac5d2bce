import { load } from 'cheerio/slim';
import { readFileSync } from 'node:fs';
import { readJsonLd, readMetaTags, readTitle, findTitleElement, readDateLines } from '/work/main/src/read/metadata.ts';
const $ = load(readFileSync('/work/main/test/fixtures/pages/a-id-newspaper.html','utf8'));
const t = readTitle($, readMetaTags($), readJsonLd($)); const el = findTitleElement($, t);
console.log(t, el?.name, el?.attribs, readDateLines($, el));
