import { describe, expect, it } from "vitest";
import { fixedClock } from "../time/clock.ts";
import {
  checkThrottle,
  clearFailures,
  consumeAttempt,
  recordFailure,
  type ThrottleRule,
} from "./throttle.ts";

const rule: ThrottleRule = { name: "test", limit: 3, windowMs: 60_000, blockMs: 300_000 };
const key = (subject: string) => [{ rule, subject }];

describe("throttling in PostgreSQL (S2)", () => {
  it("blocks a key when it reaches its limit, for the block time only (no permanent lockout)", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    await recordFailure(key("a"), clock);
    await recordFailure(key("a"), clock);
    expect(await checkThrottle(key("a"), clock)).toEqual({ blocked: false });
    await recordFailure(key("a"), clock);
    expect(await checkThrottle(key("a"), clock)).toEqual({ blocked: true, retryAfterMs: 300_000 });
    clock.advance(299_999);
    expect((await checkThrottle(key("a"), clock)).blocked).toBe(true);
    clock.advance(1);
    expect(await checkThrottle(key("a"), clock)).toEqual({ blocked: false });
  });

  it("starts a new window once the old one has passed", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    await recordFailure(key("b"), clock);
    await recordFailure(key("b"), clock);
    clock.advance(60_001);
    await recordFailure(key("b"), clock);
    expect(await checkThrottle(key("b"), clock)).toEqual({ blocked: false });
  });

  it("counts concurrent failures exactly, as several app instances would", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    const many: ThrottleRule = { ...rule, name: "test-many", limit: 25 };
    await Promise.all(Array.from({ length: 24 }, () => recordFailure([{ rule: many, subject: "c" }], clock)));
    expect((await checkThrottle([{ rule: many, subject: "c" }], clock)).blocked).toBe(false);
    await recordFailure([{ rule: many, subject: "c" }], clock);
    expect((await checkThrottle([{ rule: many, subject: "c" }], clock)).blocked).toBe(true);
  });

  it("keeps keys apart and forgets a key when cleared", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    for (let i = 0; i < 3; i++) await recordFailure(key("d"), clock);
    expect((await checkThrottle(key("e"), clock)).blocked).toBe(false);
    await clearFailures(key("d"));
    expect((await checkThrottle(key("d"), clock)).blocked).toBe(false);
  });

  it("lets a rate-limited request through up to its limit, then refuses", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push((await consumeAttempt(key("f"), clock)).blocked);
    expect(verdicts).toEqual([false, false, false, true]);
  });
});
