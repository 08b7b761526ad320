// The fast audit hash gives exactly the bytes of its definition (H1, S18): canonicalJson over the chained
// fields, for any values — nulls, unicode, nested metadata in any key order, undefined metadata.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eventHash, eventHashGeneric, type HashedFields } from "./hash.ts";

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
