// Preloaded into a benchmarked `qms` process (node --import …/peak-rss.mjs bin/qms.js …): on exit, writes
// the process's peak resident memory (KB) and CPU time (µs, every thread) to $QMS_BENCH_RSS_FILE as JSON. Worker threads live in the same
// process, so their memory is in the figure (unlike child processes, which getrusage counts apart).
import { writeFileSync } from 'node:fs';

const file = process.env.QMS_BENCH_RSS_FILE;
if (file)
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRSS: u.maxRSS, cpu: u.userCPUTime + u.systemCPUTime }));
  });
