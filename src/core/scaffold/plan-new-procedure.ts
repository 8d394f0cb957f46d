import { join } from 'node:path';
import { QmsError } from '../errors.js';
import { loadModel } from '../model/load-model.js';
import type { Model, UnitTypeDef } from '../model/types.js';
import { text } from '../text.js';
import { loadUnitFile } from '../unit/load-unit.js';
import type { Manifest, Procedure } from '../unit/types.js';
import { toYamlFile } from '../yaml/stringify-yaml.js';
import { planWrites, type ExistingPolicy, type WritePlan } from '../write-files.js';
import type { Answers } from './answers.js';
import { approvalFor, procedureFromTemplate } from './build-unit-files.js';

export interface NewProcedureRequest {
  tthcId?: string;
  blank?: { code: string; title: string };
  effectiveDate: string;
}

const CODE = /^QT(-[A-Z]{2,4})?-[0-9]{2}$/;

/** Plan one new procedure file in an existing unit, from the model the unit follows. */
export function planNewProcedure(
  unitDir: string,
  request: NewProcedureRequest,
  policy: ExistingPolicy,
): { plan: WritePlan; procedure: Procedure; excluded: boolean } {
  const manifest = readManifest(unitDir);
  const model = loadModel(manifest.model.id, manifest.model.version);
  const typeDef = model.unitTypes[manifest.type];
  if (!typeDef)
    throw new QmsError(
      'E_MODEL',
      text(`mô hình không có loại đơn vị "${manifest.type}"`, `the model has no unit type "${manifest.type}"`),
    );
  const answers = answersFromManifest(manifest, request.effectiveDate);
  const procedure = request.blank
    ? blankProcedure(request.blank, manifest, request.effectiveDate)
    : fromCatalogue(request.tthcId!, model, typeDef, answers);
  const relPath = `procedures/${procedure.code}.yaml`;
  const plan = planWrites(
    unitDir,
    [{ relPath, content: toYamlFile(procedure, 'procedure.schema.json', join(unitDir, relPath)) }],
    policy,
    { force: policy === 'overwrite' },
  );
  const excluded = Boolean(manifest.tthcExclusions?.some((e) => e.tthc === request.tthcId));
  return { plan, procedure, excluded };
}

function readManifest(unitDir: string): Manifest {
  const file = loadUnitFile(unitDir, 'qms.yaml');
  if (file.readProblem || !file.data) {
    const reason =
      file.readProblem?.message ?? file.parsed?.problems[0]?.message ?? text('tệp không hợp lệ', 'invalid file');
    throw new QmsError(
      'E_NO_UNIT',
      text(
        `không đọc được ${join(unitDir, 'qms.yaml')}: ${reason.vi}`,
        `cannot read ${join(unitDir, 'qms.yaml')}: ${reason.en}`,
      ),
      text(
        'Chỉ tới thư mục đơn vị (có qms.yaml) bằng --unit, hoặc tạo đơn vị bằng qms init.',
        'Point --unit at a unit folder (with qms.yaml), or create one with qms init.',
      ),
    );
  }
  return file.data as Manifest;
}

/** The people are whoever the manifest names today, not who was there at init. */
function answersFromManifest(manifest: Manifest, effectiveDate: string): Answers {
  return {
    model: manifest.model,
    type: manifest.type,
    id: manifest.id,
    name: manifest.name,
    superior: manifest.superior ?? manifest.parent?.name ?? `UBND thành phố ${manifest.city ?? 'Hà Nội'}`,
    parent: manifest.parent,
    city: manifest.city ?? 'Hà Nội',
    people: Object.fromEntries(manifest.roles.map((r) => [r.id, r.people])),
    effectiveDate,
    year: Number(effectiveDate.slice(0, 4)),
  };
}

function fromCatalogue(tthcId: string, model: Model, typeDef: UnitTypeDef, answers: Answers): Procedure {
  const template = model.tthc.get(tthcId);
  if (!template || !typeDef.tthc.some((t) => t.id === tthcId)) {
    throw new QmsError(
      'E_USAGE',
      text(
        `không có TTHC "${tthcId}" trong danh mục ${typeDef.type} của mô hình ${model.meta.id} ${model.meta.version}`,
        `no TTHC "${tthcId}" in the ${typeDef.type} catalogue of model ${model.meta.id} ${model.meta.version}`,
      ),
      text(
        `Xem danh mục: qms model show ${model.meta.id} --type ${typeDef.type}`,
        `See the catalogue: qms model show ${model.meta.id} --type ${typeDef.type}`,
      ),
    );
  }
  return procedureFromTemplate(template, model, typeDef, answers);
}

/** An empty procedure that is still schema-valid in shape, for the officer to fill in. */
function blankProcedure(blank: { code: string; title: string }, manifest: Manifest, effectiveDate: string): Procedure {
  if (!CODE.test(blank.code)) {
    throw new QmsError(
      'E_USAGE',
      text(`mã hiệu "${blank.code}" không hợp lệ`, `invalid code "${blank.code}"`),
      text('Mã hiệu có dạng QT-01 hoặc QT-XX-01 (chữ in hoa không dấu).', 'Codes look like QT-01 or QT-XX-01.'),
    );
  }
  const title = blank.title.normalize('NFC');
  return {
    code: blank.code,
    title,
    kind: 'operational',
    issue: 1,
    effectiveDate,
    purpose: `Quy định trình tự, trách nhiệm và thời gian thực hiện: ${title.replace(/^Quy trình\s+/i, '')} tại ${manifest.name}.`,
    scope: `Áp dụng tại ${manifest.name}.`,
    references: [
      'TCVN ISO 9001:2008 – Hệ thống quản lý chất lượng – Các yêu cầu',
      `Sổ tay chất lượng của ${manifest.name}`,
    ],
    legalBasis: [],
    dossier: [],
    fees: [],
    steps: [
      {
        action: 'Tiếp nhận, kiểm tra hồ sơ; viết Giấy biên nhận và hẹn ngày trả kết quả.',
        role: manifest.roles.some((r) => r.id === 'mot-cua') ? 'mot-cua' : manifest.roles[0].id,
      },
    ],
    forms: [],
    records: [],
    approval: approvalFor(manifest.roles, effectiveDate),
    revisions: [{ issue: 1, date: effectiveDate, description: 'Ban hành lần đầu' }],
  };
}
