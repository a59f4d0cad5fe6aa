import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What a civil servant must never read on a screen: an id, an ISO date, an enum's code, react-admin's English,
 * an untranslated key. `unreadable(text)` names each such piece with the words around it.
 */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** An ISO day or instant; not a prefectoral order's number (« 75-2026-04-01-102 »), which embeds one. */
const ISO_DATE = /(?<![\d-])\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?(?![\d-])/;
/** react-admin's and MUI's English words, as whole words (French UI words do not collide: « Exporter », « Filtres »). */
const ENGLISH =
  /\b(Create|Edit|Show|Delete|Save|Cancel|Search|Export|Filters?|Loading|Rows per page|No results|of \d+|true|false|null|undefined|NaN|Invalid Date|Next|Previous|Refresh|Close|Select|Clear|Remove|Undo|Submit|Back|List|Yes|No)\b/;
/** A translation key, or a polyglot placeholder left unfilled (« Modifier %{recordRepresentation} »). */
const KEY = /\b(ra|resources|app|enums)\.[a-z][\w-]*\.|%\{\w+\}/;

/** Enum values of the schema that are also the French acronyms a reader knows (« ASS », « CLAS », « DDI »). */
const ACRONYMS = new Set(['ASS', 'CHSCT', 'CLAS', 'CNAS', 'CTN', 'CTR', 'DDI', 'DRH', 'F3SCT', 'SGAMI', 'SRIAS']);

const ENUM_VALUES: Set<string> = (() => {
  const sdl = readFileSync(path.resolve(__dirname, '../../schema/schema.graphql'), 'utf8');
  const values = new Set<string>();
  for (const [, body] of sdl.matchAll(/^enum \w+ \{([^}]*)\}/gm))
    for (const [, value] of body.matchAll(/^\s*([A-Z][A-Z0-9_]+)\s*$/gm)) if (!ACRONYMS.has(value)) values.add(value);
  return values;
})();

const around = (text: string, index: number, length: number) =>
  `« ${text.slice(Math.max(0, index - 40), index + length + 40).replace(/\s+/g, ' ')} »`;

/**
 * The unreadable pieces of a screen. `shown` is the text as drawn (innerText: what a reader sees); `source` the text
 * before CSS (textContent), where an enum code is looked for: a tab's « Fiche » drawn in capitals is no code.
 */
export function unreadable(shown: string, source: string = shown): string[] {
  const found: string[] = [];
  for (const pattern of [UUID, ISO_DATE, ENGLISH, KEY]) {
    const match = pattern.exec(shown);
    if (match) found.push(`${match[0]} ${around(shown, match.index, match[0].length)}`);
  }
  for (const match of source.matchAll(/\b[A-Z][A-Z0-9_]{2,}\b/g))
    if (ENUM_VALUES.has(match[0])) found.push(`${match[0]} ${around(source, match.index, match[0].length)}`);
  return [...new Set(found)];
}

/** The page's text as drawn and before CSS, for `unreadable`. */
export const pageText = async (page: import('playwright-core').Page): Promise<[string, string]> => [
  await page.locator('body').innerText(),
  await page.locator('body').evaluate((body) => body.textContent ?? ''),
];
