import { firstFromIso2008, loadCatalogue, sectionsOf, type Catalogue } from '../standard/catalogue.js';
import { DEFAULT_STANDARD } from '../standard/standards.js';
import { round1 } from './check.js';
import type { ClauseGroup, ScorePart, StageResult } from './types.js';

/**
 * The score by clause group: the sections of the unit's standard (4–8 on TCVN ISO 9001:2008, 4–10 on
 * TCVN ISO 9001:2015). Each check names the TCVN ISO 9001:2008 clause it serves; on another standard
 * it goes to the section of its first corresponding clause (data/iso9001-2008/clauses.yaml). On 2008
 * the maxima add up to 100 (4: 20, 5: 25, 6: 10, 7: 20, 8: 25; docs/readiness-json.md lists every check).
 */
export function scoreParts(stages: StageResult[], catalogue: Catalogue = loadCatalogue()): ScorePart[] {
  const groups = sectionsOf(catalogue);
  const parts = new Map<ClauseGroup, ScorePart>(groups.map((group) => [group, { group, points: 0, max: 0 }]));
  for (const stage of stages) {
    for (const c of stage.checks) {
      if (c.max === 0) continue;
      const part = parts.get(firstFromIso2008(catalogue, c.clause).split('.')[0]);
      if (!part) continue;
      part.points += c.points;
      part.max += c.max;
    }
  }
  const labelled = catalogue.standard.id !== DEFAULT_STANDARD;
  return groups.map((g) => {
    const p = parts.get(g)!;
    const title = catalogue.clause.get(g)!.title;
    return {
      group: g,
      points: round1(p.points),
      max: p.max,
      ...(labelled ? { label: { vi: `${g} ${title.vi}`, en: `${g} ${title.en}` } } : {}),
    };
  });
}
