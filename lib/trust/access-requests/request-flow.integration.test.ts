// Requesting gated documents under NDA (public): the acceptance evidence, the request and its grants,
// decisions by access rules and the free-mail setting, the emails, the honeypot and rate limits (S20).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { upsertProviderSettings } from "../../../prisma/factories.ts";
import { hashToken } from "../../crypto/token.ts";
import { db } from "../../db/client.ts";
import { outboxBody } from "../../mail/outbox.ts";
import { RULES } from "../../security/throttle.ts";
import { anonymousContext } from "../../testing/context.ts";
import { fixedClock, type Clock } from "../../time/clock.ts";
import { ensureTestNda, makeLibraryDocument, uniqueSuffix } from "../library/test-fixtures.ts";
import { accessRequestInput } from "./request-input.ts";
import { REFERENCE_SHAPE } from "./reference.ts";
import { submitAccessRequest } from "./submit-request.ts";

vi.mock("../../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => {} }));

const USER_AGENT = "Mozilla/5.0 (request-flow test)";

/** A visitor from its own address (each test owns its throttle subjects), on one clock. */
const visitorFrom = (ip: string, clock?: Clock) =>
  anonymousContext({ request: { ip, userAgent: USER_AGENT, requestId: "req-access" }, clock });
const DAY = 24 * 60 * 60 * 1000;

async function input(overrides: Record<string, string> = {}) {
  const nda = await ensureTestNda("en");
  const suffix = uniqueSuffix();
  const documents = overrides.documents ?? (await makeLibraryDocument()).slug;
  return accessRequestInput.parse({
    locale: "en",
    documents,
    name: "Jane Doe",
    email: `jane-${suffix}@buyer-${suffix}.example`,
    company: "Buyer AG",
    reason: "Vendor security review before signing",
    ndaTemplateId: nda.id,
    typedName: "jane doe",
    website: "",
    ...overrides,
  });
}

const requestsFor = (email: string) =>
  db.accessRequest.findMany({ where: { email }, include: { grants: true, ndaAcceptance: true } });

beforeEach(async () => {
  await upsertProviderSettings();
  await db.providerSettings.update({ where: { id: "provider" }, data: { refuseFreeMailDomains: false } });
});

describe("submitting an access request", () => {
  it("stores the NDA acceptance evidence: typed name, email, IP, user agent, NDA version and hash", async () => {
    const nda = await ensureTestNda("en");
    const clock = fixedClock("2026-11-23T09:30:00Z");
    const visitor = visitorFrom("203.0.113.50", clock);
    const data = await input({ typedName: "  JANE DOE " });
    const outcome = await submitAccessRequest(visitor, data);

    const [request] = await requestsFor(data.email);
    // The visitor is told what they asked for and the stored reference to quote.
    expect(outcome).toEqual({
      status: "received",
      reference: request!.reference,
      name: "Jane Doe",
      company: "Buyer AG",
      email: data.email,
      documents: [{ title: expect.any(String), state: "pending" }],
    });
    expect(request!.reference).toMatch(REFERENCE_SHAPE);
    expect(request).toMatchObject({
      name: "Jane Doe",
      company: "Buyer AG",
      status: "PENDING",
      ip: visitor.request.ip,
      userAgent: visitor.request.userAgent,
      accessTokenHash: null,
    });
    expect(request!.ndaAcceptance).toMatchObject({
      templateId: nda.id,
      templateVersion: nda.version,
      templateHash: nda.contentHash,
      typedName: "JANE DOE",
      email: data.email,
      ip: visitor.request.ip,
      userAgent: visitor.request.userAgent,
      acceptedAt: clock.now(),
    });
    expect(request!.grants.map((g) => g.status)).toEqual(["PENDING"]);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "trust.access.requested", targetId: request!.id },
    });
    expect(audit).toMatchObject({
      actorUserId: null,
      actorLabel: data.email,
      ip: visitor.request.ip,
      chain: "provider",
    });
    expect(audit.metadata).toMatchObject({
      ndaVersion: nda.version,
      ndaHash: nda.contentHash,
      documents: data.documents,
    });
  });

  it("emails the requester that the request was received (no link) and the provider's security address that it waits", async () => {
    const data = await input();
    await submitAccessRequest(visitorFrom("203.0.113.51"), data);
    const toRequester = await db.outboxEmail.findMany({ where: { toAddress: data.email } });
    expect(toRequester).toHaveLength(1);
    expect(toRequester[0]!.subject).toMatch(/received/);
    const [request] = await requestsFor(data.email);
    expect(toRequester[0]!.subject).toContain(request!.reference);
    expect(outboxBody(toRequester[0]!)).toContain(`Your reference: ${request!.reference}`);
    expect(toRequester[0]!.sensitive).toBe(false);
    expect(outboxBody(toRequester[0]!)).toContain("waiting for review");
    expect(outboxBody(toRequester[0]!)).not.toContain("/documents/access/");
    const notice = await db.outboxEmail.findFirstOrThrow({
      where: { toAddress: "security@northwind.example", subject: { contains: "Buyer AG" } },
      orderBy: { createdAt: "desc" },
    });
    expect(outboxBody(notice)).toContain(data.email);
    expect(outboxBody(notice)).toContain(`Reference: ${request!.reference}`);
    expect(outboxBody(notice)).toContain("/admin/trust/access-requests");
    expect(outboxBody(notice)).not.toContain("/documents/access/");
  });

  it("creates one pending grant per requested document", async () => {
    const [a, b] = [await makeLibraryDocument(), await makeLibraryDocument()];
    const data = await input({ documents: `${a.slug},${b.slug}` });
    await submitAccessRequest(visitorFrom("203.0.113.52"), data);
    const [request] = await requestsFor(data.email);
    expect(request!.grants.map((g) => g.documentId).sort()).toEqual([a.id, b.id].sort());
  });

  it("refuses public, archived and unknown documents and an outdated NDA, storing nothing", async () => {
    const visitor = visitorFrom("203.0.113.53");
    const publicDoc = await makeLibraryDocument({ gated: false });
    const archived = await makeLibraryDocument({ archived: true });
    for (const documents of [publicDoc.slug, archived.slug, "no-such-document"]) {
      const data = await input({ documents });
      expect(await submitAccessRequest(visitor, data)).toEqual({ status: "documents-unavailable" });
      expect(await requestsFor(data.email)).toHaveLength(0);
    }
    const data = await input({ ndaTemplateId: "an-older-version" });
    expect(await submitAccessRequest(visitor, data)).toEqual({ status: "nda-outdated" });
    expect(await db.ndaAcceptance.count({ where: { email: data.email } })).toBe(0);
  });

  it("pretends success for a filled-in honeypot and stores nothing (S20)", async () => {
    const data = await input({ website: "https://spam.example" });
    const before = await db.throttleCounter.count();
    const outcome = await submitAccessRequest(visitorFrom("203.0.113.54"), data);
    expect(outcome).toMatchObject({ status: "received", documents: [{ state: "pending" }] });
    expect(await requestsFor(data.email)).toHaveLength(0);
    expect(await db.ndaAcceptance.count({ where: { email: data.email } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { toAddress: data.email } })).toBe(0);
    expect(await db.throttleCounter.count()).toBe(before);
  });

  it("limits requests per address and per IP; when blocked it says so and stores nothing (S20)", async () => {
    const clock = fixedClock("2026-11-23T10:00:00Z");
    const data = await input();
    const flooder = visitorFrom("198.51.100.99", clock);
    for (let i = 0; i < RULES.accessRequestAddress.limit; i++)
      expect(await submitAccessRequest(flooder, data)).toMatchObject({ status: "received" });
    const blocked = await submitAccessRequest(flooder, data);
    expect(blocked).toMatchObject({ status: "throttled", minutes: 60 });
    expect(await requestsFor(data.email)).toHaveLength(RULES.accessRequestAddress.limit);

    // Other addresses from the same IP: blocked once the IP reaches its own limit.
    const results = [];
    for (let i = 0; i < RULES.accessRequestIp.limit; i++)
      results.push((await submitAccessRequest(flooder, await input())).status);
    expect(results.filter((s) => s === "received")).toHaveLength(
      RULES.accessRequestIp.limit - RULES.accessRequestAddress.limit,
    );
    expect(results.at(-1)).toBe("throttled");
    expect(await db.accessRequest.count({ where: { ip: flooder.request.ip } })).toBe(
      RULES.accessRequestIp.limit,
    );

    // Another visitor is unaffected, and the block ends after its window.
    expect(await submitAccessRequest(visitorFrom("203.0.113.55", clock), await input())).toMatchObject({
      status: "received",
    });
    clock.advance(61 * 60 * 1000);
    expect(await submitAccessRequest(flooder, await input())).toMatchObject({ status: "received" });
  });
});

describe("automatic decisions", () => {
  it("an AUTO_APPROVE rule approves for its days, issues the personal link and emails it sealed; audited with the rule", async () => {
    const suffix = uniqueSuffix();
    const rule = await db.accessRule.create({
      data: { domain: `approved-${suffix}.example`, action: "AUTO_APPROVE", grantDays: 14 },
    });
    const clock = fixedClock("2026-11-23T12:00:00Z");
    const data = await input({ email: `sam@eu.approved-${suffix}.example` });
    await submitAccessRequest(visitorFrom("203.0.113.56", clock), data);

    const [request] = await requestsFor(data.email);
    expect(request!.status).toBe("DECIDED");
    expect(request!.grants[0]).toMatchObject({
      status: "APPROVED",
      decidedByRuleId: rule.id,
      decidedById: null,
      expiresAt: new Date(clock.now().getTime() + 14 * DAY),
    });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: data.email } });
    expect(mail.sensitive).toBe(true);
    expect(mail.textBody).not.toContain("/documents/access/");
    const token = /\/en\/documents\/access\/([A-Za-z0-9_-]{43})/.exec(outboxBody(mail))?.[1];
    expect(token).toBeDefined();
    expect(request!.accessTokenHash).toBe(hashToken(token!));
    expect(
      await db.outboxEmail.count({
        where: { idempotencyKey: `access-request:${request!.id}:review-needed` },
      }),
      "nothing waits for staff",
    ).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "trust.access.grant.approved", targetId: request!.id },
    });
    expect(audit.actorLabel).toBe(`access rule approved-${suffix}.example`);
    expect(audit.metadata).toMatchObject({ decidedBy: "rule-approve", ruleId: rule.id });
  });

  it("an AUTO_DENY rule denies with its reason, and the requester is told why", async () => {
    const suffix = uniqueSuffix();
    const rule = await db.accessRule.create({
      data: {
        domain: `rival-${suffix}.example`,
        action: "AUTO_DENY",
        reason: "We do not share these documents with competitors.",
      },
    });
    const data = await input({ email: `eve@rival-${suffix}.example` });
    await submitAccessRequest(visitorFrom("203.0.113.57"), data);
    const [request] = await requestsFor(data.email);
    expect(request!.grants[0]).toMatchObject({
      status: "DENIED",
      decidedByRuleId: rule.id,
      reason: "We do not share these documents with competitors.",
    });
    expect(request!.accessTokenHash).toBeNull();
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: data.email } });
    expect(outboxBody(mail)).toContain("declined: We do not share these documents with competitors.");
    expect(
      await db.auditEvent.count({ where: { action: "trust.access.grant.denied", targetId: request!.id } }),
    ).toBe(1);
  });

  it("denies free-mail addresses with a clear reason when the provider refuses them, and only then", async () => {
    const refused = await input({ email: `someone.${uniqueSuffix()}@gmail.com` });
    const visitor = visitorFrom("203.0.113.58");
    await submitAccessRequest(visitor, refused);
    expect((await requestsFor(refused.email))[0]!.grants[0]!.status).toBe("PENDING");

    await db.providerSettings.update({ where: { id: "provider" }, data: { refuseFreeMailDomains: true } });
    const again = await input({ email: `other.${uniqueSuffix()}@gmx.de` });
    await submitAccessRequest(visitor, again);
    const grant = (await requestsFor(again.email))[0]!.grants[0]!;
    expect(grant).toMatchObject({ status: "DENIED", decidedByRuleId: null });
    expect(grant.reason).toContain("free email providers (gmx.de)");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "trust.access.grant.denied", actorLabel: "free-mail setting" },
      orderBy: { seq: "desc" },
    });
    expect(audit.metadata).toMatchObject({ decidedBy: "free-mail", domain: "gmx.de" });
  });

  it("writes German emails and reasons for German requests", async () => {
    await db.providerSettings.update({ where: { id: "provider" }, data: { refuseFreeMailDomains: true } });
    const de = await ensureTestNda("de");
    const data = await input({
      locale: "de",
      ndaTemplateId: de.id,
      email: `person.${uniqueSuffix()}@web.de`,
    });
    await submitAccessRequest(visitorFrom("203.0.113.59"), data);
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: data.email } });
    const [request] = await requestsFor(data.email);
    expect(mail.subject).toBe(
      `Ihre Anfrage nach Sicherheitsunterlagen: Entscheidung (${request!.reference})`,
    );
    expect(outboxBody(mail)).toContain("kostenloser E-Mail-Anbieter (web.de)");
    expect(outboxBody(mail)).toContain(`Ihre Vorgangsnummer: ${request!.reference}`);
    expect(outboxBody(mail)).toContain("Angefragt von: „Jane Doe“, „Buyer AG“");
  });
});
