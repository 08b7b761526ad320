import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { fixedClock } from "../time/clock.ts";
import { clearFailures, consumeAttempt, releaseAttempt, type ThrottleRule } from "./throttle.ts";

const rule: ThrottleRule = { name: "test", limit: 3, windowMs: 60_000, blockMs: 300_000 };
const key = (subject: string) => [{ rule, subject }];

/** Consumes `n` attempts one after the other; whether each was refused. */
async function attempts(keys: ReturnType<typeof key>, n: number, clock = fixedClock("2026-11-23T10:00:00Z")) {
  const refused: boolean[] = [];
  for (let i = 0; i < n; i++) refused.push((await consumeAttempt(keys, clock)).blocked);
  return refused;
}

describe("throttling in PostgreSQL (S2)", () => {
  it("lets attempts through up to the limit, then blocks for the block time only (no permanent lockout)", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    expect(await attempts(key("a"), 3, clock)).toEqual([false, false, false]);
    expect(await consumeAttempt(key("a"), clock)).toEqual({ blocked: true, retryAfterMs: 300_000 });
    clock.advance(299_999);
    expect((await consumeAttempt(key("a"), clock)).blocked).toBe(true);
    clock.advance(1);
    expect(await consumeAttempt(key("a"), clock)).toEqual({ blocked: false });
  });

  it("starts a new window once the old one has passed", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    await attempts(key("b"), 2, clock);
    clock.advance(60_001);
    expect(await attempts(key("b"), 3, clock)).toEqual([false, false, false]);
  });

  it("counts before anything is checked: of simultaneous attempts exactly `limit` get through (S2)", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    const many: ThrottleRule = { ...rule, name: "test-many", limit: 10 };
    const verdicts = await Promise.all(
      Array.from({ length: 40 }, () => consumeAttempt([{ rule: many, subject: "c" }], clock)),
    );
    expect(verdicts.filter((v) => !v.blocked)).toHaveLength(10);
    expect(verdicts.filter((v) => v.blocked).every((v) => v.blocked && v.retryAfterMs === 300_000)).toBe(
      true,
    );
  });

  it("keeps keys apart and forgets a key when cleared", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    await attempts(key("d"), 4, clock);
    expect((await consumeAttempt(key("e"), clock)).blocked).toBe(false);
    await clearFailures(key("d"));
    expect((await consumeAttempt(key("d"), clock)).blocked).toBe(false);
  });

  it("gives an attempt back on release, lifting the block only that attempt had set", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    expect(await attempts(key("f"), 3, clock)).toEqual([false, false, false]);
    await releaseAttempt(key("f")); // the third attempt turned out to be right
    expect(await consumeAttempt(key("f"), clock)).toEqual({ blocked: false });
    expect((await consumeAttempt(key("f"), clock)).blocked).toBe(true);
  });

  it("refuses when any key is blocked, without counting the attempt against the others", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    const wide: ThrottleRule = { ...rule, name: "test-wide", limit: 100 };
    await attempts(key("g"), 3, clock);
    for (let i = 0; i < 5; i++) {
      const verdict = await consumeAttempt([{ rule: wide, subject: "g" }, ...key("g")], clock);
      expect(verdict.blocked).toBe(true);
    }
    const counter = await db.throttleCounter.findUniqueOrThrow({ where: { key: "test-wide:g" } });
    expect(counter.count).toBe(0);
  });
});
