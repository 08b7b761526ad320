// A signed-in member connects their Microsoft account, against the fake OpenID provider on loopback
// (SECURITY.md S6, S7, S17): the same state/nonce/audience/issuer/tenant checks as sign-in, only for the
// user whose session started it, only for a member of the connection's organisation, never taking an
// identity linked to someone else, never starting a session; audited and notified by email. Then the
// account signs in with Microsoft, and may disconnect unless an organisation requires Microsoft sign-in.
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import { db } from "../../db/client.ts";
import { startFakeOidc, type FakeOidcTamper, type FakeOidcUser } from "../../testing/fake-oidc.ts";
import {
  createSsoConnectionRecord,
  uniqueDomain,
  type TestSsoConnection,
} from "../../testing/sso-connection.ts";
import type { Context, SignedInContext } from "../../context/context.ts";
import { anonymousContext, contextFor, memoryCookies } from "../../testing/context.ts";
import { fixedClock } from "../../time/clock.ts";
import type { Actor } from "../sessions/actor.ts";
import { createSession } from "../sessions/session-store.ts";
import { completeSsoSignIn } from "./callback.ts";
import { beginSsoLink, LINKED_PATH } from "./link.ts";
import { SSO_MESSAGES } from "./messages.ts";
import { microsoftAccountsOf } from "./my-microsoft-accounts.ts";
import { beginSsoSignIn } from "./start.ts";
import { ssoStateCookieName } from "./state-cookie.ts";
import { disconnectMicrosoftAccount } from "./unlink.ts";

const delivery = vi.hoisted(() => ({ requested: 0 }));
vi.mock("../../jobs/email-jobs.ts", () => ({ requestEmailDelivery: async () => void delivery.requested++ }));

const clock = fixedClock(new Date());
// MSAL is pointed at the fake before anything reads the environment (lib/auth/sso/authority.ts).
const fake = await startFakeOidc({ now: () => clock.now() });
process.env.SSO_TEST_AUTHORITY = fake.url;
afterAll(() => fake.close());

let request = { ip: "198.51.100.9", userAgent: "Mozilla/5.0 (sso link test)", requestId: "" };
beforeEach(() => {
  clock.set(new Date());
  request = { ...request, requestId: `req-${randomUUID()}` };
});

const reauthRequired = { code: "forbidden", reauthenticate: true };

/**
 * The callback's caller: a browser holding `boundState` in its binding cookie (none: null), signed in as
 * `actor` (none: null).
 */
function browser(boundState: string | null, actor: Actor | null): Context {
  const cookies = memoryCookies(boundState === null ? {} : { [ssoStateCookieName()]: boundState });
  return { ...anonymousContext({ clock, request, cookies }), actor };
}

/** `actor` calling now, from this test's request. */
const callerAs = (actor: Actor): SignedInContext => ({ ...anonymousContext({ clock, request }), actor });

async function ssoOrganization(options: { ssoRequired?: boolean } = {}) {
  const org = await createOrganization();
  if (options.ssoRequired)
    await db.organization.update({ where: { id: org.id }, data: { ssoRequired: true } });
  const domain = uniqueDomain("link");
  const connection = await createSsoConnectionRecord({ organizationId: org.id, approvedDomains: [domain] });
  fake.registerClient({ clientId: connection.clientId, clientSecret: connection.clientSecret });
  return { org, domain, connection };
}

type Org = { id: string; slug: string; name: string };

/** A password member who signed in before the organisation set up SSO, and just confirmed their password. */
async function signedInMember(
  orgs: Org[],
  options: { email?: string; staff?: boolean; reauthenticatedAt?: Date | null } = {},
) {
  const user = await createUser({
    email: options.email,
    memberships: orgs.map((o) => ({ organizationId: o.id, role: "OWNER" as const })),
    staffRoles: options.staff ? ["ADMIN"] : [],
  });
  const session = await createSession(user.id, options.staff ? "STAFF" : "CUSTOMER", request, clock, {
    mfaVerified: true,
  });
  const actor: Actor = {
    userId: user.id,
    email: user.email,
    name: user.name,
    language: null,
    sessionId: session.id,
    sessionMethod: "PASSWORD",
    ssoOrganizationId: null,
    reauthenticatedAt: options.reauthenticatedAt === undefined ? clock.now() : options.reauthenticatedAt,
    totpEnabled: false,
    staffRoles: options.staff ? ["ADMIN"] : [],
    memberships: orgs.map((o) => ({
      organizationId: o.id,
      slug: o.slug,
      name: o.name,
      role: "OWNER",
      ipAllowlist: [],
      ssoRequired: false,
      defaultTimeZone: "UTC",
    })),
    timeZone: null,
  };
  return { user, actor, ctx: callerAs(actor) };
}

function microsoftAccount(connection: TestSsoConnection, extra: Partial<FakeOidcUser> = {}): FakeOidcUser {
  return {
    tid: connection.tenantId,
    oid: randomUUID(),
    email: `someone.else@${connection.approvedDomains[0]}`,
    name: "Microsoft Name",
    amr: ["pwd", "mfa"],
    ...extra,
  };
}

/** Starts a link as `actor`, lets the fake approve as `account`, and returns the callback it redirected to. */
async function linkThroughProvider(
  actor: Actor,
  slug: string,
  account: FakeOidcUser,
  tamper?: FakeOidcTamper,
) {
  fake.signInAs(account, tamper);
  const start = await beginSsoLink(callerAs(actor), slug);
  const response = await fetch(start.authorizeUrl, { redirect: "manual" });
  expect(response.status).toBe(302);
  const back = new URL(response.headers.get("location")!);
  const callback = {
    state: back.searchParams.get("state"),
    code: back.searchParams.get("code"),
    error: back.searchParams.get("error"),
  };
  return {
    start,
    /** The callback in this browser (holding the state it started), signed in as `actor`, unless overridden. */
    finish: (overrides: { boundState?: string | null; signedIn?: Actor | null } = {}) =>
      completeSsoSignIn(
        browser(
          overrides.boundState === undefined ? start.state : overrides.boundState,
          overrides.signedIn === undefined ? actor : overrides.signedIn,
        ),
        callback,
      ),
  };
}

async function auditOf(action: string) {
  return db.auditEvent.findMany({
    where: { action, requestId: request.requestId },
    orderBy: [{ createdAt: "asc" }, { seq: "asc" }],
  });
}

const identitiesOf = (userId: string) =>
  db.ssoIdentity.findMany({ where: { userId }, select: { tenantId: true, objectId: true } });

describe("connecting a Microsoft account to a signed-in account (S6, S7, S17)", () => {
  it("links (tid, oid) to the user who started it, audits it in the organisation's chain, emails a notice; the account then signs in with Microsoft", async () => {
    const { org, domain, connection } = await ssoOrganization({ ssoRequired: true });
    const { user, actor } = await signedInMember([org], { email: `ada@${domain}` });
    // A different email on the Microsoft side does not matter: the user proved both accounts.
    const account = microsoftAccount(connection, { email: `a.lovelace@${domain}` });

    const flow = await linkThroughProvider(actor, org.slug, account);
    const pending = await db.ssoAuthRequest.findMany({ where: { organizationId: org.id } });
    expect(pending).toEqual([expect.objectContaining({ linkUserId: user.id, callbackUrl: LINKED_PATH })]);
    const authorize = fake.authorizeRequests.at(-1)!;
    expect(authorize.get("code_challenge_method")).toBe("S256");
    expect(authorize.get("login_hint")).toBe(user.email);

    expect(await flow.finish()).toEqual({
      ok: true,
      outcome: "linked",
      redirectTo: "/account/security?sso=linked",
    });
    expect(await identitiesOf(user.id)).toEqual([{ tenantId: connection.tenantId, objectId: account.oid }]);

    const linked = await auditOf("sso.identity.linked");
    expect(linked).toHaveLength(1);
    expect(linked[0]).toMatchObject({
      chain: `org:${org.id}`,
      organizationId: org.id,
      actorUserId: user.id,
      actorLabel: user.email,
      targetType: "SsoIdentity",
      ip: request.ip,
      userAgent: request.userAgent,
      metadata: { tenantId: connection.tenantId, objectId: account.oid },
    });
    expect(Object.keys(linked[0]!.metadata as object).sort()).toEqual(["objectId", "tenantId"]); // never the token or code
    const notice = await db.outboxEmail.findFirst({
      where: { toAddress: user.email, subject: "A Microsoft account was connected to your account" },
    });
    expect(notice?.textBody).toContain(`Organisation: ${org.name}`);
    expect(notice?.textBody).toContain(request.ip);
    expect(delivery.requested).toBeGreaterThan(0);

    // Password sign-in is closed (SSO required); Microsoft sign-in now finds the linked account.
    fake.signInAs(account);
    const signIn = await beginSsoSignIn(browser(null, null), { email: user.email, callbackUrl: "/portal" });
    if (!signIn.ok) throw new Error(signIn.reason);
    const back = new URL((await fetch(signIn.authorizeUrl, { redirect: "manual" })).headers.get("location")!);
    const result = await completeSsoSignIn(browser(signIn.state, null), {
      state: back.searchParams.get("state"),
      code: back.searchParams.get("code"),
      error: null,
    });
    expect(result).toMatchObject({ ok: true, outcome: "signed_in", userId: user.id });
    expect(await auditOf("sso.member.provisioned")).toHaveLength(0);
  });

  it("does not start a session: the browser keeps the session it had, whatever the provider's MFA claim", async () => {
    const { org, connection } = await ssoOrganization();
    const { user, actor } = await signedInMember([org]);
    const before = await db.session.findMany({ where: { userId: user.id }, select: { id: true } });

    const result = await (await linkThroughProvider(actor, org.slug, microsoftAccount(connection))).finish();
    expect(result).toEqual({ ok: true, outcome: "linked", redirectTo: LINKED_PATH });
    expect(result).not.toHaveProperty("sessionId");
    expect(await db.session.findMany({ where: { userId: user.id }, select: { id: true } })).toEqual(before);
    expect(await auditOf("auth.sign_in.succeeded")).toHaveLength(0);
  });

  it("asks Microsoft which account to use when the user's email is not one of the tenant's domains", async () => {
    const { org, connection } = await ssoOrganization();
    const { actor } = await signedInMember([org]); // user-…@example.test
    await linkThroughProvider(actor, org.slug, microsoftAccount(connection));
    const authorize = fake.authorizeRequests.at(-1)!;
    expect(authorize.get("login_hint")).toBeNull();
    expect(authorize.get("prompt")).toBe("select_account");
  });

  it("refuses a Microsoft identity already linked to another user, keeps it theirs, and audits the refusal", async () => {
    const { org, connection } = await ssoOrganization();
    const { user, actor } = await signedInMember([org]);
    const owner = await createUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
    const account = microsoftAccount(connection);
    await db.ssoIdentity.create({
      data: { userId: owner.id, tenantId: connection.tenantId, objectId: account.oid },
    });

    expect(await (await linkThroughProvider(actor, org.slug, account)).finish()).toEqual({
      ok: false,
      error: "sso_identity_taken",
      link: true,
    });
    expect(await identitiesOf(user.id)).toEqual([]);
    expect(await identitiesOf(owner.id)).toEqual([{ tenantId: connection.tenantId, objectId: account.oid }]);
    const refused = await auditOf("sso.identity.link_refused");
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({
      organizationId: org.id,
      actorUserId: user.id,
      metadata: {
        reason: "identity_taken",
        tenantId: connection.tenantId,
        objectId: account.oid,
        linkedUserId: owner.id,
      },
    });
    expect(await auditOf("sso.identity.linked")).toHaveLength(0);
    expect(await db.outboxEmail.count({ where: { toAddress: user.email } })).toBe(0);
  });

  it("refuses a callback whose browser session is another user's or none, before redeeming the code (login CSRF)", async () => {
    const { org, connection } = await ssoOrganization();
    const { user, actor } = await signedInMember([org]);
    const other = await createUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });

    const tokenRequests = fake.tokenRequests.length;
    const flow = await linkThroughProvider(actor, org.slug, microsoftAccount(connection));
    expect(await flow.finish({ signedIn: (await contextFor(other)).actor })).toEqual({
      ok: false,
      error: "sso_restart",
      link: true,
    });
    const second = await linkThroughProvider(actor, org.slug, microsoftAccount(connection));
    expect(await second.finish({ signedIn: null })).toEqual({
      ok: false,
      error: "sso_restart",
      link: true,
    });
    expect(fake.tokenRequests.length).toBe(tokenRequests);
    // The state was used up by the refused attempt: it cannot be replayed by the right user either.
    expect(await flow.finish()).toEqual({ ok: false, error: "sso_restart" });

    expect(await db.ssoIdentity.count({ where: { userId: { in: [user.id, other.id] } } })).toBe(0);
    const failed = await auditOf("sso.identity.link_failed");
    expect(
      failed.map((e) => [e.organizationId, e.actorUserId, (e.metadata as { reason: string }).reason]),
    ).toEqual([
      [org.id, user.id, "session_mismatch"],
      [org.id, user.id, "session_mismatch"],
    ]);
    expect(failed.map((e) => (e.metadata as { signedIn: boolean }).signedIn)).toEqual([true, false]);
  });

  it("runs the same checks as sign-in: a token for another audience or tenant links nothing (S7)", async () => {
    const { org, connection } = await ssoOrganization();
    const { user, actor } = await signedInMember([org]);
    for (const tamper of [
      { aud: randomUUID() },
      { tid: randomUUID() },
      { nonce: "forged" },
    ] satisfies FakeOidcTamper[]) {
      expect(
        await (await linkThroughProvider(actor, org.slug, microsoftAccount(connection), tamper)).finish(),
      ).toEqual({ ok: false, error: "sso_failed", link: true });
    }
    const state = await linkThroughProvider(actor, org.slug, microsoftAccount(connection));
    expect(await state.finish({ boundState: "another browser" })).toEqual({
      ok: false,
      error: "sso_restart",
      link: true,
    });
    expect(await identitiesOf(user.id)).toEqual([]);
    expect(
      (await auditOf("sso.identity.link_failed")).map((e) => (e.metadata as { reason: string }).reason),
    ).toEqual(["audience_mismatch", "tenant_mismatch", "nonce_mismatch", "state_not_bound"]);
  });

  it("links only for a member of the connection's organisation: another organisation's slug is not found, a member removed meanwhile is refused", async () => {
    const { org, connection } = await ssoOrganization();
    const { org: foreign } = await ssoOrganization();
    const { user, actor } = await signedInMember([org]);
    await expect(beginSsoLink(callerAs(actor), foreign.slug)).rejects.toMatchObject({ code: "not_found" });
    expect(await db.ssoAuthRequest.count({ where: { organizationId: foreign.id } })).toBe(0);

    const flow = await linkThroughProvider(actor, org.slug, microsoftAccount(connection));
    await db.membership.deleteMany({ where: { userId: user.id, organizationId: org.id } });
    expect(await flow.finish()).toEqual({ ok: false, error: "sso_not_member", link: true });
    expect(await identitiesOf(user.id)).toEqual([]);
    expect(await auditOf("sso.identity.link_refused")).toEqual([
      expect.objectContaining({
        organizationId: org.id,
        metadata: expect.objectContaining({ reason: "not_a_member" }),
      }),
    ]);
  });

  it("needs a re-authentication within five minutes, refuses staff, an organisation without enabled SSO, and an account already connected", async () => {
    const { org, connection } = await ssoOrganization();
    const stale = await signedInMember([org], {
      reauthenticatedAt: new Date(clock.now().getTime() - 5 * 60_000 - 1),
    });
    await expect(beginSsoLink(stale.ctx, org.slug)).rejects.toMatchObject(reauthRequired);
    const never = await signedInMember([org], { reauthenticatedAt: null });
    await expect(beginSsoLink(never.ctx, org.slug)).rejects.toMatchObject(reauthRequired);

    const staff = await signedInMember([org], { staff: true });
    await expect(beginSsoLink(staff.ctx, org.slug)).rejects.toMatchObject({
      code: "forbidden",
      text: SSO_MESSAGES.staffAccount,
    });

    const connected = await signedInMember([org]);
    await db.ssoIdentity.create({
      data: { userId: connected.user.id, tenantId: connection.tenantId, objectId: randomUUID() },
    });
    await expect(beginSsoLink(connected.ctx, org.slug)).rejects.toMatchObject({
      code: "conflict",
      text: SSO_MESSAGES.alreadyConnected(org.name),
    });

    const plain = await createOrganization();
    const member = await signedInMember([plain]);
    await expect(beginSsoLink(member.ctx, plain.slug)).rejects.toMatchObject({
      code: "conflict",
      text: SSO_MESSAGES.notUsed(plain.name),
    });
    await db.ssoConnection.update({ where: { organizationId: org.id }, data: { enabled: false } });
    const disabled = await signedInMember([org]);
    await expect(beginSsoLink(disabled.ctx, org.slug)).rejects.toMatchObject({
      code: "conflict",
      text: SSO_MESSAGES.notUsed(org.name),
    });
    expect(
      await db.ssoAuthRequest.count({
        where: { linkUserId: { not: null }, organizationId: { in: [org.id, plain.id] } },
      }),
    ).toBe(0);
  });

  it("a second link of the identity already linked to the same user succeeds without a second row, audit or notice", async () => {
    const { org, connection } = await ssoOrganization();
    const { user, actor } = await signedInMember([org]);
    const account = microsoftAccount(connection);
    const flow = await linkThroughProvider(actor, org.slug, account);
    await db.ssoIdentity.create({
      data: { userId: user.id, tenantId: connection.tenantId, objectId: account.oid },
    }); // e.g. a parallel link won
    expect(await flow.finish()).toEqual({ ok: true, outcome: "linked", redirectTo: LINKED_PATH });
    expect(await identitiesOf(user.id)).toHaveLength(1);
    expect(await auditOf("sso.identity.linked")).toHaveLength(0);
    expect(await db.outboxEmail.count({ where: { toAddress: user.email } })).toBe(0);
  });
});

describe("the account page's list, and disconnecting (S6, S17)", () => {
  it("lists each organisation with enabled Microsoft sign-in and whether the account is connected; disconnects with audit and notice", async () => {
    const { org, connection } = await ssoOrganization();
    const plain = await createOrganization();
    const { user, actor, ctx } = await signedInMember([org, plain]);
    expect(await microsoftAccountsOf(ctx)).toEqual([
      { slug: org.slug, organizationName: org.name, connectedAt: null, disconnectBlockedBy: [] },
    ]);
    expect(await microsoftAccountsOf(callerAs({ ...actor, staffRoles: ["ADMIN"] }))).toEqual([]);

    await (await linkThroughProvider(actor, org.slug, microsoftAccount(connection))).finish();
    expect(await microsoftAccountsOf(ctx)).toEqual([
      { slug: org.slug, organizationName: org.name, connectedAt: expect.any(Date), disconnectBlockedBy: [] },
    ]);

    const microsoftSession = await createSession(user.id, "CUSTOMER", request, clock, { method: "SSO" });
    expect(await disconnectMicrosoftAccount(ctx, org.slug)).toEqual({ sessionsEnded: 1 });
    expect(await identitiesOf(user.id)).toEqual([]);
    expect((await db.session.findUniqueOrThrow({ where: { id: microsoftSession.id } })).revokedReason).toBe(
      "sso_unlinked",
    );
    expect(await auditOf("sso.identity.unlinked")).toEqual([
      expect.objectContaining({
        organizationId: org.id,
        actorUserId: user.id,
        metadata: expect.objectContaining({ tenantId: connection.tenantId }),
      }),
    ]);
    expect(
      await db.outboxEmail.count({
        where: { toAddress: user.email, subject: "A Microsoft account was disconnected from your account" },
      }),
    ).toBe(1);
    await expect(disconnectMicrosoftAccount(ctx, org.slug)).rejects.toMatchObject({
      code: "conflict",
      text: SSO_MESSAGES.notConnected(org.name),
    });
  });

  it("refuses to disconnect while the organisation requires Microsoft sign-in, or without a recent re-authentication", async () => {
    const { org, connection } = await ssoOrganization({ ssoRequired: true });
    const { user, actor, ctx } = await signedInMember([org]);
    await db.ssoIdentity.create({
      data: { userId: user.id, tenantId: connection.tenantId, objectId: randomUUID() },
    });
    const [status] = await microsoftAccountsOf(ctx);
    expect(status?.disconnectBlockedBy).toEqual([org.name]);
    await expect(disconnectMicrosoftAccount(ctx, org.slug)).rejects.toMatchObject({
      code: "conflict",
      text: SSO_MESSAGES.disconnectRefused([org.name]),
    });
    await expect(
      disconnectMicrosoftAccount(callerAs({ ...actor, reauthenticatedAt: null }), org.slug),
    ).rejects.toMatchObject(reauthRequired);
    expect(await identitiesOf(user.id)).toHaveLength(1);
    expect(await auditOf("sso.identity.unlinked")).toHaveLength(0);
  });
});
