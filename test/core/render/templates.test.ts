import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templatesDir } from '../../../src/core/paths.js';
import { md, mdCell } from '../../../src/core/render/templates.js';

describe('Markdown escaping', () => {
  it.each([
    ['a|b', 'a\\|b'],
    ['*x* _y_ `z` ~w~', '\\*x\\* \\_y\\_ \\`z\\` \\~w\\~'],
    ['<b>&amp;</b> TN&TKQ', '\\<b\\>\\&amp;\\</b\\> TN&TKQ'],
    ['[a](javascript:x) # h', '\\[a\\](javascript:x) \\# h'],
    ['one\ntwo', 'one<br>two'],
    ['back\\slash', 'back\\\\slash'],
  ])('mdCell(%j) = %j', (input, expected) => expect(mdCell(input)).toBe(expected));

  it.each([
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['12. item', '12\\. item'],
    ['3) item', '3\\) item'],
    ['   indented code?', 'indented code?'],
    ['plain', 'plain'],
  ])('md(%j) = %j makes a line start literal', (input, expected) => expect(md(input)).toBe(expected));
});

describe('templates', () => {
  const files = readdirSync(templatesDir).filter((f) => f.endsWith('.hbs'));

  it('are all used by the renderer (document, blocks, table in md and html)', () => {
    expect(files.filter((f) => f.startsWith('document')).sort()).toEqual([
      'document-blocks.html.hbs',
      'document-blocks.md.hbs',
      'document-table.html.hbs',
      'document-table.md.hbs',
      'document.html.hbs',
      'document.md.hbs',
    ]);
  });

  it('never print a bare value in Markdown: every output goes through md or mdCell', () => {
    for (const file of files.filter((f) => f.endsWith('.md.hbs'))) {
      const source = readFileSync(join(templatesDir, file), 'utf8');
      for (const [tag] of source.matchAll(/\{\{[^}]*\}\}/g)) {
        const ok =
          /^\{\{(#(if|unless|each|with) [\w.@]+|\/(if|unless|each|with)|else|> [\w-]+|(md|mdCell) [\w.@]+)\}\}$/.test(
            tag,
          );
        expect(ok, `${file}: ${tag}`).toBe(true);
      }
    }
  });

  it('never use triple-stash (unescaped) output in HTML', () => {
    for (const file of files.filter((f) => f.endsWith('.html.hbs'))) {
      expect(readFileSync(join(templatesDir, file), 'utf8'), file).not.toMatch(/\{\{\{|\{\{&/);
    }
  });
});
