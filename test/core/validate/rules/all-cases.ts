import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuleCase } from './case.js';

const testRoot = resolve(import.meta.dirname, '..', '..', '..');

function caseFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) caseFiles(path, out);
    else if (name.endsWith('.cases.ts')) out.push(path);
  }
  return out;
}

/**
 * Every rule case table in the test tree: any `test/**\/*.cases.ts` exporting arrays of RuleCase. A
 * new rule adds its table next to its other tests; rules.test.ts runs it, registry.test.ts requires it.
 */
export async function loadAllCases(): Promise<RuleCase[]> {
  const modules = await Promise.all(
    caseFiles(testRoot).map((f) => import(pathToFileURL(f).href) as Promise<Record<string, unknown>>),
  );
  return modules.flatMap((m) =>
    Object.values(m)
      .filter(
        (v): v is RuleCase[] =>
          Array.isArray(v) && v.every((c) => typeof c?.rule === 'string' && typeof c?.mutate === 'function'),
      )
      .flat(),
  );
}
