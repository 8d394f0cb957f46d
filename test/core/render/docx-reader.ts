import { strFromU8, unzipSync } from 'fflate';

/** Test helpers: open a DOCX as a zip and read its parts as text. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e] ?? _m),
  );

/** The text of each paragraph of a WordprocessingML part (tables included, cell by cell). */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)]
      .map((m) => (m[1] !== undefined ? decode(m[1]) : m[0] === '<w:tab/>' ? '\t' : '\n'))
      .join(''),
  );
}

/** Names of the zip entries in the order they are stored. */
export function zipOrder(bytes: Uint8Array): string[] {
  const names: string[] = [];
  unzipSync(bytes, {
    filter: (f) => {
      names.push(f.name);
      return false;
    },
  });
  return names;
}

// XML 1.0 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF.
const BAD_CHAR =
  // eslint-disable-next-line no-control-regex -- control characters are what this matches
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const NAME = '[A-Za-z_][\\w.:-]*';
const TAG = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>$`);

/** A small well-formedness check: legal characters, entities, quoted attributes, balanced tags, one root. */
export function wellFormedProblem(xml: string): string | undefined {
  if (BAD_CHAR.test(xml)) return 'illegal character';
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  const stack: string[] = [];
  let roots = 0;
  const tokens = body.split(/(<[^>]*>)/);
  for (const token of tokens) {
    if (!token) continue;
    if (token.startsWith('<')) {
      if (token.startsWith('<!--') || token.startsWith('<?')) continue;
      const m = TAG.exec(token);
      if (!m) return `bad tag ${token.slice(0, 60)}`;
      const [, close, name, attrs, selfClose] = m;
      if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(attrs)) return `bad entity in ${token.slice(0, 60)}`;
      if (close) {
        if (stack.pop() !== name) return `mismatched </${name}>`;
      } else if (!selfClose) {
        if (stack.length === 0) roots++;
        stack.push(name);
      } else if (stack.length === 0) roots++;
    } else {
      if (token.includes('>') && /]]>/.test(token)) return 'stray ]]>';
      if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(token)) return `bad entity near ${token.slice(0, 40)}`;
      if (stack.length === 0 && token.trim()) return 'text outside the root';
    }
  }
  if (stack.length > 0) return `unclosed <${stack[stack.length - 1]}>`;
  return roots === 1 ? undefined : `${roots} roots`;
}
