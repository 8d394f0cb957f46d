import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.js';

/** Static imports reachable from a module (dynamic `import()` is what keeps the start-up light). */
function staticGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(
      /^\s*(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm,
    )) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else packages.add(spec.replace(/^node:/, ''));
    }
  };
  visit(entry);
  return { files: [...files].map((f) => relative(repoRoot, f)), packages: [...packages] };
}

describe('start-up stays light', () => {
  it('qms --version / --help load no validator, ajv, yaml or worker code', () => {
    const { files, packages } = staticGraph(resolve(repoRoot, 'dist', 'cli', 'main.js'));
    expect(files.filter((f) => f.includes('core/validate') || f.includes('diagnostics/formatters'))).toEqual([]);
    expect(
      packages.filter((p) => /^(ajv|ajv-formats|yaml|js-yaml|worker_threads|docx|handlebars)(\/|$)/.test(p)),
    ).toEqual([]);
  });
});
