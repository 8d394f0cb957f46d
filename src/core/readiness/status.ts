import type { Evidence } from './evidence.js';
import { applicationStart } from './evidence.js';
import { decided } from './stages/steering.js';
import type { TargetState } from './stages/target.js';
import { STAGES, type StageId, type StageResult, type Status } from './types.js';

/**
 * The status and the stage to work on. Certified or announced units are in maintenance: "đã chứng
 * nhận" / "đã công bố" while every earlier stage still holds, "cần duy trì" when one lapsed (or the
 * certificate expired). Before that: ready when stages 1–7 are met, else by the milestones reached.
 */
export function statusOf(
  ev: Evidence,
  stages: ReadonlyMap<StageId, StageResult>,
  state: TargetState,
): { status: Status; stage: StageId } {
  if (state.achieved) {
    const kept = stages.get('maintenance')!.met;
    return {
      status: !kept ? 'needs-maintenance' : state.achieved === 'announcement' ? 'announced' : 'certified',
      stage: 'maintenance',
    };
  }
  // A certificate or announcement to a standard no longer recognised (TCVN ISO 9001:2008 after 15/09/2018).
  if (state.transition) return { status: 'needs-transition', stage: 'target' };
  if (state.lapsed) return { status: 'needs-maintenance', stage: 'target' };
  const stage = STAGES.find((id) => !stages.get(id)!.met) ?? 'target';
  if (stage === 'target') return { status: 'ready', stage };
  const m = ev.milestones;
  const issued = decided(m.documentsIssued, ev.asOf);
  if (issued && applicationStart(ev)) return { status: 'applying', stage };
  const started =
    issued ||
    decided(m.steeringCommittee, ev.asOf) ||
    decided(m.managementRepresentative, ev.asOf) ||
    (m.training ?? []).some((t) => t.date <= ev.asOf);
  return { status: started ? 'building' : 'not-started', stage };
}
