// Account closure (issue 13; GDPR.md D4, G2, H1; SECURITY.md S6, S11, S12): an owner, re-authenticated, asks
// to close; the organisation is read-only but for its export and the closure; after the export window the
// job deletes it — refused while a legal hold applies (recorded), resumed by the release — asks its
// connected system over real HTTP (the reference connector) to delete it, and issues a signed certificate
// that verifies and fails after one changed byte, emailed to every former owner. The organisation's audit
// chain stays. Times are relative to now, so the tests pass on any date.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDemoConnector, type DemoConnector } from "../../connectors/demo-product/src/connector.ts";
import { seedDemoProduct } from "../../connectors/demo-product/src/demo-data.ts";
import { createOrganization, createUser } from "../../prisma/factories.ts";
import { defineApiRoute } from "../api/api-route.ts";
import { createApiKey } from "../api/keys/manage-keys.ts";
import { createApiKeyInput } from "../api/keys/key-input.ts";
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import { markReauthenticated } from "../auth/sessions/session-store.ts";
import { db } from "../db/client.ts";
import {
  createManualSystem,
  createTestRequest,
  createWebhookSystem,
} from "../dsr/connectors/testing/factory.ts";
import { seedDeliveredBreach } from "../incidents/testing/breach-fixtures.ts";
import { createHold } from "../legal-holds/create.ts";
import { createHoldInput } from "../legal-holds/input.ts";
import { releaseHold } from "../legal-holds/release.ts";
import { downloadDeletionCertificate } from "./download-certificate.ts";
import { requestClosuresNow } from "./run-now.ts";
import { listClosures } from "./staff-list.ts";
import { envelopeFile, signedEnvelope } from "../signing/envelope.ts";
import { certificateSigningKeys } from "../signing/keyring.ts";
import { publicKeysOfKeyring } from "../signing/published-keys.ts";
import { verifyEnvelope } from "../signing/verify.ts";
import { contextFor, contextForSession } from "../testing/context.ts";
import { fixedClock } from "../time/clock.ts";
import { cancelClosure } from "./cancel-closure.ts";
import { deletionCertificateSummary } from "./certificate-summary.ts";
import { confirmManualSystem } from "./confirm-system.ts";
import { askSystemAgain } from "./retry-system.ts";
import { closureForStaff } from "./staff-detail.ts";
import { DELETION_CERTIFICATE_TYPE } from "./certificate.ts";
import { closureView } from "./closure-view.ts";
import { requestClosure } from "./request-closure.ts";
import { runDueClosures } from "./run-closures.ts";

const DAY = 86_400_000;
const exportRoot = await mkdtemp(path.join(tmpdir(), "closure-exports-"));
process.env.EXPORT_DIR = exportRoot;

let connector: DemoConnector;
let productSecret: string;
/** The connector checks signature times against the test's clock (the deletion runs days after the request). */
let connectorClock = fixedClock(new Date());

beforeAll(async () => {
  connector = await startDemoConnector({
    databaseUrl: process.env.DATABASE_URL!,
    now: () => connectorClock.now(),
  });
  productSecret = `whsec_${Buffer.from("closure-test-secret-0123456789ab").toString("base64")}`;
  await seedDemoProduct(
    connector.pool,
    [{ systemKey: "product-database", secret: productSecret, asyncActions: [], callbackDelayMs: 0 }],
    new Date(),
  );
});

afterAll(async () => {
  await connector?.close();
});

/** An owner's context at `clock`, re-authenticated now when `reauthenticated`. */
async function ownerContext(
  user: { id: string },
  clock: ReturnType<typeof fixedClock>,
  reauthenticated = true,
) {
  const ctx = await contextFor(user, { clock });
  // Signing in counts as a re-authentication; five minutes later it no longer does (S6).
  clock.advance(6 * 60_000);
  if (reauthenticated) await markReauthenticated(ctx.actor.sessionId, clock);
  return contextForSession(ctx.actor.sessionId, { clock });
}

/** The same caller in a new request (memberships, and so the closing state, are read per request). */
const again = (ctx: { actor: { sessionId: string } }, clock: ReturnType<typeof fixedClock>) =>
  contextForSession(ctx.actor.sessionId, { clock });

describe("asking to close an account (D4)", () => {
  it("D4/S6: only an owner, re-authenticated, who types the address name; ADMIN refused; another organisation 404", async () => {
    const clock = fixedClock(new Date());
    const org = await createOrganization();
    const other = await createOrganization();
    const owner = await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
    const admin = await createUser({ memberships: [{ organizationId: org.id, role: "ADMIN" }] });
    const attacker = await createUser({ memberships: [{ organizationId: other.id, role: "OWNER" }] });
    const input = { slug: org.slug, choice: "RETURN" as const, confirmation: org.slug };

    await expect(requestClosure(await ownerContext(owner, clock, false), input)).rejects.toMatchObject({
      code: "forbidden",
      reauthenticate: true,
    });
    await expect(requestClosure(await ownerContext(admin, clock), input)).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(requestClosure(await ownerContext(attacker, clock), input)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      requestClosure(await ownerContext(owner, clock), { ...input, confirmation: "nope" }),
    ).rejects.toMatchObject({ code: "invalid" });
    expect(await db.accountClosure.count({ where: { organizationId: org.id } })).toBe(0);
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).closingSince).toBeNull();
  });

  it("D4: return keeps a 30-day export window, deletion within 90 days; read-only but export and closure; cancel restores", async () => {
    const clock = fixedClock(new Date());
    const org = await createOrganization();
    const owner = await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
    const ctx = await ownerContext(owner, clock);
    const closure = await requestClosure(ctx, { slug: org.slug, choice: "RETURN", confirmation: org.slug });
    expect(closure.deleteAfter.getTime() - clock.now().getTime()).toBe(30 * DAY);
    expect(closure.deleteBy.getTime() - clock.now().getTime()).toBe(90 * DAY);
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).closingSince).toEqual(
      clock.now(),
    );

    const next = await again(ctx, clock);
    await expect(authorizeOrgBySlug(next, org.slug, "org.settings.manage")).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(authorizeOrgBySlug(next, org.slug, "org.dsr.manage")).rejects.toMatchObject({
      code: "conflict",
    });
    // A page load (intent "read") still reads with a manage permission; export, views and the closure work.
    await expect(
      authorizeOrgBySlug({ ...next, intent: "read" }, org.slug, "org.settings.manage"),
    ).resolves.toMatchObject({ organizationId: org.id });
    await expect(authorizeOrgBySlug(next, org.slug, "org.export.manage")).resolves.toBeTruthy();
    // B: the controller still answers a breach notified while it leaves (acknowledgement, authority report).
    await expect(authorizeOrgBySlug(next, org.slug, "org.breaches.respond")).resolves.toBeTruthy();
    await expect(authorizeOrgBySlug(next, org.slug, "org.audit.view")).resolves.toBeTruthy();
    await expect(
      requestClosure(next, { slug: org.slug, choice: "DELETION", confirmation: org.slug }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect((await closureView(next, org.slug)).current).toMatchObject({
      reference: closure.reference,
      status: "SCHEDULED",
      cancellable: true,
    });

    await cancelClosure(next, { slug: org.slug });
    const after = await again(ctx, clock);
    await expect(authorizeOrgBySlug(after, org.slug, "org.settings.manage")).resolves.toBeTruthy();
    expect(await db.accountClosure.findUniqueOrThrow({ where: { id: closure.id } })).toMatchObject({
      status: "CANCELLED",
    });
    const events = await db.auditEvent.findMany({
      where: { chain: `org:${org.id}`, action: { startsWith: "org.closure." } },
      orderBy: { seq: "asc" },
      select: { action: true },
    });
    expect(events.map((e) => e.action)).toEqual(["org.closure.requested", "org.closure.cancelled"]);
  });

  it("D4: API v1 writes are refused (409) while the organisation closes; reads still answer", async () => {
    const clock = fixedClock(new Date());
    const org = await createOrganization();
    const owner = await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
    const ctx = await ownerContext(owner, clock);
    const { key } = await createApiKey(
      ctx,
      createApiKeyInput.parse({ slug: org.slug, name: "Privacy tool", "dsr:read": "on", "dsr:write": "on" }),
    );
    await requestClosure(ctx, { slug: org.slug, choice: "RETURN", confirmation: org.slug });
    const route = defineApiRoute({ permission: "org.dsr.manage" }, async () => Response.json({ ok: true }));
    const read = defineApiRoute({ permission: "org.dsr.view" }, async () => Response.json({ ok: true }));
    const call = (handler: typeof route, method: string) =>
      handler(
        new Request("http://localhost/api/v1/requests", {
          method,
          headers: { authorization: `Bearer ${key}` },
        }),
        { params: Promise.resolve({}) },
      );
    const refused = await call(route, "POST");
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ status: 409 });
    expect((await call(read, "GET")).status).toBe(200);
  });

  it("D4: the export window must pass before the job deletes anything", async () => {
    const clock = fixedClock(new Date());
    const org = await createOrganization();
    const owner = await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
    await requestClosure(await ownerContext(owner, clock), {
      slug: org.slug,
      choice: "RETURN",
      confirmation: org.slug,
    });
    clock.advance(29 * DAY);
    const steps = await runDueClosures(clock);
    expect(steps.map((s) => s.step)).not.toContain("completed");
    expect(await db.organization.count({ where: { id: org.id } })).toBe(1);
  });
});

describe("the deletion (D4, G2)", () => {
  it("D4/G2: a hold refuses it (recorded), the release resumes it; the system deletes over HTTP; the organisation and its members' access are gone; the signed certificate verifies and fails after one changed byte; owners are emailed; the audit chain stays", async () => {
    const clock = fixedClock(new Date());
    connectorClock = clock;
    const org = await createOrganization({ name: "Closing Company GmbH" });
    const elsewhere = await createOrganization();
    const owner = await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
    const member = await createUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
    const shared = await createUser({
      memberships: [
        { organizationId: org.id, role: "ADMIN" },
        { organizationId: elsewhere.id, role: "OWNER" },
      ],
    });
    const staff = await createUser({ staffRoles: ["PRIVACY"] });
    const system = await createWebhookSystem({
      key: `product-database-${org.id.slice(-6)}`,
      name: "Product database",
      endpointUrl: `${connector.url}/product-database/tasks`,
      secret: productSecret,
      organizationIds: [org.id],
    });
    await connector.pool.query(
      `INSERT INTO demo_product.accounts (org_slug, email, name) VALUES ($1, 'x@closing.example', 'X'), ($1, 'y@closing.example', 'Y')`,
      [org.slug],
    );
    await connector.pool.query(
      `INSERT INTO demo_product.orders (org_slug, email, order_number, total_cents, placed_at) VALUES ($1, 'x@closing.example', 'C-1', 100, now())`,
      [org.slug],
    );
    // A breach notified to this organisation and another one (two sent, immutable phases), and a request.
    const breach = await seedDeliveredBreach([org.id, elsewhere.id], { withOutbox: true });
    await db.incidentOrganization.create({
      data: { incidentId: breach.incident.id, organizationId: org.id },
    });
    const dsr = await createTestRequest({
      organizationId: org.id,
      type: "ERASURE",
      subject: { email: "x@closing.example" },
      systemIds: [system.id],
    });
    await mkdir(path.join(exportRoot, org.id), { recursive: true });
    await writeFile(path.join(exportRoot, org.id, "old-1.zip"), "zip");

    const closure = await requestClosure(await ownerContext(owner, clock), {
      slug: org.slug,
      choice: "DELETION",
      confirmation: org.slug,
    });
    const staffCtx = await contextFor(staff, { clock });
    const hold = await createHold(
      staffCtx,
      createHoldInput.parse({
        scope: "ORGANIZATION",
        organizationId: org.id,
        reason: "Litigation hold, case 4 O 12/26",
      }),
    );

    clock.advance(8 * DAY);
    expect(await runDueClosures(clock)).toContainEqual({ id: closure.id, step: "held" });
    expect(await runDueClosures(clock)).toContainEqual({ id: closure.id, step: "held" });
    expect(await db.organization.count({ where: { id: org.id } })).toBe(1);
    const refusal = await db.holdRefusal.findFirstOrThrow({
      where: { holdId: hold.id, path: "ACCOUNT_DELETION", targetId: closure.id },
    });
    expect(refusal).toMatchObject({ organizationId: org.id, attempts: 2, resumedAt: null });
    expect(await db.accountClosure.findUniqueOrThrow({ where: { id: closure.id } })).toMatchObject({
      status: "HELD",
      heldByReference: hold.reference,
    });

    const released = await releaseHold(await contextFor(staff, { clock }), {
      holdId: hold.id,
      reason: "Case settled",
    });
    expect(released.closuresResumed).toBe(1);
    const steps = await runDueClosures(clock);
    expect(await db.accountClosureSystem.findMany({ where: { closureId: closure.id } })).toMatchObject([
      { status: "DONE" },
    ]);
    expect(steps).toContainEqual({ id: closure.id, step: "completed" });

    // Article28: the organisation and its members' access are gone; a person of another organisation stays.
    expect(await db.organization.count({ where: { id: org.id } })).toBe(0);
    expect(await db.membership.count({ where: { organizationId: org.id } })).toBe(0);
    expect(await db.user.count({ where: { id: { in: [owner.id, member.id] } } })).toBe(0);
    expect(await db.user.count({ where: { id: shared.id } })).toBe(1);
    expect(await db.session.count({ where: { userId: { in: [owner.id, member.id] } } })).toBe(0);
    // The connected system: asked once over HTTP under a stable webhook-id, the organisation's rows gone.
    const { rows } = await connector.pool.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM demo_product.accounts WHERE org_slug = $1)::int
            + (SELECT count(*) FROM demo_product.orders WHERE org_slug = $1)::int AS n`,
      [org.slug],
    );
    expect(rows[0]!.n).toBe(0);
    const asked = await db.accountClosureSystem.findFirstOrThrow({ where: { closureId: closure.id } });
    expect(asked).toMatchObject({ dataSystemId: system.id, status: "DONE", records: 3, attempts: 1 });

    // The provider keeps its breach evidence: the sent phases, the other organisation's notification, and
    // in the certificate which phases reached this organisation when; the request is gone.
    expect(await db.noticePhase.count({ where: { incidentId: breach.incident.id } })).toBe(2);
    expect(await db.incidentNotification.count({ where: { organizationId: elsewhere.id } })).toBe(1);
    expect(await db.incidentNotification.count({ where: { organizationId: org.id } })).toBe(0);
    expect(await db.dataSubjectRequest.count({ where: { id: dsr.id } })).toBe(0);

    // The certificate: signed, of its own type, verifiable; one changed byte and it fails.
    const stored = await db.accountClosure.findUniqueOrThrow({ where: { id: closure.id } });
    expect(stored.status).toBe("COMPLETED");
    const keys = publicKeysOfKeyring(certificateSigningKeys());
    const verified = verifyEnvelope(stored.certificate!, keys);
    expect(verified.ok).toBe(true);
    if (!verified.ok) return;
    expect(verified.document).toMatchObject({
      type: DELETION_CERTIFICATE_TYPE,
      organization: { id: org.id, slug: org.slug, name: org.name },
      closure: { reference: closure.reference, choice: "DELETION" },
      systems: [{ key: system.key, status: "DONE", records: 3 }],
      kept: {
        auditChain: { chain: `org:${org.id}` },
        breachNotifications: [{ incident: breach.incident.reference, phases: [1, 2] }],
      },
    });
    const removed = (
      verified.document as unknown as { article28: { removed: { entity: string; records: number }[] } }
    ).article28.removed;
    expect(removed).toContainEqual({ entity: "members", records: 3 });
    expect(removed).toContainEqual({ entity: "user accounts", records: 2 });
    expect(removed).toContainEqual({ entity: "data-subject requests", records: 1 });
    expect(removed).toContainEqual({ entity: "breach notice deliveries", records: 2 });
    const envelope = signedEnvelope.parse(JSON.parse(stored.certificate!));
    const payload = Buffer.from(envelope.payload, "base64");
    payload[10] = payload[10]! ^ 1;
    const tampered = envelopeFile({ ...envelope, algorithm: "Ed25519", payload: payload.toString("base64") });
    expect(verifyEnvelope(tampered, keys)).toMatchObject({ ok: false });

    // Every former owner is emailed the certificate; the export files are gone; the chain stays.
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: owner.email } });
    expect(mail.subject).toContain(closure.reference);
    expect(mail.textBody).toContain(envelope.signature);
    expect(mail.organizationId).toBeNull();
    await expect(
      import("node:fs/promises").then((fs) => fs.stat(path.join(exportRoot, org.id))),
    ).rejects.toThrow();
    const chain = await db.auditEvent.findMany({
      where: { chain: `org:${org.id}` },
      orderBy: { seq: "desc" },
      take: 1,
      select: { action: true },
    });
    expect(chain[0]?.action).toBe("org.closure.completed");

    // Staff keep it after the organisation is gone: the list and both files; other roles are refused.
    const staffNow = await contextFor(staff, { clock });
    expect((await listClosures(staffNow)).find((c) => c.id === closure.id)).toMatchObject({
      status: "COMPLETED",
      hasCertificate: true,
      systems: { total: 1, answered: 1 },
    });
    const json = await downloadDeletionCertificate(staffNow, closure.id, "json");
    expect(Buffer.from(json.bytes).toString("utf8")).toBe(stored.certificate);
    const pdf = await downloadDeletionCertificate(staffNow, closure.id, "pdf");
    expect(Buffer.from(pdf.bytes).subarray(0, 5).toString()).toBe("%PDF-");
    expect(
      await db.auditEvent.count({
        where: { chain: "provider", action: "org.closure.certificate_downloaded", targetId: closure.id },
      }),
    ).toBe(2);
    const content = await contextFor(await createUser({ staffRoles: ["CONTENT"] }), { clock });
    await expect(listClosures(content)).rejects.toMatchObject({ code: "forbidden" });
    await expect(downloadDeletionCertificate(content, closure.id, "json")).rejects.toMatchObject({
      code: "forbidden",
    });
    const customer = await contextFor(shared, { clock });
    await expect(listClosures(customer)).rejects.toMatchObject({ code: "not_found" });
    const support = await contextFor(await createUser({ staffRoles: ["SUPPORT"] }), { clock });
    await expect(requestClosuresNow(support)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("G2: a hold placed after the deletion started stops it before any system is asked or Article28 deletes", async () => {
    const clock = fixedClock(new Date());
    const org = await createOrganization();
    const owner = await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
    const staff = await createUser({ staffRoles: ["PRIVACY"] });
    const product = await createWebhookSystem({
      key: `product-held-${org.id.slice(-6)}`,
      endpointUrl: `${connector.url}/product-database/tasks`,
      secret: productSecret,
      organizationIds: [org.id],
    });
    const closure = await requestClosure(await ownerContext(owner, clock), {
      slug: org.slug,
      choice: "DELETION",
      confirmation: org.slug,
    });
    clock.advance(8 * DAY);
    // Simulate a run that stopped after the start: the hold arrives in between.
    await db.accountClosure.update({
      where: { id: closure.id },
      data: { status: "DELETING", startedAt: clock.now() },
    });
    await db.accountClosureSystem.create({
      data: {
        closureId: closure.id,
        dataSystemId: product.id,
        systemKey: product.key,
        systemName: product.key,
        connector: "WEBHOOK",
        idempotencyKey: `k-${closure.id}`,
      },
    });
    const hold = await createHold(
      await contextFor(staff, { clock }),
      createHoldInput.parse({ scope: "ORGANIZATION", organizationId: org.id, reason: "Preservation order" }),
    );
    expect(await runDueClosures(clock)).toContainEqual({ id: closure.id, step: "held" });
    expect(await db.organization.count({ where: { id: org.id } })).toBe(1);
    expect(
      await db.accountClosureSystem.findFirstOrThrow({ where: { closureId: closure.id } }),
    ).toMatchObject({ status: "PENDING", attempts: 0, firstAskedAt: null });
    expect(
      await db.holdRefusal.count({
        where: { holdId: hold.id, path: "ACCOUNT_DELETION", targetId: closure.id },
      }),
    ).toBe(1);
  });

  it("D4: a MANUAL system waits for staff; their record (name, evidence) is on the certificate; a failed system can be asked again; SUPPORT refused, unknown ids 404", async () => {
    const clock = fixedClock(new Date());
    connectorClock = clock;
    const org = await createOrganization();
    const owner = await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
    const privacy = await createUser({ staffRoles: ["PRIVACY"], name: "Petra Privacy" });
    const support = await createUser({ staffRoles: ["SUPPORT"] });
    const manual = await createManualSystem({ key: `archive-${org.id.slice(-6)}`, name: "Paper archive" });
    await db.organizationSystem.create({ data: { organizationId: org.id, dataSystemId: manual.id } });
    const product = await createWebhookSystem({
      key: `product-manual-${org.id.slice(-6)}`,
      endpointUrl: `${connector.url}/product-database/tasks`,
      secret: productSecret,
      organizationIds: [org.id],
    });
    const closure = await requestClosure(await ownerContext(owner, clock), {
      slug: org.slug,
      choice: "DELETION",
      confirmation: org.slug,
    });
    clock.advance(8 * DAY);

    // The connected system answers; the manual one is not asked and the deletion waits for staff.
    expect(await runDueClosures(clock)).toContainEqual({ id: closure.id, step: "waiting" });
    const parts = () =>
      db.accountClosureSystem.findMany({ where: { closureId: closure.id }, orderBy: { systemKey: "asc" } });
    const [archive, database] = await parts();
    expect(archive).toMatchObject({ systemKey: manual.key, status: "PENDING", attempts: 0 });
    expect(database).toMatchObject({ systemKey: product.key, status: "DONE" });
    expect(await db.organization.count({ where: { id: org.id } })).toBe(1);
    const staffCtx = await contextFor(privacy, { clock });
    expect((await listClosures(staffCtx)).find((c) => c.id === closure.id)?.systems).toMatchObject({
      awaitingStaff: 1,
    });
    expect(
      (await closureForStaff(staffCtx, closure.id)).systems.map((s) => [s.awaitingStaff, s.mayAskAgain]),
    ).toEqual([
      [true, false],
      [false, false],
    ]);

    // Staff ask a system whose attempts all failed once more, under a new webhook-id.
    await db.accountClosureSystem.update({
      where: { id: database!.id },
      data: { status: "FAILED", attempts: 8, error: "every attempt failed; last: HTTP 503" },
    });
    await expect(
      askSystemAgain(await contextFor(support, { clock }), { closureId: closure.id, systemId: database!.id }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      askSystemAgain(staffCtx, { closureId: closure.id, systemId: archive!.id }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await askSystemAgain(staffCtx, { closureId: closure.id, systemId: database!.id })).toEqual({
      system: product.key,
    });
    expect((await parts())[1]).toMatchObject({ status: "PENDING", attempts: 0, error: null });
    expect((await parts())[1]!.idempotencyKey).not.toBe(database!.idempotencyKey);
    expect(await runDueClosures(clock)).toContainEqual({ id: closure.id, step: "waiting" });
    expect((await parts())[1]).toMatchObject({ status: "DONE", attempts: 1 });

    // Recording: SUPPORT refused, unknown ids not found, a webhook system is not staff's to confirm.
    const confirmation = {
      closureId: closure.id,
      systemId: archive!.id,
      outcome: "DONE" as const,
      records: 14,
      evidence: "Shredded the 14 signed order forms in the Berlin archive (protocol AR-2291).",
    };
    await expect(
      confirmManualSystem(await contextFor(support, { clock }), confirmation),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(confirmManualSystem(await contextFor(owner, { clock }), confirmation)).rejects.toMatchObject(
      { code: "not_found" },
    );
    await expect(
      confirmManualSystem(staffCtx, { ...confirmation, closureId: "nonexistent" }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      confirmManualSystem(staffCtx, { ...confirmation, systemId: database!.id }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await confirmManualSystem(staffCtx, confirmation)).toEqual({
      system: "Paper archive",
      outcome: "DONE",
    });
    await expect(confirmManualSystem(staffCtx, confirmation)).rejects.toMatchObject({ code: "conflict" });
    expect(
      await db.auditEvent.count({
        where: { chain: "provider", action: "org.closure.system_confirmed", targetId: closure.id },
      }),
    ).toBe(1);

    expect(await runDueClosures(clock)).toContainEqual({ id: closure.id, step: "completed" });
    expect(await db.organization.count({ where: { id: org.id } })).toBe(0);
    const stored = await db.accountClosure.findUniqueOrThrow({ where: { id: closure.id } });
    const verified = verifyEnvelope(stored.certificate!, publicKeysOfKeyring(certificateSigningKeys()));
    expect(verified.ok).toBe(true);
    if (!verified.ok) return;
    expect(verified.document).toMatchObject({
      systems: [
        {
          key: manual.key,
          connector: "MANUAL",
          status: "DONE",
          records: 14,
          confirmedBy: "Petra Privacy",
          evidence: confirmation.evidence,
          error: null,
        },
        { key: product.key, connector: "WEBHOOK", status: "DONE", confirmedBy: null },
      ],
    });
    expect(deletionCertificateSummary(verified.document)!.join("\n")).toContain(
      'done, 14 records, recorded by hand by "Petra Privacy"',
    );
  });
});
