/** Injectable time source: everything time-dependent takes a Clock so tests can move time. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until moved; for tests. */
export function fixedClock(
  start: Date | string,
): Clock & { advance(ms: number): void; set(at: Date | string): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    advance: (ms) => (current = new Date(current.getTime() + ms)),
    set: (at) => (current = new Date(at)),
  };
}
