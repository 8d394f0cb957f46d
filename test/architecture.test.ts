import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers of docs/architecture.md, read from its table: a module imports only from its own folder,
 * from lower layers, and from its own layer when the layer is shared. Every source file has a place.
 */

const root = resolve(import.meta.dirname, '..');

interface Layer {
  level: number;
  name: string;
  shared: boolean;
  places: string[];
}

function readLayers(): Layer[] {
  const doc = readFileSync(join(root, 'docs', 'architecture.md'), 'utf8');
  return doc
    .split('\n')
    .filter((line) => /^\|\s*\d+\s*\|/.test(line))
    .map((line) => {
      const cells = line.split('|').map((c) => c.trim());
      return {
        level: Number(cells[1]),
        name: cells[2],
        shared: cells[3] === 'yes',
        places: [...cells[4].matchAll(/`([^`]+)`/g)].map((m) => m[1]),
      };
    });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : [],
  );
}

/** Relative imports of a module, static (`from '…'`, `import '…'`) and dynamic (`import('…')`). */
function importsOf(file: string): string[] {
  const source = readFileSync(join(root, file), 'utf8');
  const specs = [...source.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]);
  return specs.map((s) => relative(root, resolve(root, dirname(file), s)).replace(/\.js$/, '.ts'));
}

const layers = readLayers();

/** The layer and the place (folder or file) a source file belongs to, by the longest matching entry. */
function placeOf(file: string): { layer: Layer; place: string } | undefined {
  let best: { layer: Layer; place: string } | undefined;
  for (const layer of layers) {
    for (const place of layer.places) {
      if ((file === place || file.startsWith(`${place}/`)) && (!best || place.length > best.place.length))
        best = { layer, place };
    }
  }
  return best;
}

describe('layers (docs/architecture.md)', () => {
  it('the table has the layers, lowest first', () => {
    expect(layers.map((l) => l.level)).toEqual(layers.map((_, i) => i));
    expect(layers.map((l) => l.name)).toContain('domain');
  });

  const files = sourceFiles('src');

  it('places every source file', () => {
    expect(files.filter((f) => !placeOf(f))).toEqual([]);
  });

  it('has no import that points up or across a feature layer', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = placeOf(file)!;
      for (const target of importsOf(file)) {
        const to = placeOf(target);
        if (!to) {
          wrong.push(`${file} → ${target} (not in the table)`);
          continue;
        }
        if (to.place === from.place || to.layer.level < from.layer.level) continue;
        if (to.layer.level === from.layer.level && from.layer.shared) continue;
        wrong.push(`${file} (${from.layer.name}) → ${target} (${to.layer.name})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('catches an import that points up', () => {
    // The check itself: validate (features) importing audit (a higher layer) is refused.
    const from = placeOf('src/core/validate/rules/qms040-nonconformity-overdue.ts')!;
    const to = placeOf('src/core/audit/unit-scope.ts')!;
    expect(to.layer.level).toBeGreaterThan(from.layer.level);
    expect(placeOf('src/core/yaml/read-yaml.ts')!.layer.level).toBeLessThan(from.layer.level);
  });
});
