// Figures the benchmarks print: the middle of the sorted runs, and the range around it.

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** "median 8.8 ms, min 7.0 ms, max 10.5 ms" */
export function describeTimings(values: number[]): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  return `median ${ms(median(values))}, min ${ms(Math.min(...values))}, max ${ms(Math.max(...values))}`;
}
