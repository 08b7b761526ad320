import { describe, expect, it } from "vitest";
import { complianceAnnouncement } from "./announcement.ts";

describe("compliance announcements (public updates)", () => {
  it("announces a new standard in both languages with its status and target date", () => {
    const update = complianceAnnouncement({
      kind: "added",
      standard: "SOC 2 Type II",
      status: "PLANNED",
      targetDate: new Date("2028-03-31T00:00:00Z"),
    });
    expect(update).toMatchObject({
      topic: "COMPLIANCE",
      path: "/compliance",
      title: "Compliance: SOC 2 Type II added to the roadmap",
    });
    expect(update.summary).toBe(
      "SOC 2 Type II is now on our compliance roadmap with the status “Planned”. Target date: 31 March 2028.",
    );
    expect(update.summaryDe).toBe(
      "SOC 2 Type II steht jetzt mit dem Status „Geplant“ in unserer Compliance-Roadmap. Zieldatum: 31. März 2028.",
    );
  });

  it("names the standard in German for German readers when it has a German name (issue 11)", () => {
    const update = complianceAnnouncement({
      kind: "added",
      standard: "GDPR (Regulation (EU) 2016/679)",
      standardDe: "DSGVO (Verordnung (EU) 2016/679)",
      status: "COMPLIANT",
      targetDate: null,
    });
    expect(update.title).toBe("Compliance: GDPR (Regulation (EU) 2016/679) added to the roadmap");
    expect(update.titleDe).toContain("DSGVO (Verordnung (EU) 2016/679)");
    expect(update.summaryDe).not.toContain("GDPR");
  });

  it("announces a status change from -> to, without a date sentence when none is set", () => {
    const update = complianceAnnouncement({
      kind: "status",
      standard: "ISO/IEC 27001",
      from: "IN_PROGRESS",
      to: "COMPLIANT",
      targetDate: null,
    });
    expect(update.title).toBe("Compliance: ISO/IEC 27001 is now “Compliant”");
    expect(update.titleDe).toBe("Compliance: ISO/IEC 27001 jetzt „Konform“");
    expect(update.summary).toBe(
      "The status of ISO/IEC 27001 on our compliance roadmap changed from “In progress” to “Compliant”.",
    );
    expect(update.summaryDe).toContain("von „In Umsetzung“ auf „Konform“");
  });
});
