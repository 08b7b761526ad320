// Microsoft Entra ID sign-in against a fake OpenID provider on loopback (SECURITY.md S7, S8, S17):
// PKCE + state + nonce, audience/issuer/tenant/nonce checks, single-use state bound to the browser,
// identity by (tid, oid) never by email, just-in-time members with the connection's default role, and
// the provider's MFA claim counted only as what it is.
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import { REFUSAL_WINDOW_MS, summariseFinishedWindows } from "../../audit/refusals.ts";
import { db } from "../../db/client.ts";
import { startFakeOidc, type FakeOidcTamper, type FakeOidcUser } from "../../testing/fake-oidc.ts";
import {
  createSsoConnectionRecord,
  uniqueDomain,
  type TestSsoConnection,
} from "../../testing/sso-connection.ts";
import type { Context } from "../../context/context.ts";
import { anonymousContext, contextFor, contextForSession, memoryCookies } from "../../testing/context.ts";
import { fixedClock } from "../../time/clock.ts";
import { authorizeOrgBySlug } from "../authorization/authorize.ts";
import { signInWithPassword } from "../passwords/password-sign-in.ts";
import { sessionStateFor } from "../sessions/actor.ts";
import { rotateSession } from "../sessions/session-store.ts";
import { completeSsoSignIn, type SsoCallbackFailure, type SsoSignedIn } from "./callback.ts";
import { saveSsoConnection, ssoConnectionInput } from "./connection.ts";
import { beginSsoSignInThrough } from "./sign-in-through.ts";
import { membersWithoutSsoIdentity } from "./readiness.ts";
import { beginSsoSignIn } from "./start.ts";
import { ssoStateCookieName } from "./state-cookie.ts";

const clock = fixedClock(new Date());
// MSAL is pointed at the fake before anything reads the environment (lib/auth/sso/authority.ts).
const fake = await startFakeOidc({ now: () => clock.now() });
process.env.SSO_TEST_AUTHORITY = fake.url;
afterAll(() => fake.close());

// Every test file shares one database: each test has its own request id (audit rows) and email domain.
let request = { ip: "198.51.100.7", userAgent: "Mozilla/5.0 (sso test)", requestId: "" };

beforeEach(() => {
  clock.set(new Date());
  request = { ...request, requestId: `req-${randomUUID()}` };
});

/** Someone not signed in, from this test's request. */
const anonymous = (): Context => anonymousContext({ clock, request });

/** A browser, not signed in, holding `boundState` in its binding cookie (none: null). */
function browser(boundState: string | null): Context {
  const cookies = memoryCookies(boundState === null ? {} : { [ssoStateCookieName()]: boundState });
  return anonymousContext({ clock, request, cookies });
}

/** An organisation with an enabled connection for a fresh domain, registered with the fake. */
async function ssoOrganization(
  options: { defaultRole?: "MEMBER" | "AUDITOR" | "ADMIN"; requireMfa?: boolean; ssoRequired?: boolean } = {},
) {
  const org = await createOrganization();
  if (options.requireMfa || options.ssoRequired) {
    await db.organization.update({
      where: { id: org.id },
      data: { requireMfa: options.requireMfa ?? false, ssoRequired: options.ssoRequired ?? false },
    });
  }
  const domain = uniqueDomain();
  const connection = await createSsoConnectionRecord({
    organizationId: org.id,
    approvedDomains: [domain],
    defaultRole: options.defaultRole,
  });
  fake.registerClient({ clientId: connection.clientId, clientSecret: connection.clientSecret });
  return { org, domain, connection };
}

function microsoftUser(
  connection: TestSsoConnection,
  email: string,
  extra: Partial<FakeOidcUser> = {},
): FakeOidcUser {
  return { tid: connection.tenantId, oid: randomUUID(), email, name: "Grace Hopper", amr: ["pwd"], ...extra };
}

/** Start on "our" side, let the fake approve, and return the callback it redirected to. */
async function throughProvider(email: string, user: FakeOidcUser, tamper?: FakeOidcTamper) {
  fake.signInAs(user, tamper);
  const start = await beginSsoSignIn(anonymous(), { email, callbackUrl: "/portal" });
  if (!start.ok) throw new Error(`start failed: ${start.reason}`);
  const response = await fetch(start.authorizeUrl, { redirect: "manual" });
  expect(response.status).toBe(302);
  const back = new URL(response.headers.get("location")!);
  const callback = {
    state: back.searchParams.get("state"),
    code: back.searchParams.get("code"),
    error: back.searchParams.get("error"),
  };
  /** The callback in the browser that started it, unless `boundState` says what that browser holds. */
  const finish = async (
    overrides: { boundState?: string | null } = {},
  ): Promise<SsoSignedIn | SsoCallbackFailure> => {
    const result = await completeSsoSignIn(
      browser(overrides.boundState === undefined ? start.state : overrides.boundState),
      callback,
    );
    if (result.ok && result.outcome === "linked") throw new Error("a sign-in was treated as a link");
    return result;
  };
  return { start, back, callback, finish };
}

/** This test's audit rows of one kind, in order. */
async function auditOf(action: string) {
  return db.auditEvent.findMany({
    where: { action, requestId: request.requestId },
    orderBy: [{ createdAt: "asc" }, { seq: "asc" }],
  });
}

const inDomain = (domain: string) => ({ email: { endsWith: `@${domain}` } });
const usersIn = (domain: string) => db.user.count({ where: inDomain(domain) });
const sessionsIn = (domain: string) => db.session.count({ where: { user: inDomain(domain) } });

describe("starting Microsoft sign-in (S7)", () => {
  it("sends the user to the tenant's authorize endpoint with PKCE S256, state, nonce and login hint; stores only hashes and sealed values", async () => {
    const { connection, domain } = await ssoOrganization();
    const email = `ada@${domain}`;
    const start = await beginSsoSignIn(anonymous(), { email, callbackUrl: "https://evil.example/steal" });
    expect(start.ok).toBe(true);
    if (!start.ok) return;

    const url = new URL(start.authorizeUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${fake.url}/${connection.tenantId}/oauth2/v2.0/authorize`);
    expect(url.searchParams.get("client_id")).toBe(connection.clientId);
    expect(url.searchParams.get("response_type")).toBe("code");
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get("state")).toBe(start.state);
    expect(url.searchParams.get("nonce")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get("login_hint")).toBe(email);
    expect(url.searchParams.get("redirect_uri")).toBe("http://localhost:3000/api/auth/sso/callback");

    const rows = await db.ssoAuthRequest.findMany({ where: { organizationId: connection.organizationId } });
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.organizationId).toBe(connection.organizationId);
    expect(row.stateHash).not.toContain(start.state);
    expect(JSON.stringify(row)).not.toContain(start.state);
    expect(row.codeVerifierEnc).toMatch(/^[a-z0-9]+\./i); // sealed (version.iv.tag.body)
    expect(row.callbackUrl).toBe("/continue"); // an off-site callback is never kept (no open redirect)
    expect(row.expiresAt.getTime() - clock.now().getTime()).toBe(10 * 60_000);
  });

  it("offers nothing for a domain no enabled connection claims, and writes nothing", async () => {
    const { org, domain } = await ssoOrganization();
    expect(await beginSsoSignIn(anonymous(), { email: "someone@unknown-domain.example" })).toEqual({
      ok: false,
      reason: "no_connection",
    });
    await db.ssoConnection.update({ where: { organizationId: org.id }, data: { enabled: false } });
    expect(await beginSsoSignIn(anonymous(), { email: `x@${domain}` })).toEqual({
      ok: false,
      reason: "no_connection",
    });
    expect(await db.ssoAuthRequest.count({ where: { organizationId: org.id } })).toBe(0);
  });
});

describe("finishing Microsoft sign-in: just-in-time members and identity by (tid, oid) (S7, S17)", () => {
  it("creates the user, a membership with the connection's default role and the (tid, oid) identity, and starts an SSO session", async () => {
    const { org, connection, domain } = await ssoOrganization({ defaultRole: "AUDITOR" });
    const user = microsoftUser(connection, `Grace.Hopper@${domain.toUpperCase()}`);
    const flow = await throughProvider(`grace.hopper@${domain}`, user);

    const result = await flow.finish();
    expect(result).toEqual({
      ok: true,
      outcome: "signed_in",
      userId: expect.any(String),
      sessionId: expect.any(String),
      next: "none",
      redirectTo: "/portal",
    });
    if (!result.ok) return;

    const created = await db.user.findUniqueOrThrow({
      where: { id: result.userId },
      select: {
        email: true,
        name: true,
        credential: true,
        memberships: { select: { organizationId: true, role: true } },
        ssoIdentities: { select: { tenantId: true, objectId: true } },
      },
    });
    expect(created).toEqual({
      email: `grace.hopper@${domain}`,
      name: "Grace Hopper",
      credential: null,
      memberships: [{ organizationId: org.id, role: "AUDITOR" }],
      ssoIdentities: [{ tenantId: connection.tenantId, objectId: user.oid }],
    });
    const session = await db.session.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session).toMatchObject({
      userId: result.userId,
      method: "SSO",
      kind: "CUSTOMER",
      ip: request.ip,
      revokedAt: null,
      mfaVerifiedAt: null,
    });

    const provisioned = await auditOf("sso.member.provisioned");
    expect(provisioned).toHaveLength(1);
    expect(provisioned[0]).toMatchObject({
      organizationId: org.id,
      actorUserId: result.userId,
      targetId: result.userId,
      ip: request.ip,
      requestId: request.requestId,
      metadata: { role: "AUDITOR", newUser: true, tenantId: connection.tenantId, objectId: user.oid },
    });
    const signIns = await auditOf("auth.sign_in.succeeded");
    expect(signIns).toHaveLength(1);
    expect(signIns[0]).toMatchObject({
      organizationId: org.id,
      actorUserId: result.userId,
      targetId: result.sessionId,
      metadata: { method: "SSO" },
    });
    expect(await db.ssoAuthRequest.count({ where: { organizationId: org.id } })).toBe(0);

    // The provider saw a confidential client proving PKCE (the verifier and secret are masked in the log).
    const tokenRequest = fake.tokenRequests.at(-1)!;
    expect(tokenRequest.get("code_verifier")).toBe("***");
    expect(tokenRequest.get("client_secret")).toBe("***");
    expect(fake.tokenErrors).toEqual([]);
  });

  it("signs the same (tid, oid) in again as the same user without provisioning anything", async () => {
    const { connection, domain } = await ssoOrganization();
    const user = microsoftUser(connection, `lin@${domain}`);
    const first = await (await throughProvider(user.email!, user)).finish();
    const second = await (await throughProvider(user.email!, user)).finish();
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.userId).toBe(first.userId);
    expect(second.sessionId).not.toBe(first.sessionId);
    expect(await db.user.count({ where: { email: user.email } })).toBe(1);
    expect(await auditOf("sso.member.provisioned")).toHaveLength(1);
  });

  it("never links by email: the same email from another object id is refused and audited (S7)", async () => {
    const { org, connection, domain } = await ssoOrganization();
    const email = `sam@${domain}`;
    const original = microsoftUser(connection, email);
    const first = await (await throughProvider(email, original)).finish();
    expect(first.ok).toBe(true);

    const impostor = microsoftUser(connection, email, { oid: randomUUID() });
    const result = await (await throughProvider(email, impostor)).finish();
    expect(result).toEqual({ ok: false, error: "sso_email_taken" });
    expect(await db.ssoIdentity.count({ where: { objectId: impostor.oid } })).toBe(0);
    expect(await sessionsIn(domain)).toBe(1);

    const refused = await auditOf("sso.sign_in.refused");
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({
      organizationId: org.id,
      actorUserId: null,
      actorLabel: email,
      ip: request.ip,
      metadata: { reason: "email_taken", email, tenantId: connection.tenantId, objectId: impostor.oid },
    });
  });

  it("does not link an existing password account that has the same email either (S7)", async () => {
    const { org, connection, domain } = await ssoOrganization();
    const existing = await createUser({
      email: `owner@${domain}`,
      memberships: [{ organizationId: org.id, role: "OWNER" }],
    });
    const result = await (
      await throughProvider(existing.email, microsoftUser(connection, existing.email))
    ).finish();
    expect(result).toEqual({ ok: false, error: "sso_email_taken" });
    expect(await db.ssoIdentity.count({ where: { tenantId: connection.tenantId } })).toBe(0);
    expect(await db.session.count({ where: { userId: existing.id } })).toBe(0);
  });

  it("refuses an identity whose email domain the connection does not allow, and one without an email", async () => {
    const { connection, domain } = await ssoOrganization();
    const outsider = await (
      await throughProvider(`x@${domain}`, microsoftUser(connection, "x@elsewhere.example"))
    ).finish();
    expect(outsider).toEqual({ ok: false, error: "sso_domain_not_allowed" });
    const noEmail = await (
      await throughProvider(
        `y@${domain}`,
        microsoftUser(connection, `y@${domain}`, { email: undefined, preferredUsername: "not-an-email" }),
      )
    ).finish();
    expect(noEmail).toEqual({ ok: false, error: "sso_domain_not_allowed" });
    expect(
      (await auditOf("sso.sign_in.refused")).map((e) => (e.metadata as { reason: string }).reason),
    ).toEqual(["domain_not_allowed", "no_email"]);
    expect(await usersIn(domain)).toBe(0);
  });

  it("refuses a staff account linked to a tenant identity: staff never sign in through a customer's provider", async () => {
    const { connection, domain } = await ssoOrganization();
    const user = microsoftUser(connection, `staffer@${domain}`);
    const first = await (await throughProvider(user.email!, user)).finish();
    if (!first.ok) throw new Error("first sign-in failed");
    await db.staffRoleAssignment.create({ data: { userId: first.userId, role: "ADMIN" } });
    expect(await (await throughProvider(user.email!, user)).finish()).toEqual({
      ok: false,
      error: "sso_staff_account",
    });
  });
});

describe("the checks on what comes back (S7)", () => {
  it.each([
    ["a token for another audience", { aud: randomUUID() }, "audience_mismatch"],
    [
      "a token from another issuer",
      { iss: "https://login.test/00000000-0000-4000-8000-000000000000/v2.0" },
      "issuer_mismatch",
    ],
    ["a token naming another tenant", { tid: randomUUID() }, "tenant_mismatch"],
    ["a token with another nonce", { nonce: "replayed-nonce" }, "nonce_mismatch"],
  ] as const)(
    "rejects %s, audits the reason and creates no user or session",
    async (_label, tamper, reason) => {
      const { org, connection, domain } = await ssoOrganization();
      const result = await (
        await throughProvider(`eve@${domain}`, microsoftUser(connection, `eve@${domain}`), tamper)
      ).finish();
      expect(result).toEqual({ ok: false, error: "sso_failed" });
      expect(await usersIn(domain)).toBe(0);
      expect(await sessionsIn(domain)).toBe(0);
      const failed = await auditOf("sso.sign_in.failed");
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({
        organizationId: org.id,
        ip: request.ip,
        requestId: request.requestId,
        metadata: { reason },
      });
    },
  );

  it("uses a state once: replaying a successful callback is refused", async () => {
    const { connection, domain } = await ssoOrganization();
    const flow = await throughProvider(`rae@${domain}`, microsoftUser(connection, `rae@${domain}`));
    const here = browser(flow.start.state);
    expect((await completeSsoSignIn(here, flow.callback)).ok).toBe(true);
    expect(here.cookies.get(ssoStateCookieName()), "the browser forgets the state").toBeUndefined();
    expect(await flow.finish()).toEqual({ ok: false, error: "sso_restart" });
    const failed = await auditOf("sso.sign_in.failed");
    expect(failed.map((e) => [e.organizationId, (e.metadata as { reason: string }).reason])).toEqual([
      [null, "unknown_state"],
    ]);
    expect(await sessionsIn(domain)).toBe(1);
  });

  it("lets only one of two concurrent callbacks with the same state through", async () => {
    const { connection, domain } = await ssoOrganization();
    const flow = await throughProvider(`twice@${domain}`, microsoftUser(connection, `twice@${domain}`));
    const results = await Promise.all([flow.finish(), flow.finish()]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "sso_restart" }]);
    expect(await sessionsIn(domain)).toBe(1);
  });

  it("provisions one user when the same person's first two sign-ins finish at once", async () => {
    const { connection, domain } = await ssoOrganization();
    const user = microsoftUser(connection, `race@${domain}`);
    const first = await throughProvider(user.email!, user);
    const second = await throughProvider(user.email!, user);
    const results = await Promise.all([first.finish(), second.finish()]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => r.ok && r.userId)).size).toBe(1);
    expect(await usersIn(domain)).toBe(1);
    expect(await db.ssoIdentity.count({ where: { objectId: user.oid } })).toBe(1);
  });

  it("accepts a callback only in the browser that started it (login CSRF), and burns the state", async () => {
    request = { ...request, ip: "198.51.100.71" }; // its own address: stray callbacks are summarised per address (S24)
    const { connection, domain } = await ssoOrganization();
    const flow = await throughProvider(`kim@${domain}`, microsoftUser(connection, `kim@${domain}`));
    expect(await flow.finish({ boundState: null })).toEqual({ ok: false, error: "sso_restart" });
    expect(await flow.finish()).toEqual({ ok: false, error: "sso_restart" });
    const other = await throughProvider(`kim@${domain}`, microsoftUser(connection, `kim@${domain}`));
    expect(await other.finish({ boundState: flow.start.state })).toEqual({ ok: false, error: "sso_restart" });
    const reasons = (await auditOf("sso.sign_in.failed")).map(
      (e) => (e.metadata as { reason: string }).reason,
    );
    // (The clock stands still and the rows sit in two chains, so compare without order.)
    expect(reasons.sort()).toEqual(["state_not_bound", "state_not_bound", "unknown_state"]);
    expect(await sessionsIn(domain)).toBe(0);
  });

  it("refuses a state older than ten minutes", async () => {
    const { connection, domain } = await ssoOrganization();
    const flow = await throughProvider(`old@${domain}`, microsoftUser(connection, `old@${domain}`));
    clock.advance(10 * 60_000 + 1);
    expect(await flow.finish()).toEqual({ ok: false, error: "sso_restart" });
    expect((await auditOf("sso.sign_in.failed"))[0]?.metadata).toMatchObject({ reason: "state_expired" });
  });

  it("reports a sign-in the provider refused (access_denied) as cancelled", async () => {
    const { connection, domain } = await ssoOrganization();
    const flow = await throughProvider(`no@${domain}`, microsoftUser(connection, `no@${domain}`), {
      error: "access_denied",
    });
    expect(flow.callback.code).toBeNull();
    expect(await flow.finish()).toEqual({ ok: false, error: "sso_cancelled" });
    expect((await auditOf("sso.sign_in.failed"))[0]?.metadata).toMatchObject({
      reason: "provider_error",
      providerError: "access_denied",
    });
  });

  it("stops when the connection is disabled between start and callback", async () => {
    const { org, connection, domain } = await ssoOrganization();
    const flow = await throughProvider(`dis@${domain}`, microsoftUser(connection, `dis@${domain}`));
    await db.ssoConnection.update({ where: { organizationId: org.id }, data: { enabled: false } });
    expect(await flow.finish()).toEqual({ ok: false, error: "sso_unavailable" });
  });

  it("fails the code exchange when the stored client secret is not the registered one", async () => {
    const { connection, domain } = await ssoOrganization();
    fake.registerClient({ clientId: connection.clientId, clientSecret: "rotated-in-entra" });
    const result = await (
      await throughProvider(`sec@${domain}`, microsoftUser(connection, `sec@${domain}`))
    ).finish();
    expect(result).toEqual({ ok: false, error: "sso_failed" });
    expect(fake.tokenErrors.at(-1)).toBe("invalid_client");
    expect((await auditOf("sso.sign_in.failed"))[0]?.metadata).toMatchObject({
      reason: "token_exchange_failed",
    });
  });
});

describe("MFA after Microsoft sign-in (S8)", () => {
  it("counts the provider's MFA claim: amr with mfa marks the session verified even where the organisation requires MFA", async () => {
    const { connection, domain } = await ssoOrganization({ requireMfa: true });
    const result = await (
      await throughProvider(
        `mfa@${domain}`,
        microsoftUser(connection, `mfa@${domain}`, { amr: ["pwd", "mfa"] }),
      )
    ).finish();
    expect(result).toMatchObject({ ok: true, next: "none", redirectTo: "/portal" });
    if (!result.ok) return;
    const session = await db.session.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session.mfaVerifiedAt).toEqual(clock.now());
    expect((await auditOf("auth.sign_in.succeeded"))[0]?.metadata).toMatchObject({
      method: "SSO",
      mfa: "verified",
    });
  });

  it("without an MFA claim, an organisation that requires MFA still gets its local second factor", async () => {
    const { connection, domain } = await ssoOrganization({ requireMfa: true });
    const noAmr = await (
      await throughProvider(
        `plain@${domain}`,
        microsoftUser(connection, `plain@${domain}`, { amr: undefined }),
      )
    ).finish();
    expect(noAmr).toMatchObject({ ok: true, next: "enrol", redirectTo: "/continue" });
    if (!noAmr.ok) return;
    expect((await db.session.findUniqueOrThrow({ where: { id: noAmr.sessionId } })).mfaVerifiedAt).toBeNull();

    // Someone who has enrolled TOTP is challenged instead.
    await db.credential.create({ data: { userId: noAmr.userId, totpEnabledAt: clock.now() } });
    const pwdOnly = await (
      await throughProvider(
        `plain@${domain}`,
        microsoftUser(connection, `plain@${domain}`, { oid: await oidOf(noAmr.userId), amr: ["pwd"] }),
      )
    ).finish();
    expect(pwdOnly).toMatchObject({ ok: true, next: "challenge", redirectTo: "/continue" });
  });
});

describe("organisations that require SSO", () => {
  it("lets their members in through Microsoft while password sign-in is refused", async () => {
    const { org, connection, domain } = await ssoOrganization({ ssoRequired: true });
    const user = microsoftUser(connection, `req@${domain}`);
    const viaSso = await (await throughProvider(user.email!, user)).finish();
    expect(viaSso.ok).toBe(true);

    const member = await createUser({
      email: `pw@${domain}`,
      memberships: [{ organizationId: org.id, role: "MEMBER" }],
    });
    expect(await signInWithPassword(anonymous(), { email: member.email, password: member.password })).toEqual(
      { ok: false, reason: "sso_required" },
    );
  });
});

async function oidOf(userId: string): Promise<string> {
  return (await db.ssoIdentity.findFirstOrThrow({ where: { userId }, select: { objectId: true } })).objectId;
}

describe("an organisation's policies count a Microsoft sign-in only through its own connection (S7, S8)", () => {
  /** A member of A (signed up through A's connection) who is also a member of B. */
  async function memberOfBoth(b: { org: { id: string } }, a: Awaited<ReturnType<typeof ssoOrganization>>) {
    const user = microsoftUser(a.connection, `both@${a.domain}`, { amr: ["pwd", "mfa"] });
    const first = await (await throughProvider(user.email!, user)).finish();
    if (!first.ok) throw new Error(`sign-in failed: ${first.error}`);
    await db.membership.create({ data: { organizationId: b.org.id, userId: first.userId, role: "MEMBER" } });
    return { user, userId: first.userId };
  }

  it("a sign-in through A's connection does not meet B's SSO-only policy; one through B's does (S7, S11)", async () => {
    const a = await ssoOrganization();
    const b = await ssoOrganization({ ssoRequired: true });
    const { user, userId } = await memberOfBoth(b, a);

    const viaA = await (await throughProvider(user.email!, user)).finish();
    if (!viaA.ok) throw new Error(`sign-in failed: ${viaA.error}`);
    expect(await db.session.findUniqueOrThrow({ where: { id: viaA.sessionId } })).toMatchObject({
      method: "SSO",
      ssoOrganizationId: a.org.id,
    });
    const ctxA = await contextForSession(viaA.sessionId, { clock, request });
    await expect(authorizeOrgBySlug(ctxA, a.org.slug, "org.view")).resolves.toMatchObject({
      organizationId: a.org.id,
    });
    await expect(authorizeOrgBySlug(ctxA, b.org.slug, "org.view")).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await auditOf("authz.sso_denied")).toHaveLength(1);

    // The same person through B's own connection (their identity in B's tenant) meets it.
    const oidInB = randomUUID();
    await db.ssoIdentity.create({ data: { userId, tenantId: b.connection.tenantId, objectId: oidInB } });
    const inB = microsoftUser(b.connection, user.email!, { oid: oidInB, amr: ["pwd", "mfa"] });
    const viaB = await (await throughProvider(`both@${b.domain}`, inB)).finish();
    if (!viaB.ok) throw new Error(`sign-in failed: ${viaB.error}`);
    const ctxB = await contextForSession(viaB.sessionId, { clock, request });
    await expect(authorizeOrgBySlug(ctxB, b.org.slug, "org.view")).resolves.toMatchObject({
      organizationId: b.org.id,
    });
  });

  it("a member signed in through A starts Microsoft sign-in through B's own connection and then meets B's policy; a non-member cannot (S7, S11, S12)", async () => {
    const a = await ssoOrganization();
    const b = await ssoOrganization({ ssoRequired: true });
    const { user, userId } = await memberOfBoth(b, a);
    const viaA = await (await throughProvider(user.email!, user)).finish();
    if (!viaA.ok) throw new Error(`sign-in failed: ${viaA.error}`);
    const ctxA = await contextForSession(viaA.sessionId, { clock, request });
    const oidInB = randomUUID();
    await db.ssoIdentity.create({ data: { userId, tenantId: b.connection.tenantId, objectId: oidInB } });

    fake.signInAs(microsoftUser(b.connection, user.email!, { oid: oidInB }));
    const started = await beginSsoSignInThrough(ctxA, b.org.slug);
    expect(new URL(started.authorizeUrl).pathname).toContain(b.connection.tenantId);
    const back = new URL(
      (await fetch(started.authorizeUrl, { redirect: "manual" })).headers.get("location")!,
    );
    const viaB = await completeSsoSignIn(browser(started.state), {
      state: back.searchParams.get("state"),
      code: back.searchParams.get("code"),
      error: null,
    });
    expect(viaB).toMatchObject({
      ok: true,
      outcome: "signed_in",
      userId,
      redirectTo: `/portal/${b.org.slug}`,
    });
    if (!viaB.ok || viaB.outcome !== "signed_in") return;
    const ctxB = await contextForSession(viaB.sessionId, { clock, request });
    await expect(authorizeOrgBySlug(ctxB, b.org.slug, "org.view")).resolves.toMatchObject({
      organizationId: b.org.id,
    });

    // Only through one's own memberships: another organisation's member learns nothing of B.
    const stranger = await createUser({
      memberships: [{ organizationId: (await createOrganization()).id, role: "OWNER" }],
    });
    const strangerCtx = await contextFor(stranger, { clock, request });
    await expect(beginSsoSignInThrough(strangerCtx, b.org.slug)).rejects.toMatchObject({ code: "not_found" });
    // An organisation without a connection has nothing to sign in through.
    const plain = await createOrganization();
    await db.membership.create({ data: { organizationId: plain.id, userId, role: "OWNER" } });
    await expect(
      beginSsoSignInThrough(await contextForSession(viaB.sessionId, { clock, request }), plain.slug),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("the MFA claim of A's tenant does not meet B's MFA requirement: the session owes a second factor (S8)", async () => {
    const a = await ssoOrganization();
    const b = await ssoOrganization({ requireMfa: true });
    const { user } = await memberOfBoth(b, a);

    const viaA = await (await throughProvider(user.email!, user)).finish();
    expect(viaA).toMatchObject({ ok: true, next: "enrol", redirectTo: "/continue" });
    if (!viaA.ok) return;
    expect((await sessionStateFor(viaA.sessionId, clock)).status).toBe("mfa");
    expect((await auditOf("auth.sign_in.succeeded")).at(-1)?.metadata).toMatchObject({
      method: "SSO",
      mfa: "pending_enrol",
    });

    // A second factor of ours (what /mfa and /mfa/enrol record) meets every organisation's requirement.
    const rotated = await rotateSession(viaA.sessionId, { mfaVerified: true }, clock);
    expect(await db.session.findUniqueOrThrow({ where: { id: rotated!.id } })).toMatchObject({
      ssoOrganizationId: a.org.id,
      mfaFromSsoClaim: false,
    });
    expect((await sessionStateFor(rotated!.id, clock)).status).toBe("active");
  });

  it("A's MFA claim still meets A's own requirement (control)", async () => {
    const a = await ssoOrganization({ requireMfa: true });
    const b = await ssoOrganization();
    const { user } = await memberOfBoth(b, a);
    const viaA = await (await throughProvider(user.email!, user)).finish();
    expect(viaA).toMatchObject({ ok: true, next: "none" });
  });
});

describe("just-in-time members only from approved domains (S27)", () => {
  it("a domain the organisation listed but staff have not approved admits nobody", async () => {
    const { org, connection } = await ssoOrganization();
    const owner = await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
    const pending = uniqueDomain("unapproved");
    const approved = connection.approvedDomains[0]!;
    await saveSsoConnection(
      await contextFor(owner, { clock, request }),
      ssoConnectionInput("en").parse({
        slug: org.slug,
        tenantId: connection.tenantId,
        clientId: connection.clientId,
        allowedDomains: `${approved} ${pending}`,
        defaultRole: "MEMBER",
        enabled: "on",
      }),
    );
    // Started from the approved domain (the sign-in page routes nothing for the pending one), the
    // Microsoft account's email is at the pending domain.
    const result = await (
      await throughProvider(`start@${approved}`, microsoftUser(connection, `jit@${pending}`))
    ).finish();
    expect(result).toEqual({ ok: false, error: "sso_domain_not_allowed" });
    expect(await usersIn(pending)).toBe(0);
  });
});

describe("readiness for requiring SSO", () => {
  it("counts the members who have no Microsoft identity in the connection's tenant (they would be locked out)", async () => {
    const { org, connection, domain } = await ssoOrganization();
    const owner = await createUser({
      email: `boss@${domain}`,
      memberships: [{ organizationId: org.id, role: "OWNER" }],
    });
    const viaSso = await (
      await throughProvider(`jit@${domain}`, microsoftUser(connection, `jit@${domain}`))
    ).finish();
    if (!viaSso.ok) throw new Error("sign-in failed");
    // An identity in some other tenant does not count.
    await db.ssoIdentity.create({
      data: { userId: owner.id, tenantId: randomUUID(), objectId: randomUUID() },
    });
    expect(await membersWithoutSsoIdentity(org.id)).toEqual({ count: 1, userIds: [owner.id] });
    const bare = await createOrganization();
    await createUser({ memberships: [{ organizationId: bare.id, role: "OWNER" }] });
    expect((await membersWithoutSsoIdentity(bare.id)).count).toBe(1);
  });
});

describe("stray callbacks", () => {
  it("audits the first callback without a known state per address and window, and counts the rest (S24)", async () => {
    request = { ...request, ip: "203.0.113.99" };
    const stray = () => completeSsoSignIn(browser(null), { state: randomUUID(), code: "x", error: null });
    for (let i = 0; i < 30; i++) expect(await stray()).toEqual({ ok: false, error: "sso_restart" });
    expect(await completeSsoSignIn(browser(null), { state: null, code: null, error: null })).toEqual({
      ok: false,
      error: "sso_restart",
    });
    const first = await auditOf("sso.sign_in.failed");
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      chain: "provider",
      ip: "203.0.113.99",
      metadata: { reason: "unknown_state" },
    });
    // Other addresses are audited on their own.
    request = { ...request, ip: "198.51.100.72" };
    await stray();
    expect(await auditOf("sso.sign_in.failed")).toHaveLength(2);
    // Once the window is over, its count reaches the chain as one summary.
    clock.advance(REFUSAL_WINDOW_MS);
    await summariseFinishedWindows(clock);
    const summaries = await db.auditEvent.findMany({
      where: { action: "audit.refusals.summarised", ip: "203.0.113.99" },
    });
    expect(summaries.map((s) => s.metadata)).toEqual([
      expect.objectContaining({ action: "sso.sign_in.failed", subject: "203.0.113.99", count: 31 }),
    ]);
  });
});
