import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, parseDocument, Pair, Scalar, type YAMLMap } from 'yaml';
import { QmsError } from '../errors.js';
import { loadModel, modelVersions } from '../model/load-model.js';
import type { Model, UnitTypeDef } from '../model/types.js';
import { shortName } from '../scaffold/answers.js';
import { ISO2015_DOCUMENTS } from '../scaffold/build-unit-files.js';
import { renderTemplate, type TemplateContext } from '../scaffold/render-template.js';
import { text } from '../text.js';
import { MANIFEST } from '../unit/file-kinds.js';
import type { UnitType } from '../unit/types.js';
import { planWrites, type WritePlan } from '../write-files.js';
import { toYamlFile } from '../yaml/stringify-yaml.js';
import type { TransitionAnalysis } from './gap-analysis.js';

export interface TransitionOptions {
  /** YYYY-MM-DD: the transition date, and the effective date of the new documents. */
  date: string;
  /** The model whose 2015 templates are used (the unit's model id by default). */
  model?: string;
}

/**
 * What `qms transition --apply` writes: the 2015 documents the unit lacks (context and scope, risk and
 * opportunity register, process map) rendered from the newest model version on TCVN ISO 9001:2015 that
 * has the unit's type, and qms.yaml with `standard`, the `transition` record and the exclusions restated
 * as non-applicable requirements. qms.yaml is edited in place (comments and the unit's own entries kept);
 * an existing 2015 document is never overwritten (it is listed as kept).
 */
export function planTransition(analysis: TransitionAnalysis, options: TransitionOptions): WritePlan {
  const dir = analysis.unit.dir;
  const manifestText = readFileSync(join(dir, MANIFEST), 'utf8');
  const doc = parseDocument(manifestText);
  if (!isMap(doc.contents)) {
    throw new QmsError('E_UNIT', text('qms.yaml không phải một bảng khóa – giá trị', 'qms.yaml is not a mapping'));
  }
  const modelId = options.model ?? stringOr(doc.getIn(['model', 'id']), 'hanoi-qms');
  const type = String(doc.get('type')) as UnitType;
  const model = model2015(modelId, type);
  const typeDef = model.unitTypes[type]!;
  const context = templateContext(doc.toJS() as Record<string, unknown>, typeDef);
  const files = ISO2015_DOCUMENTS.filter((kind) => model.documents[kind]).map((kind) => {
    const { code, title, ...body } = renderTemplate(model.documents[kind]!, context);
    const data = { code, title, issue: 1, effectiveDate: options.date, reviewed: options.date, ...body };
    return { relPath: `${kind}.yaml`, content: toYamlFile(data, `${kind}.schema.json`, join(dir, `${kind}.yaml`)) };
  });
  const plan = planWrites(dir, files, 'skip');
  plan.entries.push({ relPath: MANIFEST, content: editManifest(doc, analysis, options.date), action: 'overwrite' });
  return plan;
}

/** The newest model version on TCVN ISO 9001:2015 that has the unit type (a district: the last before two-level government). */
function model2015(spec: string, type: UnitType): Model {
  const candidates = modelVersions(spec)
    .map((v) => loadModel(spec, v))
    .filter((m) => m.meta.standard === 'TCVN ISO 9001:2015' && m.unitTypes[type]);
  const model = candidates[candidates.length - 1];
  if (!model) {
    throw new QmsError(
      'E_MODEL',
      text(
        `mô hình ${spec} không có phiên bản theo TCVN ISO 9001:2015 cho loại đơn vị "${type}"`,
        `model ${spec} has no TCVN ISO 9001:2015 version for unit type "${type}"`,
      ),
      text('Dùng --model để chỉ mô hình có dòng 3.x.', 'Use --model to name a model with a 3.x line.'),
    );
  }
  return model;
}

function templateContext(manifest: Record<string, unknown>, typeDef: UnitTypeDef): TemplateContext {
  const name = stringOr(manifest.name, '');
  const roles = Array.isArray(manifest.roles) ? (manifest.roles as TemplateContext['roles']) : [];
  return {
    unit: {
      name,
      shortName: shortName(name),
      typeTitle: typeDef.title,
      superior: stringOr(manifest.superior, ''),
      city: stringOr(manifest.city, 'Hà Nội'),
    },
    roles,
  };
}

/** qms.yaml with the standard, the transition record and the restated exclusions, everything else as it was. */
function editManifest(doc: ReturnType<typeof parseDocument>, analysis: TransitionAnalysis, date: string): string {
  const map = doc.contents as YAMLMap;
  const old = (doc.toJS() as { exclusions?: Array<{ clause: string }> }).exclusions ?? [];
  const note = `Chuyển đổi từ ${analysis.from} (qms transition). Ngoại lệ theo 2008: ${
    old.map((e) => e.clause).join(', ') || 'không có'
  }; yêu cầu không áp dụng theo 2015: ${analysis.notApplicable.map((n) => n.clause).join(', ') || 'không có'}.`;
  const at = Math.max(
    0,
    map.items.findIndex((p) => (p.key as Scalar).value === 'model'),
  );
  map.delete('standard');
  map.delete('transition');
  map.items.splice(
    at,
    0,
    new Pair(new Scalar('standard'), new Scalar(analysis.to)),
    new Pair(new Scalar('transition'), doc.createNode({ from: analysis.from, to: analysis.to, date, note })),
  );
  doc.set('exclusions', doc.createNode(analysis.notApplicable.map((n) => ({ clause: n.clause, reason: n.reason }))));
  return doc.toString({ lineWidth: 0 });
}

/** A manifest value read as text: a hand-edited qms.yaml may hold anything, and only a string is a name. */
function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}
