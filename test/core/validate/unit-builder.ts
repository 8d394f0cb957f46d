import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { validateUnit } from '../../../src/core/validate/index.js';

/** The test model (test/fixtures/validate/model): two TTHC for xa, six system procedures, a legal register. */
export const FIXTURE_MODEL = resolve(import.meta.dirname, '..', '..', 'fixtures', 'validate', 'model');

/** A unit as data: relative path → object (written as YAML) or raw text / bytes. */
export type UnitFiles = Record<string, unknown>;
type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const EFFECTIVE = '2012-06-01';

export function approval(date = EFFECTIVE): Obj {
  return {
    prepared: { name: 'Lê Văn Cường', title: 'Thư ký ISO', date: '2012-05-25' },
    reviewed: { name: 'Trần Thị Bình', title: 'Phó Chủ tịch UBND xã', date: '2012-05-29' },
    approved: { name: 'Nguyễn Văn An', title: 'Chủ tịch UBND xã', date },
  };
}

function doc(code: string, title: string): Obj {
  return {
    code,
    title,
    issue: 1,
    effectiveDate: EFFECTIVE,
    approval: approval(),
    revisions: [{ issue: 1, date: EFFECTIVE, description: 'Ban hành lần đầu' }],
  };
}

const CLAUSES = ['4.2.3', '4.2.4', '8.2.2', '8.3', '8.5.2', '8.5.3'];

/** A clean unit following the fixture model: every rule passes on it. */
export function cleanUnit(): UnitFiles {
  const files: UnitFiles = {
    'qms.yaml': {
      id: 'xa-thu',
      name: 'UBND xã Thử',
      type: 'xa',
      model: { id: 'test-qms', version: '1.0.0' },
      roles: [
        { id: 'lanh-dao', title: 'Chủ tịch UBND xã', people: ['Nguyễn Văn An'] },
        { id: 'pho-lanh-dao', title: 'Phó Chủ tịch UBND xã', people: ['Trần Thị Bình'] },
        { id: 'thu-ky-iso', title: 'Thư ký ISO', people: ['Lê Văn Cường'] },
        { id: 'mot-cua', title: 'Công chức Bộ phận tiếp nhận và trả kết quả', people: ['Phạm Thị Dung'] },
        { id: 'tu-phap-ho-tich', title: 'Công chức Tư pháp – Hộ tịch', people: ['Hoàng Văn Em'] },
      ],
      tthcExclusions: [{ tthc: 't-ket-hon', reason: 'Thử nghiệm: đơn vị không giải quyết.' }],
    },
    'policy.yaml': {
      ...doc('CSCL', 'Chính sách chất lượng'),
      statement: 'Phục vụ tổ chức, công dân tận tình, đúng pháp luật.',
    },
    'manual.yaml': {
      ...doc('STCL', 'Sổ tay chất lượng'),
      sections: [{ title: 'Phạm vi áp dụng', paragraphs: ['Toàn bộ hoạt động giải quyết TTHC.'] }],
    },
    'objectives/2012.yaml': {
      ...doc('MTCL-2012', 'Mục tiêu chất lượng năm 2012'),
      year: 2012,
      objectives: [
        {
          objective: 'Trả kết quả đúng hẹn.',
          indicator: 'Tỷ lệ hồ sơ trả đúng hẹn',
          comparison: '>=',
          target: 98,
          unit: '%',
          method: 'Thống kê Sổ theo dõi hồ sơ hằng tháng.',
          responsible: 'mot-cua',
        },
      ],
    },
  };
  CLAUSES.forEach((clause, i) => {
    const code = `QT-0${i + 1}`;
    files[`procedures/${code}.yaml`] = {
      ...doc(code, `Quy trình hệ thống ${i + 1}`),
      kind: 'system',
      clause,
      purpose: 'Mục đích.',
      scope: 'Phạm vi.',
      steps: [{ action: 'Thực hiện.', role: 'thu-ky-iso' }],
      records: [{ name: 'Hồ sơ', keeper: 'thu-ky-iso', retention: 5, medium: 'paper' }],
    };
  });
  files['procedures/QT-HT-01.yaml'] = {
    ...doc('QT-HT-01', 'Quy trình đăng ký khai sinh'),
    kind: 'operational',
    tthc: { id: 't-khai-sinh', field: 'Hộ tịch' },
    purpose: 'Mục đích.',
    scope: 'Phạm vi.',
    legalBasis: [
      {
        type: 'Nghị định',
        number: '158/2005/NĐ-CP',
        date: '2005-12-27',
        issuer: 'Chính phủ',
        title: 'về đăng ký và quản lý hộ tịch',
      },
      {
        type: 'Thông tư',
        number: '08.a/2010/TT-BTP',
        date: '2010-03-25',
        issuer: 'Bộ Tư pháp',
        title: 'về sổ, biểu mẫu hộ tịch',
      },
    ],
    dossier: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, form: 'BM-HT-01-01' }],
    processingTime: { value: 3, unit: 'working_day' },
    fees: [{ name: 'Lệ phí đăng ký khai sinh', amount: 5000, basis: '97/2006/TT-BTC' }],
    steps: [
      {
        action: 'Tiếp nhận hồ sơ.',
        role: 'mot-cua',
        time: { value: 0.5, unit: 'working_day' },
        forms: ['BM-HT-01-02'],
      },
      { action: 'Thẩm định.', role: 'tu-phap-ho-tich', time: { value: 1, unit: 'working_day' } },
      { action: 'Ký.', role: 'lanh-dao', time: { value: 1, unit: 'working_day' } },
      { action: 'Trả kết quả.', role: 'mot-cua', time: { value: 4, unit: 'hour' } },
    ],
    forms: [
      { code: 'BM-HT-01-01', title: 'Tờ khai', source: 'Mẫu hộ tịch do Bộ Tư pháp ban hành' },
      {
        code: 'BM-HT-01-02',
        title: 'Giấy biên nhận',
        source: 'Mẫu của đơn vị, lưu tại Bộ phận tiếp nhận và trả kết quả',
      },
    ],
    records: [{ name: 'Sổ đăng ký khai sinh', keeper: 'tu-phap-ho-tich', retention: 'permanent', medium: 'paper' }],
  };
  return files;
}

let counter = 0;
const root = mkdtempSync(join(tmpdir(), 'qms-validate-test-'));

/** Write a unit into a fresh folder under one temp root (removed by `removeUnits`). */
export function writeUnit(files: UnitFiles): string {
  const dir = join(root, `u${++counter}`);
  for (const [rel, content] of Object.entries(files)) {
    if (content === undefined) continue;
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    const data =
      typeof content === 'string' || Buffer.isBuffer(content) ? content : stringify(content, { lineWidth: 0 });
    writeFileSync(path, data);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function removeUnits(): void {
  rmSync(root, { recursive: true, force: true });
}

/** Build a unit from the clean one changed by `mutate`, validate it with the fixture model. */
export function check(mutate: (files: UnitFiles) => void = () => {}, asOf = '2013-01-01') {
  const files = cleanUnit();
  mutate(files);
  const dir = writeUnit(files);
  return validateUnit(dir, { modelOverride: FIXTURE_MODEL, asOf });
}

/** Shorthand to reach into a file's object. */
export function obj(files: UnitFiles, rel: string): Obj {
  return files[rel] as Obj;
}
