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
