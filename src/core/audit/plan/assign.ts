import { QmsError } from '../../errors.js';
import { escapeForDisplay, text } from '../../text.js';
import type { AuditUnit } from '../unit-scope.js';
import type { AuditArea } from './areas.js';

/** Someone who may audit: a person of the unit with their roles, or an invited (external) auditor. */
export interface Auditor {
  name: string;
  roles: string[];
  external: boolean;
  /** The date of their internal-auditor training, when the team comes from the training record. */
  trainedOn?: string;
}

/**
 * The auditors: the people named with --auditor (someone in none of the unit's roles is an invited
 * auditor from outside, independent of every area); else the people the training record lists as
 * trained internal auditors (milestones.training[].auditors); else, for an older manifest without that
 * list, everyone in the unit's roles. The head (lanh-dao), who approves the programme and receives the
 * report, is never in a default team.
 */
export function auditorPool(unit: AuditUnit, names: string[] = []): Auditor[] {
  const rolesOf = (name: string) => unit.roles.filter((r) => r.people.includes(name)).map((r) => r.id);
  if (names.length > 0) {
    return [...new Set(names.map((n) => n.normalize('NFC').trim()).filter(Boolean))].map((name) => {
      const roles = rolesOf(name);
      return { name, roles, external: roles.length === 0 };
    });
  }
  const head = new Set(unit.roles.filter((r) => r.id === 'lanh-dao').flatMap((r) => r.people));
  if (unit.trainedAuditors) {
    return unit.trainedAuditors
      .filter((t) => !head.has(t.name))
      .map((t) => ({ name: t.name, roles: rolesOf(t.name), external: false, trainedOn: t.date }));
  }
  const people = [...new Set(unit.roles.flatMap((r) => r.people))].filter((p) => !head.has(p));
  return people.map((name) => ({ name, roles: rolesOf(name), external: false }));
}

export function isIndependent(auditor: Auditor, area: AuditArea): boolean {
  return !auditor.roles.some((r) => area.owners.includes(r));
}

/**
 * Give each area one auditor who owns none of it: the most constrained areas first, each to the
 * eligible auditor with the fewest areas so far (ties by pool order), so the work is shared out.
 * Throws (exit 1) naming every area nobody may audit, when there is one.
 */
export function assignAuditors(areas: AuditArea[], pool: Auditor[], unit: AuditUnit): Map<string, Auditor> {
  const eligible = new Map(areas.map((a) => [a.key, pool.filter((p) => isIndependent(p, a))]));
  const impossible = areas.filter((a) => eligible.get(a.key)!.length === 0);
  if (pool.length === 0 || impossible.length > 0) {
    const error = independenceError(impossible, pool, unit);
    throw pool.length > 0 && pool.every((p) => p.trainedOn !== undefined) ? tooFewTrained(error, pool) : error;
  }
  const load = new Map(pool.map((p) => [p.name, 0]));
  const order = [...areas].sort((a, b) => eligible.get(a.key)!.length - eligible.get(b.key)!.length);
  const chosen = new Map<string, Auditor>();
  for (const area of order) {
    const candidates = eligible.get(area.key)!;
    const best = candidates.reduce((min, p) => (load.get(p.name)! < load.get(min.name)! ? p : min), candidates[0]);
    chosen.set(area.key, best);
    load.set(best.name, load.get(best.name)! + 1);
  }
  return chosen;
}

/**
 * Why no plan is possible, in a few lines an auditor can act on (issue 17): how many areas lack an
 * independent auditor (the first few named), what keeps each auditor out, and the smallest change —
 * one more person of the unit who owns none of those areas, or one outside auditor.
 */
function independenceError(impossible: AuditArea[], pool: Auditor[], unit: AuditUnit): QmsError {
  if (pool.length === 0) {
    return new QmsError(
      'E_INDEPENDENCE',
      text(
        'không có ai để làm đánh giá viên: đơn vị chưa ghi người nào vào các vai trò (ngoài lãnh đạo)',
        'nobody can audit: the unit has no people in its roles (besides the head)',
      ),
      text(
        'Ghi người vào roles trong qms.yaml, hoặc mời đánh giá viên bên ngoài: --auditor "Họ tên".',
        'Put people in the roles of qms.yaml, or invite an outside auditor: --auditor "Name".',
      ),
      1,
    );
  }
  // Names and role titles come from qms.yaml: escaped, as every name printed to the terminal (issue 11, item 19).
  const title = (id: string) => escapeForDisplay(unit.roles.find((r) => r.id === id)?.title ?? id, 200);
  const keys = impossible.map((a) => a.key);
  const shown = keys.slice(0, 4).join(', ');
  const more = keys.length > 4 ? keys.length - 4 : 0;
  const who = pool.map((p) => {
    const blocked = impossible.filter((a) => !isIndependent(p, a)).length;
    return { name: escapeForDisplay(p.name, 200), roles: p.roles.map(title).join(', '), blocked };
  });
  const candidate = unit.roles
    .filter((r) => r.id !== 'lanh-dao')
    .flatMap((r) => r.people)
    .find((name) => {
      if (pool.some((p) => p.name === name)) return false;
      const roles = unit.roles.filter((r) => r.people.includes(name)).map((r) => r.id);
      return impossible.every((a) => !roles.some((r) => a.owners.includes(r)));
    });
  const vi = `không thể bảo đảm tính độc lập: ${keys.length} quá trình không có đánh giá viên đứng ngoài công việc (${shown}${more ? ` và ${more} quá trình khác` : ''}). ${who.map((w) => `${w.name} (${w.roles}) không được đánh giá ${w.blocked} quá trình`).join('; ')}.`;
  const en = `independence is impossible: ${keys.length} area(s) have no auditor outside their work (${shown}${more ? ` and ${more} more` : ''}). ${who.map((w) => `${w.name} (${w.roles}) may not audit ${w.blocked} of them`).join('; ')}.`;
  return new QmsError(
    'E_INDEPENDENCE',
    text(vi, en),
    candidate
      ? text(
          `Thêm một đánh giá viên: --auditor "${escapeForDisplay(candidate, 200)}" (không làm công việc của các quá trình đó), hoặc mời đánh giá viên bên ngoài: --auditor "Họ tên".`,
          `Add one auditor: --auditor "${escapeForDisplay(candidate, 200)}" (does none of that work), or invite an outside auditor: --auditor "Name".`,
        )
      : text(
          'Mời một đánh giá viên của đơn vị khác hoặc tổ chức tư vấn: --auditor "Họ tên" (người không thuộc vai trò nào của đơn vị được coi là đánh giá viên bên ngoài).',
          'Invite one auditor from another unit or a consultant: --auditor "Name" (someone in none of the unit\'s roles counts as an outside auditor).',
        ),
    1,
  );
}

/**
 * The team came from the training record and cannot stay independent: say that first (how many are
 * trained), and that naming the team with --auditor replaces the record (so every member is named).
 */
function tooFewTrained(error: QmsError, pool: Auditor[]): QmsError {
  const names = pool.map((p) => `--auditor "${escapeForDisplay(p.name, 200)}"`).join(' ');
  return new QmsError(
    'E_INDEPENDENCE',
    text(
      `chỉ có ${pool.length} người được đào tạo đánh giá viên nội bộ (milestones.training[].auditors trong qms.yaml), không đủ để giữ tính độc lập — ${error.text.vi}`,
      `only ${pool.length} people are trained as internal auditors (milestones.training[].auditors in qms.yaml), too few to stay independent — ${error.text.en}`,
    ),
    text(
      `Đào tạo thêm đánh giá viên và ghi vào milestones.training[].auditors, hoặc nêu cả đoàn: ${names} --auditor "Họ tên người thêm".`,
      `Train more auditors and list them in milestones.training[].auditors, or name the whole team: ${names} --auditor "Name of the extra one".`,
    ),
    1,
  );
}
