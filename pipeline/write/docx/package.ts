import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { DocxLayout } from './layout.js';

/** The date written to docProps/core.xml: a report's bytes must not depend on when it was written. */
export const FIXED_TIMESTAMP = '2000-01-01T00:00:00Z';

/**
 * Zip entry time. Zip stores local wall-clock time, which fflate reads from the Date's local getters:
 * a Date built from local fields gives the same bytes in every time zone.
 */
export const fixedMtime = (): Date => new Date(2000, 0, 1, 0, 0, 0);

/** Parts that lead the archive, as Word writes them; the rest follow in name order. */
const LEADING_PARTS = ['[Content_Types].xml', '_rels/.rels'];

const CHINESE_CHARSET = '86';

/**
 * The font table: each Chinese font declared with charset GB2312 and an alternative name, so a machine
 * without 仿宋_GB2312 substitutes a Chinese face (仿宋, then the document's 宋体) rather than a Latin one.
 */
export function fontTableXml(layout: DocxLayout, fonts: readonly string[]): string {
  const entries = [...new Set(fonts)].sort().map((name) => {
    const latin = /^[\x20-\x7e]+$/.test(name);
    const alt = layout.altNames[name];
    return (
      `<w:font w:name="${escapeXml(name)}">` +
      (alt !== undefined ? `<w:altName w:val="${escapeXml(alt)}"/>` : '') +
      `<w:charset w:val="${latin ? '00' : CHINESE_CHARSET}"/>` +
      `<w:family w:val="${latin ? 'roman' : 'modern'}"/>` +
      `<w:pitch w:val="${latin ? 'variable' : 'fixed'}"/>` +
      `</w:font>`
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    entries.join('') +
    '</w:fonts>'
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A package's parts by path: XML as text, other parts (media) as bytes. */
export type PackageParts = ReadonlyMap<string, string | Uint8Array>;

/**
 * Makes docx's output byte-identical for identical input: fixed core.xml dates, relationship ids that
 * docx draws from nanoid renamed in order of appearance, our font table, fixed entry order and times.
 * The parts are zipped here, once.
 */
export function zipPackage(parts: PackageParts, fontTable: string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const text = new Map<string, string>();
  for (const [name, data] of parts) {
    const xml = /\.(xml|rels)$/.test(name);
    if (typeof data === 'string') {
      if (xml) text.set(name, data);
      else files[name] = strToU8(data);
    } else if (xml) text.set(name, strFromU8(data));
    else files[name] = data;
    files[name] ??= new Uint8Array();
  }
  const names = Object.keys(files).sort();

  const core = text.get('docProps/core.xml');
  if (core !== undefined) {
    text.set(
      'docProps/core.xml',
      core.replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:)/g, `$1${FIXED_TIMESTAMP}$2`),
    );
  }
  if (text.has('word/fontTable.xml')) text.set('word/fontTable.xml', fontTable);

  // Relationship ids other than docx's own counters (rId1, rId2…) come from nanoid: rename them.
  const renames = new Map<string, string>();
  for (const name of names) {
    if (!name.endsWith('.rels')) continue;
    for (const match of (text.get(name) ?? '').matchAll(/\bId="([^"]+)"/g)) {
      const id = match[1] ?? '';
      if (!/^rId\d+$/.test(id) && !renames.has(id)) renames.set(id, `rIdJx${renames.size + 1}`);
    }
  }
  if (renames.size > 0) {
    const pattern = new RegExp(`"(${[...renames.keys()].map(escapeRegExp).join('|')})"`, 'g');
    for (const [name, value] of text) text.set(name, value.replace(pattern, (_, id: string) => `"${renames.get(id) ?? id}"`));
  }

  const ordered = [...LEADING_PARTS.filter((n) => n in files), ...names.filter((n) => !LEADING_PARTS.includes(n))];
  const zippable: Zippable = {};
  for (const name of ordered) {
    const data = text.has(name) ? strToU8(text.get(name) ?? '') : (files[name] ?? new Uint8Array());
    zippable[name] = [data, { mtime: fixedMtime(), level: 6 }];
  }
  return zipSync(zippable, { mtime: fixedMtime() });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The same for a package already zipped (docx's own output, when its parts cannot be had unzipped). */
export function normalisePackage(bytes: Uint8Array, fontTable: string): Uint8Array {
  return zipPackage(new Map(Object.entries(unzipSync(bytes))), fontTable);
}
