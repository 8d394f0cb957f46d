import { obj } from '../unit-builder.js';
import type { RuleCase } from './case.js';

const P = 'procedures/QT-HT-01.yaml';
const lb = (i: number, patch: object) => (f: Record<string, unknown>) => {
  Object.assign(obj(f, P).legalBasis[i], patch);
};

/** QMS023–QMS025: legal basis well-formed and current, fee basis. */
export const legalCases: RuleCase[] = [
  { rule: 'QMS023', name: 'well-formed numbers (NĐ-CP, 08.a/…/TT-BTP)', expect: [], mutate: () => {} },
  {
    rule: 'QMS023',
    name: 'other recognised forms: QĐ-TTg, TTLT, QH, individual decision, TCVN',
    expect: [],
    mutate: (f) => {
      obj(f, P).legalBasis.push(
        { type: 'Quyết định', number: '19/2014/QĐ-TTg', date: '2014-03-05', issuer: 'Thủ tướng Chính phủ', title: 'x' },
        {
          type: 'Thông tư liên tịch',
          number: '92/2008/TTLT-BTC-BTP',
          date: '2008-10-17',
          issuer: 'Bộ Tài chính, Bộ Tư pháp',
          title: 'x',
        },
        { type: 'Luật', number: '60/2014/QH13', date: '2014-11-20', issuer: 'Quốc hội', title: 'Luật Hộ tịch' },
        {
          type: 'Quyết định',
          number: '2968/QĐ-BKHCN',
          date: '2010-12-29',
          issuer: 'Bộ Khoa học và Công nghệ',
          title: 'x',
        },
        { type: 'Tiêu chuẩn', number: 'TCVN ISO 9001:2008', issuer: 'Bộ Khoa học và Công nghệ', title: 'x' },
      );
    },
  },
  {
    rule: 'QMS023',
    name: 'ASCII D instead of Đ',
    expect: [{ file: P, path: '/legalBasis/0/number' }],
    mutate: lb(0, { number: '158/2005/ND-CP' }),
  },
  {
    rule: 'QMS023',
    name: 'Icelandic Eth instead of Đ',
    expect: [{ file: P, path: '/legalBasis/0/number' }],
    mutate: lb(0, { number: '158/2005/\u00d0-CP' }),
  },
  {
    rule: 'QMS023',
    name: 'free text instead of a number',
    expect: [{ file: P, path: '/legalBasis/0/number' }],
    mutate: lb(0, { number: 'Nghị định về hộ tịch' }),
  },
  {
    rule: 'QMS023',
    name: 'type does not fit the symbol',
    expect: [{ file: P, path: '/legalBasis/0/type' }],
    mutate: lb(0, { type: 'Thông tư' }),
  },
  {
    rule: 'QMS023',
    name: 'year in the number differs from the date',
    expect: [{ file: P, path: '/legalBasis/0/date' }],
    mutate: lb(0, { date: '2006-01-05' }),
  },
  {
    rule: 'QMS023',
    name: 'a fee basis that is not a number',
    expect: [{ file: P, path: '/fees/0/basis' }],
    mutate: (f) => {
      obj(f, P).fees[0].basis = 'theo quy định';
    },
  },

  { rule: 'QMS024', name: '158/2005 cited in 2012 (in force)', expect: [], mutate: () => {} },
  {
    rule: 'QMS024',
    name: '158/2005 cited by a procedure effective 2016-03-01',
    expect: [{ file: P, path: '/legalBasis/0/number' }],
    mutate: (f) => {
      const p = obj(f, P);
      p.effectiveDate = '2016-03-01';
      p.fees = [];
    },
  },
  {
    rule: 'QMS024',
    name: 'superseded on the effective date itself',
    expect: [{ file: P, path: '/legalBasis/0/number' }],
    mutate: (f) => {
      const p = obj(f, P);
      p.effectiveDate = '2016-01-01';
      p.fees = [];
    },
  },
  {
    rule: 'QMS024',
    name: 'a fee basis superseded (97/2006 → 02/2014 in the fixture register)',
    expect: [{ file: P, path: '/fees/0/basis' }],
    mutate: (f) => {
      const p = obj(f, P);
      p.effectiveDate = '2014-06-01';
    },
  },
  {
    rule: 'QMS024',
    name: 'a successor cited before it takes effect',
    expect: [{ file: P, path: '/legalBasis/0/number' }],
    mutate: lb(0, { number: '123/2015/NĐ-CP', date: '2015-11-15' }),
  },
  {
    rule: 'QMS024',
    name: 'lookup ignores case and the Eth slip',
    expect: [{ file: P, path: '/legalBasis/0/number' }],
    mutate: (f) => {
      const p = obj(f, P);
      p.effectiveDate = '2016-03-01';
      p.fees = [];
      p.legalBasis[0].number = '158/2005/n\u00d0-cp';
    },
  },

  {
    rule: 'QMS024',
    name: 'superseded after the effective date, checked within the grace period: a warning',
    asOf: '2016-02-01',
    expect: [{ file: P, path: '/legalBasis/0/number', severity: 'warning' }],
    mutate: (f) => {
      const p = obj(f, P);
      p.effectiveDate = '2014-06-01';
      p.fees = [];
    },
  },
  {
    rule: 'QMS024',
    name: 'superseded after the effective date, checked after the grace period: an error',
    asOf: '2016-07-01',
    expect: [{ file: P, path: '/legalBasis/0/number', severity: 'error' }],
    mutate: (f) => {
      const p = obj(f, P);
      p.effectiveDate = '2014-06-01';
      p.fees = [];
    },
  },
  {
    rule: 'QMS024',
    name: 'checked before the supersession: clean',
    asOf: '2015-12-31',
    expect: [],
    mutate: (f) => {
      const p = obj(f, P);
      p.effectiveDate = '2014-06-01';
      p.fees = [];
    },
  },
  {
    rule: 'QMS024',
    name: 'a part superseded before the effective date (06/2012 chứng thực, 10/04/2015)',
    asOf: '2015-06-01',
    expect: [{ file: P, path: '/legalBasis/0/number', severity: 'error' }],
    mutate: (f) => {
      const p = obj(f, P);
      p.effectiveDate = '2015-06-01';
      p.fees = [];
      lb(0, { number: '06/2012/NĐ-CP', date: '2012-02-02', part: 'chung-thuc' })(f);
    },
  },
  {
    rule: 'QMS024',
    name: 'another part of the same instrument still in force (06/2012 hộ tịch until 01/01/2016)',
    asOf: '2015-06-01',
    expect: [],
    mutate: (f) => {
      const p = obj(f, P);
      p.effectiveDate = '2015-06-01';
      p.fees = [];
      lb(0, { number: '06/2012/NĐ-CP', date: '2012-02-02', part: 'ho-tich' })(f);
    },
  },
  {
    rule: 'QMS024',
    name: 'the whole of a partly superseded instrument is in force until its last part lapses',
    asOf: '2015-06-01',
    expect: [],
    mutate: (f) => {
      const p = obj(f, P);
      p.effectiveDate = '2015-06-01';
      p.fees = [];
      lb(0, { number: '06/2012/NĐ-CP', date: '2012-02-02' })(f);
    },
  },
  {
    rule: 'QMS024',
    name: 'status unknown: never reported as stale',
    asOf: '2020-01-01',
    expect: [],
    mutate: (f) => {
      const p = obj(f, P);
      p.effectiveDate = '2014-06-01';
      p.fees = [];
      lb(0, { number: '01/2008/TT-BTP', date: '2008-06-02' })(f);
    },
  },

  {
    rule: 'QMS025',
    name: 'a fee with a basis, a waived fee without',
    expect: [],
    mutate: (f) => {
      obj(f, P).fees.push({ name: 'Miễn', amount: 0 });
    },
  },
  {
    rule: 'QMS025',
    name: 'a fee above zero without a basis',
    expect: [{ file: P, path: '/fees/0' }],
    mutate: (f) => {
      delete obj(f, P).fees[0].basis;
    },
  },
  {
    rule: 'QMS025',
    name: 'a blank basis',
    expect: [{ file: P, path: '/fees/0' }],
    mutate: (f) => {
      obj(f, P).fees[0].basis = '  ';
    },
  },
];
