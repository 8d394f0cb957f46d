import type { Diagnostic } from '../diagnostic.js';
import { displayPath, type Formatter } from './types.js';
import { xmlEscape } from './xml.js';

const RANK = { info: 0, warning: 1, error: 2 } as const;

/**
 * JUnit XML: a test suite per unit, a test case per file (plus one for the unit itself when a
 * diagnostic has no file). A file fails when it has a counted diagnostic at or above --fail-on; all
 * its diagnostics are listed in the failure text, the others in system-out.
 */
export const formatJunit: Formatter = (report, options) => {
  const failOn = options.failOn ?? 'error';
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const unit of report.units) {
    const byFile = new Map<string, Diagnostic[]>();
    for (const d of unit.diagnostics) {
      if (d.waived && !options.showWaived) continue;
      byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
    }
    const cases: string[] = [];
    let suiteFailures = 0;
    const names = [...new Set([...byFile.keys()])].sort();
    // Files without diagnostics still count as passing test cases.
    const passing = Math.max(0, unit.files - names.filter((n) => n !== '').length);
    for (const file of names) {
      const ds = byFile.get(file)!;
      const failing = ds.some((d) => !d.waived && RANK[d.severity] >= RANK[failOn]);
      const body = ds
        .map(
          (d) =>
            `${displayPath(d.unit, d.file)}:${d.line}:${d.col} ${d.severity} ${d.rule}/${d.alias} ${d.message[options.lang]}${d.waived ? ' [waived]' : ''}`,
        )
        .join('\n');
      const name = xmlEscape(displayPath(unit.dir, file));
      if (failing) {
        suiteFailures++;
        const first = ds.find((d) => !d.waived && RANK[d.severity] >= RANK[failOn])!;
        cases.push(
          `    <testcase classname="${xmlEscape(unit.dir)}" name="${name}">\n      <failure type="${first.rule}" message="${xmlEscape(`${first.rule}/${first.alias} ${first.message[options.lang]}`)}">${xmlEscape(body)}</failure>\n    </testcase>`,
        );
      } else {
        cases.push(
          `    <testcase classname="${xmlEscape(unit.dir)}" name="${name}">\n      <system-out>${xmlEscape(body)}</system-out>\n    </testcase>`,
        );
      }
    }
    if (passing > 0)
      cases.push(
        `    <testcase classname="${xmlEscape(unit.dir)}" name="${xmlEscape(`${unit.dir} (${passing} clean file(s))`)}"/>`,
      );
    const count = names.length + (passing > 0 ? 1 : 0);
    tests += count;
    failures += suiteFailures;
    suites.push(
      `  <testsuite name="${xmlEscape(unit.name ? `${unit.dir} (${unit.name})` : unit.dir)}" tests="${count}" failures="${suiteFailures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="qms validate" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>`;
};
