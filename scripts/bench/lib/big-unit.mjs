// A unit with `procedures` procedures, for the memory benchmarks of issue 16 (a 10,000-procedure unit):
// one commune of the benchmark corpus (2008 line, every TTHC group), whose operational procedures are
// copied under new codes with their forms (QT-<group>-NN: the schema allows two digits per group, so the groups run
// AA, AB, …) and new titles until the unit has that many. Not a benchmark itself.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCommunes } from './corpus.mjs';

const group = (n) => String.fromCharCode(65 + (Math.floor(n / 26) % 26), 65 + (n % 26)) + (n >= 676 ? 'Z' : '');

/** Write the unit under `dir/huyen-01/xa-001`; returns its folder and its number of procedures. */
export async function generateBigUnit(dir, procedures) {
  await generateCommunes(dir, 1, { effectiveDate: '2012-06-01' });
  const unit = join(dir, 'huyen-01', 'xa-001');
  const folder = join(unit, 'procedures');
  const names = readdirSync(folder).sort();
  const system = names.filter((n) => /^QT-\d{2}\.yaml$/.test(n));
  const operational = names.filter((n) => !system.includes(n));
  const sources = operational.map((n) => ({ code: n.slice(0, -5), text: readFileSync(join(folder, n), 'utf8') }));
  for (const n of operational) rmSync(join(folder, n));
  const wanted = Math.max(0, procedures - system.length);
  for (let i = 0; i < wanted; i++) {
    const source = sources[i % sources.length];
    const code = `QT-${group(Math.floor(i / 99))}-${String((i % 99) + 1).padStart(2, '0')}`;
    const text = source.text
      // QT-HT-08 → QT-AU-13 and its forms BM-HT-08-01 → BM-AU-13-01.
      .replaceAll(source.code.slice(3), code.slice(3))
      .replace(/^title: (.*)$/m, (_, t) => `title: ${t} (bản ${i + 1})`);
    writeFileSync(join(folder, `${code}.yaml`), text);
  }
  return { unit, procedures: system.length + wanted };
}
