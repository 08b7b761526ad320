// An individually negotiated DPA (ADR 0029): ADMIN and PRIVACY staff attach the signed PDF to one
// organisation (checked like every upload, SHA-256 stored, immutable); from then on it binds that
// organisation — no banner, no notice of a new version, no reminders, the portal shows it, the staff table and
// its CSV say "negotiated", acceptedDpaAt returns it. CONTENT and SUPPORT staff cannot attach; every member of
// the organisation downloads it, another organisation's owner gets not_found. The CSV defuses formula cells.
import { beforeAll, describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { sha256Hex } from "../crypto/sha256.ts";
import { db } from "../db/client.ts";
import { contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { makeTestPdf } from "../trust/library/test-fixtures.ts";
import { acceptedDpaAt } from "./accepted.ts";
import { attachNegotiatedDpa, downloadOrganizationNegotiatedDpa, negotiatedDpaInput } from "./negotiated.ts";
import { dpaPortalView, pendingDpaVersion } from "./portal-view.ts";
import { runDpaReminders } from "./reminders.ts";
import { dpaAcceptanceCsv } from "./staff-csv.ts";
import { dpaAcceptanceTable } from "./staff-table.ts";
import { publishDpa } from "./testing.ts";

const DAY = 86_400_000;
const T0 = Date.now();
const day = (days: number) => fixedClock(new Date(T0 + days * DAY));

let acme: { id: string; slug: string };
let globex: { id: string; slug: string };
let acmeMember: { id: string };
let attacker: { id: string };
let pdf: Uint8Array;
let negotiatedId: string;

const file = (bytes: Uint8Array, declaredType = "application/pdf") => ({
  bytes,
  declaredType,
  declaredName: "signed.pdf",
});
const meta = negotiatedDpaInput.parse({ title: "DPA Acme (signed)", effectiveDate: "2026-02-01" });

beforeAll(async () => {
  acme = await createOrganization({ name: '=HYPERLINK("http://evil")' });
  globex = await createOrganization();
  await createUser({ memberships: [{ organizationId: acme.id, role: "OWNER" }] });
  acmeMember = await createUser({ memberships: [{ organizationId: acme.id, role: "MEMBER" }] });
  attacker = await createUser({ memberships: [{ organizationId: globex.id, role: "OWNER" }] });
  pdf = await makeTestPdf(1, "Negotiated DPA");
});

describe("attaching a negotiated DPA", () => {
  it("CONTENT and SUPPORT staff cannot; a file that is not a PDF is refused; nothing is stored", async () => {
    for (const role of ["CONTENT", "SUPPORT"] as const) {
      const ctx = await contextFor(await createUser({ staffRoles: [role] }));
      await expect(attachNegotiatedDpa(ctx, acme.id, meta, file(pdf))).rejects.toMatchObject({
        code: "forbidden",
      });
    }
    const privacy = await contextFor(await createUser({ staffRoles: ["PRIVACY"] }), { clock: day(1) });
    await expect(
      attachNegotiatedDpa(privacy, acme.id, meta, file(Buffer.from("<html>not a pdf</html>"), "text/html")),
    ).rejects.toMatchObject({ code: "unsupported_type" });
    await expect(attachNegotiatedDpa(privacy, acme.id, meta, null)).rejects.toMatchObject({
      code: "invalid",
    });
    await expect(attachNegotiatedDpa(privacy, "no-such-org", meta, file(pdf))).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await db.negotiatedDpa.count()).toBe(0);
  });

  it("PRIVACY staff attach it: SHA-256 stored, immutable, audited in both chains", async () => {
    const privacy = await contextFor(await createUser({ staffRoles: ["PRIVACY"] }), { clock: day(1) });
    const attached = await attachNegotiatedDpa(privacy, acme.id, meta, file(pdf));
    negotiatedId = attached.id;
    expect(attached.sha256).toBe(sha256Hex(pdf));
    await expect(
      db.negotiatedDpa.update({ where: { id: negotiatedId }, data: { title: "x" } }),
    ).rejects.toThrow();
    expect(
      (await db.auditEvent.findMany({ where: { action: "dpa.negotiated.attached" } }))
        .map((e) => e.organizationId)
        .sort(),
    ).toEqual([acme.id, null].sort());
  });
});

describe("an organisation bound by a negotiated DPA", () => {
  it("is not asked to accept a new version: no notice, no banner, no reminder", async () => {
    const version = await publishDpa(
      await contextFor(await createUser({ staffRoles: ["CONTENT"] }), { clock: day(2) }),
    );
    expect(await db.dpaNotice.count({ where: { versionId: version.id, organizationId: acme.id } })).toBe(0);
    expect(await db.dpaNotice.count({ where: { versionId: version.id, organizationId: globex.id } })).toBe(1);
    expect(await pendingDpaVersion(await contextFor(acmeMember, { clock: day(3) }), acme.slug)).toBeNull();
    expect(await pendingDpaVersion(await contextFor(attacker, { clock: day(3) }), globex.slug)).toBe(1);
    await runDpaReminders(day(30));
    expect(await db.dpaNotice.count({ where: { organizationId: acme.id } })).toBe(0);
  });

  it("its members see and download it; acceptedDpaAt returns it from its attachment on", async () => {
    const member = await contextFor(acmeMember, { clock: day(3) });
    const view = await dpaPortalView(member, acme.slug);
    expect(view.status.state).toBe("negotiated");
    expect(view.negotiated).toMatchObject({ id: negotiatedId, sha256: sha256Hex(pdf) });
    const download = await downloadOrganizationNegotiatedDpa(member, acme.slug, negotiatedId);
    expect(sha256Hex(download.bytes)).toBe(sha256Hex(pdf));
    expect(await acceptedDpaAt(db, acme.id, day(0.5).now())).toBeNull();
    expect(await acceptedDpaAt(db, acme.id, day(3).now())).toMatchObject({
      kind: "negotiated",
      negotiatedDpaId: negotiatedId,
      sha256: sha256Hex(pdf),
      title: "DPA Acme (signed)",
    });
  });

  it("another organisation's owner gets not_found and no file", async () => {
    const ctx = await contextFor(attacker, { clock: day(3) });
    await expect(downloadOrganizationNegotiatedDpa(ctx, acme.slug, negotiatedId)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(downloadOrganizationNegotiatedDpa(ctx, globex.slug, negotiatedId)).rejects.toMatchObject({
      code: "not_found",
    });
    const view = await dpaPortalView(ctx, globex.slug);
    expect(view.negotiated).toBeNull();
    expect(JSON.stringify(view)).not.toContain(negotiatedId);
  });

  it("the staff table says negotiated and pending, filters, and the CSV defuses formula cells", async () => {
    const support = await contextFor(await createUser({ staffRoles: ["SUPPORT"] }), { clock: day(3) });
    const table = await dpaAcceptanceTable(support, "all");
    expect(table.rows.find((r) => r.organizationId === acme.id)?.state).toBe("negotiated");
    expect(table.rows.find((r) => r.organizationId === globex.id)?.state).toBe("pending");
    expect((await dpaAcceptanceTable(support, "pending")).rows.map((r) => r.organizationId)).toEqual([
      globex.id,
    ]);
    const csv = await dpaAcceptanceCsv(support, "all");
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain(`,negotiated,1,,,,,,DPA Acme (signed),${sha256Hex(pdf)}`);
    const content = await contextFor(await createUser({ staffRoles: ["CONTENT"] }));
    await expect(dpaAcceptanceTable(content, "all")).rejects.toMatchObject({ code: "forbidden" });
  });
});
