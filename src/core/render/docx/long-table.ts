import { EMPTY_OBJECT, Table, type IContext, type ITableOptions, type IXmlableObject, type TableRow } from 'docx';

/**
 * Tables with one row per document (a register of 10,000 procedures, an issuing decision's annex) in memory
 * independent of their length (issue 16). docx builds a whole table as objects (~43 KB live per row) and
 * then as the object tree it serialises, before writing any XML: a 10,000-row register took ~630 MB. A long
 * table is therefore compiled with its header rows only and a mark where the body goes; the packer then
 * writes the body a chunk at a time through docx's own compiler (a small document holding only the chunk's
 * rows), dropping the chunk's objects before the next. The chunks' XML is not spliced into one string: the
 * document's text is handed on as its pieces (XmlPieces), each chunk made, normalised and encoded to UTF-8
 * as it is reached. The bytes are those docx writes for the whole table (test/core/render/long-table.test.ts).
 * Without the packer's splicing (Packer.toBuffer, a docx release without its compiler), the table formats
 * in full, as before.
 */

/** A table with more body rows than this is written in chunks. */
export const LONG_TABLE_ROWS = 200;
/**
 * Rows made and serialised at a time (~4 MB of objects). Measured on a 10,000-row register: 250 rows outlive
 * the young generation and pile up as old garbage (+350 MB heap before a full GC); 100 rows add ~80 MB; 50
 * no less and cost more compiles.
 */
const CHUNK_ROWS = 100;

type TableOptions = Omit<ITableOptions, 'rows'>;

/** The long tables met while compiling a document under `compileSplicingRows`; undefined otherwise. */
let pending: LongTable[] | undefined;

export class LongTable extends Table {
  constructor(
    private readonly tableOptions: TableOptions,
    private readonly head: TableRow[],
    readonly bodyRows: number,
    private readonly rowAt: (r: number) => TableRow,
  ) {
    super({ ...tableOptions, rows: head });
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    if (!pending) return this.withRows(0, this.bodyRows, this.head).prepForXml(context);
    const xml = super.prepForXml(context);
    const children: unknown = xml?.['w:tbl'];
    if (!Array.isArray(children)) throw new Error('docx table: unexpected shape');
    children.push({ [markOf(pending.length)]: EMPTY_OBJECT });
    pending.push(this);
    return xml;
  }

  /** A table of the same layout with the body rows [from, to), after `head` (its cell widths are set by it). */
  withRows(from: number, to: number, head: TableRow[] = []): Table {
    const rows = [...head];
    for (let r = from; r < to; r++) rows.push(this.rowAt(r));
    return new Table({ ...this.tableOptions, rows });
  }
}

const markOf = (i: number) => `qms-long-table-rows-${i}`;

/**
 * A part's XML given as the pieces it is made of, in order, each made when it is reached: a long table's
 * rows a chunk at a time. The packer encodes each piece as it comes (normalize-zip.ts normalizeParts), so
 * that no string ever holds the whole part: a register of 10,000 rows is ~10 MB of XML, held as a string
 * (two bytes a character, with its Vietnamese text), the rope it was spliced from and its UTF-8 bytes.
 */
export class XmlPieces {
  constructor(readonly pieces: () => Iterable<string>) {}
}

/**
 * Compile a document with its long tables' bodies spliced in: `word/document.xml` becomes XmlPieces, its
 * text around each table's mark, then the table's rows. `compile` compiles the document's parts; `rowsXml`
 * gives the XML docx writes for a table's rows (`<w:tr>`…), one chunk at a time. No piece ends inside a
 * tag or a character (each ends where a row, or the text before a mark, does).
 */
export function compileSplicingRows<P extends Map<string, string | Uint8Array>>(
  compile: () => P,
  rowsXml: (table: Table) => string,
): Map<string, string | Uint8Array | XmlPieces> {
  const tables: LongTable[] = [];
  pending = tables;
  let parts: P;
  try {
    parts = compile();
  } finally {
    pending = undefined;
  }
  if (tables.length === 0) return parts;
  const xml = parts.get('word/document.xml');
  if (typeof xml !== 'string') throw new Error('docx packer: no word/document.xml');
  // Every mark is found now: a document without one fails before any piece is made.
  let after = 0;
  const marks = tables.map((_, i) => {
    const mark = `<${markOf(i)}/>`;
    const where = xml.indexOf(mark, after);
    if (where < 0) throw new Error(`docx packer: ${mark} not found in word/document.xml`);
    after = where + mark.length;
    return { where, length: mark.length };
  });
  const spliced: Map<string, string | Uint8Array | XmlPieces> = parts;
  spliced.set('word/document.xml', new XmlPieces(() => splice(xml, tables, marks, rowsXml)));
  return spliced;
}

function* splice(
  xml: string,
  tables: LongTable[],
  marks: Array<{ where: number; length: number }>,
  rowsXml: (table: Table) => string,
): Generator<string> {
  let at = 0;
  for (const [i, table] of tables.entries()) {
    const { where, length } = marks[i];
    yield xml.slice(at, where);
    for (let from = 0; from < table.bodyRows; from += CHUNK_ROWS)
      yield rowsXml(table.withRows(from, Math.min(from + CHUNK_ROWS, table.bodyRows)));
    at = where + length;
  }
  yield xml.slice(at);
}
