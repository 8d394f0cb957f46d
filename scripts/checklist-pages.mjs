#!/usr/bin/env node
// How many A4 pages the process checklist of each shipped TTHC template takes, as LibreOffice lays it out
// (issue 17: one TTHC's checklist fits in 6 pages). For the last version of each model line and every unit
// type it has, the script scaffolds a unit with every TTHC group (`qms init --yes`), writes
// `qms checklist --process CODE --format docx` for each TTHC procedure, converts them all to PDF with
// LibreOffice (headless) and counts the pages with pdfinfo.
//
//   npm run build && node scripts/checklist-pages.mjs [--max 6] [--keep DIR] [--only REGEX]
//
// Needs (Debian): apt-get install -y libreoffice-writer poppler-utils fonts-liberation. Not part of CI
// (LibreOffice is large and slow to start). Exit 1 when a checklist takes more than --max pages.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const maxPages = Number(option('--max', '6'));
const keep = option('--keep', undefined);
const only = option('--only', undefined);
const work = keep ?? mkdtempSync(join(tmpdir(), 'qms-checklist-pages-'));
mkdirSync(work, { recursive: true });

/** The last version of each model line: the templates a unit following the line's newest version gets. */
const LINES = [
  { version: '1.10.0', types: ['xa', 'huyen', 'so'] },
  { version: '2.4.0', types: ['xa', 'huyen', 'so'] },
  // 3.2.0 has no cấp huyện (from 01/07/2025): its district templates are those of 3.1.0.
  { version: '3.1.0', types: ['huyen'] },
  { version: '3.2.0', types: ['xa', 'so'] },
];

function qms(argv) {
  const r = spawnSync(process.execPath, [join(root, 'bin/qms.js'), ...argv], { encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) {
    console.error(`qms ${argv.join(' ')} → exit ${r.status}\n${r.stderr}`);
    process.exit(2);
  }
  return r.stdout;
}

function releaseDate(version) {
  return parse(readFileSync(join(root, 'models/hanoi-qms', version, 'model.yaml'), 'utf8')).releaseDate;
}

/** An answers file for the type, every role filled with one made-up name. */
function answers(type, date) {
  const doc = parse(qms(['init', '--print-answers', '--type', type, '--effective-date', date]));
  doc.name = `Đơn vị mẫu ${type}`;
  if (doc.parent) doc.parent.name = 'UBND huyện Mẫu';
  doc.effectiveDate = date;
  let n = 0;
  for (const role of Object.keys(doc.people ?? {})) doc.people[role] = [`Người Số ${++n}`];
  return doc;
}

const docs = [];
for (const { version, types } of LINES) {
  const date = releaseDate(version);
  for (const type of types) {
    const unit = join(work, `${type}-${version}`);
    rmSync(unit, { recursive: true, force: true });
    const file = join(work, `${type}-${version}.answers.json`);
    writeFileSync(file, JSON.stringify(answers(type, date)));
    qms(['init', unit, '--yes', '--answers', file, '--model-version', version]);
    for (const name of readdirSync(join(unit, 'procedures')).sort()) {
      const proc = parse(readFileSync(join(unit, 'procedures', name), 'utf8'));
      if (!proc.tthc) continue;
      const out = join(work, 'docx', `${type}-${version}-${proc.code}.docx`);
      if (only && !new RegExp(only, 'u').test(out)) continue;
      mkdirSync(dirname(out), { recursive: true });
      qms(['checklist', unit, '--process', proc.code, '--format', 'docx', '--output', out, '--date', date, '--force']);
      docs.push({ version, type, code: proc.code, tthc: proc.tthc.id, out });
    }
  }
}

// One LibreOffice run for every file (starting it is most of the time), with a private profile.
const profile = mkdtempSync(join(tmpdir(), 'qms-lo-'));
const pdfDir = join(work, 'pdf');
spawnSync(
  'soffice',
  [
    `-env:UserInstallation=file://${profile}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    pdfDir,
    ...docs.map((d) => d.out),
  ],
  { stdio: 'ignore' },
);
rmSync(profile, { recursive: true, force: true });

let over = 0;
const counts = [];
for (const d of docs) {
  const pdf = join(
    pdfDir,
    d.out
      .split('/')
      .pop()
      .replace(/\.docx$/u, '.pdf'),
  );
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/mu.exec(info.stdout ?? '')?.[1] ?? NaN);
  counts.push(pages);
  const bad = !(pages <= maxPages);
  if (bad) over++;
  console.log(
    `${bad ? 'OVER' : 'ok  '}  ${String(pages).padStart(2)}  ${d.version.padEnd(6)} ${d.type.padEnd(5)} ${d.code.padEnd(10)} ${d.tthc}`,
  );
}
const hist = Object.entries(counts.reduce((h, p) => ({ ...h, [p]: (h[p] ?? 0) + 1 }), {}))
  .map(([p, n]) => `${n} × ${p}`)
  .join(', ');
console.log(`\n${docs.length} process checklists (pages: ${hist}); ${over} over ${maxPages} pages`);
if (!keep) rmSync(work, { recursive: true, force: true });
else console.log(`files kept in ${work}`);
process.exitCode = over > 0 ? 1 : 0;
