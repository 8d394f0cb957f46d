import { QmsError } from '../errors.js';
import type { Model } from '../model/types.js';
import { text } from '../text.js';
import { planWrites, type ExistingPolicy, type WritePlan } from '../write-files.js';
import type { Answers } from './answers.js';
import { buildUnitFiles } from './build-unit-files.js';

/** The files `qms init` would write for these answers, with create/overwrite/skip decided. */
export function planInit(root: string, model: Model, answers: Answers, policy: ExistingPolicy): WritePlan {
  const typeDef = model.unitTypes[answers.type];
  if (!typeDef) {
    throw new QmsError(
      'E_MODEL',
      text(
        `mô hình ${model.meta.id} không có loại đơn vị "${answers.type}"`,
        `model ${model.meta.id} has no unit type "${answers.type}"`,
      ),
    );
  }
  // Only --force makes the policy 'overwrite': it also lets read-only files be replaced.
  return planWrites(root, buildUnitFiles(root, model, typeDef, answers), policy, { force: policy === 'overwrite' });
}
