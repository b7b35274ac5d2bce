import { load } from 'cheerio/slim';
import { readFileSync } from 'node:fs';
import { removeFurniture, findCmsContainer } from '/work/main/src/read/content.ts';
const $ = load(readFileSync('/work/main/test/fixtures/pages/nukeviet.html','utf8'));
$('script,style').remove();
const c = findCmsContainer($)!; removeFurniture($, c.el);
let s = c.el.next; while (s) { console.log(s.type, (s as any).name, $(s as any).text().slice(0,80)); s = s.next; }
