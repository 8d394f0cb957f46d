import { describe, expect, it } from 'vitest';
import { deriveQuestions } from '../../../src/core/audit/checklist/derive.js';
import type { AuditProcedure, AuditUnit } from '../../../src/core/audit/unit-scope.js';
import { numberKey, statusOn } from '../../../src/core/law/legal.js';
import { loadModel, modelVersions } from '../../../src/core/model/load-model.js';
import type { LegalInstrument } from '../../../src/core/model/types.js';
import { unitContext } from '../../../src/core/render/view/common.js';
import { legalRegisterView } from '../../../src/core/render/view/registers.js';
import type { DocView } from '../../../src/core/render/view/types.js';

/**
 * Issue 12: "Where the status is not known, it is 'unknown': no output may say 'còn hiệu lực'". An
 * instrument in parts (NĐ 06/2012/NĐ-CP amended three decrees: its hộ tịch part lapsed on 01/01/2016, its
 * chứng thực part on 10/04/2015, and nobody has checked its hôn nhân và gia đình part) is in force while a
 * part known to be in force remains, and of unknown status once only unknown parts remain.
 */
const inParts: LegalInstrument = {
  number: '06/2012/NĐ-CP',
  type: 'Nghị định',
  date: '2012-02-02',
  effectiveFrom: '2012-04-01',
  issuer: 'Chính phủ',
  title: 'sửa đổi, bổ sung một số điều của các Nghị định về hộ tịch, hôn nhân và gia đình và chứng thực',
  parts: [
    { id: 'ho-tich', title: 'hộ tịch', supersededFrom: '2016-01-01', supersededBy: ['123/2015/NĐ-CP'] },
    { id: 'chung-thuc', title: 'chứng thực', supersededFrom: '2015-04-10', supersededBy: ['23/2015/NĐ-CP'] },
    { id: 'hon-nhan-gia-dinh', title: 'hôn nhân và gia đình', status: 'unknown' },
  ],
};

describe('the status of an instrument in parts', () => {
  it('is in force while a part the register knows to be in force remains', () => {
    expect(statusOn(inParts, '2013-06-01')).toEqual({ state: 'in-force' });
    expect(statusOn(inParts, '2015-06-01')).toEqual({ state: 'in-force' });
  });

  it('is unknown, never in force, once only parts of unknown status remain', () => {
    expect(statusOn(inParts, '2016-01-01')).toEqual({ state: 'unknown' });
    expect(statusOn(inParts, '2016-01-01', 'ho-tich')).toMatchObject({ state: 'superseded', from: '2016-01-01' });
    expect(statusOn(inParts, '2013-06-01', 'hon-nhan-gia-dinh')).toMatchObject({ state: 'unknown' });
  });

  it('the legal register of a unit says so, and names the part it does not know', () => {
    const row = (asOf: string) => statusCell(registerOf([inParts], [{ number: inParts.number }], asOf))[0];
    expect(row('2013-06-01')).toMatch(/^Còn hiệu lực; /);
    expect(row('2013-06-01')).toContain('phần hôn nhân và gia đình chưa xác định được tình trạng hiệu lực');
    expect(row('2016-06-01')).not.toMatch(/còn hiệu lực/iu);
    expect(row('2016-06-01')).toMatch(/^Chưa xác định được tình trạng hiệu lực/);
  });

  it('an audit checklist asks about it instead of calling it in force', () => {
    const questions = legalQuestions([inParts], [{ number: inParts.number }], '2016-06-01');
    expect(questions.join('\n')).not.toMatch(/: văn bản còn hiệu lực ngày/u);
    expect(questions.join('\n')).toContain('chưa xác định được văn bản còn hiệu lực ngày 01/06/2016 hay không');
  });
});

/**
 * Over the whole shipped register, on the first day of every year the model covers: a unit's legal
 * register and a checklist say an instrument (or the part a procedure cites) is in force only where the
 * register knows it is — the entry is not `status: unknown`, has taken effect, is not superseded, and
 * (when in parts) keeps a part in force that is not of unknown status.
 */
describe('no output calls an instrument in force unless the register knows it is', () => {
  const register = loadModel('hanoi-qms').legalRegister;
  const years = Array.from({ length: 16 }, (_, i) => `${2011 + i}-01-01`);

  const knownInForce = (e: LegalInstrument, date: string, partId?: string): boolean => {
    const lapsed = (d?: string) => d !== undefined && d <= date;
    // From the first bound of a window on, nothing is known to be in force: inside it the date is open.
    const ended = (x: Pick<LegalInstrument, 'supersededFrom' | 'supersededBetween'>) =>
      lapsed(x.supersededFrom) || lapsed(x.supersededBetween?.[0]);
    if (e.status === 'unknown' || ended(e) || (e.effectiveFrom ?? '') > date) return false;
    const part = e.parts?.find((p) => p.id === partId);
    if (part) return part.status !== 'unknown' && !ended(part);
    if (!e.parts?.length) return true;
    return e.parts.some((p) => p.status !== 'unknown' && !ended(p));
  };

  it('in the register of legal documents (Danh mục văn bản pháp luật áp dụng)', () => {
    const wrong: string[] = [];
    for (const date of years) {
      const view = registerOf(
        register,
        register.map((e) => ({ number: e.number })),
        date,
      );
      // Rows are sorted by date then number: each row names its instrument in the second column.
      for (const [, number, , , , status] of rowsOf(view)) {
        const entry = register.find((e) => e.number === number)!;
        if (/^Còn hiệu lực/u.test(status) !== knownInForce(entry, date)) wrong.push(`${date} ${number}: ${status}`);
      }
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it('in the legal-basis questions of a checklist, for the whole instrument and for each part cited', () => {
    const wrong: string[] = [];
    const citations: Citation[] = register.flatMap((e) => [
      { number: e.number },
      ...(e.parts ?? []).map((p) => ({ number: e.number, part: p.id })),
    ]);
    for (const date of years) {
      citations.forEach((c) => {
        const [question] = legalQuestions(register, [c], date);
        const said = /: văn bản còn hiệu lực ngày/u.test(question);
        const entry = register.find((e) => e.number === c.number)!;
        if (said && !knownInForce(entry, date, c.part)) wrong.push(`${date} ${c.number} ${c.part ?? ''}: ${question}`);
      });
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });
});

/**
 * A citation's `part` must be one its register entry has: an id the register does not know would be
 * read as a citation of the whole instrument, and could be called in force after the part lapsed.
 */
describe('every part a model version cites is a part of its register entry', () => {
  it('in every version, procedure and legal basis', () => {
    const wrong: string[] = [];
    for (const version of modelVersions('hanoi-qms')) {
      const model = loadModel('hanoi-qms', version);
      const register = new Map(model.legalRegister.map((e) => [numberKey(e.number), e]));
      for (const t of [...model.tthc.values(), ...model.system.values()])
        for (const { number, part } of t.legalBasis ?? [])
          if (part && !register.get(numberKey(number))?.parts?.some((p) => p.id === part))
            wrong.push(`${version} ${t.code}: ${number} part ${part}`);
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });
});

type Citation = { number: string; part?: string };

function registerOf(known: LegalInstrument[], cited: Citation[], asOf: string): DocView {
  const ctx = unitContext({ name: 'UBND xã Đại Mỗ', roles: [] });
  const procedures = [{ code: 'QT-HT-01', data: { legalBasis: cited.map((c) => ({ ...c, type: 'Nghị định' })) } }];
  return legalRegisterView(procedures, known, 'BM-01-03', asOf, ctx);
}

function rowsOf(view: DocView): string[][] {
  const block = view.sections[0].blocks.find((b) => 'table' in b);
  return block && 'table' in block ? block.table.rows : [];
}

/** The "Tình trạng hiệu lực" column. */
function statusCell(view: DocView): string[] {
  return rowsOf(view).map((r) => r[5]);
}

function legalQuestions(known: LegalInstrument[], cited: Citation[], date: string): string[] {
  const procedure: AuditProcedure = {
    relPath: 'procedures/QT-HT-01.yaml',
    code: 'QT-HT-01',
    title: 'Đăng ký kết hôn',
    kind: 'operational',
    clause: '7.5.1',
    field: 'Hộ tịch',
    authority: 'UBND cấp xã',
    effectiveDate: '2012-06-01',
    dossier: [],
    steps: [],
    forms: [],
    records: [],
    legalBasis: cited.map((c) => ({ type: 'Nghị định', title: '', ...c })),
    fees: [],
    unchecked: [],
  };
  const unit = { roles: [], procedures: [procedure] } as unknown as AuditUnit;
  const register = new Map(known.map((k) => [numberKey(k.number), k]));
  return deriveQuestions(procedure, { unit, lang: 'vi', date, register })
    .filter((part) => part.kind === 'L')
    .flatMap((part) => part.rows.map((r) => r.question));
}
