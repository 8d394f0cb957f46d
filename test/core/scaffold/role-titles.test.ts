import { describe, expect, it } from 'vitest';
import { loadModel } from '../../../src/core/model/load-model.js';
import { localTitle, rolesFor } from '../../../src/core/scaffold/build-unit-files.js';
import type { Answers } from '../../../src/core/scaffold/answers.js';

describe('role titles in the unit’s own word for its level', () => {
  it.each([
    ['UBND phường Hoàn Kiếm', 'Chủ tịch UBND xã', 'Chủ tịch UBND phường'],
    ['UBND thị trấn Văn Điển', 'Phó Chủ tịch UBND xã', 'Phó Chủ tịch UBND thị trấn'],
    ['UBND quận Hoàn Kiếm', 'Chủ tịch UBND huyện', 'Chủ tịch UBND quận'],
    ['UBND thị xã Sơn Tây', 'Chủ tịch UBND huyện', 'Chủ tịch UBND thị xã'],
    ['UBND xã Tam Hiệp', 'Chủ tịch UBND xã', 'Chủ tịch UBND xã'],
    ['UBND phường Hoàn Kiếm', 'Thư ký ISO', 'Thư ký ISO'],
    ['Sở Tư pháp', 'Giám đốc Sở', 'Giám đốc Sở'],
  ])('%s: "%s" → "%s"', (unit, title, expected) => {
    expect(localTitle(title, unit)).toBe(expected);
  });

  it('a ward scaffolded from the model signs as Chủ tịch UBND phường', () => {
    const def = loadModel('hanoi-qms', '3.2.0').unitTypes.xa!;
    const answers = { name: 'UBND phường Hoàn Kiếm', people: {} } as unknown as Answers;
    const titles = rolesFor(def, answers).map((r) => r.title);
    expect(titles).toContain('Chủ tịch UBND phường');
    expect(titles.join('\n')).not.toContain('UBND xã');
  });
});
