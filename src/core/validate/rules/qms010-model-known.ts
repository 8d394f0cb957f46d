import { text } from '../../text.js';
import { MANIFEST } from '../../unit/file-kinds.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'QMS010',
  alias: 'model-known',
  clause: '4.1',
  severity: 'error',
  title: text(
    'Đơn vị áp dụng một mô hình và phiên bản mà công cụ biết',
    'The unit follows a model id and version the tool knows',
  ),
  description: text(
    'qms.yaml ghi mô hình chung (model.id) và phiên bản (model.version) mà đơn vị áp dụng. Công cụ phải có đúng mô hình và phiên bản đó (xem qms model list) thì mới kiểm tra được danh mục TTHC, quy trình hệ thống và sổ đăng ký văn bản pháp luật; mô hình phải có loại đơn vị của đơn vị (xa, huyen, so). Khi chạy với --model, mô hình được chỉ định thay thế mô hình ghi trong qms.yaml.',
    "qms.yaml names the city model (model.id) and version (model.version) the unit follows. The tool must have that model and version (see qms model list) to check the TTHC catalogue, the system procedures and the legal register, and the model must define the unit's type (xa, huyen, so). With --model, the given model replaces the one in qms.yaml.",
  ),
  hint: text(
    'Sửa model.id, model.version theo "qms model list", hoặc cập nhật công cụ.',
    'Fix model.id and model.version as "qms model list" shows, or update the tool.',
  ),
  checkUnit({ unit, report }) {
    if (unit.modelProblem) {
      report({
        file: MANIFEST,
        path: unit.modelProblem.path,
        message: unit.modelProblem.message,
        hint: unit.modelProblem.hint,
      });
      return;
    }
    if (unit.manifest && unit.model && !unit.model.unitTypes[unit.manifest.type]) {
      report({
        file: MANIFEST,
        path: '/type',
        message: text(
          `mô hình ${unit.model.meta.id} ${unit.model.meta.version} không có loại đơn vị "${unit.manifest.type}"`,
          `model ${unit.model.meta.id} ${unit.model.meta.version} has no unit type "${unit.manifest.type}"`,
        ),
      });
    }
  },
});
