// Timing helpers for the benchmarks: warm up, run, report the median.
import { performance } from "node:perf_hooks";
import { median } from "@/lib/scoring/bench-scoring";

export { median };

/** Runs `work` `warmup` times unmeasured, then `runs` times; returns the median in ms. */
export async function medianMs(work: () => Promise<unknown>, { runs = 15, warmup = 2 } = {}): Promise<number> {
  for (let i = 0; i < warmup; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}
