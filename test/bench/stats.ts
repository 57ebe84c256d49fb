/** Interleaved, repeated timing: medians, spread, and a flag when the runs disagree too much to trust. */
export const SPREAD_LIMIT = 0.25;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** (max − min) / median. */
export function spread(xs: readonly number[]): number {
  const m = median(xs);
  return m > 0 ? (Math.max(...xs) - Math.min(...xs)) / m : 0;
}

export const r1 = (v: number, d = 1) => Math.round(v * 10 ** d) / 10 ** d;

/** One JSON line in the format of scripts/bench.mjs. */
export function line(measure: string, unit: string, values: readonly number[], baselines: readonly number[], budget: number | null, extra: Record<string, unknown> = {}): string {
  const value = median(values);
  const baseline = median(baselines);
  const ratio = baseline > 0 ? value / baseline : null;
  const spreads = { value: r1(spread(values), 3), baseline: r1(spread(baselines), 3) };
  return JSON.stringify({
    measure,
    value: r1(value),
    baseline: r1(baseline),
    unit,
    ratio: ratio === null ? null : r1(ratio, 3),
    budget,
    withinBudget: budget === null || ratio === null ? null : ratio <= budget,
    runs: values.map((v) => r1(v)),
    baselineRuns: baselines.map((v) => r1(v)),
    spread: spreads,
    spreadTooWide: spreads.value > SPREAD_LIMIT || spreads.baseline > SPREAD_LIMIT,
    ...extra,
  });
}
