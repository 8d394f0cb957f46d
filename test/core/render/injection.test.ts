import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderUnit } from '../../../src/core/render/render-unit.js';
import { loadUnit } from '../../../src/core/unit/load-unit.js';
import { tempDir } from '../../helpers/run-cli.js';
import { docxParts, paragraphs, wellFormedProblem } from './docx-reader.js';
import { FIXTURE } from './fixture.js';

const temp = tempDir('qms-inject-');
afterAll(() => temp.cleanup());

const HOSTILE_TITLE =
  'Quy trình {{title}} {{{code}}} {{> p}} <script>alert(1)</script> a|b *x* _y_ # [z](javascript:alert(1))';

/** The fixture with one procedure's text made hostile (written as YAML the loader accepts). */
async function hostileUnit() {
  const dir = join(temp.dir, 'unit');
  cpSync(FIXTURE, dir, { recursive: true });
  const file = join(dir, 'procedures', 'QT-HT-01.yaml');
  const yaml = readFileSync(file, 'utf8')
    .replace(/^title: .*$/m, `title: ${JSON.stringify(HOSTILE_TITLE)}`)
    .replace(/^purpose: .*$/m, 'purpose: "- 1. dòng một\\nhai | ba\\n# bốn"');
  writeFileSync(file, yaml);
  const unit = loadUnit(dir);
  // Characters the YAML reader refuses can still reach the renderer from elsewhere (--force, other callers).
  const procedure = unit.files.find((f) => f.relPath === 'procedures/QT-HT-01.yaml')!;
  const data = procedure.data as { steps: Array<{ action: string }> };
  data.steps[0].action = `Bước\u0007 có ký tự lạ \ufffe\uffff và \ud800 | cột`;
  return renderUnit(unit, { formats: ['docx', 'md', 'html'], only: ['QT-HT-01'] });
}

describe('user text is data', () => {
  it('prints template syntax literally, escapes HTML and Markdown, keeps the DOCX well-formed', async () => {
    const { files } = await hostileUnit();
    const md = files.find((f) => f.relPath === 'md/QT-HT-01.md')!.content as string;
    const html = files.find((f) => f.relPath === 'html/QT-HT-01.html')!.content as string;
    const docx = docxParts(files.find((f) => f.relPath === 'docx/QT-HT-01.docx')!.content as Uint8Array);

    // Markdown: {{ is printed as is; specials escaped; a pipe cannot break the table; no live link.
    // (The cover title is upper case, as on the DOCX cover.)
    expect(md).toContain(
      '# QUY TRÌNH {{TITLE}} {{{CODE}}} {{\\> P}} \\<SCRIPT\\>ALERT(1)\\</SCRIPT\\> A\\|B \\*X\\* \\_Y\\_ \\# \\[Z\\](JAVASCRIPT:ALERT(1))\n',
    );
    expect(md).toContain('\\- 1. dòng một<br>hai \\| ba<br>\\# bốn');
    const stepRow = md.split('\n').find((l) => l.startsWith('| B1 |'))!;
    expect(stepRow.split(/(?<!\\)\|/).length).toBe(7);
    // eslint-disable-next-line no-control-regex -- control characters are what this matches
    expect(stepRow).not.toMatch(/[\u0007\ufffe\uffff]/);

    // HTML: escaped, never a live script.
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain(
      '<title>QT-HT-01 – Quy trình {{title}} {{{code}}} {{&gt; p}} &lt;script&gt;alert(1)&lt;/script&gt; a|b',
    );

    // DOCX: every part well-formed, the text kept literally, the bad characters gone.
    for (const [name, xml] of Object.entries(docx)) expect(wellFormedProblem(xml), name).toBeUndefined();
    const text = paragraphs(docx['word/document.xml']);
    expect(text).toContain('Bước có ký tự lạ  và \ufffd | cột');
    expect(text.join('\n')).toContain('{{TITLE}} {{{CODE}}} {{> P}} <SCRIPT>ALERT(1)</SCRIPT>');
    expect(docx['docProps/core.xml']).toContain('{{title}}');
  });
});
