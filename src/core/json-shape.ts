import Ajv2020 from 'ajv/dist/2020.js';

let ajv: InstanceType<typeof Ajv2020.default> | undefined;

/**
 * A checker for JSON that this tool wrote earlier and reads back (a --merge shard, the validate
 * cache): valid JSON of the wrong shape must be caught at the door, not crash deep inside as an
 * "internal error". Returns where the first problem is ("/units/0/score: must be number"), or
 * undefined when the value has the shape. Compiled on first use: only runs that read such files pay.
 */
export function shapeChecker(schema: object): (value: unknown) => string | undefined {
  let validate: ReturnType<InstanceType<typeof Ajv2020.default>['compile']> | undefined;
  return (value) => {
    ajv ??= new Ajv2020.default({ strict: true, allErrors: false });
    validate ??= ajv.compile(schema);
    if (validate(value)) return undefined;
    const e = validate.errors?.[0];
    return e ? `${e.instancePath || '/'}: ${e.message ?? 'wrong shape'}` : 'wrong shape';
  };
}
