/** A small strict XML reader for tests: well-formedness (nesting, attributes, entities), as a tree. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&([a-z]+);|&/g, (m, name: string | undefined) => {
    if (!name || !(name in ENTITIES)) throw new Error(`bad entity near ${JSON.stringify(m)}`);
    return ENTITIES[name];
  });
}

export function parseXml(xml: string): XmlNode {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(xml)) throw new Error('character not allowed in XML');
  let s = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const root: XmlNode = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  const tag = /^<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)>/;
  while (s.length > 0) {
    const lt = s.indexOf('<');
    if (lt !== 0) {
      const chunk = lt < 0 ? s : s.slice(0, lt);
      if (chunk.includes('>')) throw new Error('stray ">" in text');
      stack[stack.length - 1].text += decode(chunk);
      s = lt < 0 ? '' : s.slice(lt);
      continue;
    }
    const m = tag.exec(s);
    if (!m) throw new Error(`malformed tag near ${JSON.stringify(s.slice(0, 40))}`);
    const [all, close, name, attrText, selfClose] = m;
    if (close) {
      const open = stack.pop()!;
      if (open.name !== name) throw new Error(`</${name}> closes <${open.name}>`);
    } else {
      const attrs: Record<string, string> = {};
      for (const a of attrText.matchAll(/([A-Za-z_][\w.-]*)="([^"]*)"/g)) {
        if (a[1] in attrs) throw new Error(`duplicate attribute ${a[1]}`);
        attrs[a[1]] = decode(a[2]);
      }
      const node: XmlNode = { name, attrs, children: [], text: '' };
      stack[stack.length - 1].children.push(node);
      if (!selfClose) stack.push(node);
    }
    s = s.slice(all.length);
  }
  if (stack.length !== 1 || root.children.length !== 1) throw new Error('unbalanced document');
  return root.children[0];
}
