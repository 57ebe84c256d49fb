/** A benchmark measure: its figure and a baseline measured in the same run. */
export type MeasureResult = { value: number; baseline: number; extra?: Record<string, unknown> };
export type Measure = { name: string; unit: string; budget?: number; run(): Promise<MeasureResult> };
