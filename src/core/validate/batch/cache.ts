import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTextFile } from '../../fs/read-text-file.js';
import { QmsError } from '../../errors.js';
import { modelsDir, packageRoot, schemasDir } from '../../paths.js';
import { text, type Text } from '../../text.js';
import { shapeChecker } from '../../json-shape.js';
import { REPORT_JSON_SCHEMA } from '../../../diagnostics/report-schema.js';
import { writeAtomic } from '../../write-files.js';
import { causeOf, environmentCode } from '../../write/env-error.js';
import type { UnitResult } from '../engine/validate-unit.js';

const CACHE_FILE = 'validate-cache.json';
const CACHE_VERSION = 1;

export interface CacheEntry {
  key: string;
  result: UnitResult;
}

/**
 * Results of earlier runs by unit folder, in one JSON file outside the units (like ESLint's
 * --cache). Each entry is valid only for the exact key: file contents + code + schemas + models +
 * options. A missing or unreadable cache is an empty one.
 */
export class ResultCache {
  private readonly entries: Map<string, CacheEntry>;

  private constructor(
    readonly location: string,
    entries: Map<string, CacheEntry>,
  ) {
    this.entries = entries;
  }

  static load(location: string): ResultCache {
    mkdirSync(location, { recursive: true, mode: 0o700 });
    assertOwnFolder(location);
    const read = readTextFile(join(location, CACHE_FILE), 256 * 1024 * 1024);
    return new ResultCache(location, read.ok ? usableEntries(read.text) : new Map());
  }

  /**
   * The cache if it can be used, else why not: a cache folder that cannot be made or is not ours
   * (read-only, no usable HOME, a link) must not stop validation — the run goes on without it, as
   * ESLint does when its cache cannot be written.
   */
  static open(location: string): { cache?: ResultCache; problem?: Text } {
    try {
      return { cache: ResultCache.load(location) };
    } catch (error) {
      if (!isEnvironmental(error)) throw error; // a bug of ours stays an internal error
      return { problem: cacheProblem(location, error) };
    }
  }

  get(abs: string): CacheEntry | undefined {
    return this.entries.get(abs);
  }

  set(abs: string, entry: CacheEntry): void {
    this.entries.set(abs, entry);
  }

  /** Write the cache back; a failure is returned (the results are already made), never thrown. */
  save(): Text | undefined {
    const json = JSON.stringify({ version: CACHE_VERSION, entries: Object.fromEntries(this.entries) });
    const path = join(this.location, CACHE_FILE);
    try {
      writeAtomic(path, Buffer.from(json), existsSync(path));
      return undefined;
    } catch (error) {
      if (!isEnvironmental(error)) throw error;
      return cacheProblem(this.location, error);
    }
  }
}

const checkEntry = shapeChecker({
  type: 'object',
  required: ['key', 'result'],
  additionalProperties: false,
  $defs: REPORT_JSON_SCHEMA.$defs,
  properties: {
    key: { type: 'string' },
    // A cached unit result is a unit of the JSON report without its summary (recomputed).
    result: {
      ...REPORT_JSON_SCHEMA.properties.units.items,
      required: ['dir', 'files', 'diagnostics'],
    },
  },
});

/**
 * The entries of a cache file that have the right shape. A damaged file, another version or valid
 * JSON of another shape is an empty cache; a single wrong entry is dropped (and recomputed).
 */
function usableEntries(source: string): Map<string, CacheEntry> {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch {
    return new Map();
  }
  const file = json as { version?: unknown; entries?: unknown } | null;
  if (!file || file.version !== CACHE_VERSION || typeof file.entries !== 'object' || file.entries === null)
    return new Map();
  const entries = new Map<string, CacheEntry>();
  for (const [dir, entry] of Object.entries(file.entries as Record<string, unknown>)) {
    if (checkEntry(entry) === undefined) entries.set(dir, entry as CacheEntry);
  }
  return entries;
}

/** The cache's own refusals (a link, someone else's folder) and what the file system refused. */
function isEnvironmental(error: unknown): boolean {
  return (
    error instanceof QmsError ||
    environmentCode(error) !== undefined ||
    (error as NodeJS.ErrnoException)?.code === 'ENOENT'
  );
}

function cacheProblem(location: string, error: unknown): Text {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const cause = causeOf(code);
  const why =
    error instanceof QmsError
      ? error.text
      : text(`${cause?.vi ?? 'lỗi'} (${code ?? '?'})`, `${cause?.en ?? 'error'} (${code ?? '?'})`);
  return text(
    `không dùng được bộ nhớ đệm ${location} (${why.vi}); kiểm tra mà không dùng bộ nhớ đệm`,
    `cannot use the cache in ${location} (${why.en}); validating without it`,
  );
}

/** The cache folder must be a real folder of ours: never a link, never someone else's (shared /tmp). */
function assertOwnFolder(location: string): void {
  const stat = lstatSync(location);
  const uid = process.getuid?.();
  if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid)) {
    throw new QmsError(
      'E_CACHE',
      text(
        `thư mục bộ nhớ đệm "${location}" không phải thư mục của người dùng hiện tại (hoặc là liên kết)`,
        `the cache folder "${location}" is not a folder owned by the current user (or is a link)`,
      ),
      text(
        'Chọn --cache-location khác, hoặc chạy với --no-cache.',
        'Choose another --cache-location, or run with --no-cache.',
      ),
    );
  }
}

/** A hash of everything besides the unit's files that a result depends on: our code, schemas, models. */
export function fingerprint(extraModelDir?: string): string {
  const hash = createHash('sha1');
  for (const dir of [join(packageRoot, 'dist'), schemasDir, modelsDir, ...(extraModelDir ? [extraModelDir] : [])])
    hashTree(hash, dir, 0);
  return hash.digest('hex');
}

function hashTree(hash: ReturnType<typeof createHash>, dir: string, depth: number): void {
  if (depth > 8) return;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch {
    return;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) hashTree(hash, path, depth + 1);
    else if (e.isFile()) {
      hash.update(path);
      hash.update(readFileSync(path));
    }
  }
}
