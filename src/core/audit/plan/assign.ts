import { QmsError } from '../../errors.js';
import { text } from '../../text.js';
import type { AuditUnit } from '../unit-scope.js';
import type { AuditArea } from './areas.js';

/** Someone who may audit: a person of the unit with their roles, or an invited (external) auditor. */
export interface Auditor {
  name: string;
  roles: string[];
  external: boolean;
}

/**
 * The auditors: the people named with --auditor (someone in none of the unit's roles is an invited
 * auditor from outside, independent of every area), or else everyone in the unit's roles except the
 * head (lanh-dao), who approves the programme and receives the report.
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
  if (pool.length === 0 || impossible.length > 0) throw independenceError(impossible, pool, unit);
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

function independenceError(impossible: AuditArea[], pool: Auditor[], unit: AuditUnit): QmsError {
  const title = (id: string) => unit.roles.find((r) => r.id === id)?.title ?? id;
  const lines = impossible.map((a) => `${a.key} (${a.owners.map(title).join(', ')})`);
  const vi =
    pool.length === 0
      ? `không có ai để làm đánh giá viên: đơn vị chưa ghi người nào vào các vai trò (ngoài lãnh đạo)`
      : `không thể bảo đảm tính độc lập: không đánh giá viên nào (${pool.map((p) => p.name).join(', ')}) đứng ngoài công việc của ${lines.join('; ')}`;
  const en =
    pool.length === 0
      ? 'nobody can audit: the unit has no people in its roles (besides the head)'
      : `independence is impossible: none of the auditors (${pool.map((p) => p.name).join(', ')}) stays out of the work of ${lines.join('; ')}`;
  return new QmsError(
    'E_INDEPENDENCE',
    text(vi, en),
    text(
      'Mời đánh giá viên của đơn vị khác hoặc tổ chức tư vấn: --auditor "Họ tên" (người không thuộc vai trò nào của đơn vị được coi là đánh giá viên bên ngoài), hoặc phân công lại vai trò trong qms.yaml.',
      'Invite an auditor from another unit or a consultant: --auditor "Name" (someone in none of the unit\'s roles counts as an outside auditor), or reassign roles in qms.yaml.',
    ),
    1,
  );
}
