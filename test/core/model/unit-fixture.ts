import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel } from '../../../src/core/model/load-model.js';
import type { Model } from '../../../src/core/model/types.js';
import type { Answers } from '../../../src/core/scaffold/answers.js';
import { planInit } from '../../../src/core/scaffold/plan-init.js';
import { applyPlan } from '../../../src/core/write-files.js';
import { buildUnitFiles } from '../../../src/core/scaffold/build-unit-files.js';
import { kindOf } from '../../../src/core/unit/file-kinds.js';
import { parseSource, type SourceFile } from '../../../src/core/unit/read-file.js';
import type { UnitType } from '../../../src/core/unit/types.js';

const PEOPLE: Record<string, string[]> = {
  'lanh-dao': ['Nguyễn Văn An'],
  'pho-lanh-dao': ['Trần Thị Bình'],
  'dai-dien-lanh-dao': ['Trần Thị Bình'],
  'thu-ky-iso': ['Lê Văn Cường'],
  'van-phong': ['Đỗ Thị Giang'],
  'mot-cua': ['Phạm Thị Dung'],
  'tu-phap-ho-tich': ['Hoàng Văn Em'],
  'dia-chinh-xay-dung': ['Vũ Văn Hải'],
  'van-hoa-xa-hoi': ['Bùi Thị Lan'],
  'tai-chinh-ke-toan': ['Đặng Văn Khoa'],
  'phong-tu-phap': ['Cao Văn Nam'],
  'phong-tnmt': ['Lý Thị Oanh'],
  'phong-qldt': ['Tạ Văn Phúc'],
  'phong-tckh': ['Mai Thị Quỳnh'],
  'phong-ldtbxh': ['Hồ Văn Sơn'],
  'phong-noi-vu': ['Lưu Thị Tâm'],
  'phong-hctp': ['Kiều Văn Thành'],
  'phong-bttp': ['Đinh Thị Uyên'],
  'phong-lltp': ['Quách Văn Vinh'],
  'phong-kiem-soat-tthc': ['Phan Thị Xuân'],
};

const NAMES = {
  xa: { id: 'xa-dai-mo', name: 'UBND xã Đại Mỗ', superior: 'UBND huyện Từ Liêm' },
  huyen: { id: 'huyen-tu-liem', name: 'UBND huyện Từ Liêm', superior: 'UBND thành phố Hà Nội' },
  so: { id: 'so-tu-phap', name: 'Sở Tư pháp thành phố Hà Nội', superior: 'UBND thành phố Hà Nội' },
};

/** A unit exactly as `qms init` writes it, at a given model version (in-process, no prompts). */
export function makeUnit(
  dir: string,
  options: { type?: 'xa' | 'huyen' | 'so'; version?: string; effectiveDate?: string; groups?: string[] } = {},
): string {
  const type = options.type ?? 'xa';
  const model = loadModel('hanoi-qms', options.version ?? '1.0.0');
  const answers = answersFor(model, type, options.effectiveDate ?? '2012-06-01', options.groups);
  applyPlan(planInit(dir, model, answers, 'refuse'));
  return dir;
}

/** The answers \`qms init\` gathers for the test units. */
export function answersFor(
  model: Model,
  type: 'xa' | 'huyen' | 'so',
  effectiveDate: string,
  groups?: string[],
): Answers {
  return {
    model: { id: model.meta.id, version: model.meta.version },
    type,
    ...NAMES[type],
    ...(type === 'xa' ? { parent: { id: 'huyen-tu-liem', name: 'UBND huyện Từ Liêm' } } : {}),
    city: 'Hà Nội',
    people: PEOPLE,
    effectiveDate,
    year: Number(effectiveDate.slice(0, 4)),
    ...(groups ? { groups } : {}),
  };
}

/** Edit a unit file as an officer would: plain text replacement, which must match exactly once. */
export function editFile(dir: string, relPath: string, from: string, to: string): void {
  const path = join(dir, relPath);
  const source = readFileSync(path, 'utf8');
  const count = source.split(from).length - 1;
  if (count !== 1) throw new Error(`${relPath}: "${from}" found ${count} times`);
  writeFileSync(path, source.replace(from, to));
}

export function read(dir: string, relPath: string): string {
  return readFileSync(join(dir, relPath), 'utf8');
}

/**
 * The YAML files `qms init` would write for a unit of `type` on `date` with `version`, parsed in memory (no
 * folder is written), ready for `validateLoaded`: the month-by-month tests scaffold hundreds of units.
 */
export function scaffoldInMemory(version: string, type: UnitType, date: string, dir = join('/nonexistent', type)) {
  const model = loadModel('hanoi-qms', version);
  const files: SourceFile[] = buildUnitFiles(dir, model, model.unitTypes[type]!, answersFor(model, type, date))
    .filter((f) => f.relPath.endsWith('.yaml') && typeof f.content === 'string')
    .map((f) =>
      parseSource({
        relPath: f.relPath,
        path: join(dir, f.relPath),
        kind: kindOf(f.relPath),
        text: f.content as string,
        bytes: Buffer.from(f.content as string),
        yamlProblems: [],
        schemaValid: false,
      }),
    );
  return { dir, files };
}
