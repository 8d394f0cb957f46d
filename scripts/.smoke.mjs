import { validateUnit } from '../dist/core/validate/index.js';
const t0 = performance.now();
const r = validateUnit(process.argv[2], { asOf: '2013-01-01' });
console.log(performance.now() - t0, 'ms');
for (const d of r.diagnostics) console.log(`${d.file}:${d.line}:${d.col} ${d.severity} ${d.rule}/${d.alias} ${d.message.vi}`);
console.log(r.files, r.id, r.name);
