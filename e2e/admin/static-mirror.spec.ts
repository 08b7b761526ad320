// "Download static mirror" (ADR 0036): CONTENT staff, who publish the trust center, download it as a ZIP
// of static files made by crawling this instance's public pages — both languages, the files, the CSS —
// and the download is audited. Staff without trust.content.manage are refused (403), customers find
// nothing (404), anonymous visitors are sent to sign-in; none of them leaves an export in the audit log.
import { strFromU8, unzipSync } from "fflate";
import { db } from "../../lib/db/client.ts";
import { expect, test } from "../fixtures";
import { look } from "../fixtures/look.ts";

test("CONTENT staff download the static mirror as a ZIP from the policy documents page, audited", async ({
  page,
  context,
  makeUser,
  signIn,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const staff = await makeUser({ staffRoles: ["CONTENT"] });
  await signIn(context, staff);
  await page.goto("/admin/trust/policies");
  const link = page.getByTestId("static-mirror-download");
  await expect(link).toHaveText("Download static mirror (ZIP)");
  await page.setViewportSize({ width: 390, height: 844 });
  await look(page, "static-mirror-card-phone");
  const response = await page.request.get((await link.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/zip");
  expect(response.headers()["content-disposition"]).toMatch(
    /^attachment; filename="trust-center-mirror-\d{4}-\d{2}-\d{2}\.zip"$/,
  );
  expect(response.headers()["cache-control"]).toContain("no-store");
  const entries = unzipSync(new Uint8Array(await response.body()));
  for (const name of [
    "index.html",
    "en/index.html",
    "de/index.html",
    "en/subprocessors/index.html",
    "de/dpa/index.html",
    "subprocessors.json",
    "subprocessors.csv",
    "updates.atom",
    ".well-known/security.txt",
  ])
    expect(Object.keys(entries), name).toContain(name);
  expect(Object.keys(entries).some((name) => /^_next\/static\/.+\.css$/.test(name))).toBe(true);
  expect(Object.keys(entries).some((name) => name.includes("/documents/access/"))).toBe(false);
  const live = await page.request.get("/subprocessors.json");
  expect(strFromU8(entries["subprocessors.json"]!)).toBe(await live.text());
  const subscribe = strFromU8(entries["en/subprocessors/index.html"]!);
  expect(subscribe).toContain(`action="${baseURL}/en/subprocessors" method="get"`);
  expect(subscribe).not.toContain("<script");

  const audit = await db.auditEvent.findFirstOrThrow({
    where: { action: "trust.mirror.exported", actorUserId: staff.id },
  });
  expect(audit.organizationId).toBeNull();
  expect(audit.metadata).toMatchObject({ files: Object.keys(entries).length });
});

test("S11: staff without trust.content.manage, customers and anonymous visitors get no mirror", async ({
  browser,
  makeUser,
  makeOrganization,
  signIn,
}) => {
  const support = await makeUser({ staffRoles: ["SUPPORT"] });
  const organization = await makeOrganization();
  const owner = await makeUser({ memberships: [{ organizationId: organization.id, role: "OWNER" }] });
  for (const [user, status] of [
    [support, 403],
    [owner, 404],
  ] as const) {
    const context = await browser.newContext();
    await signIn(context, user);
    const response = await context.request.get("/admin/trust/mirror", { maxRedirects: 0 });
    expect(response.status()).toBe(status);
    expect(response.headers()["content-type"]).not.toBe("application/zip");
    await context.close();
  }
  const anonymous = await browser.newContext();
  const response = await anonymous.request.get("/admin/trust/mirror", { maxRedirects: 0 });
  expect(response.status()).toBeGreaterThanOrEqual(300);
  expect(response.status()).toBeLessThan(400);
  expect(response.headers()["location"]).toContain("/sign-in");
  await anonymous.close();
  await expect(
    db.auditEvent.count({
      where: { action: "trust.mirror.exported", actorUserId: { in: [support.id, owner.id] } },
    }),
  ).resolves.toBe(0);
});
