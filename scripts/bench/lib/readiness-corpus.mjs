// The readiness benchmark corpus (readiness.mjs, scale-commands.mjs): the validate corpus (lib/corpus.mjs,
// effective 2012-06-01) with milestones, audits and reviews added in five profiles (not started …
// announced), so every readiness stage and the roll-up have work to do. Not a benchmark itself.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCommunes } from './corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const dist = (path) => pathToFileURL(join(root, 'dist', path)).href;

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

/** Write `communes` units under `dir`; returns the number of files. */
export async function generateReadinessCorpus(dir, communes) {
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
