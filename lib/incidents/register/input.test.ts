// The incident title is one line of plain text (SECURITY.md S25): it reaches the breach notice emails,
// their subjects' neighbours and the deadline reminders; the description may have several lines.
import { describe, expect, it } from "vitest";
import { newIncidentInput } from "./input.ts";

const FORM = {
  title: "Phishing of end users",
  description: "Something happened.\n\nMore detail.",
  detectedAt: "2026-03-28T11:00",
  awareAt: "2026-03-28T12:00",
  timeZone: "UTC",
  dataCategories: "contact",
  systemIds: "",
  organizationIds: "",
};

describe("incident title (S25)", () => {
  it("accepts a one-line title and a multi-line description", () => {
    expect(newIncidentInput.safeParse(FORM).success).toBe(true);
  });

  it.each(["Phishing\nURGENT", "Phishing\u2028URGENT", "Phishing\u0085URGENT", "Phishing\u202Ex"])(
    "refuses the title %j (S25)",
    (title) => {
      const result = newIncidentInput.safeParse({ ...FORM, title });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.path[0])).toContain("title");
    },
  );

  it("refuses bidi controls in the description, which stays multi-line (S25)", () => {
    const result = newIncidentInput.safeParse({ ...FORM, description: "Normal\u202Etext" });
    expect(result.success).toBe(false);
  });
});
