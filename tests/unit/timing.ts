/**
 * The CPU time this process has used, in milliseconds. Unlike the wall clock it does not grow
 * while other processes take the cores (CI shares them), so a budget measured with it holds on a
 * busy machine and still fails on work that grows with the input.
 */
export function cpuNowMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * The shortest of a few runs of `run`, in CPU milliseconds. A pause of the garbage collector
 * slows one run; work that grows with the input slows them all: timing tests take the best run,
 * so they fail on the second and not on the first.
 */
export function bestTimeMs(run: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = cpuNowMs();
    run();
    best = Math.min(best, cpuNowMs() - start);
  }
  return best;
}
