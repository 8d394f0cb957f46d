// A large tree of communes, fast: the first `pattern` units are made by `make(dir, pattern)` (the tool's
// own model through the `qms init` logic), the others are copies of them under their own folder, id,
// name and district, exactly as the generator writes unit `i` when `pattern` is a multiple of every
// cycle of lib/corpus.mjs (12 people) and lib/readiness-corpus.mjs (5 profiles): 60. Writing 10,000 units
// through the templates takes the better part of an hour on a loaded machine; copying, a minute.
// Not a benchmark itself.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PER_DISTRICT = 20; // lib/corpus.mjs
const number = (i) => String(i + 1).padStart(3, '0');
const district = (i) => `huyen-${String(Math.floor(i / PER_DISTRICT) + 1).padStart(2, '0')}`;

/** Every file under `dir` (relative paths). */
function walk(dir, base = '') {
  return readdirSync(join(dir, base), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(dir, join(base, e.name)) : [join(base, e.name)],
  );
}

/**
 * Write `units` communes under `dir` (huyen-DD/xa-NNN); `make(dir, n)` writes the first n and returns
 * its file count. Returns { files, bytes }.
 */
export async function cloneTree(dir, units, make, pattern = 60) {
  const first = Math.min(units, pattern);
  await make(dir, first);
  let files = 0;
  let bytes = 0;
  const sources = [];
  for (let i = 0; i < first; i++) {
    const unitDir = join(dir, district(i), `xa-${number(i)}`);
    const texts = walk(unitDir).map((rel) => {
      const text = readFileSync(join(unitDir, rel), 'utf8');
      files++;
      bytes += Buffer.byteLength(text);
      return { rel, text };
    });
    sources.push({ i, texts });
  }
  for (let i = first; i < units; i++) {
    const { i: from, texts } = sources[i % pattern];
    const unitDir = join(dir, district(i), `xa-${number(i)}`);
    for (const { rel, text } of texts) {
      const out = text
        .replaceAll(`xa-${number(from)}`, `xa-${number(i)}`)
        .replaceAll(`Số ${number(from)}`, `Số ${number(i)}`)
        .replaceAll(district(from), district(i));
      const path = join(unitDir, rel);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, out);
      files++;
      bytes += Buffer.byteLength(out);
    }
  }
  return { files, bytes };
}
