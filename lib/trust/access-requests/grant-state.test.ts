// Only an approved, unexpired, unrevoked grant of a document still in the library may download.
import { describe, expect, it } from "vitest";
import { grantState, type GrantFacts } from "./grant-state";

const now = new Date("2026-11-23T12:00:00Z");
const approved: GrantFacts = {
  status: "APPROVED",
  expiresAt: new Date("2026-12-01T00:00:00Z"),
  revokedAt: null,
  documentArchived: false,
};

describe("grant state", () => {
  it("is approved until the expiry instant, expired from then on", () => {
    expect(grantState(approved, now)).toBe("approved");
    expect(grantState({ ...approved, expiresAt: new Date(now.getTime() + 1) }, now)).toBe("approved");
    expect(grantState({ ...approved, expiresAt: now }, now)).toBe("expired");
    expect(grantState({ ...approved, expiresAt: null }, now)).toBe("expired");
  });

  it("is revoked or withdrawn (document archived) whatever the expiry", () => {
    expect(grantState({ ...approved, revokedAt: now }, now)).toBe("revoked");
    expect(grantState({ ...approved, documentArchived: true }, now)).toBe("withdrawn");
  });

  it("reports pending and denied grants as such", () => {
    expect(grantState({ ...approved, status: "PENDING", expiresAt: null }, now)).toBe("pending");
    expect(grantState({ ...approved, status: "PENDING", documentArchived: true }, now)).toBe("withdrawn");
    expect(grantState({ ...approved, status: "DENIED" }, now)).toBe("denied");
  });
});
