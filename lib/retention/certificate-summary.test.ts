// The retention certificate as `npm run verify-certificate` prints it (GDPR.md G1): whose records of which
// category, period and cutoff, counts, time range, the ids' hash and the run's times; the controller's copy says
// the held count is not stated; anything else is not summarised here.
import { describe, expect, it } from "vitest";
import { retentionCertificate } from "./certificate.ts";
import { retentionCertificateSummary } from "./certificate-summary.ts";

const at = new Date("2026-12-07T10:00:00.000Z");
const run = {
  id: "ev1",
  runId: "run1",
  category: "outbox-emails",
  organizationId: "org1",
  periodDays: 365,
  cutoff: new Date("2025-12-07T10:00:00.000Z"),
  selector: "OutboxEmail status = SENT",
  removed: 2,
  held: 1,
  oldestAt: new Date("2025-01-01T00:00:00.000Z"),
  newestAt: new Date("2025-06-01T00:00:00.000Z"),
  idsSha256: "ab".repeat(32),
  startedAt: at,
  finishedAt: at,
  error: null,
};
const certificate = (copy: "provider" | "controller") =>
  retentionCertificate({
    run,
    copy,
    label: { en: "Sent emails", de: "Versendete E-Mails" },
    organization: { slug: "acme", name: "Acme \u202eRetail" },
    issuer: { name: "Northwind Analytics GmbH", url: "https://trust.example.com" },
    publicKeys: "https://trust.example.com/.well-known/article28-certificate-keys.json",
  });

describe("retention certificate summary (G1)", () => {
  it("G1: prints the run's evidence; the controller's copy leaves the held count out; names without bidi controls (S25)", () => {
    const lines = retentionCertificateSummary(certificate("controller"))!.join("\n");
    expect(lines).toContain("Retention certificate ev1 (schema 1, controller's copy)");
    expect(lines).toContain('Category: "Sent emails" (outbox-emails)');
    expect(lines).toContain("Retention period: 365 days, cutoff 2025-12-07 10:00:00 UTC");
    expect(lines).toContain("Records removed: 2");
    expect(lines).toContain("Kept by a legal hold: not stated in the controller's copy");
    expect(lines).toContain("2025-01-01 00:00:00 UTC - 2025-06-01 00:00:00 UTC");
    expect(lines).toContain(`SHA-256 of the removed ids: ${"ab".repeat(32)}`);
    expect(lines).toContain("(acme, org1)");
    expect(lines).not.toContain("\u202e");
  });

  it("G2: the provider's copy states the rows a hold kept", () => {
    expect(retentionCertificateSummary(certificate("provider"))!.join("\n")).toContain(
      "Kept by a legal hold: 1",
    );
  });

  it("is null for another kind of document", () => {
    expect(retentionCertificateSummary({ type: "article28.dsr-certificate" })).toBeNull();
  });
});
