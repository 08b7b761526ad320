// The evidence hash of a purge (G1): order-independent, one id per line with a trailing newline, so anyone
// holding the list can recompute it with `sort | sha256sum`.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { idsSha256 } from "./evidence.ts";

describe("idsSha256", () => {
  it("hashes the sorted ids one per line, whatever order they were removed in", () => {
    const expected = createHash("sha256").update("a1\nb2\nc3\n").digest("hex");
    expect(idsSha256(["c3", "a1", "b2"])).toBe(expected);
    expect(idsSha256(["b2", "c3", "a1"])).toBe(expected);
  });

  it("no ids: the hash of the empty string", () => {
    expect(idsSha256([])).toBe(createHash("sha256").update("").digest("hex"));
  });
});
