// When a failed delivery is tried again: 5 s, 30 s, 2 min, 10 min, 30 min, 1 h and 3 h after the
// first to seventh failed attempt (eight attempts over about five hours); after the eighth failed
// attempt the delivery has failed for good. Pure.
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

const DELAYS_MS = [5 * SECOND, 30 * SECOND, 2 * MINUTE, 10 * MINUTE, 30 * MINUTE, HOUR, 3 * HOUR];

export const MAX_ATTEMPTS = DELAYS_MS.length + 1;

/** The wait after failed attempt number `attempts` (1-based), or null when no attempt is left. */
export function retryDelayMs(attempts: number): number | null {
  return attempts >= MAX_ATTEMPTS ? null : DELAYS_MS[Math.max(0, attempts - 1)]!;
}
