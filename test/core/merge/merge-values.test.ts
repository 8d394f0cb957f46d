import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diffValues } from '../../../src/core/merge/diff-values.js';
import type { Json } from '../../../src/core/merge/json.js';
import { applyEdit, mergeValues } from '../../../src/core/merge/merge-values.js';
import { labelOf } from '../../../src/core/merge/path.js';
import { editYaml } from '../../../src/core/merge/yaml-edit.js';

const y = (s: string) => parse(s, { schema: 'core' }) as Json;

/** Merge, edit the unit's text in place, and check the text parses to the merged data. */
function mergeText(base: string, ours: string, theirs: string) {
  const result = mergeValues(y(base), y(ours), y(theirs));
  const text = editYaml(
    ours,
    y(ours),
    result.edit,
    result.conflicts.map((c) => ({ path: c.path, lines: ['<<<<<<< xung đột'] })),
  );
  expect(y(text)).toEqual(applyEdit(y(ours), result.edit));
  return { ...result, text };
}

describe('three-way merge of YAML values', () => {
  it('takes the model change where the unit left the field alone, keeps comments and layout', () => {
    const base =
      'code: QT-HT-04\nprocessingTime:\n  value: 5\n  unit: working_day\nfees:\n  - name: Lệ phí\n    amount: 20000\n';
    const ours =
      '# đơn vị ghi chú\ncode: QT-HT-04   # mã\nprocessingTime:\n  value: 5 # theo NĐ 158\n  unit: working_day\nfees:\n  - name: Lệ phí\n    amount: 20000\n';
    const theirs =
      'code: QT-HT-04\nprocessingTime:\n  value: 3\n  unit: working_day\nfees:\n  - name: Lệ phí\n    amount: 20000\n';
    const { text, conflicts, applied } = mergeText(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(applied.map((a) => labelOf(a.path))).toEqual(['processingTime.value']);
    expect(text).toBe(ours.replace('value: 5 # theo', 'value: 3 # theo'));
  });

  it('keeps a local edit the model did not touch and adds the model’s new list items in place', () => {
    const base =
      'legalBasis:\n  - number: 158/2005/NĐ-CP\n  - number: 97/2006/TT-BTC\nsteps:\n  - action: A\n    time: 1\n  - action: B\n    time: 2\n';
    const ours =
      'legalBasis:\n  - number: 158/2005/NĐ-CP\n  - number: 97/2006/TT-BTC\nsteps:\n  - action: A\n    time: 1\n  - action: Bước riêng\n    local: true\n  - action: B\n    time: 2\n';
    const theirs =
      'legalBasis:\n  - number: 158/2005/NĐ-CP\n  - number: 06/2012/NĐ-CP\n  - number: 97/2006/TT-BTC\nsteps:\n  - action: A\n    time: 0.5\n  - action: B\n    time: 2\n';
    const { text, conflicts } = mergeText(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(y(text)).toEqual(
      y(
        'legalBasis:\n  - number: 158/2005/NĐ-CP\n  - number: 06/2012/NĐ-CP\n  - number: 97/2006/TT-BTC\nsteps:\n  - action: A\n    time: 0.5\n  - action: Bước riêng\n    local: true\n  - action: B\n    time: 2\n',
      ),
    );
  });

  it('removes what the model removed when the unit kept it as it was; keeps it, in conflict, when the unit edited it', () => {
    const base = 'legalBasis:\n  - number: 79/2007/NĐ-CP\n    title: a\n  - number: 93/2007/QĐ-TTg\n    title: b\n';
    const theirs = 'legalBasis:\n  - number: 23/2015/NĐ-CP\n    title: c\n  - number: 93/2007/QĐ-TTg\n    title: b\n';
    const clean = mergeText(base, base, theirs);
    expect(clean.conflicts).toEqual([]);
    expect(y(clean.text)).toEqual(y(theirs));
    const edited = mergeText(base, base.replace('title: a', 'title: sửa'), theirs);
    expect(edited.conflicts.map((c) => [c.kind, labelOf(c.path)])).toEqual([
      ['theirs-removed', 'legalBasis[79/2007/NĐ-CP]'],
    ]);
    expect(edited.text).toMatch(/ {2}# <<<<<<< xung đột\n {2}- number: 79\/2007/);
  });

  it('reports a field both sides changed differently and keeps the unit’s value', () => {
    const { conflicts, text } = mergeText('a:\n  b: 5\n', 'a:\n  b: 4\n', 'a:\n  b: 3\n');
    expect(conflicts).toMatchObject([{ kind: 'both-changed', base: 5, ours: 4, theirs: 3 }]);
    expect(text).toBe('a:\n  # <<<<<<< xung đột\n  b: 4\n');
  });

  it('rewrites scalars in flow collections and quotes strings that would read as numbers', () => {
    const { text } = mergeText(
      't: { value: 0.5, unit: working_day }\ns: abc\n',
      't: { value: 0.5, unit: working_day }\ns: abc\n',
      't: { value: 1, unit: working_day }\ns: "123"\n',
    );
    expect(text).toBe('t: { value: 1, unit: working_day }\ns: "123"\n');
  });

  it('adds and removes map keys as whole lines, also on the first key of a list item', () => {
    const base = 'steps:\n  - note: x\n    action: A\n';
    const theirs = 'steps:\n  - action: A\n    role: r\n';
    const { text } = mergeText(base, base, theirs);
    expect(text).toBe('steps:\n  - action: A\n    role: r\n');
  });
});

describe('editing YAML in place', () => {
  it('rewrites a folded block scalar as a block scalar and keeps the lines around it', () => {
    const ours = 'purpose: >-\n  Quy trình cũ\n  hai dòng\nscope: x # giữ\n';
    const { text } = mergeText(ours, ours, 'purpose: Quy trình mới\nscope: x\n');
    expect(text).toBe('purpose: >-\n  Quy trình mới\nscope: x # giữ\n');
  });

  it('adds keys and items to a file without a final newline', () => {
    const base = 'a:\n  - x\nb: 1';
    const { text } = mergeText(base, base, 'a:\n  - x\n  - y\nb: 1\nc: 2\n');
    expect(y(text)).toEqual({ a: ['x', 'y'], b: 1, c: 2 });
  });

  it('rewrites a flow list whole when items come or go, and a list that loses every item', () => {
    const flow = mergeText('forms: [A, B]\nn: 1\n', 'forms: [A, B]\nn: 1\n', 'forms: [A, B, C]\nn: 1\n');
    expect(y(flow.text)).toEqual({ forms: ['A', 'B', 'C'], n: 1 });
    const emptied = mergeText('l:\n  - a\n  - b\nn: 1\n', 'l:\n  - a\n  - b\nn: 1\n', 'l: []\nn: 1\n');
    expect(emptied.text).toBe('l: []\nn: 1\n');
  });

  it('keeps Windows line endings', () => {
    const base = 'a: 5\r\nl:\r\n  - x\r\n';
    const { text } = mergeText(base, base, 'a: 3\nl:\n  - x\n  - y\n');
    expect(text).toBe('a: 3\r\nl:\r\n  - x\r\n  - y\r\n');
  });

  it('puts a comment block under the modeline and leaves the data alone', () => {
    const source = '# yaml-language-server: $schema=x.json\ncode: QT-CT-03\n';
    expect(editYaml(source, y(source), { op: 'keep' }, [], ['BÃI BỎ: thử'])).toBe(
      '# yaml-language-server: $schema=x.json\n# BÃI BỎ: thử\ncode: QT-CT-03\n',
    );
  });

  it('keeps the unit’s own keys and list order when the model reorders nothing it touched', () => {
    const base = 'steps:\n  - action: A\n  - action: B\n';
    const ours = 'steps:\n  - action: A\n    note: riêng\n  - action: B\n';
    const { text } = mergeText(base, ours, 'steps:\n  - action: A\n  - action: B\n  - action: C\n');
    expect(text).toBe('steps:\n  - action: A\n    note: riêng\n  - action: B\n  - action: C\n');
  });
});

describe('field-by-field diff', () => {
  it('names items by their identity', () => {
    const changes = diffValues(
      y('legalBasis:\n  - number: A\n    date: "2005-01-01"\n'),
      y('legalBasis:\n  - number: A\n    date: "2006-01-01"\n  - number: B\n'),
    );
    expect(changes.map((c) => [c.kind, labelOf(c.path)])).toEqual([
      ['changed', 'legalBasis[A].date'],
      ['added', 'legalBasis[B]'],
    ]);
  });
});
