import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel } from '../../../src/core/model/load-model.js';
import type { Answers } from '../../../src/core/scaffold/answers.js';
import { planInit } from '../../../src/core/scaffold/plan-init.js';
import { applyPlan } from '../../../src/core/write-files.js';

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
};

/** A unit exactly as `qms init` writes it, at a given model version (in-process, no prompts). */
export function makeUnit(
  dir: string,
  options: { type?: 'xa' | 'huyen'; version?: string; effectiveDate?: string; groups?: string[] } = {},
): string {
  const type = options.type ?? 'xa';
  const model = loadModel('hanoi-qms', options.version ?? '1.0.0');
  const effectiveDate = options.effectiveDate ?? '2012-06-01';
  const answers: Answers = {
    model: { id: model.meta.id, version: model.meta.version },
    type,
    id: type === 'xa' ? 'xa-dai-mo' : 'huyen-tu-liem',
    name: type === 'xa' ? 'UBND xã Đại Mỗ' : 'UBND huyện Từ Liêm',
    superior: type === 'xa' ? 'UBND huyện Từ Liêm' : 'UBND thành phố Hà Nội',
    ...(type === 'xa' ? { parent: { id: 'huyen-tu-liem', name: 'UBND huyện Từ Liêm' } } : {}),
    city: 'Hà Nội',
    people: PEOPLE,
    effectiveDate,
    year: Number(effectiveDate.slice(0, 4)),
    ...(options.groups ? { groups: options.groups } : {}),
  };
  applyPlan(planInit(dir, model, answers, 'refuse'));
  return dir;
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
