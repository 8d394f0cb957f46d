import { workerData } from 'node:worker_threads';
import { serveAsyncTasks } from '../../core/batch/async-pool.js';
import { checkUnit } from './build-validate.js';
import { buildUnit, type BuildChannel, type JobOptions, type UnitJob } from './build-unit.js';
import type { BuildAsk, BuildEvent } from './build-run.js';

/** A worker thread of `qms build --jobs N`: builds the units the main thread sends, one at a time. */
const options = (workerData as { options: JobOptions }).options;

serveAsyncTasks<UnitJob, Awaited<ReturnType<typeof buildUnit>>, BuildAsk, void, BuildEvent>((job, channel) => {
  const hooks: BuildChannel = {
    lock: (j) => channel.ask({ lock: j }),
    progress: (done, total) => channel.tell({ done, total }),
  };
  return buildUnit(job, options, checkUnit, hooks);
});
