import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTextFile } from '../../fs/read-text-file.js';
import { QmsError } from '../../errors.js';
import { modelsDir, packageRoot, schemasDir } from '../../paths.js';
import { text } from '../../text.js';
import { writeAtomic } from '../../write-files.js';
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
    if (read.ok) {
      try {
        const json = JSON.parse(read.text) as { version?: number; entries?: Record<string, CacheEntry> };
        if (json.version === CACHE_VERSION && json.entries)
          return new ResultCache(location, new Map(Object.entries(json.entries)));
      } catch {
        /* a damaged cache is an empty one */
      }
    }
    return new ResultCache(location, new Map());
  }

  get(abs: string): CacheEntry | undefined {
    return this.entries.get(abs);
  }

  set(abs: string, entry: CacheEntry): void {
    this.entries.set(abs, entry);
  }

  save(): void {
    const json = JSON.stringify({ version: CACHE_VERSION, entries: Object.fromEntries(this.entries) });
    writeAtomic(join(this.location, CACHE_FILE), Buffer.from(json), true);
  }
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
