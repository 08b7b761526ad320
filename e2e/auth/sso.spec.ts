// Microsoft Entra ID single sign-on end to end, against the fake OpenID provider (lib/testing/fake-oidc.ts)
// that this file starts on the port scripts/e2e.ts gave the app in SSO_TEST_AUTHORITY (SECURITY.md S7,
// S8, S9, S17, S27): an owner sets up the connection in the portal, a new person signs in with Microsoft and
// becomes a member, an account is never linked by email, and an SSO-required organisation's members
// cannot use a password but can use Microsoft.
import { randomUUID } from "node:crypto";
import { db } from "../../lib/db/client.ts";
import { SECRET_CANARY } from "../../prisma/factories.ts";
import { SESSION_COOKIE, expect, test } from "../fixtures";
import { uniqueDomain } from "../../lib/testing/sso-connection.ts";
import { fakeProviderForThisFile, ssoOrganization, watchCspViolations } from "../fixtures/sso";

const fake = fakeProviderForThisFile();

test("an owner sets up Microsoft sign-in in the organisation's settings; the secret is stored encrypted and never shown again (S7, S17)", async ({
  context,
  page,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const violations = watchCspViolations(page);
  const org = await makeOrganization();
  const owner = await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
  await signIn(context, owner);
  const tenantId = randomUUID();
  const clientId = randomUUID();
  const secret = `${SECRET_CANARY}-entra-${randomUUID()}`;
  const domain = uniqueDomain("settings");

  await page.goto(`/portal/${org.slug}/settings`);
  const section = page.getByRole("region", { name: "Single sign-on with Microsoft Entra ID" });
  await expect(section.getByText("Not set up")).toBeVisible();
  await expect(section.getByText(/\/api\/auth\/sso\/callback/)).toBeVisible();
  await section.getByLabel("Directory (tenant) ID").fill(tenantId);
  await section.getByLabel("Application (client) ID").fill(clientId);
  await section.getByLabel("Client secret").fill(secret);
  await section.getByLabel("Allowed email domains").fill(`${domain.toUpperCase()}, not a domain`);
  await section.getByLabel("Auditor").check();
  await section.getByRole("button", { name: "Save Microsoft sign-in" }).click();
  await expect(section.getByText('"not" is not a valid email domain (e.g. acme.example).')).toBeVisible();
  expect(await db.ssoConnection.count({ where: { organizationId: org.id } })).toBe(0);

  // A refused save keeps what was typed; fix the domains and save.
  await expect(section.getByLabel("Directory (tenant) ID")).toHaveValue(tenantId);
  await section.getByLabel("Allowed email domains").fill(domain.toUpperCase());
  await section.getByRole("button", { name: "Save Microsoft sign-in" }).click();
  await expect(
    section.getByText(
      `Microsoft sign-in is set up. ${domain} waits for approval by the provider's staff before people there can sign in with Microsoft.`,
    ),
  ).toBeVisible();
  await expect(section.getByLabel("Client secret")).toHaveValue("");

  const row = await db.ssoConnection.findUniqueOrThrow({ where: { organizationId: org.id } });
  expect(row).toMatchObject({ tenantId, clientId, defaultRole: "AUDITOR", enabled: true });
  // The domain is a claim staff approve first (S27): until then it routes no sign-in.
  expect(await db.ssoDomainClaim.findMany({ where: { organizationId: org.id } })).toMatchObject([
    { domain, status: "PENDING", requestedById: owner.id },
  ]);
  expect(row.clientSecretEnc).not.toContain(secret);
  const saved = await db.auditEvent.findMany({
    where: { chain: `org:${org.id}`, action: "sso.connection.saved" },
  });
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({ actorUserId: owner.id, ip: "127.0.0.1", metadata: { created: true } });
  expect(JSON.stringify(saved[0])).not.toContain(secret);

  // Later visits show the settings but not the secret, in the HTML or anywhere in the RSC payload.
  const response = await page.goto(`/portal/${org.slug}/settings`);
  const html = await response!.text();
  expect(html).not.toContain(secret);
  expect(html).not.toContain(row.clientSecretEnc);
  await expect(section.getByText("Enabled", { exact: true })).toBeVisible();
  await expect(
    section.getByRole("list", { name: "Email domains and their approval" }).getByRole("listitem"),
  ).toHaveText([`${domain}Waiting for approval`]);
  await expect(section.getByLabel("Directory (tenant) ID")).toHaveValue(tenantId);
  await expect(section.getByLabel("Client secret")).toHaveValue("");
  await expect(
    section.getByText("A secret is stored (encrypted) and is never shown.", { exact: false }),
  ).toBeVisible();
  expect(violations).toEqual([]);
});

test("a new person signs in with Microsoft through the provider and lands in the portal as a just-in-time member (S7, S8, S9)", async ({
  page,
  context,
  makeOrganization,
}) => {
  const violations = watchCspViolations(page);
  const { org, domain, connection } = await ssoOrganization(fake(), makeOrganization);
  const oid = randomUUID();
  const email = `new.person@${domain}`;
  fake().signInAs({ tid: connection.tenantId, oid, email, name: "New Person", amr: ["pwd", "mfa"] });

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await expect(page.getByText(`Your organisation signs in with Microsoft for ${domain}.`)).toBeVisible();
  await page.getByRole("button", { name: "Continue with Microsoft" }).click();

  await expect(page).toHaveURL(new RegExp(`/portal/${org.slug}$`));
  await expect(page.getByTestId("shell-title")).toHaveText(org.name);

  const authorize = fake().authorizeRequests.at(-1)!;
  expect(authorize.get("code_challenge_method")).toBe("S256");
  expect(authorize.get("login_hint")).toBe(email);
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: {
      id: true,
      name: true,
      memberships: { select: { organizationId: true, role: true } },
      ssoIdentities: { select: { tenantId: true, objectId: true } },
    },
  });
  expect(user).toMatchObject({
    name: "New Person",
    memberships: [{ organizationId: org.id, role: "MEMBER" }],
    ssoIdentities: [{ tenantId: connection.tenantId, objectId: oid }],
  });
  const sessions = await db.session.findMany({ where: { userId: user.id } });
  expect(sessions).toHaveLength(1);
  expect(sessions[0]).toMatchObject({ method: "SSO", revokedAt: null });
  expect(sessions[0]!.mfaVerifiedAt).not.toBeNull(); // the provider's MFA claim (amr "mfa") counts (S8)
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: true });
  expect((await context.cookies()).some((c) => c.name.includes("sso-state") && c.value !== "")).toBe(false);
  expect(
    await db.auditEvent.count({
      where: { chain: `org:${org.id}`, action: "sso.member.provisioned", actorUserId: user.id },
    }),
  ).toBe(1);
  expect(
    await db.auditEvent.count({
      where: { chain: `org:${org.id}`, action: "auth.sign_in.succeeded", actorUserId: user.id },
    }),
  ).toBe(1);
  expect(violations).toEqual([]);
});

test("a Microsoft account whose email already has an account is not linked; the sign-in page says why (S7)", async ({
  page,
  makeOrganization,
  makeUser,
}) => {
  const { org, domain, connection } = await ssoOrganization(fake(), makeOrganization);
  const existing = await makeUser({
    email: `taken@${domain}`,
    memberships: [{ organizationId: org.id, role: "OWNER" }],
  });
  fake().signInAs({
    tid: connection.tenantId,
    oid: randomUUID(),
    email: existing.email,
    name: "Somebody Else",
  });

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(existing.email);
  await page.getByRole("button", { name: "Continue with Microsoft" }).click();

  await expect(page).toHaveURL(/\/sign-in\?error=sso_email_taken$/);
  await expect(
    page.getByRole("alert").filter({ hasText: "Microsoft sign-in did not complete" }),
  ).toContainText("it is not connected to this Microsoft account");
  expect(await db.ssoIdentity.count({ where: { userId: existing.id } })).toBe(0);
  expect(await db.session.count({ where: { userId: existing.id } })).toBe(0);
  expect(
    await db.auditEvent.count({
      where: {
        chain: `org:${org.id}`,
        action: "sso.sign_in.refused",
        metadata: { path: ["reason"], equals: "email_taken" },
      },
    }),
  ).toBe(1);
});

test("a member of an SSO-required organisation cannot sign in with a password, is offered Microsoft, and gets in with it", async ({
  page,
  makeOrganization,
  makeUser,
}) => {
  const { org, domain, connection } = await ssoOrganization(fake(), makeOrganization, { ssoRequired: true });
  const member = await makeUser({
    email: `member@${domain}`,
    memberships: [{ organizationId: org.id, role: "MEMBER" }],
  });

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password").fill(member.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Your organisation requires you to sign in with Microsoft.")).toBeVisible();
  await expect(page.getByText(`Your organisation signs in with Microsoft for ${domain}.`)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await db.session.count({ where: { userId: member.id } })).toBe(0);
  expect(
    await db.auditEvent.count({
      where: {
        action: "auth.sign_in.refused",
        actorUserId: member.id,
        metadata: { path: ["reason"], equals: "sso_required" },
      },
    }),
  ).toBe(1);

  // The member's Microsoft identity is linked (as after an earlier Microsoft sign-in): Microsoft lets them in.
  const oid = randomUUID();
  await db.ssoIdentity.create({ data: { userId: member.id, tenantId: connection.tenantId, objectId: oid } });
  fake().signInAs({
    tid: connection.tenantId,
    oid,
    email: member.email,
    name: member.name,
    amr: ["pwd", "mfa"],
  });
  await page.getByRole("button", { name: "Continue with Microsoft" }).click();
  await expect(page).toHaveURL(new RegExp(`/portal/${org.slug}$`));
  expect(await db.session.count({ where: { userId: member.id, method: "SSO", revokedAt: null } })).toBe(1);
});

test("a member of A and B signed in through A's Microsoft connection does not get into B, which requires its own; the chooser signs them in through B's (S7, S11)", async ({
  page,
  makeOrganization,
  makeUser,
}) => {
  const a = await ssoOrganization(fake(), makeOrganization, { domainPrefix: "first" });
  const b = await ssoOrganization(fake(), makeOrganization, { domainPrefix: "second", ssoRequired: true });
  const member = await makeUser({
    email: `both@${a.domain}`,
    memberships: [
      { organizationId: a.org.id, role: "MEMBER" },
      { organizationId: b.org.id, role: "MEMBER" },
    ],
  });
  const [oidInA, oidInB] = [randomUUID(), randomUUID()];
  await db.ssoIdentity.createMany({
    data: [
      { userId: member.id, tenantId: a.connection.tenantId, objectId: oidInA },
      { userId: member.id, tenantId: b.connection.tenantId, objectId: oidInB },
    ],
  });
  const through = (tid: string, oid: string) =>
    fake().signInAs({ tid, oid, email: member.email, name: member.name, amr: ["pwd", "mfa"] });

  through(a.connection.tenantId, oidInA);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(member.email);
  await page.getByRole("button", { name: "Continue with Microsoft" }).click();
  await expect(page).toHaveURL(/\/portal$/);

  // B's portal stays closed to a session through A's connection, and the refusal is audited.
  const response = await page.goto(`/portal/${b.org.slug}`);
  expect(response?.status()).toBe(403);
  expect(
    await db.auditEvent.count({
      where: { chain: `org:${b.org.id}`, action: "authz.sso_denied", actorUserId: member.id },
    }),
  ).toBeGreaterThan(0);
  await page.goto(`/portal/${a.org.slug}`);
  await expect(page.getByTestId("shell-title")).toHaveText(a.org.name);

  await page.goto("/portal");
  await expect(
    page.getByText(`${b.org.name} requires you to sign in with Microsoft through its own connection.`),
  ).toBeVisible();
  through(b.connection.tenantId, oidInB);
  await page.getByRole("button", { name: `Sign in with Microsoft for ${b.org.name}` }).click();
  await expect(page).toHaveURL(new RegExp(`/portal/${b.org.slug}$`));
  await expect(page.getByTestId("shell-title")).toHaveText(b.org.name);
  expect(fake().authorizeRequests.at(-1)?.get("client_id")).toBe(b.connection.clientId);
  expect(
    await db.session.count({ where: { userId: member.id, method: "SSO", ssoOrganizationId: b.org.id } }),
  ).toBe(1);
});
