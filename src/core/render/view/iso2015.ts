import { formatDate } from '../format.js';
import { bullets, controlledDoc, numberSections, paragraphs, roleTitle, table, type UnitContext } from './common.js';
import { list, num, obj, str, strings, type Data } from '../../unit/read-data.js';
import type { Block, DocView } from './types.js';

/**
 * The documented information TCVN ISO 9001:2015 adds, rendered like the other controlled documents (cover,
 * control table, approval block, revisions): the context, interested parties and scope (4.1–4.3,
 * context.yaml), the process map (4.4, process-map.yaml) and the risk and opportunity register (6.1,
 * risks.yaml). Owners are role ids in the files; the documents show the role's title.
 */

/** "Xem xét, cập nhật ngày …" under the title when the file says when it was last reviewed. */
function reviewedLine(data: Data): string {
  const reviewed = str(data.reviewed);
  return reviewed ? `Xem xét, cập nhật ngày ${formatDate(reviewed)}` : '';
}

const ISSUE_KIND: Record<string, string> = { external: 'Bên ngoài', internal: 'Nội bộ' };

/** Bối cảnh, các bên quan tâm và phạm vi HTQLCL (4.1, 4.2, 4.3). */
export function contextView(data: Data, code: string, source: string, ctx: UnitContext): DocView {
  const issues = list(data.issues).map(obj);
  const parties = list(data.interestedParties).map(obj);
  const scope = obj(data.scope);
  const issueTable = (kind: string): Block[] => {
    const rows = issues
      .filter((i) => str(i.kind) === kind)
      .map((i, n) => [String(n + 1), str(i.description), str(i.effect)]);
    return rows.length > 0
      ? [
          {
            table: table(
              [
                ['TT', 6, true],
                ['Vấn đề', 50],
                ['Ảnh hưởng đến kết quả của HTQLCL', 44],
              ],
              rows,
            ),
          },
        ]
      : paragraphs('Chưa xác định.');
  };
  const view = controlledDoc(
    'context',
    data,
    code,
    source,
    ctx,
    numberSections([
      {
        title: 'Bối cảnh của đơn vị',
        blocks: [],
        sections: Object.entries(ISSUE_KIND).map(([kind, label]) => ({
          title: `Vấn đề ${label.toLowerCase()}`,
          blocks: issueTable(kind),
        })),
      },
      {
        title: 'Các bên quan tâm và yêu cầu của họ',
        blocks:
          parties.length > 0
            ? [
                {
                  table: table(
                    [
                      ['TT', 6, true],
                      ['Bên quan tâm', 24],
                      ['Nhu cầu, mong đợi, yêu cầu', 42],
                      ['Cách theo dõi, xem xét', 28],
                    ],
                    parties.map((p, n) => [
                      String(n + 1),
                      str(p.party),
                      strings(p.requirements).join('\n'),
                      str(p.monitoring),
                    ]),
                  ),
                },
              ]
            : paragraphs('Chưa xác định.'),
      },
      {
        title: 'Phạm vi hệ thống quản lý chất lượng',
        blocks: paragraphs(str(scope.statement), str(scope.notApplicableNote)),
      },
    ]),
  );
  view.subtitle = reviewedLine(data);
  return view;
}

const GROUPS: Array<[id: string, title: string]> = [
  ['management', 'Các quá trình lãnh đạo, hoạch định'],
  ['core', 'Các quá trình giải quyết thủ tục hành chính'],
  ['support', 'Các quá trình hỗ trợ'],
  ['evaluation', 'Các quá trình đánh giá, cải tiến'],
];

/** Sơ đồ các quá trình (4.4): each process with its owner, inputs, outputs, procedures and what it feeds. */
export function processMapView(data: Data, code: string, source: string, ctx: UnitContext): DocView {
  const processes = list(data.processes).map(obj);
  const names = new Map(processes.map((p) => [str(p.id), str(p.name)]));
  const overview = table(
    [
      ['Mã', 9, true],
      ['Quá trình', 37],
      ['Người chịu trách nhiệm', 26],
      ['Chuyển đầu ra cho', 28],
    ],
    processes.map((p) => [
      str(p.id),
      str(p.name),
      roleTitle(ctx, p.owner),
      strings(p.next)
        .map((n) => (names.has(n) ? `${n} ${names.get(n)}` : n))
        .join('\n'),
    ]),
  );
  const detail = (p: Data): Block[] => [
    {
      fields: [
        { label: 'Người chịu trách nhiệm', value: roleTitle(ctx, p.owner) },
        { label: 'Quy trình', value: strings(p.procedures).join(', ') || 'Theo quy trình giải quyết từng TTHC' },
      ],
    },
    ...paragraphs('Đầu vào:'),
    ...bullets(strings(p.inputs)),
    ...paragraphs('Đầu ra:'),
    ...bullets(strings(p.outputs)),
  ];
  const known = new Set(GROUPS.map(([id]) => id));
  const groups = [...GROUPS, ['', 'Các quá trình khác'] as [string, string]]
    .map(([id, title]) => ({
      title,
      members: processes.filter((p) => (id ? str(p.group) === id : !known.has(str(p.group)))),
    }))
    .filter((g) => g.members.length > 0);
  const view = controlledDoc(
    'process-map',
    data,
    code,
    source,
    ctx,
    numberSections([
      { title: 'Các quá trình và sự tương tác', blocks: [{ table: overview }] },
      ...groups.map((g) => ({
        title: g.title,
        blocks: [],
        sections: g.members.map((p) => ({ title: `${str(p.id)} ${str(p.name)}`, blocks: detail(p) })),
      })),
    ]),
  );
  view.subtitle = reviewedLine(data);
  return view;
}

const LEVEL = ['', 'thấp', 'trung bình', 'cao'];
const STATUS: Record<string, string> = { open: 'Đang thực hiện', closed: 'Đã thực hiện' };

/** Sổ đăng ký rủi ro và cơ hội (6.1): one table each, landscape for its width. */
export function risksView(data: Data, code: string, source: string, ctx: UnitContext): DocView {
  const items = list(data.items).map(obj);
  const rows = (kind: string) =>
    items
      .filter((i) => str(i.kind) === kind)
      .map((i) => {
        const likelihood = num(i.likelihood) ?? 0;
        const impact = num(i.impact) ?? 0;
        return [
          str(i.id),
          [str(i.process), str(i.description), str(i.cause) ? `Nguyên nhân: ${str(i.cause)}` : '']
            .filter(Boolean)
            .join('\n'),
          `Khả năng: ${likelihood} (${LEVEL[likelihood] ?? ''})\nẢnh hưởng: ${impact} (${LEVEL[impact] ?? ''})`,
          str(i.action),
          [roleTitle(ctx, i.owner), str(i.due) ? `Hạn: ${formatDate(str(i.due))}` : ''].filter(Boolean).join('\n'),
          [STATUS[str(i.status)] ?? str(i.status), str(i.effectiveness)].filter(Boolean).join('\n'),
        ];
      });
  const register = (kind: string): Block[] => {
    const r = rows(kind);
    return r.length > 0
      ? [
          {
            table: table(
              [
                ['Mã', 7, true],
                ['Quá trình, mô tả, nguyên nhân', 30],
                ['Khả năng, ảnh hưởng', 14],
                ['Hành động', 25],
                ['Trách nhiệm, thời hạn', 13],
                ['Tình trạng, hiệu lực', 11],
              ],
              r,
            ),
          },
        ]
      : paragraphs('Chưa xác định.');
  };
  const view = controlledDoc(
    'risks',
    data,
    code,
    source,
    ctx,
    numberSections([
      { title: 'Rủi ro', blocks: register('risk') },
      { title: 'Cơ hội', blocks: register('opportunity') },
      {
        title: 'Thang đánh giá',
        blocks: paragraphs('Khả năng xảy ra và mức ảnh hưởng: 1 thấp, 2 trung bình, 3 cao.'),
      },
    ]),
  );
  view.subtitle = reviewedLine(data);
  view.landscape = true;
  return view;
}
