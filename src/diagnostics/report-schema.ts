/**
 * JSON Schema of `qms validate --format json` (schemaVersion 1), documented in docs/validate-json.md.
 * Tests validate real output against it.
 */
const text = {
  type: 'object',
  additionalProperties: false,
  required: ['vi', 'en'],
  properties: { vi: { type: 'string' }, en: { type: 'string' } },
};
const counts = {
  error: { type: 'integer', minimum: 0 },
  warning: { type: 'integer', minimum: 0 },
  info: { type: 'integer', minimum: 0 },
  waived: { type: 'integer', minimum: 0 },
};

export const REPORT_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://qms.local/schemas/validate-result.schema.json',
  title: 'qms validate result',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'tool', 'asOf', 'units', 'skipped', 'summary'],
  properties: {
    schemaVersion: { const: 1 },
    tool: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'version'],
      properties: { name: { const: 'qms' }, version: { type: 'string' } },
    },
    asOf: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
    shard: {
      type: 'object',
      additionalProperties: false,
      required: ['index', 'count'],
      properties: { index: { type: 'integer', minimum: 1 }, count: { type: 'integer', minimum: 1 } },
    },
    units: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['dir', 'files', 'summary', 'diagnostics'],
        properties: {
          dir: { type: 'string' },
          id: { type: 'string' },
          name: { type: 'string' },
          type: { enum: ['so', 'huyen', 'xa'] },
          files: { type: 'integer', minimum: 0 },
          summary: {
            type: 'object',
            additionalProperties: false,
            required: ['error', 'warning', 'info', 'waived'],
            properties: counts,
          },
          diagnostics: { type: 'array', items: { $ref: '#/$defs/diagnostic' } },
        },
      },
    },
    skipped: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['path', 'reason'],
        properties: { path: { type: 'string' }, reason: { const: 'symlink' } },
      },
    },
    summary: {
      type: 'object',
      additionalProperties: false,
      required: ['units', 'files', 'error', 'warning', 'info', 'waived', 'unitsWithErrors', 'byRule'],
      properties: {
        units: { type: 'integer', minimum: 0 },
        files: { type: 'integer', minimum: 0 },
        ...counts,
        unitsWithErrors: { type: 'integer', minimum: 0 },
        byRule: { type: 'object', additionalProperties: { type: 'integer', minimum: 1 } },
      },
    },
  },
  $defs: {
    diagnostic: {
      type: 'object',
      additionalProperties: false,
      required: ['rule', 'alias', 'severity', 'message', 'unit', 'file', 'path', 'line', 'col'],
      properties: {
        rule: { type: 'string', pattern: '^QMS[0-9]{3}$' },
        alias: { type: 'string' },
        severity: { enum: ['error', 'warning', 'info'] },
        message: text,
        hint: text,
        clause: { type: 'string' },
        unit: { type: 'string' },
        file: { type: 'string' },
        path: { type: 'string' },
        line: { type: 'integer', minimum: 1 },
        col: { type: 'integer', minimum: 1 },
        code: { type: 'string' },
        waived: {
          type: 'object',
          additionalProperties: false,
          required: ['reason', 'approvedBy', 'expires'],
          properties: { reason: { type: 'string' }, approvedBy: { type: 'string' }, expires: { type: 'string' } },
        },
      },
    },
  },
} as const;
