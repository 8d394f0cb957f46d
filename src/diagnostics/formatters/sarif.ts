import { docsBaseUrl } from '../../core/paths.js';
import { renderRuleDoc } from '../../core/validate/rule-docs.js';
import type { Formatter } from './types.js';
import { displayPath } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * SARIF 2.1.0, as the SARIF Multitool's validator and GitHub code scanning want it: one run, the rule
 * catalogue as the driver's rules (help as Markdown, helpUri to the rule's page), waived findings as
 * suppressions. Result URIs are relative to %SRCROOT% (the directory qms ran in, normally the checkout)
 * and %SRCROOT% itself is left out of originalUriBaseIds: a top-level base must be absolute, and an
 * absolute path of the machine that ran qms would be wrong on the machine that reads the log.
 */
export const formatSarif: Formatter = (report, options) => {
  const rules = options.rules ?? [];
  const docs = options.docsBaseUrl ?? docsBaseUrl();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = report.units.flatMap((unit) =>
    unit.diagnostics.map((d) => {
      const result: Record<string, unknown> = {
        ruleId: d.rule,
        ...(index.has(d.rule) ? { ruleIndex: index.get(d.rule) } : {}),
        level: LEVEL[d.severity],
        message: { text: d.hint ? `${d.message[options.lang]}\n${d.hint[options.lang]}` : d.message[options.lang] },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifact(displayPath(d.unit, d.file)),
              region: { startLine: d.line, startColumn: d.col },
            },
            ...(d.path ? { logicalLocations: [{ fullyQualifiedName: d.path, kind: 'member' }] } : {}),
          },
        ],
        properties: {
          alias: d.alias,
          ...(d.clause ? { clause: d.clause } : {}),
          ...(d.code ? { code: d.code } : {}),
          unit: d.unit,
        },
      };
      if (d.waived)
        result.suppressions = [
          {
            kind: 'external',
            status: 'accepted',
            justification: `${d.waived.reason} (${d.waived.approvedBy}, ${d.waived.expires})`,
          },
        ];
      return result;
    }),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'qms',
            version: report.tool.version,
            informationUri: `${docs}README.md`,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.alias,
              shortDescription: { text: sentence(r.title[options.lang]) },
              fullDescription: { text: sentence(r.description[options.lang]) },
              helpUri: `${docs}docs/rules/${r.id}.md`,
              help: { text: sentence(r.hint[options.lang]), markdown: renderRuleDoc(r) },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: {
                clause: r.clause,
                docs: `docs/rules/${r.id}.md`,
                tags: [`ISO 9001:2008 ${r.clause}`, 'qms'],
              },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
};

/** SARIF's style rules (SARIF2001) want plain-text messages to end with a full stop. */
function sentence(s: string): string {
  const t = s.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

/** Relative paths against %SRCROOT% (the working directory); absolute ones as file: URIs. */
function artifact(path: string): { uri: string; uriBaseId?: string } {
  return path.startsWith('/') ? { uri: `file://${encodeURI(path)}` } : { uri: encodeURI(path), uriBaseId: '%SRCROOT%' };
}
