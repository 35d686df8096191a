/**
 * The shortest of a few runs of `run`, in milliseconds. A pause of the garbage collector or a
 * busy machine slows one run; work that grows with the input slows them all: timing tests take
 * the best run, so they fail on the second and not on the first.
 */
export function bestTimeMs(run: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
