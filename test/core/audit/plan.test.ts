import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWithin, loadCatalogue } from '../../../src/core/standard/catalogue.js';
import { weekday } from '../../../src/core/dates/dates.js';
import { buildProgramme, type Programme } from '../../../src/core/audit/plan/build-plan.js';
import { renderProgramme } from '../../../src/core/audit/plan/render-plan.js';
import { loadAuditUnit, type AuditUnit } from '../../../src/core/audit/unit-scope.js';
import { QmsError } from '../../../src/core/errors.js';
import { docxParts, paragraphs } from '../render/docx-reader.js';

const root = resolve(import.meta.dirname, '..', '..', '..');
const catalogue = loadCatalogue();
const UNITS = ['xa-tam-hiep', 'xa-vinh-quynh', 'huyen-thanh-tri', 'so-tu-phap'];
const load = (id: string) => loadAuditUnit(resolve(root, 'examples/city', id));

/** Who owns what, worked out here from the files rather than taken from the planner. */
function ownersOf(unit: AuditUnit, key: string): string[] {
  if (key === 'LD') return ['lanh-dao', 'pho-lanh-dao', 'dai-dien-lanh-dao'];
  if (key === 'NL') return ['van-phong', 'tai-chinh-ke-toan', 'phong-noi-vu', 'phong-tckh'];
  const p = unit.procedures.find((x) => x.code === key)!;
  return [...p.steps.map((s) => s.role), ...p.records.map((r) => r.keeper)];
}

function items(programme: Programme) {
  return programme.rounds.flatMap((r) => r.items.map((it) => ({ ...it, round: r })));
}

describe.each(UNITS)('audit programme of %s', (id) => {
  const unit = load(id);
  const programme = buildProgramme(unit, { year: 2014, rounds: 2, lang: 'vi' });

  it('audits every procedure', () => {
    const keys = items(programme).map((it) => it.key);
    for (const p of unit.procedures) expect(keys, p.code).toContain(p.code);
  });

  it('audits every applicable clause, and no excluded one', () => {
    const audited = new Set(items(programme).flatMap((it) => it.clauses));
    for (const c of catalogue.clauses.filter((x) => x.auditable)) {
      const excluded = unit.exclusions.some((e) => isWithin(c.number, e.clause));
      expect(audited.has(c.number), c.number).toBe(!excluded);
    }
    expect(programme.coverage.every((c) => c.rounds.length > 0)).toBe(true);
  });

  it('never lets anyone audit an area their own role works in or keeps records for', () => {
    for (const it of items(programme)) {
      const roles = unit.roles.filter((r) => r.people.includes(it.auditor)).map((r) => r.id);
      const owners = ownersOf(unit, it.key);
      expect(
        roles.filter((r) => owners.includes(r)),
        `${it.key} audited by ${it.auditor}`,
      ).toEqual([]);
    }
  });

  it('keeps the head out of the audit team and shares the work', () => {
    const head = unit.roles.find((r) => r.id === 'lanh-dao')!.people;
    expect(programme.auditors.some((a) => head.includes(a.name))).toBe(false);
    const loads = programme.auditors.map((a) => a.areas).filter((n) => n > 0);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(
      Math.ceil(items(programme).length / loads.length),
    );
  });

  it('dates each audit on a working day of its round, within the year', () => {
    for (const it of items(programme)) {
      expect(it.date.startsWith('2014-')).toBe(true);
      expect([0, 6]).not.toContain(weekday(it.date));
      expect(it.date >= it.round.start && it.date <= it.round.end).toBe(true);
    }
    expect(programme.rounds.map((r) => r.start)).toEqual(['2014-05-12', '2014-09-08']);
  });
});

describe('audit programme: independence and auditors', () => {
  const unit = load('xa-tam-hiep');

  it('stops with exit code 1, naming each area nobody independent can audit', () => {
    let error: unknown;
    try {
      buildProgramme(unit, { year: 2014, rounds: 1, lang: 'vi', auditors: ['Trần Văn Quang', 'Lê Thị Hồng'] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QmsError);
    const e = error as QmsError;
    expect(e.exitCode).toBe(1);
    expect(e.code).toBe('E_INDEPENDENCE');
    expect(e.text.vi).toContain('2 quá trình không có đánh giá viên đứng ngoài công việc (QT-02, QT-04)');
    expect(e.text.vi).toContain('Lê Thị Hồng (Công chức Bộ phận tiếp nhận và trả kết quả) không được đánh giá');
    expect(e.hint?.vi).toMatch(/^Thêm một đánh giá viên: --auditor "[^"]+"/);
  });

  it('takes a name outside the unit as an outside auditor, independent of everything', () => {
    const p = buildProgramme(unit, {
      year: 2014,
      rounds: 1,
      lang: 'vi',
      auditors: ['Trần Văn Quang', 'Nguyễn Văn Khách'],
    });
    expect(p.auditors.find((a) => a.name === 'Nguyễn Văn Khách')).toMatchObject({ external: true, roles: [] });
    expect(
      items(p)
        .filter((it) => it.kind === 'system')
        .every((it) => it.auditor === 'Nguyễn Văn Khách'),
    ).toBe(true);
    expect(p.lead).toBe('Trần Văn Quang');
  });

  it('makes the management representative the lead auditor when they audit', () => {
    expect(buildProgramme(unit, { year: 2014, rounds: 1, lang: 'vi' }).lead).toBe('Phạm Thị Mai');
  });

  it('puts the realisation clauses with leadership when the unit has no TTHC procedure yet', () => {
    const systemOnly: AuditUnit = {
      ...unit,
      exclusions: [],
      procedures: unit.procedures.filter((p) => p.kind === 'system'),
    };
    const p = buildProgramme(systemOnly, { year: 2014, rounds: 1, lang: 'vi' });
    const leadership = items(p).find((it) => it.key === 'LD')!;
    for (const c of ['7.1', '7.2.2', '7.3.1', '7.5.1', '7.6', '8.2.4']) expect(leadership.clauses).toContain(c);
    expect(p.coverage.every((c) => c.rounds.length === 1)).toBe(true);
  });

  it('spreads three rounds over the year', () => {
    const p = buildProgramme(unit, { year: 2015, rounds: 3, lang: 'vi' });
    expect(p.rounds.map((r) => r.start.slice(5, 7))).toEqual(['04', '07', '10']);
    expect(p.rounds.reduce((n, r) => n + r.items.length, 0)).toBe(unit.procedures.length + 2);
  });
});

describe('audit programme documents', () => {
  const programme = buildProgramme(load('xa-tam-hiep'), { year: 2014, rounds: 1, lang: 'vi' });

  it('renders the team, the round table and the coverage matrix in Markdown', async () => {
    const md = String(await renderProgramme(programme, 'md'));
    expect(md).toContain('# CHƯƠNG TRÌNH ĐÁNH GIÁ NỘI BỘ NĂM 2014');
    expect(md).toContain('## 2. ĐỢT 1: TỪ 14/07/2014 ĐẾN');
    expect(md).toContain('| Phạm Thị Mai | Phó Chủ tịch UBND xã; Đại diện lãnh đạo về chất lượng |');
    expect(md).toContain('Không đánh giá 7.3 (ngoại lệ)');
    expect(md).toMatch(/\| 8\.2\.2 \| Đánh giá nội bộ \| 1 \| QT-03 \|/);
  });

  it('renders a DOCX that reads back', async () => {
    const body = paragraphs(docxParts((await renderProgramme(programme, 'docx')) as Uint8Array)['word/document.xml']);
    expect(body).toContain('CHƯƠNG TRÌNH ĐÁNH GIÁ NỘI BỘ NĂM 2014');
    expect(body).toContain('QT-HT-01 Quy trình đăng ký khai sinh');
    expect(body).toContain('Người lập');
    expect(body).toContain('Nguyễn Đình Thành');
  });
});

describe('a procedure withdrawn during the programme year', () => {
  /** xa-tam-hiep with QT-HT-15 (planned in the last of 4 rounds) withdrawn on `date`. */
  const withdrawnOn = (date: string): AuditUnit => {
    const unit = load('xa-tam-hiep');
    return {
      ...unit,
      procedures: unit.procedures.map((p) =>
        p.code === 'QT-HT-15' ? { ...p, withdrawal: { date, reason: 'Chuyển sang quy trình khác.' } } : p,
      ),
    };
  };
  const auditOf = (programme: Programme, key: string) => items(programme).find((it) => it.key === key)!;

  it('is audited first in the last round that starts before the withdrawal, with no note', () => {
    const plain = buildProgramme(load('xa-tam-hiep'), { year: 2015, rounds: 4, lang: 'vi' });
    expect(auditOf(plain, 'QT-HT-15').round.no).toBe(4);
    const programme = buildProgramme(withdrawnOn('2015-07-20'), { year: 2015, rounds: 4, lang: 'vi' });
    const audit = auditOf(programme, 'QT-HT-15');
    expect(audit.round.no).toBe(2);
    expect(audit.date).toBe(audit.round.start);
    expect(audit.date < '2015-07-20').toBe(true);
    expect(programme.warnings.map((w) => w.vi).join('\n')).not.toContain('QT-HT-15');
    // Every other area keeps its round.
    for (const it of items(plain).filter((x) => x.key !== 'QT-HT-15'))
      expect(auditOf(programme, it.key).round.no, it.key).toBe(it.round.no);
  });

  it('stays where it was, with a note, when it is withdrawn before the first round; withdrawals after the year move nothing', () => {
    const early = buildProgramme(withdrawnOn('2015-03-02'), { year: 2015, rounds: 4, lang: 'vi' });
    expect(auditOf(early, 'QT-HT-15').round.no).toBe(4);
    expect(early.warnings.map((w) => w.vi).join('\n')).toMatch(/QT-HT-15 bãi bỏ từ ngày 02\/03\/2015/);
    const plain = buildProgramme(load('xa-tam-hiep'), { year: 2015, rounds: 4, lang: 'vi' });
    const late = buildProgramme(withdrawnOn('2016-01-01'), { year: 2015, rounds: 4, lang: 'vi' });
    expect(late.rounds).toEqual(plain.rounds);
  });
});
