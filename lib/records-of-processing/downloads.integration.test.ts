// Downloading the records of processing (ADR 0031): JSON and PDF for owners, admins, privacy officers and
// auditors of the organisation, each download a data-access event in the organisation's chain and the
// provider's; a member cannot; another organisation's owner (attacker) gets not_found for the page data
// and both formats, and nothing is recorded in the victim's chain; staff download any organisation's.
import { beforeAll, describe, expect, it } from "vitest";
import { createOrganization, createUser, upsertProviderSettings } from "../../prisma/factories.ts";
import { sha256Hex } from "../crypto/sha256.ts";
import { db } from "../db/client.ts";
import { contextFor } from "../testing/context.ts";
import { downloadOrganizationRecords, downloadStaffRecords, organizationRecords } from "./access.ts";

let acme: { id: string; slug: string };
let globex: { id: string; slug: string };
const acmeUsers: Record<string, { id: string }> = {};
let attacker: { id: string };

beforeAll(async () => {
  await upsertProviderSettings();
  acme = await createOrganization({ name: "Acme Downloads AG" });
  globex = await createOrganization({ name: "Globex Downloads Inc" });
  for (const role of ["OWNER", "ADMIN", "PRIVACY_OFFICER", "AUDITOR", "MEMBER"] as const)
    acmeUsers[role] = await createUser({ memberships: [{ organizationId: acme.id, role }] });
  attacker = await createUser({ memberships: [{ organizationId: globex.id, role: "OWNER" }] });
});

describe("records downloads", () => {
  it("owners, admins, privacy officers and auditors download JSON and PDF, audited in both chains", async () => {
    for (const role of ["OWNER", "ADMIN", "PRIVACY_OFFICER", "AUDITOR"]) {
      const ctx = await contextFor(acmeUsers[role]!);
      const json = await downloadOrganizationRecords(ctx, acme.slug, "json");
      expect(json.contentType).toBe("application/json");
      expect(json.fileName).toMatch(
        new RegExp(`^records-of-processing-${acme.slug}-\\d{4}-\\d{2}-\\d{2}\\.json$`),
      );
      const parsed = JSON.parse(new TextDecoder().decode(json.bytes));
      expect(parsed).toMatchObject({
        schema: "article28.records-of-processing/1",
        controller: { name: "Acme Downloads AG" },
      });
      const pdf = await downloadOrganizationRecords(ctx, acme.slug, "pdf");
      expect(Buffer.from(pdf.bytes).subarray(0, 5).toString()).toBe("%PDF-");
    }
    const events = await db.auditEvent.findMany({ where: { action: "records.downloaded" } });
    expect(events.filter((e) => e.organizationId === acme.id)).toHaveLength(8);
    expect(events.filter((e) => e.organizationId === null)).toHaveLength(8);
    const last = await downloadOrganizationRecords(await contextFor(acmeUsers.OWNER!), acme.slug, "json");
    const row = await db.auditEvent.findFirstOrThrow({
      where: { action: "records.downloaded", organizationId: acme.id },
      orderBy: { seq: "desc" },
    });
    expect(row.metadata).toMatchObject({ format: "json", sha256: sha256Hex(last.bytes) });
  });

  it("a MEMBER cannot; a Globex owner gets not_found for Acme's page and both downloads", async () => {
    const member = await contextFor(acmeUsers.MEMBER!);
    await expect(downloadOrganizationRecords(member, acme.slug, "json")).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(organizationRecords(member, acme.slug)).rejects.toMatchObject({ code: "forbidden" });
    const before = await db.auditEvent.count({
      where: { action: "records.downloaded", organizationId: acme.id },
    });
    const ctx = await contextFor(attacker);
    await expect(organizationRecords(ctx, acme.slug)).rejects.toMatchObject({ code: "not_found" });
    for (const format of ["json", "pdf"] as const)
      await expect(downloadOrganizationRecords(ctx, acme.slug, format)).rejects.toMatchObject({
        code: "not_found",
      });
    await expect(downloadStaffRecords(ctx, acme.id, "json")).rejects.toMatchObject({ code: "not_found" });
    expect(
      await db.auditEvent.count({ where: { action: "records.downloaded", organizationId: acme.id } }),
    ).toBe(before);
  });

  it("staff who see organisations download any organisation's; CONTENT staff cannot", async () => {
    const support = await contextFor(await createUser({ staffRoles: ["SUPPORT"] }));
    const file = await downloadStaffRecords(support, globex.id, "json");
    expect(new TextDecoder().decode(file.bytes)).toContain("Globex Downloads Inc");
    const content = await contextFor(await createUser({ staffRoles: ["CONTENT"] }));
    await expect(downloadStaffRecords(content, globex.id, "pdf")).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(downloadStaffRecords(support, "no-such-org", "json")).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
