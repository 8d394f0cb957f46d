import { addDays } from '../dates/dates.js';
import { modelPhrase } from '../model/issued-under.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templatesDir } from '../paths.js';
import type { Model, ProcedureTemplate, UnitTypeDef } from '../model/types.js';
import type { Manifest, Procedure, Role, Signer } from '../unit/types.js';
import { toYamlFile } from '../yaml/stringify-yaml.js';
import type { PlannedFile } from '../write-files.js';
import type { Answers } from './answers.js';
import { shortName } from './answers.js';
import { renderTemplate, type TemplateContext } from './render-template.js';

/** The unit's roles: the model's roles for its type, with the people from the answers. */
export function rolesFor(typeDef: UnitTypeDef, answers: Answers): Role[] {
  return typeDef.roles.map((r) => ({
    id: r.id,
    title: localTitle(r.title, answers.name),
    people: answers.people[r.id] ?? [],
  }));
}

// The model names a level by its commonest word ("Chủ tịch UBND xã", "… UBND huyện"); a ward, township,
// special zone, urban district or town signs with its own ("Chủ tịch UBND phường").
const LEVEL_WORD = /^(?:UBND|Ủy ban nhân dân)\s+(phường|thị trấn|đặc khu|quận|thị xã|thành phố)\s/u;

/** A role title in the unit's own word for its level. */
export function localTitle(title: string, unitName: string): string {
  const word = LEVEL_WORD.exec(unitName.normalize('NFC'))?.[1];
  return word ? title.replace(/UBND (?:xã|huyện)(?=$|[\s,.;)–-])/u, `UBND ${word}`) : title;
}

export function contextFor(typeDef: UnitTypeDef, answers: Answers): TemplateContext {
  return {
    unit: {
      name: answers.name,
      shortName: shortName(answers.name),
      typeTitle: typeDef.title,
      superior: answers.superior,
      city: answers.city,
    },
    roles: rolesFor(typeDef, answers),
    year: answers.year,
  };
}

/** Daily dates before the effective date: prepared a week before, reviewed three days before. */
function daysBefore(date: string, days: number): string {
  return addDays(date, -days);
}

function signer(roles: Role[], ids: string[], date: string): Signer {
  const role =
    ids.map((id) => roles.find((r) => r.id === id)).find((r) => r && r.people.length > 0) ??
    roles.find((r) => r.id === ids[0])!;
  return { name: role.people[0] ?? role.title, title: role.title, date };
}

/** Soạn thảo by the ISO secretary, xem xét by the management representative, phê duyệt by the head. */
export function approvalFor(roles: Role[], effectiveDate: string): Procedure['approval'] {
  return {
    prepared: signer(roles, ['thu-ky-iso', 'van-phong'], daysBefore(effectiveDate, 7)),
    reviewed: signer(roles, ['dai-dien-lanh-dao', 'pho-lanh-dao'], daysBefore(effectiveDate, 3)),
    approved: signer(roles, ['lanh-dao'], effectiveDate),
  };
}

function firstIssue(model: Model, answers: Answers) {
  return [
    {
      issue: 1,
      date: answers.effectiveDate,
      description: `Ban hành lần đầu theo ${modelPhrase(model.meta.id, model.meta.version)}`,
    },
  ];
}

/** A model procedure template turned into the unit's procedure, fields in the order officers read them. */
export function procedureFromTemplate(
  template: ProcedureTemplate,
  model: Model,
  typeDef: UnitTypeDef,
  answers: Answers,
): Procedure {
  const { level: _level, source, ...rest } = renderTemplate(template, contextFor(typeDef, answers));
  const { code, title, kind, clause, tthc, ...body } = rest;
  const procedure: Record<string, unknown> = { code, title, kind };
  if (clause) procedure.clause = clause;
  if (tthc) procedure.tthc = tthc;
  procedure.issue = 1;
  procedure.effectiveDate = answers.effectiveDate;
  Object.assign(procedure, body);
  const roles = rolesFor(typeDef, answers);
  procedure.approval = approvalFor(roles, answers.effectiveDate);
  procedure.revisions = firstIssue(model, answers);
  if (source && source.length > 0) procedure.notes = source;
  return procedure as unknown as Procedure;
}

/** A controlled document (policy, objectives, manual) from its model template. */
function documentFromTemplate(
  template: Record<string, unknown>,
  model: Model,
  typeDef: UnitTypeDef,
  answers: Answers,
  year?: number,
) {
  const rendered = renderTemplate(template, contextFor(typeDef, answers));
  const { code, title, ...body } = rendered;
  // The objectives of each year are a document of their own: MTCL-2012, MTCL-2013…
  const head = year === undefined ? { code, title } : { code: `${String(code)}-${year}`, title, year };
  return {
    ...head,
    issue: 1,
    effectiveDate: answers.effectiveDate,
    ...body,
    approval: approvalFor(rolesFor(typeDef, answers), answers.effectiveDate),
    revisions: firstIssue(model, answers),
  };
}

/** The 2015 documents a model may carry: context and scope, risk and opportunity register, process map. */
export const ISO2015_DOCUMENTS = ['context', 'risks', 'process-map'] as const;

/** A 2015 document from its model template: the template rendered, issue 1, effective and reviewed on `date`, signed. */
export function iso2015Document(
  template: Record<string, unknown>,
  typeDef: UnitTypeDef,
  date: string,
  answers: Answers,
): Record<string, unknown> {
  const { code, title, ...body } = renderTemplate(template, contextFor(typeDef, answers));
  // Signed like every controlled document: prepared, reviewed and approved by the unit's people.
  const approval = approvalFor(rolesFor(typeDef, answers), date);
  return { code, title, issue: 1, effectiveDate: date, reviewed: date, ...body, approval };
}

export function manifestFor(model: Model, typeDef: UnitTypeDef, answers: Answers): Manifest {
  const chosen = new Set(answers.groups ?? typeDef.groups.map((g) => g.id));
  const left = typeDef.tthc.filter((t) => !chosen.has(t.group));
  const groupTitle = (id: string) => typeDef.groups.find((g) => g.id === id)?.title ?? id;
  const manifest: Manifest = {
    id: answers.id,
    name: answers.name,
    type: answers.type,
    superior: answers.superior,
    ...(answers.parent ? { parent: answers.parent } : {}),
    city: answers.city,
    ...(model.meta.standard && model.meta.standard !== 'TCVN ISO 9001:2008' ? { standard: model.meta.standard } : {}),
    model: { ...answers.model },
    roles: rolesFor(typeDef, answers),
    exclusions: typeDef.exclusions.map((e) => ({ ...e })),
  };
  if (left.length > 0) {
    manifest.tthcExclusions = left.map((t) => ({
      tthc: t.id,
      reason: `Đơn vị không giải quyết TTHC thuộc lĩnh vực ${groupTitle(t.group)} (không chọn khi khởi tạo ngày ${answers.effectiveDate}).`,
    }));
  }
  return manifest;
}

/** TTHC templates of the unit type in catalogue order, limited to the chosen groups. */
export function chosenTthc(model: Model, typeDef: UnitTypeDef, answers: Answers): ProcedureTemplate[] {
  const chosen = new Set(answers.groups ?? typeDef.groups.map((g) => g.id));
  return typeDef.tthc
    .filter((t) => chosen.has(t.group))
    .map((t) => model.tthc.get(t.id)!)
    .filter(Boolean);
}

/** Every file of a new unit, rendered in memory (nothing is written here). `root` is the unit folder. */
export function buildUnitFiles(root: string, model: Model, typeDef: UnitTypeDef, answers: Answers): PlannedFile[] {
  const file = (relPath: string, data: unknown, schema: string): PlannedFile => ({
    relPath,
    content: toYamlFile(data, schema, join(root, relPath)),
  });
  const files: PlannedFile[] = [
    withMilestonesBlock(file('qms.yaml', manifestFor(model, typeDef, answers), 'unit.schema.json')),
    file('.qms-answers.yaml', answers, 'answers.schema.json'),
    file('policy.yaml', documentFromTemplate(model.documents.policy, model, typeDef, answers), 'policy.schema.json'),
    ...(model.documents.manual
      ? [
          file(
            'manual.yaml',
            documentFromTemplate(model.documents.manual, model, typeDef, answers),
            'manual.schema.json',
          ),
        ]
      : []),
    // TCVN ISO 9001:2015 documented information, when the model has it (3.x line).
    ...ISO2015_DOCUMENTS.filter((kind) => model.documents[kind]).map((kind) =>
      file(
        `${kind}.yaml`,
        iso2015Document(model.documents[kind]!, typeDef, answers.effectiveDate, answers),
        `${kind}.schema.json`,
      ),
    ),
    file(
      `objectives/${answers.year}.yaml`,
      documentFromTemplate(model.documents.objectives, model, typeDef, answers, answers.year),
      'objectives.schema.json',
    ),
  ];
  for (const code of typeDef.systemProcedures) {
    const template = model.system.get(code);
    if (template)
      files.push(
        file(
          `procedures/${code}.yaml`,
          procedureFromTemplate(template, model, typeDef, answers),
          'procedure.schema.json',
        ),
      );
  }
  for (const template of chosenTthc(model, typeDef, answers)) {
    files.push(
      file(
        `procedures/${template.code}.yaml`,
        procedureFromTemplate(template, model, typeDef, answers),
        'procedure.schema.json',
      ),
    );
  }
  return files;
}

/**
 * The manifest ends with a commented `milestones:` block (templates/manifest-milestones.yaml): the
 * shape readiness asks officers to fill in, ready to uncomment, never data nobody decided.
 */
function withMilestonesBlock(manifest: PlannedFile): PlannedFile {
  const block = readFileSync(join(templatesDir, 'manifest-milestones.yaml'), 'utf8');
  return { ...manifest, content: `${String(manifest.content)}${block}` };
}
