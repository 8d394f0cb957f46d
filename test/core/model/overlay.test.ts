import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { QmsError } from '../../../src/core/errors.js';
import { loadModel, modelVersionAt, modelVersions } from '../../../src/core/model/load-model.js';

const FIXTURE = join(import.meta.dirname, '../../fixtures/validate/model/1.0.0');
const root = mkdtempSync(join(tmpdir(), 'qms-overlay-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A folder of versions: the fixture 1.0.0 in full, then 1.1.0 as an overlay holding only what changed. */
function modelWithOverlay(overlayMeta: string): string {
  const dir = mkdtempSync(join(root, 'model-'));
  cpSync(FIXTURE, join(dir, '1.0.0'), { recursive: true });
  const overlay = join(dir, '1.1.0');
  mkdirSync(join(overlay, 'procedures', 'tthc'), { recursive: true });
  writeFileSync(join(overlay, 'model.yaml'), overlayMeta);
  const marriage = readFileSync(join(FIXTURE, 'procedures', 'tthc', 't-ket-hon.yaml'), 'utf8');
  writeFileSync(
    join(overlay, 'procedures', 'tthc', 't-ket-hon.yaml'),
    marriage.replace('Quy trình đăng ký kết hôn', 'Quy trình đăng ký kết hôn (sửa đổi)'),
  );
  return dir;
}

const OVERLAY = `id: test-qms
version: 1.1.0
extends: 1.0.0
releaseDate: "2012-04-16"
removed: [t-khai-sinh]
changelog:
  - version: 1.1.0
    date: "2012-04-16"
    changes: [Sửa quy trình đăng ký kết hôn; bỏ quy trình khai sinh]
`;

describe('a model version that is an overlay of the previous one', () => {
  it('takes what it does not hold from the version it extends, replaces what it holds, drops what it removes', () => {
    const dir = modelWithOverlay(OVERLAY);
    const [base, overlay] = [loadModel(join(dir, '1.0.0')), loadModel(join(dir, '1.1.0'))];
    expect(modelVersions(join(dir, '1.1.0'))).toEqual(['1.0.0', '1.1.0']);
    expect(overlay.meta.version).toBe('1.1.0');
    expect(overlay.meta.title).toBe(base.meta.title);
    expect(overlay.meta.changelog.map((c) => c.version)).toEqual(['1.1.0', '1.0.0']);
    expect(overlay.tthc.get('t-ket-hon')!.title).toBe('Quy trình đăng ký kết hôn (sửa đổi)');
    expect(base.tthc.get('t-ket-hon')!.title).toBe('Quy trình đăng ký kết hôn');
    expect(overlay.tthc.has('t-khai-sinh')).toBe(false);
    expect(overlay.system.size).toBe(base.system.size);
    expect(overlay.documents.policy).toEqual(base.documents.policy);
    expect(overlay.unitTypes.xa).toEqual(base.unitTypes.xa);
    expect(overlay.legalRegister.map((i) => i.number)).toEqual(base.legalRegister.map((i) => i.number));
    expect(modelVersionAt(join(dir, '1.1.0'), '2012-05-01')).toBe('1.1.0');
  });

  it('replaces a document it holds (the manual) and inherits the others (policy, objectives)', () => {
    const dir = modelWithOverlay(OVERLAY);
    mkdirSync(join(dir, '1.1.0', 'documents'));
    writeFileSync(join(dir, '1.1.0', 'documents', 'manual.yaml'), 'code: X\ntitle: Sổ tay (sửa đổi)\n');
    const [base, overlay] = [loadModel(join(dir, '1.0.0')), loadModel(join(dir, '1.1.0'))];
    expect(overlay.documents.manual).toEqual({ code: 'X', title: 'Sổ tay (sửa đổi)' });
    expect(base.documents.manual).toMatchObject({ title: 'Mẫu' });
    expect(overlay.documents.policy).toEqual(base.documents.policy);
    expect(overlay.documents.objectives).toEqual(base.documents.objectives);
  });

  it('refuses an overlay of a version that is not there, naming the file', () => {
    const dir = modelWithOverlay(OVERLAY.replace('extends: 1.0.0', 'extends: 0.9.0'));
    let error: unknown;
    try {
      loadModel(join(dir, '1.1.0'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QmsError);
    expect((error as QmsError).text.vi).toContain(join(dir, '1.1.0', 'model.yaml'));
    expect((error as QmsError).text.vi).toContain('0.9.0');
  });
});
