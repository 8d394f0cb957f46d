// Benchmark of `qms build` on a unit with every kind of document (issue 14): the example commune far
// along (examples/city/xa-tam-hiep: controlled documents, registers, decisions, plan, announcements and
// their thông báo, audit reports, corrective-action requests and log, review notices, reports and minutes,
// the yearly objectives plans and results, the report to the Sở KH&CN, the five one-stop forms of each
// TTHC procedure), rendered to DOCX in one
// process, against a floor timed in the same run — the docx packer on as many one-paragraph documents.
// Goal: ≤ 3× the floor per document. Run through `npm run bench`, or alone: node scripts/bench/build-unit.mjs
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = (path) => pathToFileURL(join(root, 'dist', path)).href;
const ROUNDS = 5;
const UNIT = join(root, 'examples', 'city', 'xa-tam-hiep');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export default async function benchBuildUnit() {
  const { loadUnit } = await import(dist('core/unit/load-unit.js'));
  const { renderUnit } = await import(dist('core/render/render-unit.js'));
  const { buildDocx } = await import(dist('core/render/docx/build-docx.js'));
  const { Document, Packer, Paragraph } = await import('docx');

  const unit = loadUnit(UNIT);
  const first = await renderUnit(unit, { formats: ['docx'] });
  const count = first.docs.length;
  const issued = first.docs.filter((d) => d.admin).length;
  const floor = async () => {
    for (let i = 0; i < count; i++)
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Một đoạn văn bản.')] }] }));
  };
  const ours = () => renderUnit(unit, { formats: ['docx'] });
  const issuedViews = first.docs.filter((d) => d.admin);
  const issuedOnly = async () => {
    for (const view of issuedViews) await buildDocx(view);
  };
  const time = async (fn) => {
    const t = performance.now();
    await fn();
    return performance.now() - t;
  };
  await floor(); // warm-up
  const floors = [];
  const builds = [];
  const issuedBuilds = [];
  for (let r = 0; r < ROUNDS; r++) {
    floors.push(await time(floor));
    builds.push(await time(ours));
    issuedBuilds.push(await time(issuedOnly));
  }
  const f = median(floors);
  const b = median(builds);
  const i = median(issuedBuilds);
  const perFloor = f / count;
  console.log(
    `build-unit: Tam Hiệp, ${count} documents (${issued} issued) → DOCX  ${b.toFixed(0)} ms (median of ${ROUNDS}; ${(b / count).toFixed(1)} ms each)`,
  );
  console.log(
    `build-unit: floor, docx packer × ${count} one-paragraph documents  ${f.toFixed(0)} ms (${(f / count).toFixed(1)} ms each)`,
  );
  console.log(
    `build-unit: the ${issued} issued documents alone  ${i.toFixed(0)} ms (${(i / issued).toFixed(1)} ms each, ratio ${(i / issued / perFloor).toFixed(2)})`,
  );
  console.log(`build-unit: ratio ${(b / f).toFixed(2)} per document over the whole unit (goal ≤ 3)`);
  return { buildMs: b, floorMs: f, ratio: b / f, issuedRatio: i / issued / perFloor, documents: count };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchBuildUnit();
