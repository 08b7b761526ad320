// Results of data-subject requests in the running product (issue 12; GDPR.md A9, A11, A17; SECURITY.md S12):
// the seeded Acme organisation's systems are the reference connector (started beside the server); a request is
// written as an instructed request (dsr-core's filing form is another part of the product), the job worker
// delivers its tasks, and the privacy officer downloads the ZIP whose manifest hashes match, or the erasure
// certificate listing both systems with their absence checks; a Globex member gets 404 and none of Acme's data.
// Staff test a system's connector from the console.
import { randomBytes, randomUUID } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { sha256Hex } from "../../lib/crypto/sha256.ts";
import { db } from "../../lib/db/client.ts";
import { sealSubject } from "../../lib/dsr/subject.ts";
import type { DsrType } from "../../lib/generated/prisma/enums.ts";
import { expect, test } from "../fixtures";

const ACTION = { ACCESS: "EXPORT", ERASURE: "ERASE" } as const;

async function instructedRequest(type: "ACCESS" | "ERASURE", email: string) {
  const org = await db.organization.findUniqueOrThrow({
    where: { slug: "acme" },
    select: { id: true, systems: { select: { dataSystemId: true } } },
  });
  const id = `e2e${randomBytes(10).toString("hex")}`;
  const now = new Date();
  await db.dataSubjectRequest.create({
    data: {
      id,
      organizationId: org.id,
      reference: `DSR-E2E-${randomBytes(3).toString("hex").toUpperCase()}`,
      type: type as DsrType,
      status: "OPEN",
      source: "PORTAL",
      subjectSealed: sealSubject(id, { email }),
      subjectHash: randomBytes(16).toString("hex"),
      receivedAt: now,
      legalDueAt: new Date(now.getTime() + 30 * 86_400_000),
      processorDueAt: new Date(now.getTime() + 7 * 86_400_000),
      instructedAt: now,
      identityAttestedAt: now,
      tasks: {
        create: org.systems.map((s) => ({
          dataSystemId: s.dataSystemId,
          action: ACTION[type],
          idempotencyKey: randomUUID(),
        })),
      },
    },
  });
  return { id, organizationId: org.id };
}

async function completed(id: string) {
  await expect
    .poll(async () => (await db.dataSubjectRequest.findUniqueOrThrow({ where: { id } })).status, {
      timeout: 45_000,
      intervals: [500],
    })
    .toBe("COMPLETED");
}

test("A9: the privacy officer downloads Anna's data a few seconds after the request; the manifest's hashes match; Globex gets 404", async ({
  browser,
  makeUser,
  signIn,
}) => {
  const request = await instructedRequest("ACCESS", "anna@acme-customer.example");
  await completed(request.id);
  const context = await browser.newContext();
  const officer = await makeUser({
    memberships: [{ organizationId: request.organizationId, role: "PRIVACY_OFFICER" }],
  });
  await signIn(context, officer);
  const response = await context.request.get(`/portal/acme/requests/${request.id}/package`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/zip");
  const entries = unzipSync(new Uint8Array(await response.body()));
  const manifest = JSON.parse(strFromU8(entries["manifest.json"]!)) as {
    files: { path: string; sha256: string }[];
  };
  expect(manifest.files.map((f) => f.path)).toEqual(
    expect.arrayContaining([
      "data.json",
      "README.md",
      "product-database/accounts.csv",
      "analytics-events/events.csv",
    ]),
  );
  for (const file of manifest.files) expect(sha256Hex(entries[file.path]!)).toBe(file.sha256);
  expect(strFromU8(entries["data.json"]!)).toContain("Anna Berger");

  const globex = await db.organization.findUniqueOrThrow({ where: { slug: "globex" } });
  const intruderContext = await browser.newContext();
  await signIn(
    intruderContext,
    await makeUser({ memberships: [{ organizationId: globex.id, role: "OWNER" }] }),
  );
  for (const path of [
    `/portal/globex/requests/${request.id}/package`,
    `/portal/acme/requests/${request.id}/package`,
    `/portal/globex/requests/${request.id}/certificate?format=json`,
  ]) {
    const refused = await intruderContext.request.get(path);
    expect(refused.status()).toBe(404);
    expect(await refused.text()).not.toContain("Anna");
  }
});

test("A11/A17: an erasure removes Carla from both systems; the certificate lists them with their absence checks, and Ben's shows the retention ground", async ({
  browser,
  makeUser,
  signIn,
}) => {
  const carla = await instructedRequest("ERASURE", "carla@acme-customer.example");
  const ben = await instructedRequest("ERASURE", "ben@acme-customer.example");
  await completed(carla.id);
  await completed(ben.id);
  const context = await browser.newContext();
  await signIn(
    context,
    await makeUser({ memberships: [{ organizationId: carla.organizationId, role: "PRIVACY_OFFICER" }] }),
  );
  const certificate = await (
    await context.request.get(`/portal/acme/requests/${carla.id}/certificate?format=json`)
  ).json();
  expect(certificate.provisional).toBe(false);
  const byKey = new Map(
    (
      certificate.systems as {
        key: string;
        tasks: { action: string; status: string; absent: boolean | null }[];
      }[]
    ).map((s) => [s.key, s]),
  );
  for (const key of ["product-database", "analytics-events"]) {
    const tasks = byKey.get(key)!.tasks;
    expect(tasks.find((t) => t.action === "erase")?.status).toBe("done");
    expect(tasks.find((t) => t.action === "absence_check")?.absent).toBe(true);
  }
  const blocked = await (
    await context.request.get(`/portal/acme/requests/${ben.id}/certificate?format=json`)
  ).json();
  const product = (
    blocked.systems as { key: string; tasks: { status: string; ground: string | null }[] }[]
  ).find((s) => s.key === "product-database")!;
  expect(product.tasks[0]).toMatchObject({ status: "blocked", ground: expect.stringContaining("HGB § 257") });
  const pdf = await context.request.get(`/portal/acme/requests/${ben.id}/certificate`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
});

test("staff send a signed test to a system's connector and read its answer (phone and laptop width)", async ({
  page,
  makeUser,
  signIn,
}) => {
  const system = await db.dataSystem.findUniqueOrThrow({ where: { key: "product-database" } });
  await signIn(page.context(), await makeUser({ staffRoles: ["ADMIN"] }));
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1366, height: 900 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto(`/admin/systems/${system.id}`);
    await expect(page.getByRole("heading", { name: "Product database", level: 1 })).toBeVisible();
    await page.getByRole("button", { name: "Send test" }).click();
    await expect(page.getByText(/The endpoint answered HTTP 200 in \d+ ms\./)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    if (process.env.SCREENSHOTS)
      await page.screenshot({ path: `test-results/admin-system-${viewport.width}.png`, fullPage: true });
  }
});
