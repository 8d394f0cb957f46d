import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isWithin, loadCatalogue, type Catalogue, type Clause } from '../standard/catalogue.js';
import { DEFAULT_STANDARD, findStandard } from '../standard/standards.js';
import { loadAuditUnit, type AuditUnit } from '../audit/unit-scope.js';
import { QmsError } from '../errors.js';
import { escapeForDisplay, text, type Text } from '../text.js';

/**
 * The gap analysis of a TCVN ISO 9001:2008 unit against TCVN ISO 9001:2015 (qms transition): for every
 * requirement clause of 2015, whether it is new, which of the unit's 2008 documents already answer it
 * through the correlation (data/iso9001-2015/clauses.yaml, iso2008), and what the unit must do; then
 * what 2015 no longer requires, and the 2008 exclusions restated as non-applicable requirements.
 */

export type GapStatus = 'new' | 'changed' | 'covered' | 'gap';

export interface ClauseGap {
  clause: string;
  title: Text;
  status: GapStatus;
  /** The 2008 clauses it corresponds to. */
  from: string[];
  /** The unit's documents that answer it already (file names, procedure codes). */
  evidence: string[];
  /** What to do ('' when nothing). */
  action: Text;
  /** The file `--apply` scaffolds for it, when there is one. */
  scaffold?: string;
}

export interface NoLongerRequired {
  what: Text;
  clause2008: string;
  /** The unit's document, kept as the unit chooses. */
  unitDocument?: string;
}

export interface TransitionAnalysis {
  unit: { dir: string; id: string; name: string; superior: string; type?: string };
  from: string;
  to: string;
  clauses: ClauseGap[];
  noLongerRequired: NoLongerRequired[];
  /** The unit's 2008 exclusions restated in 2015 terms, with the standard reason from the data. */
  notApplicable: Array<{ clause: string; reason: string; from: string }>;
  counts: Record<GapStatus, number>;
}

/** 2015 clauses whose requirement changed in kind, with what the unit does about it (issue 15). */
const CHANGED: Record<string, Text> = {
  '4.3': text(
    'Văn bản hóa phạm vi HTQLCL (context.yaml, mục scope) và giải trình từng yêu cầu không áp dụng thay cho ngoại lệ mục 1.2 của phiên bản 2008 (qms.yaml, exclusions).',
    'Document the QMS scope (context.yaml, scope) and justify each requirement not applied, replacing the 2008 clause 1.2 exclusions (qms.yaml, exclusions).',
  ),
  '4.4': text(
    'Xác định các quá trình với đầu vào, đầu ra, trình tự, tương tác, người chịu trách nhiệm, rủi ro và cơ hội (process-map.yaml).',
    'Set out the processes with inputs, outputs, sequence, interaction, owners, risks and opportunities (process-map.yaml).',
  ),
  '7.5.1': text(
    'Rà soát danh mục tài liệu theo «thông tin dạng văn bản»: giữ những gì cần cho hiệu lực; sổ tay và sáu thủ tục không còn bắt buộc.',
    'Review the document list as "documented information": keep what effectiveness needs; the manual and six procedures are no longer required.',
  ),
  '5.3': text(
    'Phân công lại trách nhiệm, quyền hạn về HTQLCL; chức danh Đại diện lãnh đạo không còn bắt buộc (có thể giữ).',
    'Reassign QMS responsibilities and authorities; the management representative is no longer required (it may be kept).',
  ),
};

/** What to do for each new requirement, and the file --apply writes for it. */
const NEW: Record<string, [Text, string?]> = {
  '4.1': [
    text(
      'Xác định các vấn đề bên ngoài và nội bộ ảnh hưởng đến HTQLCL; theo dõi, xem xét lại định kỳ.',
      'Determine the external and internal issues affecting the QMS; monitor and review them.',
    ),
    'context.yaml',
  ],
  '4.2': [
    text(
      'Xác định các bên quan tâm (tổ chức, công dân, cơ quan cấp trên, cơ quan phối hợp, cán bộ) và yêu cầu của họ.',
      'Determine the interested parties (citizens, superior bodies, partner agencies, staff) and their requirements.',
    ),
    'context.yaml',
  ],
  '6.1': [
    text(
      'Lập sổ đăng ký rủi ro và cơ hội, hoạch định hành động và đánh giá hiệu lực; thay cho hành động phòng ngừa.',
      'Keep a risk and opportunity register, plan actions and evaluate their effectiveness; replaces preventive action.',
    ),
    'risks.yaml',
  ],
  '6.3': [
    text(
      'Hoạch định các thay đổi của HTQLCL (sắp xếp bộ máy, thay đổi thẩm quyền, chuyển sang hồ sơ điện tử): mục đích, hệ quả, nguồn lực, trách nhiệm; ghi vào biên bản xem xét của lãnh đạo hoặc kế hoạch.',
      'Plan QMS changes (reorganisation, new powers, electronic dossiers): purpose, consequences, resources, responsibilities; record them in the management review or a plan.',
    ),
  ],
  '7.1.6': [
    text(
      'Xác định tri thức cần để giải quyết TTHC (hướng dẫn nghiệp vụ, giải đáp, bài học từ sai sót), lưu ở nơi dễ tra cứu, bàn giao khi luân chuyển cán bộ.',
      'Determine the knowledge needed for TTHC (guidance, answers, lessons from errors), keep it where staff find it, hand it over when staff rotate.',
    ),
  ],
};

/** Read the unit and compare it with TCVN ISO 9001:2015. Throws when the unit is not on 2008. */
export function analyseTransition(path: string, to = '2015', date?: string): TransitionAnalysis {
  const unit = loadAuditUnit(path, '.', date);
  const target = findStandard(to);
  const current = findStandard(unit.standard);
  if (!target || target.id === DEFAULT_STANDARD) {
    throw new QmsError(
      'E_USAGE',
      text(
        `chỉ chuyển đổi được sang 2015, không phải «${escapeForDisplay(to)}»`,
        `can only move to 2015, not "${escapeForDisplay(to)}"`,
      ),
      text('Dùng --to 2015.', 'Use --to 2015.'),
    );
  }
  if (!current || current.id !== DEFAULT_STANDARD) {
    throw new QmsError(
      'E_USAGE',
      text(
        `${unit.name} đã áp dụng ${unit.standard ?? '?'}: không có gì để chuyển đổi`,
        `${unit.name} already applies ${unit.standard ?? '?'}: nothing to transition`,
      ),
      text(`Kiểm tra: qms validate ${path}`, `Check it: qms validate ${path}`),
    );
  }
  const c2008 = loadCatalogue(current.id);
  const c2015 = loadCatalogue(target.id);
  const clauses = c2015.clauses.filter((c) => c.auditable).map((c) => gapOf(c, unit));
  const counts = { new: 0, changed: 0, covered: 0, gap: 0 };
  for (const c of clauses) counts[c.status]++;
  return {
    unit: {
      dir: unit.dir,
      id: unit.id,
      name: unit.name,
      superior: unit.superior,
      ...(unit.type ? { type: unit.type } : {}),
    },
    from: current.name,
    to: target.name,
    clauses,
    noLongerRequired: noLongerRequired(unit, c2008),
    notApplicable: restateExclusions(unit, c2008, c2015),
    counts,
  };
}

function gapOf(clause: Clause, unit: AuditUnit): ClauseGap {
  const from = clause.iso2008 ?? [];
  const base = { clause: clause.number, title: clause.title, from };
  if (clause.newIn2015) {
    const [action, scaffold] = NEW[clause.number] ?? [text('', '')];
    const has = scaffold && existsSync(join(unit.dir, scaffold));
    return {
      ...base,
      status: has ? 'covered' : 'new',
      evidence: has ? [scaffold] : [],
      action,
      ...(scaffold ? { scaffold } : {}),
    };
  }
  const evidence = evidenceFor(from, unit);
  if (CHANGED[clause.number]) {
    const scaffold =
      clause.number === '4.3' ? 'context.yaml' : clause.number === '4.4' ? 'process-map.yaml' : undefined;
    const done = scaffold ? existsSync(join(unit.dir, scaffold)) : false;
    return {
      ...base,
      status: done ? 'covered' : 'changed',
      evidence: done ? [...evidence, scaffold!] : evidence,
      action: done ? text('', '') : CHANGED[clause.number],
      ...(scaffold ? { scaffold } : {}),
    };
  }
  if (evidence.length > 0 || from.length > 0) {
    return { ...base, status: 'covered', evidence, action: text('', '') };
  }
  return {
    ...base,
    status: 'gap',
    evidence,
    action: text('Bổ sung cách đáp ứng yêu cầu này.', 'Add how the unit meets this requirement.'),
  };
}

/** The unit's documents behind some 2008 clauses: system procedures by clause, and the policy, objectives, manual. */
function evidenceFor(from: string[], unit: AuditUnit): string[] {
  const out: string[] = [];
  const touches = (c: string) => from.some((f) => isWithin(c, f) || isWithin(f, c));
  for (const p of unit.procedures.filter((x) => x.kind === 'system' && x.clause && touches(x.clause))) out.push(p.code);
  if (
    from.some((f) => touches(f) && ['7.1', '7.2', '7.5'].some((r) => isWithin(f, r))) &&
    unit.procedures.some((p) => p.kind === 'operational')
  )
    out.push(`${unit.procedures.filter((p) => p.kind === 'operational').length} quy trình TTHC`);
  const files: Array<[string, string[]]> = [
    ['policy.yaml', ['5.3']],
    ['objectives/', ['5.4.1']],
    ['manual.yaml', ['4.2.2', '1.2', '4.1']],
  ];
  for (const [file, clauses] of files) {
    if (clauses.some((c) => touches(c)) && existsSync(join(unit.dir, file))) out.push(file);
  }
  return out;
}

/** The 2008 requirements 2015 drops: the six documented procedures, the quality manual, the management representative. */
function noLongerRequired(unit: AuditUnit, c2008: Catalogue): NoLongerRequired[] {
  const out: NoLongerRequired[] = c2008.clauses
    .filter((c) => c.documentedProcedure)
    .map((c) => {
      const p = unit.procedures.find((x) => x.kind === 'system' && x.clause === c.number);
      return {
        what: text(`Thủ tục dạng văn bản «${c.title.vi}»`, `Documented procedure "${c.title.en}"`),
        clause2008: c.number,
        ...(p ? { unitDocument: p.code } : {}),
      };
    });
  out.push({
    what: text('Sổ tay chất lượng', 'Quality manual'),
    clause2008: '4.2.2',
    ...(existsSync(join(unit.dir, 'manual.yaml')) ? { unitDocument: 'manual.yaml' } : {}),
  });
  const qmr = unit.roles.find((r) => r.id === 'dai-dien-lanh-dao');
  out.push({
    what: text('Đại diện lãnh đạo về chất lượng', 'Management representative'),
    clause2008: '5.5.2',
    ...(qmr && qmr.people.length > 0 ? { unitDocument: `${qmr.title}: ${qmr.people.join(', ')}` } : {}),
  });
  return out;
}

/**
 * Each 2008 exclusion in 2015 terms: the 2015 clauses it corresponds to that the data marks as commonly
 * not applicable (7.3 → 8.3; 7.6 → 7.1.5.2), with the data's reason. An exclusion with no such
 * counterpart is dropped: that requirement applies under 2015.
 */
export function restateExclusions(
  unit: Pick<AuditUnit, 'exclusions'>,
  c2008: Catalogue,
  c2015: Catalogue,
): Array<{ clause: string; reason: string; from: string }> {
  const out: Array<{ clause: string; reason: string; from: string }> = [];
  for (const e of unit.exclusions) {
    const targets = c2008.clause.get(e.clause)?.iso2015 ?? [];
    for (const t of targets) {
      for (const c of c2015.clauses.filter((x) => x.commonlyExcluded && isWithin(x.number, t))) {
        if (!out.some((o) => o.clause === c.number))
          out.push({ clause: c.number, reason: c.exclusionReason!.vi, from: e.clause });
      }
    }
  }
  return out;
}
