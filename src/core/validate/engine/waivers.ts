import type { Diagnostic } from '../../../diagnostics/diagnostic.js';
import type { Waiver } from '../../unit/types.js';
import { text } from '../../text.js';
import type { Finding } from '../rule.js';

export interface WaiverOutcome {
  /** Findings about the waivers themselves, as [rule id, finding]. */
  findings: Array<[string, Finding]>;
}

/**
 * Mark the diagnostics a valid waiver accepts (`waived`), and report waivers that expired before
 * `asOf` (QMS030; they accept nothing) and waivers that accept nothing (QMS031). A waiver matches by
 * rule id or alias, by file (exact, or a folder ending in "/"), and by YAML path (exact or a parent).
 */
export function applyWaivers(
  diagnostics: Diagnostic[],
  waivers: Waiver[] | undefined,
  manifestFile: string,
  asOf: string,
): WaiverOutcome {
  const findings: Array<[string, Finding]> = [];
  (waivers ?? []).forEach((waiver, index) => {
    const at = `/waivers/${index}`;
    if (waiver.expires < asOf) {
      findings.push([
        'QMS030',
        {
          file: manifestFile,
          path: `${at}/expires`,
          message: text(
            `chấp thuận sai lệch cho ${waiver.rule} đã hết hạn ngày ${waiver.expires}; phát hiện tương ứng được tính lại`,
            `the waiver for ${waiver.rule} expired on ${waiver.expires}; its findings count again`,
          ),
        },
      ]);
      return;
    }
    let used = false;
    for (const d of diagnostics) {
      if (d.waived || !matches(waiver, d)) continue;
      d.waived = { reason: waiver.reason, approvedBy: waiver.approvedBy, expires: waiver.expires };
      used = true;
    }
    if (!used) {
      findings.push([
        'QMS031',
        {
          file: manifestFile,
          path: at,
          message: text(
            `chấp thuận sai lệch cho ${waiver.rule}${waiver.file ? ` (${waiver.file})` : ''} không khớp với phát hiện nào`,
            `the waiver for ${waiver.rule}${waiver.file ? ` (${waiver.file})` : ''} matches no finding`,
          ),
        },
      ]);
    }
  });
  return { findings };
}

function matches(waiver: Waiver, d: Diagnostic): boolean {
  if (waiver.rule !== d.rule && waiver.rule !== d.alias) return false;
  if (d.rule === 'QMS030' || d.rule === 'QMS031') return false;
  if (waiver.file && waiver.file !== d.file && !(waiver.file.endsWith('/') && d.file.startsWith(waiver.file)))
    return false;
  if (waiver.path && waiver.path !== d.path && !d.path.startsWith(`${waiver.path}/`)) return false;
  return true;
}
