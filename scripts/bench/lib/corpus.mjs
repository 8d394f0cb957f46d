// The benchmark corpus shared by validate.mjs and readiness.mjs: `communes` commune units written with the
// tool's own model through the `qms init` logic (in-process, not one process per unit), 20 per district
// folder, each with its own name and people. Not a benchmark itself (scripts/bench.mjs runs only the
// .mjs files directly in scripts/bench/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const dist = (path) => pathToFileURL(join(root, 'dist', path)).href;
const PEOPLE = [
  'Nguyễn Văn An',
  'Trần Thị Bình',
  'Lê Văn Cường',
  'Phạm Thị Dung',
  'Hoàng Văn Em',
  'Đỗ Văn Phúc',
  'Vũ Thị Giang',
  'Ngô Thị Hà',
  'Bùi Văn Hùng',
  'Đặng Thị Khánh',
  'Lý Văn Long',
  'Trịnh Thị Mai',
];

/**
 * Write the corpus under `dir`. The model version is the one in force on `effectiveDate` (default: the
 * newest model's release date), as `qms init` picks it. `onUnit(unitDir, index, codes)` may add files
 * and returns how many. Returns { files, bytes, effectiveDate }.
 */
export async function generateCommunes(dir, communes, { effectiveDate, onUnit } = {}) {
  const { loadModel, modelVersionAt } = await import(dist('core/model/load-model.js'));
  const { buildUnitFiles } = await import(dist('core/scaffold/build-unit-files.js'));
  const date = effectiveDate ?? loadModel().meta.releaseDate;
  const model = loadModel(undefined, modelVersionAt('hanoi-qms', date));
  const typeDef = model.unitTypes.xa;
  let files = 0;
  let bytes = 0;
  for (let i = 0; i < communes; i++) {
    const n = String(i + 1).padStart(3, '0');
    const district = `huyen-${String(Math.floor(i / 20) + 1).padStart(2, '0')}`;
    const unitDir = join(dir, district, `xa-${n}`);
    const people = Object.fromEntries(typeDef.roles.map((r, k) => [r.id, [PEOPLE[(i + k) % PEOPLE.length]]]));
    const answers = {
      model: { id: model.meta.id, version: model.meta.version },
      type: 'xa',
      id: `xa-${n}`,
      name: `UBND xã Số ${n}`,
      superior: `UBND huyện ${district}`,
      parent: { id: district, name: `UBND huyện ${district}` },
      city: 'Hà Nội',
      people,
      effectiveDate: date,
      year: Number(date.slice(0, 4)),
    };
    const codes = [];
    for (const f of buildUnitFiles(unitDir, model, typeDef, answers)) {
      const path = join(unitDir, f.relPath);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.content);
      if (f.relPath.startsWith('procedures/')) codes.push(f.relPath.slice('procedures/'.length, -'.yaml'.length));
      files++;
      bytes += Buffer.byteLength(f.content);
    }
    if (onUnit) files += onUnit(unitDir, i, codes);
  }
  return { files, bytes, effectiveDate: date };
}
