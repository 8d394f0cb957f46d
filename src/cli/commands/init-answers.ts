import { QmsError } from '../../core/errors.js';
import { readYamlOrThrow } from '../../core/model/load-model.js';
import type { Model, UnitTypeDef } from '../../core/model/types.js';
import { slugify, type Answers } from '../../core/scaffold/answers.js';
import { text } from '../../core/text.js';
import type { UnitType } from '../../core/unit/types.js';
import type { Io } from '../io.js';
import type { Prompter } from '../prompts.js';

export interface InitFlags {
  type?: UnitType;
  name?: string;
  id?: string;
  parent?: string;
  superior?: string;
  city?: string;
  model?: string;
  modelVersion?: string;
  answers?: string;
  person?: string[];
  groups?: string;
  effectiveDate?: string;
  yes?: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z][a-z0-9-]{1,63}$/;

/**
 * Merge the answers file, the flags and (at a terminal) the answers typed in. Without a terminal a
 * missing answer is an error naming the flags to pass — never a prompt that cannot be answered.
 */
export async function gatherAnswers(
  flags: InitFlags & { idDefault: string },
  model: Model,
  io: Io,
  ask?: Prompter,
): Promise<Answers> {
  const file: Partial<Answers> = flags.answers ? readYamlOrThrow<Partial<Answers>>(flags.answers) : {};
  const missing: string[] = [];
  const vi = io.lang === 'vi';

  let type = flags.type ?? file.type;
  if (!type && ask) {
    type = await ask.select<UnitType>(
      vi ? 'Loại đơn vị' : 'Unit type',
      model.meta.unitTypes.map((t) => ({ value: t, name: model.unitTypes[t]?.title ?? t })),
      'xa',
    );
  }
  if (!type)
    throw missingFlags(
      ['--type xa|huyen|so', ...((flags.name ?? file.name) ? [] : ['--name "UBND xã …"']), '--person <vai-trò>="…"'],
      io,
    );
  const typeDef = model.unitTypes[type];
  if (!typeDef)
    throw new QmsError(
      'E_USAGE',
      text(`mô hình không có loại đơn vị "${type}"`, `the model has no unit type "${type}"`),
    );

  let name = flags.name ?? file.name;
  if (!name && ask)
    name = await ask.input(
      vi ? `Tên đơn vị (ví dụ "UBND xã Đại Mỗ")` : 'Unit name (e.g. "UBND xã Đại Mỗ")',
      undefined,
      nonEmpty(vi),
    );
  if (!name) missing.push('--name "UBND xã …"');

  let parentName = flags.parent ?? file.parent?.name;
  // A commune has a district above it, except under two-level local government (the model says parentRequired: false).
  const needsParent = type === 'xa' && typeDef.parentRequired !== false;
  if (!parentName && needsParent && ask)
    parentName = await ask.input(
      vi ? 'Huyện (đơn vị cấp trên), ví dụ "UBND huyện Từ Liêm"' : 'District (parent unit), e.g. "UBND huyện Từ Liêm"',
      undefined,
      nonEmpty(vi),
    );
  if (!parentName && needsParent) missing.push('--parent "UBND huyện …"');

  const people = { ...(file.people ?? {}), ...parsePeople(flags.person ?? []) };
  for (const role of typeDef.roles) {
    if ((people[role.id] ?? []).length > 0) continue;
    if (ask && role.prompt) {
      const answer = await ask.input(role.prompt, undefined, role.required ? nonEmpty(vi) : undefined);
      const names = splitNames(answer);
      if (names.length > 0) people[role.id] = names;
    }
    if (role.required && (people[role.id] ?? []).length === 0) missing.push(`--person ${role.id}="…"`);
  }

  let groups = flags.groups
    ? flags.groups
        .split(',')
        .map((g) => g.trim())
        .filter(Boolean)
    : file.groups;
  if (!groups && ask) {
    groups = await ask.checkbox(
      vi ? 'Các nhóm TTHC đơn vị giải quyết' : 'TTHC groups the unit handles',
      typeDef.groups.map((g) => ({ value: g.id, name: g.title, checked: true })),
    );
  }
  checkGroups(groups, typeDef);

  let effectiveDate = flags.effectiveDate ?? file.effectiveDate;
  if (!effectiveDate && ask)
    effectiveDate = await ask.input(
      vi ? 'Ngày ban hành tài liệu (YYYY-MM-DD)' : 'Issue date of the documents (YYYY-MM-DD)',
      today(),
      validDate(vi),
    );
  effectiveDate ??= today();
  if (!DATE.test(effectiveDate) || Number.isNaN(Date.parse(effectiveDate))) {
    throw new QmsError(
      'E_USAGE',
      text(`ngày "${effectiveDate}" không hợp lệ`, `invalid date "${effectiveDate}"`),
      text('Ghi theo dạng YYYY-MM-DD.', 'Write it as YYYY-MM-DD.'),
    );
  }
  if (missing.length > 0) throw missingFlags(missing, io);

  const id = flags.id ?? file.id ?? (ID.test(flags.idDefault) ? flags.idDefault : slugify(name!));
  if (!ID.test(id)) {
    throw new QmsError(
      'E_USAGE',
      text(`mã đơn vị "${id}" không hợp lệ`, `invalid unit id "${id}"`),
      text(
        'Dùng chữ thường không dấu, số và dấu gạch nối, ví dụ --id xa-dai-mo.',
        'Use lower-case ASCII letters, digits and hyphens, e.g. --id xa-dai-mo.',
      ),
    );
  }
  const parent = parentName ? { id: file.parent?.id ?? slugify(parentName), name: parentName } : undefined;
  const city = flags.city ?? file.city ?? 'Hà Nội';
  return {
    model: { id: model.meta.id, version: model.meta.version },
    type,
    id,
    name: name!.normalize('NFC'),
    superior: (flags.superior ?? file.superior ?? parent?.name ?? `UBND thành phố ${city}`).normalize('NFC'),
    ...(parent ? { parent: { id: parent.id, name: parent.name.normalize('NFC') } } : {}),
    city,
    people: Object.fromEntries(Object.entries(people).map(([k, v]) => [k, v.map((p) => p.normalize('NFC'))])),
    ...(groups ? { groups } : {}),
    effectiveDate,
    year: Number(effectiveDate.slice(0, 4)),
  };
}

function parsePeople(values: string[]): Record<string, string[]> {
  const people: Record<string, string[]> = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    if (eq <= 0) {
      throw new QmsError(
        'E_USAGE',
        text(`--person "${value}" phải có dạng vai-trò=Họ tên`, `--person "${value}" must be role=Name`),
        text('Ví dụ: --person lanh-dao="Nguyễn Văn An"', 'Example: --person lanh-dao="Nguyễn Văn An"'),
      );
    }
    people[value.slice(0, eq).trim()] = splitNames(value.slice(eq + 1));
  }
  return people;
}

function splitNames(value: string): string[] {
  return value
    .split(/[,;]/)
    .map((n) => n.trim())
    .filter(Boolean);
}

function checkGroups(groups: string[] | undefined, typeDef: UnitTypeDef): void {
  const known = new Set(typeDef.groups.map((g) => g.id));
  const unknown = (groups ?? []).filter((g) => !known.has(g));
  if (unknown.length > 0) {
    throw new QmsError(
      'E_USAGE',
      text(`nhóm TTHC không có trong mô hình: ${unknown.join(', ')}`, `unknown TTHC group(s): ${unknown.join(', ')}`),
      text(`Các nhóm: ${[...known].join(', ')}`, `Groups: ${[...known].join(', ')}`),
    );
  }
}

function missingFlags(missing: string[], io: Io): QmsError {
  return new QmsError(
    'E_MISSING',
    text(
      `thiếu thông tin và không có terminal để hỏi: ${missing.join(' ')}`,
      `missing answers and no terminal to ask: ${missing.join(' ')}`,
    ),
    text(
      `Truyền các tham số trên hoặc --answers <tệp.yaml>. Ví dụ: ${EXAMPLE}`,
      `Pass the flags above or --answers <file.yaml>. Example: ${EXAMPLE}`,
    ),
  );
}

const EXAMPLE =
  'qms init xa-dai-mo --yes --type xa --name "UBND xã Đại Mỗ" --parent "UBND huyện Từ Liêm" --person lanh-dao="Nguyễn Văn An" --person thu-ky-iso="Lê Văn Cường" …';

function nonEmpty(vi: boolean) {
  return (value: string) => (value.trim() ? true : vi ? 'Không được để trống' : 'Required');
}

function validDate(vi: boolean) {
  return (value: string) =>
    DATE.test(value) && !Number.isNaN(Date.parse(value)) ? true : vi ? 'Ghi theo dạng YYYY-MM-DD' : 'Use YYYY-MM-DD';
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
