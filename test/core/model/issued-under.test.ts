import { describe, expect, it } from 'vitest';
import { issuableVersions, modelPhrase, versionNamedIn } from '../../../src/core/model/issued-under.js';
import { loadModel } from '../../../src/core/model/load-model.js';
import { procedureFromTemplate } from '../../../src/core/scaffold/build-unit-files.js';
import { revisionNote } from '../../../src/core/update/revision-note.js';
import { answersFor } from './unit-fixture.js';

const ID = 'hanoi-qms';
const revisions = (...descriptions: string[]) => ({
  revisions: descriptions.map((description, i) => ({ issue: i + 1, date: '2015-01-01', description })),
});

describe('the model version a document was issued from', () => {
  it('reads back what qms writes in the revision table at init, model update and transition', () => {
    const model = loadModel(ID, '1.3.0');
    const typeDef = model.unitTypes.xa!;
    const first = procedureFromTemplate(
      model.system.get(typeDef.systemProcedures[0])!,
      model,
      typeDef,
      answersFor(model, 'xa', '2013-01-02'),
    );
    expect(versionNamedIn(first.revisions[0].description, ID)).toBe('1.3.0');
    const update = revisionNote('procedure', [], { id: ID, version: '2.1.0', releaseDate: '2015-05-15' }, {}, {});
    expect(versionNamedIn(update.description, ID)).toBe('2.1.0');
    const move = revisionNote('procedure', [], { id: ID, version: '3.2.0', releaseDate: '2025-07-01' }, {}, {}, 'x');
    expect(versionNamedIn(move.description, ID)).toBe('3.2.0');
    expect(versionNamedIn(`Ban hành lần đầu khi chuyển đổi, theo ${modelPhrase(ID, '3.0.0')}`, ID)).toBe('3.0.0');
    // Another model's version, or none, is not this model's.
    expect(versionNamedIn('Cập nhật theo mô hình other-qms phiên bản 1.0.0', ID)).toBeUndefined();
    expect(versionNamedIn('Sửa đổi mục 5.4 theo góp ý của đoàn đánh giá', ID)).toBeUndefined();
  });

  it('ranges from the newest version the revision table names to the one the unit follows, on its line', () => {
    const doc = revisions(
      'Ban hành lần đầu theo mô hình hanoi-qms phiên bản 1.0.0',
      'Cập nhật theo mô hình hanoi-qms phiên bản 1.9.0 (phát hành 2015-01-01): cơ sở pháp lý.',
      'Sửa đổi mục 5.4 theo góp ý của đoàn đánh giá',
    );
    expect(issuableVersions(doc, ID, ID, '2.1.0')).toEqual(['1.9.0', '1.10.0', '2.0.0', '2.1.0']);
    expect(issuableVersions(doc, ID, ID, '1.9.0')).toEqual(['1.9.0']);
  });

  it('is every version of the line up to the unit’s when the table names none', () => {
    const versions = issuableVersions(revisions('Ban hành lần đầu'), ID, ID, '1.2.0');
    expect(versions).toEqual(['1.0.0', '1.1.0', '1.2.0']);
    expect(issuableVersions({}, ID, ID, '3.1.0')).toEqual(['3.0.0', '3.1.0']);
  });

  it('is just the unit’s version when the named one cannot be: newer, or on the other line', () => {
    const newer = revisions('Cập nhật theo mô hình hanoi-qms phiên bản 2.7.0 (phát hành 2018-06-21): phí.');
    expect(issuableVersions(newer, ID, ID, '2.0.0')).toEqual(['2.0.0']);
    // The 2008 manual a transition kept, in a unit now on 3.x.
    const manual = revisions('Cập nhật theo mô hình hanoi-qms phiên bản 2.0.0 (phát hành 2015-04-20): sổ tay.');
    expect(issuableVersions(manual, ID, ID, '3.2.0')).toEqual(['3.2.0']);
  });
});
