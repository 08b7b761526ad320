// The customer's audit log (issue 13): an organisation's OWNER, ADMIN and AUDITOR read, export and verify
// their own organisation's chain only (S11, S12); event names in their language, times' days in their
// zone; the provider's staff appear as the provider's staff, never by address or network; exports and
// verifications are audited in the organisation's chain, and a full verification is throttled (S24).
import { describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import type { CustomerRole } from "../generated/prisma/enums.ts";
import { tamperWithAuditLog } from "../testing/audit-tamper.ts";
import { anonymousContext, contextFor } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { parseAuditLogQuery, PROVIDER_STAFF_ACTOR } from "./log-filter.ts";
import { VERIFY_RULES } from "./log-verify.ts";
import {
  exportOrganizationAuditLog,
  organizationAuditLog,
  verifyOrganizationAuditLog,
} from "./organization-log.ts";
import { recordAudit, type AuditInput } from "./record.ts";

const clock = fixedClock("2026-11-23T10:00:00.000Z");
const STAFF_REQUEST = { ip: "203.0.113.77", userAgent: "StaffBrowser/1.0", requestId: "staff-req" };

async function world() {
  const own = await createOrganization({ defaultTimeZone: "Europe/Berlin" });
  const other = await createOrganization();
  const member = (role: CustomerRole, organizationId = own.id) =>
    createUser({ memberships: [{ organizationId, role }] });
  const auditor = await member("AUDITOR");
  const staff = await createUser({ staffRoles: ["SUPPORT"] });
  return { own, other, member, auditor, staff };
}

async function event(input: Partial<AuditInput> & { organizationId: string }, at = clock) {
  return recordAudit(
    {
      actor: { userId: null, label: "system" },
      action: "org.security_policy.updated",
      metadata: {},
      ...input,
    } as AuditInput,
    { clock: at },
  );
}

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

const noFilter = (ctx: Context) => parseAuditLogQuery({}, ctx.timeZone).filter;

describe("the customer's audit log: who reads which chain (S11, S12)", () => {
  it("shows an organisation only its own chain, whatever the filter names", async () => {
    const w = await world();
    await event({ organizationId: w.own.id, actor: { userId: w.auditor.id, label: w.auditor.email } });
    await event({ organizationId: w.other.id, actor: { userId: null, label: "victim@example.test" } });
    const ctx = await contextFor(w.auditor, { clock });
    const view = await organizationAuditLog(ctx, w.own.slug, {
      filter: { ...noFilter(ctx), organizationId: w.other.id },
    });
    expect(view.events.map((e) => e.actorLabel)).toEqual([w.auditor.email]);
    expect(view.organization).toEqual({ id: w.own.id, name: w.own.name });
    const file = await exportOrganizationAuditLog(
      ctx,
      w.own.slug,
      { ...noFilter(ctx), organizationId: w.other.id },
      "json",
    );
    const body = JSON.parse(await text(file.stream));
    expect(body.chain).toBe(`org:${w.own.id}`);
    expect(JSON.stringify(body)).not.toContain("victim@example.test");
  });

  it("lets owners, admins and auditors in; privacy officers and members are refused; another organisation gets not_found", async () => {
    const w = await world();
    for (const role of ["OWNER", "ADMIN", "AUDITOR"] as const) {
      const ctx = await contextFor(await w.member(role), { clock });
      await expect(organizationAuditLog(ctx, w.own.slug)).resolves.toMatchObject({ slug: w.own.slug });
    }
    const before = await db.auditEvent.count({ where: { chain: `org:${w.own.id}` } });
    const calls = [
      (c: Context) => organizationAuditLog(c, w.own.slug),
      (c: Context) => exportOrganizationAuditLog(c, w.own.slug, noFilter(c), "csv"),
      (c: Context) => verifyOrganizationAuditLog(c, w.own.slug, { scope: "full" }),
    ];
    for (const call of calls) {
      for (const role of ["PRIVACY_OFFICER", "MEMBER"] as const)
        await expect(call(await contextFor(await w.member(role), { clock }))).rejects.toMatchObject({
          code: "forbidden",
        });
      const outsider = await contextFor(await w.member("OWNER", w.other.id), { clock });
      await expect(call(outsider)).rejects.toMatchObject({ code: "not_found" });
      await expect(call(await contextFor(w.staff, { clock }))).rejects.toMatchObject({ code: "not_found" });
      await expect(call(anonymousContext({ clock }))).rejects.toMatchObject({ code: "unauthenticated" });
    }
    // Refusals are the organisation's (authz.denied, summarised); no export or verification was recorded.
    expect(
      await db.auditEvent.count({
        where: {
          chain: `org:${w.own.id}`,
          action: { in: ["audit.log.exported", "audit.chain.verified"] },
        },
      }),
    ).toBe(0);
    expect(await db.auditEvent.count({ where: { chain: `org:${w.own.id}` } })).toBeGreaterThanOrEqual(before);
  });
});

describe("the customer's audit log: what it shows", () => {
  it("names events in the reader's language and the provider's staff as such, without their address or network", async () => {
    const w = await world();
    const german = await createUser({
      memberships: [{ organizationId: w.own.id, role: "AUDITOR" }],
      language: "de",
    });
    await event({
      organizationId: w.own.id,
      actor: { userId: w.staff.id, label: w.staff.email },
      action: "dsr.request.extended",
      target: { type: "User", id: w.staff.id },
      request: STAFF_REQUEST,
      metadata: { reference: "DSR-1", previousDueAt: "x", newDueAt: "y", ground: "g", reason: "r" },
    });
    await event({
      organizationId: w.own.id,
      actor: { userId: german.id, label: german.email },
      action: "dsr.package.downloaded",
      request: { ip: "198.51.100.9", userAgent: "Firefox", requestId: "r2" },
      metadata: { requestId: "r", reference: "DSR-1", sha256: "0".repeat(64), files: 2 },
    });
    const ctx = await contextFor(german, { clock });
    const [download, extended] = (await organizationAuditLog(ctx, w.own.slug)).events;
    expect(download).toMatchObject({
      event: "Ergebnispaket der Anfrage heruntergeladen",
      actorLabel: german.email,
      ip: "198.51.100.9",
      userAgent: "Firefox",
      byProviderStaff: false,
    });
    expect(extended).toMatchObject({
      event: "Gesetzliche Frist verlängert",
      actorLabel: "Mitarbeitende von Trust Center",
      actorUserId: null,
      ip: null,
      userAgent: null,
      requestId: null,
      byProviderStaff: true,
      target: { kind: "Benutzer", name: null },
    });
    expect(JSON.stringify(extended)).not.toContain(w.staff.email);

    // The staff address finds nothing; the provider's staff as one actor finds their events.
    const byAddress = await organizationAuditLog(ctx, w.own.slug, {
      filter: { ...noFilter(ctx), actor: w.staff.email },
    });
    expect(byAddress.events).toEqual([]);
    const byStaff = await organizationAuditLog(ctx, w.own.slug, {
      filter: { ...noFilter(ctx), actor: PROVIDER_STAFF_ACTOR },
    });
    expect(byStaff.events.map((e) => e.action)).toEqual(["dsr.request.extended"]);
  });

  it("filters by event type, actor and a period of days in the organisation's zone", async () => {
    const w = await world();
    const owner = await w.member("OWNER");
    // 23:30 UTC on 22 November is 23 November in Berlin (the organisation's default zone).
    await event(
      { organizationId: w.own.id, actor: { userId: owner.id, label: owner.email } },
      fixedClock("2026-11-22T23:30:00Z"),
    );
    await event(
      { organizationId: w.own.id, actor: { userId: null, label: "system" } },
      fixedClock("2026-11-22T12:00:00Z"),
    );
    await event(
      {
        organizationId: w.own.id,
        actor: { userId: owner.id, label: owner.email },
        action: "org.breach_contacts.updated",
        metadata: { from: [], to: [] },
      },
      fixedClock("2026-11-23T09:00:00Z"),
    );
    const ctx = await contextFor(w.auditor, { clock });
    expect(ctx.timeZone).not.toBe("Europe/Berlin"); // the provider's default: the page uses the organisation's
    const query = (params: Record<string, string>) =>
      organizationAuditLog(ctx, w.own.slug, { filter: parseAuditLogQuery(params, ctx.timeZone).filter });

    const day = await query({ from: "2026-11-23", to: "2026-11-23", event: "org.security_policy.updated" });
    expect(day.timeZone).toBe("Europe/Berlin");
    expect(day.events.map((e) => e.createdAt.toISOString())).toEqual(["2026-11-22T23:30:00.000Z"]);
    const byOwner = await query({ actor: owner.email });
    expect(byOwner.events.map((e) => e.action)).toEqual([
      "org.breach_contacts.updated",
      "org.security_policy.updated",
    ]);
    expect((await query({ actor: "system" })).events).toHaveLength(1);
  });
});

describe("the customer's audit log: export and verification", () => {
  it("exports CSV in the reader's language, formula-safe, staff unnamed, audited in the organisation's chain", async () => {
    const w = await world();
    await event({
      organizationId: w.own.id,
      actor: { userId: null, label: "=HYPERLINK(1)" },
      action: "breach.evidence.downloaded",
      metadata: { incidentId: "i1", format: "pdf", sha256: "0".repeat(64) },
    });
    await event({
      organizationId: w.own.id,
      actor: { userId: w.staff.id, label: w.staff.email },
      request: STAFF_REQUEST,
    });
    const german = await createUser({
      memberships: [{ organizationId: w.own.id, role: "ADMIN" }],
      language: "de",
    });
    const ctx = await contextFor(german, { clock });
    const file = await exportOrganizationAuditLog(ctx, w.own.slug, noFilter(ctx), "csv", { batchSize: 1 });
    expect(file).toMatchObject({ contentType: "text/csv; charset=utf-8", lastSeq: 2 });
    const csv = await text(file.stream);
    const lines = csv.split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      /^2,2026-11-23T10:00:00\.000Z,Mitarbeitende von Trust Center,,Sicherheitsrichtlinie geändert,org\.security_policy\.updated,/,
    );
    expect(lines[2]).toMatch(
      /^1,[^,]+,'=HYPERLINK\(1\),,Nachweispaket heruntergeladen,breach\.evidence\.downloaded,/,
    );
    for (const secret of [w.staff.email, STAFF_REQUEST.ip, STAFF_REQUEST.userAgent])
      expect(csv).not.toContain(secret);

    const exported = await db.auditEvent.findFirstOrThrow({
      where: { action: "audit.log.exported", actorUserId: german.id },
    });
    expect(exported).toMatchObject({
      chain: `org:${w.own.id}`,
      targetId: `org:${w.own.id}`,
      metadata: { chain: `org:${w.own.id}`, format: "csv", lastSeq: 2, timeZone: "Europe/Berlin" },
    });
    const view = await organizationAuditLog(ctx, w.own.slug);
    expect(view.events[0]).toMatchObject({ event: "Audit-Protokoll exportiert", actorLabel: german.email });
  });

  it("verifies the chain from its checkpoint and in full, audited; a changed event is named (S18)", async () => {
    const w = await world();
    for (let i = 0; i < 5; i++) await event({ organizationId: w.own.id, metadata: { i } });
    const ctx = await contextFor(w.auditor, { clock });
    expect(await verifyOrganizationAuditLog(ctx, w.own.slug, { scope: "new" })).toMatchObject({
      ok: true,
      checked: 5,
      seq: 5,
    });
    expect(await verifyOrganizationAuditLog(ctx, w.own.slug, { scope: "full" })).toMatchObject({
      ok: true,
      checked: 6, // the five, and the first verification's own event
      seq: 6,
    });
    const audited = await db.auditEvent.findMany({
      where: { chain: `org:${w.own.id}`, action: "audit.chain.verified" },
      orderBy: { seq: "asc" },
    });
    expect(audited.map((e) => e.metadata)).toMatchObject([
      { scope: "new", ok: true, checked: 5 },
      { scope: "full", ok: true, checked: 6 },
    ]);
    expect((await organizationAuditLog(ctx, w.own.slug)).verification).toMatchObject({ ok: true, seq: 6 });

    const victim = await db.auditEvent.findFirstOrThrow({ where: { chain: `org:${w.own.id}`, seq: 3 } });
    await tamperWithAuditLog(
      process.env.DATABASE_URL!,
      `UPDATE "AuditEvent" SET ip = '198.51.100.1' WHERE id = $1`,
      [victim.id],
    );
    expect(await verifyOrganizationAuditLog(ctx, w.own.slug, { scope: "full" })).toMatchObject({
      ok: false,
      brokenSeq: 3,
      seq: 2,
    });
    expect((await organizationAuditLog(ctx, w.own.slug)).verification).toMatchObject({
      ok: false,
      brokenSeq: 3,
      brokenEventId: victim.id,
    });
  });

  it("throttles full verifications per organisation, whoever asks (S24)", async () => {
    const w = await world();
    await event({ organizationId: w.own.id });
    const auditor = await contextFor(w.auditor, { clock });
    const owner = await contextFor(await w.member("OWNER"), { clock });
    for (let i = 0; i < VERIFY_RULES.full.limit; i++)
      await verifyOrganizationAuditLog(i % 2 ? owner : auditor, w.own.slug, { scope: "full" });
    await expect(verifyOrganizationAuditLog(owner, w.own.slug, { scope: "full" })).rejects.toMatchObject({
      code: "rate_limited",
      retryAfterSeconds: 3600,
    });
    // Checking the events since the last check is cheap, and still allowed.
    await expect(verifyOrganizationAuditLog(owner, w.own.slug, { scope: "new" })).resolves.toMatchObject({
      ok: true,
    });
    // Another organisation's budget is its own.
    const other = await contextFor(await w.member("AUDITOR", w.other.id), { clock });
    await event({ organizationId: w.other.id });
    await expect(verifyOrganizationAuditLog(other, w.other.slug, { scope: "full" })).resolves.toMatchObject({
      ok: true,
    });
    expect(
      await db.auditEvent.count({ where: { chain: `org:${w.own.id}`, action: "audit.chain.verified" } }),
    ).toBe(VERIFY_RULES.full.limit + 1);
  });
});
