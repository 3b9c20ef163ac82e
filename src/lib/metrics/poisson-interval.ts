// Exact (Garwood) 95 % interval of a Poisson count: how far a rate built on k cases could be from the
// truth by chance alone. Used where a kecamatan's rate is set beside its city's.

/** P(X <= k) for X ~ Poisson(mu), summed in log space so large mu does not underflow. */
function poissonCdf(k: number, mu: number): number {
  if (mu <= 0) return 1;
  let logTerm = -mu;
  let sum = Math.exp(logTerm);
  for (let i = 1; i <= k; i++) {
    logTerm += Math.log(mu) - Math.log(i);
    sum += Math.exp(logTerm);
  }
  return Math.min(1, sum);
}

/** The mu at which `f(mu)` (decreasing in mu) crosses `target`, by bisection. */
function solve(f: (mu: number) => number, target: number, hi: number): number {
  let lo = 0;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** [lower, upper] of the exact 95 % interval for the expected count behind k observed cases. */
export function poissonInterval(k: number): [number, number] {
  const hi = k + 10 * Math.sqrt(k + 1) + 10;
  const upper = solve((mu) => poissonCdf(k, mu), 0.025, hi);
  const lower = k === 0 ? 0 : solve((mu) => poissonCdf(k - 1, mu), 0.975, hi);
  return [lower, upper];
}
