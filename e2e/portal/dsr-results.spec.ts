// Results of data-subject requests in the running product (issue 12; GDPR.md A9, A11, A17; SECURITY.md S12):
// the seeded Acme organisation's systems are the reference connector (started beside the server); a request is
// written as an instructed request (dsr-core's filing form is another part of the product), the job worker
// delivers its tasks, and the privacy officer downloads the ZIP whose manifest hashes match, or the erasure
// certificate listing both systems with their absence checks; a Globex member gets 404 and none of Acme's data.
// The certificate is signed (issue 13, ADR 0020): the downloaded JSON verifies with the key the trust center
// publishes — in the test and with `npm run verify-certificate` — and fails once one byte is changed; the PDF
// prints the same key id and signature and carries the file. Staff test a system's connector from the console.
import { spawnSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { sha256Hex } from "../../lib/crypto/sha256.ts";
import { db } from "../../lib/db/client.ts";
import type { Certificate } from "../../lib/dsr/results/certificate-data.ts";
import { sealSubject } from "../../lib/dsr/subject.ts";
import { pdfStreams, printedText } from "../../lib/pdf/testing/pdf-content.ts";
import type { SignedEnvelope } from "../../lib/signing/envelope.ts";
import {
  publicKeysOf,
  publishedKeysDocument,
  PUBLISHED_KEYS_PATH,
} from "../../lib/signing/published-keys.ts";
import { verifyEnvelope } from "../../lib/signing/verify.ts";
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

/** `npm run verify-certificate -- <file> [--keys <url>]`, as a controller would run it. */
function verifyCertificate(file: string, keysUrl?: string) {
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/verify-certificate.ts", file, ...(keysUrl ? ["--keys", keysUrl] : [])],
    // Without --keys: the development key of a fresh checkout, which did not sign the server's certificates.
    { encoding: "utf8", env: { ...process.env, NODE_ENV: "development", CERTIFICATE_SIGNING_KEYS: "" } },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
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
  // The key list is public: fetched without a session, as an authority would.
  const keysResponse = await (await browser.newContext()).request.get(PUBLISHED_KEYS_PATH);
  expect(keysResponse.headers()["content-type"]).toBe("application/json; charset=utf-8");
  const keys = publicKeysOf(publishedKeysDocument.parse(await keysResponse.json()));
  const read = async (id: string, format: "json" | "pdf" = "json") => {
    const response = await context.request.get(`/portal/acme/requests/${id}/certificate?format=${format}`);
    expect(response.status()).toBe(200);
    return response.body();
  };
  const file = await read(carla.id);
  const verified = verifyEnvelope(file, keys);
  if (!verified.ok) throw new Error(`the certificate does not verify: ${verified.reason}`);
  const certificate = verified.document as unknown as Certificate;
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
  const benVerified = verifyEnvelope(await read(ben.id), keys);
  if (!benVerified.ok) throw new Error(`Ben's certificate does not verify: ${benVerified.reason}`);
  const blocked = benVerified.document as unknown as Certificate;
  const product = (
    blocked.systems as { key: string; tasks: { status: string; ground: string | null }[] }[]
  ).find((s) => s.key === "product-database")!;
  expect(product.tasks[0]).toMatchObject({ status: "blocked", ground: expect.stringContaining("HGB § 257") });
  const pdf = await context.request.get(`/portal/acme/requests/${ben.id}/certificate`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");

  // The request page offers both: the PDF and the signed file it renders.
  const page = await context.newPage();
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1366, height: 900 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto(`/portal/acme/requests/${carla.id}`);
    await expect(page.getByRole("link", { name: "Erasure certificate" })).toHaveAttribute(
      "href",
      `/portal/acme/requests/${carla.id}/certificate`,
    );
    await expect(page.getByRole("link", { name: "Signed file (JSON)" })).toHaveAttribute(
      "href",
      `/portal/acme/requests/${carla.id}/certificate?format=json`,
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    if (process.env.SCREENSHOTS)
      await page.screenshot({ path: `test-results/dsr-certificate-links-${viewport.width}.png` });
  }

  // Paper and file tie together: the PDF prints Carla's file's key id and signature and carries the file.
  const envelope = JSON.parse(file.toString("utf8")) as SignedEnvelope;
  const carlaPdf = await read(carla.id, "pdf");
  const printed = printedText(carlaPdf).replace(/\s+/g, " ");
  expect(printed).toContain(`Ed25519 key "${envelope.keyId}"`);
  expect(printed).toContain(`Signature: ${envelope.signature}`);
  expect(printed).toContain(`SHA-256 of the signed certificate: ${verified.payloadSha256}`);
  expect(pdfStreams(carlaPdf).some((stream) => stream.equals(file))).toBe(true);

  // The controller's check: `npm run verify-certificate` against the published keys says what was deleted.
  const folder = mkdtempSync(path.join(tmpdir(), "certificate-"));
  const saved = path.join(folder, "carla-certificate.json");
  writeFileSync(saved, file);
  const keysUrl = new URL(PUBLISHED_KEYS_PATH, keysResponse.url()).toString();
  const valid = verifyCertificate(saved, keysUrl);
  expect(valid.output).toContain(
    `VALID: the signature matches, made with the published Ed25519 key "${envelope.keyId}"`,
  );
  expect(valid.output).toContain(`Erasure certificate ${certificate.request.reference}`);
  expect(valid.output).toMatch(
    /"Product database" \(product-database, webhook\)\n\s+- Erasure: done, \d+ records?/,
  );
  expect(valid.output).toMatch(/Absence check: done, (0 records, )?subject absent afterwards/);
  expect(valid.status).toBe(0);
  // One changed byte inside the signed payload: refused, exit 1.
  const payloadAt = file.indexOf('"payload": "') + '"payload": "'.length + 40;
  const changed = Buffer.from(file);
  changed[payloadAt] = changed[payloadAt] === 0x41 ? 0x42 : 0x41;
  const tampered = path.join(folder, "changed.json");
  writeFileSync(tampered, changed);
  expect(verifyEnvelope(changed, keys)).toMatchObject({ ok: false, reason: "bad_signature" });
  const refused = verifyCertificate(tampered, keysUrl);
  expect(refused.output).toContain("NOT VALID: the signature does not match");
  expect(refused.status).toBe(1);
  // Against keys that never signed it (a fresh checkout's development key): the key id is unknown.
  const unknown = verifyCertificate(saved);
  expect(unknown.output).toContain(
    `NOT VALID: the key id "${envelope.keyId}" is not among the published keys`,
  );
  expect(unknown.status).toBe(1);
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
