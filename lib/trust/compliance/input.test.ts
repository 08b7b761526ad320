// Roadmap item input: strict (S13), calendar days checked, empty optional fields become null.
import { describe, expect, it } from "vitest";
import { complianceItemMoveInput, complianceItemUpdateInput, newComplianceItemInput } from "./input.ts";

const VALID = {
  standard: "ISO/IEC 27001:2022",
  standardDe: "",
  status: "IN_PROGRESS",
  targetDate: "2027-06-30",
  description: "Audit planned.",
  descriptionDe: "",
  certificateDocumentId: "",
};

describe("compliance item input", () => {
  it("parses a form: date to UTC midnight, empty certificate to null", () => {
    expect(newComplianceItemInput.parse(VALID)).toEqual({
      ...VALID,
      targetDate: new Date("2027-06-30T00:00:00Z"),
      certificateDocumentId: null,
    });
    expect(newComplianceItemInput.parse({ standard: "GDPR", status: "COMPLIANT" })).toMatchObject({
      targetDate: null,
      description: "",
      certificateDocumentId: null,
    });
  });

  it.each([
    [{ targetDate: "2027-02-30" }, "YYYY-MM-DD"],
    [{ targetDate: "30.06.2027" }, "YYYY-MM-DD"],
    [{ targetDate: "1999-12-31" }, "between 2000 and 2100"],
    [{ status: "CERTIFIED" }, "Choose a status"],
    [{ standard: " " }, "Name the standard"],
    [{ standard: "x".repeat(121) }, "At most 120"],
    [{ description: "x".repeat(2001) }, "At most 2,000"],
  ])("rejects %j", (overrides, message) => {
    const result = newComplianceItemInput.safeParse({ ...VALID, ...overrides });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message).join("\n")).toContain(message);
  });

  it("rejects extra fields (S13): position and timestamps are never taken from a form", () => {
    expect(newComplianceItemInput.safeParse({ ...VALID, position: "0" }).success).toBe(false);
    expect(complianceItemUpdateInput.safeParse({ ...VALID, id: "x", createdAt: "2020-01-01" }).success).toBe(
      false,
    );
    expect(complianceItemMoveInput.safeParse({ id: "x", direction: "sideways" }).success).toBe(false);
  });
});
