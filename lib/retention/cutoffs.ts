// The cutoffs of one category at one moment: the policy's, and each organisation's own shorter one.
import type { Cutoffs } from "./expired.ts";
import { cutoffOf } from "./policies.ts";

export function cutoffsFor(now: Date, periodDays: number, overrides: ReadonlyMap<string, number>): Cutoffs {
  return {
    policy: cutoffOf(now, periodDays),
    byOrganization: new Map([...overrides].map(([org, days]) => [org, cutoffOf(now, days)])),
  };
}
