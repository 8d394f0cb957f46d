import { Document, EMPTY_OBJECT, Packer, XmlComponent, type IXmlableObject, type Table } from 'docx';
import { compileSplicingRows } from './long-table.js';
import { normalizeParts } from './normalize-zip.js';
import { makeEntry, writeZip, type ZipEntry } from './zip-entries.js';

/**
 * Pack a docx Document into its reproducible bytes, doing once per process what is the same for every
 * document (issue 16). Every document of ours has the same styles, theme and settings: docx formats them
 * anew for each one (a fifth of the packing time of a small document) and deflates them anew, then
 * normalizeDocx inflated every part again. Here the first document is compiled in full and those parts'
 * XML is kept; later documents compile stand-ins for them, the kept XML is put back, every part is
 * normalised as text and deflated once (an unchanged part reuses its compressed bytes). The bytes are
 * those of Packer.toBuffer followed by normalizeDocx (test/core/render/pack-docx.test.ts).
 */

type Parts = Map<string, string | Uint8Array>;
interface Compiler {
  compile(file: Document): Parts;
}

/**
 * The parts made only from the options every document is given (STYLES, no theme, no settings options):
 * the File getter the compiler formats, and the part it becomes.
 */
const SHARED = [
  { getter: 'Styles', path: 'word/styles.xml' },
  { getter: 'Theme', path: 'word/theme/theme1.xml' },
  { getter: 'Settings', path: 'word/settings.xml' },
] as const;

const MARK = 'qms-shared-part';

/** Formats to an empty element the compiler writes as is: its XML is replaced by the kept part. */
class SharedPart extends XmlComponent {
  constructor() {
    super(MARK);
  }
  override prepForXml(): IXmlableObject {
    return { [MARK]: EMPTY_OBJECT };
  }
}
const STAND_IN = new SharedPart();

/** The shared parts' XML, once a document has been compiled in full; undefined when not usable. */
let shared: Map<string, string> | undefined;
/** docx's compiler (Packer's own; undefined if a docx release no longer has it: then Packer.toBuffer). */
const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;

/**
 * The last few compressed entries of each part: a part whose XML is unchanged is not deflated again. Not
 * the body and the core properties, which are each document's own.
 */
const deflated = new Map<string, Array<{ xml: string; entry: ZipEntry }>>();
const KEPT_PER_PART = 4;
const OWN_PARTS = new Set(['word/document.xml', 'docProps/core.xml']);

export async function packDocx(file: Document, timestamp: string): Promise<Uint8Array> {
  if (!compiler || typeof compiler.compile !== 'function') {
    const { normalizeDocx } = await import('./normalize-zip.js');
    return normalizeDocx(await Packer.toBuffer(file), timestamp);
  }
  const parts = compileSplicingRows(
    () => compileParts(compiler, file),
    (table) => rowsXml(compiler, table),
  );
  const texts = normalizeParts(parts, timestamp);
  return writeZip(texts.map(([name, content]) => entryFor(name, content)));
}

function compileParts(compiler: Compiler, file: Document): Parts {
  if (!shared) {
    const parts = compiler.compile(file);
    const kept = new Map<string, string>();
    for (const { path } of SHARED) {
      const xml = parts.get(path);
      if (typeof xml === 'string') kept.set(path, xml);
    }
    shared = kept.size === SHARED.length ? kept : new Map();
    return parts;
  }
  if (shared.size === 0) return compiler.compile(file);
  for (const { getter } of SHARED) Object.defineProperty(file, getter, { value: STAND_IN });
  const parts = compiler.compile(file);
  for (const { path } of SHARED) {
    const xml = parts.get(path);
    // A docx release that writes the part elsewhere, or not from this getter, must not lose it.
    if (typeof xml !== 'string' || !xml.endsWith(`<${MARK}/>`))
      throw new Error(`docx packer: ${path} was not compiled from its stand-in`);
    parts.set(path, shared.get(path)!);
  }
  return parts;
}

/**
 * The XML docx writes for a table's rows: those of a document holding only that table (the rows do not
 * depend on the rest of the document; the table's layout sets their cells' widths).
 */
function rowsXml(compiler: Compiler, table: Table): string {
  const file = new Document({ sections: [{ children: [table] }] });
  // Its styles, theme and settings are not wanted: stand-ins spare formatting them for every chunk.
  for (const { getter } of SHARED) Object.defineProperty(file, getter, { value: STAND_IN });
  const xml = compiler.compile(file).get('word/document.xml');
  const start = typeof xml === 'string' ? xml.indexOf('</w:tblGrid>') : -1;
  const end = typeof xml === 'string' ? xml.lastIndexOf('</w:tbl>') : -1;
  if (start < 0 || end < start) throw new Error('docx packer: no table rows in a compiled chunk');
  return (xml as string).slice(start + '</w:tblGrid>'.length, end);
}

function entryFor(name: string, content: string | Uint8Array): ZipEntry {
  if (typeof content !== 'string') return makeEntry(name, content);
  if (OWN_PARTS.has(name)) return makeEntry(name, encoder.encode(content));
  const kept = deflated.get(name) ?? [];
  const hit = kept.find((k) => k.xml === content);
  if (hit) return hit.entry;
  const entry = makeEntry(name, encoder.encode(content));
  kept.unshift({ xml: content, entry });
  if (kept.length > KEPT_PER_PART) kept.pop();
  deflated.set(name, kept);
  return entry;
}

const encoder = new TextEncoder();
