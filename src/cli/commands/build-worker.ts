import { workerData } from 'node:worker_threads';
import { serveAsyncTasks } from '../../core/batch/async-pool.js';
import { checkUnit } from './build-validate.js';
import {
  runBuildTask,
  type BuildAsk,
  type BuildEvent,
  type BuildResult,
  type BuildTask,
  type JobOptions,
} from './build-unit.js';

/** A worker thread of `qms build --jobs N`: opens or joins the units the main thread sends, one at a time. */
const { options, claims } = workerData as { options: JobOptions; claims: SharedArrayBuffer };
const shared = new Int32Array(claims);

serveAsyncTasks<BuildTask, BuildResult, BuildAsk, void, BuildEvent>((task, channel) =>
  runBuildTask(task, options, checkUnit, shared, channel),
);
