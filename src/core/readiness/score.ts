import { firstFromIso2008, loadCatalogue, sectionsOf, type Catalogue } from '../standard/catalogue.js';
import { DEFAULT_STANDARD } from '../standard/standards.js';
import { round1 } from './check.js';
import type { ClauseGroup, ScorePart, StageResult } from './types.js';

/**
 * The score by clause group: the sections of the unit's standard (4–8 on TCVN ISO 9001:2008, 4–10 on
 * TCVN ISO 9001:2015). Each check names the TCVN ISO 9001:2008 clause it serves; on another standard
 * it goes to the section of its first corresponding clause (data/iso9001-2008/clauses.yaml), or of its
 * own clause2015 for what only 2015 asks (context, risks…). On 2008 the maxima add up to 100 (4: 20,
 * 5: 25, 6: 10, 7: 20, 8: 25; docs/readiness-json.md lists every check); on 2015 to 130 (scoreOf).
 */
export function scoreParts(stages: StageResult[], catalogue: Catalogue = loadCatalogue()): ScorePart[] {
  const groups = sectionsOf(catalogue);
  const parts = new Map<ClauseGroup, ScorePart>(groups.map((group) => [group, { group, points: 0, max: 0 }]));
  for (const stage of stages) {
    for (const c of stage.checks) {
      if (c.max === 0) continue;
      const own = c.clause2015 !== undefined && catalogue.clause.has(c.clause2015) ? c.clause2015 : undefined;
      const part = parts.get((own ?? firstFromIso2008(catalogue, c.clause)).split('.')[0]);
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

/** The 0–100 score of the parts: their points as a share of their maxima (the plain sum on 2008, where they make 100). */
export function scoreOf(parts: ScorePart[]): number {
  const max = parts.reduce((n, p) => n + p.max, 0);
  const points = parts.reduce((n, p) => n + p.points, 0);
  return max === 0 ? 0 : Math.round((points * 100) / max);
}
