// Tenant isolation of data-subject requests (SECURITY.md S12): a Globex member asks for Acme's requests
// through every page and download — the list, the forms, the template, a request, its package and
// certificate — through Acme's slug and through Globex's own, and gets 404 with none of Acme's data.
import { randomUUID } from "node:crypto";
import { newApiKey } from "../../lib/api/keys/key-format.ts";
import { db } from "../../lib/db/client.ts";
import { fileRequestFor } from "../fixtures/dsr";
import { expect, test } from "../fixtures";

test("S12: a Globex member gets 404 and none of Acme's data on every Acme DSR page", async ({
  page,
  context,
  makeUser,
  signIn,
}) => {
  const tag = randomUUID().slice(0, 8);
  const acme = await db.organization.findUniqueOrThrow({ where: { slug: "acme" } });
  const globex = await db.organization.findUniqueOrThrow({ where: { slug: "globex" } });
  const acmeOfficer = await db.user.findUniqueOrThrow({ where: { email: "privacy@acme.example" } });
  const email = `victim-${tag}@acme-customer.example`;
  const victim = await fileRequestFor(acme.id, acmeOfficer, { daysAgo: 1, input: { subject: { email } } });
  const member = await makeUser({ memberships: [{ organizationId: globex.id, role: "OWNER" }] });
  await signIn(context, member);
  const secrets = [acme.name, victim.reference, email];
  const expectClean = (body: string, where: string) => {
    for (const secret of secrets) expect(body, `${where} must not contain "${secret}"`).not.toContain(secret);
  };

  const own = await context.request.get("/portal/globex/requests");
  expect(own.status()).toBe(200);
  expectClean(await own.text(), "Globex's own list");

  const urls = [
    "/portal/acme/requests",
    "/portal/acme/requests/new",
    "/portal/acme/requests/import",
    "/portal/acme/requests/import/template",
    ...["acme", "globex"].flatMap((slug) =>
      ["", "/package", "/certificate"].map((suffix) => `/portal/${slug}/requests/${victim.id}${suffix}`),
    ),
    `/portal/globex/requests?after=${victim.id}`,
  ];
  for (const url of urls) {
    const response = await context.request.get(url);
    expect(response.status(), url).toBe(404);
    expectClean(await response.text(), `GET ${url}`);
  }
  const navigation = await page.goto(`/portal/globex/requests/${victim.id}`);
  expect(navigation?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("S12/S28: a Globex API key cannot read an Acme request, list it, or learn that it exists", async ({
  request,
}) => {
  const tag = randomUUID().slice(0, 8);
  const acme = await db.organization.findUniqueOrThrow({ where: { slug: "acme" } });
  const globex = await db.organization.findUniqueOrThrow({ where: { slug: "globex" } });
  const acmeOfficer = await db.user.findUniqueOrThrow({ where: { email: "privacy@acme.example" } });
  const email = `api-victim-${tag}@acme-customer.example`;
  const victim = await fileRequestFor(acme.id, acmeOfficer, { daysAgo: 1, input: { subject: { email } } });
  const { key, prefix, secretHash } = newApiKey();
  await db.apiKey.create({
    data: {
      organizationId: globex.id,
      name: `Globex reader ${tag}`,
      scopes: ["dsr:read", "dsr:write"],
      prefix,
      secretHash,
      createdByLabel: "e2e",
    },
  });
  const headers = { Authorization: `Bearer ${key}` };
  const secrets = [acme.name, victim.reference, email, victim.id];

  const missing = await request.get(`/api/v1/dsr/${randomUUID()}`, { headers });
  const read = await request.get(`/api/v1/dsr/${victim.id}`, { headers });
  expect(read.status()).toBe(404);
  expect(read.headers()["content-type"]).toBe("application/problem+json");
  const problem = (await read.json()) as Record<string, unknown>;
  // The same answer as for an id that never existed: nothing tells the two apart.
  expect({ ...problem, instance: null }).toEqual({ ...(await missing.json()), instance: null });
  for (const secret of secrets.slice(0, 3)) expect(JSON.stringify(problem)).not.toContain(secret);

  const list = await request.get("/api/v1/dsr?limit=100", { headers });
  expect(list.status()).toBe(200);
  const listed = await list.text();
  for (const secret of secrets) expect(listed).not.toContain(secret);
  const after = await request.get(`/api/v1/dsr?cursor=${victim.id}`, { headers });
  for (const secret of secrets) expect(await after.text()).not.toContain(secret);

  // Its own requests it reads: the key works, the refusal above is about the organisation.
  const own = await request.post("/api/v1/dsr", {
    headers,
    data: {
      type: "ACCESS",
      subject: { email: `globex-${tag}@globex-customer.example` },
      receivedAt: new Date(Date.now() - 86_400_000).toISOString(),
      identityVerified: true,
    },
  });
  expect(own.status()).toBe(201);
  const created = (await own.json()) as { id: string };
  expect((await request.get(`/api/v1/dsr/${created.id}`, { headers })).status()).toBe(200);
});
