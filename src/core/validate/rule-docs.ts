import type { RuleMeta } from './rule.js';

const SEVERITY = { error: ['lỗi', 'error'], warning: ['cảnh báo', 'warning'], info: ['thông tin', 'info'] } as const;

/** The docs page of a rule (docs/rules/<id>.md), generated from its metadata; a test keeps the files current. */
export function renderRuleDoc(rule: RuleMeta): string {
  const [sevVi, sevEn] = SEVERITY[rule.severity];
  return `# ${rule.id} \`${rule.alias}\`

| | |
| --- | --- |
| Mã / id | ${rule.id} |
| Tên / alias | \`${rule.alias}\` |
| Điều khoản TCVN ISO 9001:2008 / clause | ${rule.clause} |
| Mức mặc định / default severity | ${sevVi} / ${sevEn} |

## ${rule.title.vi}

${rule.description.vi}

**Cách xử lý:** ${rule.hint.vi}

## ${rule.title.en}

${rule.description.en}

**What to do:** ${rule.hint.en}

## Chấp thuận sai lệch / Waiving a finding

\`\`\`yaml
# qms.yaml
waivers:
  - rule: ${rule.id}            # hoặc / or: ${rule.alias}
    file: procedures/QT-HT-01.yaml   # tùy chọn / optional
    path: /steps/2                   # tùy chọn / optional
    reason: Lý do được chấp thuận
    approvedBy: Nguyễn Văn An
    expires: "2013-12-31"
\`\`\`

<!-- Generated from src/core/validate/rules/ by renderRuleDoc; test/core/validate/registry.test.ts checks it is current (UPDATE_RULE_DOCS=1 rewrites it). -->
`;
}
