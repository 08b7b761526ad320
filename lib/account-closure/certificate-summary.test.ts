// The account deletion certificate as `npm run verify-certificate` prints it (D4): systems, counts, times and
// what the provider keeps; anything else is not summarised here.
import { describe, expect, it } from "vitest";
import { deletionCertificate } from "./certificate.ts";
import { deletionCertificateSummary } from "./certificate-summary.ts";

const at = new Date("2026-12-07T10:00:00.000Z");
const certificate = deletionCertificate({
  provider: "Northwind Analytics GmbH",
  closure: {
    reference: "AC-7F3A9C",
    choice: "RETURN",
    organizationId: "org1",
    organizationSlug: "acme",
    organizationName: "Acme \u202eRetail",
    requestedAt: at,
    requestedByName: "Olga Owner",
    deleteAfter: at,
    deleteBy: at,
    startedAt: at,
  },
  completedAt: at,
  deleted: {
    removed: [{ entity: "members", records: 3 }],
    breaches: [
      {
        incident: "INC-2026-0001",
        phases: [1, 2],
        firstSentAt: null,
        firstDeliveredAt: null,
        acknowledgedAt: null,
      },
    ],
    auditChain: { chain: "org:org1", events: 42, newestAt: at.toISOString() },
  },
  systems: [
    {
      key: "product-database",
      name: "Product database",
      connector: "WEBHOOK",
      status: "DONE",
      records: 3,
      tables: ["accounts"],
      firstAskedAt: at.toISOString(),
      answeredAt: at.toISOString(),
      ground: null,
      blockedUntil: null,
      error: null,
      confirmedBy: null,
      evidence: null,
    },
  ],
  publicKeys: "https://trust.example.com/.well-known/article28-certificate-keys.json",
});

describe("deletion certificate summary (D4)", () => {
  it("D4: prints systems, counts, times and what is kept; user text quoted without bidi controls (S25)", () => {
    const lines = deletionCertificateSummary(certificate)!.join("\n");
    expect(lines).toContain("Deletion certificate AC-7F3A9C (schema 1)");
    expect(lines).toContain("  - members: 3");
    expect(lines).toContain("Product database");
    expect(lines).toContain("done, 3 records, answered 2026-12-07 10:00:00 UTC");
    expect(lines).toContain("audit chain org:org1: 42 events");
    expect(lines).toContain("breach INC-2026-0001: phases 1, 2 notified");
    expect(lines).not.toContain("\u202e");
  });

  it("is null for another kind of document", () => {
    expect(deletionCertificateSummary({ type: "article28.dsr-certificate" })).toBeNull();
  });
});
