// Tenant isolation (SECURITY.md S12, STYLE.md 14): a signed-in member of organisation A asks for
// organisation B's portal pages in every way a browser or a script can. The answer is 404, none of
// B's data is anywhere in the response (HTML or RSC payload), and nothing distinguishes B from an
// organisation that does not exist.
import { randomUUID } from "node:crypto";
import { db } from "../../lib/db/client.ts";
import { expect, test, type Fixtures } from "../fixtures";

type Scenario = {
  attacker: { id: string };
  own: { slug: string; name: string };
  victimOrg: { id: string; slug: string; name: string };
  victim: { id: string; email: string; name: string };
};

async function setUp(
  makeOrganization: Fixtures["makeOrganization"],
  makeUser: Fixtures["makeUser"],
): Promise<Scenario> {
  const tag = randomUUID().slice(0, 8);
  const own = await makeOrganization({ name: `Attacker Org ${tag}` });
  const victimOrg = await makeOrganization({ slug: `victim-${tag}`, name: `Zyxwv Victim Holdings ${tag}` });
  const victim = await makeUser({
    email: `victim.${tag}@victim-domain.example`,
    name: `Quentin Victimson ${tag}`,
    memberships: [{ organizationId: victimOrg.id, role: "OWNER" }],
  });
  const attacker = await makeUser({ memberships: [{ organizationId: own.id, role: "OWNER" }] });
  return { attacker, own, victimOrg, victim };
}

/** Every piece of the victim's data the attacker must never see. */
function secretsOf(s: Scenario): string[] {
  return [s.victimOrg.name, s.victimOrg.id, s.victim.email, s.victim.id, s.victim.name];
}

function expectNoVictimData(body: string, s: Scenario, where: string) {
  for (const secret of secretsOf(s))
    expect(body, `${where} must not contain "${secret}"`).not.toContain(secret);
}

const REQUESTS = [
  { name: "document", headers: {} },
  // What the client router sends on a link click and on a prefetch. Next.js streams flight responses
  // with status 200 and carries notFound() inside the payload; for these the test asks that the answer
  // is the one for an organisation that does not exist, and carries none of the victim's data.
  { name: "RSC navigation", headers: { RSC: "1" } },
  { name: "RSC prefetch", headers: { RSC: "1", "Next-Router-Prefetch": "1" } },
] as const;

/** How notFound() travels in a Next.js flight payload. */
const NOT_FOUND_DIGEST = "NEXT_HTTP_ERROR_FALLBACK;404";

for (const target of [
  { name: "overview", path: "" },
  { name: "members", path: "/members" },
  { name: "account closure", path: "/closure" },
]) {
  test(`a member of another organisation gets 404 and none of the victim's data on its ${target.name} page`, async ({
    page,
    context,
    makeOrganization,
    makeUser,
    signIn,
  }) => {
    const s = await setUp(makeOrganization, makeUser);
    await signIn(context, s.attacker);
    const victimUrl = `/portal/${s.victimOrg.slug}${target.path}`;

    // Control: the attacker's session works for their own organisation, so the 404 below is a refusal.
    const own = await context.request.get(`/portal/${s.own.slug}${target.path}`);
    expect(own.status()).toBe(200);
    expect(await own.text()).toContain(s.own.name);

    // 1. In the browser.
    const navigation = await page.goto(victimUrl);
    expect(navigation?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByTestId("shell-title")).toHaveCount(0);
    expectNoVictimData(await navigation!.text(), s, "the HTML document");
    expectNoVictimData(await page.content(), s, "the rendered page");

    // 2. Every request shape, compared with the answer for an organisation that does not exist.
    // (Bodies are not compared byte for byte: Next.js streams chunks in a racy order.)
    const missingUrl = `/portal/${s.victimOrg.slug}-missing${target.path}`;
    for (const request of REQUESTS) {
      const where = `GET ${target.name} (${request.name})`;
      const victim = await context.request.get(victimUrl, { headers: request.headers });
      const missing = await context.request.get(missingUrl, { headers: request.headers });
      const body = await victim.text();
      expectNoVictimData(body, s, where);
      expect(victim.status(), `${where}: same status as a missing organisation`).toBe(missing.status());
      if (request.name === "document") expect(victim.status(), where).toBe(404);
      if (request.name !== "RSC prefetch") {
        // The flight payload (inline in the HTML, or the whole RSC response) ends in notFound().
        expect(body, `${where}: the payload is a 404`).toContain(NOT_FOUND_DIGEST);
        expect(await missing.text(), `${where} for a missing organisation`).toContain(NOT_FOUND_DIGEST);
      }
    }

    // The refusal is audited against the attacker (S17), in the provider's chain, not the victim's.
    const denied = await db.auditEvent.findMany({
      where: { action: "authz.denied", actorUserId: s.attacker.id },
    });
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.filter((e) => e.targetId === s.victimOrg.slug)[0]).toMatchObject({
      chain: "provider",
      targetType: "OrganizationSlug",
      ip: "127.0.0.1",
    });
    expect(
      await db.auditEvent.count({ where: { chain: `org:${s.victimOrg.id}`, actorUserId: s.attacker.id } }),
    ).toBe(0);
  });
}

test("a customer gets 404 on the staff console and the mail viewer", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const org = await makeOrganization();
  const owner = await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
  await signIn(context, owner);
  const subject = `Staff-only message ${randomUUID()}`;
  await db.outboxEmail.create({
    data: {
      idempotencyKey: `e2e-${randomUUID()}`,
      toAddress: "someone@example.test",
      subject,
      textBody: "staff eyes only",
    },
  });

  for (const path of ["/admin", "/admin/mail", "/admin/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByTestId("shell-title")).toHaveCount(0);
    const body = await response!.text();
    expect(body, path).not.toContain(subject);
    expect(body, `${path}: the staff overview's organisation list`).not.toContain("Acme Retail AG");
  }
  const denied = await db.auditEvent.findMany({ where: { action: "authz.denied", actorUserId: owner.id } });
  expect(denied.length).toBeGreaterThan(0);
  expect(denied[0]).toMatchObject({ chain: "provider" });
});
