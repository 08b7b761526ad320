// Every date field of every form is bounded (years 2000–2100): the probe entered 0001-01-01T00:00 as the
// time an organisation notified its authority, and it was stored. The one rule is lib/time/date-input.ts;
// this file checks that each form's fields really go through it (S13: input validated at the edge).
import { describe, expect, it } from "vitest";
import { authorityReportInput } from "../incidents/notifications/authority-report.ts";
import { incidentUpdateInput, newIncidentInput } from "../incidents/register/input.ts";
import { newComplianceItemInput } from "../trust/compliance/input.ts";
import { publishInput } from "../trust/policies/publish.ts";
import { announceChangeInput } from "../trust/subprocessors/announce-input.ts";

describe("every form's date fields are bounded", () => {
  const FAR_PAST_DAY = "0001-01-01";
  const FAR_FUTURE_DAY = "9999-12-31";

  it("the authority report (B4): the time the organisation notified its authority", () => {
    const report = {
      slug: "acme",
      notificationId: "n1",
      authorityReference: "",
      authorityDelayReason: "",
    };
    expect(
      authorityReportInput.safeParse({ ...report, authorityNotifiedAt: "2026-03-30T08:00" }).success,
    ).toBe(true);
    for (const value of ["0001-01-01T00:00", "9999-12-31T23:59"])
      expect(authorityReportInput.safeParse({ ...report, authorityNotifiedAt: value }).success, value).toBe(
        false,
      );
  });

  it("the breach register: detection and awareness times", () => {
    const incident = {
      title: "Lost laptop",
      description: "A laptop was left on a train.",
      detectedAt: "2026-03-28T09:00",
      awareAt: "2026-03-28T10:00",
      timeZone: "Europe/Berlin",
    };
    expect(newIncidentInput.safeParse(incident).success).toBe(true);
    for (const field of ["detectedAt", "awareAt"] as const)
      for (const value of ["0001-01-01T00:00", "9999-12-31T23:59"]) {
        const changed = { ...incident, [field]: value };
        expect(newIncidentInput.safeParse(changed).success, `${field} ${value}`).toBe(false);
        expect(incidentUpdateInput.safeParse({ id: "i1", ...changed }).success, `${field} ${value}`).toBe(
          false,
        );
      }
  });

  it("subprocessor announcements: the effective date", () => {
    const removal = { type: "REMOVE", stoppingId: "s1" };
    expect(announceChangeInput.safeParse({ ...removal, effectiveDate: "2026-05-01" }).success).toBe(true);
    for (const value of [FAR_PAST_DAY, FAR_FUTURE_DAY])
      expect(announceChangeInput.safeParse({ ...removal, effectiveDate: value }).success, value).toBe(false);
  });

  it("policy documents: the effective date", () => {
    const publish = {
      slug: "toms",
      locale: "en",
      title: "T",
      body: "Text.\n",
      changelog: "c",
    };
    expect(publishInput.safeParse({ ...publish, effectiveDate: "2026-03-01" }).success).toBe(true);
    for (const value of [FAR_PAST_DAY, FAR_FUTURE_DAY])
      expect(publishInput.safeParse({ ...publish, effectiveDate: value }).success, value).toBe(false);
  });

  it("the compliance roadmap: the target date", () => {
    const item = { standard: "ISO/IEC 27001:2022", status: "IN_PROGRESS" };
    expect(newComplianceItemInput.safeParse({ ...item, targetDate: "2027-06-30" }).success).toBe(true);
    for (const value of [FAR_PAST_DAY, FAR_FUTURE_DAY])
      expect(newComplianceItemInput.safeParse({ ...item, targetDate: value }).success, value).toBe(false);
  });
});
