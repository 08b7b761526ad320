// The fast audit hash gives exactly the bytes of its definition (H1, S18): canonicalJson over the chained
// fields, for any values — nulls, unicode, nested metadata in any key order, undefined metadata; the
// verification's form (the time read as text) gives the same hash; and canonicalJson is JSON.stringify of
// a copy with every object's keys sorted.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, eventHash, eventHashGeneric, storedEventHash, type HashedFields } from "./hash.ts";

const text = fc.string({ unit: "binary", maxLength: 40 });
const nullable = fc.option(text, { nil: null });
const fields: fc.Arbitrary<HashedFields> = fc.record({
  chain: text,
  seq: fc.integer({ min: 1 }),
  prevHash: text,
  createdAt: fc.date({ noInvalidDate: true, min: new Date(0), max: new Date("9999-12-31T00:00:00Z") }),
  organizationId: nullable,
  actorUserId: nullable,
  actorLabel: text,
  action: text,
  targetType: nullable,
  targetId: nullable,
  ip: nullable,
  userAgent: nullable,
  requestId: nullable,
  metadata: fc.oneof(fc.jsonValue(), fc.constant(undefined)),
});

describe("eventHash", () => {
  it("H1/S18: equals SHA-256 of canonicalJson over the chained fields, for any values", () => {
    fc.assert(
      fc.property(fields, (f) => {
        expect(eventHash(f)).toBe(eventHashGeneric(f));
      }),
      { numRuns: 500 },
    );
  });
});

/** The reference: canonicalJson as first written (entries filtered, sorted by code units, mapped, joined). */
function referenceJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(referenceJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${referenceJson(v)}`).join(",")}}`;
}

describe("canonicalJson", () => {
  it("H1/S18: gives the bytes of its first, simpler form, for any JSON value (integer-like and empty keys, __proto__, escapes)", () => {
    const key = fc.oneof(
      fc.string({ unit: "binary", maxLength: 6 }),
      fc.constantFrom("__proto__", "", "0", "1", "10", "a", "B"),
    );
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        fc.jsonValue({ maxDepth: 1 }),
        text,
        fc.array(tie("value"), { maxLength: 4 }),
        fc.dictionary(key, fc.oneof(tie("value"), fc.constant(undefined)), { maxKeys: 5 }),
      ),
    })).value;
    fc.assert(
      fc.property(json, (value) => {
        expect(canonicalJson(value)).toBe(referenceJson(value));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("storedEventHash", () => {
  it("H1/S18: equals eventHash when the time is its ISO string (as verification reads it)", () => {
    fc.assert(
      fc.property(fields, (f) => {
        expect(storedEventHash({ ...f, createdAt: f.createdAt.toISOString() })).toBe(eventHash(f));
      }),
      { numRuns: 500 },
    );
  });
});
