import { isUnverified } from '../../core/law/time.js';
import { loadModel } from '../../core/model/load-model.js';
import type { Model } from '../../core/model/types.js';
import type { UnitType } from '../../core/unit/types.js';
import type { Io } from '../io.js';

export interface ModelShowOptions {
  id: string;
  modelVersion?: string;
  type?: UnitType;
  format: 'text' | 'json';
}

const TIME_UNITS = {
  vi: { working_day: 'ngày làm việc', day: 'ngày', same_day: 'trong ngày', same_session: 'trong buổi làm việc' },
  en: { working_day: 'working days', day: 'days', same_day: 'same day', same_session: 'within the session' },
};

export function runModelShow(options: ModelShowOptions, io: Io): number {
  const model = loadModel(options.id, options.modelVersion);
  const types = (options.type ? [options.type] : model.meta.unitTypes).filter((t) => model.unitTypes[t]);
  const catalogue = types.map((type) => ({
    type,
    title: model.unitTypes[type]!.title,
    systemProcedures: model.unitTypes[type]!.systemProcedures.map((code) => ({
      code,
      title: model.system.get(code)?.title,
      clause: model.system.get(code)?.clause,
    })),
    tthc: model.unitTypes[type]!.tthc.map((t) => summarise(model, t.id, t.group)),
  }));
  if (options.format === 'json') {
    io.out(
      JSON.stringify(
        {
          id: model.meta.id,
          version: model.meta.version,
          title: model.meta.title,
          releaseDate: model.meta.releaseDate,
          changelog: model.meta.changelog,
          unitTypes: catalogue,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  io.out(`${io.color.bold(`${model.meta.id} ${model.meta.version}`)}  ${model.meta.title} (${model.meta.releaseDate})`);
  for (const entry of catalogue) {
    io.out('');
    io.out(io.color.bold(`${entry.type}: ${entry.title}`));
    for (const p of entry.systemProcedures) io.out(`  ${p.code.padEnd(10)} ${p.title ?? ''} (${p.clause ?? ''})`);
    for (const t of entry.tthc) {
      const time = t.processingTime
        ? `${t.processingTime.unit === 'same_day' || t.processingTime.unit === 'same_session' ? '' : `${t.processingTime.value} `}${TIME_UNITS[io.lang][t.processingTime.unit]}${
            // Like a fee without a verified amount: the listing says so rather than show a certain figure.
            isUnverified(t.processingTime)
              ? io.lang === 'vi'
                ? ' (thời hạn chưa kiểm chứng)'
                : ' (time not verified)'
              : ''
          }`
        : '';
      const fee =
        t.fee === undefined
          ? io.lang === 'vi'
            ? 'miễn phí'
            : 'free'
          : t.fee.amount === undefined
            ? io.lang === 'vi'
              ? 'mức thu chưa kiểm chứng'
              : 'amount not verified'
            : `${t.fee.amount.toLocaleString('vi-VN')} đ${t.fee.per ? `/${t.fee.per}` : ''}`;
      const unchecked =
        t.unchecked.length === 0
          ? ''
          : `, ${io.lang === 'vi' ? 'chưa đối chiếu' : 'not checked'}: ${t.unchecked.join(', ')}`;
      io.out(
        `  ${t.code.padEnd(10)} ${t.title}  ${io.color.dim(`[${t.id}] ${time}${fee ? `, ${fee}` : ''}${unchecked}`)}`,
      );
    }
  }
  return 0;
}

function summarise(model: Model, id: string, group: string) {
  const template = model.tthc.get(id);
  return {
    id,
    group,
    code: template?.code ?? '?',
    title: template?.title ?? '?',
    field: template?.tthc?.field,
    processingTime: template?.processingTime,
    // The first fee is the headline one (later ones are usually reductions or per-page extras).
    fee: template?.fees?.find((f) => f.amount === undefined || f.amount > 0),
    unchecked: template?.unchecked ?? [],
  };
}
