import { XmlPieces } from './long-table.js';
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
function byPartName(a: string, b: string): number {
  const rank = (n: string) => (n === '[Content_Types].xml' ? 0 : n === '_rels/.rels' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
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

const isXml = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');

/**
 * One package's parts in their order, each XML part normalised: the ids are numbered in the order met
 * across the parts, so the parts are taken in the order they are written.
 */
function normalizeEach<T>(
  parts: Array<[string, T | XmlPieces]>,
  xmlOf: (part: T) => string | undefined,
  timestamp: string,
): Array<[string, T | string | Uint8Array]> {
  const ids: Ids = { bookmarks: new Map(), relIds: new Map() };
  const normalize = (name: string, xml: string, met = ids) => {
    let fixed = name === 'docProps/core.xml' ? xml.replace(CORE_DATE, `$1${timestamp}$2`) : xml;
    if (fixed.includes('w:bookmark')) fixed = renumber(fixed, BOOKMARK_ID, met.bookmarks, String);
    return renumber(fixed, RANDOM_REL_ID, met.relIds, (n) => `rIdQ${n}`);
  };
  return parts
    .sort(([a], [b]) => byPartName(a, b))
    .map(([name, part]) => {
      // Each piece in turn: the ids are numbered in the order met, as in the whole text, and no id's
      // attribute spans two pieces (a piece ends after a row or before a mark).
      if (part instanceof XmlPieces) return [name, encodePieces(part, (xml, met) => normalize(name, xml, met), ids)];
      const xml = isXml(name) ? xmlOf(part) : undefined;
      if (xml === undefined) return [name, part];
      const fixed = normalize(name, xml);
      return [name, fixed === xml ? part : fixed];
    });
}

/** The ids met so far in a package, and what each is renumbered to. */
interface Ids {
  bookmarks: Map<string, string>;
  relIds: Map<string, string>;
}

/**
 * The UTF-8 bytes of a part given in pieces, normalised, made twice: first only to count its bytes (with
 * copies of the ids met, which it renumbers as the second pass will), then encoded piece by piece into a
 * buffer of that length. Each piece is dropped once counted or encoded: the part's bytes are held once,
 * not also as a list of encoded pieces beside them (a 10,000-row register: ~12 MB less at its peak, for
 * compiling its rows twice, ~1.5 s).
 */
function encodePieces(part: XmlPieces, normalize: (xml: string, met: Ids) => string, ids: Ids): Uint8Array {
  const copies: Ids = { bookmarks: new Map(ids.bookmarks), relIds: new Map(ids.relIds) };
  let length = 0;
  for (const piece of part.pieces()) length += Buffer.byteLength(normalize(piece, copies), 'utf8');
  const out = new Uint8Array(length);
  let at = 0;
  for (const piece of part.pieces()) {
    const xml = normalize(piece, ids);
    const { read, written } = encoder.encodeInto(xml, out.subarray(at));
    if (read !== xml.length) throw new Error('docx packer: a part made twice gave two different texts');
    at += written;
  }
  if (at !== length) throw new Error('docx packer: a part made twice gave two different texts');
  return out;
}

/** A packed DOCX, normalised (see above). */
export function normalizeDocx(packed: Uint8Array, timestamp: string): Uint8Array {
  const entries = readZip(packed).map((e): [string, ZipEntry] => [e.name, e]);
  const out = normalizeEach(entries, (e) => utf8.decode(entryData(e)), timestamp);
  return writeZip(
    out.map(([name, e]) =>
      typeof e === 'string' ? makeEntry(name, encoder.encode(e)) : e instanceof Uint8Array ? makeEntry(name, e) : e,
    ),
  );
}

/** The parts docx compiles (not yet zipped), normalised as normalizeDocx does, in the order they are written. */
export function normalizeParts(
  parts: Map<string, string | Uint8Array | XmlPieces>,
  timestamp: string,
): Array<[string, string | Uint8Array]> {
  return normalizeEach([...parts], (part) => (typeof part === 'string' ? part : utf8.decode(part)), timestamp);
}
