// Figures the benchmarks print: the middle of the sorted runs, and the range around it.

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
