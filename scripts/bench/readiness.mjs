// Benchmark of `qms readiness` (issue 6 "Speed"): the city roll-up over a 600-unit corpus against
// `qms validate` of the same corpus, each timed in a fresh process (medians of --rounds runs), with
// peak RSS. Goal: readiness ≤ 1.2 × validate. The corpus is validate's (600 communes in 30 district
// folders, made with the model through the `qms init` logic), with milestones, audits and reviews
// added in five profiles (not started … announced) so every stage and the roll-up have work to do.
// Options: --units N (default 600), --rounds N (default 3), --corpus DIR (reuse; kept), --keep.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCommunes } from './lib/corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = (path) => pathToFileURL(join(root, 'dist', path)).href;
const self = fileURLToPath(import.meta.url);
const AS_OF = '2014-12-31';

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milestones of profile p (0 = nothing yet … 4 = announced), as YAML lines under qms.yaml. */
function milestones(p) {
  if (p === 0) return '';
  const lines = [
    'milestones:',
    '  steeringCommittee: { number: 10/QĐ-UBND, date: "2012-03-01" }',
    '  managementRepresentative: { number: 11/QĐ-UBND, date: "2012-03-01" }',
    '  training:',
    '    - { date: "2012-04-01", topic: Nhận thức chung về TCVN ISO 9001:2008 }',
    '    - { date: "2012-09-01", topic: Đào tạo chuyên gia đánh giá nội bộ }',
  ];
  if (p >= 2)
    lines.push('  documentsIssued: { number: 20/QĐ-UBND, date: "2012-06-01" }', '  applicationStart: "2012-06-01"');
  if (p >= 4)
    lines.push(
      '  announcement: { number: 90/QĐ-UBND, date: "2014-09-15", sentTo: Sở Khoa học và Công nghệ Hà Nội, sentDate: "2014-09-19" }',
    );
  return `${lines.join('\n')}\n`;
}

function audit(codes, clauses) {
  return (
    `id: DGNB-2014-01\ndate: "2014-07-14"\nendDate: "2014-07-16"\nauditors:\n  - { name: Lê Văn Cường, lead: true }\nscope:\n  procedures: [${codes.join(', ')}]\n  clauses: [${clauses.map((c) => `"${c}"`).join(', ')}]\n` +
    'findings:\n  - { id: NC-01, clause: "7.5.1", grade: minor, description: Trả kết quả chậm., closed: "2014-08-08", verification: { date: "2014-09-05", by: Trần Thị Bình, result: Không còn trả chậm., effective: true } }\n'
  );
}

const REVIEW =
  'date: "2014-08-20"\nchair: Nguyễn Văn An\nparticipants: [Nguyễn Văn An]\ninputs: { auditResults: a, customerFeedback: b, processPerformance: c, actionsStatus: d, followUp: e, changes: f, recommendations: g }\noutputs:\n  - { decision: Công bố HTQLCL. }\n';

async function generate(dir, communes) {
  const { applicableClauses } = await import(dist('core/readiness/clauses.js'));
  const clauses = applicableClauses(['7.3', '7.6']);
  // Five profiles (not started … announced), so every stage and the roll-up have work to do.
  const extras = (unitDir, i, codes) => {
    const profile = i % 5;
    appendFileSync(join(unitDir, 'qms.yaml'), milestones(profile));
    if (profile < 3) return 0;
    mkdirSync(join(unitDir, 'audits'), { recursive: true });
    mkdirSync(join(unitDir, 'reviews'), { recursive: true });
    writeFileSync(join(unitDir, 'audits', 'DGNB-2014-01.yaml'), audit(codes, clauses));
    writeFileSync(join(unitDir, 'reviews', '2014-08-20.yaml'), REVIEW);
    return 2;
  };
  return (await generateCommunes(dir, communes, { effectiveDate: '2012-06-01', onUnit: extras })).files;
}

/** One run in this (fresh) process: prints { ms, rssMb }. */
async function child(command, corpus) {
  const { run } = await import(dist('cli/main.js'));
  const sink = () =>
    Object.assign(
      new Writable({
        write(_c, _e, done) {
          done();
        },
      }),
      { isTTY: false },
    );
  const args =
    command === 'validate'
      ? ['validate', corpus, '--quiet', '--as-of', AS_OF]
      : ['readiness', corpus, '--quiet', '--as-of', AS_OF];
  const t0 = performance.now();
  const code = await run({ argv: args, stdout: sink(), stderr: sink(), env: { ...process.env, CI: '1' } });
  const ms = performance.now() - t0;
  if (code === 2 || code === 3) throw new Error(`qms ${args.join(' ')} exited ${code}`);
  const use = process.resourceUsage();
  process.stdout.write(
    JSON.stringify({ ms, cpuMs: (use.userCPUTime + use.systemCPUTime) / 1000, rssMb: use.maxRSS / 1024 }),
  );
}

function measure(command, corpus) {
  const r = spawnSync(process.execPath, [self, '--child', command, corpus], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr || r.stdout}`);
  return JSON.parse(r.stdout.slice(r.stdout.lastIndexOf('{')));
}

export default async function benchReadiness() {
  const rounds = Number(arg('--rounds', '3'));
  const given = arg('--corpus');
  const corpus = given ? resolve(given) : mkdtempSync(join(tmpdir(), 'qms-bench-readiness-'));
  try {
    if (!given) {
      const t = performance.now();
      const files = await generate(corpus, Number(arg('--units', '600')));
      console.log(
        `readiness: corpus ${files} files in ${corpus} (generated in ${((performance.now() - t) / 1000).toFixed(1)} s)`,
      );
    }
    measure('readiness', corpus); // warm the file-system cache for both
    const v = [];
    const r = [];
    for (let i = 0; i < rounds; i++) {
      v.push(measure('validate', corpus));
      r.push(measure('readiness', corpus));
    }
    const vm = median(v.map((x) => x.ms));
    const rm = median(r.map((x) => x.ms));
    const vc = median(v.map((x) => x.cpuMs));
    const rc = median(r.map((x) => x.cpuMs));
    const row = (name, ms, cpu, rss) =>
      console.log(
        `readiness: ${name.padEnd(40)} ${(ms / 1000).toFixed(2).padStart(6)} s (CPU ${(cpu / 1000).toFixed(2)} s)   peak RSS ${rss.toFixed(0).padStart(4)} MB`,
      );
    row('qms validate (all rules, --jobs = cores)', vm, vc, Math.max(...v.map((x) => x.rssMb)));
    row('qms readiness (stages, roll-up, report)', rm, rc, Math.max(...r.map((x) => x.rssMb)));
    console.log(
      `readiness: ratio ${(rm / vm).toFixed(2)} wall, ${(rc / vc).toFixed(2)} CPU (goal ≤ 1.2): ${rm / vm <= 1.2 ? 'met' : 'NOT met'}; medians of ${rounds} runs, each in a fresh process`,
    );
    return { validateMs: vm, readinessMs: rm, ratio: rm / vm, cpuRatio: rc / vc };
  } finally {
    if (!given && !process.argv.includes('--keep')) rmSync(corpus, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
else if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchReadiness();
