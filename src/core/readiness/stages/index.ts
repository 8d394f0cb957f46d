import type { StageRule } from '../check.js';
import { application } from './application.js';
import { audit } from './audit.js';
import { corrective } from './corrective.js';
import { documents } from './documents.js';
import { maintenance } from './maintenance.js';
import { review } from './review.js';
import { steering } from './steering.js';
import { target } from './target.js';
import { training } from './training.js';

/** The stages in order (domain.md §1.8); a stage may read the results of those before it. */
export const STAGE_RULES: StageRule[] = [
  steering,
  training,
  documents,
  application,
  audit,
  review,
  corrective,
  target,
  maintenance,
];
