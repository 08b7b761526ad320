import { describe, expect, it } from "vitest";
import { canonicalJson, eventHash, GENESIS_HASH } from "./hash.ts";

const base = {
  chain: "provider",
  seq: 1,
  prevHash: GENESIS_HASH,
  createdAt: new Date("2026-11-23T10:00:00.000Z"),
  organizationId: null,
  actorUserId: null,
  actorLabel: "system",
  action: "test.event",
  targetType: null,
  targetId: null,
  ip: null,
  userAgent: null,
  requestId: null,
  metadata: { b: 1, a: [2, { d: 3, c: 4 }] },
};

describe("audit hash (H1, S18)", () => {
  it("serialises objects with sorted keys at every level", () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
  });

  it("gives the same hash whatever the key order of metadata", () => {
    expect(eventHash(base)).toBe(eventHash({ ...base, metadata: { a: [2, { c: 4, d: 3 }], b: 1 } }));
  });

  it("changes when any chained field changes", () => {
    const original = eventHash(base);
    expect(eventHash({ ...base, action: "test.other" })).not.toBe(original);
    expect(eventHash({ ...base, prevHash: "f".repeat(64) })).not.toBe(original);
    expect(eventHash({ ...base, createdAt: new Date("2026-11-23T10:00:00.001Z") })).not.toBe(original);
    expect(eventHash({ ...base, metadata: { b: 2, a: [2, { d: 3, c: 4 }] } })).not.toBe(original);
  });

  it("ignores fields that are not chained (a whole row can be passed)", () => {
    expect(eventHash({ ...base, id: "x", hash: "y" } as typeof base)).toBe(eventHash(base));
  });
});
