/**
 * What the consumers of qms's outputs would say about them, without the network: the OASIS SARIF 2.1.0
 * schema (as Microsoft publishes it), the JUnit XML schema Jenkins reads (checked by libxml2 compiled to
 * WebAssembly), and html-validate's standard preset. See test/schemas/README.md for where each came from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { HtmlValidate } from 'html-validate';
import { validateXML } from 'xmllint-wasm';
import { repoRoot } from './run-cli.js';

const schemas = join(repoRoot, 'test', 'schemas');

type SchemaCheck = ((data: unknown) => boolean) & { errors?: unknown };
let sarifValidator: SchemaCheck | undefined;

/** Problems the SARIF 2.1.0 schema finds in a log (empty when it is valid). */
export function sarifSchemaErrors(log: unknown): string[] {
  // ajv-draft-04 is CommonJS: under NodeNext its default export is the module object.
  const check = (sarifValidator ??= new AjvDraft04.default({
    allErrors: true,
    strict: false,
    unicodeRegExp: false,
  }).compile(JSON.parse(readFileSync(join(schemas, 'sarif-2.1.0-rtm.5.json'), 'utf8'))) as SchemaCheck);
  if (check(log)) return [];
  return (check.errors as Array<{ instancePath: string; message?: string }>).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? ''}`,
  );
}

/** Problems the Jenkins JUnit XML schema finds in a report (empty when it is valid). */
export async function junitSchemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'report.xml', contents: xml }],
    schema: [{ fileName: 'junit.xsd', contents: readFileSync(join(schemas, 'jenkins-junit.xsd'), 'utf8') }],
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

/**
 * html-validate's standard preset. Inline styles are allowed: the documents and the dashboard are
 * self-contained single files (no stylesheet to link to), which is the point of them.
 */
const htmlValidate = new HtmlValidate({ extends: ['html-validate:standard'], rules: { 'no-inline-style': 'off' } });

export async function htmlProblems(html: string, name: string): Promise<string[]> {
  const report = await htmlValidate.validateString(html, name);
  return report.results.flatMap((r) => r.messages.map((m) => `${name}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
}
