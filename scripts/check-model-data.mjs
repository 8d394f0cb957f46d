// quick checker for model data: node /tmp/check-model.mjs <files...>
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import Handlebars from 'handlebars';
const root = new URL('../schemas/', import.meta.url).pathname;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
for (const f of [
  'audit',
  'review',
  'answers',
  'procedure',
  'model-procedure',
  'policy',
  'objectives',
  'manual',
  'model-policy',
  'model-objectives',
  'model-manual',
  'unit',
  'unit-type',
  'model',
  'legal-register',
])
  ajv.addSchema(JSON.parse(readFileSync(root + f + '.schema.json', 'utf8')));
const hb = Handlebars.create();
hb.registerHelper('role', (id) => `ROLE(${id})`);
hb.registerHelper('person', (id) => `PERSON(${id})`);
const ctx = {
  unit: { name: 'UBND xã X', shortName: 'xã X', typeTitle: 't', superior: 's', city: 'Hà Nội' },
  year: 2012,
};
let bad = 0;
for (const file of process.argv.slice(2)) {
  const src = readFileSync(file, 'utf8');
  const m = src.match(/\$schema=\S*\/([a-z-]+)\.schema\.json/);
  const kind = m ? m[1] : 'model-procedure';
  const data = parse(src, { schema: 'core', uniqueKeys: true });
  const validate = ajv.getSchema(`https://qms.local/schemas/${kind}.schema.json`);
  if (!validate(data)) {
    bad++;
    console.log(file, JSON.stringify(validate.errors.slice(0, 5), null, 1));
  }
  const walk = (v) => {
    if (typeof v === 'string') {
      if (v.includes('{{')) hb.compile(v, { strict: true, noEscape: true })(ctx);
    } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  try {
    walk(data);
  } catch (e) {
    bad++;
    console.log(file, 'template:', e.message);
  }
  if (src.normalize('NFC') !== src) {
    bad++;
    console.log(file, 'not NFC');
  }
  if (data && Array.isArray(data.steps) && data.processingTime) {
    const pt = data.processingTime;
    const hours = data.steps.reduce(
      (s, st) => s + (st.time ? (st.time.unit === 'hour' ? st.time.value : st.time.value * 8) : 0),
      0,
    );
    const limit = pt.unit === 'same_day' ? 17 - (pt.cutoffHour ?? 15) : pt.value * 8;
    if (hours > limit + 1e-9) {
      bad++;
      console.log(file, `steps take ${hours}h > legal ${limit}h`);
    }
    const codes = new Set((data.forms ?? []).map((f) => f.code));
    for (const st of data.steps)
      for (const fc of st.forms ?? [])
        if (!codes.has(fc)) {
          bad++;
          console.log(file, 'form not listed', fc);
        }
    for (const d of data.dossier ?? [])
      if (d.form && !codes.has(d.form)) {
        bad++;
        console.log(file, 'form not listed', d.form);
      }
  }
}
console.log(bad ? `${bad} problem(s)` : 'all ok');
process.exitCode = bad ? 1 : 0;
