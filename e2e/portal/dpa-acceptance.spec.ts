// DPA versions and their acceptance in the running product (issue 14 must-show; GDPR.md D1-D3; ADR 0029):
// content staff cannot publish a DPA version with a particular missing; with all of them they publish
// version 2 → Acme's owner sees the banner on every portal page, reads what changed since version 1, types
// name and title and accepts; the receipt verifies with the server's published key (`npm run
// verify-certificate`) and fails after one changed byte; the staff table shows Acme on version 2 and Globex
// pending, and its CSV says so. A Globex member gets 404 on Acme's page and receipt. Looked at on a phone, in
// German, in Tokyo time.
import type { Page } from "@playwright/test";
import { db } from "../../lib/db/client.ts";
import { expect, test } from "../fixtures";
import { checkCertificate } from "../fixtures/certificates.ts";
import { look as lookFully } from "../fixtures/look";

test.use({ timezoneId: "Asia/Tokyo" });
test.describe.configure({ timeout: 180_000 });

const PHONE = { width: 390, height: 844 };
const V2_SENTENCE = "The Processor keeps a register of processing activities for each Controller.";

async function look(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}-top.png`) });
  await lookFully(page, name);
}

test("staff publish DPA v2 (not without its particulars) → Acme's owner sees the banner, reads the diff, accepts → receipt verifies; staff table: Acme on v2, Globex pending", async ({
  browser,
  makeUser,
  signIn,
}) => {
  const acme = await db.organization.findUniqueOrThrow({ where: { slug: "acme" } });
  const globex = await db.organization.findUniqueOrThrow({ where: { slug: "globex" } });
  const before = await db.trustDocumentVersion.count({ where: { document: { slug: "dpa" }, locale: "en" } });

  // Content staff: a missing particular refuses the publish, naming it; nothing is published.
  const staffContext = await browser.newContext();
  await signIn(staffContext, await makeUser({ staffRoles: ["CONTENT"], name: "Cora Content" }));
  const staff = await staffContext.newPage();
  await staff.goto("/admin/trust/policies/dpa/en");
  const text = staff.getByLabel("Text (Markdown)");
  await text.fill(`${await text.inputValue()}\n\n## 16. Register\n\n${V2_SENTENCE}\n`);
  await staff.getByRole("button", { name: "Save draft" }).click();
  await expect(staff.getByText("All changes saved")).toBeVisible();
  const particulars = staff.getByRole("form", { name: "Art. 28(3) particulars" });
  const subject = particulars.getByLabel("Subject matter");
  const subjectText = await subject.inputValue();
  await subject.fill("");
  await particulars.getByRole("button", { name: "Save particulars" }).click();
  await expect(particulars.getByText(/Particulars saved\. Some are still missing/)).toBeVisible();
  const publish = staff.getByRole("form", { name: `Publish version ${before + 1}` });
  await publish.getByLabel("What changed").fill("New clause 16 on the register of processing activities.");
  await publish.getByRole("button", { name: `Publish version ${before + 1}` }).click();
  await expect(
    publish.getByText(/cannot be published without its Art\. 28\(3\) particulars: missing subject matter/),
  ).toBeVisible();
  expect(await db.trustDocumentVersion.count({ where: { document: { slug: "dpa" }, locale: "en" } })).toBe(
    before,
  );

  // With the particular back, version 2 is published.
  await subject.fill(subjectText);
  await particulars.getByRole("button", { name: "Save particulars" }).click();
  await expect(particulars.getByText(/They are complete/)).toBeVisible();
  await publish.getByRole("button", { name: `Publish version ${before + 1}` }).click();
  await expect(staff.getByText(`Published version ${before + 1} (SHA-256`)).toBeVisible();
  const version = before + 1;

  // The public DPA page shows the particulars.
  await staff.goto("/en/dpa");
  await expect(staff.getByTestId("dpa-particulars")).toContainText("Subject matter");
  await expect(
    staff.getByTestId("dpa-particulars").getByRole("link", { name: "4. Instructions of the Controller" }),
  ).toHaveAttribute("href", "#4-instructions-of-the-controller");

  // Acme's owner: the banner on every portal page, the diff, the acceptance.
  const ownerContext = await browser.newContext({ viewport: PHONE });
  const owner = await db.user.findUniqueOrThrow({ where: { email: "owner@acme.example" } });
  await signIn(ownerContext, owner);
  const page = await ownerContext.newPage();
  await page.goto("/portal/acme/members");
  await expect(page.getByTestId("dpa-banner")).toContainText(`Please accept version ${version}`);
  await page.getByTestId("dpa-banner").getByRole("link", { name: "Read and accept the DPA" }).click();
  await expect(page).toHaveURL(/\/portal\/acme\/dpa$/);
  await expect(
    page.getByRole("heading", { name: new RegExp(`What changed from version ${version - 1}`) }),
  ).toBeVisible();
  await expect(page.getByTestId("dpa-diff-summary")).toBeVisible();
  await expect(
    page.locator("ins, .bg-success-50").filter({ hasText: "register of processing" }).first(),
  ).toBeVisible();
  await look(page, "owner-dpa-phone-before");
  await page
    .locator("#dpa-diff")
    .locator("..")
    .screenshot({ path: test.info().outputPath("owner-diff.png") });
  const form = page.getByRole("form", { name: "Accept the DPA" });
  await form.getByRole("button", { name: "Accept the DPA" }).click();
  await expect(form.getByText("Type your full name.")).toBeVisible();
  await form.getByLabel("Your full name").fill("Anna Owner");
  await form.getByLabel("Your title or role").fill("Managing Director");
  await form.getByLabel(/I accept this version of the DPA on behalf of/).check();
  await form.getByRole("button", { name: "Accept the DPA" }).click();
  // The page refreshes: the state says accepted, the form gives way to the acceptance in the list.
  await expect(page.getByTestId("dpa-state")).toContainText("Current version accepted");
  await page.reload();
  await expect(page.getByTestId("dpa-banner")).toHaveCount(0);
  await expect(page.getByTestId("dpa-state")).toContainText("Current version accepted");
  await look(page, "owner-dpa-phone-after");

  // The receipt verifies with the published key and fails after one changed byte.
  const row = page.getByTestId("dpa-acceptance").first();
  const href = await row.getByRole("link", { name: "Signed JSON" }).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  const { valid, changed } = checkCertificate(Buffer.from(await response.body()), response.url());
  expect(valid.status, valid.output).toBe(0);
  expect(valid.output).toContain("DPA acceptance receipt");
  expect(valid.output).toContain(`version ${version}`);
  expect(changed.status, changed.output).toBe(1);
  const pdf = await page.request.get(href!.replace(/json$/, "pdf"));
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // A Globex member (German, phone): 404 on Acme's page and receipt; its own page asks it to accept.
  const strangerContext = await browser.newContext({ viewport: PHONE });
  const stranger = await makeUser({ memberships: [{ organizationId: globex.id, role: "ADMIN" }] });
  await db.user.update({ where: { id: stranger.id }, data: { language: "de" } });
  await signIn(strangerContext, stranger);
  const strangerPage = await strangerContext.newPage();
  for (const path of ["/portal/acme/dpa", href!, href!.replace(/json$/, "pdf")]) {
    const answer = await strangerPage.request.get(path);
    expect(answer.status(), path).toBe(404);
    expect(await answer.text()).not.toContain("Anna Owner");
  }
  await strangerPage.goto("/portal/globex/dpa");
  await expect(strangerPage.getByTestId("dpa-banner")).toContainText(
    `Bitte akzeptieren Sie Version ${version}`,
  );
  await expect(strangerPage.getByText(/Was sich von Version/)).toBeVisible();
  await look(strangerPage, "globex-dpa-phone-de");
  await strangerPage.getByRole("form", { name: "AVV akzeptieren" }).screenshot({
    path: test.info().outputPath("globex-accept-form-de.png"),
  });
  await strangerPage.goto("/de/dpa");
  await strangerPage.getByTestId("dpa-particulars").screenshot({
    path: test.info().outputPath("public-particulars-de.png"),
  });

  // Staff table: Acme on v2, Globex pending; filter and CSV.
  const privacyContext = await browser.newContext();
  await signIn(privacyContext, await makeUser({ staffRoles: ["PRIVACY"] }));
  const console_ = await privacyContext.newPage();
  await console_.goto("/admin");
  await console_.getByRole("link", { name: "DPA acceptance by organisation" }).click();
  const acmeRow = console_.getByTestId("dpa-row").filter({ hasText: acme.name });
  await expect(acmeRow).toContainText("Current version");
  await expect(acmeRow).toContainText(`Version ${version}`);
  await expect(acmeRow).toContainText("Anna Owner");
  await expect(console_.getByTestId("dpa-row").filter({ hasText: globex.name })).toContainText("Pending");
  await console_.getByRole("link", { name: "Pending", exact: true }).click();
  await expect(console_.getByTestId("dpa-row").filter({ hasText: globex.name })).toBeVisible();
  await expect(console_.getByTestId("dpa-row").filter({ hasText: acme.name })).toHaveCount(0);
  await look(console_, "staff-dpa-table");
  const csv = await console_.request.get("/admin/dpa/export?status=all");
  const body = await csv.text();
  expect(body).toContain(`${acme.name},acme,current,${version},${version},`);
  expect(body).toContain(`${globex.name},globex,pending,${version},${version - 1},`);
  await console_.setViewportSize(PHONE);
  await look(console_, "staff-dpa-table-phone");

  for (const c of [staffContext, ownerContext, strangerContext, privacyContext]) await c.close();
});
