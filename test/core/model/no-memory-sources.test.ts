import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/run-cli.js';

/**
 * Issue 12 and the project's rule "law is data the officers sign": every legal fact in the city model
 * comes from a source someone found and cites, never from memory. "Theo hiểu biết chung" ("from general
 * knowledge") and "[BK]" are how the model's authors marked facts they wrote from memory; none may remain
 * under models/ (a fact not yet found at a source is marked unverified, with what was searched).
 */
const MODELS = join(repoRoot, 'models');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
  );
}

/** "models/…/file.yaml:line: text" for each line holding `marker`. */
function linesWith(marker: string): string[] {
  return yamlFiles(MODELS).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) =>
        line.toLocaleLowerCase('vi').includes(marker)
          ? [`${relative(repoRoot, file)}:${i + 1}: ${line.trim().slice(0, 160)}`]
          : [],
      ),
  );
}

describe('the city model cites sources, not memory', () => {
  // It lists every remaining line with its file and line number.
  it('no "hiểu biết chung" anywhere under models/', () => {
    const found = linesWith('hiểu biết chung');
    expect(found, found.join('\n')).toEqual([]);
  });

  // The same mark in its short form ("[BK]", domain.md's "background knowledge"). Still skipped: about 20
  // distinct 1.x–2.x hộ tịch notes cite domain.md [BK] beside the fact they concern, which is marked
  // (verified: false, unchecked, no amount); replacing each by a found source is open work of issue 12.
  it.skip('no "[BK]" anywhere under models/', () => {
    const found = linesWith('[bk]');
    expect(found, found.join('\n')).toEqual([]);
  });
});
