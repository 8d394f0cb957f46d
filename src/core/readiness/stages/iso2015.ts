import { text, type Text } from '../../text.js';
import { vnDate } from '../../dates/dates.js';
import { check, gapOf, listCut, round1, type Gap } from '../check.js';
import type { Evidence } from '../evidence.js';
import type { Check } from '../types.js';
import { objectivesOf } from './objectives.js';

/**
 * What TCVN ISO 9001:2015 asks a unit to show beyond the 2008 documents, looked for in its files and
 * scored in sections 4 and 6: context (4.1), interested parties (4.2), scope (4.3), processes (4.4),
 * risks and opportunities (6.1), the plan for the objectives (6.2.2) and changes planned (6.3).
 * Only on a 2015 unit; the points are added to the 2008 ones and the score is their share (score.ts).
 */
export function iso2015Checks(ev: Evidence, gaps: Gap[]): Check[] {
  if (ev.catalogue.standard.id === '2008') return [];
  return [
    context(ev, gaps),
    parties(ev, gaps),
    scope(ev, gaps),
    processes(ev, gaps),
    risks(ev, gaps),
    ...planned(ev, gaps),
  ];
}

interface Item {
  id: string;
  clause2015: string;
  /** The TCVN ISO 9001:2008 clause the requirement grew from (the score of a 2008 unit never sees it). */
  clause: string;
  max: number;
  file: string;
  path?: string;
  /** Problems found: none means passed. */
  missing: Text[];
  /** The share of points kept when some of it is there (default: none unless passed). */
  share?: number;
  found: Text;
  action: Text;
  newFile?: boolean;
  /** Another check already asks for what is missing (no second blocker for it). */
  askedElsewhere?: boolean;
}

function scored(item: Item, gaps: Gap[]): Check {
  const passed = item.missing.length === 0;
  const c = check({
    id: item.id,
    clause: item.clause,
    clause2015: item.clause2015,
    max: item.max,
    passed,
    points: passed ? item.max : round1(item.max * (item.share ?? 0)),
    file: item.file,
    path: item.path ?? '',
    evidence: passed
      ? item.found
      : text(item.missing.map((m) => m.vi).join('; '), item.missing.map((m) => m.en).join('; ')),
  });
  if (!passed && !item.askedElsewhere)
    gaps.push(gapOf(c, c.evidence, item.action, item.newFile ? { newFile: true } : {}));
  return c;
}

/** "reviewed" of a 2015 document, else its effective date. */
function lastReviewed(data: { reviewed?: string; effectiveDate?: string }): string {
  return data.reviewed ?? data.effectiveDate ?? '';
}

const NO_CONTEXT = text(
  'chưa có bối cảnh, các bên quan tâm và phạm vi HTQLCL (context.yaml)',
  'no context, interested parties and scope (context.yaml)',
);
const WRITE_CONTEXT = text(
  'Lập context.yaml (qms transition --apply tạo mẫu từ mô hình).',
  'Write context.yaml (qms transition --apply scaffolds it from the model).',
);

/** 4.1: external and internal issues, reviewed in the last 12 months. */
function context(ev: Evidence, gaps: Gap[]): Check {
  const doc = ev.iso2015.context;
  const missing: Text[] = [];
  if (!doc) missing.push(NO_CONTEXT);
  else {
    const kinds = new Set(doc.data.issues.map((i) => i.kind));
    if (!kinds.has('external')) missing.push(text('chưa xác định vấn đề bên ngoài (4.1)', 'no external issue (4.1)'));
    if (!kinds.has('internal')) missing.push(text('chưa xác định vấn đề nội bộ (4.1)', 'no internal issue (4.1)'));
    const seen = lastReviewed(doc.data);
    if (seen <= ev.windowStart)
      missing.push(
        text(
          `bối cảnh chưa được xem xét lại trong 12 tháng (lần gần nhất ${vnDate(seen)})`,
          `context not reviewed in 12 months (last ${seen})`,
        ),
      );
  }
  return scored(
    {
      id: 'iso2015-context',
      clause2015: '4.1',
      clause: '4.1',
      max: 4,
      file: 'context.yaml',
      path: doc ? '/issues' : '',
      newFile: !doc,
      missing,
      share: doc ? 0.5 : 0,
      found: text(
        `có bối cảnh, các bên quan tâm và phạm vi HTQLCL (4.1–4.3): ${doc?.data.issues.length} vấn đề bên ngoài và nội bộ, xem xét ngày ${vnDate(lastReviewed(doc?.data ?? {}))}`,
        `context, interested parties and QMS scope documented (4.1–4.3): ${doc?.data.issues.length} external and internal issues, reviewed ${lastReviewed(doc?.data ?? {})}`,
      ),
      action: doc
        ? text(
            'Xem xét lại context.yaml: vấn đề bên ngoài và nội bộ, cập nhật ngày reviewed (ít nhất hằng năm, tại cuộc họp xem xét của lãnh đạo).',
            'Review context.yaml: external and internal issues, then update reviewed (at least yearly, at the management review).',
          )
        : WRITE_CONTEXT,
    },
    gaps,
  );
}

/** 4.2: every interested party has its requirements and how the unit monitors them. */
function parties(ev: Evidence, gaps: Gap[]): Check {
  const doc = ev.iso2015.context;
  const list = doc?.data.interestedParties ?? [];
  const unmonitored = list.filter((p) => !p.monitoring?.trim()).map((p) => p.party);
  const missing: Text[] = !doc ? [NO_CONTEXT] : [];
  if (unmonitored.length > 0) {
    const names = listCut(unmonitored, 3);
    missing.push(
      text(
        `chưa nêu cách theo dõi ${unmonitored.length} bên quan tâm (4.2 b): ${names.vi}`,
        `how ${unmonitored.length} interested part(ies) are monitored is not said (4.2 b): ${names.en}`,
      ),
    );
  }
  return scored(
    {
      id: 'iso2015-interested-parties',
      clause2015: '4.2',
      clause: '5.2',
      max: 3,
      file: 'context.yaml',
      path: doc ? '/interestedParties' : '',
      newFile: !doc,
      missing,
      share: list.length > 0 ? 1 - unmonitored.length / list.length : 0,
      found: text(
        `${list.length} bên quan tâm, mỗi bên có yêu cầu và cách theo dõi (4.2)`,
        `${list.length} interested parties, each with its requirements and how it is monitored (4.2)`,
      ),
      action: doc
        ? text(
            'Ghi monitoring cho mỗi bên quan tâm trong context.yaml (khảo sát, phản ánh, văn bản chỉ đạo…).',
            'Write monitoring for each interested party in context.yaml (surveys, feedback, directives…).',
          )
        : WRITE_CONTEXT,
    },
    gaps,
  );
}

/** 4.3: the scope is written, and every requirement the unit does not apply is one the standard lets it. */
function scope(ev: Evidence, gaps: Gap[]): Check {
  const doc = ev.iso2015.context;
  const exclusions = ev.manifest?.exclusions ?? [];
  const allowed = (clause: string) => ev.catalogue.clause.get(clause)?.commonlyExcluded === true;
  const wrong = exclusions.filter((e) => !allowed(e.clause)).map((e) => e.clause);
  const missing: Text[] = !doc ? [NO_CONTEXT] : [];
  if (wrong.length > 0)
    missing.push(
      text(
        `qms.yaml ghi không áp dụng ${wrong.join(', ')}, không phải yêu cầu được phép không áp dụng theo ${ev.catalogue.standard.name} (4.3)`,
        `qms.yaml does not apply ${wrong.join(', ')}, which ${ev.catalogue.standard.name} does not let a unit leave out (4.3)`,
      ),
    );
  const permitted = ev.catalogue.clauses.filter((c) => c.commonlyExcluded).map((c) => c.number);
  return scored(
    {
      id: 'iso2015-scope',
      clause2015: '4.3',
      clause: '4.2.2',
      max: 3,
      file: wrong.length > 0 ? 'qms.yaml' : 'context.yaml',
      path: wrong.length > 0 ? '/exclusions' : doc ? '/scope' : '',
      newFile: !doc && wrong.length === 0,
      missing,
      found: text(
        `phạm vi HTQLCL đã viết; yêu cầu không áp dụng: ${exclusions.map((e) => e.clause).join(', ') || 'không có'} (4.3)`,
        `QMS scope written; requirements not applied: ${exclusions.map((e) => e.clause).join(', ') || 'none'} (4.3)`,
      ),
      action:
        wrong.length > 0
          ? text(
              `Sửa exclusions trong qms.yaml theo số điều của ${ev.catalogue.standard.name} (chỉ ${permitted.join(', ')} kèm lý do); một điều khoản của 2008 như 7.3 nay là yêu cầu khác.`,
              `Fix exclusions in qms.yaml to ${ev.catalogue.standard.name} numbers (only ${permitted.join(', ')}, with a reason); a 2008 number such as 7.3 is another requirement now.`,
            )
          : WRITE_CONTEXT,
    },
    gaps,
  );
}

/** 4.4: the process map, its interactions resolve, and every system procedure belongs to a process. */
function processes(ev: Evidence, gaps: Gap[]): Check {
  const doc = ev.iso2015.processMap;
  const list = doc?.data.processes ?? [];
  const ids = new Set(list.map((p) => p.id));
  const dangling = list.flatMap((p) => (p.next ?? []).filter((n) => !ids.has(n)).map((n) => `${p.id} → ${n}`));
  const linked = new Set(list.flatMap((p) => p.procedures ?? []));
  const system = ev.procedures.filter((p) => p.data?.kind === 'system').map((p) => p.code);
  const loose = system.filter((code) => !linked.has(code));
  const missing: Text[] = [];
  if (!doc) missing.push(text('chưa có sơ đồ các quá trình (4.4)', 'no process map (4.4)'));
  if (dangling.length > 0)
    missing.push(
      text(
        `quá trình tiếp nhận không có trong sơ đồ: ${dangling.join(', ')}`,
        `next process not in the map: ${dangling.join(', ')}`,
      ),
    );
  if (loose.length > 0) {
    const codes = listCut(loose, 4);
    missing.push(
      text(
        `${loose.length} quy trình hệ thống chưa thuộc quá trình nào: ${codes.vi}`,
        `${loose.length} system procedure(s) in no process: ${codes.en}`,
      ),
    );
  }
  return scored(
    {
      id: 'iso2015-process-map',
      clause2015: '4.4',
      clause: '4.1',
      max: 5,
      file: 'process-map.yaml',
      path: doc ? '/processes' : '',
      newFile: !doc,
      missing,
      share: doc ? 0.5 : 0,
      found: text(
        `có sơ đồ các quá trình (4.4): ${list.length} quá trình, tương tác và quy trình hệ thống đầy đủ`,
        `process map documented (4.4): ${list.length} processes, interactions and system procedures complete`,
      ),
      action: doc
        ? text(
            'Sửa process-map.yaml: mỗi quá trình trong next phải có trong sơ đồ; ghi mỗi quy trình hệ thống vào procedures của quá trình thể hiện nó.',
            'Fix process-map.yaml: every process in next must be in the map; list each system procedure under the process it serves.',
          )
        : text(
            'Lập process-map.yaml: các quá trình, đầu vào, đầu ra, người chịu trách nhiệm (qms transition --apply tạo mẫu).',
            'Write process-map.yaml: processes, inputs, outputs, owners (qms transition --apply scaffolds it).',
          ),
    },
    gaps,
  );
}

/** 6.1: risks and opportunities both determined, each open one with an action; the register reviewed in 12 months. */
function risks(ev: Evidence, gaps: Gap[]): Check {
  const doc = ev.iso2015.risks;
  const items = doc?.data.items ?? [];
  const missing: Text[] = [];
  if (!doc) missing.push(text('chưa có sổ đăng ký rủi ro và cơ hội (6.1)', 'no risk and opportunity register (6.1)'));
  else {
    if (!items.some((i) => i.kind === 'risk')) missing.push(text('chưa xác định rủi ro', 'no risk determined'));
    if (!items.some((i) => i.kind === 'opportunity'))
      missing.push(text('chưa xác định cơ hội', 'no opportunity determined'));
    const seen = lastReviewed(doc.data);
    if (seen <= ev.windowStart)
      missing.push(
        text(
          `sổ rủi ro và cơ hội chưa được xem xét lại trong 12 tháng (lần gần nhất ${vnDate(seen)})`,
          `register not reviewed in 12 months (last ${seen})`,
        ),
      );
  }
  return scored(
    {
      id: 'iso2015-risks',
      clause2015: '6.1',
      clause: '8.5.3',
      max: 6,
      file: 'risks.yaml',
      newFile: !doc,
      missing,
      share: doc ? 0.5 : 0,
      found: text(
        `sổ đăng ký rủi ro và cơ hội có ${items.length} mục (6.1), xem xét ngày ${vnDate(lastReviewed(doc?.data ?? {}))}`,
        `risk and opportunity register with ${items.length} item(s) (6.1), reviewed ${lastReviewed(doc?.data ?? {})}`,
      ),
      action: doc
        ? text(
            'Xem xét lại risks.yaml: cả rủi ro và cơ hội, hành động, người phụ trách; cập nhật ngày reviewed.',
            'Review risks.yaml: both risks and opportunities, actions, owners; update reviewed.',
          )
        : text(
            'Lập risks.yaml: rủi ro, cơ hội, hành động, người phụ trách.',
            'Write risks.yaml: risks, opportunities, actions, owners.',
          ),
    },
    gaps,
  );
}

/**
 * 6.2.2: the objectives in force say how they will be achieved (actions, who, how evaluated); 6.3: after the
 * unit's move to the standard, its context and risks were re-examined (a change carried out as planned).
 */
function planned(ev: Evidence, gaps: Gap[]): Check[] {
  const current = objectivesOf(ev);
  const list = current?.data.objectives ?? [];
  const unplanned = list
    .map((o, i) => ({ o, i }))
    .filter(({ o }) => !o.responsible || !o.method || (o.actions ?? []).length === 0)
    .map(({ i }) => String(i + 1));
  const c62 = scored(
    {
      id: 'iso2015-objectives',
      clause2015: '6.2',
      clause: '5.4.1',
      max: 5,
      file: current?.file ?? `objectives/${ev.asOf.slice(0, 4)}.yaml`,
      path: current ? '/objectives' : '',
      newFile: !current,
      askedElsewhere: !current,
      missing: !current
        ? [
            text(
              'không có mục tiêu chất lượng đang áp dụng để xem kế hoạch thực hiện (6.2; xem objectives-current)',
              'no quality objectives in force whose plan could be read (6.2; see objectives-current)',
            ),
          ]
        : unplanned.length > 0
          ? [
              text(
                `mục tiêu ${unplanned.join(', ')} chưa có kế hoạch thực hiện (hành động, người chịu trách nhiệm, cách đánh giá; 6.2.2)`,
                `objective(s) ${unplanned.join(', ')} have no plan (actions, who, how evaluated; 6.2.2)`,
              ),
            ]
          : [],
      share: list.length > 0 ? 1 - unplanned.length / list.length : 0,
      found: text(
        `${list.length} mục tiêu năm ${current?.data.year}, mỗi mục tiêu có hành động, người chịu trách nhiệm và cách đánh giá (6.2)`,
        `${list.length} objectives for ${current?.data.year}, each with actions, who and how evaluated (6.2)`,
      ),
      action: text(
        'Ghi cho mỗi mục tiêu: actions (việc làm), responsible (vai trò), method và frequency (cách, khi đánh giá).',
        'For each objective write actions, responsible (a role), method and frequency (how and when it is evaluated).',
      ),
    },
    gaps,
  );
  const moved = ev.manifest?.transition;
  const since = moved && moved.date <= ev.asOf ? moved.date : undefined;
  const stale = since
    ? (
        [
          ['context.yaml', ev.iso2015.context?.data],
          ['risks.yaml', ev.iso2015.risks?.data],
        ] as const
      )
        .filter(([, data]) => !data || lastReviewed(data) < since)
        .map(([file]) => file)
    : [];
  const c63 = scored(
    {
      id: 'iso2015-changes',
      clause2015: '6.3',
      clause: '5.4.2',
      max: 4,
      file: stale[0] ?? 'qms.yaml',
      path: stale.length > 0 ? '' : '/transition',
      missing:
        stale.length > 0
          ? [
              text(
                `sau khi chuyển sang ${ev.catalogue.standard.name} ngày ${vnDate(since!)}, chưa xem xét lại ${stale.join(', ')} (6.3)`,
                `${stale.join(', ')} not reviewed since the move to ${ev.catalogue.standard.name} on ${since} (6.3)`,
              ),
            ]
          : [],
      found: since
        ? text(
            `thay đổi được hoạch định: chuyển đổi ngày ${vnDate(since)} ghi trong qms.yaml, bối cảnh và rủi ro xem xét lại sau đó (6.3)`,
            `change planned: the transition of ${since} is recorded in qms.yaml, context and risks reviewed after it (6.3)`,
          )
        : text(
            `HTQLCL xây dựng theo ${ev.catalogue.standard.name} từ đầu: chưa có thay đổi lớn cần hoạch định (6.3)`,
            `QMS built on ${ev.catalogue.standard.name} from the start: no major change to plan yet (6.3)`,
          ),
      action: text(
        'Xem xét lại bối cảnh và rủi ro sau thay đổi (mục đích, hệ quả, nguồn lực, trách nhiệm; 6.3), cập nhật ngày reviewed của các tệp này.',
        'Re-examine context and risks after the change (purpose, consequences, resources, responsibilities; 6.3), then update their reviewed dates.',
      ),
    },
    gaps,
  );
  return [c62, c63];
}
