import { deflateSync } from 'fflate';
import { crc32, inflateRawSync } from 'node:zlib';

/**
 * Just enough of the ZIP format to rewrite a DOCX package reproducibly: read the entries (keeping each
 * one's compressed bytes), and write them back in a chosen order with a fixed time. An entry whose
 * content is unchanged keeps its compressed bytes as they are, so only edited parts are deflated again.
 */

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  size: number;
  compressed: Uint8Array;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

export function readZip(zip: Uint8Array): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== END) end--;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error('corrupt zip: bad central directory entry');
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    if (view.getUint32(local, true) !== LOCAL) throw new Error(`corrupt zip: bad local header for ${name}`);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({ name, method, crc, size, compressed: zip.subarray(dataStart, dataStart + compressedSize) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export function entryData(entry: ZipEntry): Uint8Array {
  return entry.method === 0 ? entry.compressed : new Uint8Array(inflateRawSync(entry.compressed));
}

/**
 * A new entry, deflated as docx's own packer (fflate, level 6) deflates: an edited part and an untouched
 * one go through the same compressor, so the bytes depend only on the content — and pure JavaScript
 * gives the same bytes on every Node version, where the zlib bundled with Node may not.
 */
export function makeEntry(name: string, data: Uint8Array): ZipEntry {
  return { name, method: 8, crc: crc32(data) >>> 0, size: data.length, compressed: deflateSync(data, { level: 6 }) };
}

/** DOS date and time of 1980-01-01 00:00:00, the earliest a zip can hold. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export function writeZip(entries: ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const localSize = entries.reduce((sum, e, i) => sum + 30 + names[i].length + e.compressed.length, 0);
  const centralSize = names.reduce((sum, n) => sum + 46 + n.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  const header = (e: ZipEntry, name: Uint8Array, pos: number) => {
    view.setUint16(pos, 20, true); // version needed
    view.setUint16(pos + 2, 0x0800, true); // UTF-8 names
    view.setUint16(pos + 4, e.method, true);
    view.setUint16(pos + 6, DOS_TIME, true);
    view.setUint16(pos + 8, DOS_DATE, true);
    view.setUint32(pos + 10, e.crc, true);
    view.setUint32(pos + 14, e.compressed.length, true);
    view.setUint32(pos + 18, e.size, true);
    view.setUint16(pos + 22, name.length, true);
    view.setUint16(pos + 24, 0, true);
  };
  entries.forEach((e, i) => {
    offsets.push(at);
    view.setUint32(at, LOCAL, true);
    header(e, names[i], at + 4);
    out.set(names[i], at + 30);
    out.set(e.compressed, at + 30 + names[i].length);
    at += 30 + names[i].length + e.compressed.length;
  });
  const centralStart = at;
  entries.forEach((e, i) => {
    view.setUint32(at, CENTRAL, true);
    view.setUint16(at + 4, 20, true); // version made by: MS-DOS, 2.0
    header(e, names[i], at + 6);
    // comment length, disk number, internal and external attributes: all zero
    view.setUint32(at + 42, offsets[i], true);
    out.set(names[i], at + 46);
    at += 46 + names[i].length;
  });
  view.setUint32(at, END, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, centralSize, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
