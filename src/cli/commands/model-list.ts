import { listModels, loadModel } from '../../core/model/load-model.js';
import type { Io } from '../io.js';

export function runModelList(options: { format: 'text' | 'json' }, io: Io): number {
  const models = listModels().map((m) => {
    const latest = loadModel(m.dir);
    return {
      id: m.id,
      title: latest.meta.title,
      versions: m.versions,
      latest: latest.meta.version,
      releaseDate: latest.meta.releaseDate,
      unitTypes: latest.meta.unitTypes,
    };
  });
  if (options.format === 'json') {
    io.out(JSON.stringify({ models }, null, 2));
    return 0;
  }
  for (const m of models) {
    io.out(`${io.color.bold(m.id)}  ${m.title}`);
    io.out(
      `  ${io.lang === 'vi' ? 'phiên bản' : 'versions'}: ${m.versions.join(', ')} (${io.lang === 'vi' ? 'mới nhất' : 'latest'} ${m.latest}, ${m.releaseDate})`,
    );
    io.out(`  ${io.lang === 'vi' ? 'loại đơn vị' : 'unit types'}: ${m.unitTypes.join(', ')}`);
  }
  return 0;
}
