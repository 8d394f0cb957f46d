import { isWithin, procedureClauses, type Catalogue } from '../../standard/catalogue.js';
import { pick, type Lang } from '../labels.js';
import { exclusionOf, type AuditProcedure, type AuditUnit } from '../unit-scope.js';

/**
 * What one audit looks at: a procedure with the clauses audited through it, or a part of the system
 * that no procedure describes (leadership; resources). `owners` are the roles whose own work it is —
 * the roles of its steps and record keepers — so nobody in them may audit it.
 */
export interface AuditArea {
  key: string;
  kind: 'management' | 'resources' | 'system' | 'operational';
  title: string;
  clauses: string[];
  owners: string[];
}

/** Roles that lead the system (5.x clauses): the head, the deputy, the management representative. */
export const MANAGEMENT_ROLES = ['lanh-dao', 'pho-lanh-dao', 'dai-dien-lanh-dao'];
/** Roles that hold people, equipment and purchasing (6.x, 7.4) in the city model's unit types. */
export const RESOURCE_ROLES = ['van-phong', 'tai-chinh-ke-toan', 'phong-noi-vu', 'phong-tckh'];

/** The clauses the unit applies: auditable and not excluded (excluding 7.3 excludes 7.3.1–7.3.7). */
export function applicableClauses(catalogue: Catalogue, unit: AuditUnit): string[] {
  return catalogue.clauses.filter((c) => c.auditable && !exclusionOf(unit, c.number)).map((c) => c.number);
}

function ownersOf(p: AuditProcedure): string[] {
  return [...new Set([...p.steps.map((s) => s.role), ...p.records.map((r) => r.keeper)].filter(Boolean))];
}

/**
 * Every procedure and every applicable clause, each in at least one area: a system procedure takes the
 * clauses of its own clause (QT-03 → 8.2.2, QT-07 → 5.6.1–5.6.3), operational procedures share the
 * realisation clauses, resources take 6.x and 7.4, and leadership takes whatever is left.
 */
export function auditAreas(catalogue: Catalogue, unit: AuditUnit, lang: Lang): AuditArea[] {
  const applicable = applicableClauses(catalogue, unit);
  const within = (roots: string[]) => applicable.filter((c) => roots.some((r) => isWithin(c, r)));
  const roles = new Set(unit.roles.map((r) => r.id));
  const resourceOwners = RESOURCE_ROLES.filter((r) => roles.has(r));
  const operational = unit.procedures.filter((p) => p.kind === 'operational');

  const procedureAreas: AuditArea[] = unit.procedures.map((p) => ({
    key: p.code,
    kind: p.kind,
    title: p.title,
    // Clauses audited with every operational procedure (how a TTHC is handled, watched and measured)
    // come from the standard's data (data/iso9001-<year>/standard.yaml).
    clauses:
      p.kind === 'system'
        ? p.clause
          ? within(
              procedureClauses(catalogue, p.clause, {
                effectiveDate: p.effectiveDate,
                transitionDate: unit.transitionDate,
              }),
            )
          : []
        : within(catalogue.standard.auditAreas.operational),
    owners: ownersOf(p),
  }));
  const taken = new Set(procedureAreas.flatMap((a) => a.clauses));
  const resources: AuditArea | undefined =
    resourceOwners.length > 0
      ? {
          key: 'NL',
          kind: 'resources',
          title: pick(
            lang,
            'Nguồn lực: nhân sự, đào tạo, cơ sở hạ tầng, môi trường làm việc, mua sắm',
            'Resources: staff, training, infrastructure, work environment, purchasing',
          ),
          clauses: within(catalogue.standard.auditAreas.resources).filter((c) => !taken.has(c)),
          owners: resourceOwners,
        }
      : undefined;
  for (const c of resources?.clauses ?? []) taken.add(c);
  const management: AuditArea = {
    key: 'LD',
    kind: 'management',
    title: pick(
      lang,
      'Lãnh đạo và hệ thống quản lý chất lượng (chính sách, mục tiêu, trách nhiệm, trao đổi thông tin, sự hài lòng, phân tích dữ liệu, cải tiến)',
      'Leadership and the quality system (policy, objectives, responsibilities, communication, satisfaction, data analysis, improvement)',
    ),
    clauses: applicable.filter(
      (c) =>
        !taken.has(c) &&
        !(operational.length > 0 && catalogue.standard.auditAreas.operational.some((r) => isWithin(c, r))),
    ),
    owners: MANAGEMENT_ROLES.filter((r) => roles.has(r)),
  };
  return [management, ...(resources && resources.clauses.length > 0 ? [resources] : []), ...procedureAreas];
}
