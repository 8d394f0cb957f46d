import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past what is live before it collects it again, for `qms build`: 50%.
 * Building promotes short-lived garbage to the old generation at a steady rate (each document's docx
 * objects outlive a scavenge or two while it is packed), and collecting it is cheap, so V8's own rule
 * grows the heap up to 4× what is live before a full collection: a unit of 1,000 procedures, with ~45 MB
 * live, peaked at 354 MB RSS (scripts/bench/build-large.mjs), 224 MB with this flag. The flag is
 * the process's (worker threads share it) and only spaces the full collections: nothing is held less or
 * more. V8 reads it each time it sets the next limit, so setting it at run time takes effect.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=50');
}

/**
 * How much a function runs before V8 optimizes it (TurboFan), for `qms build`: about 6× V8's default
 * (132 KB of bytecode budget). Rendering runs through hundreds of docx and YAML functions; with the
 * default V8 optimizes ~500 of them in each thread (370 distinct, some twice after a deoptimization),
 * on background threads that take ~1.3 s of CPU per thread for 6 communes — CPU that on 2 cores the
 * other thread building needed (issue 16: --jobs 2 against --jobs 1). With this budget only the hot
 * ones are optimized: the background threads' CPU (compiling, GC helpers, fsyncs) fell from 2.0 to 1.1 s
 * (--jobs 1) and from 2.9 to 1.3 s (--jobs 2) for 6 communes, from 4.3 to 2.9 s and 4.7 to 3.2 s for 20,
 * and the threads running JavaScript took no measurably longer (/proc per-thread CPU, load ~9).
 * Like the heap flag, it is the process's, is read as each function's budget is reset, and only changes
 * when code is optimized, never what it computes.
 */
export function optimizeOnlyHotCode(): void {
  setFlagsFromString('--interrupt-budget=800000');
}
