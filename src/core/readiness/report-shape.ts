import { CLAUSE_GROUPS, STAGES, STATUSES } from './types.js';

/**
 * The shape of one unit in a readiness JSON result (types.ts UnitReadiness; docs/readiness-json.md),
 * checked when `qms readiness --merge` reads shard results back. Every field the roll-up and the
 * renderers read is here, with its type; unknown fields are allowed (newer minor additions).
 */
const text = {
  type: 'object',
  required: ['vi', 'en'],
  properties: { vi: { type: 'string' }, en: { type: 'string' } },
};
const check = {
  type: 'object',
  required: ['id', 'clause', 'required', 'passed', 'points', 'max', 'evidence'],
  properties: {
    id: { type: 'string' },
    clause: { type: 'string' },
    required: { type: 'boolean' },
    passed: { type: 'boolean' },
    points: { type: 'number' },
    max: { type: 'number' },
    evidence: text,
    file: { type: 'string' },
    path: { type: 'string' },
  },
};
const stage = { enum: STAGES };
const count = { type: 'integer', minimum: 0 };

export const READINESS_UNIT_SHAPE = {
  type: 'object',
  required: ['dir', 'status', 'stage', 'score', 'parts', 'targetAchieved', 'stages', 'blockers', 'validation', 'tthc'],
  properties: {
    dir: { type: 'string' },
    id: { type: 'string' },
    name: { type: 'string' },
    type: { enum: ['so', 'huyen', 'xa'] },
    parent: {
      type: 'object',
      required: ['id', 'name'],
      properties: { id: { type: 'string' }, name: { type: 'string' } },
    },
    status: { enum: STATUSES },
    stage,
    score: { type: 'number', minimum: 0, maximum: 100 },
    parts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['group', 'points', 'max'],
        properties: { group: { enum: CLAUSE_GROUPS }, points: { type: 'number' }, max: { type: 'number' } },
      },
    },
    targetAchieved: { type: 'boolean' },
    stages: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'order', 'applicable', 'met', 'checks'],
        properties: {
          id: stage,
          order: { type: 'integer' },
          applicable: { type: 'boolean' },
          met: { type: 'boolean' },
          date: { type: 'string' },
          checks: { type: 'array', items: check },
        },
      },
    },
    blockers: {
      type: 'array',
      items: {
        type: 'object',
        required: ['rank', 'code', 'stage', 'severity', 'message', 'action', 'file', 'pointsLost'],
        properties: {
          rank: { type: 'integer' },
          code: { type: 'string' },
          key: { type: 'string' },
          stage,
          severity: { enum: ['blocker', 'advice'] },
          message: text,
          action: text,
          file: { type: 'string' },
          newFile: { type: 'boolean' },
          path: { type: 'string' },
          files: { type: 'array', items: { type: 'string' } },
          pointsLost: { type: 'number' },
        },
      },
    },
    validation: {
      type: 'object',
      required: ['files', 'errors', 'warnings'],
      properties: { files: count, errors: count, warnings: count },
    },
    tthc: {
      type: 'object',
      required: ['required', 'covered'],
      properties: { required: count, covered: count },
    },
  },
};

/** The parts of a readiness result that --merge reads (the roll-up is recomputed). */
export const READINESS_RESULT_SHAPE = {
  type: 'object',
  required: ['schemaVersion', 'kind', 'asOf', 'units', 'skipped'],
  properties: {
    schemaVersion: { type: 'integer' },
    kind: { const: 'readiness' },
    asOf: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
    units: { type: 'array', items: READINESS_UNIT_SHAPE },
    skipped: {
      type: 'array',
      items: { type: 'object', required: ['path'], properties: { path: { type: 'string' } } },
    },
  },
};
