// Gated documents under NDA, end to end: a visitor requests a document and accepts the NDA by typing
// their name; content staff decide in the console; the requester opens the emailed personal link and
// downloads a copy watermarked with their email. Denied and expired grants cannot download (403).
import { readFile } from "node:fs/promises";
import { PDFDocument } from "@pdfme/pdf-lib";
import type { Page } from "@playwright/test";
import { db } from "../../lib/db/client.ts";
import { ensureTestNda, makeLibraryDocument, uniqueSuffix } from "../../lib/trust/library/test-fixtures.ts";
import { expect, latestEmailTo, test } from "../fixtures";

test.describe.configure({ timeout: 90_000 });

type Visitor = { name: string; email: string; company: string };

function newVisitor(): Visitor {
  const suffix = uniqueSuffix();
  return {
    name: `Vera Visitor ${suffix}`,
    email: `vera-${suffix}@buyer-${suffix}.example`,
    company: `Buyer ${suffix} AG`,
  };
}

/** Fills the request form the visitor reached and sends it. */
async function submitRequest(page: Page, visitor: Visitor) {
  await page.getByLabel("Full name", { exact: true }).fill(visitor.name);
  await page.getByLabel("Company", { exact: true }).fill(visitor.company);
  await page.getByLabel("Work email", { exact: true }).fill(visitor.email);
  await page
    .getByLabel("Why do you need the documents?", { exact: true })
    .fill("Vendor security review before we sign.");
  await expect(page.getByRole("region", { name: "Text of the non-disclosure agreement" })).toBeVisible();
  await page
    .getByLabel("Type your full name to accept the agreement")
    .fill(`  ${visitor.name.toUpperCase()} `);
  await page.getByRole("button", { name: "Accept the NDA and send the request" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your request was received" })).toBeVisible();
}

/** The personal link from the newest approval email. */
async function personalLink(visitor: Visitor): Promise<string> {
  const mail = await latestEmailTo(visitor.email, /^Access approved/);
  expect(mail, "an approval email was written").not.toBeNull();
  const link = /https?:\/\/\S+\/en\/documents\/access\/[A-Za-z0-9_-]{43}/.exec(mail!.text)?.[0];
  expect(link, "the approval email carries the personal link").toBeDefined();
  return link!;
}

test("request -> NDA by typed name -> staff approval -> watermarked download of the emailed link", async ({
  page,
  browser,
  baseURL,
  makeUser,
  signIn,
}) => {
  const nda = await ensureTestNda("en");
  const document = await makeLibraryDocument({ title: `Pen test summary ${uniqueSuffix()}` });
  const visitor = newVisitor();

  // The visitor: the path variant pre-selects the document.
  await page.goto(`/en/documents/request/${document.slug}`);
  await expect(page.getByRole("checkbox", { name: document.title })).toBeChecked();
  await submitRequest(page, visitor);
  const request = await db.accessRequest.findFirstOrThrow({
    where: { email: visitor.email },
    include: { ndaAcceptance: true, grants: true },
  });
  expect(request.ndaAcceptance).toMatchObject({
    typedName: visitor.name.toUpperCase(),
    templateId: nda.id,
    templateVersion: nda.version,
    templateHash: nda.contentHash,
  });
  expect(request.ndaAcceptance.ip).toBeTruthy();
  expect(request.ndaAcceptance.userAgent).toBeTruthy();
  expect(request.grants.map((g) => g.status)).toEqual(["PENDING"]);
  expect(await latestEmailTo(visitor.email, /received/)).not.toBeNull();

  // Content staff approve it in the console.
  const staffContext = await browser.newContext({ baseURL });
  await signIn(staffContext, await makeUser({ staffRoles: ["CONTENT"] }));
  const staffPage = await staffContext.newPage();
  await staffPage.goto("/admin/trust/access-requests");
  const card = staffPage.getByRole("region", { name: `${visitor.name} (${visitor.company})` });
  await expect(card.getByText(`Version ${nda.version} (en)`)).toBeVisible();
  await card.getByLabel(`Days of access to ${document.title}`).fill("7");
  await card.getByRole("button", { name: "Approve" }).click();
  await expect(staffPage.getByRole("region", { name: `${visitor.name} (${visitor.company})` })).toHaveCount(
    0,
  );
  await staffContext.close();

  // The requester opens the emailed link and downloads.
  await page.goto(await personalLink(visitor));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your documents");
  const item = page.getByRole("listitem").filter({ hasText: document.title });
  await expect(item.getByText("Approved", { exact: true })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    item.getByRole("link", { name: /Download/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${document.slug}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
  const bytes = await readFile((await download.path())!);
  const pdf = await PDFDocument.load(bytes);
  expect(pdf.getPageCount()).toBe(2);
  expect(pdf.getKeywords()).toContain(visitor.email);
  expect(pdf.getSubject()).toContain(visitor.company);

  // Served as an uncacheable attachment that browsers must not sniff.
  const href = await item.getByRole("link", { name: /Download/ }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()).toMatchObject({
    "content-type": "application/pdf",
    "x-content-type-options": "nosniff",
    "cache-control": "no-store",
  });
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="/);

  const logged = await db.documentDownload.findMany({ where: { requestId: request.id } });
  expect(logged.length).toBe(2);
  expect(logged[0]).toMatchObject({ email: visitor.email, company: visitor.company });
  expect(
    await db.auditEvent.count({ where: { action: "trust.document.downloaded", actorLabel: visitor.email } }),
  ).toBe(2);
});

test("a denied grant and an expired grant cannot download (403)", async ({
  page,
  browser,
  baseURL,
  makeUser,
  signIn,
}) => {
  await ensureTestNda("en");
  const approved = await makeLibraryDocument({ title: `Questionnaire ${uniqueSuffix()}` });
  const denied = await makeLibraryDocument({ title: `Architecture ${uniqueSuffix()}` });
  const visitor = newVisitor();

  // The #slug variant pre-selects one document; the visitor ticks the other.
  await page.goto(`/en/documents/request/${approved.slug}#${denied.slug}`);
  await expect(page.getByRole("checkbox", { name: approved.title })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: denied.title })).toBeChecked();
  await submitRequest(page, visitor);

  const staffContext = await browser.newContext({ baseURL });
  await signIn(staffContext, await makeUser({ staffRoles: ["CONTENT"] }));
  const staffPage = await staffContext.newPage();
  await staffPage.goto("/admin/trust/access-requests");
  const card = staffPage.getByRole("region", { name: `${visitor.name} (${visitor.company})` });
  await card.getByLabel(`Reason for denial of ${denied.title}`).fill("Only for customers under contract.");
  await card
    .getByRole("form", { name: `Deny ${denied.title}` })
    .getByRole("button", { name: "Deny" })
    .click();
  await expect(card.getByText("Denied", { exact: true })).toBeVisible();
  await card
    .getByRole("form", { name: `Approve ${approved.title}` })
    .getByRole("button", { name: "Approve" })
    .click();
  await expect(staffPage.getByRole("region", { name: `${visitor.name} (${visitor.company})` })).toHaveCount(
    0,
  );
  await staffContext.close();

  const link = await personalLink(visitor);
  const grants = await db.accessGrant.findMany({
    where: { request: { email: visitor.email } },
    include: { document: true },
  });
  const grantOf = (slug: string) => grants.find((g) => g.document.slug === slug)!;
  expect(grantOf(approved.slug).status).toBe("APPROVED");
  expect(grantOf(denied.slug)).toMatchObject({
    status: "DENIED",
    reason: "Only for customers under contract.",
  });

  await page.goto(link);
  const deniedItem = page.getByRole("listitem").filter({ hasText: denied.title });
  await expect(deniedItem.getByText("Declined", { exact: true })).toBeVisible();
  await expect(deniedItem.getByText("Only for customers under contract.")).toBeVisible();
  await expect(deniedItem.getByRole("link", { name: /Download/ })).toHaveCount(0);

  const deniedDownload = await page.request.get(`${link}/${grantOf(denied.slug).id}`);
  expect(deniedDownload.status()).toBe(403);
  expect(await deniedDownload.text()).toContain("declined");

  expect(
    (await page.request.get(`${link}/${grantOf(approved.slug).id}`)).status(),
    "control: the approved grant works",
  ).toBe(200);
  await db.accessGrant.update({
    where: { id: grantOf(approved.slug).id },
    data: { expiresAt: new Date(Date.now() - 60_000) },
  });
  const expired = await page.request.get(`${link}/${grantOf(approved.slug).id}`);
  expect(expired.status()).toBe(403);
  expect(expired.headers()["content-type"]).toContain("text/plain");
  expect(await expired.text()).toContain("expired");
  await page.reload();
  await expect(
    page.getByRole("listitem").filter({ hasText: approved.title }).getByText("Access expired"),
  ).toBeVisible();
  expect(await db.documentDownload.count({ where: { grantId: grantOf(denied.slug).id } })).toBe(0);
});
