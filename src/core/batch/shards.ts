import { QmsError } from '../errors.js';
import { escapeForDisplay, text, type Text } from '../text.js';

/** Which slice of the units a result holds (`--shard i/n`), recorded in the JSON result. */
export interface ShardMark {
  index: number;
  count: number;
}

/** The mark of a `--shard i/n` value already checked by shardOf. */
export function shardMark(shard: string | undefined): ShardMark | undefined {
  const m = shard ? /^([0-9]+)\/([0-9]+)$/.exec(shard) : null;
  return m ? { index: Number(m[1]), count: Number(m[2]) } : undefined;
}

/**
 * `--merge`: the inputs must be one complete set of shards, each once (a result without a mark is a
 * whole run, 1/1). A missing or repeated shard is an error; with `allowPartial` a missing one is only
 * a warning (returned), and a repeated one is still refused: it would count its units twice.
 */
export function checkShardSet(
  inputs: Array<{ file: string; shard?: ShardMark }>,
  allowPartial: boolean,
): Text | undefined {
  const marks = inputs.map((i) => ({ file: i.file, ...(i.shard ?? { index: 1, count: 1 }) }));
  const count = marks[0].count;
  const mixed = marks.find((m) => m.count !== count);
  if (mixed) {
    throw new QmsError(
      'E_MERGE_SHARDS',
      text(
        `các tệp thuộc những cách chia khác nhau: ${marks[0].file} là phần ${marks[0].index}/${count}, ${escapeForDisplay(mixed.file)} là phần ${mixed.index}/${mixed.count}`,
        `the files come from different splits: ${marks[0].file} is shard ${marks[0].index}/${count}, ${escapeForDisplay(mixed.file)} is shard ${mixed.index}/${mixed.count}`,
      ),
      text('Gộp các phần của cùng một lần chạy --shard i/n.', 'Merge the shards of one --shard i/n run.'),
    );
  }
  const seen = new Map<number, string>();
  for (const m of marks) {
    const first = seen.get(m.index);
    if (first !== undefined) {
      throw new QmsError(
        'E_MERGE_SHARDS',
        text(
          `phần ${m.index}/${count} có hai lần: ${escapeForDisplay(first)} và ${escapeForDisplay(m.file)}`,
          `shard ${m.index}/${count} is given twice: ${escapeForDisplay(first)} and ${escapeForDisplay(m.file)}`,
        ),
        text('Mỗi phần chỉ gộp một lần.', 'Give each shard once.'),
      );
    }
    seen.set(m.index, m.file);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length === 0) return undefined;
  const list = missing.map((i) => `${i}/${count}`).join(', ');
  const message = text(
    `thiếu phần ${list}: kết quả gộp không đủ các đơn vị`,
    `shard ${list} missing: the merged result lacks their units`,
  );
  if (allowPartial) return message;
  throw new QmsError(
    'E_MERGE_SHARDS',
    message,
    text(
      'Thêm tệp kết quả của các phần còn thiếu, hoặc thêm --allow-partial nếu cố ý gộp một phần.',
      'Add the result files of the missing shards, or add --allow-partial to merge only some on purpose.',
    ),
  );
}

/**
 * Two unit folders with the same id in one run would be counted twice in every total. Like npm, which
 * refuses two workspaces with one name, stop and name the folders (exit 2).
 */
export function checkUniqueUnitIds(units: Array<{ dir: string; id?: string }>): void {
  const byId = new Map<string, string[]>();
  for (const u of units) if (u.id) byId.set(u.id, [...(byId.get(u.id) ?? []), u.dir]);
  const dups = [...byId.entries()].filter(([, dirs]) => dirs.length > 1);
  if (dups.length === 0) return;
  const list = dups.map(([id, dirs]) => `${id} (${dirs.join(', ')})`).join('; ');
  throw new QmsError(
    'E_DUP_UNIT',
    text(`mã đơn vị trùng nhau trong cây thư mục: ${list}`, `the same unit id in more than one folder: ${list}`),
    text(
      'Mỗi đơn vị một mã (id trong qms.yaml): sửa mã, hoặc chuyển bản sao ra ngoài cây thư mục được kiểm tra.',
      'One id per unit (id in qms.yaml): fix the id, or move the copy out of the tree being checked.',
    ),
  );
}

/** A --merge input that is not a JSON result of `command` this version reads; `problem` says where. */
export function notAMergeInput(
  command: 'validate' | 'readiness',
  schemaVersion: number,
  file: string,
  problem?: string,
): QmsError {
  const detail = problem ? ` (${escapeForDisplay(problem, 120)})` : '';
  return new QmsError(
    'E_MERGE_INPUT',
    text(
      `${escapeForDisplay(file)} không phải kết quả JSON của qms ${command} (schemaVersion ${schemaVersion})${detail}`,
      `${escapeForDisplay(file)} is not a qms ${command} JSON result (schemaVersion ${schemaVersion})${detail}`,
    ),
    HOW_TO_MAKE[command],
  );
}

// Written out (not `qms ${command}`), so that the test of the commands named in hints checks them.
const HOW_TO_MAKE = {
  validate: text(
    'Tạo tệp bằng: qms validate … --format json --output <tệp>',
    'Create it with: qms validate … --format json --output <file>',
  ),
  readiness: text(
    'Tạo tệp bằng: qms readiness … --format json --output <tệp>',
    'Create it with: qms readiness … --format json --output <file>',
  ),
};

/** The date the shards were checked or assessed (`asOf`), the same in every file: else E_MERGE_INPUT. */
export function sameAsOf(dates: string[], command: 'validate' | 'readiness'): string {
  if (dates.some((d) => d !== dates[0])) {
    throw new QmsError(
      'E_MERGE_INPUT',
      DIFFERENT_DATES[command],
      text('Chạy lại các phần với cùng --as-of.', 'Re-run the shards with the same --as-of.'),
    );
  }
  return dates[0];
}

const DIFFERENT_DATES = {
  validate: text(
    'các tệp kết quả được kiểm tra vào những ngày khác nhau (asOf)',
    'the results were checked as of different dates (asOf)',
  ),
  readiness: text(
    'các tệp kết quả được đánh giá vào những ngày khác nhau (asOf)',
    'the results were assessed as of different dates (asOf)',
  ),
};
