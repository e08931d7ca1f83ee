/**
 * Queueing-theory formulas for an M/M/c queue (Poisson arrivals, exponential service, c servers, first come,
 * first served): the oracle the discrete-event simulation is tested against. Source: Erlang C formula, e.g.
 * Kleinrock, Queueing Systems I (1975) §3.5; Gross & Harris, Fundamentals of Queueing Theory §2.3.
 */

/** Probability that an arriving customer waits (Erlang C) with `c` servers and offered load a = λ/μ (< c). */
export function erlangC(c: number, load: number): number {
  if (!(load < c)) return 1;
  // Erlang B by its stable recursion, then C from B
  let b = 1;
  for (let k = 1; k <= c; k++) b = (load * b) / (k + load * b);
  const rho = load / c;
  return b / (1 - rho * (1 - b));
}

/** Mean waiting time in the queue Wq = C(c, a) / (cμ − λ), in the unit of 1/λ and 1/μ. */
export function mmcMeanWait(lambda: number, mu: number, c: number): number {
  const load = lambda / mu;
  if (!(load < c)) return Infinity;
  return erlangC(c, load) / (c * mu - lambda);
}

/** Mean time in the system W = Wq + 1/μ. */
export function mmcMeanSojourn(lambda: number, mu: number, c: number): number {
  return mmcMeanWait(lambda, mu, c) + 1 / mu;
}
