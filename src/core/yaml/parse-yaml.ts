import {
  Composer,
  Lexer,
  LineCounter,
  Parser,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  visit,
  type CST,
  type Document,
  type Node,
  type YAMLError,
} from 'yaml';
import { text, escapeForDisplay, type Text } from '../text.js';
import { describeSyntaxError } from './syntax-messages.js';

/** A problem in a YAML file, with a 1-based position. */
export interface YamlProblem {
  code: string;
  message: Text;
  hint: Text;
  line: number;
  col: number;
}

export interface ParsedYaml {
  /** The plain data; undefined when the file cannot be trusted (syntax error, alias, too deep…). */
  data: unknown;
  doc?: Document.Parsed;
  lineCounter: LineCounter;
  problems: YamlProblem[];
}

export const MAX_DEPTH = 64;
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// C0 (except tab, LF, CR), DEL, C1, non-characters and lone surrogates break DOCX and terminals.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const INVISIBLE_IN_KEYS = /[\s\u00a0\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

const COMPOSE_OPTIONS = {
  schema: 'core',
  version: '1.2',
  strict: true,
  prettyErrors: true,
  logLevel: 'error',
  uniqueKeys: false,
  stringKeys: true,
  merge: false,
  intAsBigInt: false,
} as const;

/**
 * Parse one YAML document the safe way (../shared/reference/reliability.md §1): depth capped before
 * composing, YAML 1.2 core schema, one document, no anchors/aliases/tags/directives, our own linear
 * duplicate-key check, every warning an error, control characters refused.
 */
export function parseYaml(source: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const at = (offset: number) => lineCounter.linePos(offset);
  const problems: YamlProblem[] = [];
  const fail = (): ParsedYaml => ({ data: undefined, lineCounter, problems });

  const flowTooDeep = flowDepthExceeded(source);
  if (flowTooDeep !== undefined) {
    // Still count lines so the position is right.
    for (const _ of new Parser(lineCounter.addNewLine).parse(source)) {
      /* positions only */
    }
    problems.push(tooDeep(at(flowTooDeep)));
    return fail();
  }
  const tokens = [...new Parser(lineCounter.addNewLine).parse(source)];
  const deepAt = blockDepthExceeded(tokens);
  if (deepAt !== undefined) {
    problems.push(tooDeep(at(deepAt)));
    return fail();
  }
  for (const token of tokens) {
    if (token.type === 'directive') {
      problems.push(
        problem(
          'E_DIRECTIVE',
          at(token.offset),
          text('không hỗ trợ chỉ thị YAML (%YAML, %TAG)', 'YAML directives (%YAML, %TAG) are not supported'),
          text('Xóa dòng bắt đầu bằng %.', 'Delete the line that starts with %.'),
        ),
      );
    }
  }
  const docs = [...new Composer(COMPOSE_OPTIONS).compose(tokens)] as Document.Parsed[];
  if (docs.length === 0) {
    problems.push(
      problem(
        'E_EMPTY',
        { line: 1, col: 1 },
        text('tệp không có nội dung', 'file has no content'),
        text('Điền nội dung theo mẫu hoặc xóa tệp.', 'Fill the file in or delete it.'),
      ),
    );
    return fail();
  }
  if (docs.length > 1) {
    problems.push(
      problem(
        'E_MULTI_DOC',
        at(docs[1].range[0]),
        text('mỗi tệp chỉ được có một tài liệu YAML (có dấu ---)', 'one YAML document per file (found ---)'),
        text('Tách thành nhiều tệp.', 'Split it into several files.'),
      ),
    );
  }
  const doc = docs[0];
  for (const error of [...doc.errors, ...doc.warnings]) problems.push(fromYamlError(error, source, at));
  if (problems.length > 0) return { data: undefined, doc, lineCounter, problems };

  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    problems.push(
      problem(
        'E_EMPTY',
        { line: 1, col: 1 },
        text('tệp không có nội dung', 'file has no content'),
        text('Điền nội dung theo mẫu hoặc xóa tệp.', 'Fill the file in or delete it.'),
      ),
    );
    return { data: undefined, doc, lineCounter, problems };
  }
  checkNodes(doc, source, at, problems);
  if (problems.some((p) => p.code === 'E_ALIAS')) return { data: undefined, doc, lineCounter, problems };
  const data = doc.toJS({ maxAliasCount: 0 });
  return { data, doc, lineCounter, problems };
}

/** Lexer pre-scan: the offset where flow nesting ([ {) passes MAX_DEPTH, if it does. Cheap on hostile input. */
function flowDepthExceeded(source: string): number | undefined {
  let depth = 0;
  let offset = 0;
  for (const token of new Lexer().lex(source)) {
    if (token === '[' || token === '{') {
      depth++;
      if (depth > MAX_DEPTH) return offset;
    } else if (token === ']' || token === '}') {
      depth--;
    }
    // Lexer control tokens (\u0002 doc start, \u001f scalar marker…) take no room in the source.
    if (token.length > 1 || token.charCodeAt(0) >= 0x20 || token === '\n' || token === '\t' || token === '\r')
      offset += token.length;
  }
  return undefined;
}

/** Iterative walk of the CST: the offset of the first collection nested deeper than MAX_DEPTH. */
function blockDepthExceeded(tokens: CST.Token[]): number | undefined {
  const stack: Array<{ token: CST.Token | undefined; depth: number }> = tokens.map((token) => ({ token, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (!token) continue;
    switch (token.type) {
      case 'document':
        stack.push({ token: token.value, depth });
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection':
        if (depth + 1 > MAX_DEPTH) return token.offset;
        for (const item of token.items) {
          stack.push({ token: item.key ?? undefined, depth: depth + 1 });
          stack.push({ token: item.value ?? undefined, depth: depth + 1 });
        }
        break;
      default:
        break;
    }
  }
  return undefined;
}

function checkNodes(
  doc: Document.Parsed,
  source: string,
  at: (offset: number) => { line: number; col: number },
  problems: YamlProblem[],
): void {
  visit(doc, {
    Alias(_key, node) {
      problems.push(
        problem(
          'E_ALIAS',
          at(node.range?.[0] ?? 0),
          text('không được dùng bí danh YAML (*tên)', 'YAML aliases (*name) are not allowed'),
          text('Viết lại nội dung đầy đủ thay cho bí danh.', 'Write the content out instead of the alias.'),
        ),
      );
    },
    Node(_key, node) {
      if (isAlias(node)) return;
      const offset = node.range?.[0] ?? 0;
      if (node.anchor) {
        // The node's range starts after "&name "; point at the anchor itself.
        const anchorAt = source.lastIndexOf(`&${node.anchor}`, offset);
        problems.push(
          problem(
            'E_ALIAS',
            at(anchorAt >= 0 ? anchorAt : offset),
            text(
              `không được dùng neo YAML (&${escapeForDisplay(node.anchor, 30)})`,
              `YAML anchors (&${escapeForDisplay(node.anchor, 30)}) are not allowed`,
            ),
            text('Xóa neo &… và viết nội dung đầy đủ.', 'Remove the &… anchor and write the content out.'),
          ),
        );
      }
      if (node.tag) {
        problems.push(
          problem(
            'E_TAG',
            at(offset),
            text(
              `không được dùng thẻ YAML (${escapeForDisplay(node.tag, 40)})`,
              `YAML tags (${escapeForDisplay(node.tag, 40)}) are not allowed`,
            ),
            text('Xóa thẻ bắt đầu bằng ! trước giá trị.', 'Remove the tag that starts with ! before the value.'),
          ),
        );
      }
      if (isScalar(node) && typeof node.value === 'string' && FORBIDDEN_CHARS.test(node.value)) {
        const bad = node.value.match(FORBIDDEN_CHARS)![0];
        if (/^[\ud800-\udfff]$/.test(bad)) {
          problems.push(surrogateProblem(bad, at(offset)));
          return;
        }
        problems.push(
          problem(
            'E_CTRL_CHAR',
            at(offset),
            text(`có ký tự điều khiển ${escapeForDisplay(bad)}`, `contains control character ${escapeForDisplay(bad)}`),
            text(
              'Xóa ký tự lạ (thường do sao chép từ Word hoặc web).',
              'Remove the stray character (often pasted from Word or the web).',
            ),
          ),
        );
      }
      if (isMap(node)) checkKeys(node.items, at, problems);
      if (isSeq(node)) return;
    },
  });
}

function checkKeys(
  pairs: Array<{ key: unknown }>,
  at: (offset: number) => { line: number; col: number },
  problems: YamlProblem[],
): void {
  const seen = new Map<string, number>();
  for (const pair of pairs) {
    const keyNode = pair.key as Node | null;
    if (!isScalar(keyNode)) continue;
    const key = String(keyNode.value);
    const offset = keyNode.range?.[0] ?? 0;
    const first = seen.get(key);
    if (first !== undefined) {
      const f = at(first);
      problems.push(
        problem(
          'E_DUP_KEY',
          at(offset),
          text(
            `khóa "${escapeForDisplay(key)}" bị lặp (lần đầu ở dòng ${f.line}, cột ${f.col})`,
            `duplicate key "${escapeForDisplay(key)}" (first at ${f.line}:${f.col})`,
          ),
          text('Xóa hoặc gộp một trong hai khóa.', 'Delete or merge one of the two keys.'),
        ),
      );
    } else {
      seen.set(key, offset);
    }
    if (RESERVED_KEYS.has(key)) {
      problems.push(
        problem(
          'E_RESERVED_KEY',
          at(offset),
          text(`không được dùng khóa "${key}"`, `the key "${key}" is not allowed`),
          text('Đổi tên khóa.', 'Rename the key.'),
        ),
      );
    } else if (INVISIBLE_IN_KEYS.test(key)) {
      problems.push(
        problem(
          'E_KEY_WS',
          at(offset),
          text(
            `khóa "${escapeForDisplay(key)}" có ký tự trắng hoặc ký tự ẩn`,
            `key "${escapeForDisplay(key)}" has spaces or invisible characters`,
          ),
          text('Gõ lại tên khóa, không có dấu cách.', 'Retype the key without spaces.'),
        ),
      );
    }
  }
}

function fromYamlError(
  error: YAMLError,
  source: string,
  at: (offset: number) => { line: number; col: number },
): YamlProblem {
  if (error.code === 'TAG_RESOLVE_FAILED') {
    return problem(
      'E_TAG',
      at(error.pos[0]),
      text('không được dùng thẻ YAML (!…)', 'YAML tags (!…) are not allowed'),
      text('Xóa thẻ bắt đầu bằng ! trước giá trị.', 'Remove the tag that starts with ! before the value.'),
    );
  }
  const code = error.code === 'TAB_AS_INDENT' ? 'E_TAB' : `E_YAML_${error.code}`;
  const d = describeSyntaxError(error, source, at(error.pos[0]));
  return problem(
    code,
    { line: d.line, col: d.col },
    text(`lỗi cú pháp YAML: ${d.message.vi}`, `YAML syntax error: ${d.message.en}`),
    d.hint,
  );
}

function tooDeep(pos: { line: number; col: number }): YamlProblem {
  return problem(
    'E_TOO_DEEP',
    pos,
    text(`cấu trúc lồng nhau sâu quá ${MAX_DEPTH} cấp`, `nesting deeper than ${MAX_DEPTH} levels`),
    text(
      'Tệp không giống tài liệu HTQLCL; kiểm tra lại nội dung.',
      'This does not look like a QMS file; check its content.',
    ),
  );
}

function problem(code: string, pos: { line: number; col: number }, message: Text, hint: Text): YamlProblem {
  return { code, message, hint, line: pos.line, col: pos.col };
}

/**
 * Half of a UTF-16 pair alone (from an escape like "\ud800", or text cut inside an emoji): no
 * character at all, so it is named for what it is rather than shown as a control character.
 */
function surrogateProblem(bad: string, where: { line: number; col: number }): YamlProblem {
  const shown = `\\u${bad.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return problem(
    'E_SURROGATE',
    where,
    text(
      `ký tự thay thế UTF-16 ${shown} đứng lẻ (thiếu nửa còn lại của cặp), không phải một ký tự`,
      `unpaired surrogate ${shown} (half of a UTF-16 pair), not a character`,
    ),
    text(
      'Xóa mã thoát đó, hoặc viết đủ cả cặp (ví dụ "\\ud83d\\ude00" cho 😀); thường do văn bản bị cắt giữa một emoji.',
      'Remove that escape, or write the whole pair (e.g. "\\ud83d\\ude00" for 😀); usually text cut inside an emoji.',
    ),
  );
}
