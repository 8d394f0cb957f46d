import { round1 } from './check.js';
import { CLAUSE_GROUPS, type ClauseGroup, type ScorePart, type StageResult } from './types.js';

/**
 * The score by clause group 4–8: each check's points go to the group of its ISO clause. The maxima
 * add up to 100 (4: 20, 5: 25, 6: 10, 7: 20, 8: 25; docs/readiness-json.md lists every check).
 */
export function scoreParts(stages: StageResult[]): ScorePart[] {
  const parts = new Map<ClauseGroup, ScorePart>(CLAUSE_GROUPS.map((group) => [group, { group, points: 0, max: 0 }]));
  for (const stage of stages) {
    for (const c of stage.checks) {
      if (c.max === 0) continue;
      const part = parts.get(c.clause.split('.')[0] as ClauseGroup);
      if (!part) continue;
      part.points += c.points;
      part.max += c.max;
    }
  }
  return CLAUSE_GROUPS.map((g) => {
    const p = parts.get(g)!;
    return { group: g, points: round1(p.points), max: p.max };
  });
}
