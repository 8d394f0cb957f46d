import { entryData, makeEntry, readZip, writeZip, type ZipEntry } from './zip-entries.js';

/**
 * Make a packed DOCX byte-reproducible (reliability.md §4): the same document gives the same bytes in
 * any process and any batch order. docx stamps core properties and zip entries with the current time,
 * numbers bookmarks from a process-wide counter and may give relationships random ids; this rewrites
 * all of them, sorts the entries, and dates every entry 1980-01-01.
 */

/** The core-properties time: SOURCE_DATE_EPOCH when set (seconds), else the document's own date. */
export function fixedTimestamp(documentDate: string, sourceDateEpoch?: string): string {
  if (sourceDateEpoch && /^\d{1,12}$/.test(sourceDateEpoch)) {
    return new Date(Number(sourceDateEpoch) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(documentDate) ? `${documentDate}T00:00:00Z` : '1980-01-01T00:00:00Z';
}

/** [Content_Types].xml first and the package relationships next, as Word writes them; then by name. */
function entryOrder(a: ZipEntry, b: ZipEntry): number {
  const rank = (n: string) => (n === '[Content_Types].xml' ? 0 : n === '_rels/.rels' ? 1 : 2);
  return rank(a.name) - rank(b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

function renumber(xml: string, pattern: RegExp, ids: Map<string, string>, make: (n: number) => string): string {
  return xml.replace(pattern, (_m, head: string, id: string, tail: string) => {
    let fixed = ids.get(id);
    if (fixed === undefined) {
      fixed = make(ids.size + 1);
      ids.set(id, fixed);
    }
    return `${head}${fixed}${tail}`;
  });
}

const BOOKMARK_ID = /(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)(")/g;
const RANDOM_REL_ID = /(\b(?:Id|r:id|r:embed)=")(rId[A-Za-z0-9_-]{12,})(")/g;
const CORE_DATE = /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

export function normalizeDocx(packed: Uint8Array, timestamp: string): Uint8Array {
  const entries = readZip(packed).sort(entryOrder);
  const bookmarks = new Map<string, string>();
  const relIds = new Map<string, string>();
  const out = entries.map((entry) => {
    if (!entry.name.endsWith('.xml') && !entry.name.endsWith('.rels')) return entry;
    const xml = utf8.decode(entryData(entry));
    let fixed = entry.name === 'docProps/core.xml' ? xml.replace(CORE_DATE, `$1${timestamp}$2`) : xml;
    if (fixed.includes('w:bookmark')) fixed = renumber(fixed, BOOKMARK_ID, bookmarks, String);
    fixed = renumber(fixed, RANDOM_REL_ID, relIds, (n) => `rIdQ${n}`);
    return fixed === xml ? entry : makeEntry(entry.name, encoder.encode(fixed));
  });
  return writeZip(out);
}
