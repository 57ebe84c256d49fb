/**
 * A benchmark measure: one round gives its figure and a baseline measured in the same
 * round (the two interleaved). The harness (main.ts) runs `repeats` rounds, passing the
 * round number so a measure can alternate which side goes first, and prints medians,
 * runs and spread (test/bench/stats.ts).
 */
export type MeasureResult = { value: number; baseline: number; extra?: Record<string, unknown> };
export type Measure = {
  name: string;
  unit: string;
  budget?: number;
  /** At most this many rounds (a measure whose one round already repeats inside it, or that takes minutes). */
  maxRepeats?: number;
  /** Runs only with BENCH_LARGE=1 (a million records: tens of minutes on this machine). */
  large?: boolean;
  run(round: number): Promise<MeasureResult>;
};
