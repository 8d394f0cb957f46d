import { readFileSync } from 'node:fs';
import { modelPhrase } from '../model/issued-under.js';
import { join } from 'node:path';
import { isMap, parseDocument, Pair, Scalar, type YAMLMap } from 'yaml';
import { QmsError } from '../errors.js';
import { loadModel, modelVersions } from '../model/load-model.js';
import type { Model, UnitTypeDef } from '../model/types.js';
import { ISO2015_DOCUMENTS, iso2015Document } from '../scaffold/build-unit-files.js';
import { planCrossLine, type CrossPlan } from '../update/plan-cross.js';
import { text } from '../text.js';
import { ANSWERS, MANIFEST } from '../unit/file-kinds.js';
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

export interface TransitionPlan {
  plan: WritePlan;
  /** The re-issue on the 2015 model line: what happens to each procedure and document. */
  cross: CrossPlan;
  /** The model version of the 2015 line the unit now follows. */
  version: string;
}

/**
 * What `qms transition --apply` writes: the unit moved onto the model line on TCVN ISO 9001:2015 in force on
 * the transition date — its procedures and policy re-issued from that line (planCrossLine: three-way merge,
 * local edits kept, TTHC followed to their successors, withdrawn ones recorded), the 2015 documents it lacks
 * (context and scope, risk and opportunity register, process map; an existing one is kept) and qms.yaml
 * with the new model version, `standard`, the `transition` record and the exclusions restated as
 * non-applicable requirements. qms.yaml and the procedures are edited in place (comments and the unit's
 * own entries kept).
 */
export function planTransition(analysis: TransitionAnalysis, options: TransitionOptions): TransitionPlan {
  const dir = analysis.unit.dir;
  const manifest = parseDocument(readFileSync(join(dir, MANIFEST), 'utf8'));
  if (!isMap(manifest.contents)) {
    throw new QmsError('E_UNIT', text('qms.yaml không phải một bảng khóa – giá trị', 'qms.yaml is not a mapping'));
  }
  const modelId = options.model ?? stringOr(manifest.getIn(['model', 'id']), 'hanoi-qms');
  const type = String(manifest.get('type')) as UnitType;
  const model = model2015(modelId, type, options.date);
  const cross = planCrossLine(dir, {
    to: model.meta.version,
    date: options.date,
    standard: analysis.to,
    ...(options.model ? { model: options.model } : {}),
  });
  const typeDef = model.unitTypes[type]!;
  const superior = superiorAfter(model, typeDef, options.date, cross.state.current);
  const answers = { ...cross.state.current, effectiveDate: options.date, ...(superior ? { superior } : {}) };
  if (superior) restateSuperior(cross, superior);
  const docs2015 = ISO2015_DOCUMENTS.filter((kind) => model.documents[kind]).map((kind) => {
    const data = {
      ...iso2015Document(model.documents[kind]!, typeDef, options.date, answers),
      revisions: [
        {
          issue: 1,
          date: options.date,
          description: `Ban hành lần đầu khi chuyển đổi sang ${analysis.to}, theo ${modelPhrase(model.meta.id, model.meta.version)}`,
        },
      ],
    };
    return { relPath: `${kind}.yaml`, content: toYamlFile(data, `${kind}.schema.json`, join(dir, `${kind}.yaml`)) };
  });
  // The manifest as the merge left it (new model version, roles, …), then the transition's own fields.
  const files = cross.files.filter((f) => f.relPath !== MANIFEST);
  const merged = cross.files.find((f) => f.relPath === MANIFEST)?.content;
  const doc = typeof merged === 'string' ? parseDocument(merged) : manifest;
  const before = (manifest.toJS() as { exclusions?: Array<{ clause: string }> }).exclusions ?? [];
  restateTthcExclusions(doc, manifest, cross, typeDef);
  if (superior) setSuperior(doc, superior);
  files.push({ relPath: MANIFEST, content: editManifest(doc, analysis, options.date, before) });
  const plan = planWrites(dir, files, 'overwrite');
  const kept = planWrites(dir, docs2015, 'skip');
  plan.entries.push(...kept.entries);
  plan.readOnly.push(...kept.readOnly);
  return { plan, cross, version: model.meta.version };
}

/**
 * The model version on TCVN ISO 9001:2015 in force on the transition date that has the unit type (a
 * district: the last before two-level government).
 */
function model2015(spec: string, type: UnitType, date: string): Model {
  const candidates = modelVersions(spec)
    .map((v) => loadModel(spec, v))
    .filter((m) => m.meta.standard === 'TCVN ISO 9001:2015' && m.unitTypes[type]);
  if (candidates.length === 0) {
    throw new QmsError(
      'E_MODEL',
      text(
        `mô hình ${spec} không có phiên bản theo TCVN ISO 9001:2015 cho loại đơn vị "${type}"`,
        `model ${spec} has no TCVN ISO 9001:2015 version for unit type "${type}"`,
      ),
      text('Dùng --model để chỉ mô hình có dòng 3.x.', 'Use --model to name a model with a 3.x line.'),
    );
  }
  const model = candidates.filter((m) => m.meta.releaseDate <= date).pop();
  if (!model) {
    const first = candidates[0];
    throw new QmsError(
      'E_USAGE',
      text(
        `--date ${date} sớm hơn phiên bản đầu tiên theo TCVN ISO 9001:2015 của mô hình ${spec} (${first.meta.version}, phát hành ${first.meta.releaseDate}): chưa có quy trình mẫu để ban hành lại`,
        `--date ${date} is before the first TCVN ISO 9001:2015 version of model ${spec} (${first.meta.version}, released ${first.meta.releaseDate}): no model procedures to re-issue from yet`,
      ),
      text(
        `Chọn ngày chuyển đổi từ ${first.meta.releaseDate}: --date YYYY-MM-DD.`,
        `Pick a transition date from ${first.meta.releaseDate}: --date YYYY-MM-DD.`,
      ),
    );
  }
  return model;
}

/** qms.yaml with the standard, the transition record and the restated exclusions, everything else as it was. */
function editManifest(
  doc: ReturnType<typeof parseDocument>,
  analysis: TransitionAnalysis,
  date: string,
  old: Array<{ clause: string }>,
): string {
  const map = doc.contents as YAMLMap;
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

/**
 * The TTHC the unit does not handle, against the 3.x catalogue: its own exclusions carried on (under the
 * successor's id when the TTHC was renamed), those of TTHC no longer in the catalogue dropped, and the 3.x
 * TTHC of the groups it did not choose at init (not created) excluded with that reason.
 */
function restateTthcExclusions(
  doc: ReturnType<typeof parseDocument>,
  original: ReturnType<typeof parseDocument>,
  cross: CrossPlan,
  typeDef: UnitTypeDef,
): void {
  const own = (original.toJS() as { tthcExclusions?: Array<{ tthc: string; reason: string }> }).tthcExclusions ?? [];
  const catalogue = new Set(typeDef.tthc.map((t) => t.id));
  const list = own
    .map((e) => ({ ...e, tthc: cross.exclusions.get(e.tthc) ?? e.tthc }))
    .filter((e) => catalogue.has(e.tthc));
  const answers = cross.state.answers;
  for (const d of cross.diff.docs) {
    if (d.status !== 'excluded' || !d.tthcId || list.some((e) => e.tthc === d.tthcId)) continue;
    const group = typeDef.groups.find((g) => g.id === typeDef.tthc.find((t) => t.id === d.tthcId)?.group);
    list.push({
      tthc: d.tthcId,
      reason: `Đơn vị không giải quyết TTHC thuộc lĩnh vực ${group?.title ?? group?.id ?? ''} (không chọn khi khởi tạo ngày ${answers.effectiveDate}).`,
    });
  }
  if (list.length > 0) doc.set('tthcExclusions', doc.createNode(list));
  else doc.delete('tthcExclusions');
}

/**
 * The unit's superior body after the move, when the level above it no longer exists on the transition date
 * (UBND cấp huyện ended on 01/07/2025: a xã then answers to the UBND of the city directly, and its documents'
 * header must not name a district that is gone). Undefined when nothing changes.
 */
function superiorAfter(
  model: Model,
  typeDef: UnitTypeDef,
  date: string,
  current: { superior?: string; parent?: { name?: string }; city?: string },
): string | undefined {
  const ended = (model.meta.endedUnitTypes ?? []).some((e) => e.from <= date);
  if (!ended || typeDef.parentRequired !== false || !current.parent) return undefined;
  if (current.superior && current.superior !== current.parent.name) return undefined;
  return `UBND thành phố ${current.city ?? 'Hà Nội'}`;
}

/**
 * qms.yaml (or the answers file): the new superior body. `parent` stays: it is the unit's history (its 2008
 * documents and records name that district, and the city's tree groups units by it).
 */
function setSuperior(doc: ReturnType<typeof parseDocument>, superior: string): void {
  doc.set('superior', superior);
}

/** The answers file the move writes, with the new superior (later model updates render from it). */
function restateSuperior(cross: CrossPlan, superior: string): void {
  const file = cross.files.find((f) => f.relPath === ANSWERS);
  if (!file || typeof file.content !== 'string') return;
  const doc = parseDocument(file.content);
  setSuperior(doc, superior);
  file.content = doc.toString({ lineWidth: 0 });
}

/** A manifest value read as text: a hand-edited qms.yaml may hold anything, and only a string is a name. */
function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}
