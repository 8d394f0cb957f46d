import { isRealDate, parseDateOption, today } from '../../core/dates/dates.js';
import { QmsError } from '../../core/errors.js';
import { readYamlOrThrow } from '../../core/yaml/read-yaml.js';
import type { Model, UnitTypeDef } from '../../core/model/types.js';
import { slugify, type Answers } from '../../core/scaffold/answers.js';
import { escapeForDisplay, text } from '../../core/text.js';
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

const ID = /^[a-z][a-z0-9-]{1,63}$/;

/**
 * Merge the answers file, the flags and (at a terminal) the answers typed in. Without a terminal a
 * missing answer is an error naming the flags to pass — never a prompt that cannot be answered.
 */
export async function gatherAnswers(
  flags: InitFlags & { idDefault: string; dir?: string },
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
      { flags, type: 'xa', def: model.unitTypes.xa },
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

  let effectiveDate = toIsoDate(flags.effectiveDate ?? file.effectiveDate);
  if (!effectiveDate && ask)
    effectiveDate = await ask
      .input(
        vi
          ? 'Ngày ban hành tài liệu (YYYY-MM-DD hoặc DD/MM/YYYY)'
          : 'Issue date of the documents (YYYY-MM-DD or DD/MM/YYYY)',
        today(),
        validDate(vi),
      )
      .then(toIsoDate);
  effectiveDate ??= today();
  // Strict: 2014-02-30 is not a date (it used to pass and give 34 files validate then rejected).
  parseDateOption(effectiveDate, flags.effectiveDate !== undefined ? '--effective-date' : 'effectiveDate');
  if (missing.length > 0) throw missingFlags(missing, { flags, type, def: typeDef, effectiveDate });
  checkNames(name!, parentName, flags.superior ?? file.superior, flags.city ?? file.city, people);

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

function missingFlags(
  missing: string[],
  why: { flags: InitFlags & { dir?: string }; type: UnitType; def?: UnitTypeDef; effectiveDate?: string },
): QmsError {
  // Not "no terminal" when the user chose --yes at a terminal: say why nothing was asked.
  const reason = why.flags.yes
    ? text('thiếu thông tin (đã chọn --yes nên không hỏi)', 'missing answers (--yes: nothing is asked)')
    : text('thiếu thông tin và không có terminal để hỏi', 'missing answers and no terminal to ask');
  const command = fullCommand(why.flags.dir ?? 'xa-dai-mo', why.type, why.def, why.effectiveDate);
  return new QmsError(
    'E_MISSING',
    text(`${reason.vi}: ${missing.join(' ')}`, `${reason.en}: ${missing.join(' ')}`),
    text(
      `Truyền đủ các tham số, ví dụ:\n    ${command}\n  hoặc điền tệp câu trả lời: qms init --print-answers --type ${why.type} > tra-loi.yaml, rồi qms init ${why.flags.dir ?? '<thư-mục>'} --answers tra-loi.yaml --yes`,
      `Pass all the flags, e.g.:\n    ${command}\n  or fill in an answers file: qms init --print-answers --type ${why.type} > answers.yaml, then qms init ${why.flags.dir ?? '<dir>'} --answers answers.yaml --yes`,
    ),
  );
}

/** The whole `qms init` command for a unit type: every required flag and every required role. */
function fullCommand(dir: string, type: UnitType, def: UnitTypeDef | undefined, effectiveDate?: string): string {
  const name = type === 'xa' ? 'UBND xã Đại Mỗ' : type === 'huyen' ? 'UBND huyện Thanh Trì' : 'Sở Tư pháp';
  const parts = [`qms init ${dir} --yes --type ${type} --name "${name}"`];
  // The roles listed are those of the model in force on the documents' date: the example keeps that date, and asks
  // for a huyện only where the model has one above the commune.
  if (type === 'xa' && def?.parentRequired !== false) parts.push('--parent "UBND huyện Từ Liêm"');
  for (const role of def?.roles.filter((r) => r.required) ?? []) parts.push(`--person ${role.id}="Họ và tên"`);
  parts.push(`--effective-date ${effectiveDate ?? '2012-06-01'}`);
  return parts.join(' ');
}

/** DD/MM/YYYY (how officers write dates) → YYYY-MM-DD; anything else unchanged, checked later. */
export function toIsoDate(value: string | undefined): string | undefined {
  const m = value === undefined ? null : /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : value?.trim();
}

// Line breaks, other controls and invisible or bidi characters in a name end up in every header and
// message: refuse them where they are typed.
// eslint-disable-next-line no-control-regex
const BAD_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;

function checkNames(
  name: string,
  parent: string | undefined,
  superior: string | undefined,
  city: string | undefined,
  people: Record<string, string[]>,
): void {
  const fields: Array<[string, string | undefined]> = [
    ['--name', name],
    ['--parent', parent],
    ['--superior', superior],
    ['--city', city],
    ...Object.entries(people).flatMap(([role, names]) => names.map((p) => [`--person ${role}`, p] as [string, string])),
  ];
  for (const [flag, value] of fields) {
    if (value === undefined || !BAD_IN_NAME.test(value)) continue;
    throw new QmsError(
      'E_USAGE',
      text(
        `${flag} "${escapeForDisplay(value)}" có ký tự điều khiển hoặc xuống dòng`,
        `${flag} "${escapeForDisplay(value)}" contains a control character or line break`,
      ),
      text(
        'Gõ lại tên trên một dòng, không dán ký tự ẩn.',
        'Type the name again on one line, without hidden characters.',
      ),
    );
  }
}

function nonEmpty(vi: boolean) {
  return (value: string) => (value.trim() ? true : vi ? 'Không được để trống' : 'Required');
}

function validDate(vi: boolean) {
  return (value: string) =>
    isRealDate(toIsoDate(value) ?? '')
      ? true
      : vi
        ? 'Ghi theo dạng YYYY-MM-DD hoặc DD/MM/YYYY'
        : 'Use YYYY-MM-DD or DD/MM/YYYY';
}
