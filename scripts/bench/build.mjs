// Benchmark of `qms build` (issue 4): DOCX for 50 procedures in one process, against a floor — the
// docx packer on 50 one-paragraph documents — timed in the same run. Goal: ratio ≤ 3, peak RSS ≤ 300 MB.
// Run through `npm run bench` (which builds dist/ first), or alone: node scripts/bench/build.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = (path) => pathToFileURL(join(root, 'dist', path)).href;
const ROUNDS = 5;
const COUNT = 50;

/** A unit made by `qms init` (every TTHC group of a commune), so the procedures are the real model's. */
function makeUnit(dir) {
  const people = [
    'lanh-dao=Nguyễn Văn An',
    'pho-lanh-dao=Trần Thị Bình',
    'dai-dien-lanh-dao=Trần Thị Bình',
    'thu-ky-iso=Lê Văn Cường',
    'mot-cua=Phạm Thị Dung',
    'tu-phap-ho-tich=Hoàng Văn Em',
    'dia-chinh-xay-dung=Đỗ Văn Phúc',
    'van-hoa-xa-hoi=Vũ Thị Giang',
    'tai-chinh-ke-toan=Ngô Thị Hà',
    'van-phong=Bùi Văn Hùng',
  ];
  const r = spawnSync(
    process.execPath,
    [
      join(root, 'bin', 'qms.js'),
      'init',
      dir,
      '--yes',
      '--type',
      'xa',
      '--name',
      'UBND xã Đại Mỗ',
      '--parent',
      'UBND huyện Từ Liêm',
      ...people.flatMap((p) => ['--person', p]),
      '--effective-date',
      '2012-06-01',
    ],
    { encoding: 'utf8', env: { ...process.env, CI: '1' } },
  );
  if (r.status !== 0) throw new Error(`qms init failed: ${r.stderr}`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export default async function benchBuild() {
  const { loadUnit } = await import(dist('core/unit/load-unit.js'));
  const { planDocuments } = await import(dist('core/render/plan-documents.js'));
  const { buildDocx } = await import(dist('core/render/docx/build-docx.js'));
  const { Document, Packer, Paragraph } = await import('docx');

  const work = mkdtempSync(join(tmpdir(), 'qms-bench-'));
  try {
    makeUnit(join(work, 'unit'));
    const { docs } = planDocuments(loadUnit(join(work, 'unit')));
    const procedures = docs.filter((d) => d.kind === 'procedure');
    // 50 procedures: the unit's, repeated with their own codes (the content is what costs).
    const fifty = Array.from({ length: COUNT }, (_, i) => ({
      ...procedures[i % procedures.length],
      code: `QT-BM-${String(i + 1).padStart(2, '0')}`,
    }));

    const floor = async () => {
      for (let i = 0; i < COUNT; i++)
        await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Một đoạn văn bản.')] }] }));
    };
    const ours = async () => {
      for (const view of fifty) await buildDocx(view);
    };
    const time = async (fn) => {
      const t = performance.now();
      await fn();
      return performance.now() - t;
    };
    await floor(); // warm-up: JIT and module initialisation are not what is measured
    await ours();
    const floors = [];
    const builds = [];
    for (let r = 0; r < ROUNDS; r++) {
      floors.push(await time(floor));
      builds.push(await time(ours));
    }
    const f = median(floors);
    const b = median(builds);
    const rssMb = process.resourceUsage().maxRSS / 1024;
    console.log(
      `build: ${COUNT} procedures → DOCX      ${b.toFixed(0)} ms (median of ${ROUNDS}; ${(b / COUNT).toFixed(1)} ms each; ${procedures.length} distinct procedures)`,
    );
    console.log(
      `build: floor, docx packer × ${COUNT} one-paragraph documents  ${f.toFixed(0)} ms (${(f / COUNT).toFixed(1)} ms each)`,
    );
    console.log(`build: ratio ${(b / f).toFixed(2)} (goal ≤ 3)   peak RSS ${rssMb.toFixed(0)} MB (goal ≤ 300)`);
    return { buildMs: b, floorMs: f, ratio: b / f, peakRssMb: rssMb };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchBuild();
