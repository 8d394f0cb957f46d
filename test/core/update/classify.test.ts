import { describe, expect, it } from 'vitest';
import { diffValues } from '../../../src/core/merge/diff-values.js';
import { classifyChange } from '../../../src/core/update/classify.js';

const model = {
  tthc: {
    id: 'huyen-dd-cap-gcn-lan-dau',
    field: 'Đất đai',
    coordinatingAgencies: [{ id: 'chi-cuc-thue', name: 'Chi cục Thuế', task: 'xác định nghĩa vụ tài chính' }],
  },
};

describe('model diff: a coordinating agency’s name is the unit’s to localise', () => {
  it('“Chi cục Thuế” → “Chi cục Thuế huyện Thanh Trì” is localisation, its task is the model’s', () => {
    const unit = structuredClone(model);
    unit.tthc.coordinatingAgencies[0].name = 'Chi cục Thuế huyện Thanh Trì';
    unit.tthc.coordinatingAgencies[0].task = 'thu thuế';
    const classes = diffValues(model, unit).map((c) => [
      c.path.map((p) => p.seg).join('/'),
      classifyChange('procedure', c).class,
    ]);
    expect(classes).toEqual([
      ['tthc/coordinatingAgencies/0/name', 'localisation'],
      ['tthc/coordinatingAgencies/0/task', 'controlled'],
    ]);
  });
});
