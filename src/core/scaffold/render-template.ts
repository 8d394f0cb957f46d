import Handlebars from 'handlebars';
import type { Role } from '../unit/types.js';

/** What model templates may refer to (docs/model-format.md lists the placeholders). */
export interface TemplateContext {
  unit: { name: string; shortName: string; typeTitle: string; superior: string; city: string };
  roles: Role[];
  year?: number;
}

// An isolated Handlebars environment: only our two helpers, strict, no HTML escaping (the output is
// YAML data, serialised safely afterwards). Only model strings are compiled, never a user's text.
const hb = Handlebars.create();
hb.registerHelper('role', function (this: unknown, id: string, options: Handlebars.HelperOptions) {
  const role = (options.data as { root: TemplateContext }).root.roles.find((r) => r.id === id);
  if (!role) throw new Error(`unknown role "${id}"`);
  return role.title;
});
hb.registerHelper('person', function (this: unknown, id: string, options: Handlebars.HelperOptions) {
  const role = (options.data as { root: TemplateContext }).root.roles.find((r) => r.id === id);
  if (!role) throw new Error(`unknown role "${id}"`);
  return role.people[0] ?? role.title;
});
const compiled = new Map<string, HandlebarsTemplateDelegate>();

function renderString(template: string, context: TemplateContext): string {
  if (!template.includes('{{')) return template;
  let fn = compiled.get(template);
  if (!fn) {
    fn = hb.compile(template, {
      strict: true,
      noEscape: true,
      knownHelpers: { role: true, person: true },
      knownHelpersOnly: true,
    });
    compiled.set(template, fn);
  }
  return fn(context).normalize('NFC');
}

/** Render every string of a model template (deep), keeping the shape and key order. */
export function renderTemplate<T>(value: T, context: TemplateContext): T {
  if (typeof value === 'string') return renderString(value, context) as T;
  if (Array.isArray(value)) return (value as unknown[]).map((v) => renderTemplate(v, context)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = renderTemplate(v, context);
    return out as T;
  }
  return value;
}
