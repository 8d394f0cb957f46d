import { text } from '../../text.js';
import { lineColAt, pointerAtOffset } from '../engine/positions.js';
import type { Manifest } from '../../unit/types.js';
import { defineRule } from '../rule.js';

/**
 * "UBND xã Tam Hiệp", "Ủy ban nhân dân huyện Thanh Trì": a named administrative unit. The name is one to
 * four capitalised words (Vietnamese place names), so generic wording ("UBND xã nơi cư trú") is not one.
 */
const NAMED_UNIT =
  /(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(xã|phường|thị trấn|huyện|quận|thị xã|thành phố)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})/gu;

const key = (level: string, name: string) => `${level} ${name}`.normalize('NFC').toLocaleLowerCase('vi');

export default defineRule({
  id: 'QMS035',
  alias: 'other-unit-named',
  clause: '4.2.3',
  severity: 'warning',
  title: text(
    'Tài liệu không ghi tên một đơn vị khác (sao chép từ đơn vị khác)',
    "Documents do not name another unit (copied from a neighbour's)",
  ),
  description: text(
    'Tài liệu của đơn vị thường được sao chép từ bộ tài liệu của đơn vị lân cận; tên đơn vị cũ sót lại ("UBND xã Thanh Trì" trong tài liệu của UBND xã Tam Hiệp) làm tài liệu ban hành sai. Quy tắc tìm các cụm "UBND <cấp> <Tên riêng>" trong mọi tệp của đơn vị và cảnh báo khi tên đó không phải tên đơn vị, cơ quan chủ quản (superior), đơn vị cấp trên (parent) hoặc thành phố (city) khai trong qms.yaml.',
    "Units often copy a neighbour's document set; a leftover name (\"UBND xã Thanh Trì\" in the documents of UBND xã Tam Hiệp) makes the documents wrong. The rule looks for \"UBND <level> <Proper Name>\" in every file of the unit and warns when the name is not the unit's, its superior's, its parent's or its city's as declared in qms.yaml.",
  ),
  hint: text(
    'Sửa thành tên đơn vị mình (hoặc khai đúng cơ quan chủ quản, đơn vị cấp trên trong qms.yaml).',
    "Replace it with the unit's own name (or declare the right superior / parent in qms.yaml).",
  ),
  collect() {
    // The names the unit may use (its own, its superiors', its people's), worked out once per unit.
    let names: { known: Set<string>; isPerson: (name: string) => boolean } | undefined;
    const namesOf = (manifest: Manifest) => {
      const known = new Set<string>();
      for (const name of [
        manifest.name,
        manifest.superior,
        manifest.parent?.name,
        `UBND thành phố ${manifest.city ?? ''}`,
      ]) {
        for (const m of (name ?? '').matchAll(new RegExp(NAMED_UNIT.source, 'gu'))) known.add(key(m[1], m[2]));
      }
      // "Chủ tịch UBND huyện Nguyễn Văn Hùng": a title followed by one of the unit's people, not a unit.
      const people = manifest.roles.flatMap((r) => r.people).map((p) => p.normalize('NFC'));
      const isPerson = (name: string) => people.some((p) => p.startsWith(name) || name.startsWith(p));
      return { known, isPerson };
    };
    return {
      file({ unit, file, report }) {
        const manifest = unit.manifest;
        if (!manifest) return;
        const { known, isPerson } = (names ??= namesOf(manifest));
        const source = file.text;
        if (!source) return;
        for (const m of source.matchAll(NAMED_UNIT)) {
          if (known.has(key(m[1], m[2])) || isPerson(m[2].normalize('NFC'))) continue;
          const at = m.index ?? 0;
          const { line, col } = lineColAt(source, at);
          report({
            file: file.relPath,
            path: file.data === undefined ? '' : pointerAtOffset(file, at),
            line,
            col,
            message: text(
              `"${m[0]}" không phải tên đơn vị (${manifest.name}) hay cơ quan cấp trên khai trong qms.yaml — sao chép từ đơn vị khác?`,
              `"${m[0]}" is not the unit (${manifest.name}) nor a superior declared in qms.yaml — copied from another unit?`,
            ),
          });
        }
      },
    };
  },
});
